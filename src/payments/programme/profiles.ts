/**
 * Participants of a cohort with the same membership start date, JHT claim and covering payments
 * share one profile, and one payment record is built per profile, not per participant. An
 * error of that record is rooted at the cohort's input that caused it.
 *
 * @module
 * @internal
 */
import { monthsIn, type CalendarDate } from '../../core/calendar';
import { fail, isJamsostekError, type PathSegment } from '../../core/errors';
import { multiplyRupiah } from '../../core/money';
import { rootedAt, type LawReader } from '../law';
import { buildRecord, type ParsedPayment, type ParsedSchedule, type PaymentRecord } from '../record';
import type { CohortParticipants } from './coverage';
import type { ParsedCohort } from './inputs';

/** Participants who share one computation. @internal */
export interface Profile {
  readonly ids: string[];
  readonly membershipStartDate: CalendarDate | undefined;
  readonly jhtClaimed: boolean;
  /** The positions of the cohort payments that cover them. */
  readonly payments: readonly number[];
}

/** The profiles of a cohort, in the order their first participant is listed. @internal */
export function profilesOf(cohort: ParsedCohort, participants: CohortParticipants, covering: readonly (readonly number[])[]): Profile[] {
  const profiles = new Map<string, Profile>();
  cohort.participants.forEach((p, i) => {
    const membershipStartDate = typeof p === 'string' ? undefined : p.membershipStartDate;
    const jhtClaimed = typeof p === 'string' ? false : (p.jhtClaimed ?? false);
    const key = `${membershipStartDate ?? ''}|${jhtClaimed ? 1 : 0}|${covering[i]!.join(',')}`;
    let profile = profiles.get(key);
    if (profile === undefined) {
      profile = { ids: [], membershipStartDate, jhtClaimed, payments: covering[i]! };
      profiles.set(key, profile);
    }
    profile.ids.push(participants.ids[i]!);
  });
  return [...profiles.values()];
}

/** The schedule every participant of a cohort shares: its period at the contribution per participant, due dates from the law. @internal */
export function cohortSchedule(cohort: ParsedCohort, ci: number): ParsedSchedule {
  return {
    segment: cohort.segment ?? 'BPU',
    months: monthsIn(cohort.period).map((month) => ({ month, dueDate: undefined, due: cohort.contributionPerParticipant })),
    monthPath: () => ['cohorts', ci, 'period'],
  };
}

/** One cohort under review: what every profile of it shares. @internal */
export interface CohortContext {
  readonly cohort: ParsedCohort;
  /** Its position in the cohorts. */
  readonly ci: number;
  readonly schedule: ParsedSchedule;
  readonly participants: CohortParticipants;
  readonly asOf: CalendarDate;
  readonly reader: LawReader;
}

/** Where in the cohorts an error of a profile's record belongs. */
function rootOf(path: readonly PathSegment[], profile: Profile, { ci, participants }: CohortContext): PathSegment[] {
  const [head, second] = path;
  if (head === 'payments' && typeof second === 'number') return ['cohorts', ci, 'payments', profile.payments[second] ?? second, ...path.slice(2)];
  if (head === 'options' && second === 'membershipStartDate') return ['cohorts', ci, 'participants', participants.index.get(profile.ids[0]!)!, 'membershipStartDate'];
  if (head === 'options' && second === 'asOf') return ['options', 'asOf'];
  return ['cohorts', ci, ...path];
}

/** The payment record of a profile at the review date. @internal */
export function profileRecord(context: CohortContext, profile: Profile): PaymentRecord {
  const { cohort, schedule, asOf, reader } = context;
  const payments: ParsedPayment[] = profile.payments.map((pi) => {
    const p = cohort.payments[pi]!;
    const amount = rootedAt(['cohorts', context.ci, 'payments', pi], () => multiplyRupiah(cohort.contributionPerParticipant, p.months.length));
    return { amount, paymentDate: p.paymentDate, months: p.months, payer: cohort.funder, ...(p.id === undefined ? {} : { id: p.id }) };
  });
  try {
    return buildRecord(schedule, payments, { asOf, asOfPath: ['options', 'asOf'], membershipStartDate: profile.membershipStartDate, reader });
  } catch (error) {
    // Re-root errors at the input that caused them: a participant's payments at the cohort's
    // payments, a membership start date at the participant, the review date at the options.
    if (isJamsostekError(error) && error.code === 'invalid_input') {
      const path = rootOf(error.path, profile, context);
      fail({ code: 'invalid_input', path, message: `${error.issues[0]?.message ?? error.message} (participant ${profile.ids[0] ?? ''})`, reason: 'custom' });
    }
    throw error;
  }
}
