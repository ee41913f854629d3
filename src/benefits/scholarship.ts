/**
 * `scholarshipEntitlement`: the children's education scholarship (*beasiswa pendidikan anak*) of
 * JKK and JKM, child by child and school year by school year.
 *
 * @module
 */
import * as z from 'zod';
import { ageOn, CalendarDateSchema, compareCalendar, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { formatRupiah, multiplyRupiah, sumRupiah, type Rupiah } from '../core/money';
import { hasOwn, ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import type { EducationLevel, ScholarshipLevel, ScholarshipRules } from '../law/parameters/benefitsJkkJkm';
import type { LawRegistry } from '../law/registry';
import { findValue } from '../law/timeline';
import { LawTrail, regimeOf, resolveBenefitOptions, type BenefitCondition, type BenefitOptions } from './result';

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
  /** Date of the death or of the accident that caused total permanent disability: decides the law. */
  readonly eventDate: string;
  /** Date the heirs claim. */
  readonly claimDate: string;
  /** The participant's contribution period in months (needed for JKM). */
  readonly contributionMonths?: number;
  /** The children, in the order the family chooses (the first eligible ones are selected). */
  readonly children: readonly ScholarshipChildInput[];
}

const LEVELS = ['TK', 'SD', 'SMP', 'SMA', 'higher'] as const;

const EducationSchema = z.union([
  ownStrictObject({ level: z.enum(LEVELS), yearInLevel: z.number().int().min(1).max(20) }),
  ownStrictObject({ notYetInSchool: z.literal(true), startsSchoolYear: z.number().int().min(1900).max(2199), startLevel: z.enum(['TK', 'SD']) }),
]);

/** Schema of a {@link ScholarshipChildInput}. */
export const ScholarshipChildSchema = ownStrictObject({
  name: z.string().min(1).max(100).optional(),
  birthDate: CalendarDateSchema,
  married: z.boolean(),
  working: z.boolean(),
  education: EducationSchema.optional(),
});

/** Schema of {@link ScholarshipInput}. */
export const ScholarshipInputSchema = ownStrictObject({
  program: z.enum(['JKK', 'JKM']),
  eventDate: CalendarDateSchema,
  claimDate: CalendarDateSchema,
  contributionMonths: z.number().int().min(0).max(1200).optional(),
  children: z.array(ScholarshipChildSchema).min(1).max(20),
})
  .check((ctx) => {
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
  /** Level and year within it; `null` for the lump sum of the PP 44/2015 regime. */
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
  /** `entitled`; `ineligible` (a condition fails); `notSelected` (more eligible children than the law covers). */
  readonly status: 'entitled' | 'ineligible' | 'notSelected';
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
  /** The event date that decided the law. */
  readonly eventDate: CalendarDate;
  /** The claim date. */
  readonly claimDate: CalendarDate;
  /** The regulation in force on the event date. */
  readonly regime: string;
  /** `yearly` (PP 82/2019) or `lumpSum` (PP 44/2015). */
  readonly kind: ScholarshipRules['kind'];
  /** Whether the participant's facts give the children a right to it at all. */
  readonly entitled: boolean;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** Per child. */
  readonly children: readonly ScholarshipChildResult[];
  /** Every payment of every child, ordered by date. */
  readonly schedule: readonly (ScholarshipPayment & { readonly child: number })[];
  /** Sum of all payments. */
  readonly total: Rupiah;
  /** The most one child can receive under the regime. */
  readonly maximumPerChild: Rupiah;
  /** The most the family can receive (all children the law covers). */
  readonly maximum: Rupiah;
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

/** The Indonesian school year (its starting calendar year) a date falls in: July to June. @internal */
export function schoolYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? year : year - 1;
}

const schoolYearText = (y: number): string => `${y}/${y + 1}`;

/** Most one child can receive under a regime. @internal */
export function maximumPerChild(rules: ScholarshipRules): Rupiah {
  return rules.kind === 'lumpSum' ? (rules.amount as Rupiah) : sumRupiah(rules.levels.map((l) => multiplyRupiah(l.yearly, l.maxYears)));
}

/** The scholarship condition on the participant's contribution period, for JKM. @internal */
export function contributionCondition(program: 'JKK' | 'JKM', eventDate: string, contributionMonths: number | undefined, trail: LawTrail, path: readonly (string | number)[]): BenefitCondition {
  if (program === 'JKK') {
    return {
      id: 'scholarship.noMinimumContribution',
      met: true,
      decisive: false,
      text: {
        id: 'JKK: beasiswa tanpa syarat masa iur minimal (PU maupun BPU).',
        en: 'JKK: the scholarship has no minimum contribution period (PU and BPU alike).',
      },
      citations: [],
    };
  }
  const min = trail.get('benefit.jkm.scholarshipMinContributionMonths', eventDate);
  if (contributionMonths === undefined) {
    fail({ code: 'missing_fact', path: [...path, 'contributionMonths'], message: `The JKM scholarship requires at least ${min.value} contribution months: give contributionMonths`, fact: 'contributionMonths' });
  }
  const met = contributionMonths >= min.value;
  return {
    id: 'jkm.scholarship.minContribution',
    met,
    decisive: !met,
    text: {
      id: `Masa iur ${contributionMonths} bulan ${met ? '≥' : '<'} ${min.value} bulan yang disyaratkan untuk beasiswa JKM${met ? '' : ': tidak ada beasiswa'}.`,
      en: `Contribution period ${contributionMonths} months ${met ? '≥' : '<'} the ${min.value} months the JKM scholarship requires${met ? '' : ': no scholarship'}.`,
    },
    citations: min.citations,
  };
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
  const o = resolveBenefitOptions(options);
  const trail = new LawTrail(o.law);
  return computeScholarship(p, trail, ['input']);
}

/** @internal */
export function computeScholarship(p: z.output<typeof ScholarshipInputSchema>, trail: LawTrail, path: readonly (string | number)[]): ScholarshipEntitlement {
  const rulesValue = trail.get('benefit.scholarship', p.eventDate);
  const rules = rulesValue.value;
  const condition = contributionCondition(p.program, p.eventDate, p.contributionMonths, trail, path);
  const conditions: BenefitCondition[] = [condition];
  const perChildMax = maximumPerChild(rules);
  const explanation: BilingualText[] = [
    {
      id: `Peristiwa ${p.eventDate}: berlaku ${regimeOf(rulesValue)}; klaim ${p.claimDate}.`,
      en: `Event on ${p.eventDate}: ${regimeOf(rulesValue)} applies; claim on ${p.claimDate}.`,
    },
    condition.text,
  ];
  let selected = 0;
  const children: ScholarshipChildResult[] = p.children.map((child, index) => {
    const age = ageOn(child.birthDate, p.claimDate);
    const reasons: BilingualText[] = [];
    if (!condition.met) reasons.push(condition.text);
    if (age >= rules.ageLimit) reasons.push({ id: `Anak berusia ${age} tahun pada tanggal klaim (batas: di bawah ${rules.ageLimit}).`, en: `The child is ${age} on the claim date (the limit: under ${rules.ageLimit}).` });
    if (child.married) reasons.push({ id: 'Anak sudah menikah.', en: 'The child is married.' });
    if (child.working) reasons.push({ id: 'Anak sudah bekerja.', en: 'The child is working.' });
    const base = { index, ...(child.name === undefined ? {} : { name: child.name }), ageOnClaim: age };
    if (reasons.length > 0) return { ...base, status: 'ineligible', reasons, payments: [], total: 0 as Rupiah, lapsedSchoolYears: [] };
    if (selected >= rules.maxChildren) {
      return {
        ...base,
        status: 'notSelected',
        reasons: [{ id: `Sudah ${rules.maxChildren} anak yang memenuhi syarat dipilih (urutan masukan).`, en: `${rules.maxChildren} eligible children already selected (input order).` }],
        payments: [],
        total: 0 as Rupiah,
        lapsedSchoolYears: [],
      };
    }
    selected++;
    if (rules.kind === 'lumpSum') {
      const payment: ScholarshipPayment = { schoolYear: schoolYearText(schoolYearOf(p.claimDate)), level: null, yearInLevel: null, amount: rules.amount as Rupiah, paymentDate: p.claimDate, arrears: false };
      return { ...base, status: 'entitled', reasons: [], payments: [payment], total: payment.amount, lapsedSchoolYears: [] };
    }
    if (child.education === undefined) {
      fail({ code: 'missing_fact', path: [...path, 'children', index, 'education'], message: 'From 2019-12-02 the scholarship is paid per level attended: give the child\'s education in the school year of the claim', fact: 'education' });
    }
    const plan = yearlyPayments(rules, child.education, child.birthDate, p.eventDate, p.claimDate, [...path, 'children', index, 'education']);
    return { ...base, status: 'entitled', reasons: [], payments: plan.payments, total: sumRupiah(plan.payments.map((x) => x.amount)), lapsedSchoolYears: plan.lapsed };
  });
  // Built child by child, so the stable sort keeps the child order among payments of one date.
  const schedule = children.flatMap((c) => c.payments.map((x) => ({ ...x, child: c.index }))).sort((a, b) => compareCalendar(a.paymentDate, b.paymentDate));
  const total = sumRupiah(children.map((c) => c.total));
  const maximum = condition.met ? multiplyRupiah(perChildMax, rules.maxChildren) : (0 as Rupiah);
  for (const c of children) {
    const who = c.name ?? `#${c.index + 1}`;
    explanation.push(
      c.status === 'entitled'
        ? { id: `Anak ${who}: ${c.payments.length} pembayaran, jumlah ${formatRupiah(c.total)}.`, en: `Child ${who}: ${c.payments.length} payments, total ${formatRupiah(c.total)}.` }
        : { id: `Anak ${who}: tidak menerima — ${c.reasons.map((r) => r.id).join(' ')}`, en: `Child ${who}: receives nothing — ${c.reasons.map((r) => r.en).join(' ')}` },
    );
  }
  explanation.push({
    id: `Maksimum per anak ${formatRupiah(perChildMax)}; paling banyak ${rules.maxChildren} anak; jumlah terjadwal ${formatRupiah(total)}.`,
    en: `Maximum per child ${formatRupiah(perChildMax)}; at most ${rules.maxChildren} children; total scheduled ${formatRupiah(total)}.`,
  });
  return {
    program: p.program,
    eventDate: p.eventDate,
    claimDate: p.claimDate,
    regime: regimeOf(rulesValue),
    kind: rules.kind,
    entitled: condition.met,
    conditions,
    children,
    schedule,
    total,
    maximumPerChild: perChildMax,
    maximum,
    explanation,
    lawUsed: trail.used(),
  };
}

function yearlyPayments(
  rules: Extract<ScholarshipRules, { kind: 'yearly' }>,
  education: z.output<typeof EducationSchema>,
  birthDate: CalendarDate,
  eventDate: CalendarDate,
  claimDate: CalendarDate,
  path: readonly (string | number)[],
): { payments: ScholarshipPayment[]; lapsed: string[] } {
  // The level-years in order: TK 1, TK 2, SD 1 … higher 5.
  const sequence: { level: ScholarshipLevel; year: number }[] = rules.levels.flatMap((level) => Array.from({ length: level.maxYears }, (_, i) => ({ level, year: i + 1 })));
  const offset = (level: EducationLevel): number => sequence.findIndex((s) => s.level.level === level);
  const claimYear = schoolYearOf(claimDate);
  let positionAtClaim: number;
  if (hasOwn(education, 'level')) {
    const levelRule = rules.levels.find((l) => l.level === education.level);
    if (levelRule === undefined) fail({ code: 'invalid_input', path: [...path, 'level'], message: `Level ${education.level} is not in the scholarship schedule`, reason: 'custom' });
    if (education.yearInLevel > levelRule.maxYears) {
      fail({ code: 'invalid_input', path: [...path, 'yearInLevel'], message: `Level ${education.level} has ${levelRule.maxYears} paid years; got year ${education.yearInLevel}`, reason: 'too_big' });
    }
    positionAtClaim = offset(education.level) + education.yearInLevel - 1;
  } else {
    if (education.startsSchoolYear < claimYear) {
      fail({ code: 'invalid_input', path: [...path, 'startsSchoolYear'], message: `A child not yet in school starts in the claim's school year (${claimYear}) or later; got ${education.startsSchoolYear}`, reason: 'too_small' });
    }
    positionAtClaim = offset(education.startLevel) - (education.startsSchoolYear - claimYear);
  }
  const eventYear = schoolYearOf(eventDate);
  const firstPayable = Math.max(eventYear, claimYear - rules.maxPreviousYears);
  const payments: ScholarshipPayment[] = [];
  const lapsed: string[] = [];
  for (let year = eventYear; ; year++) {
    const position = positionAtClaim + (year - claimYear);
    if (position >= sequence.length) break;
    if (position < 0) continue;
    const start = `${year}-07-01` as CalendarDate;
    if (start > birthDate && ageOn(birthDate, start) >= rules.ageLimit) break;
    if (year < firstPayable) {
      lapsed.push(schoolYearText(year));
      continue;
    }
    const step = sequence[position]!;
    payments.push({
      schoolYear: schoolYearText(year),
      level: step.level.level,
      yearInLevel: step.year,
      amount: step.level.yearly as Rupiah,
      paymentDate: year <= claimYear ? claimDate : start,
      arrears: year < claimYear,
    });
  }
  return { payments, lapsed };
}

/** The scholarship as it appears on a JKK or JKM result: the right and its maximum. */
export interface ScholarshipSummary {
  /** Whether the children have a right to the scholarship. */
  readonly entitled: boolean;
  /** The regime's scholarship kind, or `null` when the library has no scholarship rule for the date. */
  readonly kind: ScholarshipRules['kind'] | null;
  /** Children counted (the number given, limited to the law's maximum), or `null` if not given. */
  readonly children: number | null;
  /** The most one child can receive. */
  readonly maximumPerChild: Rupiah;
  /** The most the family can receive: per child × children (or × the law's maximum when the number is not given). */
  readonly maximum: Rupiah;
  /** Why, in both languages. */
  readonly note: BilingualText;
}

/** The scholarship line of a JKK or JKM result. @internal */
export function scholarshipSummary(
  program: 'JKK' | 'JKM',
  eventDate: string,
  contributionMonths: number | undefined,
  childrenCount: number | undefined,
  trail: LawTrail,
  law: LawRegistry,
  blockedBy: BilingualText | undefined,
  path: readonly (string | number)[],
): { summary: ScholarshipSummary; conditions: BenefitCondition[] } {
  const found = findValue(law.parameter('benefit.scholarship'), eventDate);
  if (found === undefined) {
    return {
      summary: {
        entitled: false,
        kind: null,
        children: childrenCount ?? null,
        maximumPerChild: 0 as Rupiah,
        maximum: 0 as Rupiah,
        note: { id: `Pustaka ini tidak memiliki aturan beasiswa untuk tanggal ${eventDate} (sebelum PP 44/2015); tidak dihitung.`, en: `The library has no scholarship rule for ${eventDate} (before PP 44/2015); none is computed.` },
      },
      conditions: [],
    };
  }
  trail.get('benefit.scholarship', eventDate);
  const rules = found.value;
  const perChild = maximumPerChild(rules);
  if (blockedBy !== undefined) {
    return { summary: { entitled: false, kind: rules.kind, children: childrenCount ?? null, maximumPerChild: perChild, maximum: 0 as Rupiah, note: blockedBy }, conditions: [] };
  }
  const condition = contributionCondition(program, eventDate, contributionMonths, trail, path);
  const counted = childrenCount === undefined ? null : Math.min(childrenCount, rules.maxChildren);
  const maximum = condition.met ? multiplyRupiah(perChild, counted ?? rules.maxChildren) : (0 as Rupiah);
  const note: BilingualText = !condition.met
    ? condition.text
    : counted === null
      ? { id: `Hingga ${formatRupiah(perChild)} per anak, paling banyak ${rules.maxChildren} anak (jumlah anak tidak diberikan).`, en: `Up to ${formatRupiah(perChild)} a child, at most ${rules.maxChildren} children (number of children not given).` }
      : { id: `Hingga ${formatRupiah(perChild)} × ${counted} anak = ${formatRupiah(maximum)}, dibayar ${rules.kind === 'yearly' ? 'setiap tahun sesuai jenjang' : 'sekaligus'}.`, en: `Up to ${formatRupiah(perChild)} × ${counted} children = ${formatRupiah(maximum)}, paid ${rules.kind === 'yearly' ? 'yearly by level attended' : 'at once'}.` };
  return { summary: { entitled: condition.met && counted !== 0, kind: rules.kind, children: counted, maximumPerChild: perChild, maximum, note }, conditions: [condition] };
}
