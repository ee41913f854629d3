/**
 * `monthlyContribution`: what one participant owes for one contribution month.
 *
 * @module
 */
import { yearMonthProblem, type YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import { parseInput } from '../core/validate';
import { computeBpu, computePu, PARTICIPANT_ROOTS, RELATIVE_ROOTS, rooted, type ErrorRoots } from './compute';
import type { MonthlyContribution } from './lines';
import { monthLaw } from './monthLaw';
import { resolveOptions, type ContributionOptions, type ResolvedOptions } from './options';
import { fastParticipant, ParticipantSchema, type Participant, type ParticipantInput } from './participant';

/** Validate a month argument. @internal */
export function parseMonth(month: unknown, path: string): YearMonth {
  const problem = yearMonthProblem(month);
  if (problem !== undefined) fail({ code: 'invalid_input', path: [path], message: problem, reason: 'invalid_year_month' });
  return month as YearMonth;
}

/**
 * Contributions of an already-validated participant. Errors are rooted at `roots` (by default
 * relative to the participant, for a caller that prefixes its own path). @internal
 */
export function contributionOf(participant: Participant, month: YearMonth, options: ResolvedOptions, roots: ErrorRoots = RELATIVE_ROOTS): MonthlyContribution {
  const m = monthLaw(options.law, month, options.projection);
  try {
    return participant.segment === 'PU' ? computePu(participant, m, options.rounding, roots) : computeBpu(participant, m, options.rounding, roots);
  } catch (error) {
    throw rooted(error, roots.participant);
  }
}

/**
 * The contributions (*iuran*) of one participant for one contribution month, under the law in
 * force for that month: one line per programme and payer (base, rate, exact product, rounded
 * amount, citation), totals per payer, the due date, every parameter value used (`lawUsed`), and
 * a step-by-step explanation in Bahasa Indonesia and English.
 *
 * PU (*penerima upah*): JKK by risk class, JKM, JHT 3.7 % + 2 %, JP 2 % + 1 % on the capped wage,
 * JKP shown but not billed; programmes by employer scale (Perpres 109/2013) unless given.
 * BPU (*bukan penerima upah*): JKK 1 % and JHT 2 % of the income bracket base, JKM flat;
 * relief by sector and funder. Neither has a default: in a month where PP 50/2025 turns on them,
 * a participant without `sector` or `fundedBy` is a `missing_fact` error.
 *
 * @example
 * ```ts
 * import { monthlyContribution } from 'jamsostek';
 * const bpu = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05');
 * console.log(bpu.totals.billed); // 16800
 *
 * const pu = monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' }, '2026-03');
 * console.log(pu.totals.employer, pu.totals.employee); // 312000 150000
 * ```
 */
export function monthlyContribution(participant: ParticipantInput, month: string, options?: ContributionOptions): MonthlyContribution {
  const resolved = resolveOptions(options);
  const parsed = fastParticipant(participant) ?? parseInput(ParticipantSchema, participant, ['participant']);
  return contributionOf(parsed, parseMonth(month, 'month'), resolved, PARTICIPANT_ROOTS);
}
