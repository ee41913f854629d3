import fc from 'fast-check';
import * as lib from '../../../src/index';
import { hostileAmount, hostileAmountText, hostileDate, hostileMonth, hostileNumber, hostileRange, junk, lawMonth, validDate, validMonth } from '../arbitraries';
import { spec, type FuzzSpec } from '../harness';

const rounding: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ mode: fc.constantFrom('half_up', 'half_even', 'half_down', 'down', 'up'), step: fc.constantFrom(1, 100, 1000) }),
  fc.record({ mode: fc.constantFrom('half_up', 'nearest', '__proto__'), step: hostileNumber }),
  junk,
);
const count = fc.oneof(fc.integer({ min: -1200, max: 1200 }), hostileNumber, junk);
const percentText = fc.oneof(fc.constantFrom('0.24', '0.445', '100', '3.7', '0', '0.00000001', '999999.99999999', '1234567', '-1', '1e-3', '0,5', '5 %', ''), fc.double({ min: 0, max: 1000, noNaN: true }).map(String), junk);

/** Issues as a caller might hand them to the error's constructor: well formed, half formed, junk. */
const issueLike: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ code: fc.constantFrom('invalid_input', 'undefined_by_law', 'nope'), path: fc.oneof(fc.array(fc.oneof(fc.string(), fc.integer())), junk), message: fc.oneof(fc.string(), fc.constant('x'.repeat(5000)), junk) }, { requiredKeys: [] }),
  junk,
);

/** Entry points of src/core. */
export const coreSpecs: readonly FuzzSpec[] = [
  // regression #13.9: the constructor never throws, whatever it is given.
  { name: 'JamsostekError', call: ([issues]) => new lib.JamsostekError(issues as never), args: fc.tuple(fc.oneof(junk, fc.array(issueLike, { maxLength: 4 }))) },
  spec('isJamsostekError', lib.isJamsostekError, fc.tuple(junk)),
  spec('rupiah', lib.rupiah, fc.tuple(fc.oneof(hostileNumber, junk))),
  spec('percent', lib.percent, fc.tuple(percentText)),
  spec('roundRupiah', lib.roundRupiah, fc.oneof(fc.tuple(fc.oneof(hostileAmount, hostileAmountText, junk, fc.constantFrom('-3001.5', '3001.5', '0.5', '-0.5', '12345678901234567890.5', `1.${'5'.repeat(5000)}`))), fc.tuple(hostileAmount, rounding))),
  spec('sumRupiah', lib.sumRupiah, fc.tuple(fc.oneof(fc.array(fc.integer({ min: -1e12, max: 1e12 })), fc.array(hostileNumber), fc.constantFrom([Number.MAX_SAFE_INTEGER, 1], 'abc', new Set([1, 2])), junk))),
  spec('formatRupiah', lib.formatRupiah, fc.tuple(fc.oneof(hostileAmount, fc.integer(), junk))),
  spec('yearMonth', lib.yearMonth, fc.tuple(hostileMonth)),
  spec('calendarDate', lib.calendarDate, fc.tuple(hostileDate)),
  spec('addMonths', lib.addMonths, fc.tuple(hostileMonth, count)),
  spec('monthsBetween', lib.monthsBetween, fc.tuple(hostileMonth, hostileMonth)),
  spec('monthRange', lib.monthRange, fc.oneof(fc.tuple(hostileMonth, hostileMonth), hostileRange.map((r) => [(r as { from?: unknown } | null)?.from, (r as { to?: unknown } | null)?.to]))),
  spec('monthsIn', lib.monthsIn, fc.tuple(hostileRange)),
  spec('isMonthInRange', lib.isMonthInRange, fc.tuple(hostileMonth, hostileRange)),
  spec('daysInYearMonth', lib.daysInYearMonth, fc.tuple(hostileMonth), { nonNegative: true }),
  spec('dateInMonth', lib.dateInMonth, fc.tuple(hostileMonth, fc.oneof(fc.integer({ min: -2, max: 33 }), hostileNumber), fc.oneof(fc.constantFrom('reject', undefined, null), fc.record({ overflow: fc.constantFrom('reject', 'clamp_to_month_end', 'clampToMonthEnd', 'other', undefined, null) }), junk))),
  spec('yearMonthOf', lib.yearMonthOf, fc.tuple(hostileDate)),
  spec('firstDayOf', lib.firstDayOf, fc.tuple(hostileMonth)),
  spec('lastDayOf', lib.lastDayOf, fc.tuple(hostileMonth)),
  spec('addDays', lib.addDays, fc.tuple(hostileDate, fc.oneof(fc.integer({ min: -40_000, max: 40_000 }), hostileNumber, junk))),
  spec('daysBetween', lib.daysBetween, fc.tuple(hostileDate, hostileDate)),
  spec('ageOn', lib.ageOn, fc.tuple(fc.oneof(validDate, hostileDate), fc.oneof(validDate, hostileDate)), { nonNegative: true }),
  spec('compareCalendar', lib.compareCalendar, fc.tuple(fc.oneof(hostileMonth, hostileDate, junk), fc.oneof(hostileMonth, hostileDate, junk))),
];

export { lawMonth, validMonth };
