/**
 * A rule set compiled once per screening date into a flat plan: the definition in force for
 * every rule (the highest level that has one), the layers it overrode, and the distinct facts to
 * parse. Shared by the single and the batch forms.
 *
 * @module
 * @internal
 */
import { ZodOptional, type z } from 'zod';
import type { CalendarDate } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import type { Citation } from '../../law/citation';
import { FAST_PARSERS } from '../facts';
import { RuleGroup, type GroupKind } from '../group';
import { Criterion } from '../rule';
import type { Definition, RuleSet, Slot } from '../ruleSet';
import { inForce } from '../schemas';

/** A node of a compiled plan. */
export interface PlanNode {
  readonly index: number;
  readonly id: string;
  readonly kind: 'criterion' | GroupKind;
  readonly title: BilingualText;
  readonly citations: readonly Citation[];
  readonly origin: string;
  readonly overridden: readonly string[];
  readonly parent: number;
  readonly depth: number;
  readonly children: readonly number[];
  readonly criterion: Criterion | null;
  readonly inForce: boolean;
  /** For criteria: fact slot index per declared fact. */
  readonly refs: readonly FactRef[];
}

/** A fact a criterion reads: where its parsed value is, and whether the criterion can do without it. */
export interface FactRef {
  readonly slot: number;
  readonly name: string;
  readonly optional: boolean;
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
  /** Every fact a criterion of the rule set declares (any level, any date): the keys a candidate may have. */
  readonly declared: ReadonlySet<string>;
}

/** The definition in force on `asOf` at the highest level that has one, and the lower definitions it overrides. */
function chosenDefinition(slot: Slot, asOf: CalendarDate): { def: Definition | undefined; overridden: string[] } {
  let chosen: { level: number; def: Definition } | undefined;
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
  return { def: chosen?.def, overridden };
}

/** The distinct facts of a plan, by name and schema, as it is built. */
class FactTable {
  readonly slots: FactSlot[] = [];
  readonly #index = new Map<string, Map<z.ZodType, number>>();

  /** The refs of a criterion's facts, adding the facts not yet in the table. */
  refsOf(criterion: Criterion): FactRef[] {
    return criterion.slots.map((spec) => {
      let bySchema = this.#index.get(spec.name);
      if (bySchema === undefined) {
        bySchema = new Map();
        this.#index.set(spec.name, bySchema);
      }
      // A missing fact never reaches its schema, so `x.optional()` parses as `x`: the same fact
      // read as optional by one rule and as required by another is parsed once.
      let schema = spec.schema;
      while (schema instanceof ZodOptional) schema = (schema as ZodOptional<z.ZodType>).unwrap();
      let at = bySchema.get(schema);
      if (at === undefined) {
        at = this.slots.length;
        this.slots.push({ name: spec.name, schema, fast: FAST_PARSERS.get(schema) });
        bySchema.set(schema, at);
      }
      return { slot: at, name: spec.name, optional: spec.optional };
    });
  }
}

/** Compile a rule set for a date. Node 0 is the implicit "all" root. */
export function compile(ruleSet: RuleSet, asOf: CalendarDate): Plan {
  const nodes: PlanNode[] = [];
  const facts = new FactTable();
  const rootChildren: number[] = [];
  nodes.push({
    index: 0, id: ruleSet.id, kind: 'all', title: ruleSet.title, citations: [], origin: ruleSet.id, overridden: [], parent: -1, depth: -1,
    children: rootChildren, criterion: null, inForce: true, refs: [],
  });
  const visit = (slot: Slot, parent: number, depth: number, siblings: number[]): void => {
    const index = nodes.length;
    siblings.push(index);
    const { def: chosen, overridden } = chosenDefinition(slot, asOf);
    const def = chosen ?? slot.levels[slot.levels.length - 1]![0]!;
    const node = def.node;
    const criterion = node instanceof Criterion ? node : null;
    const children: number[] = [];
    nodes.push({
      index, id: slot.id, kind: criterion !== null ? 'criterion' : (node as RuleGroup).kind, title: node.title, citations: node.citations, origin: def.origin,
      overridden, parent, depth, children, criterion, inForce: chosen !== undefined, refs: chosen !== undefined && criterion !== null ? facts.refsOf(criterion) : [],
    });
    if (chosen !== undefined && node instanceof RuleGroup) for (const child of def.children) visit(child, index, depth + 1, children);
  };
  for (const slot of ruleSet.root) visit(slot, 0, 0, rootChildren);
  return { ruleSet, asOf, nodes, facts: facts.slots, declared: new Set(ruleSet.facts) };
}
