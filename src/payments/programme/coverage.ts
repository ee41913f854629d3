/**
 * Who each funder payment covers, and what it did: the months it paid after their due dates and
 * whether its amount matches what its months and participants cost.
 *
 * @module
 * @internal
 */
import { daysBetween, monthIndex } from '../../core/calendar';
import { fail } from '../../core/errors';
import { multiplyRupiah } from '../../core/money';
import { lawDueDate, rootedAt, type LawReader } from '../law';
import type { ParsedCohort } from './inputs';
import type { FunderPaymentEffect } from './results';

/** The participants of a cohort: their ids and the position of each id. @internal */
export interface CohortParticipants {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

/** The ids of cohort `ci`, each listed once (else an error at the second listing). @internal */
export function cohortParticipants(cohort: ParsedCohort, ci: number): CohortParticipants {
  const ids = cohort.participants.map((p) => (typeof p === 'string' ? p : p.id));
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) fail({ code: 'invalid_input', path: ['cohorts', ci, 'participants', i], message: `Participant ${id} is listed twice in cohort ${cohort.id}`, reason: 'custom' });
    index.set(id, i);
  });
  return { ids, index };
}

/** Check that payment `pi` names only months of the cohort's period. */
function checkMonths(cohort: ParsedCohort, ci: number, pi: number): void {
  const { from, to } = cohort.period;
  cohort.payments[pi]!.months.forEach((month, j) => {
    if (monthIndex(month) < monthIndex(from) || monthIndex(month) > monthIndex(to)) {
      fail({ code: 'invalid_input', path: ['cohorts', ci, 'payments', pi, 'months', j], message: `Payment names ${month}, outside the cohort's period ${from} to ${to}`, reason: 'custom' });
    }
  });
}

/**
 * What each payment of cohort `ci` did, and for each participant (by position) the payments
 * that cover them. @internal
 */
export function paymentEffects(cohort: ParsedCohort, ci: number, participants: CohortParticipants, reader: LawReader): { effects: FunderPaymentEffect[]; covering: number[][] } {
  const segment = cohort.segment ?? 'BPU';
  const covering: number[][] = participants.ids.map(() => []);
  const effects = cohort.payments.map((p, pi): FunderPaymentEffect => {
    checkMonths(cohort, ci, pi);
    const covered = p.participants ?? participants.ids;
    covered.forEach((id, j) => {
      const at = participants.index.get(id);
      if (at === undefined) fail({ code: 'invalid_input', path: ['cohorts', ci, 'payments', pi, 'participants', j], message: `Participant ${id} is not in cohort ${cohort.id}`, reason: 'custom' });
      covering[at]!.push(pi);
    });
    const paidLate = p.months
      .map((month, j) => ({ month, dueDate: lawDueDate(reader, segment, month, ['cohorts', ci, 'payments', pi, 'months', j]).date }))
      .filter((m) => p.paymentDate > m.dueDate)
      .map((m) => ({ ...m, daysLate: daysBetween(m.dueDate, p.paymentDate) }));
    const expectedAmount = rootedAt(['cohorts', ci, 'payments', pi], () => multiplyRupiah(multiplyRupiah(cohort.contributionPerParticipant, p.months.length), covered.length));
    return {
      payment: pi,
      ...(p.id === undefined ? {} : { id: p.id }),
      paymentDate: p.paymentDate,
      participantCount: covered.length,
      paidLate,
      expectedAmount,
      amountMismatch: p.amount !== undefined && p.amount !== expectedAmount ? p.amount : null,
    };
  });
  return { effects, covering };
}
