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
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { isMadeByLibrary, madeByLibrary, NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import {
  ALWAYS,
  BasisSchema,
  BilingualTextSchema,
  Criterion,
  EffectivePeriodSchema,
  periodsOverlap,
  RuleIdSchema,
  type EffectivePeriod,
  type EffectivePeriodInput,
} from './rule';

/** How a group combines its members: all must be met, at least one, or the member must not be met. */
export type GroupKind = 'all' | 'any' | 'not';

/**
 * A group of rules, made by {@link allOf}, {@link anyOf} or {@link not}.
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
    madeByLibrary(this);
    this.kind = kind;
    this.id = id;
    this.title = title;
    this.basis = basis;
    this.effective = effective;
    this.children = children;
    Object.freeze(this);
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

// Made by the library (a WeakSet lookup, no Proxy trap) before instanceof (which runs the traps).
const RuleNodeSchema = z.custom<RuleNode>((v) => isMadeByLibrary(v) && (v instanceof Criterion || v instanceof RuleGroup), 'Expected a rule made by defineCriterion, allOf, anyOf or not');

const GroupOptionsSchema = ownStrictObject({
  id: RuleIdSchema.optional(),
  title: BilingualTextSchema.optional(),
  basis: BasisSchema.optional(),
  effective: EffectivePeriodSchema.optional(),
})
  .optional();

function nodeLabel(node: RuleNode): string {
  return node.id ?? `${node.kind}(${(node as RuleGroup).children.map(nodeLabel).join(',')})`;
}

function group(kind: GroupKind, children: unknown, options: unknown, defaultTitle: (members: readonly RuleNode[]) => BilingualText): RuleGroup {
  const members = parseInput(z.array(RuleNodeSchema).min(1).max(500), children, ['children']);
  const o = parseInput(GroupOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const title = o.title === undefined ? defaultTitle(members) : Object.freeze({ id: o.title.id, en: o.title.en });
  return new RuleGroup(kind, o.id ?? null, title, o.basis ?? Object.freeze([]), o.effective ?? ALWAYS, Object.freeze([...members]));
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
  return group('all', children, options, () => ({ id: 'Semua kriteria berikut terpenuhi', en: 'All of the following are met' }));
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
  return group('any', children, options, () => ({ id: 'Sekurang-kurangnya satu kriteria berikut terpenuhi', en: 'At least one of the following is met' }));
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
  return group('not', [child], options, (members) => {
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
    madeByLibrary(this);
    this.id = id;
    this.title = title;
    this.description = description;
    this.layers = Object.freeze([...layers]);
    this.root = root;
    this.ruleIds = Object.freeze([...ruleIds]);
    Object.freeze(this);
  }
}

type Index = Map<string, Slot>;

function register(index: Index, order: string[], slot: Slot, path: readonly (string | number)[]): void {
  if (index.has(slot.id)) fail({ code: 'invalid_input', path, message: `Rule id "${slot.id}" is used twice in this rule set; ids are labels and must be unique`, reason: 'duplicate_rule_id' });
  index.set(slot.id, slot);
  order.push(slot.id);
}

function definitionOf(node: RuleNode, origin: string, index: Index, order: string[], path: readonly (string | number)[]): Definition {
  const children = node instanceof RuleGroup ? node.children.map((child, i) => buildSlot(child, origin, index, order, [...path, 'children', i])) : [];
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
  if (!isMadeByLibrary(base) || !(base instanceof RuleSet)) fail({ code: 'invalid_input', path: ['base'], message: 'Expected a RuleSet made by defineRuleSet or extendRuleSet', reason: 'invalid_type' });
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
