/**
 * Screening many candidates: iterables in, counts out. The rule set is compiled once for the
 * screening date; each candidate is parsed once and then dropped, so memory does not grow with
 * the number of candidates (only with the number of distinct criteria and facts).
 *
 * @module
 */
import * as z from 'zod';
import type { CalendarDate } from '../core/calendar';
import { fail, isJamsostekError, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { END, isIterable, ownIterate, ownReader, ownStrictObject } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import type { Plan } from './engine/compile';
import type { EvaluationContext } from './engine/context';
import { countFailures, decisiveFailures, decisiveMissing, factsOf } from './engine/decisive';
import { run, scratch, type Buffers, type Where } from './engine/run';
import { FAILED, UNDETERMINED } from './engine/status';
import type { UnknownFactsPolicy } from './engine/unknownFacts';
import { eligibilityOptionFields, prepare, type EligibilityOptions, type FactsArgument } from './evaluate';
import { outcomeOf } from './result';
import type { RuleSet } from './ruleSet';

/** What to do with a candidate whose facts are malformed: stop with the error (default) or count it and go on. */
export type OnInvalidCandidate = 'throw' | 'count';

/** Options of {@link screenCandidates} and {@link screenEach}. */
export interface ScreeningOptions extends EligibilityOptions {
  /** Malformed candidates (a bad fact, or a key no rule reads unless ignored): `throw` (default; the error's path starts `['candidates', index]`) or `count`. */
  readonly onInvalid?: OnInvalidCandidate;
}

/**
 * Schema of {@link ScreeningOptions}.
 *
 * @example
 * ```ts
 * import { ScreeningOptionsSchema } from 'jamsostek';
 * console.log(ScreeningOptionsSchema.safeParse({ asOf: '2026-01-15', onInvalid: 'count', unknownFacts: 'ignore' }).success); // true
 * ```
 */
export const ScreeningOptionsSchema = ownStrictObject({ ...eligibilityOptionFields, onInvalid: z.enum(['throw', 'count']).optional() });

/** A candidate's error, as counted when `onInvalid` is `count`. */
export interface CandidateError {
  /** Position of the candidate in the input (0-based). */
  readonly index: number;
  /** The error code (`invalid_input`, `parameter_not_in_force`...). */
  readonly code: string;
  /** Where in the candidate. */
  readonly path: readonly PathSegment[];
  /** What is wrong. */
  readonly message: string;
}

/** One candidate's outcome, compact; narrowing on `outcome` gives the fields of each case. */
export type ScreenedCandidate =
  | { readonly index: number; readonly outcome: 'eligible' }
  | { readonly index: number; readonly outcome: 'ineligible'; readonly failed: readonly string[] }
  | { readonly index: number; readonly outcome: 'undetermined'; readonly missingFacts: readonly string[] }
  | { readonly index: number; readonly outcome: 'invalid'; readonly error: CandidateError };

/** Counts of a screening, what a programme manager reports. */
export interface ScreeningSummary {
  /** The rule set id. */
  readonly ruleSet: string;
  /** The screening date. */
  readonly asOf: CalendarDate;
  /** Candidates read. */
  readonly total: number;
  /** Candidates per outcome. */
  readonly outcomes: { readonly eligible: number; readonly ineligible: number; readonly undetermined: number };
  /** Candidates with malformed facts (only with `onInvalid: 'count'`). */
  readonly invalid: number;
  /** Per criterion in force (tree order): how many ineligible candidates failed it (one candidate may fail several). */
  readonly failedByCriterion: readonly { readonly id: string; readonly title: BilingualText; readonly origin: string; readonly count: number }[];
  /** Per fact: how many undetermined candidates still need it. */
  readonly missingByFact: readonly { readonly fact: string; readonly count: number }[];
  /** The first (at most 10) malformed candidates. */
  readonly invalidSamples: readonly CandidateError[];
  /** The parameters of law the rules read, with their citations, by parameter id. */
  readonly lawUsed: readonly LawUsed[];
}

const MAX_SAMPLES = 10;

function checkIterable(candidates: unknown): Iterable<unknown> {
  if (!isIterable(candidates)) {
    fail({ code: 'invalid_input', path: ['candidates'], message: 'Expected the candidates as an iterable (an array, a generator...) of fact objects', reason: 'invalid_type' });
  }
  return candidates as Iterable<unknown>;
}

/** One candidate's run, or (with `onInvalid: 'count'`) its error; other errors are thrown. */
function runOne(plan: Plan, context: EvaluationContext, candidate: unknown, where: Where, buffers: Buffers, onInvalid: OnInvalidCandidate): Buffers | CandidateError {
  try {
    run(plan, candidate, context, where, buffers);
    return buffers;
  } catch (error) {
    if (onInvalid === 'count' && isJamsostekError(error)) return { index: where.index!, code: error.code, path: error.path, message: error.message };
    throw error;
  }
}

function* screen(plan: Plan, context: EvaluationContext, candidates: Iterable<unknown>, onInvalid: OnInvalidCandidate, unknownFacts: UnknownFactsPolicy): Generator<ScreenedCandidate> {
  let index = 0;
  const buffers = scratch(plan);
  // A caller's iterator that throws is a typed error at the candidate it was producing.
  for (const candidate of ownIterate(candidates, (i) => ['candidates', i])) {
    const at = index++;
    const r = runOne(plan, context, candidate, { root: ['candidates'], index: at, unknownFacts }, buffers, onInvalid);
    if (!('status' in r)) {
      yield { index: at, outcome: 'invalid', error: r };
      continue;
    }
    const outcome = outcomeOf(r);
    if (outcome === 'ineligible') yield { index: at, outcome, failed: decisiveFailures(plan, r.status).map((i) => plan.nodes[i]!.id) };
    else if (outcome === 'undetermined') yield { index: at, outcome, missingFacts: factsOf(decisiveMissing(plan, r)) };
    else yield { index: at, outcome };
  }
}

/**
 * Screen candidates one by one, lazily: a generator of compact outcomes (failed criterion ids,
 * missing facts) in input order, for writing each decision down while reading a large roster.
 * The rule set is compiled once. Candidates are typed from the rule set, as in
 * `evaluateEligibility`; a roster with extra columns (ids, names) passes `unknownFacts: 'ignore'`.
 *
 * @example
 * ```ts
 * import { screenEach, bpuBasicsRuleSet } from 'jamsostek';
 * const people = [
 *   { employment: 'self_employed', birthDate: '1980-02-01', occupations: ['petani'] },
 *   { employment: 'wage_earner', birthDate: '1990-05-05', occupations: ['kasir'] },
 * ] as const;
 * for (const s of screenEach(people, bpuBasicsRuleSet, { asOf: '2026-01-15' })) console.log(s.index, s.outcome);
 * // 0 'eligible'
 * // 1 'ineligible'
 * ```
 */
export function screenEach<F, const O extends ScreeningOptions>(candidates: Iterable<FactsArgument<NoInfer<F>, O>>, ruleSet: RuleSet<F>, options: O): Generator<ScreenedCandidate> {
  const { plan, context, options: o, unknownFacts } = prepare(ruleSet, options, false, ScreeningOptionsSchema);
  return screen(plan, context, checkIterable(candidates), o.onInvalid ?? 'throw', unknownFacts);
}

/** The running counts of a screening. */
class Tally {
  total = 0;
  eligible = 0;
  ineligible = 0;
  undetermined = 0;
  invalid = 0;
  readonly failedCounts: Float64Array;
  readonly missingCounts = new Map<string, number>();
  readonly samples: CandidateError[] = [];

  constructor(readonly plan: Plan) {
    this.failedCounts = new Float64Array(plan.nodes.length);
  }

  add(r: Buffers | CandidateError): void {
    this.total++;
    if (!('status' in r)) {
      this.invalid++;
      if (this.samples.length < MAX_SAMPLES) this.samples.push(r);
      return;
    }
    const s = r.status[0];
    if (s === FAILED) {
      this.ineligible++;
      countFailures(this.plan, r.status, this.failedCounts);
    } else if (s === UNDETERMINED) {
      this.undetermined++;
      for (const f of factsOf(decisiveMissing(this.plan, r))) this.missingCounts.set(f, (this.missingCounts.get(f) ?? 0) + 1);
    } else this.eligible++;
  }

  summary(context: EvaluationContext): ScreeningSummary {
    const plan = this.plan;
    const failedByCriterion = plan.nodes
      .filter((n) => n.index > 0 && n.inForce && (n.kind === 'criterion' || n.kind === 'not'))
      .map((n) => ({ id: n.id, title: n.title, origin: n.origin, count: this.failedCounts[n.index]! }));
    const factOrder = plan.facts.map((f) => f.name);
    const missingByFact = [...this.missingCounts].sort((a, b) => factOrder.indexOf(a[0]) - factOrder.indexOf(b[0])).map(([fact, count]) => ({ fact, count }));
    return {
      ruleSet: plan.ruleSet.id, asOf: plan.asOf, total: this.total, outcomes: { eligible: this.eligible, ineligible: this.ineligible, undetermined: this.undetermined },
      invalid: this.invalid, failedByCriterion, missingByFact, invalidSamples: this.samples, lawUsed: context.lawUsed(),
    };
  }
}

/**
 * Screen a roster and count: candidates per outcome, how many failed each criterion, and how
 * many still need each fact. Reads any iterable once (arrays, generators streaming a file),
 * holds one candidate at a time, and compiles the rule set once. Candidates are typed from the
 * rule set, as in `evaluateEligibility`; a roster with extra columns (ids, names) passes
 * `unknownFacts: 'ignore'`.
 *
 * @example
 * ```ts
 * import { screenCandidates, bpuBasicsRuleSet } from 'jamsostek';
 * const summary = screenCandidates(
 *   [
 *     { employment: 'self_employed', birthDate: '1980-02-01', occupations: ['petani'] },
 *     { employment: 'wage_earner', birthDate: '1990-05-05', occupations: ['kasir'] },
 *     { employment: 'self_employed', occupations: ['nelayan'] },
 *   ],
 *   bpuBasicsRuleSet,
 *   { asOf: '2026-01-15' },
 * );
 * console.log(summary.outcomes); // { eligible: 1, ineligible: 1, undetermined: 1 }
 * console.log(summary.missingByFact); // [{ fact: 'birthDate', count: 1 }, { fact: 'nik', count: 1 }]
 * ```
 */
export function screenCandidates<F, const O extends ScreeningOptions>(candidates: Iterable<FactsArgument<NoInfer<F>, O>>, ruleSet: RuleSet<F>, options: O): ScreeningSummary {
  const { plan, context, options: o, unknownFacts } = prepare(ruleSet, options, false, ScreeningOptionsSchema);
  const list = checkIterable(candidates);
  const onInvalid = o.onInvalid ?? 'throw';
  const tally = new Tally(plan);
  const buffers = scratch(plan);
  // A caller's iterator that throws is a typed error at the candidate it was producing.
  const reader = ownReader(list, (i) => ['candidates', i]);
  try {
    for (let candidate = reader.next(); candidate !== END; candidate = reader.next()) {
      tally.add(runOne(plan, context, candidate, { root: ['candidates'], index: tally.total, unknownFacts }, buffers, onInvalid));
    }
  } finally {
    reader.close(); // as a for-of loop would, if a candidate stops the screening
  }
  return tally.summary(context);
}
