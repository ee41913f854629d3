/**
 * Rule sets: rules that must all be met, compiled into a tree of labelled slots. A rule set is
 * a base (for example the national BPU basics) plus layers ({@link extendRuleSet}); its facts are
 * every fact any of its criteria reads, at every level.
 *
 * @module
 */
import * as z from 'zod';
import { hasBrand, setBrand } from '../core/brand';
import { fail, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import { checkDepth, MAX_RULE_DEPTH } from './depth';
import type { AnyFacts, FactsOfRules } from './factTypes';
import { isRuleGroup, nodeLabel, RuleNodeSchema, type RuleNode } from './group';
import { isCriterion } from './rule';
import { BilingualTextSchema, RuleIdSchema } from './schemas';

/** One definition of a rule at one level. @internal */
export interface Definition {
  readonly node: RuleNode;
  /** The rule set (layer) that wrote it. */
  readonly origin: string;
  /** Slots of a group's members. */
  readonly children: readonly Slot[];
}

/** A labelled position in the tree and the definitions stacked on it, bottom level first. @internal */
export interface Slot {
  readonly id: string;
  /** Levels bottom first; the definitions of one level have disjoint effective periods. */
  readonly levels: (readonly Definition[])[];
}

/** How a rule set is written; `N` is its rules. */
export interface RuleSetSpec<N extends readonly RuleNode[] = readonly RuleNode[]> {
  /** Stable id; it is the origin recorded for each of its rules (e.g. `bpu.basics`). */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** What the rule set is and how sure its criteria are. */
  readonly description?: BilingualText;
  /** The rules, all of which must be met. */
  readonly rules: N;
}

const RuleSetSpecSchema = ownStrictObject({
  id: RuleIdSchema,
  title: BilingualTextSchema,
  description: BilingualTextSchema.optional(),
  rules: z.array(RuleNodeSchema).min(1).max(500),
});

/** The brand of rule sets, shared by every copy of the library in the process. */
const RULE_SET_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('jamsostek.RuleSet');

/** The facts a rule set reads, as a type only (nothing at run time). */
declare const FACT_TYPES: unique symbol;

/** True for a rule set made by this or another copy of the library (its brand and its shape). @internal */
export function isRuleSet(value: unknown): value is RuleSet {
  if (!hasBrand(value, RULE_SET_BRAND)) return false;
  const r = value as Partial<Record<keyof RuleSet, unknown>>;
  return typeof r.id === 'string' && Array.isArray(r.layers) && Array.isArray(r.ruleIds) && Array.isArray(r.facts) && Array.isArray(r.root) && typeof r.title === 'object' && r.title !== null;
}

/**
 * A compiled, immutable set of rules; made by {@link defineRuleSet} or {@link extendRuleSet}.
 * `F` is the facts its criteria read (names and types): `evaluateEligibility` and the screening
 * functions take exactly those. `instanceof RuleSet` also recognises a rule set made by another
 * copy of the library.
 *
 * @example
 * ```ts
 * import { ntt2026RuleSet } from 'jamsostek';
 * console.log(ntt2026RuleSet.id, ntt2026RuleSet.layers); // 'ntt2026' ['bpu.basics', 'ntt2026']
 * ```
 */
export class RuleSet<F = AnyFacts> {
  /** Id of the rule set (of its top layer). */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** Description, if given. */
  readonly description: BilingualText | null;
  /** The layers, bottom first (the base rule set's id, then each layer's id). */
  readonly layers: readonly string[];
  /** Every labelled rule id, in tree order. */
  readonly ruleIds: readonly string[];
  /** Every fact a criterion of the rule set reads (any layer, any effective period), in tree order: the facts a screening form can ask for. */
  readonly facts: readonly string[];
  /** The tree. @internal */
  readonly root: readonly Slot[];
  /** The facts its criteria read, as a type (no value at run time). @internal */
  declare readonly [FACT_TYPES]?: F;

  /** @internal */
  constructor(id: string, title: BilingualText, description: BilingualText | null, layers: readonly string[], root: readonly Slot[], ruleIds: readonly string[]) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.layers = Object.freeze([...layers]);
    this.root = root;
    this.ruleIds = Object.freeze([...ruleIds]);
    // A backstop for a hand-made rule set: defineRuleSet and extendRuleSet check every rule first.
    if (treeDepth(root) > MAX_RULE_DEPTH) fail({ code: 'invalid_input', path: ['root'], message: `A rule set nests at most ${MAX_RULE_DEPTH} levels deep`, reason: 'rule_too_deep' });
    this.facts = Object.freeze(declaredFacts(root));
    setBrand(this, RULE_SET_BRAND);
    Object.freeze(this);
  }

  /** True for a rule set of this or another copy of the library (by brand and shape, not by class). */
  static [Symbol.hasInstance](value: unknown): value is RuleSet {
    return isRuleSet(value);
  }
}

/**
 * The level (1 for a rule set's own rules) of every slot in a tree, every definition included,
 * found with an explicit stack; stops early once a slot lies deeper than `stopAfter`. @internal
 */
export function slotLevels(root: readonly Slot[], stopAfter = Infinity): Map<Slot, number> {
  const levels = new Map<Slot, number>();
  const pending: [Slot, number][] = root.map((slot) => [slot, 1]);
  while (pending.length > 0) {
    const [slot, level] = pending.pop()!;
    levels.set(slot, level);
    if (level > stopAfter) break;
    for (const definitions of slot.levels) for (const d of definitions) for (const child of d.children) pending.push([child, level + 1]);
  }
  return levels;
}

/** How many levels deep a tree of slots goes (more than {@link MAX_RULE_DEPTH}: some number above it). */
function treeDepth(root: readonly Slot[]): number {
  let deepest = 0;
  for (const level of slotLevels(root, MAX_RULE_DEPTH).values()) deepest = Math.max(deepest, level);
  return deepest;
}

/** The facts every definition of every criterion of a tree reads, in tree order (each once). */
function declaredFacts(root: readonly Slot[]): string[] {
  const facts = new Set<string>();
  const stack: Slot[] = [...root].reverse();
  while (stack.length > 0) {
    const slot = stack.pop()!;
    const children: Slot[] = [];
    for (const level of slot.levels) {
      for (const d of level) {
        if (isCriterion(d.node)) for (const fact of d.node.facts) facts.add(fact);
        children.push(...d.children);
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return [...facts];
}

/** Rule ids to their slots, while a tree is built. @internal */
export type Index = Map<string, Slot>;

/** Record a labelled slot; its id must be new. @internal */
export function register(index: Index, order: string[], slot: Slot, path: readonly PathSegment[]): void {
  if (index.has(slot.id)) fail({ code: 'invalid_input', path, message: `Rule id "${slot.id}" is used twice in this rule set; ids are labels and must be unique`, reason: 'duplicate_rule_id' });
  index.set(slot.id, slot);
  order.push(slot.id);
}

/** One definition of `node` by `origin`, with slots for a group's members. @internal */
export function definitionOf(node: RuleNode, origin: string, index: Index, order: string[], path: readonly PathSegment[]): Definition {
  const children = isRuleGroup(node) ? node.children.map((child, i) => buildSlot(child, origin, index, order, [...path, 'children', i])) : [];
  return Object.freeze({ node, origin, children: Object.freeze(children) });
}

function buildSlot(node: RuleNode, origin: string, index: Index, order: string[], path: readonly PathSegment[]): Slot {
  const slot: Slot = { id: nodeLabel(node), levels: [] };
  if (node.id !== null) register(index, order, slot, [...path, 'id']);
  slot.levels.push(Object.freeze([definitionOf(node, origin, index, order, path)]));
  return slot;
}

/**
 * Define a rule set: rules that must all be met. Its id is recorded as the origin of each of its
 * rules in every result. Its facts are those its rules read (`facts`, and in the type). Bad
 * definitions are typed `invalid_input` errors under `['spec', ...]`.
 *
 * @example
 * ```ts
 * import { defineRuleSet, bpuRegistrationAge, bpuOccupationLimit } from 'jamsostek';
 * const rules = defineRuleSet({
 *   id: 'my.basics',
 *   title: { id: 'Syarat dasar', en: 'Basics' },
 *   rules: [bpuRegistrationAge, bpuOccupationLimit],
 * });
 * console.log(rules.ruleIds, rules.facts); // ['bpu.registrationAge', 'bpu.occupations'] ['birthDate', 'nik', 'occupations']
 * ```
 */
export function defineRuleSet<const N extends readonly RuleNode[]>(spec: RuleSetSpec<N>): RuleSet<FactsOfRules<N>> {
  const parsed = parseInput(RuleSetSpecSchema, spec, ['spec']);
  parsed.rules.forEach((node, i) => checkDepth(node, 1, ['spec', 'rules', i]));
  const index: Index = new Map();
  const order: string[] = [];
  const root = parsed.rules.map((node, i) => buildSlot(node, parsed.id, index, order, ['spec', 'rules', i]));
  return new RuleSet<FactsOfRules<N>>(parsed.id, Object.freeze({ ...parsed.title }), parsed.description === undefined ? null : Object.freeze({ ...parsed.description }), [parsed.id], Object.freeze(root), order);
}
