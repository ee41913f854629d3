/**
 * Groups of rules: `allOf`, `anyOf` and `not`, three-valued (Kleene) combinations of criteria and
 * other groups. A group reads every fact its members read.
 *
 * @module
 */
import * as z from 'zod';
import { hasBrand, setBrand } from '../core/brand';
import type { PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import { checkDepth, HEIGHTS, ruleHeight } from './depth';
import type { AnyFacts, FactsOfRules } from './factTypes';
import { groupText } from './messages';
import { isCriterion, type Criterion } from './rule';
import { ALWAYS, BilingualTextSchema, CitationsSchema, EffectivePeriodSchema, RuleIdSchema, type EffectivePeriod, type EffectivePeriodInput } from './schemas';

/** How a group combines its members: all must be met, at least one, or the member must not be met. */
export type GroupKind = 'all' | 'any' | 'not';

/** The brand of groups, shared by every copy of the library in the process. */
const GROUP_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('jamsostek.RuleGroup');

const GROUP_KINDS: readonly unknown[] = ['all', 'any', 'not'];

/** The facts a group reads, as a type only (nothing at run time). */
declare const FACT_TYPES: unique symbol;

/** True for a group made by this or another copy of the library (its brand and its shape). @internal */
export function isRuleGroup(value: unknown): value is RuleGroup {
  if (!hasBrand(value, GROUP_BRAND)) return false;
  const g = value as Partial<Record<keyof RuleGroup, unknown>>;
  return GROUP_KINDS.includes(g.kind) && (g.id === null || typeof g.id === 'string') && Array.isArray(g.children) && Array.isArray(g.citations) && typeof g.effective === 'object' && g.effective !== null;
}

/**
 * A group of rules, made by {@link allOf}, {@link anyOf} or {@link not}; `F` is the facts its
 * members read. `instanceof RuleGroup` also recognises a group made by another copy of the library.
 *
 * @example
 * ```ts
 * import { anyOf, domicileIn, RuleGroup } from 'jamsostek';
 * const g = anyOf([domicileIn('53', { instrument: 'Pergub', number: '1', year: 2026 })], { id: 'g.region' });
 * console.log(g instanceof RuleGroup, g.kind); // true 'any'
 * ```
 */
export class RuleGroup<F = AnyFacts> {
  /** How the members combine. */
  readonly kind: GroupKind;
  /** The label other rule sets override it by, or `null` for an unlabelled group. */
  readonly id: string | null;
  /** Title in both languages. */
  readonly title: BilingualText;
  /** The group's own legal basis (may be empty: a group's members carry their own). */
  readonly citations: readonly Citation[];
  /** When it is in force. */
  readonly effective: EffectivePeriod;
  /** Members, in order. */
  readonly children: readonly RuleNode[];
  /** The facts its members read, as a type (no value at run time). @internal */
  declare readonly [FACT_TYPES]?: F;

  /** @internal */
  constructor(kind: GroupKind, id: string | null, title: BilingualText, citations: readonly Citation[], effective: EffectivePeriod, children: readonly RuleNode[]) {
    this.kind = kind;
    this.id = id;
    this.title = title;
    this.citations = citations;
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
  /** The group's own legal basis. */
  readonly citations?: Citation | readonly Citation[];
  /** When the group is in force (default: always). */
  readonly effective?: EffectivePeriodInput;
}

/** Schema of a rule made by this or another copy of the library. @internal */
export const RuleNodeSchema = z.custom<RuleNode>((v) => isCriterion(v) || isRuleGroup(v), 'Expected a rule made by defineCriterion, allOf, anyOf or not');

const GroupOptionsSchema = ownStrictObject({
  id: RuleIdSchema.optional(),
  title: BilingualTextSchema.optional(),
  citations: CitationsSchema.optional(),
  effective: EffectivePeriodSchema.optional(),
}).optional();

/** The longest generated label of an unlabelled group; a longer one is cut, ending in `…)`. */
const MAX_LABEL_LENGTH = 200;
const LABELS = /* @__PURE__ */ new WeakMap<object, string>();

/** A node's id, or for an unlabelled group a generated label such as `any(a,b)` (computed once per group). @internal */
export function nodeLabel(node: RuleNode): string {
  if (node.id !== null) return node.id;
  let label = LABELS.get(node);
  if (label === undefined) {
    label = `${node.kind}(${(node as RuleGroup).children.map(nodeLabel).join(',')})`;
    if (label.length > MAX_LABEL_LENGTH) label = `${label.slice(0, MAX_LABEL_LENGTH - 2)}…)`;
    LABELS.set(node, label);
  }
  return label;
}

function group<F>(kind: GroupKind, children: unknown, root: readonly PathSegment[], options: unknown, defaultTitle: (members: readonly RuleNode[]) => BilingualText): RuleGroup<F> {
  const members = parseInput(z.array(RuleNodeSchema).min(1).max(500), children, root);
  // The group is one level above its members: each member may be at most MAX_RULE_DEPTH - 1 levels.
  members.forEach((member, i) => checkDepth(member, 2, kind === 'not' ? root : [...root, i]));
  const o = parseInput(GroupOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const title = o.title === undefined ? defaultTitle(members) : Object.freeze({ id: o.title.id, en: o.title.en });
  const made = new RuleGroup<F>(kind, o.id ?? null, title, o.citations ?? Object.freeze([]), o.effective ?? ALWAYS, Object.freeze([...members]));
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
export function allOf<const N extends readonly RuleNode[]>(children: N, options?: GroupOptions): RuleGroup<FactsOfRules<N>> {
  return group('all', children, ['children'], options, groupText.allTitle);
}

/**
 * A group that is met when at least one member is met (*salah satu syarat*). Not met only when
 * every member in force is not met; otherwise undetermined if a member is undetermined.
 *
 * @example
 * ```ts
 * import { anyOf, defineCriterion } from 'jamsostek';
 * import { z } from 'zod';
 * const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
 * const fisher = defineCriterion({ id: 'work.fisher', title: { id: 'Nelayan', en: 'Fisher' }, citations, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
 * const farmer = defineCriterion({ id: 'work.farmer', title: { id: 'Petani', en: 'Farmer' }, citations, facts: { farmer: z.boolean() }, test: (f) => f.farmer });
 * console.log(anyOf([fisher, farmer], { id: 'work.sector' }).id); // 'work.sector'
 * ```
 */
export function anyOf<const N extends readonly RuleNode[]>(children: N, options?: GroupOptions): RuleGroup<FactsOfRules<N>> {
  return group('any', children, ['children'], options, groupText.anyTitle);
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
 *   citations: { instrument: 'Perbup', number: '7', year: 2026 }, facts: { asn: z.boolean() }, test: (f) => f.asn,
 * });
 * console.log(not(civilServant).title.en); // 'Not: Civil servant'
 * ```
 */
export function not<const N extends RuleNode>(child: N, options?: GroupOptions): RuleGroup<FactsOfRules<[N]>> {
  const member = parseInput(RuleNodeSchema, child, ['child']);
  return group('not', [member], ['child'], options, (members) => groupText.notTitle(members[0]!.title));
}
