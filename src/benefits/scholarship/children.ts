/**
 * The scholarship child by child: who qualifies, who is selected, and the payments of each school
 * year as the child advances one level-year per school year.
 *
 * @module
 * @internal
 */
import type * as z from 'zod';
import { ageOn, type CalendarDate } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import { fail, type PathSegment } from '../../core/errors';
import { sumRupiah, type Rupiah } from '../../core/money';
import { hasOwn } from '../../core/validate';
import type { EducationLevel, ScholarshipLevel, ScholarshipRules } from '../../law/parameters/benefitsJkkJkm';
import { scholarship as text } from '../messages';
import type { BenefitCondition } from '../result';
import { schoolYearOf, schoolYearText } from './rules';
import type { EducationSchema, ScholarshipChildResult, ScholarshipInputSchema, ScholarshipPayment } from '../scholarship';

type Input = z.output<typeof ScholarshipInputSchema>;
type Child = Input['children'][number];
type YearlyRules = Extract<ScholarshipRules, { kind: 'yearly' }>;

/** Each child's outcome, in input order; the first eligible children up to the law's maximum are selected. @internal */
export function childResults(p: Input, rules: ScholarshipRules, contribution: BenefitCondition, path: readonly PathSegment[]): ScholarshipChildResult[] {
  let selected = 0;
  return p.children.map((child, index) => {
    const age = ageOn(child.birthDate, p.claimDate);
    const base = { index, ...(child.name === undefined ? {} : { name: child.name }), ageOnClaim: age };
    const none = { payments: [], total: 0 as Rupiah, lapsedSchoolYears: [] };
    const reasons = ineligibility(child, age, rules, contribution);
    if (reasons.length > 0) return { ...base, status: 'ineligible', reasons, ...none };
    if (selected >= rules.maxChildren) return { ...base, status: 'not_selected', reasons: [text.notSelected(rules.maxChildren)], ...none };
    selected++;
    const { payments, lapsed } = paymentsOf(p, child, rules, [...path, 'children', index, 'education']);
    return { ...base, status: 'entitled', reasons: [], payments, total: sumRupiah(payments.map((x) => x.amount)), lapsedSchoolYears: lapsed };
  });
}

function ineligibility(child: Child, age: number, rules: ScholarshipRules, contribution: BenefitCondition): BilingualText[] {
  const reasons: BilingualText[] = [];
  if (!contribution.met) reasons.push(contribution.text);
  if (age >= rules.ageLimit) reasons.push(text.tooOld(age, rules.ageLimit));
  if (child.married) reasons.push(text.married);
  if (child.working) reasons.push(text.working);
  return reasons;
}

function paymentsOf(p: Input, child: Child, rules: ScholarshipRules, path: readonly PathSegment[]): { payments: ScholarshipPayment[]; lapsed: string[] } {
  if (rules.kind === 'lump_sum') {
    return { payments: [{ schoolYear: schoolYearText(schoolYearOf(p.claimDate)), level: null, yearInLevel: null, amount: rules.amount as Rupiah, paymentDate: p.claimDate, arrears: false }], lapsed: [] };
  }
  if (child.education === undefined) fail({ code: 'missing_fact', path: [...path], message: text.missingEducation, fact: 'education' });
  return yearlyPayments(rules, child.education, child.birthDate, p.eventDate, p.claimDate, path);
}

/** The position (0-based) in the level-year sequence of the child in the claim's school year. */
function positionAtClaim(rules: YearlyRules, sequence: readonly { level: ScholarshipLevel }[], education: z.output<typeof EducationSchema>, claimYear: number, path: readonly PathSegment[]): number {
  const offset = (level: EducationLevel): number => sequence.findIndex((s) => s.level.level === level);
  if (hasOwn(education, 'level')) {
    const levelRule = rules.levels.find((l) => l.level === education.level);
    if (levelRule === undefined) fail({ code: 'invalid_input', path: [...path, 'level'], message: `Level ${education.level} is not in the scholarship schedule`, reason: 'custom' });
    if (education.yearInLevel > levelRule.maxYears) {
      fail({ code: 'invalid_input', path: [...path, 'yearInLevel'], message: `Level ${education.level} has ${levelRule.maxYears} paid years; got year ${education.yearInLevel}`, reason: 'too_big' });
    }
    return offset(education.level) + education.yearInLevel - 1;
  }
  if (education.startsSchoolYear < claimYear) {
    fail({ code: 'invalid_input', path: [...path, 'startsSchoolYear'], message: `A child not yet in school starts in the claim's school year (${claimYear}) or later; got ${education.startsSchoolYear}`, reason: 'too_small' });
  }
  return offset(education.startLevel) - (education.startsSchoolYear - claimYear);
}

function yearlyPayments(rules: YearlyRules, education: z.output<typeof EducationSchema>, birthDate: CalendarDate, eventDate: CalendarDate, claimDate: CalendarDate, path: readonly PathSegment[]): { payments: ScholarshipPayment[]; lapsed: string[] } {
  // The level-years in order: TK 1, TK 2, SD 1 … higher 5.
  const sequence = rules.levels.flatMap((level) => Array.from({ length: level.maxYears }, (_, i) => ({ level, year: i + 1 })));
  const claimYear = schoolYearOf(claimDate);
  const atClaim = positionAtClaim(rules, sequence, education, claimYear, path);
  const eventYear = schoolYearOf(eventDate);
  const firstPayable = Math.max(eventYear, claimYear - rules.maxPreviousYears);
  const payments: ScholarshipPayment[] = [];
  const lapsed: string[] = [];
  for (let year = eventYear; ; year++) {
    const position = atClaim + (year - claimYear);
    if (position >= sequence.length) break;
    if (position < 0) continue;
    const start = `${year}-07-01` as CalendarDate;
    if (start > birthDate && ageOn(birthDate, start) >= rules.ageLimit) break;
    if (year < firstPayable) {
      lapsed.push(schoolYearText(year));
      continue;
    }
    const at = sequence[position]!;
    payments.push({ schoolYear: schoolYearText(year), level: at.level.level, yearInLevel: at.year, amount: at.level.yearly as Rupiah, paymentDate: year <= claimYear ? claimDate : start, arrears: year < claimYear });
  }
  return { payments, lapsed };
}
