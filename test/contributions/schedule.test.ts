import { describe, expect, it } from 'vitest';
import { baselineLaw, contributionSchedule, withOverlay } from '../../src/index';
import { expectError, thrown } from '../helpers';

describe('contributionSchedule', () => {
  it('crosses 1 March: the JP cap changes in 2026-03 and the totals are sums of the months', () => {
    const s = contributionSchedule({ segment: 'PU', wage: 15_000_000, riskClass: 1, employerScale: 'large' }, { from: '2026-01', to: '2026-12' });
    expect(s.months).toHaveLength(12);
    expect(s.lawChanges).toEqual([{ month: '2026-03', parameters: ['jp.wageCap'] }]);
    // JP employer: 2 months × 210,948 + 10 months × 221,726 = 421,896 + 2,217,260 = 2,639,156
    expect(s.billedByProgram.JP).toBe(2 * (210_948 + 105_474) + 10 * (221_726 + 110_863));
    // JKK 36,000 + JKM 45,000 + JHT 855,000 a month, all year
    expect(s.billedByProgram.JKK).toBe(12 * 36_000);
    expect(s.totals.billed).toBe(s.months.reduce((t, m) => t + m.totals.billed, 0));
    expect(s.totals.employer + s.totals.employee).toBe(s.totals.billed);
    expect(s.months.map((m) => m.dueDate).slice(0, 2)).toEqual(['2026-02-15', '2026-03-15']);
    expect(s.billedByProgram.JKP).toBe(0); // JKP is never billed
    expect(s.totals.government).toBe(12 * 11_000);
  });

  it('a self-funded transport BPU across the PP 50/2025 window: relief starts and ends by iuran month', () => {
    const s = contributionSchedule({ segment: 'BPU', income: 1_000_000, sector: 'transport', fundedBy: 'self' }, { from: '2025-12', to: '2027-04' });
    expect(s.months.map((m) => m.totals.billed)).toEqual([16_800, ...Array(15).fill(8_400), 16_800]);
    expect(s.lawChanges.map((c) => c.month)).toEqual(['2026-01', '2026-04', '2027-01', '2027-04']);
    expect(s.totals.billed).toBe(2 * 16_800 + 15 * 8_400);
  });

  it('the NTT profile: APBD-funded BPU at the lowest bracket costs 16,800 every month of 2026', () => {
    const s = contributionSchedule({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2026-01', to: '2026-12' });
    expect(s.totals.billed).toBe(12 * 16_800); // 201,600
    expect(s.months.every((m) => m.lines.every((l) => l.relief === undefined))).toBe(true);
  });

  it('stops at a month whose law is not known, unless a projection is asked for', () => {
    const puLarge = { segment: 'PU', wage: 12_000_000, riskClass: 1, employerScale: 'large' } as const;
    expectError(() => contributionSchedule(puLarge, { from: '2026-12', to: '2027-03' }), 'parameter_not_in_force');
    const s = contributionSchedule(puLarge, { from: '2026-12', to: '2027-03' }, { projection: { method: 'carry_forward' } });
    expect(s.projected).toBe(true);
    expect(s.months.map((m) => m.projected)).toEqual([false, false, false, true]);
  });

  it('rejects bad ranges and participants', () => {
    const p = { segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' } as const;
    expectError(() => contributionSchedule(p, { from: '2026-12', to: '2026-01' }), 'invalid_input', ['period', 'to']);
    expectError(() => contributionSchedule(p, { from: '2000-01', to: '2050-12' }), 'invalid_input', ['period', 'to']);
    expectError(() => contributionSchedule(p, { from: '2026-1', to: '2026-12' }), 'invalid_input', ['period', 'from']);
    expectError(() => contributionSchedule({ ...p, income: -1 }, { from: '2026-01', to: '2026-12' }), 'invalid_input', ['participant', 'income']);
  });
});

describe('contributionSchedule in detail', () => {
  it('PP 49/2020 from start to end: totals per payer and programme, and the law changes in order', () => {
    const s = contributionSchedule({ segment: 'PU', wage: 5_000_000, riskClass: 2, employerScale: 'large' }, { from: '2020-07', to: '2021-03' });
    // normal month (class II): JKK 0.54 % = 27,000 + JKM 15,000 + JHT 185,000 + 100,000 + JP 100,000 + 50,000 = 477,000;
    // relief month (2020-08 to 2021-01): JKK 270 + JKM 150 + 435,000 = 435,420. 3 × 477,000 + 6 × 435,420 = 4,043,520
    expect(s.months.map((m) => m.totals.billed)).toEqual([477_000, ...Array(6).fill(435_420), 477_000, 477_000]);
    // JKP from 2021-02 (PP 37/2021): 0.22 % × 5,000,000 = 11,000 a month, 2 months
    expect(s.totals).toEqual({ employer: 2_693_520, employee: 1_350_000, participant: 0, billed: 4_043_520, government: 22_000 });
    // JKK 3 × 27,000 + 6 × 270 = 82,620; JKM 3 × 15,000 + 6 × 150 = 45,900; JHT 9 × 285,000; JP 9 × 150,000
    expect(s.billedByProgram).toEqual({ JKK: 82_620, JKM: 45_900, JHT: 2_565_000, JP: 1_350_000, JKP: 0 });
    expect(s.lawChanges).toEqual([
      { month: '2020-08', parameters: ['pu.dueDate', 'relief.pp49_2020'] },
      { month: '2021-02', parameters: ['jkp.composition', 'jkp.wageCap', 'pu.dueDate', 'relief.pp49_2020'] },
      { month: '2021-03', parameters: ['jp.wageCap'] },
    ]);
    expect(s).toMatchObject({ period: { from: '2020-07', to: '2021-03' }, projected: false });
  });

  it('a one-month range, and a BPU participant whose totals are the participant\'s', () => {
    const one = contributionSchedule({ segment: 'PU', wage: 5_000_000, riskClass: 2, employerScale: 'large' }, { from: '2021-01', to: '2021-01' });
    expect(one.months.map((m) => m.month)).toEqual(['2021-01']);
    expect(one.totals).toEqual({ employer: 285_420, employee: 150_000, participant: 0, billed: 435_420, government: 0 });
    expect(one.lawChanges).toEqual([]);
    // income 3,000,000 → base 2,950,000: JKK 1 % = 29,500, JKM 6,800, JHT 2 % = 59,000 → 95,300 a month (APBN: no PP 50/2025 discount)
    const bpu = contributionSchedule({ segment: 'BPU', income: 3_000_000, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbn' }, { from: '2026-01', to: '2026-03' });
    expect(bpu.totals).toEqual({ employer: 0, employee: 0, participant: 285_900, billed: 285_900, government: 0 });
    expect(bpu.billedByProgram).toEqual({ JKK: 88_500, JKM: 20_400, JHT: 177_000, JP: 0, JKP: 0 });
  });
});

describe('contributionSchedule limits', () => {
  it('a range total beyond the exact range is refused, even when every month is exact', () => {
    // An overlay with an absurd JHT rate (100,000 %, i.e. 1,000 × the wage) to reach the safe-integer limit.
    const law = withOverlay(baselineLaw, {
      name: 'stress',
      values: { 'pu.jhtRates': [{ from: '2027-01', value: { employer: '100000', employee: '100000' }, status: 'projected', citations: { instrument: 'Practice', number: 'study', year: 2026 } }] },
    });
    const worker = { segment: 'PU', wage: 3_000_000_000_000, riskClass: 1, programs: ['JKK', 'JKM', 'JHT'] } as const;
    // one month: JHT 2 × 3e15 + JKK 7,200,000,000 + JKM 9,000,000,000 = 6,000,016,200,000,000 billed; JKP government 11,000
    expect(contributionSchedule(worker, { from: '2027-01', to: '2027-01' }, { law }).totals).toMatchObject({ billed: 6_000_016_200_000_000, government: 11_000 });
    // two months: 1.2e16 > 2^53 − 1 (the government total, 22,000, is still exact)
    const error = thrown(() => contributionSchedule(worker, { from: '2027-01', to: '2027-02' }, { law }));
    expect([error.code, error.path]).toEqual(['amount_out_of_range', ['participant']]);
  });
});

describe('issue 14: the schedule says which law it used', () => {
  it('lawUsed lists every value used over the period once, in order of first use', () => {
    const year = contributionSchedule({ segment: 'PU', wage: 15_000_000, riskClass: 1, employerScale: 'large' }, { from: '2026-01', to: '2026-12' });
    expect(year.period).toEqual({ from: '2026-01', to: '2026-12' });
    // Both JP caps of the year (10,547,400 to February, 11,086,300 from March), each once.
    expect(year.lawUsed.filter((l) => l.parameter === 'jp.wageCap').map((l) => [l.from, l.value])).toEqual([
      ['2025-03', 'Rp10.547.400'],
      ['2026-03', 'Rp11.086.300'],
    ]);
    expect(year.lawUsed.map((l) => l.parameter)).toEqual(['pu.programsByScale', 'pu.jkkRates', 'pu.jkmRate', 'pu.jhtRates', 'pu.jpRates', 'jp.wageCap', 'jkp.composition', 'jkp.wageCap', 'pu.dueDate', 'jp.wageCap']);
    // Every value a month used is in the schedule's list.
    const keys = new Set(year.lawUsed.map((l) => `${l.parameter}|${l.from}`));
    for (const m of year.months) for (const l of m.lawUsed) expect(keys.has(`${l.parameter}|${l.from}`)).toBe(true);
  });
  it('a measure whose value changes within the period is listed with each value', () => {
    // PP 50/2025: transport only in 2026-01 … 2026-03 (read, and not applying to the other sector),
    // every sector from 2026-04: two values, each listed once.
    const s = contributionSchedule({ segment: 'BPU', income: 1_000_000, sector: 'other', fundedBy: 'self' }, { from: '2026-02', to: '2026-05' });
    expect(s.lawChanges).toEqual([{ month: '2026-04', parameters: ['relief.pp50_2025'] }]);
    expect(s.lawUsed.filter((l) => l.parameter === 'relief.pp50_2025').map((l) => l.from)).toEqual(['2026-01', '2026-04']);
    // 2 × 16,800 + 2 × 8,400 (the discount from April)
    expect(s.totals.billed).toBe(50_400);
  });
});
