/**
 * The payment record (*catatan pembayaran iuran*) as a result: every scheduled month with what
 * was paid for it, credit, payments not applied, fine payments and the BPU lapse.
 *
 * @module
 */
import type { CalendarDate, YearMonth } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import type { Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import type { LawUsed } from '../../law/lawUsed';
import type { BpuLapseRule } from '../../law/parameters/payments';
import type { PaymentSegment } from '../law';

/** One part of a payment applied to one month. */
export interface PaymentAllocation {
  /** Position of the payment in the caller's list. */
  readonly payment: number;
  /** The payment's `id`, if it had one. */
  readonly paymentId?: string;
  /** The payment's `payer`, if given. */
  readonly payer?: string;
  /** The date the amount counts as paid (for credit: the date of the payment that applied it). */
  readonly paymentDate: CalendarDate;
  /** The amount applied. */
  readonly amount: Rupiah;
  /** True when the amount is credit left over by an earlier payment. */
  readonly fromCredit: boolean;
}

/** A scheduled month with what was paid for it. */
export interface RecordMonth {
  /** The iuran month. */
  readonly month: YearMonth;
  /** When its contribution is due. */
  readonly dueDate: CalendarDate;
  /** The amount due. */
  readonly due: Rupiah;
  /** The amount paid by the record's date. */
  readonly paid: Rupiah;
  /** The amount still outstanding. */
  readonly outstanding: Rupiah;
  /** The date of the payment that paid the month in full, or `null`. */
  readonly paymentDate: CalendarDate | null;
  /** The payments applied to it, in order. */
  readonly allocations: readonly PaymentAllocation[];
}

/** A payment, or part of one, that was not applied to any month. */
export interface UnallocatedPayment {
  /** Position of the payment in the caller's list. */
  readonly payment: number;
  /** The amount not applied. */
  readonly amount: Rupiah;
  /** Why. */
  readonly reason: BilingualText;
}

/** A payment of fines. */
export interface FinePayment {
  /** Position of the payment in the caller's list. */
  readonly payment: number;
  /** The amount. */
  readonly amount: Rupiah;
  /** The date. */
  readonly paymentDate: CalendarDate;
}

/** The moment a BPU membership ended for unpaid contributions. */
export interface Lapse {
  /**
   * The first day the membership no longer exists: the day after the latest due date of the run's
   * months, or the day after the arrears window following the first month's due date if that is later.
   */
  readonly date: CalendarDate;
  /** The consecutive unpaid months that ended it. */
  readonly months: readonly YearMonth[];
  /** The rule applied. */
  readonly rule: BpuLapseRule;
  /** Its legal basis. */
  readonly citations: readonly Citation[];
}

/** A participant's payments applied to their schedule. */
export interface PaymentRecord {
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The membership start date used. */
  readonly membershipStartDate: CalendarDate;
  /** The date the record was read at. */
  readonly asOf: CalendarDate;
  /** Every scheduled month with what was paid for it. */
  readonly months: readonly RecordMonth[];
  /** Money paid but not yet applied to a month, carried forward to the next payment. */
  readonly credit: Rupiah;
  /** Payments (or parts) not applied: made after a lapse. */
  readonly unallocated: readonly UnallocatedPayment[];
  /** Payments of fines. */
  readonly finePayments: readonly FinePayment[];
  /** Payments dated after `asOf`, by position: not taken into account. */
  readonly ignoredAfterAsOf: readonly number[];
  /** BPU: when and why the membership lapsed, if it did by `asOf`. */
  readonly lapse: Lapse | null;
  /** The allocation rule, in both languages. */
  readonly allocationRule: BilingualText;
  /** Legal basis of the due dates, advance-payment limit and lapse rule used. */
  readonly citations: readonly Citation[];
  /** Every value of law read to build the record. */
  readonly lawUsed: readonly LawUsed[];
}
