/**
 * Composition of criteria into rule sets: `allOf`, `anyOf`, `not`, and labelled exceptions in the
 * spirit of Catala. A rule set is a base (for example the national BPU basics) plus layers; a
 * layer (a province, a regency) overrides a named rule by defining one with the same id, or adds
 * rules. Overrides passed together are at the same level: two of them for the same rule, both in
 * force on some day, are a typed `rule_conflict` error, never a silent pick. An override not in
 * force on the screening date gives way to the rule it overrides.
 *
 * @module
 */
import * as z from 'zod';
import { hasBrand, setBrand } from '../core/brand';
import { fail, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import {
  ALWAYS,
  BasisSchema,
  BilingualTextSchema,
  type Criterion,
  EffectivePeriodSchema,
  isCriterion,
  periodsOverlap,
  RuleIdSchema,
  type EffectivePeriod,
  type EffectivePeriodInput,
} from './rule';

/** How a group combines its members: all must be met, at least one, or the member must not be met. */
export type GroupKind = 'all' | 'any' | 'not';

/**
 * How deeply rules may nest: a rule set's tree has at most this many levels (a criterion inside
 * at most 63 groups). {@link allOf}, {@link anyOf}, {@link not}, {@link defineRuleSet} and
 * {@link extendRuleSet} refuse a deeper tree with a typed `invalid_input` error (reason
 * `rule_too_deep`) at the member, rule or override that would pass the limit, so that no
 * evaluation can run out of stack. Real rule sets nest a handful of levels.
 *
 * @example
 * ```ts
 * import { MAX_RULE_DEPTH } from 'jamsostek';
 * console.log(MAX_RULE_DEPTH); // 64
 * ```
 */
export const MAX_RULE_DEPTH = 64;

/** The brands of groups and rule sets, shared by every copy of the library in the process. */
const GROUP_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('jamsostek.RuleGroup');
const RULE_SET_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('jamsostek.RuleSet');

const GROUP_KINDS: readonly unknown[] = ['all', 'any', 'not'];

/** True for a group made by this or another copy of the library (its brand and its shape). @internal */
export function isRuleGroup(value: unknown): value is RuleGroup {
  if (!hasBrand(value, GROUP_BRAND)) return false;
  const g = value as Partial<Record<keyof RuleGroup, unknown>>;
  return GROUP_KINDS.includes(g.kind) && (g.id === null || typeof g.id === 'string') && Array.isArray(g.children) && Array.isArray(g.basis) && typeof g.effective === 'object' && g.effective !== null;
}

/** True for a rule set made by this or another copy of the library (its brand and its shape). @internal */
export function isRuleSet(value: unknown): value is RuleSet {
  if (!hasBrand(value, RULE_SET_BRAND)) return false;
  const r = value as Partial<Record<keyof RuleSet, unknown>>;
  return typeof r.id === 'string' && Array.isArray(r.layers) && Array.isArray(r.ruleIds) && Array.isArray(r.root) && typeof r.title === 'object' && r.title !== null;
}

/**
 * A group of rules, made by {@link allOf}, {@link anyOf} or {@link not}. `instanceof RuleGroup`
 * also recognises a group made by another copy of the library.
 *
 * @example
 * ```ts
 * import { anyOf, domicileIn, RuleGroup } from 'jamsostek';
 * const g = anyOf([domicileIn('53', { instrument: 'Pergub', number: '1', year: 2026 })], { id: 'g.region' });
 * console.log(g instanceof RuleGroup, g.kind); // true 'any'
 * ```
 */
export class RuleGroup {
  /** How the members combine. */
  readonly kind: GroupKind;
  /** The label other rule sets override it by, or `null` for an unlabelled group. */
  readonly id: string | null;
  /** Title in both languages. */
  readonly title: BilingualText;
  /** Legal basis (may be empty: a group's members carry their own). */
  readonly basis: readonly Citation[];
  /** When it is in force. */
  readonly effective: EffectivePeriod;
  /** Members, in order. */
  readonly children: readonly RuleNode[];

  /** @internal */
  constructor(kind: GroupKind, id: string | null, title: BilingualText, basis: readonly Citation[], effective: EffectivePeriod, children: readonly RuleNode[]) {
    this.kind = kind;
    this.id = id;
    this.title = title;
    this.basis = basis;
    this.effective = effective;
    this.children = children;
    setBrand(this, GROUP_BRAND);
    Object.freeze(this);
  }

  /** True for a group of this or another copy of the library (by brand and shape, not by class). */
  static [Symbol.hasInstance](value: unknown): value is RuleGroup {
    return isRuleGroup(value);
  }
}

/** A criterion or a group. */
export type RuleNode = Criterion | RuleGroup;

/** Options of a group. */
export interface GroupOptions {
  /** A label, so that another rule set can override the whole group. */
  readonly id?: string;
  /** Title in both languages (a default describes the combination). */
  readonly title?: BilingualText;
  /** Legal basis of the group itself. */
  readonly basis?: Citation | readonly Citation[];
  /** When the group is in force (default: always). */
  readonly effective?: EffectivePeriodInput;
}

const RuleNodeSchema = z.custom<RuleNode>((v) => isCriterion(v) || isRuleGroup(v), 'Expected a rule made by defineCriterion, allOf, anyOf or not');

const GroupOptionsSchema = ownStrictObject({
  id: RuleIdSchema.optional(),
  title: BilingualTextSchema.optional(),
  basis: BasisSchema.optional(),
  effective: EffectivePeriodSchema.optional(),
})
  .optional();

/** The longest generated label of an unlabelled group; a longer one is cut, ending in `…)`. */
const MAX_LABEL_LENGTH = 200;
const LABELS = /* @__PURE__ */ new WeakMap<object, string>();

/** A node's id, or for an unlabelled group a generated label such as `any(a,b)` (computed once per group). */
function nodeLabel(node: RuleNode): string {
  if (node.id !== null) return node.id;
  let label = LABELS.get(node);
  if (label === undefined) {
    label = `${node.kind}(${(node as RuleGroup).children.map(nodeLabel).join(',')})`;
    if (label.length > MAX_LABEL_LENGTH) label = `${label.slice(0, MAX_LABEL_LENGTH - 2)}…)`;
    LABELS.set(node, label);
  }
  return label;
}

/** Levels of a group already measured: a group made here is measured once, when it is made. */
const HEIGHTS = /* @__PURE__ */ new WeakMap<object, number>();
/** The height reported for anything taller than the limit (the walk stops there). */
const TOO_TALL = MAX_RULE_DEPTH + 1;

/**
 * The number of levels of a rule: 1 for a criterion, one more than its tallest member for a
 * group, {@link TOO_TALL} for anything taller than {@link MAX_RULE_DEPTH}. Walks with an explicit
 * stack that never grows past the limit, so a tower of any height (or a cycle in a hand-made
 * object) costs no call stack. @internal
 */
export function ruleHeight(root: RuleNode): number {
  const known = (node: unknown): number | undefined => (isRuleGroup(node) ? HEIGHTS.get(node) : 1);
  const first = known(root);
  if (first !== undefined) return first;
  const frames: { node: RuleGroup; next: number; height: number }[] = [{ node: root as RuleGroup, next: 0, height: 1 }];
  for (;;) {
    const frame = frames[frames.length - 1]!;
    if (frame.next < frame.node.children.length) {
      const child = frame.node.children[frame.next++];
      const height = known(child);
      if (height !== undefined) frame.height = Math.max(frame.height, height + 1);
      else if (frames.length >= MAX_RULE_DEPTH) return TOO_TALL;
      else frames.push({ node: child as RuleGroup, next: 0, height: 1 });
      continue;
    }
    frames.pop();
    const height = Math.min(frame.height, TOO_TALL);
    HEIGHTS.set(frame.node, height);
    const parent = frames[frames.length - 1];
    if (parent === undefined) return height;
    parent.height = Math.max(parent.height, height + 1);
  }
}

/**
 * Fail with a typed `invalid_input` error at `path` when `node`, placed at `level` of a tree (1 for
 * a rule set's own rules, 2 for the member of a new group), would reach past {@link MAX_RULE_DEPTH}.
 */
function checkDepth(node: RuleNode, level: number, path: readonly PathSegment[]): void {
  const height = ruleHeight(node);
  if (level + height - 1 <= MAX_RULE_DEPTH) return;
  const deep = height >= TOO_TALL ? `more than ${MAX_RULE_DEPTH}` : String(height);
  const placed = level === 1 || height >= TOO_TALL ? '' : level === 2 ? ': a group around it would be one level too many' : `; in place of a rule at level ${level}, it would pass level ${MAX_RULE_DEPTH}`;
  fail({ code: 'invalid_input', path, message: `Rules nest at most ${MAX_RULE_DEPTH} levels deep (a criterion inside at most ${MAX_RULE_DEPTH - 1} groups); this rule is ${deep} levels deep${placed}`, reason: 'rule_too_deep' });
}

function group(kind: GroupKind, children: unknown, root: readonly PathSegment[], options: unknown, defaultTitle: (members: readonly RuleNode[]) => BilingualText): RuleGroup {
  const members = parseInput(z.array(RuleNodeSchema).min(1).max(500), children, root);
  // The group is one level above its members: each member may be at most MAX_RULE_DEPTH - 1 levels.
  members.forEach((member, i) => checkDepth(member, 2, kind === 'not' ? root : [...root, i]));
  const o = parseInput(GroupOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const title = o.title === undefined ? defaultTitle(members) : Object.freeze({ id: o.title.id, en: o.title.en });
  const made = new RuleGroup(kind, o.id ?? null, title, o.basis ?? Object.freeze([]), o.effective ?? ALWAYS, Object.freeze([...members]));
  HEIGHTS.set(made, 1 + Math.max(...members.map(ruleHeight)));
  return made;
}

/**
 * A group that is met when every member is met (*semua syarat*). Three-valued: one member not
 * met makes it not met, even if others are undetermined; otherwise one undetermined member makes
 * it undetermined.
 *
 * @example
 * ```ts
 * import { allOf, bpuRegistrationAge, bpuOccupationLimit } from 'jamsostek';
 * const basics = allOf([bpuRegistrationAge, bpuOccupationLimit], { id: 'bpu.core' });
 * console.log(basics.kind, basics.children.length); // 'all' 2
 * ```
 */
export function allOf(children: readonly RuleNode[], options?: GroupOptions): RuleGroup {
  return group('all', children, ['children'], options, () => ({ id: 'Semua kriteria berikut terpenuhi', en: 'All of the following are met' }));
}

/**
 * A group that is met when at least one member is met (*salah satu syarat*). Not met only when
 * every member in force is not met; otherwise undetermined if a member is undetermined.
 *
 * @example
 * ```ts
 * import { anyOf, defineCriterion } from 'jamsostek';
 * import { z } from 'zod';
 * const basis = { instrument: 'Perbup', number: '7', year: 2026 } as const;
 * const fisher = defineCriterion({ id: 'work.fisher', title: { id: 'Nelayan', en: 'Fisher' }, basis, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
 * const farmer = defineCriterion({ id: 'work.farmer', title: { id: 'Petani', en: 'Farmer' }, basis, facts: { farmer: z.boolean() }, test: (f) => f.farmer });
 * console.log(anyOf([fisher, farmer], { id: 'work.sector' }).id); // 'work.sector'
 * ```
 */
export function anyOf(children: readonly RuleNode[], options?: GroupOptions): RuleGroup {
  return group('any', children, ['children'], options, () => ({ id: 'Sekurang-kurangnya satu kriteria berikut terpenuhi', en: 'At least one of the following is met' }));
}

/**
 * A group that is met when its single member is not met (*tidak/bukan*), and undetermined when
 * the member is. When it fails, the explanation names this group as the failed criterion.
 *
 * @example
 * ```ts
 * import { not, defineCriterion } from 'jamsostek';
 * import { z } from 'zod';
 * const civilServant = defineCriterion({
 *   id: 'work.civilServant', title: { id: 'Aparatur sipil negara', en: 'Civil servant' },
 *   basis: { instrument: 'Perbup', number: '7', year: 2026 }, facts: { asn: z.boolean() }, test: (f) => f.asn,
 * });
 * console.log(not(civilServant).title.en); // 'Not: Civil servant'
 * ```
 */
export function not(child: RuleNode, options?: GroupOptions): RuleGroup {
  const member = parseInput(RuleNodeSchema, child, ['child']);
  return group('not', [member], ['child'], options, (members) => {
    const only = members[0]!;
    return { id: `Bukan: ${only.title.id}`, en: `Not: ${only.title.en}` };
  });
}

// ---------------------------------------------------------------------------------------------
// Rule sets

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

/** How a rule set is written. */
export interface RuleSetSpec {
  /** Stable id; it is the origin recorded for each of its rules (e.g. `bpu.basics`). */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** What the rule set is and how sure its criteria are. */
  readonly description?: BilingualText;
  /** The rules, all of which must be met. */
  readonly rules: readonly RuleNode[];
}

/** A layer on a rule set: labelled overrides of its rules and rules added to it. */
export interface RuleSetExtension {
  /** Stable id of the layer (e.g. `ntt2026`); recorded as the origin of its rules. */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** What the layer changes. */
  readonly description?: BilingualText;
  /** Rules that replace the rule with the same id (a labelled exception). */
  readonly overrides?: readonly RuleNode[];
  /** Rules added to the set (all must be met), after the existing ones. */
  readonly add?: readonly RuleNode[];
}

const RuleSetSpecSchema = ownStrictObject({
  id: RuleIdSchema,
  title: BilingualTextSchema,
  description: BilingualTextSchema.optional(),
  rules: z.array(RuleNodeSchema).min(1).max(500),
});

const ExtensionSchema = ownStrictObject({
  id: RuleIdSchema,
  title: BilingualTextSchema,
  description: BilingualTextSchema.optional(),
  overrides: z.array(RuleNodeSchema).max(500).optional(),
  add: z.array(RuleNodeSchema).max(500).optional(),
});

/**
 * A compiled, immutable set of rules; made by {@link defineRuleSet} or {@link extendRuleSet}.
 * `instanceof RuleSet` also recognises a rule set made by another copy of the library.
 *
 * @example
 * ```ts
 * import { ntt2026RuleSet } from 'jamsostek';
 * console.log(ntt2026RuleSet.id, ntt2026RuleSet.layers); // 'ntt2026' ['bpu.basics', 'ntt2026']
 * ```
 */
export class RuleSet {
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
  /** The tree. @internal */
  readonly root: readonly Slot[];

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
 * found with an explicit stack; stops early once a slot lies deeper than `stopAfter`.
 */
function slotLevels(root: readonly Slot[], stopAfter = Infinity): Map<Slot, number> {
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

type Index = Map<string, Slot>;

function register(index: Index, order: string[], slot: Slot, path: readonly (string | number)[]): void {
  if (index.has(slot.id)) fail({ code: 'invalid_input', path, message: `Rule id "${slot.id}" is used twice in this rule set; ids are labels and must be unique`, reason: 'duplicate_rule_id' });
  index.set(slot.id, slot);
  order.push(slot.id);
}

function definitionOf(node: RuleNode, origin: string, index: Index, order: string[], path: readonly (string | number)[]): Definition {
  const children = isRuleGroup(node) ? node.children.map((child, i) => buildSlot(child, origin, index, order, [...path, 'children', i])) : [];
  return Object.freeze({ node, origin, children: Object.freeze(children) });
}

function buildSlot(node: RuleNode, origin: string, index: Index, order: string[], path: readonly (string | number)[]): Slot {
  const slot: Slot = { id: nodeLabel(node), levels: [] };
  if (node.id !== null) register(index, order, slot, [...path, 'id']);
  slot.levels.push(Object.freeze([definitionOf(node, origin, index, order, path)]));
  return slot;
}

function cloneSlot(slot: Slot, index: Index, order: string[]): Slot {
  const copy: Slot = { id: slot.id, levels: [] };
  if (!slot.id.includes('(')) {
    index.set(slot.id, copy);
    order.push(slot.id);
  }
  for (const level of slot.levels) {
    copy.levels.push(Object.freeze(level.map((d) => Object.freeze({ node: d.node, origin: d.origin, children: Object.freeze(d.children.map((c) => cloneSlot(c, index, order))) }))));
  }
  return copy;
}

/**
 * Define a rule set: rules that must all be met. Its id is recorded as the origin of each of its
 * rules in every result.
 *
 * @example
 * ```ts
 * import { defineRuleSet, bpuRegistrationAge, bpuOccupationLimit } from 'jamsostek';
 * const rules = defineRuleSet({
 *   id: 'my.basics',
 *   title: { id: 'Syarat dasar', en: 'Basics' },
 *   rules: [bpuRegistrationAge, bpuOccupationLimit],
 * });
 * console.log(rules.ruleIds); // ['bpu.registrationAge', 'bpu.occupations']
 * ```
 */
export function defineRuleSet(spec: RuleSetSpec): RuleSet {
  const parsed = parseInput(RuleSetSpecSchema, spec, ['ruleSet']);
  parsed.rules.forEach((node, i) => checkDepth(node, 1, ['ruleSet', 'rules', i]));
  const index: Index = new Map();
  const order: string[] = [];
  const root = parsed.rules.map((node, i) => buildSlot(node, parsed.id, index, order, ['ruleSet', 'rules', i]));
  return new RuleSet(parsed.id, Object.freeze({ ...parsed.title }), parsed.description === undefined ? null : Object.freeze({ ...parsed.description }), [parsed.id], Object.freeze(root), order);
}

/**
 * A new rule set: `base` with one or more layers on top. Layers passed in the same call are at
 * the same level; a later call stacks a higher level (a regency on its province on the national
 * basics). Each override replaces the rule with its id (Catala's labelled exception); when the
 * override is not in force on the screening date, the rule below it applies. Errors: an override
 * of an unknown id, or an added id that exists, is `invalid_input`; two overrides (or additions)
 * of the same rule at the same level whose effective periods share a day are `rule_conflict`
 * naming the rule and both layers.
 *
 * @example
 * ```ts
 * import { extendRuleSet, bpuBasicsRuleSet, defineCriterion, evaluateEligibility } from 'jamsostek';
 * import { z } from 'zod';
 * const age = defineCriterion({
 *   id: 'bpu.registrationAge',
 *   title: { id: 'Berusia 18 sampai 59 tahun', en: 'Aged 18 to 59' },
 *   basis: { instrument: 'Pergub', number: '12', year: 2026, note: 'Example provincial regulation' },
 *   facts: { age: z.number().int() },
 *   test: ({ age }) => age >= 18 && age < 60,
 * });
 * const province = extendRuleSet(bpuBasicsRuleSet, { id: 'prov.example', title: { id: 'Contoh', en: 'Example' }, overrides: [age] });
 * const result = evaluateEligibility(
 *   { age: 40, employment: 'self_employed', occupations: ['petani'] }, province, { asOf: '2026-01-15' },
 * );
 * console.log(result.outcome, result.criteria.find((c) => c.id === 'bpu.registrationAge')?.origin); // 'eligible' 'prov.example'
 * ```
 */
export function extendRuleSet(base: RuleSet, extensions: RuleSetExtension | readonly RuleSetExtension[]): RuleSet {
  if (!isRuleSet(base)) fail({ code: 'invalid_input', path: ['base'], message: 'Expected a RuleSet made by defineRuleSet or extendRuleSet', reason: 'invalid_type' });
  const list = parseInput(z.union([ExtensionSchema.transform((e) => [e]), z.array(ExtensionSchema).min(1).max(50)]), extensions, ['extensions']);
  const rootPath = (i: number): (string | number)[] => (Array.isArray(extensions) ? ['extensions', i] : ['extensions']);
  const seenIds = new Set<string>();
  list.forEach((ext, i) => {
    if (base.layers.includes(ext.id) || seenIds.has(ext.id)) fail({ code: 'invalid_input', path: [...rootPath(i), 'id'], message: `A layer named "${ext.id}" is already in this rule set`, reason: 'duplicate_layer' });
    seenIds.add(ext.id);
  });

  const index: Index = new Map();
  const order: string[] = [];
  const root = base.root.map((slot) => cloneSlot(slot, index, order));

  // Overrides, grouped by the rule they replace (all at one level).
  const byRule = new Map<string, { node: RuleNode; origin: string; path: (string | number)[] }[]>();
  list.forEach((ext, i) => {
    (ext.overrides ?? []).forEach((node, j) => {
      const path = [...rootPath(i), 'overrides', j];
      if (node.id === null) fail({ code: 'invalid_input', path, message: 'An override needs the id of the rule it replaces (give the group an id)', reason: 'missing_id' });
      if (!index.has(node.id)) fail({ code: 'invalid_input', path: [...path, 'id'], message: `Rule "${node.id}" is not in rule set ${base.id}; known: ${order.join(', ')}`, reason: 'unknown_rule' });
      const entries = byRule.get(node.id) ?? [];
      entries.push({ node, origin: ext.id, path });
      byRule.set(node.id, entries);
    });
  });
  for (const [id, entries] of byRule) checkSameLevel(id, entries);
  // An override takes the place of the rule it replaces: its levels start at that rule's level.
  const levels = slotLevels(root);
  for (const [id, entries] of byRule) for (const e of entries) checkDepth(e.node, levels.get(index.get(id)!)!, e.path);
  for (const [id, entries] of byRule) {
    const slot = index.get(id)!;
    slot.levels.push(Object.freeze(entries.map((e) => definitionOf(e.node, e.origin, index, order, e.path))));
  }

  // Additions, also at one level.
  const added = new Map<string, { node: RuleNode; origin: string; path: (string | number)[] }[]>();
  const additions: { node: RuleNode; origin: string; path: (string | number)[] }[] = [];
  list.forEach((ext, i) => {
    (ext.add ?? []).forEach((node, j) => {
      const entry = { node, origin: ext.id, path: [...rootPath(i), 'add', j] };
      checkDepth(node, 1, entry.path);
      additions.push(entry);
      if (node.id === null) return;
      if (index.has(node.id)) fail({ code: 'invalid_input', path: [...entry.path, 'id'], message: `Rule "${node.id}" is already in rule set ${base.id}: list it in overrides to replace it`, reason: 'duplicate_rule_id' });
      const entries = added.get(node.id) ?? [];
      entries.push(entry);
      added.set(node.id, entries);
    });
  });
  for (const [id, entries] of added) checkSameLevel(id, entries);
  const done = new Set<string>();
  for (const entry of additions) {
    const id = entry.node.id;
    if (id !== null && done.has(id)) continue;
    const same = id === null ? [entry] : added.get(id)!;
    const slot: Slot = { id: nodeLabel(entry.node), levels: [] };
    if (id !== null) {
      done.add(id);
      register(index, order, slot, [...entry.path, 'id']);
    }
    slot.levels.push(Object.freeze(same.map((e) => definitionOf(e.node, e.origin, index, order, e.path))));
    root.push(slot);
  }

  const id = list.map((e) => e.id).join('+');
  const title = list.length === 1 ? Object.freeze({ ...list[0]!.title }) : Object.freeze({ id: list.map((e) => e.title.id).join(' + '), en: list.map((e) => e.title.en).join(' + ') });
  const description = list.length === 1 && list[0]!.description !== undefined ? Object.freeze({ ...list[0]!.description }) : base.description;
  return new RuleSet(id, title, description, [...base.layers, id], Object.freeze(root), order);
}

function checkSameLevel(id: string, entries: readonly { node: RuleNode; origin: string; path: (string | number)[] }[]): void {
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) {
      const x = entries[a]!;
      const y = entries[b]!;
      if (periodsOverlap(x.node.effective, y.node.effective)) {
        fail({
          code: 'rule_conflict',
          path: y.path,
          message: `Rule "${id}" is defined twice at the same level (by ${x.origin} and ${y.origin}) with effective periods that overlap; the library never picks one silently. Give them disjoint periods, or stack one on the other with a separate extendRuleSet call`,
          rule: id,
          sources: [x.origin, y.origin],
        });
      }
    }
  }
}
