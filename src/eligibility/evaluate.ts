/**
 * `evaluateEligibility`: screen one candidate against a rule set on a date, with every
 * criterion's result in order and a plain-language explanation in Bahasa Indonesia and English.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema } from '../core/calendar';
import { fail } from '../core/errors';
import { ownStrictObject, parseInput } from '../core/validate';
import { lawOptionFields, lawOptionsOf, type LawOptions } from '../law/options';
import { compile, type Plan } from './engine/compile';
import { EvaluationContext } from './engine/context';
import { run } from './engine/run';
import type { UnknownFactsPolicy } from './engine/unknownFacts';
import type { AnyFacts, CandidateFacts } from './factTypes';
import { buildResult, type EligibilityResult } from './result';
import { isRuleSet, type RuleSet } from './ruleSet';

export type { UnknownFactsPolicy } from './engine/unknownFacts';

/** Options of {@link evaluateEligibility}: the law options, the screening date, and what to do with keys no rule reads. */
export interface EligibilityOptions extends LawOptions {
  /** The screening (registration) date `YYYY-MM-DD`: rules, parameters and ages are taken on it. */
  readonly asOf: string;
  /**
   * A key of the facts that no criterion of the rule set reads: `error` (default; a typed
   * `invalid_input` error at the key, reason `unknown_fact`, naming the closest fact the rule set
   * reads) or `ignore` (skip it: a service passing its whole record, a roster with extra columns).
   */
  readonly unknownFacts?: UnknownFactsPolicy;
}

/** The fields of {@link EligibilityOptionsSchema}, shared with the screening options. @internal */
export const eligibilityOptionFields = {
  ...lawOptionFields,
  asOf: CalendarDateSchema,
  unknownFacts: z.enum(['error', 'ignore']).optional(),
};

/**
 * Schema of {@link EligibilityOptions}.
 *
 * @example
 * ```ts
 * import { EligibilityOptionsSchema } from 'jamsostek';
 * console.log(EligibilityOptionsSchema.safeParse({ asOf: '2026-02-30' }).success); // false
 * console.log(EligibilityOptionsSchema.safeParse({ asOf: '2026-01-15', unknownFacts: 'ignore' }).success); // true
 * ```
 */
export const EligibilityOptionsSchema = ownStrictObject(eligibilityOptionFields);

/**
 * The facts argument for rules reading facts `F`: exactly those facts, or, with
 * `unknownFacts: 'ignore'` in the options `O`, those facts among any others.
 */
export type FactsArgument<F, O> = [O] extends [{ readonly unknownFacts: 'ignore' }] ? CandidateFacts<F> & AnyFacts : CandidateFacts<F>;

/** What {@link prepare} gives: the plan, the test context and the parsed options. @internal */
export interface Prepared<O> {
  readonly plan: Plan;
  readonly context: EvaluationContext;
  readonly options: O;
  readonly unknownFacts: UnknownFactsPolicy;
}

/** {@link EligibilityOptions} as parsed. @internal */
export type ParsedEligibilityOptions = z.output<typeof EligibilityOptionsSchema>;

/** Validate the rule set and options (with `schema`, the eligibility options or an extension of them) and compile. @internal */
export function prepare<O extends ParsedEligibilityOptions>(ruleSet: unknown, options: unknown, explain: boolean, schema: z.ZodType<O>): Prepared<O> {
  if (!isRuleSet(ruleSet)) fail({ code: 'invalid_input', path: ['ruleSet'], message: 'Expected a RuleSet made by defineRuleSet, extendRuleSet or a built-in rule set', reason: 'invalid_type' });
  const parsed = parseInput(schema, options, ['options']);
  const plan = compile(ruleSet, parsed.asOf);
  if (!plan.nodes[0]!.children.some((c) => plan.nodes[c]!.inForce)) {
    fail({ code: 'invalid_input', path: ['options', 'asOf'], message: `No rule of rule set ${ruleSet.id} is in force on ${parsed.asOf}`, reason: 'rule_set_not_in_force' });
  }
  return { plan, context: new EvaluationContext(parsed.asOf, lawOptionsOf(parsed as LawOptions), explain), options: parsed, unknownFacts: parsed.unknownFacts ?? 'error' };
}

/**
 * Screen one candidate (*calon penerima bantuan iuran*) against a rule set on the screening date
 * `asOf`: `eligible`; `ineligible` with each failed criterion, its reason and its citations;
 * or `undetermined` with exactly the facts still needed. Every criterion's result comes back in
 * order, with the rule set it came from and whether it overrode another, and an explanation in
 * Bahasa Indonesia and English. Rules not in force on `asOf` are listed but not applied.
 *
 * The facts are typed from the rule set: a fact no criterion of it reads is a compile error and,
 * at run time, a typed `invalid_input` error at `['facts', key]` suggesting the closest fact it
 * reads (pass `unknownFacts: 'ignore'` to skip such keys). A malformed fact is an `invalid_input`
 * error at `['facts', name, ...]`.
 *
 * @example
 * ```ts
 * import { evaluateEligibility, ntt2026RuleSet } from 'jamsostek';
 * const r = evaluateEligibility(
 *   { nik: '5371041203800002', employment: 'self_employed', occupations: ['nelayan'], monthlyIncome: 3_000_000 },
 *   ntt2026RuleSet,
 *   { asOf: '2026-01-15' },
 * );
 * console.log(r.outcome); // 'ineligible'
 * if (r.outcome === 'ineligible') console.log(r.failed.map((f) => f.id)); // ['assistance.income']
 * ```
 */
export function evaluateEligibility<F, const O extends EligibilityOptions>(facts: FactsArgument<NoInfer<F>, O>, ruleSet: RuleSet<F>, options: O): EligibilityResult {
  const { plan, context, unknownFacts } = prepare(ruleSet, options, true, EligibilityOptionsSchema);
  const r = run(plan, facts, context, { root: ['facts'], index: undefined, unknownFacts });
  return buildResult(plan, r, context);
}
