/**
 * The explanation of a plan: the arithmetic and the readings, step by step, in Bahasa Indonesia
 * and English (the texts are in `../messages`). A step that prices a run of months cites the law
 * its price class used; the other steps are arithmetic or the plan's own data.
 *
 * @module
 * @internal
 */
import { monthIndex } from '../../core/calendar';
import { multiplyRupiah } from '../../core/money';
import type { BilingualText } from '../../core/explain';
import type { Citation } from '../../law/citation';
import type { ExplanationStep } from '../../law/explanation';
import * as m from '../messages';
import type { Roster } from './model';
import type { ProgrammePlan, RosterSummary } from './types';

/** A step from a text. */
function step(text: BilingualText, citations: readonly Citation[] = []): ExplanationStep {
  return { text, citations };
}

/** The steps of a plan's explanation; `rosters` are the plan's own, in the order of `p.rosters`. @internal */
export function explainPlan(p: Omit<ProgrammePlan, 'explanation'>, rosters: readonly Roster[]): ExplanationStep[] {
  const steps: ExplanationStep[] = [step(m.planHeader(p.name, p.programs, p.period, p.participantCount, p.participantMonths))];
  p.rosters.forEach((r, ri) => steps.push(...rosterSteps(r, rosters[ri]!)));
  for (const f of p.byFunder) steps.push(step(m.funderPays(f)));
  if (p.unfunded > 0) steps.push(step(m.planUnfunded(p.unfunded)));
  steps.push(step(m.planGrandTotal(p.total, p.byFunder, p.unfunded)));
  if (p.budget !== null) steps.push(step(m.budgetFit(p.budget)));
  for (const c of p.lawChanges) steps.push(step(m.lawChangesFrom(c.month, c.parameters)));
  steps.push(step(m.planRounding(p.rounding)));
  return steps;
}

/** A roster's steps: who pays, each run of each profile (citing the law of its price class), the notes, and its total. */
function rosterSteps(r: RosterSummary, roster: Roster): ExplanationStep[] {
  const steps: ExplanationStep[] = [step(m.rosterFunding(r))];
  r.profiles.forEach((prof, pi) => {
    const citations = roster.classes[pi]!.summary.citations;
    for (const run of prof.runs) {
      const months = monthIndex(run.period.to) - monthIndex(run.period.from) + 1;
      const amount = multiplyRupiah(multiplyRupiah(run.amount, months), prof.count);
      steps.push(step(m.profileRun(run, prof, months, amount), citations));
    }
  });
  for (const note of r.notes) steps.push(step(note));
  steps.push(step(m.rosterTotal(r.name, r.total)));
  return steps;
}
