/**
 * The rule model: a criterion (*kriteria/syarat*) has an id, a bilingual title, its citations
 * (legal basis), an effective period, the facts it reads (each a zod schema) and a test. A test
 * answers `met`, `not met` or `undetermined` with the facts it still needs, never a guess.
 *
 * @module
 */
import * as z from 'zod';
import type { CalendarDate } from '../core/calendar';
import { hasBrand, setBrand } from '../core/brand';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawRegistry, ParameterId, ParameterValueOf } from '../law/registry';
import type { ResolvedValue } from '../law/timeline';
import type { AnyFacts, FactSchemas, FactsOf, FactValues } from './factTypes';
import { ALWAYS, BilingualTextSchema, CitationsSchema, EffectivePeriodSchema, factNameProblem, RuleIdSchema, type EffectivePeriod, type EffectivePeriodInput } from './schemas';

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
  /** The value of a parameter of law in force at `asOf` (recorded in the result's `lawUsed`). */
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
  /** Its legal basis (*dasar hukum*): one citation or several (at least one). */
  readonly citations: Citation | readonly Citation[];
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

/** The facts a criterion reads, as a type only (nothing at run time). */
declare const FACT_TYPES: unique symbol;

/**
 * True for a criterion made by {@link defineCriterion} of this or another copy of the library
 * (its brand and its shape). @internal
 */
export function isCriterion(value: unknown): value is Criterion {
  if (!hasBrand(value, CRITERION_BRAND)) return false;
  const c = value as Partial<Record<keyof Criterion, unknown>>;
  return c.kind === 'criterion' && typeof c.id === 'string' && typeof c.test === 'function' && Array.isArray(c.slots) && Array.isArray(c.citations) && typeof c.effective === 'object' && c.effective !== null;
}

/**
 * A criterion, validated and frozen; made by {@link defineCriterion}. `F` is the facts it reads
 * (their names and types), so that a rule set built from it types the facts a caller gives.
 * `instanceof Criterion` also recognises a criterion made by another copy of the library (the
 * ESM and the CJS build loaded side by side).
 *
 * @example
 * ```ts
 * import { bpuRegistrationAge, Criterion } from 'jamsostek';
 * console.log(bpuRegistrationAge instanceof Criterion, bpuRegistrationAge.facts); // true ['birthDate', 'nik']
 * ```
 */
export class Criterion<F = AnyFacts> {
  /** Always `criterion`. */
  readonly kind = 'criterion' as const;
  /** Stable id. */
  readonly id: string;
  /** Title in both languages. */
  readonly title: BilingualText;
  /** Its legal basis. */
  readonly citations: readonly Citation[];
  /** When it is in force. */
  readonly effective: EffectivePeriod;
  /** Names of the facts it reads, in declaration order. */
  readonly facts: readonly string[];
  /** The facts with their schemas. @internal */
  readonly slots: readonly FactSlotSpec[];
  /** The test. @internal */
  readonly test: (facts: Record<string, unknown>, context: CriterionContext) => CriterionVerdict;
  /** The facts it reads, as a type (no value at run time). @internal */
  declare readonly [FACT_TYPES]?: F;

  /** @internal */
  constructor(id: string, title: BilingualText, citations: readonly Citation[], effective: EffectivePeriod, slots: readonly FactSlotSpec[], test: Criterion['test']) {
    this.id = id;
    this.title = title;
    this.citations = citations;
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
  citations: CitationsSchema,
  effective: EffectivePeriodSchema.optional(),
  facts: z.custom<object>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), 'Expected the facts as an object of zod schemas, e.g. { monthlyIncome: z.number() }'),
  test: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'Expected test to be a function (facts, context) => verdict'),
});

function isZodSchema(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function' && '_zod' in value;
}

/** The declared facts of a parsed spec, each checked: a valid name and a zod schema. */
function factSlots(facts: object): FactSlotSpec[] {
  const slots: FactSlotSpec[] = [];
  for (const name of Object.keys(facts)) {
    const problem = factNameProblem(name);
    if (problem !== undefined) fail({ code: 'invalid_input', path: ['spec', 'facts', name], message: problem, reason: 'invalid_fact_name' });
    const schema: unknown = (facts as Record<string, unknown>)[name];
    if (!isZodSchema(schema)) fail({ code: 'invalid_input', path: ['spec', 'facts', name], message: `Fact "${name}" must be declared with a zod schema`, reason: 'invalid_type' });
    slots.push(Object.freeze({ name, schema, optional: schema.safeParse(undefined).success }));
  }
  return slots;
}

/**
 * Define a criterion (*kriteria*). Its id is its label: another rule set overrides it by defining
 * a criterion with the same id. Its facts, typed from their schemas, become the facts of every
 * rule set it is part of. Bad definitions are typed `invalid_input` errors under `['spec', ...]`;
 * fact names and ids that would reach `Object.prototype` are refused.
 *
 * @example
 * ```ts
 * import { defineCriterion, evaluateEligibility, defineRuleSet } from 'jamsostek';
 * import { z } from 'zod';
 * const fisher = defineCriterion({
 *   id: 'kupang.fisher',
 *   title: { id: 'Bekerja sebagai nelayan', en: 'Works as a fisher' },
 *   citations: { instrument: 'Perwali', number: '1', year: 2026, note: 'Example regulation' },
 *   facts: { occupations: z.array(z.string()) },
 *   test: ({ occupations }) => occupations.includes('nelayan'),
 * });
 * const rules = defineRuleSet({ id: 'kupang', title: { id: 'Kupang', en: 'Kupang' }, rules: [fisher] });
 * console.log(evaluateEligibility({ occupations: ['nelayan'] }, rules, { asOf: '2026-01-15' }).outcome); // 'eligible'
 * ```
 */
export function defineCriterion<S extends FactSchemas>(spec: CriterionSpec<S>): Criterion<FactValues<S>> {
  const parsed = parseInput(CriterionSpecSchema, spec, ['spec']);
  const slots = factSlots(parsed.facts);
  const title = Object.freeze({ id: parsed.title.id, en: parsed.title.en });
  return new Criterion<FactValues<S>>(parsed.id, title, parsed.citations, parsed.effective ?? ALWAYS, Object.freeze(slots), spec.test as unknown as Criterion['test']);
}
