/**
 * The JP minimum and maximum monthly benefit (*manfaat pensiun paling sedikit / paling banyak*) on
 * a retirement date: the March letter in force; or, where the letter is not known, whether the
 * unknown limits can change the pension at all; or a projection the caller asked for.
 *
 * The rule for unknown limits (PP 45/2015 Art. 18(3), reading in `benefit.jp.benefitLimitIndexation`):
 * the limits are adjusted every March by the previous year's general inflation, which was positive
 * in every year since JP began, so they never decrease. The limits in force on a date without a
 * known letter therefore lie between the nearest known values around it: the minimum is at most
 * the next known minimum (a later letter, or a value derived by the round-up rule, the most a
 * letter can give), and the maximum at least the last known maximum. A pension between those two
 * numbers is inside the limits whatever the letter says, so it is answered without a projection;
 * below or above them the letter could change it, and the answer is a typed refusal. After the
 * last derived value no upper bound exists (the inflation is not yet published): a pension there
 * needs a projection.
 *
 * @module
 * @internal
 */
import { addDays, type CalendarDate } from '../../core/calendar';
import { Dec } from '../../core/decimal';
import { fail } from '../../core/errors';
import { formatRupiah, roundRupiahBy, type Rounding, type Rupiah } from '../../core/money';
import type { LegalStatus } from '../../law/citation';
import type { Projection } from '../../law/options';
import type { JpBenefitLimits } from '../../law/parameters/benefitsJhtJp';
import { coverageOf, findValue, type ParameterValue, type ResolvedValue } from '../../law/timeline';
import { addMonthsToDate } from '../amount';
import { jp as text } from '../messages';
import type { BenefitCondition } from '../result';
import type { LawTrail } from '../trail';

/** The JP benefit limits as they decided a monthly pension. */
export type JpAppliedLimits =
  /** The limits in force on the retirement date: a letter, or (with a projection) a derived or projected value. */
  | {
      readonly kind: 'in_force';
      readonly minimum: number;
      readonly maximum: number;
      /** `enacted` (a letter), `derived` (by the indexation rule from published inflation) or `projected`. */
      readonly status: LegalStatus;
      readonly from: string;
      readonly to: string | null;
    }
  /** No letter is known for the date, but the pension lies inside every limits the letter can set. */
  | {
      readonly kind: 'cannot_bind';
      /** The most the unknown minimum can be (the next known minimum). */
      readonly minimumAtMost: number;
      /** The least the unknown maximum can be (the last known maximum). */
      readonly maximumAtLeast: number;
    };

/** The monthly pension after the limits, how they were applied, and the condition that says so. @internal */
export interface LimitsDecision {
  readonly monthly: Rupiah;
  readonly limits: JpAppliedLimits;
  readonly condition: BenefitCondition;
  readonly projected: boolean;
}

type Limits = ResolvedValue<JpBenefitLimits>;
const DATE_PATH = ['input', 'retirementDate'] as const;

/** Keep the formula amount between the limits of `date` (see the module comment). @internal */
export function applyLimits(formula: Rupiah, date: CalendarDate, projection: Projection | undefined, trail: LawTrail): LimitsDecision {
  const published = findValue(trail.parameter('benefit.jp.benefitLimits'), date);
  if (published !== undefined) return inForce(formula, published, false, trail);
  const bounds = boundsAt(date, trail);
  if (isBounded(bounds) && formula >= bounds.upper.value.minimum && formula <= bounds.lower.value.maximum) {
    for (const v of [bounds.indexation, bounds.lower, bounds.upper]) trail.record(v);
    const limits = { kind: 'cannot_bind', minimumAtMost: bounds.upper.value.minimum, maximumAtLeast: bounds.lower.value.maximum } as const;
    const reason = text.limitsCannotBind(date, formula, limits.minimumAtMost, bounds.upper.from, limits.maximumAtLeast, bounds.lower.from);
    const citations = [...bounds.indexation.citations, ...bounds.lower.citations, ...bounds.upper.citations];
    return { monthly: formula, limits, condition: { id: 'jp.benefitLimits', met: true, decisive: false, text: reason, citations }, projected: false };
  }
  const projected = projection === undefined ? undefined : projectedAt(date, projection, trail);
  if (projected !== undefined) return inForce(formula, projected, true, trail);
  return refuse(formula, date, bounds, projection, trail);
}

function inForce(formula: Rupiah, value: Limits, projected: boolean, trail: LawTrail): LimitsDecision {
  trail.record(value);
  const l = value.value;
  const monthly = (formula < l.minimum ? l.minimum : formula > l.maximum ? l.maximum : formula) as Rupiah;
  const bound = monthly !== formula;
  const reason = bound ? text.limitsBind(formula, l.minimum, l.maximum, value.from, monthly, value.status) : text.limitsWithin(l.minimum, l.maximum, value.from, value.status);
  return {
    monthly,
    limits: { kind: 'in_force', minimum: l.minimum, maximum: l.maximum, status: value.status, from: value.from, to: value.to },
    condition: { id: 'jp.benefitLimits', met: true, decisive: bound, text: reason, citations: value.citations },
    projected,
  };
}

/** What the reading that the limits never decrease says about a date without a letter. */
interface Bounds {
  readonly indexation: ResolvedValue<unknown>;
  /** The last known letter before the date: its limits are the least the limits can be. */
  readonly lower: Limits | undefined;
  /** The next known value (a later letter, or a derived value covering or after the date): its limits are the most the limits can be. */
  readonly upper: Limits | undefined;
}

function isBounded(b: Bounds | undefined): b is Bounds & { readonly lower: Limits; readonly upper: Limits } {
  return b !== undefined && b.lower !== undefined && b.upper !== undefined;
}

function boundsAt(date: CalendarDate, trail: LawTrail): Bounds | undefined {
  const indexation = findValue(trail.parameter('benefit.jp.benefitLimitIndexation'), date);
  if (indexation === undefined || !indexation.value.limitsNeverDecrease) return undefined;
  const published = trail.parameter('benefit.jp.benefitLimits').values;
  const lower = published.filter((v) => v.to !== null && v.to < date).at(-1);
  const later = [...published.filter((v) => v.from > date), ...trail.parameter('benefit.jp.benefitLimitsDerived').values.filter((v) => v.to === null || v.to >= date)];
  const upper = later.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))[0];
  return { indexation, lower, upper };
}

/** Why unknown limits could change the pension, for the refusal's message. */
function whyTheyCouldBind(bounds: Bounds | undefined): string {
  const lower = bounds?.lower?.value;
  const upper = bounds?.upper?.value;
  if (lower === undefined) return 'the limits could bind it';
  if (upper === undefined) return `the minimum in force is at least ${formatRupiah(lower.minimum)} with no known upper bound (the inflation it follows is not yet published), so the limits could bind it`;
  return `the minimum in force lies between ${formatRupiah(lower.minimum)} and ${formatRupiah(upper.minimum)} and the maximum between ${formatRupiah(lower.maximum)} and ${formatRupiah(upper.maximum)}, so the letter could change it`;
}

/**
 * The limits a projection gives after the last letter: the derived value of the date where one
 * exists (the indexation rule on published inflation); beyond it the last known (letter or derived)
 * value, carried forward or indexed each March by the assumed growth. Never in a past gap.
 */
function projectedAt(date: CalendarDate, projection: Projection, trail: LawTrail): Limits | undefined {
  const letters = trail.parameter('benefit.jp.benefitLimits').values;
  const last = letters[letters.length - 1]!;
  if (last.to === null || date <= last.to) return undefined;
  const derivedValues = trail.parameter('benefit.jp.benefitLimitsDerived').values;
  const derived = derivedValues.find((v) => v.from <= date && (v.to === null || date <= v.to));
  if (derived !== undefined) return derived;
  const base = [last, ...derivedValues].filter((v) => v.to !== null && v.to < date).reduce((a, b) => (b.to! > a.to! ? b : a));
  const from = addDays(base.to as CalendarDate, 1);
  if (projection.method === 'carry_forward') return projectedValue(base, base.value, from, null, `The ${base.from} limits carried forward beyond the last known value (ends ${base.to}). Not law.`);
  const indexation = findValue(trail.parameter('benefit.jp.benefitLimitIndexation'), date) ?? trail.parameter('benefit.jp.benefitLimitIndexation').values.at(-1)!;
  trail.record(indexation);
  const grow = (v: JpBenefitLimits): JpBenefitLimits => ({ minimum: indexed(v.minimum, projection.annualGrowthPercent, indexation.value.rounding), maximum: indexed(v.maximum, projection.annualGrowthPercent, indexation.value.rounding) });
  let value = grow(base.value);
  let start = from;
  for (let next = addMonthsToDate(from, 12); next <= date; next = addMonthsToDate(next, 12)) {
    value = grow(value);
    start = next;
  }
  const note = `The ${base.from} limits indexed by an assumed ${projection.annualGrowthPercent} % a year, ${indexation.value.rounding.mode} to Rp${indexation.value.rounding.step}. Not law.`;
  return projectedValue(base, value, start, addDays(addMonthsToDate(start, 12), -1), note);
}

function indexed(amount: number, growthPercent: string, rounding: Rounding): number {
  return roundRupiahBy(new Dec(amount).times(new Dec(growthPercent).div(100).plus(1)).toString(), rounding);
}

function projectedValue(base: Limits, value: JpBenefitLimits, from: string, to: string | null, note: string): Limits {
  const v: ParameterValue<JpBenefitLimits> = { parameter: 'benefit.jp.benefitLimits', projected: true, from, to, value, citations: base.citations, status: 'projected', confidence: 'L', source: 'projection', note };
  return Object.freeze(v);
}

function refuse(formula: Rupiah, date: CalendarDate, bounds: Bounds | undefined, projection: Projection | undefined, trail: LawTrail): never {
  const parameter = trail.parameter('benefit.jp.benefitLimits');
  const coverage = coverageOf(parameter);
  const last = parameter.values[parameter.values.length - 1]!;
  const future = last.to !== null && date > last.to;
  const why = whyTheyCouldBind(bounds);
  const advice = future && projection === undefined ? '; pass { projection: { method: "carry_forward" } } (or an indexed projection) for limits marked as projected, or add the letter with withOverlay' : '; add the letter\'s values with withOverlay';
  fail({
    code: 'parameter_not_in_force',
    path: [...DATE_PATH],
    message: `No JP benefit minimum/maximum is known for ${date} (the library stores only the March letters it has seen), and for a pension of ${formatRupiah(formula)} ${why}${advice}`,
    parameter: parameter.id,
    at: date,
    coverage,
  });
}
