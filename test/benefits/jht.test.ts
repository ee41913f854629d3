import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jhtBalance, jhtWithdrawal } from '../../src/index';
import { expectError } from './helpers';

describe('jhtBalance', () => {
  it('with 0 % the balance is the sum of contributions: 12 × 285,000 = 3,420,000', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(285_000), openingBalance: 0, annualReturnPercent: '0' });
    expect(p.finalBalance).toBe(3_420_000);
    expect(p.months[11]?.month).toBe('2026-12');
    expect(p.totalReturns).toBe(0);
  });

  it('effective annual convention: an opening 10,000,000 with no contributions grows to exactly 10,500,000 in 12 months at 5 %', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(0), openingBalance: 10_000_000, annualReturnPercent: '5' });
    expect(p.convention).toBe('effectiveAnnual');
    expect(p.finalBalance).toBe(10_500_000);
    expect(p.months[11]?.exactBalance).toBe('10500000');
    // monthly rate (1.05)^(1/12) − 1 = 0.004074123783...
    expect(p.monthlyRate.startsWith('0.0040741237836')).toBe(true);
  });

  it('nominal monthly convention: 10,000,000 × (1 + 0.05/12)^12 = 10,511,618.98… → 10,511,619', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(0), openingBalance: 10_000_000, annualReturnPercent: '5', convention: 'nominalMonthly' });
    expect(p.finalBalance).toBe(10_511_619);
    expect(p.months[11]?.exactBalance.startsWith('10511618.9')).toBe(true);
  });

  it('timing: the first month\'s contribution earns nothing in its own month (12 % nominal, 1 % a month)', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: [1_000_000, 1_000_000], openingBalance: 0, annualReturnPercent: '12', convention: 'nominalMonthly' });
    // month 1: 0 + 1,000,000; month 2: 1,000,000 × 1.01 + 1,000,000 = 2,010,000
    expect(p.months.map((m) => [m.returns, m.balance])).toEqual([
      [0, 1_000_000],
      [10_000, 2_010_000],
    ]);
  });

  it('display rounding is named and does not feed back into the arithmetic', () => {
    const p = jhtBalance({ startMonth: '2026-01', contributions: ['100.50', '100.50'], openingBalance: 0, annualReturnPercent: '0' }, { rounding: { mode: 'down', step: 1 } });
    expect(p.months.map((m) => m.balance)).toEqual([100, 201]);
    expect(p.rounding).toEqual({ mode: 'down', step: 1 });
  });

  it('bad input: negative contribution, return as a number, empty schedule, -100 %', () => {
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [-1], openingBalance: 0, annualReturnPercent: '5' }), 'invalid_input', ['input', 'contributions', 0]);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [1], openingBalance: 0, annualReturnPercent: 5 as never }), 'invalid_input', ['input', 'annualReturnPercent']);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [], openingBalance: 0, annualReturnPercent: '5' }), 'invalid_input', ['input', 'contributions']);
    expectError(() => jhtBalance({ startMonth: '2026-01', contributions: [1], openingBalance: 0, annualReturnPercent: '-100' }), 'invalid_input', ['input', 'annualReturnPercent']);
  });

  it('property: with a non-negative return the balance never falls below opening + contributions', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 36 }), fc.integer({ min: 0, max: 15 }), (cs, r) => {
        const p = jhtBalance({ startMonth: '2020-01', contributions: cs, openingBalance: 0, annualReturnPercent: String(r) });
        expect(p.finalBalance).toBeGreaterThanOrEqual(cs.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 40 },
    );
  });
});

describe('jhtWithdrawal', () => {
  const partial = { kind: 'partial' as const, requestDate: '2026-01-15', balance: 50_000_000, previousPartialWithdrawal: false };
  it('balance 50,000,000 after 10 years: housing 30 % = 15,000,000, other 10 % = 5,000,000; after 9 years not allowed (ex. 21)', () => {
    expect(jhtWithdrawal({ ...partial, membershipMonths: 120, purpose: 'housing' }).amount).toBe(15_000_000);
    expect(jhtWithdrawal({ ...partial, membershipMonths: 120, purpose: 'other' }).amount).toBe(5_000_000);
    const nine = jhtWithdrawal({ ...partial, membershipMonths: 108, purpose: 'other' });
    expect(nine.allowed).toBe(false);
    expect(nine.amount).toBe(0);
    expect(nine.conditions[0]?.decisive).toBe(true);
    expect(jhtWithdrawal({ ...partial, membershipMonths: 119, purpose: 'housing' }).allowed).toBe(false);
  });
  it('only once', () => {
    expect(jhtWithdrawal({ ...partial, membershipMonths: 200, purpose: 'housing', previousPartialWithdrawal: true }).allowed).toBe(false);
  });
  it('full payout on resignation after a one-month wait; at once on death; at 56', () => {
    const resign = { kind: 'full' as const, balance: 80_000_000, trigger: 'resignation' as const, eventDate: '2026-01-31' };
    const early = jhtWithdrawal({ ...resign, requestDate: '2026-02-27' });
    expect(early.payableFrom).toBe('2026-02-28');
    expect(early.allowed).toBe(false);
    expect(jhtWithdrawal({ ...resign, requestDate: '2026-02-28' }).amount).toBe(80_000_000);
    expect(jhtWithdrawal({ kind: 'full', balance: 80_000_000, trigger: 'death', eventDate: '2026-01-31', requestDate: '2026-01-31' }).allowed).toBe(true);
    expect(jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'retirementAge', birthDate: '1970-02-01', requestDate: '2026-01-31' }).allowed).toBe(false);
    expect(jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'retirementAge', birthDate: '1970-02-01', requestDate: '2026-02-01' }).allowed).toBe(true);
  });
  it('bad input and missing facts', () => {
    expectError(() => jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'retirementAge', requestDate: '2026-02-01' }), 'missing_fact', ['input', 'birthDate']);
    expectError(() => jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'termination', requestDate: '2026-02-01' }), 'missing_fact', ['input', 'eventDate']);
    expectError(() => jhtWithdrawal({ kind: 'full', balance: 1, trigger: 'termination', eventDate: '2026-03-01', requestDate: '2026-02-01' }), 'invalid_input', ['input', 'requestDate']);
    expectError(() => jhtWithdrawal({ ...partial, balance: -1, membershipMonths: 120, purpose: 'housing' }), 'invalid_input', ['input', 'balance']);
    expectError(() => jhtWithdrawal({ ...partial, requestDate: '2015-06-30', membershipMonths: 120, purpose: 'housing' }), 'parameter_not_in_force');
  });
});
