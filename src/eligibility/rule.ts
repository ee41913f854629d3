/**
 * The rule model: a criterion (*kriteria/syarat*) has an id, a bilingual title, a legal basis, an
 * effective period, the facts it reads (each a zod schema) and a test. A test answers `met`,
 * `not met` or `undetermined` with the facts it still needs, never a guess.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { hasBrand, setBrand } from '../core/brand';
import { fail, showValue } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import { CitationSchema, type Citation } from '../law/citation';
import type { LawRegistry, ParameterId, ParameterValueOf } from '../law/registry';
import type { ResolvedValue } from '../law/timeline';

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
 * Schema of a legal basis: one citation or several (1 to 20), output as a frozen list.
 *
 * @example
 * ```ts
 * import { BasisSchema } from 'jamsostek';
 * console.log(BasisSchema.parse({ instrument: 'Pergub', number: '1', year: 2026 }).length); // 1
 * ```
 */
export const BasisSchema = z
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

/** The facts a criterion reads: a zod schema per fact name. A schema that accepts `undefined` marks an optional fact. */
export type FactSchemas = Readonly<Record<string, z.ZodType>>;

/** The parsed facts a test receives. */
export type FactsOf<S extends FactSchemas> = { readonly [K in keyof S]: z.output<S[K]> };

/** What a test may use besides the facts: the screening date and the law in force on it. */
export interface CriterionContext {
  /** The screening (registration) date, `asOf`. */
  readonly asOf: CalendarDate;
  /** The law registry in use (baseline or with overlays). */
  readonly law: LawRegistry;
  /**
   * Whether the caller will read reasons: `false` in batch screening, where only outcomes are
   * counted. A test may then skip building its reason text (an optimisation, never a change of verdict).
   */
  readonly explain: boolean;
  /** The value of a parameter of law in force at `asOf` (recorded in the result's `law`). */
  parameter<K extends ParameterId>(id: K): ResolvedValue<ParameterValueOf<K>>;
}

/**
 * What a test returns: `true`/`false`, or `{ met, reason }` with a plain-language reason, or
 * `{ missing: [...] }` when it cannot decide without one of the listed facts (any one of them is
 * enough; list several only when each would do).
 */
export type CriterionVerdict = boolean | { readonly met: boolean; readonly reason?: BilingualText } | { readonly missing: readonly string[]; readonly reason?: BilingualText };

/** How a team defines a criterion. */
export interface CriterionSpec<S extends FactSchemas> {
  /** Stable id, the label other rule sets override it by, e.g. `bpu.registrationAge`. */
  readonly id: string;
  /** What it requires, in both languages. */
  readonly title: BilingualText;
  /** Legal basis: one citation or several (at least one). */
  readonly basis: Citation | readonly Citation[];
  /** When it is in force (default: always). */
  readonly effective?: EffectivePeriodInput;
  /** The facts it reads, each a zod schema. Missing facts (absent, `undefined` or `null`) that the schema does not accept make it undetermined before `test` runs. */
  readonly facts: S;
  /** The decision; it sees only the declared facts, parsed. */
  readonly test: (facts: FactsOf<S>, context: CriterionContext) => CriterionVerdict;
}

/** One fact a criterion reads. @internal */
export interface FactSlotSpec {
  readonly name: string;
  readonly schema: z.ZodType;
  readonly optional: boolean;
}

/** The brand of a criterion, shared by every copy of the library in the process. */
const CRITERION_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('jamsostek.Criterion');

/**
 * True for a criterion made by {@link defineCriterion} of this or another copy of the library
 * (its brand and its shape). @internal
 */
export function isCriterion(value: unknown): value is Criterion {
  if (!hasBrand(value, CRITERION_BRAND)) return false;
  const c = value as Partial<Record<keyof Criterion, unknown>>;
  return c.kind === 'criterion' && typeof c.id === 'string' && typeof c.test === 'function' && Array.isArray(c.slots) && Array.isArray(c.basis) && typeof c.effective === 'object' && c.effective !== null;
}

/**
 * A criterion, validated and frozen; made by {@link defineCriterion}. `instanceof Criterion` also
 * recognises a criterion made by another copy of the library (the ESM and the CJS build loaded
 * side by side).
 *
 * @example
 * ```ts
 * import { bpuRegistrationAge, Criterion } from 'jamsostek';
 * console.log(bpuRegistrationAge instanceof Criterion, bpuRegistrationAge.facts); // true ['birthDate', 'nik']
 * ```
 */
export class Criterion {
  /** Always `criterion`. */
  readonly kind = 'criterion' as const;
  /** Stable id. */
  readonly id: string;
  /** Title in both languages. */
  readonly title: BilingualText;
  /** Legal basis. */
  readonly basis: readonly Citation[];
  /** When it is in force. */
  readonly effective: EffectivePeriod;
  /** Names of the facts it reads, in declaration order. */
  readonly facts: readonly string[];
  /** The facts with their schemas. @internal */
  readonly slots: readonly FactSlotSpec[];
  /** The test. @internal */
  readonly test: (facts: Record<string, unknown>, context: CriterionContext) => CriterionVerdict;

  /** @internal */
  constructor(id: string, title: BilingualText, basis: readonly Citation[], effective: EffectivePeriod, slots: readonly FactSlotSpec[], test: Criterion['test']) {
    this.id = id;
    this.title = title;
    this.basis = basis;
    this.effective = effective;
    this.slots = slots;
    this.facts = Object.freeze(slots.map((s) => s.name));
    this.test = test;
    setBrand(this, CRITERION_BRAND);
    Object.freeze(this);
  }

  /** True for a criterion of this or another copy of the library (by brand and shape, not by class). */
  static [Symbol.hasInstance](value: unknown): value is Criterion {
    return isCriterion(value);
  }
}

const CriterionSpecSchema = ownStrictObject({
  id: RuleIdSchema,
  title: BilingualTextSchema,
  basis: BasisSchema,
  effective: EffectivePeriodSchema.optional(),
  facts: z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'Expected the facts as an object of zod schemas, e.g. { monthlyIncome: z.number() }'),
  test: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'Expected test to be a function (facts, context) => verdict'),
});

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function' && '_zod' in value;
}

/**
 * Define a criterion (*kriteria*). Its id is its label: another rule set overrides it by defining
 * a criterion with the same id. Bad definitions are typed `invalid_input` errors under
 * `['criterion', ...]`; fact names and ids that would reach `Object.prototype` are refused.
 *
 * @example
 * ```ts
 * import { defineCriterion, evaluateEligibility, defineRuleSet } from 'jamsostek';
 * import { z } from 'zod';
 * const fisher = defineCriterion({
 *   id: 'kupang.fisher',
 *   title: { id: 'Bekerja sebagai nelayan', en: 'Works as a fisher' },
 *   basis: { instrument: 'Perwali', number: '1', year: 2026, note: 'Example regulation' },
 *   facts: { occupations: z.array(z.string()) },
 *   test: ({ occupations }) => occupations.includes('nelayan'),
 * });
 * const rules = defineRuleSet({ id: 'kupang', title: { id: 'Kupang', en: 'Kupang' }, rules: [fisher] });
 * console.log(evaluateEligibility({ occupations: ['nelayan'] }, rules, { asOf: '2026-01-15' }).outcome); // 'eligible'
 * ```
 */
export function defineCriterion<S extends FactSchemas>(spec: CriterionSpec<S>): Criterion {
  const parsed = parseInput(CriterionSpecSchema, spec, ['criterion']);
  const slots: FactSlotSpec[] = [];
  for (const name of Object.keys(parsed.facts)) {
    const problem = factNameProblem(name);
    if (problem !== undefined) fail({ code: 'invalid_input', path: ['criterion', 'facts', name], message: problem, reason: 'invalid_fact_name' });
    const schema: unknown = (parsed.facts as Record<string, unknown>)[name];
    if (!isZodSchema(schema)) fail({ code: 'invalid_input', path: ['criterion', 'facts', name], message: `Fact "${name}" must be declared with a zod schema`, reason: 'invalid_type' });
    slots.push(Object.freeze({ name, schema, optional: schema.safeParse(undefined).success }));
  }
  const title = Object.freeze({ id: parsed.title.id, en: parsed.title.en });
  return new Criterion(parsed.id, title, parsed.basis, parsed.effective ?? ALWAYS, Object.freeze(slots), spec.test as unknown as Criterion['test']);
}
