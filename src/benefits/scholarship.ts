/**
 * `scholarshipEntitlement`: the children's education scholarship (*beasiswa pendidikan anak*) of
 * JKK and JKM, child by child and school year by school year.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, compareCalendar, type CalendarDate } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import { multiplyRupiah, sumRupiah, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { EducationLevel, ScholarshipRules } from '../law/parameters/benefitsJkkJkm';
import { scholarship as text } from './messages';
import { parseBenefitOptions, type BenefitOptions } from './options';
import { step, type BenefitCondition } from './result';
import { childResults } from './scholarship/children';
import { contributionCondition, maximumPerChild } from './scholarship/rules';
import { LawTrail, regimeOf } from './trail';

export type { ScholarshipSummary } from './scholarship/summary';

/** A child's schooling in the school year of the claim. */
export type ChildEducationInput =
  /** In school: the level and the year within it (1 = first year), in the school year of the claim. */
  | { readonly level: EducationLevel; readonly yearInLevel: number }
  /** Not yet in school: the school year (its starting calendar year) and level in which the child will start. */
  | { readonly notYetInSchool: true; readonly startsSchoolYear: number; readonly startLevel: 'TK' | 'SD' };

/** A child of the participant. */
export interface ScholarshipChildInput {
  /** A label for the results (optional). */
  readonly name?: string;
  /** Date of birth. */
  readonly birthDate: string;
  /** Married on the claim date. */
  readonly married: boolean;
  /** Working on the claim date. */
  readonly working: boolean;
  /** Schooling in the school year of the claim (required from 2019-12-02, when the scholarship is paid per level). */
  readonly education?: ChildEducationInput;
}

/** Input of {@link scholarshipEntitlement}. */
export interface ScholarshipInput {
  /** `JKK` (death or total permanent disability from a work accident) or `JKM` (other death). */
  readonly program: 'JKK' | 'JKM';
  /** Date of the insured event: the death, or the accident that caused total permanent disability. Decides the law. */
  readonly eventDate: string;
  /** Date the heirs (or the participant) claim. */
  readonly claimDate: string;
  /** The participant's contribution period in months (needed for JKM). */
  readonly contributionMonths?: number;
  /** The children, in the order the family chooses (the first eligible ones are selected). */
  readonly children: readonly ScholarshipChildInput[];
}

const LEVELS = ['TK', 'SD', 'SMP', 'SMA', 'higher'] as const;

/** Schema of a {@link ChildEducationInput}. @internal */
export const EducationSchema = /* @__PURE__ */ z.union([
  ownStrictObject({ level: z.enum(LEVELS), yearInLevel: z.number().int().min(1).max(20) }),
  ownStrictObject({ notYetInSchool: z.literal(true), startsSchoolYear: z.number().int().min(1900).max(2199), startLevel: z.enum(['TK', 'SD']) }),
]);

/** Schema of a {@link ScholarshipChildInput}. */
export const ScholarshipChildSchema = /* @__PURE__ */ ownStrictObject({
  name: z.string().min(1).max(100).optional(),
  birthDate: CalendarDateSchema,
  married: z.boolean(),
  working: z.boolean(),
  education: EducationSchema.optional(),
});

/** Schema of {@link ScholarshipInput}. */
export const ScholarshipInputSchema = /* @__PURE__ */ ownStrictObject({
  program: z.enum(['JKK', 'JKM']),
  eventDate: CalendarDateSchema,
  claimDate: CalendarDateSchema,
  contributionMonths: z.number().int().min(0).max(1200).optional(),
  children: z.array(ScholarshipChildSchema).min(1).max(20),
}).check((ctx) => {
  const v = ctx.value;
  if (v.claimDate < v.eventDate) ctx.issues.push({ code: 'custom', message: `The claim (${v.claimDate}) is before the event (${v.eventDate})`, input: v, path: ['claimDate'] });
  v.children.forEach((c, i) => {
    if (c.birthDate > v.claimDate) ctx.issues.push({ code: 'custom', message: `Child ${i + 1} is born (${c.birthDate}) after the claim date (${v.claimDate})`, input: v, path: ['children', i, 'birthDate'] });
  });
});

/** One yearly scholarship payment. */
export interface ScholarshipPayment {
  /** School year, e.g. `2025/2026` (the Indonesian school year runs from July to June). */
  readonly schoolYear: string;
  /** Level; `null` for the lump sum of the PP 44/2015 regime. */
  readonly level: EducationLevel | null;
  /** The year within the education level (1-based); `null` for the lump sum of the PP 44/2015 regime. */
  readonly yearInLevel: number | null;
  /** Amount. */
  readonly amount: Rupiah;
  /** When it is paid: the claim date for the claim's school year and earlier ones, otherwise 1 July. */
  readonly paymentDate: CalendarDate;
  /** True for a previous school year claimed together with the current one. */
  readonly arrears: boolean;
}

/** One child's outcome. */
export interface ScholarshipChildResult {
  /** Position in the input (0-based). */
  readonly index: number;
  /** The label given, if any. */
  readonly name?: string;
  /** `entitled`; `ineligible` (a condition fails); `not_selected` (more eligible children than the law covers). */
  readonly status: 'entitled' | 'ineligible' | 'not_selected';
  /** Why, in both languages (empty when entitled). */
  readonly reasons: readonly BilingualText[];
  /** Age on the claim date. */
  readonly ageOnClaim: number;
  /** Payments, in order. */
  readonly payments: readonly ScholarshipPayment[];
  /** Sum of the payments. */
  readonly total: Rupiah;
  /** School years lost because they lie more than the allowed number of years before the claim. */
  readonly lapsedSchoolYears: readonly string[];
}

/** The scholarship entitlement of a participant's children. */
export interface ScholarshipEntitlement {
  /** JKK or JKM. */
  readonly program: 'JKK' | 'JKM';
  /** The date of the insured event (death, or the accident behind a total permanent disability): it decided the law. */
  readonly eventDate: CalendarDate;
  /** The claim date. */
  readonly claimDate: CalendarDate;
  /** The regulation in force on the event date. */
  readonly regime: string;
  /** `yearly` (PP 82/2019) or `lump_sum` (PP 44/2015). */
  readonly kind: ScholarshipRules['kind'];
  /** Whether the participant's facts give the children a right to it at all. */
  readonly entitled: boolean;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** Per child. */
  readonly children: readonly ScholarshipChildResult[];
  /** Every payment of every child, ordered by date (then by child). */
  readonly schedule: readonly (ScholarshipPayment & { readonly child: number })[];
  /** Sum of all payments. */
  readonly total: Rupiah;
  /** The most one child can receive under the regime. */
  readonly maximumPerChild: Rupiah;
  /** The most the family can receive (all children the law covers). */
  readonly maximum: Rupiah;
  /** The steps, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

/**
 * The children's education scholarship (*beasiswa pendidikan anak*) of JKK and JKM: which
 * children qualify, and the schedule of payments as they advance through school. From
 * 2019-12-02 (PP 82/2019) at most two children receive a yearly amount for the level they attend
 * (TK and SD Rp1,500,000, SMP Rp2,000,000, SMA Rp3,000,000, higher education or training
 * Rp12,000,000), at most Rp87,000,000 a child; the child must be under 23, unmarried and not
 * working; up to 3 previous school years can be claimed together. Before (PP 44/2015) one child
 * received Rp12,000,000 once. JKM requires a contribution period (3 years from 2019-12-02); JKK
 * has none.
 *
 * Readings (documented in docs/benefits.md): the school year runs July to June; a child advances
 * one level-year per school year; age is checked at the start of each school year paid; the
 * first eligible children in the order given are selected.
 *
 * @example
 * ```ts
 * import { scholarshipEntitlement } from 'jamsostek';
 * const s = scholarshipEntitlement({
 *   program: 'JKM', eventDate: '2025-03-10', claimDate: '2025-04-01', contributionMonths: 36,
 *   children: [{ birthDate: '2020-01-15', married: false, working: false, education: { level: 'TK', yearInLevel: 1 } }],
 * });
 * console.log(s.total, s.maximum); // 87000000 174000000 (the family maximum: 2 children)
 * ```
 */
export function scholarshipEntitlement(input: ScholarshipInput, options?: BenefitOptions): ScholarshipEntitlement {
  const p = parseInput(ScholarshipInputSchema, input, ['input']);
  const o = parseBenefitOptions(options);
  const trail = new LawTrail(o.law, o.projection);
  const datePath = ['input', 'eventDate'];
  const rulesValue = trail.get('benefit.scholarship', p.eventDate, datePath);
  const rules = rulesValue.value;
  const contribution = contributionCondition({ program: p.program, eventDate: p.eventDate, datePath, contributionMonths: p.contributionMonths, inputPath: ['input'] }, trail);
  const children = childResults(p, rules, contribution, ['input']);
  // Built child by child, so the stable sort keeps the child order among payments of one date.
  const schedule = children.flatMap((c) => c.payments.map((x) => ({ ...x, child: c.index }))).sort((a, b) => compareCalendar(a.paymentDate, b.paymentDate));
  const total = sumRupiah(children.map((c) => c.total));
  const perChild = maximumPerChild(rules);
  const explanation = [
    step(text.regime(p.eventDate, regimeOf(rulesValue), p.claimDate), rulesValue.citations),
    step(contribution.text, contribution.citations),
    ...children.map((c) => {
      const who = c.name ?? `#${c.index + 1}`;
      return step(c.status === 'entitled' ? text.childPaid(who, c.payments.length, c.total) : text.childNothing(who, c.reasons), rulesValue.citations);
    }),
    step(text.summary(perChild, rules.maxChildren, total), rulesValue.citations),
  ];
  return {
    program: p.program,
    eventDate: p.eventDate,
    claimDate: p.claimDate,
    regime: regimeOf(rulesValue),
    kind: rules.kind,
    entitled: contribution.met,
    conditions: [contribution],
    children,
    schedule,
    total,
    maximumPerChild: perChild,
    maximum: contribution.met ? multiplyRupiah(perChild, rules.maxChildren) : (0 as Rupiah),
    explanation,
    lawUsed: trail.used(),
  };
}
