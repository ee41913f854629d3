/**
 * The membership at the record's date (*status kepesertaan*): ended or inactive after a BPU
 * lapse, inactive when nothing is scheduled, PU protected while the employer is in arrears, BPU
 * unprotected while in arrears (with the day it ends if nothing more is paid), else active. One
 * small function per case, each with the rule and the parameter that decided it.
 *
 * @module
 */
import { addDays, addMonths, monthIndex, yearMonthOf, type CalendarDate } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import type { Citation } from '../law/citation';
import { lawDueDate, lawValue, type LawReader } from './law';
import { earliestLapse, lapseRuleAt, type LapseMonth } from './lapse';
import { employerInArrears, membershipLapsed, membershipNotScheduled, membershipPaidUp, membershipWithinPaymentPeriod, participantInArrears } from './messages';
import type { ParsedSchedule, PaymentRecord } from './record';
import type { MonthStatus } from './status';

/** The membership state at a date: `active`, `inactive` (*nonaktif*: not protected now) or `ended` (*berakhir*). */
export type MembershipState = 'active' | 'inactive' | 'ended';

/**
 * Why the membership is in its state: `paid_up`; `within_payment_period` (this month is not yet
 * due); `employer_in_arrears` (PU: still protected, the employer owes arrears and fines);
 * `in_arrears` (BPU: past-due months unpaid, no protection until paid); `lapsed` (BPU: more than
 * 3 consecutive unpaid months); `lapsed_after_jht_claim` (the same after a JHT claim:
 * *nonaktif*); `not_scheduled` (no contribution is scheduled for the month of the date).
 */
export type MembershipReason = 'paid_up' | 'within_payment_period' | 'employer_in_arrears' | 'in_arrears' | 'lapsed' | 'lapsed_after_jht_claim' | 'not_scheduled';

/** The membership at the record's date, with the rule that decided it. */
export interface MembershipAt {
  /** The state. */
  readonly state: MembershipState;
  /** Why. */
  readonly reason: MembershipReason;
  /** Since when the state holds, where the record shows it (start of arrears, lapse date). */
  readonly since: CalendarDate | null;
  /** BPU in arrears: the day the membership ends if nothing more is paid; otherwise `null`. */
  readonly lapseDate: CalendarDate | null;
  /** The rule, in both languages. */
  readonly rule: BilingualText;
  /** The parameter that decided it. */
  readonly parameter: string;
  /** Legal basis. */
  readonly citations: readonly Citation[];
}

/**
 * BPU in arrears: the day the membership ends if nothing more is paid, looking past the end of
 * the schedule with the law's due dates. Every run of more than `maxConsecutiveUnpaidMonths`
 * months that starts in the schedule and holds no paid month is a candidate, and the one whose
 * lapse day comes first decides (the same rule as the record's lapse, `./lapse`); a month paid in
 * advance only breaks a run, it does not end the search (the months after it stay unpaid if
 * nothing more is paid).
 * @internal
 */
export function lapseIfUnpaid(record: PaymentRecord, months: readonly MonthStatus[], schedule: ParsedSchedule, reader: LawReader): CalendarDate | null {
  if (!months.some((m) => m.state === 'unpaid' || m.state === 'partly_paid')) return null;
  const last = months[months.length - 1]!.month;
  const monthAt = (k: number): LapseMonth => {
    if (k < months.length) return months[k]!;
    const month = addMonths(last, k - months.length + 1);
    return { month, dueDate: lawDueDate(reader, record.segment, month, schedule.monthPath(k)).date, paymentDate: null };
  };
  return earliestLapse(monthAt, months.length, null, lapseRuleAt(reader, schedule.monthPath))?.date ?? null;
}

function lapsed(record: PaymentRecord, jhtClaimed: boolean): MembershipAt {
  const lapse = record.lapse!;
  return {
    state: jhtClaimed ? lapse.rule.stateIfJhtClaimed : 'ended',
    reason: jhtClaimed ? 'lapsed_after_jht_claim' : 'lapsed',
    since: lapse.date,
    lapseDate: null,
    parameter: 'bpu.lapse',
    citations: lapse.citations,
    rule: membershipLapsed(lapse.months, lapse.rule.maxConsecutiveUnpaidMonths, jhtClaimed, lapse.date),
  };
}

function notScheduled(record: PaymentRecord, months: readonly MonthStatus[], schedule: ParsedSchedule, reader: LawReader): MembershipAt {
  const asOfMonth = yearMonthOf(record.asOf);
  const first = months[0]!.month;
  const last = months[months.length - 1]!.month;
  const k = monthIndex(asOfMonth) < monthIndex(first) ? 0 : months.length - 1;
  const value = lawValue(reader, record.segment === 'PU' ? 'pu.dueDate' : 'bpu.lapse', months[k]!.month, schedule.monthPath(k));
  return { state: 'inactive', reason: 'not_scheduled', since: null, lapseDate: null, parameter: value.parameter, citations: value.citations, rule: membershipNotScheduled(asOfMonth, first, last) };
}

function inArrears(record: PaymentRecord, months: readonly MonthStatus[], overdue: readonly MonthStatus[], schedule: ParsedSchedule, reader: LawReader): MembershipAt {
  const first = overdue[0]!;
  const path = schedule.monthPath(months.indexOf(first));
  const since = addDays(first.dueDate, 1);
  const overdueMonths = overdue.map((m) => m.month);
  if (record.segment === 'PU') {
    const fine = lawValue(reader, 'pu.lateFine', first.month, path);
    return { state: 'active', reason: 'employer_in_arrears', since, lapseDate: null, parameter: 'pu.lateFine', citations: fine.citations, rule: employerInArrears(overdueMonths) };
  }
  const lapse = lawValue(reader, 'bpu.lapse', first.month, path);
  const lapseDate = lapseIfUnpaid(record, months, schedule, reader);
  return { state: 'inactive', reason: 'in_arrears', since, lapseDate, parameter: 'bpu.lapse', citations: lapse.citations, rule: participantInArrears(overdueMonths, lapseDate) };
}

function upToDate(record: PaymentRecord, current: MonthStatus, k: number, schedule: ParsedSchedule, reader: LawReader): MembershipAt {
  const due = lawValue(reader, record.segment === 'PU' ? 'pu.dueDate' : 'bpu.dueDate', current.month, schedule.monthPath(k));
  const paid = current.state === 'paid_on_time' || current.state === 'paid_late';
  return {
    state: 'active',
    reason: paid ? 'paid_up' : 'within_payment_period',
    since: null,
    lapseDate: null,
    parameter: due.parameter,
    citations: due.citations,
    rule: paid ? membershipPaidUp(current.month) : membershipWithinPaymentPeriod(current.month, current.dueDate),
  };
}

/** The membership at the record's date. @internal */
export function membershipAt(record: PaymentRecord, months: readonly MonthStatus[], schedule: ParsedSchedule, jhtClaimed: boolean, reader: LawReader): MembershipAt {
  if (record.segment === 'BPU' && record.lapse !== null) return lapsed(record, jhtClaimed);
  const asOfMonth = yearMonthOf(record.asOf);
  const k = months.findIndex((m) => m.month === asOfMonth);
  if (k < 0) return notScheduled(record, months, schedule, reader);
  const overdue = months.filter((m) => m.state === 'unpaid' || m.state === 'partly_paid');
  if (overdue.length > 0) return inArrears(record, months, overdue, schedule, reader);
  return upToDate(record, months[k]!, k, schedule, reader);
}
