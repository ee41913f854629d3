/**
 * Screening many candidates: iterables in, counts out. The rule set is compiled once for the
 * screening date; each candidate is parsed once and then dropped, so memory does not grow with
 * the number of candidates (only with the number of distinct criteria and facts).
 *
 * @module
 */
import * as z from 'zod';
import { isJamsostekError, fail, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import type { CalendarDate } from '../core/calendar';
import type { RuleSet } from './compose';
import { countFailures, decisiveFailures, decisiveMissing, FAILED, UNDETERMINED, run, scratch, type Plan } from './engine';
import { EligibilityOptionsSchema, outcomeOf, prepare, type EligibilityOptions, type EligibilityOutcome } from './evaluate';
import { END, isIterable, ownIterate, ownReader } from '../core/validate';

/** What to do with a candidate whose facts are malformed: stop with the error (default) or count it and go on. */
export type OnInvalidCandidate = 'throw' | 'count';

/** Options of {@link screenCandidates} and {@link screenEach}. */
export interface ScreeningOptions extends EligibilityOptions {
  /** Malformed candidates: `throw` (default; the error's path starts `['candidates', index]`) or `count`. */
  readonly onInvalid?: OnInvalidCandidate;
}

/**
 * Schema of {@link ScreeningOptions}.
 *
 * @example
 * ```ts
 * import { ScreeningOptionsSchema } from 'jamsostek';
 * console.log(ScreeningOptionsSchema.safeParse({ asOf: '2026-01-15', onInvalid: 'count' }).success); // true
 * ```
 */
export const ScreeningOptionsSchema = EligibilityOptionsSchema.extend({ onInvalid: z.enum(['throw', 'count']).optional() });

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

/** One candidate's outcome, compact. */
export type ScreenedCandidate =
  | { readonly index: number; readonly outcome: EligibilityOutcome; readonly failed: readonly string[]; readonly missingFacts: readonly string[] }
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
}

const MAX_SAMPLES = 10;

function checkIterable(candidates: unknown): Iterable<unknown> {
  if (!isIterable(candidates)) {
    fail({ code: 'invalid_input', path: ['candidates'], message: 'Expected the candidates as an iterable (an array, a generator...) of fact objects', reason: 'invalid_type' });
  }
  return candidates as Iterable<unknown>;
}

function* screen(plan: Plan, context: ReturnType<typeof prepare>['context'], candidates: Iterable<unknown>, onInvalid: OnInvalidCandidate): Generator<ScreenedCandidate> {
  let index = 0;
  const buffers = scratch(plan);
  // A caller's iterator that throws is a typed error at the candidate it was producing.
  for (const candidate of ownIterate(candidates, (i) => ['candidates', i])) {
    const at = index++;
    let r;
    try {
      r = run(plan, candidate, context, ['candidates'], at, buffers);
    } catch (error) {
      if (onInvalid === 'count' && isJamsostekError(error)) {
        yield { index: at, outcome: 'invalid', error: { index: at, code: error.code, path: error.path, message: error.message } };
        continue;
      }
      throw error;
    }
    const outcome = outcomeOf(r);
    const failed = outcome === 'ineligible' ? decisiveFailures(plan, r.status).map((i) => plan.nodes[i]!.id) : [];
    const missingFacts: string[] = [];
    if (outcome === 'undetermined') for (const req of decisiveMissing(plan, r)) for (const f of req) if (!missingFacts.includes(f)) missingFacts.push(f);
    yield { index: at, outcome, failed, missingFacts };
  }
}

/**
 * Screen candidates one by one, lazily: a generator of compact outcomes (failed criterion ids,
 * missing facts) in input order, for writing each decision down while reading a large roster.
 * The rule set is compiled once.
 *
 * @example
 * ```ts
 * import { screenEach, bpuBasicsRuleSet } from 'jamsostek';
 * const people = [
 *   { employment: 'self_employed', birthDate: '1980-02-01', occupations: ['petani'] },
 *   { employment: 'wage_earner', birthDate: '1990-05-05', occupations: ['kasir'] },
 * ];
 * for (const s of screenEach(people, bpuBasicsRuleSet, { asOf: '2026-01-15' })) console.log(s.index, s.outcome);
 * // 0 'eligible'
 * // 1 'ineligible'
 * ```
 */
export function screenEach(candidates: Iterable<unknown>, ruleSet: RuleSet, options: ScreeningOptions): Generator<ScreenedCandidate> {
  const { plan, context, options: o } = prepare(ruleSet, options, false, ScreeningOptionsSchema);
  return screen(plan, context, checkIterable(candidates), (o.onInvalid as OnInvalidCandidate | undefined) ?? 'throw');
}

/**
 * Screen a roster and count: candidates per outcome, how many failed each criterion, and how
 * many still need each fact. Reads any iterable once (arrays, generators streaming a file),
 * holds one candidate at a time, and compiles the rule set once.
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
export function screenCandidates(candidates: Iterable<unknown>, ruleSet: RuleSet, options: ScreeningOptions): ScreeningSummary {
  const { plan, context, options: o } = prepare(ruleSet, options, false, ScreeningOptionsSchema);
  const list = checkIterable(candidates);
  const onInvalid = (o.onInvalid as OnInvalidCandidate | undefined) ?? 'throw';
  const failedCounts = new Float64Array(plan.nodes.length);
  const missingCounts = new Map<string, number>();
  const samples: CandidateError[] = [];
  let total = 0;
  let eligible = 0;
  let ineligible = 0;
  let undetermined = 0;
  let invalid = 0;
  let index = 0;
  const buffers = scratch(plan);
  // A caller's iterator that throws is a typed error at the candidate it was producing.
  const reader = ownReader(list, (i) => ['candidates', i]);
  try {
    for (let candidate = reader.next(); candidate !== END; candidate = reader.next()) {
      const at = index++;
      total++;
      let r;
      try {
        r = run(plan, candidate, context, ['candidates'], at, buffers);
      } catch (error) {
        if (onInvalid === 'count' && isJamsostekError(error)) {
          invalid++;
          if (samples.length < MAX_SAMPLES) samples.push({ index: at, code: error.code, path: error.path, message: error.message });
          continue;
        }
        throw error;
      }
      const s = r.status[0];
      if (s === FAILED) {
        ineligible++;
        countFailures(plan, r.status, failedCounts);
      } else if (s === UNDETERMINED) {
        undetermined++;
        const seen = new Set<string>();
        for (const req of decisiveMissing(plan, r)) for (const f of req) seen.add(f);
        for (const f of seen) missingCounts.set(f, (missingCounts.get(f) ?? 0) + 1);
      } else eligible++;
    }
  } finally {
    reader.close(); // as a for-of loop would, if a candidate stops the screening
  }
  const failedByCriterion = plan.nodes
    .filter((n) => n.index > 0 && n.inForce && (n.kind === 'criterion' || n.kind === 'not'))
    .map((n) => ({ id: n.id, title: n.title, origin: n.origin, count: failedCounts[n.index]! }));
  const factOrder = plan.facts.map((f) => f.name);
  const missingByFact = [...missingCounts]
    .sort((a, b) => factOrder.indexOf(a[0]) - factOrder.indexOf(b[0]))
    .map(([fact, count]) => ({ fact, count }));
  return { ruleSet: plan.ruleSet.id, asOf: plan.asOf, total, outcomes: { eligible, ineligible, undetermined }, invalid, failedByCriterion, missingByFact, invalidSamples: samples };
}
