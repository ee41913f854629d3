/**
 * Exact arithmetic of benefit amounts and dates.
 *
 * @module
 * @internal
 */
import { addMonths, dateInMonth, yearMonthOf, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import { divideRoundedBig, formatRupiah, senToDecimalString, type Rate, type Rounding, type Rupiah, type Sen } from '../core/money';

/** `sen × multiple × rates… / divisor` in rupiah, rounded once by `rounding`. Exact for any size (BigInt). @internal */
export function exactAmount(sen: Sen | number, multiple: number, rates: readonly Rate[], rounding: Rounding, divisor = 1): Rupiah {
  let numerator = BigInt(sen) * BigInt(multiple);
  let denominator = 100n * BigInt(rounding.step) * BigInt(divisor);
  for (const rate of rates) {
    numerator *= BigInt(rate.numerator);
    denominator *= BigInt(rate.denominator);
  }
  const value = divideRoundedBig(numerator, denominator, rounding.mode) * BigInt(rounding.step);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail({ code: 'amount_out_of_range', path: [], message: 'A benefit amount exceeds the exact range of the library' });
  return Number(value) as Rupiah;
}

/** Rupiah text of an amount in sen, for explanations. @internal */
export function rp(sen: Sen | number): string {
  return formatRupiah(senToDecimalString(sen));
}

/** The date `months` calendar months after `date`, clamped to the month's end (31 Jan + 1 → 28/29 Feb). @internal */
export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  return dateInMonth(addMonths(yearMonthOf(date), months), Number(date.slice(8, 10)), { overflow: 'clamp_to_month_end' });
}
