/**
 * The plain-language side of a result: each criterion's reason when its test gave none, and the
 * explanation, one step per point (the outcome, each failed criterion or the facts still needed,
 * then every criterion), each step with its citations.
 *
 * @module
 * @internal
 */
import type { BilingualText } from '../core/explain';
import type { ExplanationStep } from '../law/explanation';
import type { Plan, PlanNode } from './engine/compile';
import type { Run } from './engine/run';
import { FAILED, MET, NOT_IN_FORCE, UNDETERMINED } from './engine/status';
import { explanationText, groupText, reasonText } from './messages';
import type { CriterionResult, FailedCriterion } from './result';

/** A criterion's effective period as text (`2026-01-01 – …`), or `''` for a group. */
function periodText(node: PlanNode): string {
  const e = node.criterion?.effective;
  return e === undefined ? '' : `${e.from ?? '…'} – ${e.to ?? '…'}`;
}

/** A group's reason: how many members were met, not met and undetermined. */
function groupReason(node: PlanNode, r: Run, status: number): BilingualText {
  if (node.kind === 'not') return status === MET ? groupText.notMet() : status === FAILED ? groupText.notFailed() : groupText.notUndetermined();
  let met = 0;
  let failed = 0;
  let undetermined = 0;
  for (const c of node.children) {
    const cs = r.status[c];
    if (cs === MET) met++;
    else if (cs === FAILED) failed++;
    else if (cs === UNDETERMINED) undetermined++;
  }
  return groupText.counts(met, failed, undetermined, node.kind === 'all');
}

/** Node `i`'s reason: its test's, else one the engine states. @internal */
export function reasonOf(plan: Plan, r: Run, i: number): BilingualText {
  const given = r.reasons[i];
  if (given !== undefined) return given;
  const node = plan.nodes[i]!;
  const s = r.status[i]!;
  if (s === NOT_IN_FORCE) return reasonText.notInForce(plan.asOf, periodText(node));
  if (node.kind !== 'criterion') return groupReason(node, r, s);
  if (s === UNDETERMINED) return reasonText.factsNotKnown(r.missing[i] ?? []);
  return s === MET ? reasonText.met() : reasonText.notMet();
}

const MARK: Readonly<Record<CriterionResult['status'], string>> = { met: '✓', failed: '✗', undetermined: '?', not_in_force: '–' };

/** What the explanation says first, by outcome. */
interface OutcomePart {
  readonly outcome: 'eligible' | 'ineligible' | 'undetermined';
  readonly failed?: readonly FailedCriterion[];
  readonly missingRequirements?: readonly (readonly string[])[];
}

/** The explanation of a result. @internal */
export function explanationOf(plan: Plan, part: OutcomePart, criteria: readonly CriterionResult[]): ExplanationStep[] {
  const title = plan.ruleSet.title;
  const steps: ExplanationStep[] = [{ text: explanationText[part.outcome](title, plan.asOf), citations: [] }];
  if (part.failed !== undefined) {
    steps.push({ text: explanationText.failedHeading(), citations: [] });
    for (const f of part.failed) steps.push({ text: explanationText.failed(f.title, f.id, f.origin, f.reason), citations: f.citations });
  }
  if (part.missingRequirements !== undefined) steps.push({ text: explanationText.stillNeeded(part.missingRequirements), citations: [] });
  steps.push({ text: explanationText.criteriaHeading(plan.ruleSet.layers), citations: [] });
  for (const c of criteria) steps.push({ text: explanationText.criterion({ ...c, mark: MARK[c.status] }), citations: c.citations });
  return steps;
}
