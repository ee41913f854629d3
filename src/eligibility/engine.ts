/**
 * The evaluation engine: a rule set is compiled once per screening date into a flat plan (the
 * definition in force for every rule, the distinct facts to parse), then run per candidate with
 * integer statuses and no per-candidate compilation. Shared by the single and the batch forms.
 *
 * @module
 * @internal
 */
import { ZodOptional, type z } from 'zod';
import type { CalendarDate } from '../core/calendar';
import { fromZodError, isJamsostekError, JamsostekError, fail, showValue, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { isArray, own, safeParseOwn, unreadable } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawRegistry, ParameterId, ParameterValueOf } from '../law/registry';
import type { ResolvedValue } from '../law/timeline';
import { valueAt } from '../law/lookup';
import { RuleGroup, type GroupKind, type RuleSet, type Slot } from './compose';
import { FALLBACK, FAST_PARSERS } from './facts';
import { Criterion, inForce, type CriterionContext } from './rule';

/** Status codes of a node. */
export const MET = 0;
export const FAILED = 1;
export const UNDETERMINED = 2;
export const NOT_IN_FORCE = 3;
export type Status = typeof MET | typeof FAILED | typeof UNDETERMINED | typeof NOT_IN_FORCE;

/** A node of a compiled plan. */
export interface PlanNode {
  readonly index: number;
  readonly id: string;
  readonly kind: 'criterion' | GroupKind;
  readonly title: BilingualText;
  readonly basis: readonly Citation[];
  readonly origin: string;
  readonly overridden: readonly string[];
  readonly parent: number;
  readonly depth: number;
  readonly children: readonly number[];
  readonly criterion: Criterion | null;
  readonly inForce: boolean;
  /** For criteria: fact slot index per declared fact. */
  readonly refs: readonly { readonly slot: number; readonly name: string; readonly optional: boolean }[];
}

/** A distinct fact to parse: a name and a schema. */
export interface FactSlot {
  readonly name: string;
  readonly schema: z.ZodType;
  /** A fast path with the schema's behaviour, for the built-in facts. */
  readonly fast: ((value: unknown) => unknown) | undefined;
}

/** A rule set compiled for one screening date. */
export interface Plan {
  readonly ruleSet: RuleSet;
  readonly asOf: CalendarDate;
  readonly nodes: readonly PlanNode[];
  readonly facts: readonly FactSlot[];
}

/** Compile a rule set for a date. Node 0 is the implicit "all" root. */
export function compile(ruleSet: RuleSet, asOf: CalendarDate): Plan {
  const nodes: PlanNode[] = [];
  const facts: FactSlot[] = [];
  const factIndex = new Map<string, Map<z.ZodType, number>>();
  const rootChildren: number[] = [];
  nodes.push({
    index: 0, id: ruleSet.id, kind: 'all', title: ruleSet.title, basis: [], origin: ruleSet.id, overridden: [], parent: -1, depth: -1,
    children: rootChildren, criterion: null, inForce: true, refs: [],
  });
  const visit = (slot: Slot, parent: number, depth: number, siblings: number[]): void => {
    const index = nodes.length;
    siblings.push(index);
    let chosen: { level: number; def: Slot['levels'][number][number] } | undefined;
    for (let level = slot.levels.length - 1; level >= 0 && chosen === undefined; level--) {
      const def = slot.levels[level]!.find((d) => inForce(d.node.effective, asOf));
      if (def !== undefined) chosen = { level, def };
    }
    const overridden: string[] = [];
    if (chosen !== undefined) {
      for (let level = chosen.level - 1; level >= 0; level--) {
        for (const d of slot.levels[level]!) if (inForce(d.node.effective, asOf) && !overridden.includes(d.origin)) overridden.push(d.origin);
      }
    }
    const top = slot.levels[slot.levels.length - 1]![0]!;
    const def = chosen?.def ?? top;
    const node = def.node;
    const children: number[] = [];
    const refs: PlanNode['refs'][number][] = [];
    if (chosen !== undefined && node instanceof Criterion) {
      for (const spec of node.slots) {
        let bySchema = factIndex.get(spec.name);
        if (bySchema === undefined) {
          bySchema = new Map();
          factIndex.set(spec.name, bySchema);
        }
        // A missing fact never reaches its schema, so `x.optional()` parses as `x`: the same fact
        // read as optional by one rule and as required by another is parsed once.
        let schema = spec.schema;
        while (schema instanceof ZodOptional) schema = (schema as ZodOptional<z.ZodType>).unwrap();
        let at = bySchema.get(schema);
        if (at === undefined) {
          at = facts.length;
          facts.push({ name: spec.name, schema, fast: FAST_PARSERS.get(schema) });
          bySchema.set(schema, at);
        }
        refs.push({ slot: at, name: spec.name, optional: spec.optional });
      }
    }
    nodes.push({
      index, id: slot.id, kind: node instanceof Criterion ? 'criterion' : node.kind, title: node.title, basis: node.basis, origin: def.origin,
      overridden, parent, depth, children, criterion: node instanceof Criterion ? node : null, inForce: chosen !== undefined, refs,
    });
    if (chosen !== undefined && node instanceof RuleGroup) for (const child of def.children) visit(child, index, depth + 1, children);
  };
  for (const slot of ruleSet.root) visit(slot, 0, 0, rootChildren);
  return { ruleSet, asOf, nodes, facts };
}

/** A context for tests: the date, the law, and a cache of parameter values. */
export class EvaluationContext implements CriterionContext {
  readonly asOf: CalendarDate;
  readonly law: LawRegistry;
  readonly explain: boolean;
  readonly #cache = new Map<string, ResolvedValue<unknown>>();
  /** Values read since the last reset, when tracking. */
  used: Map<string, ResolvedValue<unknown>> | null = null;

  constructor(asOf: CalendarDate, law: LawRegistry, explain: boolean) {
    this.asOf = asOf;
    this.law = law;
    this.explain = explain;
  }

  parameter<K extends ParameterId>(id: K): ResolvedValue<ParameterValueOf<K>> {
    let value = this.#cache.get(id);
    if (value === undefined) {
      const parameter = this.law.parameter(id);
      value = valueAt(parameter, parameter.granularity === 'month' ? this.asOf.slice(0, 7) : this.asOf) as ResolvedValue<unknown>;
      this.#cache.set(id, value);
    }
    this.used?.set(id, value);
    return value as ResolvedValue<ParameterValueOf<K>>;
  }
}

/** What a run gives per node. */
export interface Run {
  readonly status: Uint8Array;
  /** Per node: the test's reason, if it gave one. */
  readonly reasons: (BilingualText | undefined)[];
  /** Per node: missing facts, each requirement a list of alternatives. */
  readonly missing: (readonly (readonly string[])[] | undefined)[];
}

const MISSING: unique symbol = Symbol('missing');

/** The path of a candidate: `root`, then its index in a batch. Built only when reporting an error. */
function path(root: readonly PathSegment[], index: number | undefined): PathSegment[] {
  return index === undefined ? [...root] : [...root, index];
}

/** True when `value` is a plain object of facts (not an array or null). */
export function isFactObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !isArray(value);
}

/**
 * Parse the facts the rules in force read into `values` (MISSING for an absent one). Own keys only:
 * a fact set on Object.prototype is missing, not given; a getter or Proxy trap that throws is a
 * typed error at the fact's path.
 */
function readFacts(plan: Plan, facts: Record<string, unknown>, root: readonly PathSegment[], index: number | undefined, values: unknown[]): void {
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
      const factPath = [...path(root, index), slot.name];
      const parsed = safeParseOwn(slot.schema, raw, factPath);
      if (!parsed.success) throw fromZodError(parsed.error, factPath);
      values[i] = parsed.data;
    }
  } catch (error) {
    unreadable([...path(root, index), plan.facts[i]!.name], error); // the library's own errors pass through
  }
}

/** A fast parser's answer, or FALLBACK when it declines or cannot read the value (the schema then reports it). */
function quickParse(fast: (value: unknown) => unknown, raw: unknown): unknown {
  try {
    return fast(raw);
  } catch {
    return FALLBACK;
  }
}

/** Buffers for {@link run}, reusable from one candidate to the next in a batch. */
export function scratch(plan: Plan): Run & { readonly values: unknown[] } {
  const n = plan.nodes.length;
  return { status: new Uint8Array(n), reasons: new Array<BilingualText | undefined>(n), missing: new Array<readonly (readonly string[])[] | undefined>(n), values: new Array<unknown>(plan.facts.length) };
}

/**
 * Evaluate one candidate, into `into` (fresh buffers by default; a batch passes the same ones for
 * every candidate, so a candidate costs no allocation beyond its tests' own). Throws a
 * JamsostekError for a malformed fact (path `root + [fact]`).
 */
export function run(plan: Plan, facts: unknown, context: EvaluationContext, root: readonly PathSegment[], index: number | undefined, into: Run & { readonly values: unknown[] } = scratch(plan)): Run {
  if (!isFactObject(facts)) fail({ code: 'invalid_input', path: path(root, index), message: `Expected the candidate's facts as an object, got ${facts === null ? 'null' : Array.isArray(facts) ? 'an array' : typeof facts}`, reason: 'invalid_type' });
  const values = into.values;
  readFacts(plan, facts, root, index, values);
  const nodes = plan.nodes;
  const n = nodes.length;
  const { status, reasons, missing } = into;
  for (let i = n - 1; i >= 0; i--) {
    const node = nodes[i]!;
    reasons[i] = undefined;
    missing[i] = undefined;
    if (!node.inForce) {
      status[i] = NOT_IN_FORCE;
      continue;
    }
    const criterion = node.criterion;
    if (criterion !== null) {
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
        status[i] = UNDETERMINED;
        missing[i] = needs;
        continue;
      }
      let verdict: unknown;
      try {
        verdict = criterion.test(input, context);
      } catch (error) {
        if (isJamsostekError(error)) {
          // A test reports a bad fact at ['facts', name, ...]; re-root it where the caller's facts are.
          throw new JamsostekError(error.issues.map((issue) => (issue.path[0] === 'facts' ? { ...issue, path: [...path(root, index), ...issue.path.slice(1)] } : issue)));
        }
        const said = error instanceof Error && typeof error.message === 'string' ? error.message : showValue(error);
        fail({ code: 'invalid_input', path: ['ruleSet', criterion.id], message: `Criterion ${criterion.id} failed with ${said}`, reason: 'rule_error' });
      }
      if (verdict === true || verdict === false) {
        status[i] = verdict ? MET : FAILED;
      } else if (typeof verdict === 'object' && verdict !== null && Object.hasOwn(verdict, 'missing')) {
        // A verdict is read by its own keys only: `reason` or `missing` on Object.prototype is not a verdict.
        const list = (verdict as { missing: unknown }).missing;
        if (!Array.isArray(list) || list.length === 0 || !list.every((f) => typeof f === 'string')) {
          fail({ code: 'invalid_input', path: ['ruleSet', criterion.id], message: `Criterion ${criterion.id} returned "missing" without a list of fact names`, reason: 'rule_error' });
        }
        status[i] = UNDETERMINED;
        missing[i] = [list as string[]];
        reasons[i] = verdictReason(verdict, criterion.id);
      } else if (typeof verdict === 'object' && verdict !== null && typeof own(verdict as { met?: unknown }, 'met') === 'boolean') {
        status[i] = (verdict as { met: boolean }).met ? MET : FAILED;
        reasons[i] = verdictReason(verdict, criterion.id);
      } else {
        fail({ code: 'invalid_input', path: ['ruleSet', criterion.id], message: `Criterion ${criterion.id} returned ${showVerdict(verdict)}; expected true, false, { met, reason } or { missing: [...] }`, reason: 'rule_error' });
      }
      continue;
    }
    status[i] = combine(node.kind as GroupKind, node.children, status);
  }
  return into;
}

/** A verdict for an error message: a value as {@link showValue} shows it, an object by its first keys (`{ met: NaN }`). */
function showVerdict(verdict: unknown): string {
  if (typeof verdict !== 'object' || verdict === null || Array.isArray(verdict)) return showValue(verdict);
  const keys = Object.keys(verdict);
  const shown = keys.slice(0, 3).map((k) => `${showValue(k).slice(1, -1)}: ${showValue((verdict as Record<string, unknown>)[k])}`);
  return `{ ${shown.join(', ')}${keys.length > 3 ? ', …' : ''} }`;
}

/** The reason of a verdict: absent, or text in both languages; anything else is the rule's error. */
function verdictReason(verdict: object, id: string): BilingualText | undefined {
  const reason = own(verdict as { reason?: unknown }, 'reason'); // a `reason` on Object.prototype is not this verdict's
  if (reason === undefined) return undefined;
  const r = reason as Partial<Record<keyof BilingualText, unknown>> | null;
  if (typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.en === 'string') return reason as BilingualText;
  fail({ code: 'invalid_input', path: ['ruleSet', id], message: `Criterion ${id} gave a reason that is not text in both languages ({ id, en }): ${showVerdict(reason)}`, reason: 'rule_error' });
}

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

/** The failed criteria that decide an "ineligible" (leaves and `not` groups), in tree order. */
export function decisiveFailures(plan: Plan, status: Uint8Array, at = 0, out: number[] = []): number[] {
  const node = plan.nodes[at]!;
  if (status[at] !== FAILED) return out;
  if (node.kind === 'criterion' || node.kind === 'not') {
    out.push(at);
    return out;
  }
  for (const c of node.children) decisiveFailures(plan, status, c, out);
  return out;
}

/** The missing-fact requirements that decide an "undetermined", deduplicated, in tree order. */
export function decisiveMissing(plan: Plan, r: Run, at = 0, out: (readonly string[])[] = [], seen: Set<string> = new Set()): (readonly string[])[] {
  if (r.status[at] !== UNDETERMINED) return out;
  const node = plan.nodes[at]!;
  if (node.kind === 'criterion') {
    for (const req of r.missing[at]!) {
      const key = req.join('|');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(req);
      }
    }
    return out;
  }
  for (const c of node.children) decisiveMissing(plan, r, c, out, seen);
  return out;
}

/** Add one to `counts[i]` for each decisive failure `i` (the batch form of {@link decisiveFailures}). */
export function countFailures(plan: Plan, status: Uint8Array, counts: Float64Array, at = 0): void {
  if (status[at] !== FAILED) return;
  const node = plan.nodes[at]!;
  if (node.kind === 'criterion' || node.kind === 'not') {
    counts[at]!++;
    return;
  }
  for (const c of node.children) countFailures(plan, status, counts, c);
}
