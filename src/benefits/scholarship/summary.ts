/**
 * The scholarship line of a JKK or JKM result: the right and its maximum.
 *
 * @module
 */
import type { BilingualText } from '../../core/explain';
import { multiplyRupiah, type Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import type { ScholarshipRules } from '../../law/parameters/benefitsJkkJkm';
import { findValue } from '../../law/timeline';
import { scholarship as text } from '../messages';
import type { BenefitCondition } from '../result';
import type { LawTrail } from '../trail';
import { contributionCondition, maximumPerChild, type ScholarshipFacts } from './rules';

/** The scholarship as it appears on a JKK or JKM result: the right and its maximum. */
export interface ScholarshipSummary {
  /** Whether the children have a right to the scholarship. */
  readonly entitled: boolean;
  /** The regime's scholarship kind, or `null` when the library has no scholarship rule for the date. */
  readonly kind: ScholarshipRules['kind'] | null;
  /** Children counted (the number given, limited to the law's maximum), or `null` if not given. */
  readonly childCount: number | null;
  /** The most one child can receive. */
  readonly maximumPerChild: Rupiah;
  /** The most the family can receive: per child × children (or × the law's maximum when the number is not given). */
  readonly maximum: Rupiah;
  /** Why, in both languages. */
  readonly note: BilingualText;
}

/** The summary, the conditions it checked, and the citations of its note. @internal */
export interface ScholarshipLine {
  readonly summary: ScholarshipSummary;
  readonly conditions: readonly BenefitCondition[];
  readonly citations: readonly Citation[];
}

/**
 * The scholarship line: nothing when the library has no rule for the date; no right when another
 * condition (`blockedBy`) already turned the benefit off; otherwise the right, limited by the JKM
 * contribution condition, for the number of children given (or the law's maximum). @internal
 */
export function scholarshipSummary(facts: ScholarshipFacts, childCount: number | undefined, blockedBy: BenefitCondition | undefined, trail: LawTrail): ScholarshipLine {
  const given = childCount ?? null;
  if (findValue(trail.parameter('benefit.scholarship'), facts.eventDate) === undefined) {
    return { summary: { entitled: false, kind: null, childCount: given, maximumPerChild: 0 as Rupiah, maximum: 0 as Rupiah, note: text.noRule(facts.eventDate) }, conditions: [], citations: [] };
  }
  const found = trail.get('benefit.scholarship', facts.eventDate, facts.datePath);
  const rules = found.value;
  const perChild = maximumPerChild(rules);
  if (blockedBy !== undefined) {
    return { summary: { entitled: false, kind: rules.kind, childCount: given, maximumPerChild: perChild, maximum: 0 as Rupiah, note: blockedBy.text }, conditions: [], citations: blockedBy.citations };
  }
  const contribution = contributionCondition(facts, trail);
  const counted = given === null ? null : Math.min(given, rules.maxChildren);
  const maximum = contribution.met ? multiplyRupiah(perChild, counted ?? rules.maxChildren) : (0 as Rupiah);
  const note = !contribution.met ? contribution.text : counted === null ? text.upToUnknown(perChild, rules.maxChildren) : text.upTo(perChild, counted, maximum, rules.kind === 'yearly');
  return {
    summary: { entitled: contribution.met && counted !== 0, kind: rules.kind, childCount: counted, maximumPerChild: perChild, maximum, note },
    conditions: [contribution],
    citations: contribution.met ? found.citations : contribution.citations,
  };
}
