/**
 * The facts the built-in rules read, each with its zod schema. Other teams' criteria can reuse
 * them (same name, same schema) or declare their own. A candidate is a plain object of the facts
 * its rule set reads: a fact that is absent, `undefined` or `null` is missing (never guessed), and
 * a key that no criterion of the rule set reads is an error (or, with `unknownFacts: 'ignore'`,
 * skipped).
 *
 * @module
 */
import * as z from 'zod';
import { hasOwn, ownStrictObject } from '../core/validate';
import { CalendarDateSchema, YearMonthSchema } from '../core/calendar';
import { amountToSen, senSchema, type AmountInput, type Sen } from '../core/money';
import { nikFormatProblem, NikSchema } from './nik';
import { normaliseRegionCode, RegionCodeSchema } from '../core/region';

/**
 * How a person works: `wage_earner` (in an employment relationship, so PU, *penerima upah*),
 * `outside_employment_relationship` (*di luar hubungan kerja*), `self_employed` (*mandiri*),
 * `individual_employer` (*pemberi kerja perorangan*) or `other_non_wage` (apprentices, trainees,
 * honorary staff). Everything but `wage_earner` is a BPU category (PP 46/2015 Art. 4(3)).
 */
export type EmploymentStatus = 'wage_earner' | 'outside_employment_relationship' | 'self_employed' | 'individual_employer' | 'other_non_wage';

/** A span of months in which another government payer already funds a person's contributions. */
export interface OtherFunding {
  /** Who pays (e.g. `apbn`, `apbd:53.71`, `apbdes:53.71.04.2001`). */
  readonly payer: string;
  /** First month funded (`YYYY-MM`). */
  readonly from: string;
  /** Last month funded (`YYYY-MM`, inclusive). */
  readonly to: string;
}

/**
 * The facts the built-in rules read, as a caller gives them ({@link ELIGIBILITY_FACTS} has
 * their schemas). A candidate gives any of them: `CandidateFacts` (all optional).
 */
export interface EligibilityFacts {
  /** National identity number (16 digits); gives birth date and region when those are absent. */
  readonly nik: string;
  /** Birth date `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** How the person works. */
  readonly employment: EmploymentStatus;
  /** Occupations the person would register (*jenis pekerjaan*). */
  readonly occupations: readonly string[];
  /** Region code of the address of domicile (`53.71.04`), if known. */
  readonly domicileRegion: string;
  /** Decile in the national social-economic data (DTKS/DTSEN), 1 (poorest) to 10, or `not_registered`. */
  readonly dtsenDecile: number | 'not_registered';
  /** Monthly income (*penghasilan*), an exact amount. */
  readonly monthlyIncome: AmountInput;
  /** Months already funded by another government payer; `[]` when none. */
  readonly otherGovernmentFunding: readonly OtherFunding[];
  /** Whether the person actively works in the informal sector now. */
  readonly activeInformalWork: boolean;
}

const OtherFundingSchema = ownStrictObject({ payer: z.string().min(1).max(100), from: YearMonthSchema, to: YearMonthSchema })
  .check((ctx) => {
    if (ctx.value.to < ctx.value.from) ctx.issues.push({ code: 'custom', message: `The funding ends (${ctx.value.to}) before it starts (${ctx.value.from})`, input: ctx.value, path: ['to'] });
  });

/**
 * The schema of each fact the built-in rules read. Reuse them in your own criteria so that a
 * candidate's fact means the same thing to every rule.
 *
 * @example
 * ```ts
 * import { ELIGIBILITY_FACTS } from 'jamsostek';
 * console.log(ELIGIBILITY_FACTS.dtsenDecile.safeParse(11).success); // false
 * console.log(ELIGIBILITY_FACTS.domicileRegion.parse('5371'));      // '53.71'
 * ```
 */
export const ELIGIBILITY_FACTS = Object.freeze({
  nik: NikSchema,
  birthDate: CalendarDateSchema,
  employment: z.enum(['wage_earner', 'outside_employment_relationship', 'self_employed', 'individual_employer', 'other_non_wage']),
  occupations: z.array(z.string().min(1).max(100)).max(50),
  domicileRegion: RegionCodeSchema,
  dtsenDecile: z.union([z.number().int().min(1).max(10), z.literal('not_registered')], { error: 'Expected a DTSEN decile 1 to 10, or "not_registered"' }),
  monthlyIncome: senSchema as z.ZodType<Sen, AmountInput>,
  otherGovernmentFunding: z.array(OtherFundingSchema).max(100),
  activeInformalWork: z.boolean(),
});

/** Returned by a fast parser that does not accept a value: the zod schema then parses it (and reports the error). @internal */
export const FALLBACK: unique symbol = Symbol('fallback');

const EMPLOYMENT = new Set<unknown>(ELIGIBILITY_FACTS.employment.options);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A quick check of a valid `YYYY-MM-DD` in 1900-2199 (the calendar's range); anything else goes to the schema. */
function quickDate(v: unknown): unknown {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return FALLBACK;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = v.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return FALLBACK;
    year = year * 10 + c;
  }
  const m1 = v.charCodeAt(5) - 48;
  const m2 = v.charCodeAt(6) - 48;
  const d1 = v.charCodeAt(8) - 48;
  const d2 = v.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return FALLBACK;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return FALLBACK;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31)) ? v : FALLBACK;
}

/**
 * Fast parsers of the built-in facts, for batch screening: each accepts exactly the values its
 * schema accepts without change, or gives the normalised value its schema would give, and
 * otherwise returns {@link FALLBACK} so that the schema parses the value and reports any error.
 * The behaviour is that of the schemas; only the cost differs. @internal
 */
export const FAST_PARSERS: ReadonlyMap<z.ZodType, (value: unknown) => unknown> = new Map<z.ZodType, (value: unknown) => unknown>([
  [ELIGIBILITY_FACTS.nik, (v) => (typeof v === 'string' && nikFormatProblem(v) === undefined ? v : FALLBACK)],
  [ELIGIBILITY_FACTS.birthDate, quickDate],
  [ELIGIBILITY_FACTS.employment, (v) => (EMPLOYMENT.has(v) ? v : FALLBACK)],
  [ELIGIBILITY_FACTS.occupations, (v) => (Array.isArray(v) && v.length <= 50 && v.every((o) => typeof o === 'string' && o.length >= 1 && o.length <= 100) ? v : FALLBACK)],
  [
    ELIGIBILITY_FACTS.domicileRegion,
    (v) => {
      const r = normaliseRegionCode(v);
      return hasOwn(r, 'code') ? r.code : FALLBACK;
    },
  ],
  [ELIGIBILITY_FACTS.dtsenDecile, (v) => ((typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 10) || v === 'not_registered' ? v : FALLBACK)],
  [
    ELIGIBILITY_FACTS.monthlyIncome,
    (v) => {
      const sen = amountToSen(v);
      return typeof sen === 'number' ? sen : FALLBACK;
    },
  ],
  [ELIGIBILITY_FACTS.otherGovernmentFunding, (v) => (Array.isArray(v) && v.length === 0 ? v : FALLBACK)],
  [ELIGIBILITY_FACTS.activeInformalWork, (v) => (typeof v === 'boolean' ? v : FALLBACK)],
]);
