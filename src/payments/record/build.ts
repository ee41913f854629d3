/**
 * Building the payment record: the membership start, the payments checked and put in the order
 * they were made, each applied to the ledger (credit first, then the payment) unless the BPU
 * membership lapsed before it, and the lapse at the record's date.
 *
 * @module
 * @internal
 */
import { yearMonthOf, type CalendarDate } from '../../core/calendar';
import { fail } from '../../core/errors';
import type { Citation } from '../../law/citation';
import { uniqueCitations } from '../../law/explanation';
import { lawUsedBy } from '../law';
import { earliestLapse, lapseRuleAt, type LapseMonth, type LapseRuleAt } from '../lapse';
import { ALLOCATION_RULE, paidAfterLapse } from '../messages';
import { applyCredit, applyPayment, creditLeft, openLedger, recordMonths, type Ledger } from './ledger';
import { advanceLimit, checkPayments, parsePayments, type ParsedPayment, type PaymentBounds } from './payments';
import { parseSchedule, type ParsedSchedule } from './schedule';
import type { ResolvedRecordOptions } from './options';
import type { FinePayment, Lapse, PaymentRecord, UnallocatedPayment } from './types';

/**
 * The earliest lapse at or before `upTo` (BPU): the run of more than N consecutive months, none of
 * which was paid in full before the run's lapse day, whose lapse day comes first (see
 * `../lapse`: the later of the day after the run's latest due date and the day after the arrears
 * window that follows the first month's due date). Months beyond the schedule are not
 * considered. @internal
 */
export function findLapse(months: readonly LapseMonth[], upTo: CalendarDate, ruleAt: LapseRuleAt): Lapse | null {
  return earliestLapse((k) => months[k], months.length, upTo, ruleAt);
}

/** The membership start (given, or the first day of the first scheduled month), checked against the schedule and `asOf`. */
function membershipBounds(schedule: ParsedSchedule, options: ResolvedRecordOptions): PaymentBounds {
  const first = schedule.months[0]!.month;
  const start = options.membershipStartDate ?? (`${first}-01` as CalendarDate);
  if (yearMonthOf(start) > first) {
    fail({ code: 'invalid_input', path: ['options', 'membershipStartDate'], message: `The schedule starts in ${first}, before the membership start date ${start}`, reason: 'custom' });
  }
  if (options.asOf < start) {
    const name = String(options.asOfPath[options.asOfPath.length - 1]);
    fail({ code: 'invalid_input', path: [...options.asOfPath], message: `${name} ${options.asOf} is before the membership start date ${start}`, reason: 'too_small' });
  }
  return { schedule, start, startIsDefault: options.membershipStartDate === undefined };
}

/** The payments made by `asOf` in the order they were made (same date: list order), and the positions of the later ones. */
function paymentOrder(payments: readonly ParsedPayment[], asOf: CalendarDate): { order: { p: ParsedPayment; i: number }[]; ignored: number[] } {
  const indexed = payments.map((p, i) => ({ p, i }));
  const order = indexed
    .filter(({ p }) => p.paymentDate <= asOf)
    // Array#sort is stable (ES2019): payments of the same date keep their order in the list.
    .sort((a, b) => (a.p.paymentDate < b.p.paymentDate ? -1 : a.p.paymentDate > b.p.paymentDate ? 1 : 0));
  return { order, ignored: indexed.filter(({ p }) => p.paymentDate > asOf).map(({ i }) => i) };
}

/** What the payments did besides paying months. */
interface Applied {
  readonly unallocated: UnallocatedPayment[];
  readonly finePayments: FinePayment[];
  readonly advanceCitations: (readonly Citation[])[];
  lapse: Lapse | null;
}

/** Apply the payments in order: fines apart; for BPU nothing on or after a lapse, and no month beyond the advance limit. */
function applyInOrder(ledger: Ledger, order: readonly { p: ParsedPayment; i: number }[], schedule: ParsedSchedule, options: ResolvedRecordOptions, ruleAt: LapseRuleAt): Applied {
  const bpu = schedule.segment === 'BPU';
  const applied: Applied = { unallocated: [], finePayments: [], advanceCitations: [], lapse: null };
  for (const { p, i } of order) {
    if (p.kind === 'fine') {
      applied.finePayments.push({ payment: i, amount: p.amount, paymentDate: p.paymentDate });
      continue;
    }
    if (bpu && applied.lapse === null) applied.lapse = findLapse(ledger.months, p.paymentDate, ruleAt);
    if (applied.lapse !== null) {
      applied.unallocated.push({ payment: i, amount: p.amount, reason: paidAfterLapse(p.paymentDate, applied.lapse.date) });
      continue;
    }
    const advance = bpu ? advanceLimit(options.reader, p.paymentDate, i) : null;
    if (advance !== null) applied.advanceCitations.push(advance.value.citations);
    applyCredit(ledger, p.paymentDate, advance?.limit ?? null);
    applyPayment(ledger, p, i, advance?.limit ?? null);
  }
  if (bpu && applied.lapse === null) applied.lapse = findLapse(ledger.months, options.asOf, ruleAt);
  return applied;
}

/** Build the record from parsed inputs. Throws typed errors for payments the schedule cannot hold. @internal */
export function buildRecord(schedule: ParsedSchedule, payments: readonly ParsedPayment[], options: ResolvedRecordOptions): PaymentRecord {
  const ledger = openLedger(schedule, options.reader);
  const bounds = membershipBounds(schedule, options);
  const checkedAdvance = checkPayments(payments, bounds, options.reader);
  const { order, ignored } = paymentOrder(payments, options.asOf);
  const applied = applyInOrder(ledger, order, schedule, options, lapseRuleAt(options.reader, schedule.monthPath));
  // A Set first: months and payments under one value share its citation list.
  const citations = uniqueCitations(new Set([...ledger.dueDateCitations, ...checkedAdvance.map((v) => v.citations), ...applied.advanceCitations, applied.lapse?.citations ?? []]));
  return {
    segment: schedule.segment,
    membershipStartDate: bounds.start,
    asOf: options.asOf,
    months: recordMonths(ledger),
    credit: creditLeft(ledger),
    unallocated: applied.unallocated,
    finePayments: applied.finePayments,
    ignoredAfterAsOf: ignored,
    lapse: applied.lapse,
    allocationRule: ALLOCATION_RULE,
    citations,
    lawUsed: lawUsedBy(options.reader),
  };
}

/** Parse a schedule and payments and build the record. @internal */
export function recordFrom(schedule: unknown, payments: unknown, options: ResolvedRecordOptions): { schedule: ParsedSchedule; record: PaymentRecord } {
  const parsedSchedule = parseSchedule(schedule);
  const parsedPayments = parsePayments(payments);
  return { schedule: parsedSchedule, record: buildRecord(parsedSchedule, parsedPayments, options) };
}
