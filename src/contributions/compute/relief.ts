/**
 * Temporary relief measures (*relaksasi*, *keringanan*, *diskon iuran*) as they apply to one
 * participant in one month: PP 49/2020 (COVID-19, PU and BPU), PP 7/2025 (labour-intensive
 * industries, PU JKK) and PP 50/2025 (BPU JKK and JKM). Each decision is a note with its law.
 *
 * @module
 * @internal
 */
import { fail } from '../../core/errors';
import type { BilingualText } from '../../core/explain';
import type { Rate } from '../../core/money';
import { formatCitation } from '../../law/citation';
import type { Pp49Relief, Pp50Relief, Pp7Relief, FundingSource } from '../../law/parameters/relief';
import type { ParameterValue } from '../../law/timeline';
import type { LineRelief } from '../lines';
import { pp7Reasons, reliefTexts } from '../messages';
import { memo } from '../monthLaw';
import { FUNDING_SOURCES, type BpuParticipant, type PuParticipant } from '../participant';
import { noteOf, type Builder } from './builder';

/** A relief measure as it reduces a line: the factor (or reduced rate) and the line's relief record. @internal */
export interface ReliefFactor {
  readonly rate: Rate;
  readonly relief: Omit<LineRelief, 'normalAmount'>;
}

/**
 * Two relief measures that both reduce the same contribution in the same month. The baseline law
 * never has two in force at once (PP 49/2020 ended with iuran month 2021-01); an overlay can. The
 * regulations do not say whether they stack or which one prevails, so the library does not pick:
 * it fails with `rule_conflict` and the overlay's author ends one of them. @internal
 */
export function reliefConflict(b: Builder, rule: string, first: string, second: string): never {
  fail({
    code: 'rule_conflict',
    path: [...b.roots.law],
    message: `In iuran month ${b.m.month} both ${first} and ${second} reduce the same contribution; the law does not say whether they combine, so the library does not pick one: end one of them in your law overlay`,
    rule,
    sources: [first, second],
  });
}

/** PP 49/2020 in force this month (recorded as used), if it is. @internal */
export function pp49Of(b: Builder): ParameterValue<Pp49Relief> | undefined {
  const pp49 = b.m.values['relief.pp49_2020'];
  return pp49 === undefined ? undefined : b.use(pp49);
}

/** The PP 49/2020 factor of a line: the payable share of the normal contribution. @internal */
export function pp49Factor(pp49: ParameterValue<Pp49Relief>, payable: Rate): ReliefFactor {
  return { rate: payable, relief: { measure: pp49.parameter, payable: payable.percent, citations: pp49.citations } };
}

/** Why a PU employer does not meet PP 7/2025 (empty when it does). */
function pp7Unmet(facts: NonNullable<PuParticipant['laborIntensive']>, v: Pp7Relief): BilingualText[] {
  const reasons: BilingualText[] = [];
  if (!(v.industries as readonly string[]).includes(facts.industry)) reasons.push(pp7Reasons.industry(facts.industry, v.industries));
  if (facts.activeWorkers < v.minimumActiveWorkers) reasons.push(pp7Reasons.workers(facts.activeWorkers, v.minimumActiveWorkers));
  if (!facts.jkkPaidUpToRequiredMonth) reasons.push(pp7Reasons.paidUpTo(v.jkkPaidUpTo));
  return reasons;
}

/**
 * The PP 7/2025 JKK rate of a PU participant in the month, if the relief is in force and the
 * employer meets it (from the `laborIntensive` facts; without them it is not applied, and a note
 * says so). PP 49/2020 in force too is a `rule_conflict`. @internal
 */
export function pp7Relief(p: PuParticipant, b: Builder, pp49: ParameterValue<Pp49Relief> | undefined): ReliefFactor | undefined {
  const pp7 = b.m.values['relief.pp7_2025'];
  if (pp7 === undefined) return undefined;
  const facts = p.laborIntensive;
  if (facts === undefined) {
    b.notes.push(noteOf(reliefTexts.pp7NoFacts, pp7.citations));
    return undefined;
  }
  const reasons = pp7Unmet(facts, pp7.value);
  b.use(pp7);
  if (reasons.length > 0) {
    b.notes.push(noteOf(reliefTexts.pp7NotMet(reasons), pp7.citations));
    return undefined;
  }
  if (pp49 !== undefined) reliefConflict(b, 'pu.jkkRelief', pp49.parameter, pp7.parameter);
  const rate = pp7.value.rates[p.riskClass];
  b.notes.push(noteOf(reliefTexts.pp7Applied(rate.percent), pp7.citations));
  return { rate, relief: { measure: pp7.parameter, payable: rate.percent, citations: pp7.citations } };
}

/** The discount would apply unless the contributions are paid through an excluded budget: ask who pays. */
function missingFunder(b: Builder, payable: string, excluded: readonly FundingSource[]): never {
  fail({
    code: 'missing_fact',
    path: [...b.roots.participant, 'fundedBy'],
    message: `In iuran month ${b.m.month} the PP 50/2025 discount (JKK and JKM at ${payable} %) applies unless they are paid through ${excluded.map((s) => s.toUpperCase()).join(' or ')}: give fundedBy (${FUNDING_SOURCES.map((s) => `'${s}'`).join(', ')})`,
    fact: 'fundedBy',
  });
}

/** Whether the PP 50/2025 discount covers the participant's sector (a `missing_fact` error where it decides and is not given). */
function pp50CoversSector(p: BpuParticipant, b: Builder, pp50: ParameterValue<Pp50Relief>): boolean {
  const v = pp50.value;
  if (v.sectors.includes('transport') && v.sectors.includes('other')) return true;
  if (p.sector === undefined) {
    fail({
      code: 'missing_fact',
      path: [...b.roots.participant, 'sector'],
      message: `In iuran month ${b.m.month} the PP 50/2025 discount covers only the ${v.sectors.join(' and ')} sector: give sector ('transport' or 'other')`,
      fact: 'sector',
    });
  }
  if (v.sectors.includes(p.sector)) return true;
  b.notes.push(noteOf(reliefTexts.pp50Sector(p.sector, b.m.month), pp50.citations));
  return false;
}

/**
 * The PP 50/2025 discount for a BPU participant in the month, if it applies: not where every
 * funding source is excluded or the participant's is; where the sector or the funder decides and
 * is not given, a `missing_fact` error (the sector first: its answer may make the funder
 * irrelevant). Another measure in force (`otherRelief`) is a `rule_conflict`. @internal
 */
export function pp50Relief(p: BpuParticipant, b: Builder, otherRelief: string | undefined): ReliefFactor | undefined {
  const pp50 = b.m.values['relief.pp50_2025'];
  if (pp50 === undefined) return undefined;
  b.use(pp50);
  const v = pp50.value;
  const fundedBy = p.fundedBy;
  if (FUNDING_SOURCES.every((s) => v.excludedFunding.includes(s))) {
    b.notes.push(noteOf(reliefTexts.pp50AllExcluded, pp50.citations));
    return undefined;
  }
  if (fundedBy !== undefined && v.excludedFunding.includes(fundedBy)) {
    b.notes.push(memo(b.m, `note:pp50:excluded:${fundedBy}`, () => noteOf(reliefTexts.pp50Excluded(fundedBy.toUpperCase(), formatCitation(pp50.citations[0]!)), pp50.citations)));
    return undefined;
  }
  if (!pp50CoversSector(p, b, pp50)) return undefined;
  // Who pays decides only when some sources are excluded (every one excluded is handled above).
  if (fundedBy === undefined && v.excludedFunding.length > 0) missingFunder(b, v.payable.percent, v.excludedFunding);
  if (otherRelief !== undefined) reliefConflict(b, 'bpu.jkkJkmRelief', otherRelief, pp50.parameter);
  b.notes.push(memo(b.m, 'note:pp50:applied', () => noteOf(reliefTexts.pp50Applied(v.payable.percent), pp50.citations)));
  return { rate: v.payable, relief: { measure: pp50.parameter, payable: v.payable.percent, citations: pp50.citations } };
}
