import { describe, expect, it } from 'vitest';
import { budgetDuration, maxParticipants } from '../../src/funding/budget';
import { formatCitation } from '../../src/index';
import { thrown } from '../helpers';
import { zeroCostLaw } from './helpers';

const apbdWorker = { income: 1_000_000 } as const;

describe('maxParticipants', () => {
  it('NTT: Rp10,080,000,000 covers 50,000 APBD-funded participants for 2026 (12 × 16,800 = 201,600 each)', () => {
    const r = maxParticipants({ budget: 10_080_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' });
    expect(r).toMatchObject({ participantCount: 50_000, costPerParticipant: 201_600, required: 10_080_000_000, leftOver: 0 });
    expect(r.months).toHaveLength(12);
  });

  it('one rupiah less covers one person less, with 201,599 left', () => {
    const r = maxParticipants({ budget: 10_079_999_999, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' });
    expect(r.participantCount).toBe(49_999);
    expect(r.leftOver).toBe(201_599);
  });

  it('a village budget (APBDes) keeps the PP 50/2025 discount: 126,000 a person, so 80,000 people', () => {
    // Jan–Mar 3 × 16,800 + Apr–Dec 9 × 8,400 = 50,400 + 75,600 = 126,000; 10,080,000,000 / 126,000 = 80,000
    const r = maxParticipants({ budget: 10_080_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000, sector: 'other' }, fundedBy: 'apbdes' });
    expect(r.costPerParticipant).toBe(126_000);
    expect(r.participantCount).toBe(80_000);
  });

  it('includes JHT when asked: 12 × 36,800 = 441,600 a person', () => {
    const r = maxParticipants({ budget: 1_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' });
    expect(r.costPerParticipant).toBe(441_600);
    expect(r.participantCount).toBe(2);
    expect(r.leftOver).toBe(116_800);
  });

  it('explains the arithmetic: 2 × 16,800 = 33,600 a person; 50,000 ÷ 33,600 = 1, 16,400 left', () => {
    const r = maxParticipants({ budget: 50_000, period: { from: '2026-01', to: '2026-02' }, profile: apbdWorker, fundedBy: 'apbd' });
    expect(r.months).toEqual([{ month: '2026-01', amount: 16_800 }, { month: '2026-02', amount: 16_800 }]);
    expect(r.explanation.map((s) => s.text)).toEqual([
      {
        id: 'Iuran satu peserta 2026-01 s.d. 2026-02 (dibayar apbd): Rp16.800 + Rp16.800 = Rp33.600',
        en: "One participant's contributions 2026-01 to 2026-02 (paid by apbd): Rp16.800 + Rp16.800 = Rp33.600",
      },
      {
        id: 'Rp50.000 ÷ Rp33.600 = 1 peserta (dibulatkan ke bawah); terpakai Rp33.600, sisa Rp16.400',
        en: 'Rp50.000 ÷ Rp33.600 = 1 participants (rounded down); used Rp33.600, left over Rp16.400',
      },
    ]);
  });

  it('a period that costs nothing (an overlay with JKK 0 % and JKM Rp0) has no maximum: undefined_by_law, never NaN or a made-up 0', () => {
    const law = zeroCostLaw;
    const error = thrown(() => maxParticipants({ budget: 50_000, period: { from: '2027-01', to: '2027-02' }, profile: apbdWorker, fundedBy: 'apbd' }, { law }));
    expect([error.code, error.path]).toEqual(['undefined_by_law', ['question', 'period']]);
  });

  it('checks the programmes: JKK and JKM, each once; an employer must add JHT', () => {
    const ask = (programs: readonly string[]) => () => maxParticipants({ budget: 1, period: { from: '2026-01', to: '2026-01' }, profile: apbdWorker, programs: programs as never, fundedBy: 'apbd' });
    for (const programs of [['JKK', 'JHT'], ['JKM', 'JHT'], ['JKK', 'JKM', 'JKK']]) {
      const e = thrown(ask(programs));
      expect([e.code, e.path]).toEqual(['invalid_input', ['question', 'programs']]);
    }
    const employer = thrown(() => maxParticipants({ budget: 1, period: { from: '2026-01', to: '2026-01' }, profile: { income: 1_000_000, isEmployer: true }, fundedBy: 'apbd' }));
    expect([employer.code, employer.path]).toEqual(['invalid_input', ['question', 'profile', 'isEmployer']]);
    // with JHT an employer is priced like anyone else: 16,800 + 2 % × 1,000,000 = 36,800
    const withJht = maxParticipants({ budget: 36_800, period: { from: '2026-01', to: '2026-01' }, profile: { income: 1_000_000, isEmployer: true }, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' });
    expect(withJht).toMatchObject({ participantCount: 1, costPerParticipant: 36_800, leftOver: 0 });
  });

  it('rejects bad input', () => {
    const e = thrown(() => maxParticipants({ budget: 1, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1 } } as never));
    expect(e.path).toEqual(['question', 'fundedBy']);
    expect(thrown(() => maxParticipants({ budget: -5, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1 }, fundedBy: 'apbd' })).path).toEqual(['question', 'budget']);
    const sector = thrown(() => maxParticipants({ budget: 1, period: { from: '2026-01', to: '2026-01' }, profile: { income: 1 }, fundedBy: 'self' }));
    expect(sector.code).toBe('missing_fact');
    expect(sector.path).toEqual(['question', 'profile', 'sector']);
    // a month the law does not cover is a fault of the period (BPU brackets are in force from 2015-07)
    const early = thrown(() => maxParticipants({ budget: 1, period: { from: '2015-06', to: '2015-07' }, profile: { income: 1 }, fundedBy: 'apbd' }));
    expect([early.code, early.path]).toEqual(['parameter_not_in_force', ['question', 'period']]);
  });

  it('reports the law used, its citations, and cites it in the step that prices a participant', () => {
    // 2026-01..02 at APBD: brackets, JKK rate and JKM amount (PP 44/2015 Lampiran II), the due date (Perdir 22/2022),
    // PP 50/2025 (looked up for January, not applied: APBD)
    const r = maxParticipants({ budget: 50_000, period: { from: '2026-01', to: '2026-02' }, profile: apbdWorker, fundedBy: 'apbd' });
    expect(r.lawUsed.map((l) => l.parameter).sort()).toEqual(['bpu.dueDate', 'bpu.incomeBrackets', 'bpu.jkkRate', 'bpu.jkmAmount', 'relief.pp50_2025']);
    expect(r.citations.map(formatCitation).sort()).toEqual(['PP 44/2015 Lampiran II', 'PP 50/2025 Art. 3-4', 'Perdir 22/PERDIR.02/072022']);
    expect(r.explanation.map((s) => s.citations)).toEqual([r.citations, []]);
    expect(r.projected).toBe(false);
  });

  it('takes one options object built on the law options, rooted at options', () => {
    const q = { budget: 201_600, period: { from: '2026-01', to: '2026-12' }, profile: apbdWorker, fundedBy: 'apbd' } as const;
    // a projection is accepted (nothing in 2026 needs one: the same answer, not projected)
    expect(maxParticipants(q, { projection: { method: 'carry_forward' } })).toMatchObject({ participantCount: 1, projected: false });
    // rounding every line down to Rp100: JKK 10,000 and JKM 6,800 are already multiples of 100
    expect(maxParticipants(q, { rounding: { mode: 'down', step: 100 } }).costPerParticipant).toBe(201_600);
    expect(thrown(() => maxParticipants(q, { beyondLastValue: 'carryForward' } as never)).path).toEqual(['options']);
    expect(thrown(() => maxParticipants(q, { projection: { method: 'carryForward' } } as never)).path).toEqual(['options', 'projection', 'method']);
  });
});

describe('budgetDuration', () => {
  it('Rp1 bn for 5,000 APBD-funded people lasts 11 months (84,000,000 a month), 76,000,000 left', () => {
    const r = budgetDuration({ budget: 1_000_000_000, from: '2026-01', cohorts: [{ count: 5_000, profile: { income: 1_000_000 } }], fundedBy: 'apbd' });
    // 11 × 84,000,000 = 924,000,000; left 76,000,000; December needs 84,000,000, short 8,000,000
    expect(r).toMatchObject({ paidMonths: 11, through: '2026-11', leftOver: 76_000_000, nextMonthCost: 84_000_000, nextMonthShortBy: 8_000_000, outlastsHorizon: false });
    expect(r.months).toHaveLength(12);
  });

  it('prices each month under its own law: a self-paying roster gets cheaper from April 2026', () => {
    // 100 × 16,800 = 1,680,000 for Jan–Mar (5,040,000), then 100 × 8,400 = 840,000; 6,000,000 − 5,040,000 − 840,000 = 120,000
    const r = budgetDuration({ budget: 6_000_000, from: '2026-01', cohorts: [{ count: 100, profile: { income: 1_000_000, sector: 'other' } }], fundedBy: 'self' });
    expect(r).toMatchObject({ paidMonths: 4, through: '2026-04', leftOver: 120_000, nextMonthCost: 840_000, nextMonthShortBy: 720_000 });
  });

  it('says when the budget outlasts the horizon, and when it pays no month at all', () => {
    const long = budgetDuration({ budget: 1_000_000, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1_000_000 } }], fundedBy: 'apbd', maxMonths: 3 });
    expect(long).toMatchObject({ paidMonths: 3, through: '2026-03', leftOver: 949_600, nextMonthCost: null, outlastsHorizon: true });
    const none = budgetDuration({ budget: 10, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1_000_000 } }], fundedBy: 'apbd' });
    expect(none).toMatchObject({ paidMonths: 0, through: null, nextMonthShortBy: 16_790 });
  });

  it('a budget of exactly two months pays both, leaving 0 (boundary of "cost > remaining")', () => {
    // 5,000 × 16,800 = 84,000,000 a month; 168,000,000 − 2 × 84,000,000 = 0; March short by 84,000,000
    const r = budgetDuration({ budget: 168_000_000, from: '2026-01', cohorts: [{ count: 5_000, profile: apbdWorker }], fundedBy: 'apbd' });
    expect(r).toMatchObject({ paidMonths: 2, through: '2026-02', leftOver: 0, nextMonthCost: 84_000_000, nextMonthShortBy: 84_000_000, outlastsHorizon: false });
    expect(r.months).toEqual([
      { month: '2026-01', cost: 84_000_000, remaining: 84_000_000 },
      { month: '2026-02', cost: 84_000_000, remaining: 0 },
      { month: '2026-03', cost: 84_000_000, remaining: 0 },
    ]);
    expect(r.explanation.map((s) => s.text)).toEqual([
      { id: 'Anggaran Rp168.000.000 membayar 2 bulan penuh (2026-01 s.d. 2026-02); sisa Rp0', en: 'Budget Rp168.000.000 pays 2 full months (2026-01 to 2026-02); Rp0 left over' },
      { id: 'Bulan 2026-03 memerlukan Rp84.000.000, kurang Rp84.000.000', en: 'Month 2026-03 needs Rp84.000.000, short by Rp84.000.000' },
    ]);
  });

  it('explains a budget that outlasts the horizon, and one that pays no month', () => {
    // 1,000,000 − 2 × 16,800 = 966,400 after the 2-month horizon
    const long = budgetDuration({ budget: 1_000_000, from: '2026-01', cohorts: [{ count: 1, profile: apbdWorker }], fundedBy: 'apbd', maxMonths: 2 });
    expect(long).toMatchObject({ paidMonths: 2, leftOver: 966_400, nextMonthCost: null, nextMonthShortBy: null, outlastsHorizon: true });
    expect(long.months).toEqual([
      { month: '2026-01', cost: 16_800, remaining: 983_200 },
      { month: '2026-02', cost: 16_800, remaining: 966_400 },
    ]);
    expect(long.explanation.map((s) => s.text)).toEqual([
      { id: 'Anggaran Rp1.000.000 membayar 2 bulan penuh (2026-01 s.d. 2026-02); sisa Rp966.400', en: 'Budget Rp1.000.000 pays 2 full months (2026-01 to 2026-02); Rp966.400 left over' },
      { id: 'Anggaran masih tersisa setelah 2 bulan', en: 'The budget still has money after 2 months' },
    ]);
    // the horizon may end exactly at 2199-12 (2199-01 + 12 months − 1); Rp10 < 16,800 pays nothing
    const none = budgetDuration({ budget: 10, from: '2199-01', cohorts: [{ count: 1, profile: apbdWorker }], fundedBy: 'apbd', maxMonths: 12 });
    expect(none.explanation.map((s) => s.text)).toEqual([
      { id: 'Anggaran Rp10 membayar 0 bulan penuh; sisa Rp10', en: 'Budget Rp10 pays 0 full months; Rp10 left over' },
      { id: 'Bulan 2199-01 memerlukan Rp16.800, kurang Rp16.790', en: 'Month 2199-01 needs Rp16.800, short by Rp16.790' },
    ]);
    const past = thrown(() => budgetDuration({ budget: 10, from: '2199-01', cohorts: [{ count: 1, profile: apbdWorker }], fundedBy: 'apbd', maxMonths: 13 }));
    expect([past.code, past.path]).toEqual(['invalid_input', ['question', 'maxMonths']]);
  });

  it('skips an empty cohort (count 0) and points errors at the cohort', () => {
    // the empty cohort lacks the sector a self-paid month needs, but nobody in it is priced: 1 × 16,800 a month
    const r = budgetDuration({ budget: 16_800, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1_000_000, sector: 'other' } }, { count: 0, profile: { income: 1_000_000 } }], fundedBy: 'self', maxMonths: 1 });
    expect(r).toMatchObject({ paidMonths: 1, leftOver: 0, outlastsHorizon: true });
    const missing = thrown(() => budgetDuration({ budget: 16_800, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1_000_000, sector: 'other' } }, { count: 2, profile: { income: 1_000_000 } }], fundedBy: 'self' }));
    expect([missing.code, missing.path]).toEqual(['missing_fact', ['question', 'cohorts', 1, 'profile', 'sector']]);
    const employer = thrown(() => budgetDuration({ budget: 1, from: '2026-01', cohorts: [{ count: 1, profile: apbdWorker }, { count: 1, profile: { income: 1_000_000, isEmployer: true } }], fundedBy: 'apbd' }));
    expect([employer.code, employer.path]).toEqual(['invalid_input', ['question', 'cohorts', 1, 'profile', 'isEmployer']]);
  });

  it('rejects bad input', () => {
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-13', cohorts: [{ count: 1, profile: { income: 1 } }], fundedBy: 'apbd' })).path).toEqual(['question', 'from']);
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-01', cohorts: [], fundedBy: 'apbd' })).path).toEqual(['question', 'cohorts']);
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1 } }], fundedBy: 'apbd', maxMonths: 0 })).path).toEqual(['question', 'maxMonths']);
    // a month the law does not cover is a fault of the months asked for, which start at `from`
    const early = thrown(() => budgetDuration({ budget: 1_000_000, from: '2015-06', cohorts: [{ count: 1, profile: { income: 1 } }], fundedBy: 'apbd' }));
    expect([early.code, early.path]).toEqual(['parameter_not_in_force', ['question', 'from']]);
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1 } }], fundedBy: 'apbd' }, { rounding: 'x' } as never)).path).toEqual(['options', 'rounding']);
  });

  it('reports the law used and cites it in the step that counts the months paid', () => {
    // 16,800 × 2 months = 33,600 ≤ 40,000; the third month (16,800) is short by 16,800 − 6,400 = 10,400
    const r = budgetDuration({ budget: 40_000, from: '2026-01', cohorts: [{ count: 1, profile: apbdWorker }], fundedBy: 'apbd' });
    expect([r.paidMonths, r.leftOver, r.nextMonthShortBy]).toEqual([2, 6_400, 10_400]);
    expect(r.lawUsed.map((l) => l.parameter).sort()).toEqual(['bpu.dueDate', 'bpu.incomeBrackets', 'bpu.jkkRate', 'bpu.jkmAmount', 'relief.pp50_2025']);
    expect(r.explanation.map((s) => s.citations)).toEqual([r.citations, []]);
    expect(r.citations.map(formatCitation).sort()).toEqual(['PP 44/2015 Lampiran II', 'PP 50/2025 Art. 3-4', 'Perdir 22/PERDIR.02/072022']);
  });
});
