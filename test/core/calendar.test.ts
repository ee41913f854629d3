import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  ageOn,
  calendarDate,
  compareCalendar,
  dateInMonth,
  daysBetween,
  daysInYearMonth,
  firstDayOf,
  isMonthInRange,
  lastDayOf,
  monthRange,
  monthsBetween,
  monthsIn,
  yearMonth,
  yearMonthOf,
} from '../../src/index';
import { fromMonthIndex, monthIndex } from '../../src/core/calendar';
import { expectError } from '../helpers';

describe('year-months', () => {
  it('validates', () => {
    expect(yearMonth('2026-03')).toBe('2026-03');
    for (const bad of ['2026-13', '2026-00', '2026-1', '26-01', 'May 2026', '0026-01', '2200-01']) expectError(() => yearMonth(bad), 'invalid_input');
  });
  it('does month arithmetic across years', () => {
    expect(addMonths(yearMonth('2026-12'), 3)).toBe('2027-03');
    expect(addMonths(yearMonth('2026-01'), -1)).toBe('2025-12');
    expect(monthsBetween(yearMonth('2026-01'), yearMonth('2026-12'))).toBe(11);
    expect(monthsIn(monthRange('2026-11', '2027-02'))).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(isMonthInRange(yearMonth('2026-05'), monthRange('2026-04', '2026-12'))).toBe(true);
    expect(isMonthInRange(yearMonth('2027-01'), monthRange('2026-04', '2026-12'))).toBe(false);
    expectError(() => addMonths(yearMonth('2199-12'), 1), 'invalid_input', ['count']);
    expectError(() => addMonths(yearMonth('2026-01'), 1.5), 'invalid_input', ['count']);
  });
  it('checks ranges: from ≤ to and at most 600 months', () => {
    expect(monthRange('2026-01', '2026-01')).toEqual({ from: '2026-01', to: '2026-01' });
    expectError(() => monthRange('2026-12', '2026-01'), 'invalid_input', ['to']);
    expectError(() => monthRange('2000-01', '2050-01'), 'invalid_input', ['to']); // 601 months
    expect(monthsIn(monthRange('2000-01', '2049-12'))).toHaveLength(600);
  });
  it('property: month index round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900 * 12, max: 2199 * 12 + 11 }), (i) => {
        expect(monthIndex(fromMonthIndex(i))).toBe(i);
      }),
    );
  });
});

describe('calendar dates', () => {
  it('validates real dates only', () => {
    expect(calendarDate('2024-02-29')).toBe('2024-02-29');
    expectError(() => calendarDate('2025-02-29'), 'invalid_input');
    expectError(() => calendarDate('2026-04-31'), 'invalid_input');
    expectError(() => calendarDate('2026-4-1'), 'invalid_input');
  });
  it('adds and counts days across month ends and leap years', () => {
    expect(addDays(calendarDate('2024-02-28'), 2)).toBe('2024-03-01');
    expect(addDays(calendarDate('2026-01-01'), -1)).toBe('2025-12-31');
    expect(daysBetween(calendarDate('2026-03-15'), calendarDate('2026-04-15'))).toBe(31);
    expect(daysBetween(calendarDate('2024-01-01'), calendarDate('2025-01-01'))).toBe(366);
    expect(daysInYearMonth(yearMonth('2024-02'))).toBe(29);
    expect(daysInYearMonth(yearMonth('2100-02'))).toBe(28);
  });
  it('never clamps a day silently', () => {
    expect(dateInMonth(yearMonth('2021-02'), 30, 'clampToMonthEnd')).toBe('2021-02-28');
    expectError(() => dateInMonth(yearMonth('2021-02'), 30, 'reject'), 'undefined_by_law');
    expect(firstDayOf(yearMonth('2026-02'))).toBe('2026-02-01');
    expect(lastDayOf(yearMonth('2026-02'))).toBe('2026-02-28');
    expect(yearMonthOf(calendarDate('2026-02-28'))).toBe('2026-02');
  });
  it('counts age in whole years, with 29 February birthdays a year older on 1 March', () => {
    expect(ageOn(calendarDate('1961-06-15'), calendarDate('2026-06-14'))).toBe(64);
    expect(ageOn(calendarDate('1961-06-15'), calendarDate('2026-06-15'))).toBe(65);
    expect(ageOn(calendarDate('2000-02-29'), calendarDate('2025-02-28'))).toBe(24);
    expect(ageOn(calendarDate('2000-02-29'), calendarDate('2025-03-01'))).toBe(25);
    expectError(() => ageOn(calendarDate('2000-01-01'), calendarDate('1999-12-31')), 'invalid_input', ['date']);
  });
  it('sorts ISO values', () => {
    expect(['2026-03', '2025-12'].sort(compareCalendar)).toEqual(['2025-12', '2026-03']);
  });
  it('property: addDays and daysBetween agree whatever the time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80_000 }), fc.integer({ min: -3000, max: 3000 }), (offset, n) => {
        const start = addDays(calendarDate('1950-01-01'), offset);
        expect(daysBetween(start, addDays(start, n))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });
});

describe('integer day numbers', () => {
  it('property: agree with UTC milliseconds / 86,400,000 for every day 1900-2199', async () => {
    const { epochDay, fromEpochDay } = await import('../../src/core/calendar');
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 83_219 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(fromEpochDay(day)).toBe(iso);
        expect(epochDay(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
