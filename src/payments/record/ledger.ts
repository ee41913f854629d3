/**
 * The ledger behind a payment record: the scheduled months with what is due and paid, and the
 * credit lots left over by payments, in the order they arose. Money moves only by
 * {@link allocate}: a payment (or a credit lot) pays open months until it is used up, and a month
 * counts as paid on the date of the payment that completes it.
 *
 * @module
 * @internal
 */
import type { CalendarDate, YearMonth } from '../../core/calendar';
import type { Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import { lawDueDate, type LawReader } from '../law';
import type { ParsedPayment } from './payments';
import type { ParsedSchedule } from './schedule';
import type { PaymentAllocation, RecordMonth } from './types';

/** A scheduled month as the ledger keeps it. @internal */
export interface LedgerMonth {
  readonly month: YearMonth;
  readonly dueDate: CalendarDate;
  readonly due: number;
  paid: number;
  /** The date the month was paid in full, or `null`. */
  paymentDate: CalendarDate | null;
  readonly allocations: PaymentAllocation[];
}

/** Where money comes from: a payment, by position, with its id and payer. @internal */
export interface Source {
  readonly payment: number;
  readonly paymentId: string | undefined;
  readonly payer: string | undefined;
}

/** What is left of a payment after the months it could pay: credit for the next payment. @internal */
export interface CreditLot extends Source {
  amount: number;
}

/** The months and the credit. @internal */
export interface Ledger {
  readonly months: LedgerMonth[];
  /** Position of each month, by its iuran month. */
  readonly byMonth: ReadonlyMap<string, number>;
  /** Credit lots, oldest first. */
  readonly credit: CreditLot[];
  /** The citations of the due-date rules of the months. */
  readonly dueDateCitations: readonly (readonly Citation[])[];
}

/**
 * The ledger of a schedule, nothing paid yet: each month due on its given due date, else the
 * law's. A month with nothing due counts as paid on its due date. @internal
 */
export function openLedger(schedule: ParsedSchedule, reader: LawReader): Ledger {
  const dueDateCitations: (readonly Citation[])[] = [];
  const months = schedule.months.map((m, k): LedgerMonth => {
    const law = lawDueDate(reader, schedule.segment, m.month, schedule.monthPath(k));
    dueDateCitations.push(law.value.citations);
    const dueDate = m.dueDate ?? law.date;
    return { month: m.month, dueDate, due: m.due, paid: 0, paymentDate: m.due === 0 ? dueDate : null, allocations: [] };
  });
  return { months, byMonth: new Map(months.map((m, i) => [m.month as string, i])), credit: [], dueDateCitations };
}

/**
 * Apply up to `amount` from `source` to an open month on `date`; returns the amount used (never
 * more than what the month still needs). @internal
 */
export function allocate(target: LedgerMonth, amount: number, source: Source, date: CalendarDate, fromCredit: boolean): number {
  // Callers apply only a positive amount to an open month, so `used` is always > 0.
  const used = Math.min(amount, target.due - target.paid);
  target.paid += used;
  target.allocations.push({
    payment: source.payment,
    ...(source.paymentId === undefined ? {} : { paymentId: source.paymentId }),
    ...(source.payer === undefined ? {} : { payer: source.payer }),
    paymentDate: date,
    amount: used as Rupiah,
    fromCredit,
  });
  if (target.paid === target.due) target.paymentDate = date;
  return used;
}

/** Whether a month can still take money: something is outstanding and, for BPU, it is within the advance limit (`null`: none). */
function isOpen(m: LedgerMonth, limit: YearMonth | null): boolean {
  return m.paid < m.due && (limit === null || m.month <= limit);
}

/** Apply the credit carried forward, oldest lot first, to the oldest open months, dated `date`. @internal */
export function applyCredit(ledger: Ledger, date: CalendarDate, limit: YearMonth | null): void {
  for (const lot of ledger.credit) {
    for (const m of ledger.months) {
      if (lot.amount === 0) break;
      if (isOpen(m, limit)) lot.amount -= allocate(m, lot.amount, lot, date, true);
    }
  }
  for (let c = ledger.credit.length - 1; c >= 0; c--) if (ledger.credit[c]!.amount === 0) ledger.credit.splice(c, 1);
}

/**
 * Apply payment `i` to the months it names (oldest first) or, naming none, to the oldest open
 * months; what is left becomes a credit lot. @internal
 */
export function applyPayment(ledger: Ledger, p: ParsedPayment, i: number, limit: YearMonth | null): void {
  const source: Source = { payment: i, paymentId: p.id, payer: p.payer };
  let left: number = p.amount;
  const targets = p.months === undefined ? ledger.months : [...p.months].sort().map((month) => ledger.months[ledger.byMonth.get(month)!]!);
  for (const m of targets) {
    if (left === 0) break;
    if (isOpen(m, limit)) left -= allocate(m, left, source, p.paymentDate, false);
  }
  if (left > 0) ledger.credit.push({ ...source, amount: left });
}

/** The ledger's months as a record shows them. @internal */
export function recordMonths(ledger: Ledger): RecordMonth[] {
  return ledger.months.map((m) => ({
    month: m.month,
    dueDate: m.dueDate,
    due: m.due as Rupiah,
    paid: m.paid as Rupiah,
    outstanding: (m.due - m.paid) as Rupiah,
    paymentDate: m.paymentDate,
    allocations: m.allocations,
  }));
}

/** The credit left over. @internal */
export function creditLeft(ledger: Ledger): Rupiah {
  return ledger.credit.reduce((sum, lot) => sum + lot.amount, 0) as Rupiah;
}
