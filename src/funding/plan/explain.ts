/**
 * The explanation of a plan: the arithmetic and the readings, step by step, in Bahasa Indonesia
 * and English (the texts are in `../messages`).
 *
 * @module
 * @internal
 */
import { monthIndex } from '../../core/calendar';
import { multiplyRupiah } from '../../core/money';
import type { ExplanationStep } from '../../contributions/lines';
import * as m from '../messages';
import type { ProgrammePlan, RosterSummary } from './types';

/** The steps of a plan's explanation. @internal */
export function explainPlan(p: Omit<ProgrammePlan, 'explanation'>): ExplanationStep[] {
  const steps: ExplanationStep[] = [{ text: m.planHeader(p.name, p.programs, p.period, p.participants, p.participantMonths) }];
  for (const r of p.rosters) steps.push(...rosterSteps(r));
  for (const f of p.byFunder) steps.push({ text: m.funderPays(f) });
  if (p.unfunded > 0) steps.push({ text: m.planUnfunded(p.unfunded) });
  steps.push({ text: m.planGrandTotal(p.total, p.byFunder, p.unfunded) });
  if (p.budget !== null) steps.push({ text: m.budgetFit(p.budget) });
  for (const c of p.lawChanges) steps.push({ text: m.lawChangesFrom(c.month, c.parameters) });
  steps.push({ text: m.planRounding(p.rounding) });
  return steps;
}

/** A roster's steps: who pays, each run of each profile, the notes, and its total. */
function rosterSteps(r: RosterSummary): ExplanationStep[] {
  const steps: ExplanationStep[] = [{ text: m.rosterFunding(r) }];
  for (const prof of r.profiles) {
    for (const run of prof.runs) {
      const months = monthIndex(run.to) - monthIndex(run.from) + 1;
      const amount = multiplyRupiah(multiplyRupiah(run.amount, months), prof.count);
      steps.push({ text: m.profileRun(run, prof, months, amount) });
    }
  }
  for (const note of r.notes) steps.push({ text: note });
  steps.push({ text: m.rosterTotal(r.name, r.total) });
  return steps;
}
