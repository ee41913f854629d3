import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jkpBenefit } from '../../src/index';
import { expectError } from './helpers';

const base = { terminationReason: 'termination' as const, contributionMonthsInLast24: 24, consecutivePaidMonthsBeforePhk: 24 };

describe('jkpBenefit', () => {
  it('PP 6/2025, wage 7,000,000: base 5,000,000, 60 % = 3,000,000 × 6 = 18,000,000 (ex. 15)', () => {
    const b = jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 7_000_000 });
    expect(b.eligible).toBe(true);
    expect(b.benefitWage).toBe('5000000');
    expect(b.months.map((m) => m.amount)).toEqual(Array(6).fill(3_000_000));
    expect(b.total).toBe(18_000_000);
    expect(b.regime).toMatch(/^PP 6\/2025/);
  });

  it('PP 6/2025, wage 4,000,000: 2,400,000 × 6 = 14,400,000; wage 8,000,000: 18,000,000 (table E)', () => {
    expect(jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 4_000_000 }).total).toBe(14_400_000);
    expect(jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 8_000_000 }).total).toBe(18_000_000);
  });

  it('PP 37/2021 (PHK 2025-02-06, the day before PP 6/2025): 3 × 2,250,000 + 3 × 1,250,000 = 10,500,000; PHK 2025-02-07: 18,000,000', () => {
    const old = jkpBenefit({ ...base, phkDate: '2025-02-06', claimDate: '2025-02-20', wage: 6_000_000 });
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
    expect(jkpBenefit({ ...base, phkDate: '2025-02-07', claimDate: '2025-02-20', wage: 6_000_000 }).total).toBe(18_000_000);
  });

  it('claim deadline: 6 months under PP 6/2025 (2025-12-10 ok, 2025-12-11 lost; 7 months → 0, ex. 15); 3 months under PP 37/2021', () => {
    expect(jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-12-10', wage: 7_000_000 }).total).toBe(18_000_000);
    const late = jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-12-11', wage: 7_000_000 });
    expect(late.claimDeadline).toBe('2025-12-10');
    expect(late.eligible).toBe(false);
    expect(late.total).toBe(0);
    expect(late.conditions.find((c) => c.id === 'jkp.claimDeadline')?.decisive).toBe(true);
    expect(jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2026-01-10', wage: 7_000_000 }).total).toBe(0);
    expect(jkpBenefit({ ...base, phkDate: '2024-06-10', claimDate: '2024-09-10', wage: 7_000_000 }).total).toBe(10_500_000);
    expect(jkpBenefit({ ...base, phkDate: '2024-06-10', claimDate: '2024-09-11', wage: 7_000_000 }).total).toBe(0);
    // Month-end clamping: 2024-11-30 + 3 months = 2025-02-28
    expect(jkpBenefit({ ...base, phkDate: '2024-11-30', claimDate: '2024-12-01', wage: 7_000_000 }).claimDeadline).toBe('2025-02-28');
  });

  it('11 contribution months in the last 24 → not eligible; 12 → eligible (table E)', () => {
    const b = jkpBenefit({ ...base, contributionMonthsInLast24: 11, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 4_000_000 });
    expect(b.total).toBe(0);
    expect(b.conditions.find((c) => c.id === 'jkp.contributionMonths')?.decisive).toBe(true);
    expect(jkpBenefit({ ...base, contributionMonthsInLast24: 12, consecutivePaidMonthsBeforePhk: 12, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 4_000_000 }).total).toBe(14_400_000);
  });

  it('6 consecutive months: always checked under PP 37/2021; under PP 6/2025 on by default, switchable off', () => {
    const five = { ...base, consecutivePaidMonthsBeforePhk: 5, wage: 4_000_000 };
    expect(jkpBenefit({ ...five, phkDate: '2025-06-10', claimDate: '2025-07-01' }).total).toBe(0);
    expect(jkpBenefit({ ...five, phkDate: '2025-06-10', claimDate: '2025-07-01' }, { applyDisputedConsecutiveRule: false }).total).toBe(14_400_000);
    expect(jkpBenefit({ ...five, phkDate: '2024-06-10', claimDate: '2024-07-01' }, { applyDisputedConsecutiveRule: false }).total).toBe(0);
  });

  it('resignation, retirement, total disability and death do not qualify; early end of a PKWT does; a new job ends the right', () => {
    for (const terminationReason of ['resignation', 'retirement', 'totalPermanentDisability', 'death'] as const) {
      const b = jkpBenefit({ ...base, terminationReason, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 4_000_000 });
      expect(b.total).toBe(0);
      expect(b.conditions.find((c) => c.id === 'jkp.terminationReason')?.decisive).toBe(true);
    }
    expect(jkpBenefit({ ...base, terminationReason: 'pkwtEarlyTermination', phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 4_000_000 }).total).toBe(14_400_000);
    expect(jkpBenefit({ ...base, newJobBeforeClaim: true, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 4_000_000 }).total).toBe(0);
  });

  it('rounding: 45 % × 3,333,333 = 1,499,999.85 → 1,500,000', () => {
    expect(jkpBenefit({ ...base, phkDate: '2024-06-10', claimDate: '2024-07-01', wage: 3_333_333 }).months[0]?.amount).toBe(1_500_000);
  });

  it('bad input: negative wage, claim before PHK, PHK before JKP existed, more than 24 months in 24', () => {
    expectError(() => jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: -5 }), 'invalid_input', ['input', 'wage']);
    expectError(() => jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-06-09', wage: 5 }), 'invalid_input', ['input', 'claimDate']);
    expectError(() => jkpBenefit({ ...base, phkDate: '2021-02-01', claimDate: '2021-03-01', wage: 5 }), 'parameter_not_in_force');
    expectError(() => jkpBenefit({ ...base, contributionMonthsInLast24: 25, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 5 }), 'invalid_input', ['input', 'contributionMonthsInLast24']);
    expectError(() => jkpBenefit({ ...base, phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 5 }, { applyDisputedConsecutiveRule: 'yes' } as never), 'invalid_input', ['options', 'applyDisputedConsecutiveRule']);
  });

  it('property: PP 6/2025 total = 6 × 60 % × min(wage, 5 m) for whole-rupiah multiples of 5', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4_000_000 }), (k) => {
        const wage = k * 5;
        const b = jkpBenefit({ ...base, phkDate: '2026-01-10', claimDate: '2026-02-01', wage });
        expect(b.total).toBe(6 * ((Math.min(wage, 5_000_000) * 60) / 100));
      }),
      { numRuns: 60 },
    );
  });
});
