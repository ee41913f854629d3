/**
 * The schemas a rule is written with: names (rule ids and fact names, never a key of
 * `Object.prototype`), bilingual text, citations and effective periods.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { showValue } from '../core/errors';
import { ownStrictObject } from '../core/validate';
import { CitationSchema, type Citation } from '../law/citation';

/** Names that can never be a rule id segment or a fact name (they would reach `Object.prototype`). */
const RESERVED = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', '__proto__', 'constructor']);

const NAME = /^[a-z][A-Za-z0-9_]{0,63}$/;
const RULE_ID = /^[a-z][A-Za-z0-9_]{0,63}(?:\.[a-z][A-Za-z0-9_]{0,63}){0,7}$/;

/** Why `name` is not a valid fact name, if it is not. @internal */
export function factNameProblem(name: string): string | undefined {
  if (!NAME.test(name)) return `A fact name starts with a lowercase letter and has letters, digits and _ only (at most 64), e.g. "monthlyIncome"; got ${showValue(name)}`;
  if (RESERVED.has(name)) return `"${name}" is reserved (a property of every JavaScript object) and cannot name a fact`;
  return undefined;
}

/** Why `id` is not a valid rule or rule-set id, if it is not. @internal */
export function ruleIdProblem(id: string): string | undefined {
  if (!RULE_ID.test(id)) return `A rule id is one or more dot-separated names of lowercase-first letters, digits and _, e.g. "bpu.registrationAge"; got ${showValue(id)}`;
  const reserved = id.split('.').find((segment) => RESERVED.has(segment));
  if (reserved !== undefined) return `"${reserved}" is reserved and cannot be part of a rule id`;
  return undefined;
}

/**
 * Schema of a rule or rule-set id such as `bpu.registrationAge` (prototype names refused).
 *
 * @example
 * ```ts
 * import { RuleIdSchema } from 'jamsostek';
 * console.log(RuleIdSchema.safeParse('bpu.registrationAge').success, RuleIdSchema.safeParse('a.__proto__').success); // true false
 * ```
 */
export const RuleIdSchema = z.string().check((ctx) => {
  const problem = ruleIdProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

/**
 * Schema of a {@link BilingualText}.
 *
 * @example
 * ```ts
 * import { BilingualTextSchema } from 'jamsostek';
 * console.log(BilingualTextSchema.safeParse({ id: 'Nelayan', en: 'Fisher' }).success); // true
 * ```
 */
export const BilingualTextSchema = ownStrictObject({ id: z.string().min(1).max(500), en: z.string().min(1).max(500) });

/**
 * Schema of the citations of a rule (its legal basis, *dasar hukum*): one citation or several
 * (1 to 20), output as a frozen list.
 *
 * @example
 * ```ts
 * import { CitationsSchema } from 'jamsostek';
 * console.log(CitationsSchema.parse({ instrument: 'Pergub', number: '1', year: 2026 }).length); // 1
 * ```
 */
export const CitationsSchema = z
  .union([CitationSchema, z.array(CitationSchema).min(1).max(20)])
  .transform((b) => Object.freeze((Array.isArray(b) ? b : [b]).map((c) => Object.freeze({ ...c }) as Citation))) as unknown as z.ZodType<readonly Citation[], Citation | readonly Citation[]>;

/** When a rule is in force: from and to are calendar dates, both inclusive; `null` is open. */
export interface EffectivePeriod {
  /** First day the rule applies; `null`: since always. */
  readonly from: CalendarDate | null;
  /** Last day the rule applies; `null`: until further notice. */
  readonly to: CalendarDate | null;
}

/** An effective period as a caller writes it. */
export interface EffectivePeriodInput {
  /** First day (inclusive), `YYYY-MM-DD`. */
  readonly from?: string | null;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly to?: string | null;
}

/**
 * Schema of an {@link EffectivePeriodInput}.
 *
 * @example
 * ```ts
 * import { EffectivePeriodSchema } from 'jamsostek';
 * console.log(EffectivePeriodSchema.parse({ from: '2026-01-01' })); // { from: '2026-01-01', to: null }
 * ```
 */
export const EffectivePeriodSchema = ownStrictObject({ from: CalendarDateSchema.nullable().optional(), to: CalendarDateSchema.nullable().optional() })
  .check((ctx) => {
    const { from, to } = ctx.value;
    if (from != null && to != null && to < from) ctx.issues.push({ code: 'custom', message: `The period ends (${to}) before it starts (${from})`, input: ctx.value, path: ['to'] });
  })
  .transform((p): EffectivePeriod => Object.freeze({ from: p.from ?? null, to: p.to ?? null }));

/** The period "always". @internal */
export const ALWAYS: EffectivePeriod = Object.freeze({ from: null, to: null });

/** True when `period` covers `date`. @internal */
export function inForce(period: EffectivePeriod, date: string): boolean {
  return (period.from === null || date >= period.from) && (period.to === null || date <= period.to);
}

/** True when two periods share a day. @internal */
export function periodsOverlap(a: EffectivePeriod, b: EffectivePeriod): boolean {
  const aStartsAfterB = a.from !== null && b.to !== null && a.from > b.to;
  const bStartsAfterA = b.from !== null && a.to !== null && b.from > a.to;
  return !aStartsAfterB && !bStartsAfterA;
}
