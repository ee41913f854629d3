import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CalendarDate } from '../../src/core/calendar';
import { completedMonthsLate, startedMonthsLate } from '../../src/payments/lateness';

const started = (due: string, paid: string): number => startedMonthsLate(due as CalendarDate, paid as CalendarDate);
const completed = (due: string, paid: string): number => completedMonthsLate(due as CalendarDate, paid as CalendarDate);


describe('startedMonthsLate: started months of delay (bulan keterlambatan, counted as begun)', () => {
  it('counts every begun month after the due date, 0 on or before it', () => {
    // Due 15 February (the module's own example): 16 Feb → 1; 15 Apr = due + 2 months → 2; 16 Apr → 3.
    expect(started('2026-02-15', '2026-02-10')).toBe(0);
    expect(started('2026-02-15', '2026-02-15')).toBe(0);
    expect(started('2026-02-15', '2026-02-16')).toBe(1);
    expect(started('2026-02-15', '2026-03-15')).toBe(1);
    expect(started('2026-02-15', '2026-03-16')).toBe(2);
    expect(started('2026-02-15', '2026-04-15')).toBe(2);
    expect(started('2026-02-15', '2026-04-16')).toBe(3);
  });
  it('clamps to the month end and counts across a year', () => {
    // Due 31 Jan: due + 1 month is 28 Feb (clamped), so 28 Feb → 1 and 1 Mar → 2.
    expect(started('2026-01-31', '2026-02-28')).toBe(1);
    expect(started('2026-01-31', '2026-03-01')).toBe(2);
    // Due 15 Dec 2025, paid 20 Jan 2026: past due + 1 month (15 Jan) → 2.
    expect(started('2025-12-15', '2026-01-20')).toBe(2);
  });
});

describe('completedMonthsLate: completed months of delay', () => {
  it('counts whole months after the due date, 0 before one has passed', () => {
    // Due 15 February: before or on it → 0; 16 Feb and 14 Mar → 0 (no whole month);
    // 15 Mar = due + 1 month → 1; 16 Apr → 2 (due + 2 months = 15 Apr ≤ 16 Apr < 15 May).
    expect(completed('2026-02-15', '2026-02-10')).toBe(0);
    expect(completed('2026-01-15', '2026-01-01')).toBe(0);
    expect(completed('2026-02-15', '2026-02-15')).toBe(0);
    expect(completed('2026-02-15', '2026-02-16')).toBe(0);
    expect(completed('2026-02-15', '2026-03-14')).toBe(0);
    expect(completed('2026-02-15', '2026-03-15')).toBe(1);
    expect(completed('2026-02-15', '2026-04-16')).toBe(2);
  });
  it('clamps to the month end and counts across a year', () => {
    // Due 31 Jan: due + 1 month is 28 Feb (clamped): 27 Feb → 0, 28 Feb → 1.
    expect(completed('2026-01-31', '2026-02-27')).toBe(0);
    expect(completed('2026-01-31', '2026-02-28')).toBe(1);
    // Due 15 Dec 2025, paid 20 Jan 2026: 15 Jan ≤ 20 Jan → 1; paid 14 Dec 2026: 11 whole months.
    expect(completed('2025-12-15', '2026-01-20')).toBe(1);
    expect(completed('2025-12-15', '2026-12-14')).toBe(11);
  });
  it('property: completed ≤ started ≤ completed + 1, and started is at least 1 when late', () => {
    const day = fc.integer({ min: 0, max: 800 });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const due = isoDay(a);
        const paid = isoDay(b);
        const s = started(due, paid);
        const c = completed(due, paid);
        expect(c).toBeLessThanOrEqual(s);
        expect(s - c).toBeLessThanOrEqual(1);
        expect(s >= 1).toBe(paid > due);
      }),
      { numRuns: 100 },
    );
  });
});

function isoDay(offset: number): string {
  const d = new Date(Date.UTC(2025, 0, 1 + offset));
  return d.toISOString().slice(0, 10);
}
