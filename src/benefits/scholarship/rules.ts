/**
 * The scholarship rules shared by `scholarshipEntitlement` and the scholarship line of JKK and JKM
 * results: school years, the most a child can receive, the JKM contribution condition.
 *
 * @module
 * @internal
 */
import { fail, type PathSegment } from '../../core/errors';
import { multiplyRupiah, sumRupiah, type Rupiah } from '../../core/money';
import type { ScholarshipRules } from '../../law/parameters/benefitsJkkJkm';
import { scholarship as text } from '../messages';
import { condition, type BenefitCondition } from '../result';
import type { LawTrail } from '../trail';

/** The Indonesian school year (its starting calendar year) a date falls in: July to June. @internal */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year : year - 1;
}

/** A school year as text: `2025/2026`. @internal */
export const schoolYearText = (year: number): string => `${year}/${year + 1}`;

/** The most one child can receive under a regime. @internal */
export function maximumPerChild(rules: ScholarshipRules): Rupiah {
  return rules.kind === 'lump_sum' ? (rules.amount as Rupiah) : sumRupiah(rules.levels.map((l) => multiplyRupiah(l.yearly, l.maxYears)));
}

/** Where a scholarship question reads its facts: the event date and the input object. @internal */
export interface ScholarshipFacts {
  /** `JKK` or `JKM`. */
  readonly program: 'JKK' | 'JKM';
  /** The date of the death or accident (decides the law). */
  readonly eventDate: string;
  /** The path of that date in the caller's input (for a date the law does not cover). */
  readonly datePath: readonly PathSegment[];
  /** The participant's contribution months (JKM), if given. */
  readonly contributionMonths: number | undefined;
  /** The path of the input object that holds `contributionMonths` (for a missing fact). */
  readonly inputPath: readonly PathSegment[];
}

/** The scholarship condition on the participant's contribution period (JKM only; JKK has none). @internal */
export function contributionCondition(facts: ScholarshipFacts, trail: LawTrail): BenefitCondition {
  if (facts.program === 'JKK') return { id: 'scholarship.noMinimumContribution', met: true, decisive: false, text: text.noMinimum, citations: [] };
  const min = trail.get('benefit.jkm.scholarshipMinContributionMonths', facts.eventDate, facts.datePath);
  const months = facts.contributionMonths;
  if (months === undefined) fail({ code: 'missing_fact', path: [...facts.inputPath, 'contributionMonths'], message: text.missingContribution(min.value), fact: 'contributionMonths' });
  const met = months >= min.value;
  return condition('jkm.scholarship.minContribution', met, text.contribution(months, min.value, met), min.citations);
}
