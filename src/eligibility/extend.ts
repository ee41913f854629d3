/**
 * Layers on a rule set: labelled overrides of its rules and rules added to it, in the spirit of
 * Catala's labelled exceptions. A layer (a province, a regency) overrides a named rule by
 * defining one with the same id, or adds rules. Overrides passed together are at the same level:
 * two of them for the same rule, both in force on some day, are a typed `rule_conflict` error,
 * never a silent pick. An override not in force on the screening date gives way to the rule it
 * overrides.
 *
 * @module
 */
import * as z from 'zod';
import { fail, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import { checkDepth } from './depth';
import type { FactsOfRules } from './factTypes';
import { nodeLabel, RuleNodeSchema, type RuleNode } from './group';
import { definitionOf, isRuleSet, register, RuleSet, slotLevels, type Index, type Slot } from './ruleSet';
import { BilingualTextSchema, periodsOverlap, RuleIdSchema } from './schemas';

/** A layer on a rule set: labelled overrides of its rules and rules added to it. */
export interface RuleSetExtension<O extends readonly RuleNode[] = readonly RuleNode[], A extends readonly RuleNode[] = readonly RuleNode[]> {
  /** Stable id of the layer (e.g. `ntt2026`); recorded as the origin of its rules. */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** What the layer changes. */
  readonly description?: BilingualText;
  /** Rules that replace the rule with the same id (a labelled exception). */
  readonly overrides?: O;
  /** Rules added to the set (all must be met), after the existing ones. */
  readonly add?: A;
}

/** The rules extensions write: the overrides and additions of one layer, or of each of a list. */
export type ExtensionRules<E> =
  (E extends readonly (infer X)[] ? X : E) extends infer L
    ? (L extends { readonly overrides?: readonly (infer O)[] } ? O : never) | (L extends { readonly add?: readonly (infer A)[] } ? A : never)
    : never;
/** The facts of rule set `base` (facts `F`) extended by `E`: the base's and those of every rule the layers write. */
export type ExtendedFacts<F, E> = FactsOfRules<[RuleSet<F>, ...ExtensionRules<E>[]]>;

const ExtensionSchema = ownStrictObject({
  id: RuleIdSchema,
  title: BilingualTextSchema,
  description: BilingualTextSchema.optional(),
  overrides: z.array(RuleNodeSchema).max(500).optional(),
  add: z.array(RuleNodeSchema).max(500).optional(),
});

type Layer = z.output<typeof ExtensionSchema>;
/** A rule a layer writes, with its origin and its path in the caller's arguments. */
interface Entry {
  readonly node: RuleNode;
  readonly origin: string;
  readonly path: PathSegment[];
}

/** The layers, parsed, with the path of each; their ids must be new to the rule set. */
function parseLayers(base: RuleSet, extensions: unknown): { list: Layer[]; rootPath: (i: number) => PathSegment[] } {
  const list = parseInput(z.union([ExtensionSchema.transform((e) => [e]), z.array(ExtensionSchema).min(1).max(50)]), extensions, ['extensions']);
  const rootPath = (i: number): PathSegment[] => (Array.isArray(extensions) ? ['extensions', i] : ['extensions']);
  const seen = new Set<string>();
  list.forEach((layer, i) => {
    if (base.layers.includes(layer.id) || seen.has(layer.id)) fail({ code: 'invalid_input', path: [...rootPath(i), 'id'], message: `A layer named "${layer.id}" is already in this rule set`, reason: 'duplicate_layer' });
    seen.add(layer.id);
  });
  return { list, rootPath };
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

/** Two definitions of one rule at one level, in force on a common day, are a `rule_conflict`. */
function checkSameLevel(id: string, entries: readonly Entry[]): void {
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

/** Stack the layers' overrides, one level, on the rules they replace. */
function applyOverrides(base: RuleSet, list: readonly Layer[], rootPath: (i: number) => PathSegment[], root: readonly Slot[], index: Index, order: string[]): void {
  const byRule = new Map<string, Entry[]>();
  list.forEach((layer, i) => {
    (layer.overrides ?? []).forEach((node, j) => {
      const path = [...rootPath(i), 'overrides', j];
      if (node.id === null) fail({ code: 'invalid_input', path, message: 'An override needs the id of the rule it replaces (give the group an id)', reason: 'missing_id' });
      if (!index.has(node.id)) fail({ code: 'invalid_input', path: [...path, 'id'], message: `Rule "${node.id}" is not in rule set ${base.id}; known: ${order.join(', ')}`, reason: 'unknown_rule' });
      const entries = byRule.get(node.id) ?? [];
      entries.push({ node, origin: layer.id, path });
      byRule.set(node.id, entries);
    });
  });
  for (const [id, entries] of byRule) checkSameLevel(id, entries);
  // An override takes the place of the rule it replaces: its levels start at that rule's level.
  const levels = slotLevels(root);
  for (const [id, entries] of byRule) for (const e of entries) checkDepth(e.node, levels.get(index.get(id)!)!, e.path);
  for (const [id, entries] of byRule) index.get(id)!.levels.push(Object.freeze(entries.map((e) => definitionOf(e.node, e.origin, index, order, e.path))));
}

/** Append the layers' added rules, one level, after the existing ones. */
function applyAdditions(base: RuleSet, list: readonly Layer[], rootPath: (i: number) => PathSegment[], root: Slot[], index: Index, order: string[]): void {
  const added = new Map<string, Entry[]>();
  const additions: Entry[] = [];
  list.forEach((layer, i) => {
    (layer.add ?? []).forEach((node, j) => {
      const entry = { node, origin: layer.id, path: [...rootPath(i), 'add', j] };
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
}

/**
 * A new rule set: `base` with one or more layers on top. Layers passed in the same call are at
 * the same level; a later call stacks a higher level (a regency on its province on the national
 * basics). Each override replaces the rule with its id (Catala's labelled exception); when the
 * override is not in force on the screening date, the rule below it applies. The new rule set
 * reads the facts of the base and of every rule the layers write. Errors: an override of an
 * unknown id, or an added id that exists, is `invalid_input`; two overrides (or additions) of the
 * same rule at the same level whose effective periods share a day are `rule_conflict` naming the
 * rule and both layers.
 *
 * @example
 * ```ts
 * import { extendRuleSet, bpuBasicsRuleSet, defineCriterion, evaluateEligibility } from 'jamsostek';
 * import { z } from 'zod';
 * const age = defineCriterion({
 *   id: 'bpu.registrationAge',
 *   title: { id: 'Berusia 18 sampai 59 tahun', en: 'Aged 18 to 59' },
 *   citations: { instrument: 'Pergub', number: '12', year: 2026, note: 'Example provincial regulation' },
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
export function extendRuleSet<F, const E extends RuleSetExtension | readonly RuleSetExtension[]>(base: RuleSet<F>, extensions: E): RuleSet<ExtendedFacts<F, E>> {
  if (!isRuleSet(base)) fail({ code: 'invalid_input', path: ['base'], message: 'Expected a RuleSet made by defineRuleSet or extendRuleSet', reason: 'invalid_type' });
  const { list, rootPath } = parseLayers(base, extensions);
  const index: Index = new Map();
  const order: string[] = [];
  const root = base.root.map((slot) => cloneSlot(slot, index, order));
  applyOverrides(base, list, rootPath, root, index, order);
  applyAdditions(base, list, rootPath, root, index, order);
  const id = list.map((e) => e.id).join('+');
  const title = list.length === 1 ? Object.freeze({ ...list[0]!.title }) : Object.freeze({ id: list.map((e) => e.title.id).join(' + '), en: list.map((e) => e.title.en).join(' + ') });
  const description = list.length === 1 && list[0]!.description !== undefined ? Object.freeze({ ...list[0]!.description }) : base.description;
  return new RuleSet<ExtendedFacts<F, E>>(id, title, description, [...base.layers, id], Object.freeze(root), order);
}
