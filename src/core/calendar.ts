/**
 * Calendar values, not instants. A contribution month (*bulan iuran*) is a {@link YearMonth}
 * (`"2026-01"`); a fact such as a birth, a death or a payment is a {@link CalendarDate}
 * (`"2026-01-31"`). Both are plain ISO strings at run time (JSON-stable, comparable with `<`),
 * validated at the door. No JS `Date` leaves this module. Day arithmetic runs on integer day
 * numbers (days since 1970-01-01 in the proleptic Gregorian calendar), not on `Date` instants:
 * date-fns' `addDays` on a local `Date` skips 2011-12-30 when the machine is in Pacific/Apia
 * (that zone skipped the day), which the library's time-zone test caught. date-fns still answers
 * month lengths, on local-noon dates where no zone can shift the day.
 *
 * @module
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import * as z from 'zod';
import { ownStrictObject, ownValue, safeParseOwn } from './validate';
import { fail, showValue } from './errors';

declare const yearMonthBrand: unique symbol;
declare const calendarDateBrand: unique symbol;

/** A contribution month (*bulan iuran*) as ISO text `YYYY-MM`, e.g. `"2026-03"`. */
export type YearMonth = string & { readonly [yearMonthBrand]: true };

/** A calendar date as ISO text `YYYY-MM-DD`, e.g. `"2019-12-02"`. */
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

/** An inclusive range of contribution months. */
export interface MonthRange {
  /** First month of the range. */
  readonly from: YearMonth;
  /** Last month of the range (inclusive). */
  readonly to: YearMonth;
}

/** Earliest year the library accepts (a guard against typos such as `0026`). */
export const MIN_YEAR = 1900;
/** Latest year the library accepts. */
export const MAX_YEAR = 2199;
/** The longest month range a single call accepts (50 years). */
export const MAX_RANGE_MONTHS = 600;

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why `text` is not a valid year-month, or `undefined` if it is. @internal */
export function yearMonthProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return `Expected a month as text "YYYY-MM", got ${text === null ? 'null' : typeof text}`;
  const match = YEAR_MONTH.exec(text);
  if (match === null) return `Expected a month as "YYYY-MM" (e.g. "2026-01"), got ${showValue(text)}`;
  return monthPartProblem(match[1]!, match[2]!, text);
}

/** Why a year and month (as digits) are not a valid month, naming `text` they came from. */
function monthPartProblem(yearDigits: string, monthDigits: string, text: string): string | undefined {
  const year = Number(yearDigits);
  const month = Number(monthDigits);
  if (month < 1 || month > 12) return `Month ${monthDigits} does not exist in "${text}"`;
  if (year < MIN_YEAR || year > MAX_YEAR) return `Year ${year} is outside ${MIN_YEAR}-${MAX_YEAR} in "${text}"`;
  return undefined;
}

/** Why `text` is not a valid calendar date, or `undefined` if it is. @internal */
export function calendarDateProblem(text: unknown): string | undefined {
  if (typeof text !== 'string') return `Expected a date as text "YYYY-MM-DD", got ${text === null ? 'null' : typeof text}`;
  const match = DATE.exec(text);
  if (match === null) return `Expected a date as "YYYY-MM-DD" (e.g. "2026-01-31"), got ${showValue(text)}`;
  // The text matched the pattern: it is 10 characters, safe to quote whole.
  const problem = monthPartProblem(match[1]!, match[2]!, text);
  if (problem !== undefined) return problem;
  const day = Number(match[3]);
  const days = daysInMonth(Number(match[1]), Number(match[2]));
  if (day < 1 || day > days) return `Day ${match[3]} does not exist in ${match[1]}-${match[2]} (which has ${days} days): "${text}"`;
  return undefined;
}

/**
 * Validate and brand a contribution month.
 *
 * @example
 * ```ts
 * import { yearMonth } from 'jamsostek';
 * const month = yearMonth('2026-03'); // '2026-03'
 * // yearMonth('2026-13') throws JamsostekError { code: 'invalid_input' }
 * ```
 */
export function yearMonth(text: string): YearMonth {
  const problem = yearMonthProblem(text);
  if (problem !== undefined) fail({ code: 'invalid_input', path: ['text'], message: problem, reason: 'invalid_year_month' });
  return text as YearMonth;
}

/**
 * Validate and brand a calendar date.
 *
 * @example
 * ```ts
 * import { calendarDate } from 'jamsostek';
 * calendarDate('2024-02-29'); // '2024-02-29'
 * // calendarDate('2025-02-29') throws: 2025 is not a leap year
 * ```
 */
export function calendarDate(text: string): CalendarDate {
  const problem = calendarDateProblem(text);
  if (problem !== undefined) fail({ code: 'invalid_input', path: ['text'], message: problem, reason: 'invalid_date' });
  return text as CalendarDate;
}

/** Schema of a contribution month `YYYY-MM`. */
export const YearMonthSchema = z.string().check((ctx) => {
  const problem = yearMonthProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
}) as unknown as z.ZodType<YearMonth, string>;

/** Schema of a calendar date `YYYY-MM-DD`. */
export const CalendarDateSchema = z.string().check((ctx) => {
  const problem = calendarDateProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
}) as unknown as z.ZodType<CalendarDate, string>;

/** Schema of a month range: `from` ≤ `to`, at most {@link MAX_RANGE_MONTHS} months. */
export const MonthRangeSchema = ownStrictObject({ from: YearMonthSchema, to: YearMonthSchema })
  .check((ctx) => {
    const { from, to } = ctx.value;
    const length = monthIndex(to) - monthIndex(from) + 1;
    if (length < 1) {
      ctx.issues.push({ code: 'custom', message: `The range starts (${from}) after it ends (${to})`, input: ctx.value, path: ['to'] });
    } else if (length > MAX_RANGE_MONTHS) {
      ctx.issues.push({ code: 'custom', message: `The range has ${length} months; at most ${MAX_RANGE_MONTHS} are accepted`, input: ctx.value, path: ['to'] });
    }
  }) as unknown as z.ZodType<MonthRange, { from: string; to: string }>;

// ---------------------------------------------------------------------------------------------
// Month arithmetic (integers: month index = year × 12 + month − 1)

/** The month index of a year-month (year × 12 + month − 1). @internal */
export function monthIndex(month: string): number {
  return (
    ((month.charCodeAt(0) - 48) * 1000 + (month.charCodeAt(1) - 48) * 100 + (month.charCodeAt(2) - 48) * 10 + (month.charCodeAt(3) - 48)) * 12 +
    (month.charCodeAt(5) - 48) * 10 +
    (month.charCodeAt(6) - 48) -
    1
  );
}

/** The year-month of a month index. @internal */
export function fromMonthIndex(index: number): YearMonth {
  const year = (index - (index % 12)) / 12;
  const month = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}` as YearMonth;
}

/** Year and month number (1–12) of a year-month. @internal */
export function yearAndMonth(month: string): { year: number; month: number } {
  const index = monthIndex(month);
  return { year: (index - (index % 12)) / 12, month: (index % 12) + 1 };
}

/**
 * The month `count` months after `month` (negative counts go back).
 *
 * @example
 * ```ts
 * import { addMonths, yearMonth } from 'jamsostek';
 * addMonths(yearMonth('2026-12'), 3); // '2027-03'
 * ```
 */
export function addMonths(month: YearMonth, count: number): YearMonth {
  const problem = yearMonthProblem(month);
  if (problem !== undefined) fail({ code: 'invalid_input', path: ['month'], message: problem, reason: 'invalid_year_month' });
  if (!Number.isSafeInteger(count)) fail({ code: 'invalid_input', path: ['count'], message: `Expected a whole number of months, got ${showValue(count)}`, reason: 'not_integer' });
  const result = fromMonthIndex(monthIndex(month) + count);
  // A valid month plus a safe integer count is valid exactly when it stays in MIN_YEAR-MAX_YEAR.
  if (yearMonthProblem(result) !== undefined) {
    fail({ code: 'invalid_input', path: ['count'], message: `${month} + ${count} months leaves the years ${MIN_YEAR}-${MAX_YEAR}`, reason: 'too_big' });
  }
  return result;
}

/**
 * Number of months from `from` to `to` (`to − from`; negative if `to` is earlier).
 *
 * @example
 * ```ts
 * import { monthsBetween, yearMonth } from 'jamsostek';
 * monthsBetween(yearMonth('2026-01'), yearMonth('2026-12')); // 11
 * ```
 */
export function monthsBetween(from: YearMonth, to: YearMonth): number {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    const problem = yearMonthProblem(value);
    if (problem !== undefined) fail({ code: 'invalid_input', path: [name], message: problem, reason: 'invalid_year_month' });
  }
  return monthIndex(to) - monthIndex(from);
}

/**
 * Validate a month range and return it ({@link MonthRangeSchema}).
 *
 * @example
 * ```ts
 * import { monthRange } from 'jamsostek';
 * const year2026 = monthRange('2026-01', '2026-12');
 * ```
 */
export function monthRange(from: string, to: string): MonthRange {
  const result = safeParseOwn(MonthRangeSchema, { from, to });
  if (!result.success) {
    const issue = result.error.issues[0]!; // a failed zod parse has at least one issue
    fail({ code: 'invalid_input', path: issue.path.map(String), message: issue.message, reason: issue.code });
  }
  return result.data;
}

/**
 * Every month of a period, in order.
 *
 * @example
 * ```ts
 * import { monthsIn, monthRange } from 'jamsostek';
 * monthsIn(monthRange('2026-11', '2027-02')); // ['2026-11', '2026-12', '2027-01', '2027-02']
 * ```
 */
export function monthsIn(period: MonthRange): YearMonth[] {
  const checked = parsePeriod(period);
  const start = monthIndex(checked.from);
  const end = monthIndex(checked.to);
  const months: YearMonth[] = [];
  for (let i = start; i <= end; i++) months.push(fromMonthIndex(i));
  return months;
}

/**
 * True when `month` lies in `period` (both ends inclusive).
 *
 * @example
 * ```ts
 * import { isMonthInRange, monthRange, yearMonth } from 'jamsostek';
 * isMonthInRange(yearMonth('2026-02'), monthRange('2026-01', '2026-03')); // true
 * ```
 */
export function isMonthInRange(month: YearMonth, period: MonthRange): boolean {
  const problem = yearMonthProblem(month);
  if (problem !== undefined) fail({ code: 'invalid_input', path: ['month'], message: problem, reason: 'invalid_year_month' });
  const checked = parsePeriod(period);
  return month >= checked.from && month <= checked.to;
}

/** A period argument checked by {@link MonthRangeSchema}, or a typed error at `period`. */
function parsePeriod(period: unknown): MonthRange {
  const result = safeParseOwn(MonthRangeSchema, period, ['period']);
  if (!result.success) {
    const issue = result.error.issues[0]!; // a failed zod parse has at least one issue
    fail({ code: 'invalid_input', path: ['period', ...issue.path.map(String)], message: issue.message, reason: issue.code });
  }
  return result.data;
}

// ---------------------------------------------------------------------------------------------
// Dates

function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(localNoon(year, month, 1));
}

function localNoon(year: number, month: number, day: number): Date {
  // Noon local time: a daylight-saving shift (at most two hours, never at noon) cannot change the day.
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; H. Hinnant's algorithm). @internal */
export function epochDay(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = (y - (y % 400)) / 400;
  const yoe = y - era * 400;
  const doy = ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 | 0) + d - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (inverse of {@link epochDay}). @internal */
export function fromEpochDay(day: number): CalendarDate {
  const z = day + 719468;
  const era = (z - (z % 146097)) / 146097;
  const doe = z - era * 146097;
  const yoe = ((doe - ((doe / 1460) | 0) + ((doe / 36524) | 0) - ((doe / 146096) | 0)) / 365) | 0;
  const doy = doe - (365 * yoe + ((yoe / 4) | 0) - ((yoe / 100) | 0));
  const mp = ((5 * doy + 2) / 153) | 0;
  const d = doy - (((153 * mp + 2) / 5) | 0) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}` as CalendarDate;
}

function checkDate(value: string, name: string): void {
  const problem = calendarDateProblem(value);
  if (problem !== undefined) fail({ code: 'invalid_input', path: [name], message: problem, reason: 'invalid_date' });
}

/**
 * Number of days in a month.
 *
 * @example
 * ```ts
 * import { daysInYearMonth, yearMonth } from 'jamsostek';
 * daysInYearMonth(yearMonth('2024-02')); // 29
 * ```
 */
export function daysInYearMonth(month: YearMonth): number {
  const problem = yearMonthProblem(month);
  if (problem !== undefined) fail({ code: 'invalid_input', path: ['month'], message: problem, reason: 'invalid_year_month' });
  const { year, month: m } = yearAndMonth(month);
  return daysInMonth(year, m);
}

/**
 * What to do when a day of the month does not exist in a given month (e.g. the 30th of
 * February): `reject` (a typed `undefined_by_law` error) or `clamp_to_month_end` (the last day).
 */
export type DayOverflow = 'reject' | 'clamp_to_month_end';

/** Options of {@link dateInMonth}. */
export interface DateInMonthOptions {
  /** What to do when the month is too short for the day. Required: the library never clamps silently. */
  readonly overflow: DayOverflow;
}

/**
 * The date with day `day` in `month`. When the month is too short, `options.overflow` decides:
 * `reject` throws a typed `undefined_by_law` error, `clamp_to_month_end` takes the last day of the
 * month. `overflow` is required and has no default: the library never clamps silently. Missing
 * or unknown options (checked on every call, whether or not the day exists) are a typed
 * `invalid_input` error at `['options', 'overflow']`.
 *
 * @example
 * ```ts
 * import { dateInMonth, yearMonth } from 'jamsostek';
 * dateInMonth(yearMonth('2021-02'), 30, { overflow: 'clamp_to_month_end' }); // '2021-02-28'
 * // dateInMonth(yearMonth('2021-02'), 30, { overflow: 'reject' }) throws JamsostekError { code: 'undefined_by_law' }
 * ```
 */
export function dateInMonth(month: YearMonth, day: number, options: DateInMonthOptions): CalendarDate {
  const days = daysInYearMonth(month);
  if (!Number.isInteger(day) || day < 1 || day > 31) {
    fail({ code: 'invalid_input', path: ['day'], message: `Expected a day of the month from 1 to 31, got ${showValue(day)}`, reason: 'too_big' });
  }
  const overflow = overflowOf(options);
  let actual = day;
  if (day > days) {
    if (overflow === 'reject') fail({ code: 'undefined_by_law', path: ['day'], message: `Day ${day} does not exist in ${month}` });
    actual = days;
  }
  return dateWithDay(month, actual);
}

/** The date of a valid day of a valid month (no checks). @internal */
export function dateWithDay(month: YearMonth, day: number): CalendarDate {
  return `${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
}

/** The `overflow` of a caller's options (own key only), or a typed error at `['options', 'overflow']`. */
function overflowOf(options: unknown): DayOverflow {
  const overflow = typeof options === 'object' && options !== null ? ownValue(options, 'overflow', ['options']) : undefined;
  if (overflow !== 'reject' && overflow !== 'clamp_to_month_end') {
    const message =
      typeof options === 'object' && options !== null
        ? `Expected overflow 'reject' or 'clamp_to_month_end' (required: the library never clamps silently), got ${showValue(overflow)}`
        : `Expected options { overflow: 'reject' | 'clamp_to_month_end' } (required: the library never clamps silently), got ${showValue(options)}`;
    fail({ code: 'invalid_input', path: ['options', 'overflow'], message, reason: 'invalid_value' });
  }
  return overflow;
}

/**
 * The month a date falls in.
 *
 * @example
 * ```ts
 * import { yearMonthOf, calendarDate } from 'jamsostek';
 * yearMonthOf(calendarDate('2026-02-10')); // '2026-02'
 * ```
 */
export function yearMonthOf(date: CalendarDate): YearMonth {
  checkDate(date, 'date');
  return date.slice(0, 7) as YearMonth;
}

/**
 * The first day of a month.
 *
 * @example
 * ```ts
 * import { firstDayOf, yearMonth } from 'jamsostek';
 * firstDayOf(yearMonth('2026-02')); // '2026-02-01'
 * ```
 */
export function firstDayOf(month: YearMonth): CalendarDate {
  return dateInMonth(month, 1, { overflow: 'reject' });
}

/**
 * The last day of a month.
 *
 * @example
 * ```ts
 * import { lastDayOf, yearMonth } from 'jamsostek';
 * lastDayOf(yearMonth('2024-02')); // '2024-02-29'
 * ```
 */
export function lastDayOf(month: YearMonth): CalendarDate {
  return dateInMonth(month, daysInYearMonth(month), { overflow: 'reject' });
}

/**
 * The date `count` days after `date` (negative counts go back).
 *
 * @example
 * ```ts
 * import { addDays, calendarDate } from 'jamsostek';
 * addDays(calendarDate('2024-02-28'), 2); // '2024-03-01'
 * ```
 */
export function addDays(date: CalendarDate, count: number): CalendarDate {
  checkDate(date, 'date');
  if (!Number.isSafeInteger(count) || Math.abs(count) > 200_000) fail({ code: 'invalid_input', path: ['count'], message: `Expected a whole number of days within ±200000, got ${showValue(count)}`, reason: 'custom' });
  const result = fromEpochDay(epochDay(date) + count);
  checkDate(result, 'count');
  return result;
}

/**
 * Calendar days from `from` to `to` (`to − from`).
 *
 * @example
 * ```ts
 * import { daysBetween, calendarDate } from 'jamsostek';
 * daysBetween(calendarDate('2026-03-15'), calendarDate('2026-04-15')); // 31
 * ```
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  checkDate(from, 'from');
  checkDate(to, 'to');
  return epochDay(to) - epochDay(from);
}

/**
 * Age in whole years on a date. Someone born on 29 February becomes a year older on 1 March in
 * years without one (the anniversary has not happened on 28 February).
 *
 * @example
 * ```ts
 * import { ageOn, calendarDate } from 'jamsostek';
 * ageOn(calendarDate('1961-06-15'), calendarDate('2026-06-14')); // 64
 * ageOn(calendarDate('1961-06-15'), calendarDate('2026-06-15')); // 65
 * ```
 */
export function ageOn(birthDate: CalendarDate, date: CalendarDate): number {
  checkDate(birthDate, 'birthDate');
  checkDate(date, 'date');
  if (date < birthDate) fail({ code: 'invalid_input', path: ['date'], message: `The date ${date} is before the birth date ${birthDate}`, reason: 'too_small' });
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * Compare two ISO calendar values of the same kind: negative if `a` is earlier, 0 if equal.
 *
 * @example
 * ```ts
 * import { compareCalendar } from 'jamsostek';
 * ['2026-03', '2025-12'].sort(compareCalendar); // ['2025-12', '2026-03']
 * ```
 */
export function compareCalendar(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') {
    fail({ code: 'invalid_input', path: [typeof a !== 'string' ? 'a' : 'b'], message: `Expected two months or dates as text, got ${showValue(a)} and ${showValue(b)}`, reason: 'invalid_type' });
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
