/**
 * `membershipStatus`: month by month, whether each contribution was paid on time, paid late,
 * is unpaid or lapsed, and the membership state (*status kepesertaan*) at a date, each with the
 * rule that decided it and its citation.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, daysBetween, type CalendarDate, type YearMonth } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import type { Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawUsed } from '../law/lawUsed';
import { lawDueDate, lawUsedBy, lawValue, type LawReader, type PaymentSegment } from './law';
import { startedMonthsLate } from './lateness';
import { membershipAt, type MembershipAt } from './membership';
import { monthLapsed, monthNotYetDue, monthOverdue, monthPaidLate, monthPaidOnTime } from './messages';
import {
  recordFrom,
  recordOptionFields,
  resolveRecordOptions,
  type ParsedSchedule,
  type PaymentAllocation,
  type PaymentInput,
  type PaymentRecord,
  type PaymentRecordOptions,
  type PaymentScheduleInput,
  type RecordMonth,
} from './record';

export type { MembershipAt, MembershipReason, MembershipState } from './membership';

/**
 * The state of one scheduled month at the record's date: `paid_on_time` (in full by the due
 * date), `paid_late` (in full, after it), `partly_paid` or `unpaid` (past due), `not_yet_due`, or
 * `lapsed` (BPU: not paid when the membership ended; no longer owed under the ended membership).
 */
export type MonthState = 'paid_on_time' | 'paid_late' | 'partly_paid' | 'unpaid' | 'not_yet_due' | 'lapsed';

/** The status of one scheduled month. */
export interface MonthStatus {
  /** The iuran month. */
  readonly month: YearMonth;
  /** Its state. */
  readonly state: MonthState;
  /** When it was due. */
  readonly dueDate: CalendarDate;
  /** The amount due. */
  readonly due: Rupiah;
  /** The amount paid. */
  readonly paid: Rupiah;
  /** The amount outstanding. */
  readonly outstanding: Rupiah;
  /** The date of the payment that paid it in full, or `null`. */
  readonly paymentDate: CalendarDate | null;
  /** Calendar days after the due date: until payment in full, or until `asOf` while unpaid; 0 if on time or not yet due. */
  readonly daysLate: number;
  /** Started months of delay (one day late = 1), as the PU fine counts them; 0 if on time or not yet due. */
  readonly monthsLate: number;
  /** The payments applied to it. */
  readonly allocations: readonly PaymentAllocation[];
  /** The rule that decided the state. */
  readonly rule: BilingualText;
  /** Legal basis of the rule. */
  readonly citations: readonly Citation[];
}

/** The result of {@link membershipStatus}. */
export interface MembershipStatus {
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The date the status is read at. */
  readonly asOf: CalendarDate;
  /** Every scheduled month. */
  readonly months: readonly MonthStatus[];
  /** The membership at `asOf`. */
  readonly membership: MembershipAt;
  /** Months in each state. */
  readonly counts: Readonly<Record<MonthState, number>>;
  /** The payment record the status was read from (allocations, credit, unallocated payments). */
  readonly record: PaymentRecord;
  /** Every value of law read (the record's and the status rules'). */
  readonly lawUsed: readonly LawUsed[];
}

/** Options of {@link membershipStatus}. */
export interface MembershipStatusOptions extends PaymentRecordOptions {
  /** Whether the participant has already claimed JHT (a lapsed BPU membership is then `inactive`, *nonaktif*). Default `false`. */
  readonly jhtClaimed?: boolean;
}

/** Schema of {@link MembershipStatusOptions}. */
export const MembershipStatusOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields, jhtClaimed: z.boolean().optional() });

/** The state of a month at the record's date. */
function stateOf(m: RecordMonth, record: PaymentRecord): MonthState {
  if (record.lapse !== null && m.paymentDate === null) return 'lapsed';
  if (m.paymentDate !== null) return m.paymentDate <= m.dueDate ? 'paid_on_time' : 'paid_late';
  if (record.asOf <= m.dueDate) return 'not_yet_due';
  return m.paid > 0 ? 'partly_paid' : 'unpaid';
}

/** How late a month is: calendar days and started months. */
interface Delay {
  readonly daysLate: number;
  readonly monthsLate: number;
}

/** The rules a month's state may cite: the due-date rule's citations, and the late rule's (fine or lapse), read when needed. */
interface MonthCitations {
  readonly due: readonly Citation[];
  readonly late: () => readonly Citation[];
}

/** The rule that decided a month's state, with its citations. */
function monthRule(m: RecordMonth, state: MonthState, late: Delay, record: PaymentRecord, cites: MonthCitations): { rule: BilingualText; citations: readonly Citation[] } {
  const dueCitations = cites.due;
  const lateCitations = cites.late;
  const bpu = record.segment === 'BPU';
  switch (state) {
    case 'lapsed':
      return { rule: monthLapsed(record.lapse!.date, record.lapse!.rule.maxConsecutiveUnpaidMonths), citations: record.lapse!.citations };
    case 'paid_on_time':
      return { rule: monthPaidOnTime(m.paymentDate!, m.dueDate), citations: [...dueCitations] };
    case 'paid_late':
      return { rule: monthPaidLate(m.paymentDate!, m.dueDate, late.daysLate, late.monthsLate, bpu), citations: [...dueCitations, ...lateCitations()] };
    case 'not_yet_due':
      return { rule: monthNotYetDue(m.dueDate, record.asOf), citations: [...dueCitations] };
    default:
      return { rule: monthOverdue(m.dueDate, record.asOf, m.outstanding, late.daysLate, bpu), citations: [...dueCitations, ...lateCitations()] };
  }
}

/** The status of month `k` of the record. */
function monthStatus(m: RecordMonth, k: number, record: PaymentRecord, schedule: ParsedSchedule, reader: LawReader): MonthStatus {
  const path = schedule.monthPath(k);
  const state = stateOf(m, record);
  const cites: MonthCitations = {
    due: lawDueDate(reader, record.segment, m.month, path).value.citations,
    late: () => lawValue(reader, record.segment === 'PU' ? 'pu.lateFine' : 'bpu.lapse', m.month, path).citations,
  };
  const until = state === 'paid_late' ? m.paymentDate! : record.asOf;
  const late: Delay = state === 'paid_on_time' || state === 'not_yet_due' ? { daysLate: 0, monthsLate: 0 } : { daysLate: daysBetween(m.dueDate, until), monthsLate: startedMonthsLate(m.dueDate, until) };
  const { rule, citations } = monthRule(m, state, late, record, cites);
  return { month: m.month, state, dueDate: m.dueDate, due: m.due, paid: m.paid, outstanding: m.outstanding, paymentDate: m.paymentDate, ...late, allocations: m.allocations, rule, citations };
}

/** The status of every month of a record. @internal */
export function monthStatuses(record: PaymentRecord, schedule: ParsedSchedule, reader: LawReader): MonthStatus[] {
  return record.months.map((m, k) => monthStatus(m, k, record, schedule, reader));
}

/** Month statuses and membership from a record. @internal */
export function statusFromRecord(record: PaymentRecord, schedule: ParsedSchedule, jhtClaimed: boolean, reader: LawReader): MembershipStatus {
  const months = monthStatuses(record, schedule, reader);
  const counts: Record<MonthState, number> = { paid_on_time: 0, paid_late: 0, partly_paid: 0, unpaid: 0, not_yet_due: 0, lapsed: 0 };
  for (const m of months) counts[m.state]++;
  const membership = membershipAt(record, months, schedule, jhtClaimed, reader);
  return { segment: record.segment, asOf: record.asOf, months, membership, counts, record, lawUsed: lawUsedBy(reader) };
}

/**
 * Membership status (*status kepesertaan*) from a schedule and the payments made: for every
 * month whether it was paid on time, paid late, is unpaid or lapsed, with its due date, days and
 * started months late; and the membership at `asOf` (active, inactive, ended) with the rule that
 * decided it and its citation. BPU: no protection while a past-due month is unpaid; more than 3
 * consecutive unpaid months end the membership (Perdir 22/PERDIR.02/072022). PU: the worker stays
 * protected while the employer is in arrears (and owes the 2 % fine).
 *
 * @example
 * ```ts
 * import { contributionSchedule, membershipStatus } from 'jamsostek';
 * const schedule = contributionSchedule({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2026-01', to: '2026-06' });
 * const status = membershipStatus(schedule, [{ amount: 16_800, paymentDate: '2026-01-10', payer: 'Pemprov NTT' }], { asOf: '2026-05-20' });
 * console.log(status.months.map((m) => m.state)); // ['paid_on_time', 'lapsed', 'lapsed', 'lapsed', 'lapsed', 'lapsed']
 * console.log(status.membership.state, status.membership.since); // 'ended' '2026-05-16'
 * ```
 */
export function membershipStatus(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: MembershipStatusOptions): MembershipStatus {
  const o = parseInput(MembershipStatusOptionsSchema, options, ['options']);
  const resolved = resolveRecordOptions(o, o.asOf);
  const built = recordFrom(schedule, payments, resolved);
  return statusFromRecord(built.record, built.schedule, o.jhtClaimed ?? false, resolved.reader);
}
