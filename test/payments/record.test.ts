import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyPayments } from '../../src/payments/record';
import { contributionSchedule } from '../../src/contributions/schedule';
import { expectError, months } from './helpers';

const BPU = 16_800; // JKK 10,000 + JKM 6,800 at the minimum income (brief §13.1 ex. 1)

describe('applyPayments: allocation rule', () => {
  it('applies an unnamed payment to the oldest months first and leaves a part payment outstanding', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 3, BPU) };
    const r = applyPayments(schedule, [{ amount: 40_000, paidOn: '2026-01-10' }], { asOf: '2026-03-31' });
    // 40,000 = 16,800 (Jan) + 16,800 (Feb) + 6,400 (part of Mar); Mar outstanding 16,800 − 6,400 = 10,400
    expect(r.months.map((m) => m.paid)).toEqual([16_800, 16_800, 6_400]);
    expect(r.months.map((m) => m.paidOn)).toEqual(['2026-01-10', '2026-01-10', null]);
    expect(r.months[2]!.outstanding).toBe(10_400);
    expect(r.credit).toBe(0);
  });

  it('completes a part-paid month on the date of the payment that completes it', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, 462_000) };
    const r = applyPayments(schedule, [
      { amount: 400_000, paidOn: '2026-02-10' },
      { amount: 62_000, paidOn: '2026-03-01' },
    ], { asOf: '2026-03-31' });
    // 400,000 + 62,000 = 462,000: paid in full on 2026-03-01
    expect(r.months[0]!.paidOn).toBe('2026-03-01');
    expect(r.months[0]!.allocations.map((a) => a.amount)).toEqual([400_000, 62_000]);
  });

  it('pays the named months first and carries the remainder forward as credit', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, 462_000) };
    const r = applyPayments(schedule, [
      { amount: 500_000, paidOn: '2026-03-10', months: ['2026-02'] },
      { amount: 462_000, paidOn: '2026-03-20' },
    ], { asOf: '2026-03-31' });
    // First: Feb 462,000, credit 500,000 − 462,000 = 38,000.
    // Second: the credit 38,000 goes to the oldest open month (Jan), then 462,000 → Jan 424,000 + Mar 38,000.
    expect(r.months[1]!.paidOn).toBe('2026-03-10');
    expect(r.months[0]!.allocations.map((a) => [a.amount, a.fromCredit])).toEqual([[38_000, true], [424_000, false]]);
    expect(r.months[0]!.paidOn).toBe('2026-03-20');
    expect(r.months[2]!.paid).toBe(38_000);
    expect(r.credit).toBe(0);
  });

  it('keeps an overpayment beyond the schedule as credit', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, 462_000) };
    const r = applyPayments(schedule, [{ amount: 500_000, paidOn: '2026-02-10' }], { asOf: '2026-02-28' });
    expect(r.credit).toBe(38_000); // 500,000 − 462,000
  });

  it('accepts an advance payment for 12 months (BPU) and nothing beyond the 12th month', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 13, BPU) };
    // 13 × 16,800 = 218,400 paid in January: 12 months (Jan–Dec) may be prepaid, 16,800 stays credit.
    const r = applyPayments(schedule, [{ amount: 218_400, paidOn: '2026-01-05' }], { asOf: '2026-01-31' });
    expect(r.months.slice(0, 12).every((m) => m.paidOn === '2026-01-05')).toBe(true);
    expect(r.months[12]!.paid).toBe(0);
    expect(r.credit).toBe(16_800);
  });

  it('works on a contributionSchedule result as it is', () => {
    const schedule = contributionSchedule({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' }, { from: '2026-01', to: '2026-02' });
    const r = applyPayments(schedule, [{ amount: 462_000, paidOn: '2026-02-15' }], { asOf: '2026-03-31' });
    // Brief §13.1 ex. 8: 312,000 + 150,000 = 462,000 a month, due the 15th of the next month
    expect(r.months.map((m) => [m.due, m.dueDate, m.paidOn])).toEqual([[462_000, '2026-02-15', '2026-02-15'], [462_000, '2026-03-15', null]]);
  });

  it('ignores payments after asOf and books fine payments apart', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, 462_000) };
    const r = applyPayments(schedule, [
      { amount: 9_240, paidOn: '2026-02-20', kind: 'fine' },
      { amount: 462_000, paidOn: '2026-04-01' },
    ], { asOf: '2026-03-01' });
    expect(r.ignoredAfterAsOf).toEqual([1]);
    expect(r.finePayments).toEqual([{ payment: 0, amount: 9_240, paidOn: '2026-02-20' }]);
    expect(r.months[0]!.paid).toBe(0);
  });

  it('property: allocations never exceed what is due and money is conserved', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ amount: fc.integer({ min: 1, max: 100_000 }), day: fc.integer({ min: 1, max: 150 }) }), { maxLength: 8 }), (ps) => {
        const schedule = { segment: 'PU' as const, months: months('2026-01', 6, 30_000) };
        const payments = ps.map((p) => ({ amount: p.amount, paidOn: addDaysText('2026-01-01', p.day) }));
        const r = applyPayments(schedule, payments, { asOf: '2026-12-31' });
        const applied = r.months.reduce((s, m) => s + m.paid, 0);
        const paid = ps.reduce((s, p) => s + p.amount, 0);
        expect(applied + r.credit).toBe(paid);
        for (const m of r.months) expect(m.paid).toBeLessThanOrEqual(m.due);
      }),
      { numRuns: 60 },
    );
  });
});

function addDaysText(start: string, days: number): string {
  const d = new Date(`${start}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('applyPayments: bad input', () => {
  const schedule = { segment: 'BPU' as const, months: months('2026-01', 3, BPU) };
  it('rejects a payment before registration', () => {
    expectError(() => applyPayments(schedule, [{ amount: BPU, paidOn: '2025-12-30' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'paidOn']);
    expectError(() => applyPayments(schedule, [{ amount: BPU, paidOn: '2026-01-02' }], { asOf: '2026-03-31', registeredOn: '2026-01-05' }), 'invalid_input', ['payments', 0, 'paidOn']);
  });
  it('rejects a negative or zero amount', () => {
    expectError(() => applyPayments(schedule, [{ amount: -16_800, paidOn: '2026-01-10' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'amount']);
    expectError(() => applyPayments(schedule, [{ amount: 0, paidOn: '2026-01-10' }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'amount']);
  });
  it('rejects months outside the schedule', () => {
    expectError(() => applyPayments(schedule, [{ amount: BPU, paidOn: '2026-01-10', months: ['2026-04'] }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'months', 0]);
  });
  it('rejects a BPU payment naming a month more than 12 months ahead', () => {
    const long = { segment: 'BPU' as const, months: months('2026-01', 14, BPU) };
    expectError(() => applyPayments(long, [{ amount: BPU, paidOn: '2026-01-10', months: ['2027-01'] }], { asOf: '2026-03-31' }), 'invalid_input', ['payments', 0, 'months', 0]);
  });
  it('rejects a schedule with gaps, mixed segments or no amount', () => {
    expectError(() => applyPayments({ segment: 'PU', months: [{ month: '2026-01', amount: 1 }, { month: '2026-03', amount: 1 }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'months', 1, 'month']);
    expectError(() => applyPayments({ months: [{ month: '2026-01', amount: 1 }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'segment']);
    expectError(() => applyPayments({ segment: 'PU', months: [{ month: '2026-01' }] }, [], { asOf: '2026-03-31' }), 'invalid_input', ['schedule', 'months', 0, 'amount']);
  });
  it('rejects a missing asOf, asOf before registration and a registration after the schedule starts', () => {
    expectError(() => applyPayments(schedule, [], {} as never), 'invalid_input', ['options', 'asOf']);
    expectError(() => applyPayments(schedule, [], { asOf: '2025-12-31' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => applyPayments(schedule, [], { asOf: '2026-03-31', registeredOn: '2026-02-01' }), 'invalid_input', ['options', 'registeredOn']);
  });
});
