/**
 * The result of a screening, a union on `outcome`: what exists in each case, and only that
 * (`failed` when ineligible, `missingFacts` when undetermined), built from a run.
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import type { Citation } from '../law/citation';
import { uniqueCitations, type ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { Plan } from './engine/compile';
import type { EvaluationContext } from './engine/context';
import { decisiveFailures, decisiveMissing, decisiveUndetermined, factsOf } from './engine/decisive';
import type { Run } from './engine/run';
import { FAILED, MET } from './engine/status';
import { explanationOf, reasonOf } from './explanation';
import type { GroupKind } from './group';

/** The outcome of a screening: eligible, ineligible (with the failed criteria) or undetermined (with the missing facts). */
export type EligibilityOutcome = 'eligible' | 'ineligible' | 'undetermined';

/** The result of one criterion or group: met, failed, undetermined, or not in force on the date (then not applied). */
export type CriterionStatus = 'met' | 'failed' | 'undetermined' | 'not_in_force';

/** What every criterion's (or group's) result says. */
interface CriterionResultBase {
  /** The rule id (a generated label such as `any(a,b)` for an unlabelled group). */
  readonly id: string;
  /** A criterion or a group. */
  readonly kind: 'criterion' | GroupKind;
  /** What it requires. */
  readonly title: BilingualText;
  /** Why, in plain language. */
  readonly reason: BilingualText;
  /** Its legal basis (a group's own, often empty: its members carry theirs). */
  readonly citations: readonly Citation[];
  /** The rule set (layer) whose definition applied. */
  readonly origin: string;
  /** Layers whose definitions of the same rule were in force but overridden, nearest first. */
  readonly overridden: readonly string[];
  /** Nesting depth (0 for the rule set's own rules). */
  readonly depth: number;
  /** The id of the enclosing group, or `null`. */
  readonly parent: string | null;
}

/** A criterion or group that is met, not met, or not in force on the date. */
export interface DecidedCriterionResult extends CriterionResultBase {
  /** Its result. */
  readonly status: 'met' | 'failed' | 'not_in_force';
}

/** A criterion or group that cannot be decided without more facts. */
export interface UndeterminedCriterionResult extends CriterionResultBase {
  /** Its result. */
  readonly status: 'undetermined';
  /** The facts that would decide it; each requirement lists alternatives (any one will do). */
  readonly missingRequirements: readonly (readonly string[])[];
}

/** One criterion's (or group's) result; narrowing on `status` gives `missingRequirements` when undetermined. */
export type CriterionResult = DecidedCriterionResult | UndeterminedCriterionResult;

/** A failed criterion that makes the candidate ineligible. */
export interface FailedCriterion {
  /** Rule id. */
  readonly id: string;
  /** What it requires. */
  readonly title: BilingualText;
  /** Why it failed. */
  readonly reason: BilingualText;
  /** Its legal basis (for a `not` group without its own, that of the criteria inside it). */
  readonly citations: readonly Citation[];
  /** The rule set that decided. */
  readonly origin: string;
}

/** What every result of a screening says. */
interface EligibilityResultBase {
  /** The screening (registration) date. */
  readonly asOf: CalendarDate;
  /** The rule set applied. */
  readonly ruleSet: { readonly id: string; readonly title: BilingualText; readonly layers: readonly string[] };
  /** Every criterion and group, in tree order. */
  readonly criteria: readonly CriterionResult[];
  /** The parameters of law read, with their citations, by parameter id. */
  readonly lawUsed: readonly LawUsed[];
  /**
   * The legal basis of the outcome, each citation once: of every criterion applied when
   * eligible, of the failed criteria when ineligible, of the undetermined ones when undetermined.
   */
  readonly citations: readonly Citation[];
  /** A plain-language explanation, one step per point, each with its citations. */
  readonly explanation: readonly ExplanationStep[];
}

/** Every criterion in force is met. */
export interface EligibleResult extends EligibilityResultBase {
  /** Eligible. */
  readonly outcome: 'eligible';
}

/** At least one criterion is not met. */
export interface IneligibleResult extends EligibilityResultBase {
  /** Ineligible. */
  readonly outcome: 'ineligible';
  /** The failed criteria that decide it, in order. */
  readonly failed: readonly FailedCriterion[];
}

/** Nothing failed, but a fact is missing. */
export interface UndeterminedResult extends EligibilityResultBase {
  /** Undetermined. */
  readonly outcome: 'undetermined';
  /** Exactly the facts still needed (flattened, in order): what a screening form must still ask. */
  readonly missingFacts: readonly string[];
  /** The same as requirements; each lists alternatives (any one will do). */
  readonly missingRequirements: readonly (readonly string[])[];
}

/** The result of a screening, plain data (JSON-able); narrowing on `outcome` gives the fields of each case. */
export type EligibilityResult = EligibleResult | IneligibleResult | UndeterminedResult;

const STATUS: readonly CriterionStatus[] = ['met', 'failed', 'undetermined', 'not_in_force'];

/** The outcome of a run. @internal */
export function outcomeOf(r: Run): EligibilityOutcome {
  const s = r.status[0];
  return s === MET ? 'eligible' : s === FAILED ? 'ineligible' : 'undetermined';
}

/** The citations of node `i`, or when it has none (a group), those of the criteria inside it. */
function citationsOf(plan: Plan, i: number): readonly Citation[] {
  const node = plan.nodes[i]!;
  if (node.citations.length > 0) return node.citations;
  return uniqueCitations(node.children.map((c) => citationsOf(plan, c)));
}

/** Every criterion's and group's result, in tree order. */
function criterionResults(plan: Plan, r: Run, reasons: readonly BilingualText[]): CriterionResult[] {
  const nodes = plan.nodes;
  const out: CriterionResult[] = [];
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    const status = STATUS[r.status[i]!]!;
    const result = {
      id: node.id, kind: node.kind, title: node.title, status, reason: reasons[i]!, citations: node.citations, origin: node.origin,
      overridden: node.overridden, depth: node.depth, parent: node.parent <= 0 ? null : nodes[node.parent]!.id,
    };
    out.push(status === 'undetermined' ? { ...result, status, missingRequirements: decisiveMissing(plan, r, i) } : { ...result, status });
  }
  return out;
}

/** The nodes whose citations are the basis of the outcome. */
function decidingNodes(plan: Plan, r: Run, outcome: EligibilityOutcome): number[] {
  if (outcome === 'ineligible') return decisiveFailures(plan, r.status);
  if (outcome === 'undetermined') return decisiveUndetermined(plan, r.status);
  return plan.nodes.filter((n) => n.kind === 'criterion' && r.status[n.index] === MET).map((n) => n.index);
}

/** The part of a result that depends on its outcome. */
function outcomePart(plan: Plan, r: Run, reasons: readonly BilingualText[]): Pick<EligibleResult, 'outcome'> | Pick<IneligibleResult, 'outcome' | 'failed'> | Pick<UndeterminedResult, 'outcome' | 'missingFacts' | 'missingRequirements'> {
  const outcome = outcomeOf(r);
  if (outcome === 'ineligible') {
    const failed = decisiveFailures(plan, r.status).map((i): FailedCriterion => {
      const node = plan.nodes[i]!;
      return { id: node.id, title: node.title, reason: reasons[i]!, citations: citationsOf(plan, i), origin: node.origin };
    });
    return { outcome, failed };
  }
  if (outcome === 'undetermined') {
    const missingRequirements = decisiveMissing(plan, r);
    return { outcome, missingFacts: factsOf(missingRequirements), missingRequirements };
  }
  return { outcome };
}

/** Build the full result of a run. @internal */
export function buildResult(plan: Plan, r: Run, context: EvaluationContext): EligibilityResult {
  const reasons = plan.nodes.map((_, i) => reasonOf(plan, r, i));
  const criteria = criterionResults(plan, r, reasons);
  const part = outcomePart(plan, r, reasons);
  const citations = uniqueCitations(decidingNodes(plan, r, part.outcome).map((i) => citationsOf(plan, i)));
  return {
    ...part,
    asOf: plan.asOf,
    ruleSet: { id: plan.ruleSet.id, title: plan.ruleSet.title, layers: plan.ruleSet.layers },
    criteria,
    lawUsed: context.lawUsed(),
    citations,
    explanation: explanationOf(plan, part, criteria),
  };
}
