import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselineLaw, jkpBenefit, withOverlay } from '../../src/index';
import { expectError } from '../helpers';

const base = { terminationReason: 'termination' as const, contributionMonthsInLast24: 24, consecutivePaidMonthsBeforeTermination: 24 };

describe('jkpBenefit', () => {
  it('PP 6/2025, wage 7,000,000: base 5,000,000, 60 % = 3,000,000 × 6 = 18,000,000 (ex. 15)', () => {
    const b = jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 7_000_000 } });
    expect(b.eligible).toBe(true);
    expect(b.benefitWage).toBe('5000000');
    expect(b.months.map((m) => m.amount)).toEqual(Array(6).fill(3_000_000));
    expect(b.total).toBe(18_000_000);
    expect(b.regime).toMatch(/^PP 6\/2025/);
  });

  it('PP 6/2025, wage 4,000,000: 2,400,000 × 6 = 14,400,000; wage 8,000,000: 18,000,000 (table E)', () => {
    expect(jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } }).total).toBe(14_400_000);
    expect(jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 8_000_000 } }).total).toBe(18_000_000);
  });

  it('PP 37/2021 (PHK 2025-02-06, the day before PP 6/2025): 3 × 2,250,000 + 3 × 1,250,000 = 10,500,000; PHK 2025-02-07: 18,000,000', () => {
    const old = jkpBenefit({ ...base, terminationDate: '2025-02-06', claimDate: '2025-02-20', earnings: { segment: 'PU', wage: 6_000_000 } });
    expect(old.months.map((m) => [m.percent, m.amount])).toEqual([
      ['45', 2_250_000],
      ['45', 2_250_000],
      ['45', 2_250_000],
      ['25', 1_250_000],
      ['25', 1_250_000],
      ['25', 1_250_000],
    ]);
    expect(old.total).toBe(10_500_000);
    expect(old.components.map((c) => c.amount)).toEqual([6_750_000, 3_750_000]);
    expect(jkpBenefit({ ...base, terminationDate: '2025-02-07', claimDate: '2025-02-20', earnings: { segment: 'PU', wage: 6_000_000 } }).total).toBe(18_000_000);
  });

  it('claim deadline: 6 months under PP 6/2025 (2025-12-10 ok, 2025-12-11 lost; 7 months → 0, ex. 15); 3 months under PP 37/2021', () => {
    expect(jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-12-10', earnings: { segment: 'PU', wage: 7_000_000 } }).total).toBe(18_000_000);
    const late = jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-12-11', earnings: { segment: 'PU', wage: 7_000_000 } });
    expect(late.claimDeadline).toBe('2025-12-10');
    expect(late.eligible).toBe(false);
    expect(late.total).toBe(0);
    expect(late.conditions.find((c) => c.id === 'jkp.claimDeadline')?.decisive).toBe(true);
    expect(jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2026-01-10', earnings: { segment: 'PU', wage: 7_000_000 } }).total).toBe(0);
    expect(jkpBenefit({ ...base, terminationDate: '2024-06-10', claimDate: '2024-09-10', earnings: { segment: 'PU', wage: 7_000_000 } }).total).toBe(10_500_000);
    expect(jkpBenefit({ ...base, terminationDate: '2024-06-10', claimDate: '2024-09-11', earnings: { segment: 'PU', wage: 7_000_000 } }).total).toBe(0);
    // Month-end clamping: 2024-11-30 + 3 months = 2025-02-28
    expect(jkpBenefit({ ...base, terminationDate: '2024-11-30', claimDate: '2024-12-01', earnings: { segment: 'PU', wage: 7_000_000 } }).claimDeadline).toBe('2025-02-28');
  });

  it('11 contribution months in the last 24 → not eligible; 12 → eligible (table E)', () => {
    const b = jkpBenefit({ ...base, contributionMonthsInLast24: 11, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } });
    expect(b.total).toBe(0);
    expect(b.conditions.find((c) => c.id === 'jkp.contributionMonths')?.decisive).toBe(true);
    expect(jkpBenefit({ ...base, contributionMonthsInLast24: 12, consecutivePaidMonthsBeforeTermination: 12, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } }).total).toBe(14_400_000);
  });

  it('6 consecutive months: always checked under PP 37/2021; under PP 6/2025 on by default, switchable off', () => {
    const five = { ...base, consecutivePaidMonthsBeforeTermination: 5, earnings: { segment: 'PU' as const, wage: 4_000_000 } };
    expect(jkpBenefit({ ...five, terminationDate: '2025-06-10', claimDate: '2025-07-01' }).total).toBe(0);
    expect(jkpBenefit({ ...five, terminationDate: '2025-06-10', claimDate: '2025-07-01' }, { applyDisputedConsecutiveRule: false }).total).toBe(14_400_000);
    expect(jkpBenefit({ ...five, terminationDate: '2024-06-10', claimDate: '2024-07-01' }, { applyDisputedConsecutiveRule: false }).total).toBe(0);
  });

  it('resignation, retirement, total disability and death do not qualify; early end of a PKWT does; a new job ends the right', () => {
    for (const terminationReason of ['resignation', 'retirement', 'total_permanent_disability', 'death'] as const) {
      const b = jkpBenefit({ ...base, terminationReason, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } });
      expect(b.total).toBe(0);
      expect(b.conditions.find((c) => c.id === 'jkp.terminationReason')?.decisive).toBe(true);
    }
    expect(jkpBenefit({ ...base, terminationReason: 'pkwt_early_termination', terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } }).total).toBe(14_400_000);
    expect(jkpBenefit({ ...base, newJobBeforeClaim: true, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } }).total).toBe(0);
  });

  it('rounding: 45 % × 3,333,333 = 1,499,999.85 → 1,500,000', () => {
    expect(jkpBenefit({ ...base, terminationDate: '2024-06-10', claimDate: '2024-07-01', earnings: { segment: 'PU', wage: 3_333_333 } }).months[0]?.amount).toBe(1_500_000);
  });

  it('bad input: negative wage, claim before PHK, PHK before JKP existed, more than 24 months in 24', () => {
    expectError(() => jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: -5 } }), 'invalid_input', ['input', 'earnings', 'wage']);
    expectError(() => jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-06-09', earnings: { segment: 'PU', wage: 5 } }), 'invalid_input', ['input', 'claimDate']);
    expectError(() => jkpBenefit({ ...base, terminationDate: '2021-02-01', claimDate: '2021-03-01', earnings: { segment: 'PU', wage: 5 } }), 'parameter_not_in_force');
    expectError(() => jkpBenefit({ ...base, contributionMonthsInLast24: 25, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 5 } }), 'invalid_input', ['input', 'contributionMonthsInLast24']);
    expectError(() => jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 5 } }, { applyDisputedConsecutiveRule: 'yes' } as never), 'invalid_input', ['options', 'applyDisputedConsecutiveRule']);
  });

  it('PP 37/2021, claim on the PHK day, exactly 6 consecutive months, no new job: every condition, month, component and step stated', () => {
    const b = jkpBenefit({ ...base, consecutivePaidMonthsBeforeTermination: 6, newJobBeforeClaim: false, terminationDate: '2024-06-10', claimDate: '2024-06-10', earnings: { segment: 'PU', wage: 6_000_000 } });
    expect(b.eligible).toBe(true);
    expect(b.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jkp.terminationReason', true, false, { id: 'Alasan berakhirnya hubungan kerja: PHK oleh pemberi kerja — memenuhi syarat.', en: 'Reason employment ended: termination by the employer — qualifies.' }],
      ['jkp.contributionMonths', true, false, { id: '24 bulan iuran dalam 24 bulan terakhir ≥ 12.', en: '24 contribution months in the last 24 ≥ 12.' }],
      ['jkp.consecutiveMonths', true, false, { id: '6 bulan iuran berturut-turut sebelum PHK ≥ 6.', en: '6 consecutive paid months before the PHK ≥ 6.' }],
      ['jkp.claimDeadline', true, false, { id: 'Klaim 2024-06-10 tidak melewati batas 2024-09-10 (3 bulan setelah PHK).', en: 'Claim on 2024-06-10 is within the deadline 2024-09-10 (3 months after the PHK).' }],
      ['jkp.noNewJob', true, false, { id: 'Belum bekerja kembali.', en: 'Not yet working again.' }],
    ]);
    // 45 % × 5,000,000 = 2,250,000 for months 1-3; 25 % × 5,000,000 = 1,250,000 for months 4-6
    expect(b.months.map((m) => [m.monthNumber, m.percent, m.amount])).toEqual([
      [1, '45', 2_250_000],
      [2, '45', 2_250_000],
      [3, '45', 2_250_000],
      [4, '25', 1_250_000],
      [5, '25', 1_250_000],
      [6, '25', 1_250_000],
    ]);
    const rule1 = { id: '3 × 45 % × Rp5.000.000 = 3 × Rp2.250.000', en: '3 × 45 % × Rp5.000.000 = 3 × Rp2.250.000' };
    const rule2 = { id: '3 × 25 % × Rp5.000.000 = 3 × Rp1.250.000', en: '3 × 25 % × Rp5.000.000 = 3 × Rp1.250.000' };
    expect(b.components.map((c) => [c.key, c.label, c.amount, c.amountKind, c.rule, c.parameters])).toEqual([
      ['jkp.cash.1', { id: 'Uang tunai bulan 1–3', en: 'Cash, months 1–3' }, 6_750_000, 'computed', rule1, ['benefit.jkp.rules']],
      ['jkp.cash.2', { id: 'Uang tunai bulan 4–6', en: 'Cash, months 4–6' }, 3_750_000, 'computed', rule2, ['benefit.jkp.rules']],
    ]);
    expect(b.explanation.map((s) => s.text)).toEqual([
      { id: 'PHK 2024-06-10: berlaku PP 37/2021 Art. 19, 21 (rezim ditentukan oleh tanggal PHK).', en: 'PHK on 2024-06-10: PP 37/2021 Art. 19, 21 applies (the PHK date decides the regime).' },
      { id: 'Upah dasar: min(Rp6.000.000; Rp5.000.000) = Rp5.000.000.', en: 'Wage base: min(Rp6.000.000; Rp5.000.000) = Rp5.000.000.' },
      rule1,
      rule2,
      { id: 'Jumlah Rp10.500.000.', en: 'Total Rp10.500.000.' },
    ]);
    // Without newJobBeforeClaim the condition is not listed
    expect(jkpBenefit({ ...base, terminationDate: '2024-06-10', claimDate: '2024-06-10', earnings: { segment: 'PU', wage: 6_000_000 } }).conditions.map((c) => c.id)).toEqual(['jkp.terminationReason', 'jkp.contributionMonths', 'jkp.consecutiveMonths', 'jkp.claimDeadline']);
  });

  it('every condition failing (PP 6/2025): each decisive, explained, no cash', () => {
    const b = jkpBenefit({ terminationReason: 'resignation', contributionMonthsInLast24: 11, consecutivePaidMonthsBeforeTermination: 5, newJobBeforeClaim: true, terminationDate: '2025-06-10', claimDate: '2025-12-11', earnings: { segment: 'PU', wage: 4_000_000 } });
    expect(b).toMatchObject({ eligible: false, total: 0, months: [], components: [], benefitWage: '4000000' });
    const texts = [
      { id: 'Alasan berakhirnya hubungan kerja: mengundurkan diri — tidak memenuhi syarat JKP.', en: 'Reason employment ended: resignation — does not qualify for JKP.' },
      { id: '11 bulan iuran dalam 24 bulan terakhir < 12: tidak memenuhi syarat.', en: '11 contribution months in the last 24 < 12: not eligible.' },
      { id: '5 bulan iuran berturut-turut sebelum PHK < 6: tidak memenuhi syarat.', en: '5 consecutive paid months before the PHK < 6: not eligible.' },
      { id: 'Klaim 2025-12-11 melewati batas 2025-12-10 (6 bulan setelah PHK): hak hilang.', en: 'Claim on 2025-12-11 is after the deadline 2025-12-10 (6 months after the PHK): the right is lost.' },
      { id: 'Sudah bekerja kembali sebelum klaim: hak hilang.', en: 'Working again before the claim: the right is lost.' },
    ];
    expect(b.conditions.map((c) => [c.met, c.decisive, c.text])).toEqual(texts.map((t) => [false, true, t]));
    expect(b.explanation.map((s) => s.text)).toEqual([
      { id: 'PHK 2025-06-10: berlaku PP 6/2025 Art. I (Art. 19, 21, 40) (rezim ditentukan oleh tanggal PHK).', en: 'PHK on 2025-06-10: PP 6/2025 Art. I (Art. 19, 21, 40) applies (the PHK date decides the regime).' },
      { id: 'Upah dasar: min(Rp4.000.000; Rp5.000.000) = Rp4.000.000.', en: 'Wage base: min(Rp4.000.000; Rp5.000.000) = Rp4.000.000.' },
      ...texts,
      { id: 'Jumlah Rp0 (tidak memenuhi syarat).', en: 'Total Rp0 (not eligible).' },
    ]);
  });

  it('the disputed consecutive rule switched off: listed as met, not decisive, not in the explanation', () => {
    const b = jkpBenefit({ ...base, consecutivePaidMonthsBeforeTermination: 0, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 4_000_000 } }, { applyDisputedConsecutiveRule: false });
    const text = { id: 'Syarat iuran berturut-turut tidak diterapkan atas permintaan (PP 6/2025: sumber berbeda pendapat).', en: "The consecutive-month condition is not applied, at the caller's request (PP 6/2025: sources disagree)." };
    expect(b.conditions[2]).toEqual({ id: 'jkp.consecutiveMonths', met: true, decisive: false, text, citations: b.conditions[0]?.citations });
    expect(b.explanation.map((s) => s.text)).not.toContainEqual(text);
    // 60 % × 4,000,000 = 2,400,000 for months 1-6
    expect(b.months.map((m) => m.monthNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(b.components.map((c) => [c.key, c.label.en, c.amount])).toEqual([['jkp.cash.1', 'Cash, months 1–6', 14_400_000]]);
  });

  it('options: the law (an overlay cap of 6,000,000 from 2026) and the rounding (up to Rp1,000) are applied; a non-registry law is refused', () => {
    const law = withOverlay(baselineLaw, {
      name: 'higher cap',
      values: {
        'benefit.jkp.rules': [
          {
            from: '2026-01-01',
            value: { schedule: [{ monthCount: 6, rate: '60' }], wageCap: 6_000_000, claimDeadlineMonths: 6, minContributionMonths: 12, windowMonths: 24, minConsecutiveMonths: 6, consecutiveRuleDisputed: true },
            status: 'projected',
            citations: { instrument: 'Practice', number: 'study', year: 2026 },
          },
        ],
      },
    });
    const input = { ...base, terminationDate: '2026-01-10', claimDate: '2026-02-01', earnings: { segment: 'PU' as const, wage: 7_000_000 } };
    // 60 % × min(7,000,000; 6,000,000) = 3,600,000 × 6 = 21,600,000 (baseline cap 5,000,000: 18,000,000)
    expect(jkpBenefit(input, { law }).total).toBe(21_600_000);
    expect(jkpBenefit(input).total).toBe(18_000_000);
    // 60 % × 3,333,333 = 1,999,999.8 → up to Rp1,000: 2,000,000
    const up = jkpBenefit({ ...input, earnings: { segment: 'PU', wage: 3_333_333 } }, { rounding: { mode: 'up', step: 1_000 } });
    expect(up.months[0]?.amount).toBe(2_000_000);
    expect(up.rounding).toEqual({ mode: 'up', step: 1_000 });
    expectError(() => jkpBenefit(input, { law: {} as never }), 'invalid_input', ['options', 'law']);
    expectError(() => jkpBenefit(input, { law: null as never }), 'invalid_input', ['options', 'law']);
  });

  it('wage limit: Rp100,000,000,000 accepted (capped to 5,000,000), one sen more refused', () => {
    expect(jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 100_000_000_000 } }).total).toBe(18_000_000);
    expectError(() => jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: '100000000000.01' } }), 'invalid_input', ['input', 'earnings', 'wage']);
  });

  it('JKP is PU-only: a BPU earnings is an invalid_input at input.earnings.segment that says so', () => {
    const bpu = { ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'BPU', income: 4_000_000 } } as const;
    expectError(() => jkpBenefit(bpu), 'invalid_input', ['input', 'earnings', 'segment']);
    try {
      jkpBenefit(bpu);
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/for wage earners \(PU\) only/);
    }
  });

  it('the result repeats the termination date; the steps cite PP 6/2025 except the plain total', () => {
    const b = jkpBenefit({ ...base, terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 7_000_000 } });
    expect(b.terminationDate).toBe('2025-06-10');
    expect(b.explanation.map((s) => s.citations.map((c) => `${c.instrument} ${c.number}/${c.year}`))).toEqual([['PP 6/2025'], ['PP 6/2025'], ['PP 6/2025'], []]);
  });

  it('property: PP 6/2025 total = 6 × 60 % × min(wage, 5 m) for whole-rupiah multiples of 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4_000_000 }), (k) => {
        const wage = k * 5;
        const b = jkpBenefit({ ...base, terminationDate: '2026-01-10', claimDate: '2026-02-01', earnings: { segment: 'PU', wage } });
        expect(b.total).toBe(6 * ((Math.min(wage, 5_000_000) * 60) / 100));
      }),
      { numRuns: 60 },
    );
  });
});
