/**
 * Months of delay (*bulan keterlambatan*) between a due date and a payment date.
 *
 * @module
 * @internal
 */
import { addMonths, dateInMonth, monthIndex, yearMonthOf, type CalendarDate } from '../core/calendar';

/**
 * The date `k` months after `due`, on the same day of the month (the last day when the month is
 * shorter). @internal
 */
export function monthsAfter(due: CalendarDate, k: number): CalendarDate {
  return dateInMonth(addMonths(yearMonthOf(due), k), Number(due.slice(8, 10)), { overflow: 'clamp_to_month_end' });
}

/**
 * Started months of delay: the least n ≥ 1 with `paid` ≤ `due` + n months; 0 when paid on or
 * before the due date. Due 15 February: paid 16 February → 1; 15 April → 2; 16 April → 3.
 * @internal
 */
export function startedMonthsLate(due: CalendarDate, paid: CalendarDate): number {
  if (paid <= due) return 0;
  const k = monthIndex(yearMonthOf(paid)) - monthIndex(yearMonthOf(due));
  // k ≥ 0 because paid > due; in the due month itself (k = 0) paid > due + 0 months, so the result is ≥ 1.
  return paid <= monthsAfter(due, k) ? k : k + 1;
}

/** Completed months of delay: the greatest n with `due` + n months ≤ `paid`. @internal */
export function completedMonthsLate(due: CalendarDate, paid: CalendarDate): number {
  if (paid <= due) return 0;
  const k = monthIndex(yearMonthOf(paid)) - monthIndex(yearMonthOf(due));
  return monthsAfter(due, k) <= paid ? k : k - 1;
}
