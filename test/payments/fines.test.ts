import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arrearsStatement, lateFine } from '../../src/payments/fines';
import { withOverlay, baselineLaw } from '../../src/law/registry';
import { expectError, months } from './helpers';

const PU = 462_000; // brief §13.1 ex. 8

describe('lateFine (brief §13.1 ex. 20)', () => {
  it('one day late costs one started month: 2 % × 462,000 = 9,240', () => {
    const r = lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paidOn: '2026-02-16' });
    expect(r).toMatchObject({ dueDate: '2026-02-15', daysLate: 1, monthsLate: 1, rate: '2', fine: 9_240, exact: '9240', interest: 'simple' });
    expect(r.cap).toMatchObject({ applied: false, maxMonths: null });
    expect(r.citations.length).toBeGreaterThan(0);
  });
  it('2 months late: 2 % × 462,000 × 2 = 18,480 (simple, not compounding)', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paidOn: '2026-04-15' })).toMatchObject({ monthsLate: 2, fine: 18_480 });
    // one more day starts the 3rd month: 2 % × 462,000 × 3 = 27,720
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paidOn: '2026-04-16' })).toMatchObject({ monthsLate: 3, fine: 27_720 });
  });
  it('6 months late: 2 % × 462,000 × 6 = 55,440 (compounding would give 58,288)', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paidOn: '2026-08-15' })).toMatchObject({ monthsLate: 6, fine: 55_440 });
  });
  it('on time: no fine', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paidOn: '2026-02-15' })).toMatchObject({ monthsLate: 0, daysLate: 0, fine: 0 });
  });
  it('PP 49/2020 months: 0.5 % per month; due the 30th of the next month', () => {
    // iuran month 2020-09, due 2020-10-30, paid 2020-12-01 → 2 started months: 0.5 % × 462,000 × 2 = 4,620
    const r = lateFine({ segment: 'PU', month: '2020-09', contribution: PU, paidOn: '2020-12-01' });
    expect(r).toMatchObject({ dueDate: '2020-10-30', monthsLate: 2, rate: '0.5', fine: 4_620 });
    expect(r.citations[0]).toMatchObject({ number: '49', article: 'Art. 23(1)' });
    // 2021-02 is back to 2 %: due 2021-03-15, paid 2021-03-16 → 2 % × 462,000 = 9,240
    expect(lateFine({ segment: 'PU', month: '2021-02', contribution: PU, paidOn: '2021-03-16' }).fine).toBe(9_240);
  });
  it('BPU: no fine however late', () => {
    expect(lateFine({ segment: 'BPU', month: '2026-01', contribution: 16_800, paidOn: '2026-04-01' })).toMatchObject({ monthsLate: 3, fine: 0, rate: '0' });
  });
  it('rounds the exact fine half-up once: 2 % × 100,025 = 2,000.5 → 2,001', () => {
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: 100_025, paidOn: '2026-02-20' })).toMatchObject({ exact: '2000.5', fine: 2_001 });
    expect(lateFine({ segment: 'PU', month: '2026-01', contribution: 100_025, paidOn: '2026-02-20' }, { rounding: { mode: 'down', step: 1 } }).fine).toBe(2_000);
  });
  it('a cap supplied by an overlay limits the months and is reported', () => {
    const law = withOverlay(baselineLaw, {
      name: 'cap test',
      values: { 'pu.lateFine': [{ from: '2026-01', to: '2026-12', value: { rate: '2', monthCounting: 'started', interest: 'simple', maxMonths: 3 }, status: 'projected', citations: { instrument: 'Practice', number: 'test', year: 2026 } }] },
    });
    const r = lateFine({ segment: 'PU', month: '2026-01', contribution: PU, paidOn: '2026-08-15' }, { law });
    expect(r).toMatchObject({ monthsLate: 3, fine: 27_720, cap: { applied: true, maxMonths: 3 } }); // 2 % × 462,000 × 3
  });
  it('property: the fine is linear in started months (simple interest)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 10_000_000 }), (n, c) => {
        const month = `${2026 + Math.floor((1 + n) / 12)}-${String(((1 + n) % 12) + 1).padStart(2, '0')}`;
        const r = lateFine({ segment: 'PU', month: '2026-01', contribution: c * 50, paidOn: `${month}-15` });
        // contribution multiple of 50 → 2 % is a whole rupiah; fine = c × 50 × 2/100 × n = c × n
        expect(r.monthsLate).toBe(n);
        expect(r.fine).toBe(c * n);
      }),
      { numRuns: 50 },
    );
  });
  it('bad input: typed errors', () => {
    expectError(() => lateFine({ segment: 'PU', month: '2026-01', contribution: -1, paidOn: '2026-02-16' }), 'invalid_input', ['input', 'contribution']);
    expectError(() => lateFine({ segment: 'XX' as never, month: '2026-01', contribution: 1, paidOn: '2026-02-16' }), 'invalid_input', ['input', 'segment']);
    expectError(() => lateFine({ segment: 'PU', month: '2014-01', contribution: 1, paidOn: '2014-02-16' }), 'parameter_not_in_force', ['at']);
  });
});

describe('arrearsStatement', () => {
  it('PU: a paid-late month and an unpaid month at the statement date (ex. 20)', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 3, PU) };
    const s = arrearsStatement(schedule, [{ amount: PU, paidOn: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
    // Jan paid 2 months late: 18,480. Feb due 03-15, unpaid on 04-15: 1 month so far, 9,240. Mar due 04-15: not late yet.
    expect(s.months.map((m) => m.fine?.fine ?? null)).toEqual([18_480, 9_240, null]);
    expect(s.totals).toMatchObject({ arrears: PU, notYetDue: PU, finesAccrued: 27_720, finesOutstanding: 27_720, owedNow: 489_720 });
    expect(s.fineCap.applied).toBe(false);
    expect(s.explanation.length).toBe(3);
  });

  it('part payment: each part is fined for its own delay', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    const s = arrearsStatement(schedule, [
      { amount: 262_000, paidOn: '2026-02-15' }, // on time
      { amount: 100_000, paidOn: '2026-03-01' }, // 1 month late
    ], { asOf: '2026-05-01' });
    // 100,000 × 1 (paid 03-01) + 100,000 outstanding × 3 (05-01 is in the 3rd started month after 02-15)
    // = 2 % × (100,000 + 300,000) = 8,000
    expect(s.months[0]!.fine).toMatchObject({ fine: 8_000, exact: '8000' });
    expect(s.months[0]!.fine!.components.map((c) => [c.base, c.months, c.settled])).toEqual([[100_000, 1, true], [100_000, 3, false]]);
    expect(s.totals.arrears).toBe(100_000);
  });

  it('fine payments reduce fines owed; credit is shown apart', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 2, PU) };
    const s = arrearsStatement(schedule, [
      { amount: PU, paidOn: '2026-02-16' },
      { amount: 9_240, paidOn: '2026-03-10', kind: 'fine' },
      { amount: 500_000, paidOn: '2026-03-10' },
    ], { asOf: '2026-03-20' });
    expect(s.totals).toMatchObject({ finesAccrued: 9_240, finesPaid: 9_240, finesOutstanding: 0, credit: 38_000, arrears: 0, owedNow: 0 });
  });

  it('BPU: no fine; months unpaid at lapse are not arrears', () => {
    const schedule = { segment: 'BPU' as const, months: months('2026-01', 6, 16_800) };
    const inArrears = arrearsStatement(schedule, [{ amount: 16_800, paidOn: '2026-01-10' }], { asOf: '2026-03-20' });
    expect(inArrears.totals).toMatchObject({ arrears: 33_600, finesAccrued: 0, owedNow: 33_600 }); // Feb + Mar
    const lapsed = arrearsStatement(schedule, [{ amount: 16_800, paidOn: '2026-01-10' }], { asOf: '2026-05-20' });
    expect(lapsed.totals).toMatchObject({ arrears: 0, lapsedUnpaid: 84_000, owedNow: 0 }); // 5 × 16,800
  });

  it('bad input: typed errors', () => {
    const schedule = { segment: 'PU' as const, months: months('2026-01', 1, PU) };
    expectError(() => arrearsStatement(schedule, [{ amount: PU, paidOn: '2025-01-01' }], { asOf: '2026-03-01' }), 'invalid_input', ['payments', 0, 'paidOn']);
    expectError(() => arrearsStatement(schedule, [{ amount: 9_240, paidOn: '2026-02-01', kind: 'fine', months: ['2026-01'] }], { asOf: '2026-03-01' }), 'invalid_input', ['payments', 0, 'months']);
    expectError(() => arrearsStatement(schedule, [], { asOf: 'soon' }), 'invalid_input', ['options', 'asOf']);
  });
});
