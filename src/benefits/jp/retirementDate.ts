/**
 * `jpRetirementDate`: the earliest date a person may retire on a JP old-age pension, the day
 * their age reaches the retirement age (*usia pensiun*) in force.
 *
 * @module
 */
import { CalendarDateSchema, type CalendarDate } from '../../core/calendar';
import { ownStrictObject, parseInput } from '../../core/validate';
import type { Citation } from '../../law/citation';
import { lawOptionFields, lawOptionsOf, type LawOptions } from '../../law/options';
import { findValue } from '../../law/timeline';
import { LawTrail } from '../trail';

/** The earliest retirement date of a person under JP. */
export interface JpRetirementDate {
  /** The first date on which the person's age reaches the retirement age in force on that date. */
  readonly date: CalendarDate;
  /** The retirement age in force on that date. */
  readonly age: number;
  /** Its legal basis. */
  readonly citations: readonly Citation[];
}

const OptionsSchema = /* @__PURE__ */ ownStrictObject(lawOptionFields).optional();

function anniversary(birthDate: string, years: number): CalendarDate {
  const year = Number(birthDate.slice(0, 4)) + years;
  const md = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // Born on 29 February: a year older on 1 March in years without one (as ageOn counts).
  return `${String(year).padStart(4, '0')}-${md === '02-29' && !leap ? '03-01' : md}` as CalendarDate;
}

/**
 * The earliest date a person may retire on a JP old-age pension: the first date on which their
 * age reaches the retirement age (*usia pensiun*) in force on that date (56 until 2018, 57 from
 * 2019, one more every three years, 65 from 2043). Reading (brief §12 item 18): the age in force
 * on the candidate date applies; once reached, the right is kept even if the age in force rises
 * later. A participant still working may retire later (up to 3 years, PP 45/2015 Art. 15(4)):
 * `jpBenefit` takes the actual retirement date.
 *
 * @example
 * ```ts
 * import { jpRetirementDate } from 'jamsostek';
 * console.log(jpRetirementDate('1969-03-01').date); // 2029-03-01 (at 59 in 2028 too young: the age in force is 60)
 * ```
 */
export function jpRetirementDate(birthDate: string, options?: LawOptions): JpRetirementDate {
  const birth = parseInput(CalendarDateSchema, birthDate, ['birthDate']);
  const o = lawOptionsOf(parseInput(OptionsSchema, options, ['options']) as LawOptions | undefined);
  return retirementDateOf(birth, new LawTrail(o.law));
}

/** {@link jpRetirementDate} on parsed input, recording the law read. @internal */
export function retirementDateOf(birth: CalendarDate, trail: LawTrail): JpRetirementDate {
  const parameter = trail.parameter('benefit.jp.retirementAge');
  // A parameter always has a value, and the series is continuous and open-ended (an overlay can
  // only add values), so the only dates it does not cover lie before its start: there (JP began
  // on 2015-07-01) the first retirement age is read as in force.
  const first = parameter.values[0]!;
  // The loop ends at the latest at the highest age of the series: no age in force is above it.
  for (let age = Math.min(...parameter.values.map((v) => v.value)); ; age++) {
    const candidate = anniversary(birth, age);
    const inForce = findValue(parameter, candidate) ?? first;
    if (age >= inForce.value) {
      trail.record(inForce);
      return { date: candidate, age: inForce.value, citations: inForce.citations };
    }
  }
}
