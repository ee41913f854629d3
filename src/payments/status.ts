/**
 * `membershipStatus`: month by month, whether each contribution was paid on time, paid late,
 * is unpaid or lapsed, and the membership state (*status kepesertaan*) at a date, each with the
 * rule that decided it and its citation.
 *
 * @module
 */
import { addDays, addMonths, CalendarDateSchema, daysBetween, monthIndex, yearMonthOf, type CalendarDate, type YearMonth } from '../core/calendar';
import { text, type BilingualText } from '../core/explain';
import type { Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawRegistry } from '../law/registry';
import { valueAt } from '../law/lookup';
import { earliestLapse, type LapseMonth } from './lapse';
import { startedMonthsLate } from './lateness';
import {
  lawDueDate,
  recordFrom,
  recordOptionFields,
  resolveRecordOptions,
  type PaymentAllocation,
  type PaymentInput,
  type PaymentRecord,
  type PaymentRecordOptions,
  type PaymentScheduleInput,
  type RecordMonth,
  type PaymentSegment,
} from './record';

/**
 * The state of one scheduled month at the record's date: `paidOnTime` (in full by the due date),
 * `paidLate` (in full, after it), `partlyPaid` or `unpaid` (past due), `notYetDue`, or `lapsed`
 * (BPU: not paid when the membership ended; no longer owed under the ended membership).
 */
export type MonthState = 'paidOnTime' | 'paidLate' | 'partlyPaid' | 'unpaid' | 'notYetDue' | 'lapsed';

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
  /** When it was paid in full, or `null`. */
  readonly paidOn: CalendarDate | null;
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

/** The membership state at a date: `active`, `inactive` (*nonaktif*: not protected now) or `ended` (*berakhir*). */
export type MembershipState = 'active' | 'inactive' | 'ended';

/**
 * Why the membership is in its state: `paidUp`; `withinPaymentPeriod` (this month is not yet
 * due); `employerInArrears` (PU: still protected, the employer owes arrears and fines);
 * `inArrears` (BPU: past-due months unpaid, no protection until paid); `lapsed` (BPU: more than 3
 * consecutive unpaid months); `lapsedAfterJhtClaim` (the same after a JHT claim: *nonaktif*);
 * `notScheduled` (no contribution is scheduled for the month of the date).
 */
export type MembershipReason = 'paidUp' | 'withinPaymentPeriod' | 'employerInArrears' | 'inArrears' | 'lapsed' | 'lapsedAfterJhtClaim' | 'notScheduled';

/** The membership at the record's date, with the rule that decided it. */
export interface MembershipAt {
  /** The state. */
  readonly state: MembershipState;
  /** Why. */
  readonly reason: MembershipReason;
  /** Since when the state holds, where the record shows it (start of arrears, lapse date). */
  readonly since: CalendarDate | null;
  /** BPU in arrears: the day the membership ends if nothing more is paid; otherwise `null`. */
  readonly lapsesOn: CalendarDate | null;
  /** The rule, in both languages. */
  readonly rule: BilingualText;
  /** The parameter that decided it. */
  readonly parameter: string;
  /** Legal basis. */
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
}

/** Options of {@link membershipStatus}. */
export type MembershipStatusOptions = PaymentRecordOptions;

/** Schema of {@link MembershipStatusOptions}. */
export const MembershipStatusOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields });

function monthStatus(m: RecordMonth, record: PaymentRecord, law: LawRegistry): MonthStatus {
  const { asOf, segment } = record;
  const dueRule = lawDueDate(law, segment, m.month).value;
  const citations: Citation[] = [...dueRule.citations];
  let state: MonthState;
  let rule: BilingualText;
  let daysLate = 0;
  let monthsLate = 0;
  const lateRule = () => valueAt(law.parameter(segment === 'PU' ? 'pu.lateFine' : 'bpu.lapse'), m.month).citations;
  if (record.lapse !== null && m.paidOn === null) {
    state = 'lapsed';
    daysLate = daysBetween(m.dueDate, asOf);
    monthsLate = startedMonthsLate(m.dueDate, asOf);
    citations.splice(0, citations.length, ...record.lapse.citations);
    rule = text(
      `Belum lunas ketika kepesertaan BPU berakhir pada ${record.lapse.date} (lebih dari ${record.lapse.rule.maxConsecutiveUnpaidMonths} bulan berturut-turut menunggak).`,
      `Not paid in full when the BPU membership lapsed on ${record.lapse.date} (more than ${record.lapse.rule.maxConsecutiveUnpaidMonths} consecutive unpaid months).`,
    );
  } else if (m.paidOn !== null && m.paidOn <= m.dueDate) {
    state = 'paidOnTime';
    rule = text(`Lunas ${m.paidOn}, paling lambat jatuh tempo ${m.dueDate}.`, `Paid in full on ${m.paidOn}, by the due date ${m.dueDate}.`);
  } else if (m.paidOn !== null) {
    state = 'paidLate';
    daysLate = daysBetween(m.dueDate, m.paidOn);
    monthsLate = startedMonthsLate(m.dueDate, m.paidOn);
    citations.push(...lateRule());
    rule = text(
      `Lunas ${m.paidOn}, ${daysLate} hari setelah jatuh tempo ${m.dueDate} (${monthsLate} bulan keterlambatan yang dimulai).${segment === 'BPU' ? ' Tanpa perlindungan selama menunggak.' : ''}`,
      `Paid in full on ${m.paidOn}, ${daysLate} days after the due date ${m.dueDate} (${monthsLate} started months of delay).${segment === 'BPU' ? ' No protection while it was unpaid.' : ''}`,
    );
  } else if (asOf <= m.dueDate) {
    state = 'notYetDue';
    rule = text(`Jatuh tempo ${m.dueDate}, belum lewat pada ${asOf}.`, `Due on ${m.dueDate}, not yet past on ${asOf}.`);
  } else {
    state = m.paid > 0 ? 'partlyPaid' : 'unpaid';
    daysLate = daysBetween(m.dueDate, asOf);
    monthsLate = startedMonthsLate(m.dueDate, asOf);
    citations.push(...lateRule());
    rule = text(
      `Jatuh tempo ${m.dueDate}; pada ${asOf} masih kurang ${m.outstanding} rupiah (${daysLate} hari terlambat).${segment === 'BPU' ? ' Tanpa perlindungan sampai dibayar.' : ''}`,
      `Due on ${m.dueDate}; on ${asOf} ${m.outstanding} rupiah is still outstanding (${daysLate} days late).${segment === 'BPU' ? ' No protection until paid.' : ''}`,
    );
  }
  return { month: m.month, state, dueDate: m.dueDate, due: m.due, paid: m.paid, outstanding: m.outstanding, paidOn: m.paidOn, daysLate, monthsLate, allocations: m.allocations, rule, citations };
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
export function lapseIfUnpaid(record: PaymentRecord, months: readonly MonthStatus[], law: LawRegistry): CalendarDate | null {
  if (!months.some((m) => m.state === 'unpaid' || m.state === 'partlyPaid')) return null;
  const last = months[months.length - 1]!.month;
  const monthAt = (k: number): LapseMonth => {
    if (k < months.length) return months[k]!;
    const month = addMonths(last, k - months.length + 1);
    return { month, dueDate: lawDueDate(law, record.segment, month).date, paidOn: null };
  };
  return earliestLapse(monthAt, months.length, null, law)?.date ?? null;
}

/** The membership at the record's date. @internal */
export function membershipAt(record: PaymentRecord, months: readonly MonthStatus[], jhtClaimed: boolean, law: LawRegistry): MembershipAt {
  const { asOf, segment } = record;
  const asOfMonth = yearMonthOf(asOf);
  const current = months.find((m) => m.month === asOfMonth);
  if (segment === 'BPU' && record.lapse !== null) {
    const ended = jhtClaimed ? record.lapse.rule.stateIfJhtClaimed : 'ended';
    return {
      state: ended,
      reason: jhtClaimed ? 'lapsedAfterJhtClaim' : 'lapsed',
      since: record.lapse.date,
      lapsesOn: null,
      parameter: 'bpu.lapse',
      citations: record.lapse.citations,
      rule: text(
        `Iuran ${record.lapse.months.join(', ')} tidak dibayar: lebih dari ${record.lapse.rule.maxConsecutiveUnpaidMonths} bulan berturut-turut, sehingga kepesertaan ${jhtClaimed ? 'nonaktif (JHT sudah diklaim)' : 'berakhir'} sejak ${record.lapse.date}.`,
        `Contributions for ${record.lapse.months.join(', ')} were not paid: more than ${record.lapse.rule.maxConsecutiveUnpaidMonths} consecutive months, so the membership ${jhtClaimed ? 'became inactive (JHT already claimed)' : 'ended'} on ${record.lapse.date}.`,
      ),
    };
  }
  const dueParameter = segment === 'PU' ? 'pu.dueDate' : 'bpu.dueDate';
  if (current === undefined) {
    const at = monthIndex(asOfMonth) < monthIndex(months[0]!.month) ? months[0]!.month : months[months.length - 1]!.month;
    const value = valueAt(law.parameter(segment === 'PU' ? 'pu.dueDate' : 'bpu.lapse'), at);
    return {
      state: 'inactive',
      reason: 'notScheduled',
      since: null,
      lapsesOn: null,
      parameter: value.parameter,
      citations: value.citations,
      rule: text(
        `Tidak ada iuran terjadwal untuk ${asOfMonth} (jadwal ${months[0]!.month} s.d. ${months[months.length - 1]!.month}); tanpa iuran tidak ada perlindungan yang tercatat.`,
        `No contribution is scheduled for ${asOfMonth} (the schedule runs ${months[0]!.month} to ${months[months.length - 1]!.month}); without a contribution the record shows no protection.`,
      ),
    };
  }
  const overdue = months.filter((m) => m.state === 'unpaid' || m.state === 'partlyPaid');
  const firstOverdue = overdue[0];
  if (segment === 'PU') {
    if (firstOverdue !== undefined) {
      const fine = valueAt(law.parameter('pu.lateFine'), firstOverdue.month);
      return {
        state: 'active',
        reason: 'employerInArrears',
        since: addDays(firstOverdue.dueDate, 1),
        lapsesOn: null,
        parameter: 'pu.lateFine',
        citations: fine.citations,
        rule: text(
          `Pekerja tetap terlindungi; pemberi kerja menunggak ${overdue.length} bulan (${overdue.map((m) => m.month).join(', ')}) dan menanggung denda.`,
          `The worker stays protected; the employer is in arrears for ${overdue.length} months (${overdue.map((m) => m.month).join(', ')}) and owes the fine.`,
        ),
      };
    }
  } else if (firstOverdue !== undefined) {
    const lapse = valueAt(law.parameter('bpu.lapse'), firstOverdue.month);
    const lapsesOn = lapseIfUnpaid(record, months, law);
    return {
      state: 'inactive',
      reason: 'inArrears',
      since: addDays(firstOverdue.dueDate, 1),
      lapsesOn,
      parameter: 'bpu.lapse',
      citations: lapse.citations,
      rule: text(
        `Iuran ${overdue.map((m) => m.month).join(', ')} lewat jatuh tempo dan belum lunas: tidak ada perlindungan sampai tunggakan dibayar${lapsesOn === null ? '' : `; kepesertaan berakhir ${lapsesOn} bila tetap tidak dibayar`}.`,
        `Contributions for ${overdue.map((m) => m.month).join(', ')} are past due and unpaid: no protection until the arrears are paid${lapsesOn === null ? '' : `; the membership ends on ${lapsesOn} if they stay unpaid`}.`,
      ),
    };
  }
  const due = valueAt(law.parameter(dueParameter), current.month);
  const paid = current.state === 'paidOnTime' || current.state === 'paidLate';
  return {
    state: 'active',
    reason: paid ? 'paidUp' : 'withinPaymentPeriod',
    since: null,
    lapsesOn: null,
    parameter: dueParameter,
    citations: due.citations,
    rule: paid
      ? text(`Iuran ${current.month} sudah lunas dan tidak ada tunggakan.`, `The contribution for ${current.month} is paid and nothing is in arrears.`)
      : text(`Iuran ${current.month} jatuh tempo ${current.dueDate}, belum lewat; tidak ada tunggakan.`, `The contribution for ${current.month} is due on ${current.dueDate}, not yet past; nothing is in arrears.`),
  };
}

/** Month statuses and membership from a record. @internal */
export function statusFromRecord(record: PaymentRecord, jhtClaimed: boolean, law: LawRegistry): MembershipStatus {
  const months = record.months.map((m) => monthStatus(m, record, law));
  const counts: Record<MonthState, number> = { paidOnTime: 0, paidLate: 0, partlyPaid: 0, unpaid: 0, notYetDue: 0, lapsed: 0 };
  for (const m of months) counts[m.state]++;
  return { segment: record.segment, asOf: record.asOf, months, membership: membershipAt(record, months, jhtClaimed, law), counts, record };
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
 * const status = membershipStatus(schedule, [{ amount: 16_800, paidOn: '2026-01-10', payer: 'Pemprov NTT' }], { asOf: '2026-05-20' });
 * console.log(status.months.map((m) => m.state)); // ['paidOnTime', 'lapsed', 'lapsed', 'lapsed', 'lapsed', 'lapsed']
 * console.log(status.membership.state, status.membership.since); // 'ended' '2026-05-16'
 * ```
 */
export function membershipStatus(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: MembershipStatusOptions): MembershipStatus {
  const o = resolveRecordOptions(parseInput(MembershipStatusOptionsSchema, options, ['options']));
  const { record } = recordFrom(schedule, payments, o);
  return statusFromRecord(record, o.jhtClaimed, o.law);
}
