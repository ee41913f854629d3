/**
 * `jpBenefit`: the pension (*Jaminan Pensiun*) on a retirement date.
 *
 * @module
 */
import * as z from 'zod';
import { ageOn, CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { positiveSenSchema, senSchema, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { JpPensionRules } from '../law/parameters/benefitsJhtJp';
import { exactAmount, rp } from './amount';
import { applyLimits, type JpAppliedLimits } from './jp/limits';
import { retirementDateOf, type JpRetirementDate } from './jp/retirementDate';
import { jp as text } from './messages';
import { benefitOptionFields, resolveBenefitOptions, type BenefitOptions, type ResolvedBenefitOptions } from './options';
import { condition, step, type BenefitCondition } from './result';
import { LawTrail, regimeOf } from './trail';

export { jpRetirementDate } from './jp/retirementDate';
export type { JpRetirementDate } from './jp/retirementDate';
export type { JpAppliedLimits } from './jp/limits';

/** Input of {@link jpBenefit}. */
export interface JpInput {
  /**
   * The retirement date: the day the participant retires and the old-age pension starts (at the
   * earliest on reaching the retirement age, see {@link jpRetirementDate}; a participant still
   * working may retire up to 3 years later, PP 45/2015 Art. 15(4)). Decides the limits.
   */
  readonly retirementDate: string;
  /** Date of birth (checks that the retirement age is reached). */
  readonly birthDate: string;
  /** Contribution months (*masa iur*). */
  readonly contributionMonths: number;
  /** Average indexed monthly wage (*upah tertimbang*), as BPJS computes it. */
  readonly averageIndexedWage: AmountInput;
  /** Below 180 months: the balance of contributions plus returns, if known (reported as the lump sum). */
  readonly lumpSumBalance?: AmountInput;
  /** Survivors to show survivor pensions for (optional). */
  readonly survivors?: { readonly spouse: boolean; readonly childCount: number; readonly parents: boolean };
}

/** Options of {@link jpBenefit}: the law, a projection beyond the last known limits, the rounding. */
export type JpOptions = BenefitOptions;

/** Schema of {@link JpInput}. */
export const JpInputSchema = /* @__PURE__ */ ownStrictObject({
  retirementDate: CalendarDateSchema,
  birthDate: CalendarDateSchema,
  contributionMonths: z.number().int().min(0).max(1200),
  averageIndexedWage: positiveSenSchema.refine((s) => s <= 10_000_000_000_000, { message: 'A wage above Rp100,000,000,000 is not accepted' }),
  lumpSumBalance: senSchema.optional(),
  survivors: ownStrictObject({ spouse: z.boolean(), childCount: z.number().int().min(0).max(20), parents: z.boolean() }).optional(),
}).check((ctx) => {
  const v = ctx.value;
  if (v.birthDate >= v.retirementDate) ctx.issues.push({ code: 'custom', message: `The retirement date (${v.retirementDate}) must be after the birth date (${v.birthDate})`, input: v, path: ['retirementDate'] });
});

/** Schema of {@link JpOptions}. */
export const JpOptionsSchema = /* @__PURE__ */ ownStrictObject(benefitOptionFields).optional();

/** A survivor pension line. */
export interface SurvivorPension {
  /** Who receives it. */
  readonly survivor: 'spouse' | 'children' | 'parents';
  /** Share of the old-age pension, percent text. */
  readonly percent: string;
  /** Monthly amount. */
  readonly monthly: Rupiah;
}

/** What every JP result holds. */
interface JpResultBase {
  /** The programme: JP (*Jaminan Pensiun*). */
  readonly program: 'JP';
  /** The retirement date (from the input). */
  readonly retirementDate: CalendarDate;
  /** The regulation. */
  readonly regime: string;
  /** The earliest retirement date of the person (when the retirement age is reached). */
  readonly retirement: JpRetirementDate;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** Rounding of the monthly amounts. */
  readonly rounding: Rounding;
  /** The steps, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

/** No monthly pension: the retirement age is not reached (`not_yet_due`), or fewer than 180 months (`lump_sum`). */
export interface JpNoPension extends JpResultBase {
  /** `lump_sum`: fewer than 180 contribution months at retirement; `not_yet_due`: the pension age is not reached. */
  readonly kind: 'not_yet_due' | 'lump_sum';
  /** No pension formula applies. */
  readonly formulaAmount: null;
  /** No limits apply. */
  readonly limits: null;
  /** No monthly pension. */
  readonly monthlyPension: null;
  /** The lump sum (contributions + returns) when fewer than 180 months and the balance was given; otherwise null. */
  readonly lumpSum: Rupiah | null;
  /** No survivor pensions. */
  readonly survivorPensions: readonly [];
  /** Nothing is projected. */
  readonly projected: false;
}

/** A monthly old-age pension (≥ 180 contribution months). */
export interface JpMonthlyPension extends JpResultBase {
  /** A monthly pension (*manfaat pensiun hari tua*). */
  readonly kind: 'monthly_pension';
  /** 1 % × months / 12 × wage, before the limits. */
  readonly formulaAmount: Rupiah;
  /** The limits: in force on the date, or shown not to bind (`cannot_bind`) where the letter is not known. */
  readonly limits: JpAppliedLimits;
  /** The monthly old-age pension (*manfaat pensiun hari tua*). */
  readonly monthlyPension: Rupiah;
  /** No lump sum: the pension is monthly. */
  readonly lumpSum: null;
  /** Survivor pensions (paid in the order the law sets: spouse, then children, then parents of an unmarried participant). */
  readonly survivorPensions: readonly SurvivorPension[];
  /** True when the limits are a projection (derived or projected) the caller asked for. */
  readonly projected: boolean;
}

/** The JP benefit, narrowed by `kind`. */
export type JpBenefit = JpMonthlyPension | JpNoPension;

/**
 * The pension (*Jaminan Pensiun*, JP) on a retirement date: with at least 180 contribution months
 * a monthly old-age pension of 1 % × (months / 12) × the average indexed wage, kept between the
 * minimum and maximum of the March letter in force; with fewer, a lump sum of contributions plus
 * returns. Limits are stored only as published. For a date whose letter is not known, the pension
 * is still answered when the unknown limits provably cannot change it (they never decrease, so
 * they lie between the nearest known values; the explanation says so); otherwise the call fails
 * with `parameter_not_in_force` unless a `projection` is given, and the result then says
 * `projected`. Survivor pensions: spouse 50 %, children 50 %, parents 20 % (M).
 *
 * @example
 * ```ts
 * import { jpBenefit } from 'jamsostek';
 * const b = jpBenefit({ retirementDate: '2025-05-01', birthDate: '1966-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, childCount: 0, parents: false } });
 * console.log(b.monthlyPension, b.survivorPensions[0]?.monthly); // 1200000 600000
 * // 2026-06: no letter read yet, but 1,200,000 lies inside any limits the letter can set
 * console.log(jpBenefit({ retirementDate: '2026-06-01', birthDate: '1966-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000 }).limits?.kind); // 'cannot_bind'
 * ```
 */
export function jpBenefit(input: JpInput, options?: JpOptions): JpBenefit {
  const p = parseInput(JpInputSchema, input, ['input']);
  const o = resolveBenefitOptions(parseInput(JpOptionsSchema, options, ['options']));
  const trail = new LawTrail(o.law);
  const rules = trail.get('benefit.jp.rules', p.retirementDate, ['input', 'retirementDate']);
  const retirement = retirementDateOf(p.birthDate, trail);
  const ageReached = p.retirementDate >= retirement.date;
  const enough = p.contributionMonths >= rules.value.minMonthsForPension;
  const conditions = [
    condition('jp.retirementAge', ageReached, ageReached ? text.ageReached(retirement.age, retirement.date) : text.ageNotReached(ageOn(p.birthDate, p.retirementDate), p.retirementDate, retirement.date, retirement.age), retirement.citations),
    condition('jp.minimumContributionMonths', enough, text.contributionMonths(p.contributionMonths, rules.value.minMonthsForPension), rules.citations),
  ];
  const explanation = [step(text.regime(p.retirementDate, regimeOf(rules)), rules.citations)];
  const base = { program: 'JP', retirementDate: p.retirementDate, regime: regimeOf(rules), retirement, conditions, rounding: o.rounding, explanation } as const;
  const none = { formulaAmount: null, limits: null, monthlyPension: null, survivorPensions: [], projected: false } as const;
  if (!ageReached) return { ...base, ...none, kind: 'not_yet_due', lumpSum: null, lawUsed: trail.used() };
  if (!enough) {
    const lumpSum = p.lumpSumBalance === undefined ? null : exactAmount(p.lumpSumBalance, 1, [], o.rounding);
    explanation.push(step(text.lumpSum(lumpSum), rules.citations));
    return { ...base, ...none, kind: 'lump_sum', lumpSum, lawUsed: trail.used() };
  }
  return { ...base, ...monthlyPension(p, rules.value, rules.citations, o, trail, conditions, explanation), kind: 'monthly_pension', lumpSum: null, lawUsed: trail.used() };
}

type Parsed = z.output<typeof JpInputSchema>;

/** The monthly pension: formula, limits, survivor pensions; adds its condition and steps. */
function monthlyPension(p: Parsed, r: JpPensionRules, citations: ExplanationStep['citations'], o: ResolvedBenefitOptions, trail: LawTrail, conditions: BenefitCondition[], explanation: ExplanationStep[]) {
  const formula = exactAmount(p.averageIndexedWage, p.contributionMonths, [r.accrualRate], o.rounding, 12);
  explanation.push(step(text.formula(r.accrualRate.percent, p.contributionMonths, rp(p.averageIndexedWage), formula), citations));
  const decision = applyLimits(formula, p.retirementDate, o.projection, trail);
  conditions.push(decision.condition);
  if (decision.condition.decisive || decision.limits.kind === 'cannot_bind' || decision.projected) explanation.push(step(decision.condition.text, decision.condition.citations));
  const monthly = decision.monthly;
  const survivorPensions: SurvivorPension[] = [];
  if (p.survivors !== undefined) {
    const s = r.survivorShares;
    const line = (survivor: SurvivorPension['survivor'], share: typeof s.spouse): SurvivorPension => ({ survivor, percent: share.percent, monthly: exactAmount(monthly * 100, 1, [share], o.rounding) });
    if (p.survivors.spouse) survivorPensions.push(line('spouse', s.spouse));
    if (p.survivors.childCount > 0) survivorPensions.push(line('children', s.child));
    if (p.survivors.parents) survivorPensions.push(line('parents', s.parent));
    for (const x of survivorPensions) explanation.push(step(text.survivor(x.survivor, x.percent, monthly, x.monthly), citations));
  }
  explanation.push(step(text.monthly(monthly), decision.condition.citations));
  return { formulaAmount: formula, limits: decision.limits, monthlyPension: monthly, survivorPensions, projected: decision.projected };
}
