/**
 * Programme protection (*perlindungan peserta program bantuan iuran*): given cohorts of
 * participants whose contributions a funder (a province, regency, village, donor) pays, and the
 * funders' actual payment dates, which participants lost protection or risk losing it, per
 * cohort, per funder and per region, so that a late regency transfer is visible before a family
 * finds out at a claim.
 *
 * The input is self-contained (it does not depend on the funding module): a cohort is a list of
 * participants who share a funder, a region, a period and a monthly contribution; a funder
 * payment names the months it pays for and, optionally, the participants (default: all of the
 * cohort). Each participant's status is computed by {@link membershipStatus}'s rules;
 * participants with the same membership start date, JHT claim and payments share one
 * computation.
 *
 * The parts: `inputs`, `results`, `coverage` (who each payment covers, and what it did),
 * `profiles` (one record per group of identical participants), `risk` (where a group stands),
 * `summary` (per funder and region).
 *
 * @module
 */
import { parseInput } from '../../core/validate';
import type { Citation } from '../../law/citation';
import { uniqueCitations } from '../../law/explanation';
import { lawReader, lawUsedBy, type LawReader } from '../law';
import { RISK_RULE } from '../messages';
import { cohortParticipants, paymentEffects } from './coverage';
import { ProgrammeCohortsSchema, ProgrammeProtectionOptionsSchema, type ParsedCohort, type ProgrammeCohortInput, type ProgrammeProtectionOptions } from './inputs';
import { cohortSchedule, profileRecord, profilesOf, type CohortContext } from './profiles';
import type { CohortProtection, ProgrammeProtection, ProtectionGroup } from './results';
import { protectionGroup } from './risk';
import { emptyCounts, summarise } from './summary';

export { FunderPaymentSchema, ProgrammeCohortSchema, ProgrammeCohortsSchema, ProgrammeParticipantSchema, ProgrammeProtectionOptionsSchema } from './inputs';
export type { FunderPaymentInput, ProgrammeCohortInput, ProgrammeParticipantInput, ProgrammeProtectionOptions } from './inputs';
export type { CohortProtection, FunderPaymentEffect, LateMonth, ProgrammeProtection, ProtectionGroup, ProtectionRisk, ProtectionSummary, RiskCounts } from './results';

/** The warning window when the caller gives none: a reviewer's choice, not law. */
const DEFAULT_WARNING_DAYS = 30;

/** One cohort's protection, adding the citations of the rules used to `citations`. */
function cohortProtection(cohort: ParsedCohort, ci: number, asOf: ProgrammeProtection['asOf'], warningDays: number, reader: LawReader, citations: Set<readonly Citation[]>): CohortProtection {
  const participants = cohortParticipants(cohort, ci);
  const { effects, covering } = paymentEffects(cohort, ci, participants, reader);
  const context: CohortContext = { cohort, ci, schedule: cohortSchedule(cohort, ci), participants, asOf, reader };
  const byRisk = emptyCounts();
  let jkmWaitingNotMet = 0;
  const groups: ProtectionGroup[] = [];
  for (const profile of profilesOf(cohort, participants, covering)) {
    const { group, citations: used } = protectionGroup(context, profile, profileRecord(context, profile), warningDays);
    for (const list of used) citations.add(list);
    byRisk[group.risk] += profile.ids.length;
    if (group.jkmWaitingMet === false) jkmWaitingNotMet += profile.ids.length;
    groups.push(group);
  }
  return { id: cohort.id, funder: cohort.funder, region: cohort.region, participantCount: participants.ids.length, byRisk, jkmWaitingNotMet, groups, payments: effects };
}

/**
 * Which participants of a programme lost or risk losing protection at a date, per cohort, per
 * funder and per region, from the funders' actual payment dates. A funder payment made after a
 * month's due date makes that month late for every participant it covers (for BPU: no protection
 * between the due date and the payment); more than 3 consecutive unpaid months end their
 * membership (*kepesertaan berakhir*).
 *
 * @example
 * ```ts
 * import { programmeProtection } from 'jamsostek';
 * const review = programmeProtection(
 *   [{
 *     id: 'kupang-2026', funder: 'Pemkab Kupang', region: 'Kabupaten Kupang',
 *     period: { from: '2026-01', to: '2026-12' }, contributionPerParticipant: 16_800,
 *     participants: ['A', 'B', 'C'],
 *     payments: [
 *       { paymentDate: '2026-01-10', months: ['2026-01'] },
 *       { paymentDate: '2026-02-25', months: ['2026-02'] },
 *     ],
 *   }],
 *   { asOf: '2026-03-20' },
 * );
 * const cohort = review.cohorts[0];
 * console.log(cohort?.byRisk.unprotected, cohort?.payments[1]?.paidLate[0]?.daysLate); // 3 10
 * ```
 */
export function programmeProtection(cohorts: readonly ProgrammeCohortInput[], options: ProgrammeProtectionOptions): ProgrammeProtection {
  const parsed = parseInput(ProgrammeCohortsSchema, cohorts, ['cohorts']);
  const o = parseInput(ProgrammeProtectionOptionsSchema, options, ['options']);
  const reader = lawReader(o);
  const warningDays = o.warningDays ?? DEFAULT_WARNING_DAYS;
  const citations = new Set<readonly Citation[]>(); // profiles share the lists of the values they read
  const results = parsed.map((cohort, ci) => cohortProtection(cohort, ci, o.asOf, warningDays, reader, citations));
  return {
    asOf: o.asOf,
    warningDays,
    cohorts: results,
    byFunder: summarise(results, (c) => c.funder),
    byRegion: summarise(results, (c) => c.region),
    rule: RISK_RULE,
    citations: uniqueCitations(citations),
    lawUsed: lawUsedBy(reader),
  };
}
