/**
 * Where a group of participants stands at the review date: their membership (by
 * `membershipStatus`'s rules), the risk category it falls in, the months paid late, and for BPU
 * whether the JKM waiting rule is met.
 *
 * @module
 * @internal
 */
import { daysBetween, type CalendarDate } from '../../core/calendar';
import type { Citation } from '../../law/citation';
import { lawValue } from '../law';
import type { MembershipAt } from '../membership';
import { consecutiveFromStart, countedMonths } from '../periods';
import type { PaymentRecord } from '../record';
import { statusFromRecord } from '../status';
import type { CohortContext, Profile } from './profiles';
import type { ProtectionGroup, ProtectionRisk } from './results';

/** The risk category of a membership, given the next unpaid due date and the warning window. @internal */
export function riskOf(m: MembershipAt, nextDueDate: CalendarDate | null, asOf: CalendarDate, warningDays: number): ProtectionRisk {
  if (m.state === 'ended' || m.reason === 'lapsed_after_jht_claim') return 'lost';
  if (m.state === 'inactive') return 'unprotected';
  return nextDueDate !== null && daysBetween(asOf, nextDueDate) <= warningDays ? 'at_risk' : 'protected';
}

/** BPU: whether the JKM waiting rule is met at the review date (`null` for PU), with its citations. */
function jkmWaiting(context: CohortContext, record: PaymentRecord): { met: boolean | null; citations: readonly Citation[] } {
  if (context.schedule.segment !== 'BPU') return { met: null, citations: [] };
  const waiting = lawValue(context.reader, 'benefit.jkm.bpuWaitingRule', context.asOf, ['options', 'asOf']);
  const { counted } = countedMonths(record, waiting.value.prepaidMonthsCount);
  const run = consecutiveFromStart(
    context.schedule.months.map((m) => m.month),
    new Set<string>(counted),
  );
  return { met: run >= waiting.value.minConsecutivePaidMonths, citations: waiting.citations };
}

/** The group of a profile, with the citations of the rules that placed it. @internal */
export function protectionGroup(context: CohortContext, profile: Profile, record: PaymentRecord, warningDays: number): { group: ProtectionGroup; citations: (readonly Citation[])[] } {
  const status = statusFromRecord(record, context.schedule, profile.jhtClaimed, context.reader);
  const membership = status.membership;
  const next = status.months.find((x) => x.state === 'not_yet_due' && x.outstanding > 0);
  const nextDueDate = next?.dueDate ?? null;
  const waiting = jkmWaiting(context, record);
  const paidLate = status.months.filter((x) => x.state === 'paid_late').map((x) => ({ month: x.month, dueDate: x.dueDate, paymentDate: x.paymentDate!, daysLate: x.daysLate }));
  return {
    group: { participantIds: profile.ids, risk: riskOf(membership, nextDueDate, context.asOf, warningDays), membership, nextDueDate, paidLate, jkmWaitingMet: waiting.met },
    citations: [record.citations, membership.citations, waiting.citations],
  };
}
