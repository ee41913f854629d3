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
  type CalendarDate,
  type MonthRange,
  type YearMonth,
} from '../../src/index';
import { epochDay, fromEpochDay, fromMonthIndex, monthIndex, yearAndMonth } from '../../src/core/calendar';
import { expectError, thrown } from '../helpers';

/** The single issue `fn` throws, for exact comparison (code, path, message, reason). */
const issueOf = (fn: () => unknown) => {
  const error = thrown(fn);
  expect(error.issues).toHaveLength(1);
  return error.issues[0];
};
const invalid = (path: string[], message: string, reason: string) => ({ code: 'invalid_input', path, message, reason });

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
    expect(dateInMonth(yearMonth('2021-02'), 30, { overflow: 'clamp_to_month_end' })).toBe('2021-02-28');
    expectError(() => dateInMonth(yearMonth('2021-02'), 30, { overflow: 'reject' }), 'undefined_by_law', ['day']);
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

// Error paths, messages and boundaries, asserted exactly (they are what a caller acts on). These
// tests also pin each guard: without it the bad value would pass or fail elsewhere with another
// path or message (see the notes), which mutation testing showed the tests above did not notice.
describe('year-month validation, exactly', () => {
  it('names the type of a non-string (null apart), instead of quoting it as text', () => {
    expect(issueOf(() => yearMonth(null as unknown as string))).toEqual(invalid(['text'], 'Expected a month as text "YYYY-MM", got null', 'invalid_year_month'));
    expect(issueOf(() => yearMonth(202603 as unknown as string))).toEqual(invalid(['text'], 'Expected a month as text "YYYY-MM", got number', 'invalid_year_month'));
    // An array stringifies to "2026-03", so only the type check refuses it.
    expect(issueOf(() => yearMonth(['2026-03'] as unknown as string))).toEqual(invalid(['text'], 'Expected a month as text "YYYY-MM", got object', 'invalid_year_month'));
  });
  it('accepts both ends of 1900-2199 and nothing outside', () => {
    expect(yearMonth('1900-01')).toBe('1900-01');
    expect(yearMonth('2199-12')).toBe('2199-12');
    expect(issueOf(() => yearMonth('1899-12'))).toEqual(invalid(['text'], 'Year 1899 is outside 1900-2199 in "1899-12"', 'invalid_year_month'));
    expect(issueOf(() => yearMonth('2026-13'))).toEqual(invalid(['text'], 'Month 13 does not exist in "2026-13"', 'invalid_year_month'));
  });
  it('splits a month into year and month number', () => {
    // index of 2026-07 = 2026 × 12 + 6 = 24318; year = (24318 − 6) / 12 = 2026, month = 6 + 1 = 7
    expect(yearAndMonth('2026-07')).toEqual({ year: 2026, month: 7 });
    expect(yearAndMonth('1900-01')).toEqual({ year: 1900, month: 1 });
    expect(yearAndMonth('2199-12')).toEqual({ year: 2199, month: 12 });
  });
});

describe('calendar-date validation, exactly', () => {
  it('names the type of a non-string', () => {
    expect(issueOf(() => calendarDate(null as unknown as string))).toEqual(invalid(['text'], 'Expected a date as text "YYYY-MM-DD", got null', 'invalid_date'));
    expect(issueOf(() => calendarDate(5 as unknown as string))).toEqual(invalid(['text'], 'Expected a date as text "YYYY-MM-DD", got number', 'invalid_date'));
    expect(issueOf(() => calendarDate(['2026-03-01'] as unknown as string))).toEqual(invalid(['text'], 'Expected a date as text "YYYY-MM-DD", got object', 'invalid_date'));
  });
  it('refuses a month 13 or a year out of range, quoting the whole date', () => {
    // Without the month check, day 1 of "month 13" of 2026 would be taken as 1 January 2027 by the day count.
    expect(issueOf(() => calendarDate('2026-13-01'))).toEqual(invalid(['text'], 'Month 13 does not exist in "2026-13-01"', 'invalid_date'));
    expect(issueOf(() => calendarDate('1899-12-31'))).toEqual(invalid(['text'], 'Year 1899 is outside 1900-2199 in "1899-12-31"', 'invalid_date'));
    expect(calendarDate('1900-01-01')).toBe('1900-01-01');
    expect(calendarDate('2199-12-31')).toBe('2199-12-31');
  });
  it('refuses day 00 and a day past the month end', () => {
    expect(issueOf(() => calendarDate('2026-01-00'))).toEqual(invalid(['text'], 'Day 00 does not exist in 2026-01 (which has 31 days): "2026-01-00"', 'invalid_date'));
    expect(issueOf(() => calendarDate('2026-01-32'))).toEqual(invalid(['text'], 'Day 32 does not exist in 2026-01 (which has 31 days): "2026-01-32"', 'invalid_date'));
    expect(calendarDate('2026-01-31')).toBe('2026-01-31');
  });
  it('day numbers: the last day of a 400-year era (2000-02-29) and the ends of the range', () => {
    // 1970-01-01 → 2000-01-01 is 30 × 365 + 7 leap days (1972 … 1996) = 10957 days; + 31 (January) + 28 = 11016.
    // In Hinnant's algorithm 2000-02-29 is day 146096 of the era that began 1600-03-01, the only day
    // on which the ⌊doe / 146096⌋ correction is 1 (random sampling rarely lands on it).
    expect(epochDay('2000-02-29')).toBe(11016);
    expect(fromEpochDay(11016)).toBe('2000-02-29');
    expect(fromEpochDay(11017)).toBe('2000-03-01');
    expect(addDays(calendarDate('2000-02-28'), 1)).toBe('2000-02-29');
    // 1900-01-01 is 70 × 365 + 17 leap days (1904 … 1968) = 25567 days before 1970-01-01.
    expect(fromEpochDay(-25567)).toBe('1900-01-01');
  });
});

describe('month arithmetic errors and limits, exactly', () => {
  it('addMonths: checks the month, then the count, then the result', () => {
    expect(issueOf(() => addMonths('2026-13' as YearMonth, 1))).toEqual(invalid(['month'], 'Month 13 does not exist in "2026-13"', 'invalid_year_month'));
    expect(issueOf(() => addMonths(yearMonth('2026-01'), 1.5))).toEqual(invalid(['count'], 'Expected a whole number of months, got 1.5', 'not_integer'));
    expect(issueOf(() => addMonths(yearMonth('2026-01'), Number.NaN))).toEqual(invalid(['count'], 'Expected a whole number of months, got NaN', 'not_integer'));
    // 1900-01 … 2199-12 is 300 × 12 = 3600 months: 3599 is the largest step inside, 3600 leaves.
    expect(addMonths(yearMonth('1900-01'), 3599)).toBe('2199-12');
    expect(addMonths(yearMonth('2199-12'), -3599)).toBe('1900-01');
    expect(issueOf(() => addMonths(yearMonth('1900-01'), 3600))).toEqual(invalid(['count'], '1900-01 + 3600 months leaves the years 1900-2199', 'too_big'));
    expect(issueOf(() => addMonths(yearMonth('1900-01'), -1))).toEqual(invalid(['count'], '1900-01 + -1 months leaves the years 1900-2199', 'too_big'));
    expect(addMonths(yearMonth('2026-01'), 36)).toBe('2029-01'); // three years
  });
  it('monthsBetween: checks both ends, with their names', () => {
    expect(issueOf(() => monthsBetween('2026-13' as YearMonth, yearMonth('2026-01')))).toEqual(invalid(['from'], 'Month 13 does not exist in "2026-13"', 'invalid_year_month'));
    expect(issueOf(() => monthsBetween(yearMonth('2026-01'), '2026-00' as YearMonth))).toEqual(invalid(['to'], 'Month 00 does not exist in "2026-00"', 'invalid_year_month'));
    expect(monthsBetween(yearMonth('2026-12'), yearMonth('2026-01'))).toBe(-11);
  });
  it('monthRange: the first zod issue, with its path, message and code', () => {
    expect(issueOf(() => monthRange('2026-12', '2026-01'))).toEqual(invalid(['to'], 'The range starts (2026-12) after it ends (2026-01)', 'custom'));
    // 2000-01 … 2050-01 is 50 × 12 + 1 = 601 months.
    expect(issueOf(() => monthRange('2000-01', '2050-01'))).toEqual(invalid(['to'], 'The range has 601 months; at most 600 are accepted', 'custom'));
    expect(issueOf(() => monthRange(5 as unknown as string, '2026-01'))).toEqual(invalid(['from'], 'Invalid input: expected string, received number', 'invalid_type'));
  });
  it('monthsIn and isMonthInRange: a bad period is reported under "period", the name of the argument', () => {
    expect(issueOf(() => monthsIn(null as unknown as MonthRange))).toEqual(invalid(['period'], 'Invalid input: expected object, received null', 'invalid_type'));
    expect(issueOf(() => monthsIn({ from: '2026-01' } as unknown as MonthRange))).toEqual(invalid(['period', 'to'], 'Invalid input: expected string, received undefined', 'invalid_type'));
    const backwards = { from: '2026-12', to: '2026-01' } as MonthRange;
    expect(issueOf(() => isMonthInRange(yearMonth('2026-06'), backwards))).toEqual(invalid(['period', 'to'], 'The range starts (2026-12) after it ends (2026-01)', 'custom'));
    expect(issueOf(() => isMonthInRange('2026-13' as YearMonth, monthRange('2026-01', '2026-12')))).toEqual(invalid(['month'], 'Month 13 does not exist in "2026-13"', 'invalid_year_month'));
  });
  it('isMonthInRange: both ends are inside, the months next to them are not', () => {
    const range = monthRange('2026-04', '2026-12');
    expect(['2026-03', '2026-04', '2026-12', '2027-01'].map((m) => isMonthInRange(yearMonth(m), range))).toEqual([false, true, true, false]);
  });
});

describe('day arithmetic errors and limits, exactly', () => {
  it('every date argument is checked, under its own name', () => {
    const feb30 = '2026-02-30' as CalendarDate;
    const message = 'Day 30 does not exist in 2026-02 (which has 28 days): "2026-02-30"';
    const ok = calendarDate('2026-02-01');
    expect(issueOf(() => addDays(feb30, 1))).toEqual(invalid(['date'], message, 'invalid_date'));
    expect(issueOf(() => daysBetween(feb30, ok))).toEqual(invalid(['from'], message, 'invalid_date'));
    expect(issueOf(() => daysBetween(ok, feb30))).toEqual(invalid(['to'], message, 'invalid_date'));
    expect(issueOf(() => yearMonthOf(feb30))).toEqual(invalid(['date'], message, 'invalid_date'));
    expect(issueOf(() => ageOn(feb30, ok))).toEqual(invalid(['birthDate'], message, 'invalid_date'));
    expect(issueOf(() => ageOn(ok, feb30))).toEqual(invalid(['date'], message, 'invalid_date'));
    expect(issueOf(() => daysInYearMonth('2026-13' as YearMonth))).toEqual(invalid(['month'], 'Month 13 does not exist in "2026-13"', 'invalid_year_month'));
  });
  it('addDays: whole counts within ±200000, results within 1900-2199', () => {
    const start = calendarDate('1900-01-01');
    expect(issueOf(() => addDays(start, 1.5))).toEqual(invalid(['count'], 'Expected a whole number of days within ±200000, got 1.5', 'custom'));
    expect(issueOf(() => addDays(start, 200_001))).toEqual(invalid(['count'], 'Expected a whole number of days within ±200000, got 200001', 'custom'));
    expect(issueOf(() => addDays(start, -200_001))).toEqual(invalid(['count'], 'Expected a whole number of days within ±200000, got -200001', 'custom'));
    // 200000 itself passes the count check; day −25567 + 200000 = 174433 is 2447-08-01, outside the years.
    expect(issueOf(() => addDays(start, 200_000))).toEqual(invalid(['count'], 'Year 2447 is outside 1900-2199 in "2447-08-01"', 'invalid_date'));
    expect(issueOf(() => addDays(calendarDate('2199-12-31'), 1))).toEqual(invalid(['count'], 'Year 2200 is outside 1900-2199 in "2200-01-01"', 'invalid_date'));
    // 1900-01-01 → 2200-01-01 is 300 × 365 + 73 leap days (74 in 1904 … 2196, less 2100) = 109573 days; one less is 2199-12-31.
    expect(addDays(start, 109_572)).toBe('2199-12-31');
  });
  it('dateInMonth: a day outside 1-31 is invalid input whatever the overflow rule', () => {
    const january = yearMonth('2026-01');
    for (const [day, shown] of [[0, '0'], [32, '32'], [1.5, '1.5'], [-1, '-1'], [Number.NaN, 'NaN']] as const) {
      for (const overflow of ['reject', 'clamp_to_month_end'] as const) {
        expect(issueOf(() => dateInMonth(january, day, { overflow }))).toEqual(invalid(['day'], `Expected a day of the month from 1 to 31, got ${shown}`, 'too_big'));
      }
    }
    // Day 31 exists in January under either rule; day 1 and 9 are zero-padded.
    expect(dateInMonth(january, 31, { overflow: 'reject' })).toBe('2026-01-31');
    expect(dateInMonth(january, 31, { overflow: 'clamp_to_month_end' })).toBe('2026-01-31');
    expect(dateInMonth(january, 9, { overflow: 'reject' })).toBe('2026-01-09');
    expect(issueOf(() => dateInMonth(yearMonth('2021-02'), 30, { overflow: 'reject' }))).toEqual({ code: 'undefined_by_law', path: ['day'], message: 'Day 30 does not exist in 2021-02' });
  });
  it('regression #13.4: dateInMonth refuses a missing or unknown overflow instead of clamping silently', () => {
    const february = yearMonth('2021-02');
    const message = (shown: string) => `Expected overflow 'reject' or 'clamp_to_month_end' (required: the library never clamps silently), got ${shown}`;
    const noOptions = (shown: string) => `Expected options { overflow: 'reject' | 'clamp_to_month_end' } (required: the library never clamps silently), got ${shown}`;
    const cases = [
      [{ overflow: 'Reject' }, message('"Reject"')],
      [{ overflow: 'clampToMonthEnd' }, message('"clampToMonthEnd"')], // the value before issue 14
      [{ overflow: {} }, message('an object')],
      [{}, message('undefined')],
      [{ overflow: null }, message('null')],
      [Object.create({ overflow: 'reject' }), message('undefined')], // an inherited overflow is not read
      [undefined, noOptions('undefined')],
      [null, noOptions('null')],
      ['reject', noOptions('"reject"')], // the positional form before issue 14
      [1, noOptions('1')],
    ] as const;
    for (const [options, said] of cases) {
      // Day 30 does not exist in February 2021: before the fix every one of these gave '2021-02-28'.
      expect(issueOf(() => dateInMonth(february, 30, options as never))).toEqual(invalid(['options', 'overflow'], said, 'invalid_value'));
      // The choice is required on every call, also when the day exists.
      expect(issueOf(() => dateInMonth(february, 1, options as never))).toEqual(invalid(['options', 'overflow'], said, 'invalid_value'));
    }
    // A missing argument, as a JavaScript caller writes it.
    expect(issueOf(() => (dateInMonth as unknown as (month: YearMonth, day: number) => string)(february, 30))).toEqual(invalid(['options', 'overflow'], noOptions('undefined'), 'invalid_value'));
    // A bad month or day is still reported first, at its own path.
    expect(issueOf(() => dateInMonth(february, 32, { overflow: 'Reject' } as never))?.path).toEqual(['day']);
  });
  it('ageOn: 0 on the birth date itself, an error the day before', () => {
    expect(ageOn(calendarDate('2000-01-01'), calendarDate('2000-01-01'))).toBe(0);
    expect(issueOf(() => ageOn(calendarDate('2000-01-01'), calendarDate('1999-12-31')))).toEqual(
      invalid(['date'], 'The date 1999-12-31 is before the birth date 2000-01-01', 'too_small'),
    );
  });
  it('compareCalendar: -1, 0, 1, and the name of the argument that is not text', () => {
    expect([compareCalendar('2025-12', '2026-03'), compareCalendar('2026-03', '2026-03'), compareCalendar('2026-03', '2025-12')]).toEqual([-1, 0, 1]);
    expect(issueOf(() => compareCalendar(1 as unknown as string, '2026-01'))).toEqual(invalid(['a'], 'Expected two months or dates as text, got 1 and "2026-01"', 'invalid_type'));
    expect(issueOf(() => compareCalendar('2026-01', null as unknown as string))).toEqual(invalid(['b'], 'Expected two months or dates as text, got "2026-01" and null', 'invalid_type'));
    expect(issueOf(() => compareCalendar(undefined as unknown as string, null as unknown as string))).toEqual(
      invalid(['a'], 'Expected two months or dates as text, got undefined and null', 'invalid_type'),
    );
  });
});
