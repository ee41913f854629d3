/**
 * Running a compiled plan on one candidate: parse the facts the rules in force read, test each
 * criterion, combine groups three-valued (Kleene), with integer statuses and buffers a batch
 * reuses from one candidate to the next.
 *
 * @module
 * @internal
 */
import { fail, fromZodError, type PathSegment } from '../../core/errors';
import type { BilingualText } from '../../core/explain';
import { isArray, safeParseOwn, unreadable } from '../../core/validate';
import { FALLBACK } from '../facts';
import type { GroupKind } from '../group';
import type { Plan, PlanNode } from './compile';
import type { EvaluationContext } from './context';
import { FAILED, MET, NOT_IN_FORCE, UNDETERMINED, type Status } from './status';
import { checkUnknownFacts, type UnknownFactsPolicy } from './unknownFacts';
import { testCriterion } from './verdict';

/** What a run gives per node. */
export interface Run {
  readonly status: Uint8Array;
  /** Per node: the test's reason, if it gave one. */
  readonly reasons: (BilingualText | undefined)[];
  /** Per node: missing facts, each requirement a list of alternatives. */
  readonly missing: (readonly (readonly string[])[] | undefined)[];
}

/** A run's buffers, with room for the parsed facts. */
export type Buffers = Run & { readonly values: unknown[] };

/** Where a candidate's facts are, and what to do with keys no rule reads. */
export interface Where {
  /** The path of the facts: `['facts']`, or `['candidates']` in a batch (then followed by `index`). */
  readonly root: readonly PathSegment[];
  readonly index: number | undefined;
  readonly unknownFacts: UnknownFactsPolicy;
}

const MISSING: unique symbol = Symbol('missing');

/** The path of a candidate: `root`, then its index in a batch. Built only when reporting an error. */
function pathOf(where: Where): PathSegment[] {
  return where.index === undefined ? [...where.root] : [...where.root, where.index];
}

/** True when `value` is a plain object of facts (not an array or null). */
function isFactObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/** A fast parser's answer, or FALLBACK when it declines or cannot read the value (the schema then reports it). */
function quickParse(fast: (value: unknown) => unknown, raw: unknown): unknown {
  try {
    return fast(raw);
  } catch {
    return FALLBACK;
  }
}

/**
 * Parse the facts the rules in force read into `values` (MISSING for an absent one). Own keys only:
 * a fact set on Object.prototype is missing, not given; a getter or Proxy trap that throws is a
 * typed error at the fact's path.
 */
function readFacts(plan: Plan, facts: Record<string, unknown>, where: Where, values: unknown[]): void {
  let i = 0;
  try {
    for (; i < plan.facts.length; i++) {
      const slot = plan.facts[i]!;
      const raw = Object.hasOwn(facts, slot.name) ? facts[slot.name] : undefined;
      if (raw === undefined || raw === null) {
        values[i] = MISSING;
        continue;
      }
      const quick = slot.fast === undefined ? FALLBACK : quickParse(slot.fast, raw);
      if (quick !== FALLBACK) {
        values[i] = quick;
        continue;
      }
      const factPath = [...pathOf(where), slot.name];
      const parsed = safeParseOwn(slot.schema, raw, factPath);
      if (!parsed.success) throw fromZodError(parsed.error, factPath);
      values[i] = parsed.data;
    }
  } catch (error) {
    unreadable([...pathOf(where), plan.facts[i]!.name], error); // the library's own errors pass through
  }
}

/** Buffers for {@link run}, reusable from one candidate to the next in a batch. */
export function scratch(plan: Plan): Buffers {
  const n = plan.nodes.length;
  return { status: new Uint8Array(n), reasons: new Array<BilingualText | undefined>(n), missing: new Array<readonly (readonly string[])[] | undefined>(n), values: new Array<unknown>(plan.facts.length) };
}

/** Run the criterion of node `i` into the buffers: undetermined without a required fact, else its test's verdict. */
function runCriterion(node: PlanNode, i: number, values: readonly unknown[], context: EvaluationContext, where: Where, into: Buffers): void {
  let needs: string[][] | undefined;
  // Fact names are checked at definition: none can reach Object.prototype.
  const input: Record<string, unknown> = {};
  for (const ref of node.refs) {
    const v = values[ref.slot];
    if (v === MISSING) {
      if (ref.optional) input[ref.name] = undefined;
      else (needs ??= []).push([ref.name]);
    } else input[ref.name] = v;
  }
  if (needs !== undefined) {
    into.status[i] = UNDETERMINED;
    into.missing[i] = needs;
    return;
  }
  const verdict = testCriterion(node.criterion!, input, context, () => pathOf(where));
  into.status[i] = verdict.status;
  into.reasons[i] = verdict.reason;
  into.missing[i] = verdict.missing;
}

/**
 * Evaluate one candidate, into `into` (fresh buffers by default; a batch passes the same ones for
 * every candidate, so a candidate costs no allocation beyond its tests' own). Throws a
 * JamsostekError for a malformed fact (path `root + [fact]`) or, unless ignored, a key no rule reads.
 */
export function run(plan: Plan, facts: unknown, context: EvaluationContext, where: Where, into: Buffers = scratch(plan)): Run {
  if (!isFactObject(facts)) fail({ code: 'invalid_input', path: pathOf(where), message: `Expected the candidate's facts as an object, got ${facts === null ? 'null' : Array.isArray(facts) ? 'an array' : typeof facts}`, reason: 'invalid_type' });
  if (where.unknownFacts === 'error') checkUnknownFacts(plan, facts, pathOf(where));
  readFacts(plan, facts, where, into.values);
  const nodes = plan.nodes;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    into.reasons[i] = undefined;
    into.missing[i] = undefined;
    if (!node.inForce) into.status[i] = NOT_IN_FORCE;
    else if (node.criterion !== null) runCriterion(node, i, into.values, context, where, into);
    else into.status[i] = combine(node.kind as GroupKind, node.children, into.status);
  }
  return into;
}

/** A group's status from its members' (members not in force do not count). */
function combine(kind: GroupKind, children: readonly number[], status: Uint8Array): Status {
  let met = false;
  let failed = false;
  let undetermined = false;
  for (const c of children) {
    const s = status[c];
    if (s === MET) met = true;
    else if (s === FAILED) failed = true;
    else if (s === UNDETERMINED) undetermined = true;
  }
  if (kind === 'all') return failed ? FAILED : undetermined ? UNDETERMINED : met ? MET : NOT_IN_FORCE;
  if (kind === 'any') return met ? MET : undetermined ? UNDETERMINED : failed ? FAILED : NOT_IN_FORCE;
  return met ? FAILED : failed ? MET : undetermined ? UNDETERMINED : NOT_IN_FORCE;
}
