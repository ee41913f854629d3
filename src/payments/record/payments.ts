/**
 * Payments as a caller records them (*pembayaran iuran*), and the checks that hold a payment
 * against the schedule it pays: not before the membership starts, naming only scheduled months,
 * and for BPU no month beyond the advance-payment limit (`bpu.advancePayment`).
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, CalendarDateSchema, MAX_RANGE_MONTHS, yearMonthOf, YearMonthSchema, type CalendarDate, type YearMonth } from '../../core/calendar';
import { fail } from '../../core/errors';
import { positiveSenSchema, type AmountInput } from '../../core/money';
import { ownStrictObject, parseInput } from '../../core/validate';
import type { AdvancePaymentRule } from '../../law/parameters/payments';
import type { ResolvedValue } from '../../law/timeline';
import { lawValue, type LawReader } from '../law';
import { wholeRupiah, type ParsedSchedule } from './schedule';

/** A payment (*pembayaran iuran*) as a caller records it. */
export interface PaymentInput {
  /** The caller's reference, repeated in results. */
  readonly id?: string;
  /** The amount paid, whole rupiah, greater than zero. */
  readonly amount: AmountInput;
  /** The date the payment was made (`YYYY-MM-DD`). */
  readonly paymentDate: string;
  /** Who paid: an employer, the participant, a province or regency, a donor... */
  readonly payer?: string;
  /** The iuran months the payment is for, if it names them; otherwise oldest outstanding first. */
  readonly months?: readonly string[];
  /** `contribution` (default) or `fine` (pays fines already incurred). */
  readonly kind?: 'contribution' | 'fine';
}

/** Schema of a {@link PaymentInput}. */
export const PaymentSchema = ownStrictObject({
  id: z.string().min(1).max(100).optional(),
  amount: wholeRupiah(positiveSenSchema),
  paymentDate: CalendarDateSchema,
  payer: z.string().min(1).max(200).optional(),
  months: z
    .array(YearMonthSchema)
    .min(1)
    .max(MAX_RANGE_MONTHS)
    .check((ctx) => {
      if (new Set(ctx.value).size !== ctx.value.length) ctx.issues.push({ code: 'custom', message: 'A month is named twice', input: ctx.value });
    })
    .optional(),
  kind: z.enum(['contribution', 'fine']).optional(),
});

/** Schema of a list of payments (at most 10,000). */
export const PaymentsSchema = z.array(PaymentSchema).max(10_000);

/** A parsed payment. @internal */
export type ParsedPayment = z.output<typeof PaymentSchema>;

/** Parse payments at the door (errors rooted at `payments`). @internal */
export function parsePayments(payments: unknown): ParsedPayment[] {
  return parseInput(PaymentsSchema, payments, ['payments']);
}

/**
 * The last iuran month a BPU payment made on `paymentDate` may pay: the `maxMonths`-th month
 * counting the month of payment (`bpu.advancePayment`). @internal
 */
export function advanceLimit(reader: LawReader, paymentDate: CalendarDate, payment: number): { limit: YearMonth; value: ResolvedValue<AdvancePaymentRule> } {
  const month = yearMonthOf(paymentDate);
  const value = lawValue(reader, 'bpu.advancePayment', month, ['payments', payment, 'paymentDate']) as ResolvedValue<AdvancePaymentRule>;
  return { limit: addMonths(month, value.value.maxMonths - 1), value };
}

/** What the payment checks need to know about the membership. @internal */
export interface PaymentBounds {
  readonly schedule: ParsedSchedule;
  /** The first day of membership. */
  readonly start: CalendarDate;
  /** Whether `start` is the default (the first day of the first scheduled month). */
  readonly startIsDefault: boolean;
}

function checkStart(p: ParsedPayment, i: number, bounds: PaymentBounds): void {
  if (p.paymentDate >= bounds.start) return;
  const hint = bounds.startIsDefault ? ' (the first day of the first scheduled month; pass options.membershipStartDate if the membership started earlier)' : '';
  const message = `Payment ${p.id ?? i} on ${p.paymentDate} is before the membership start date ${bounds.start}${hint}`;
  fail({ code: 'invalid_input', path: ['payments', i, 'paymentDate'], message, reason: 'too_small' });
}

/** Check the months a payment names; the advance-payment rule read for it, if any. */
function checkNamedMonths(p: ParsedPayment, i: number, bounds: PaymentBounds, scheduled: ReadonlySet<string>, reader: LawReader): ResolvedValue<AdvancePaymentRule> | undefined {
  const { schedule } = bounds;
  const advance = schedule.segment === 'BPU' && p.months !== undefined ? advanceLimit(reader, p.paymentDate, i) : undefined;
  const limit = advance?.limit;
  p.months?.forEach((month, j) => {
    if (!scheduled.has(month)) {
      const first = schedule.months[0]!.month;
      const last = schedule.months[schedule.months.length - 1]!.month;
      fail({ code: 'invalid_input', path: ['payments', i, 'months', j], message: `Payment ${p.id ?? i} names ${month}, which is outside the schedule (${first} to ${last})`, reason: 'custom' });
    }
    if (limit !== undefined && month > limit) {
      fail({
        code: 'invalid_input',
        path: ['payments', i, 'months', j],
        message: `Payment ${p.id ?? i} on ${p.paymentDate} names ${month}; a BPU payment may cover iuran months up to ${limit} (bpu.advancePayment)`,
        reason: 'too_big',
      });
    }
  });
  return advance?.value;
}

/**
 * Check every payment against the schedule, whatever the date the record is read at: none
 * before the membership starts; a payment of fines names no month; a named month is scheduled
 * and, for BPU, within the advance-payment limit. Returns the advance-payment rules read. @internal
 */
export function checkPayments(payments: readonly ParsedPayment[], bounds: PaymentBounds, reader: LawReader): ResolvedValue<AdvancePaymentRule>[] {
  const scheduled = new Set<string>(bounds.schedule.months.map((m) => m.month));
  const rules: ResolvedValue<AdvancePaymentRule>[] = [];
  payments.forEach((p, i) => {
    checkStart(p, i, bounds);
    if (p.kind === 'fine') {
      if (p.months !== undefined) fail({ code: 'invalid_input', path: ['payments', i, 'months'], message: 'A payment of fines does not name iuran months', reason: 'custom' });
      return;
    }
    const rule = checkNamedMonths(p, i, bounds, scheduled, reader);
    if (rule !== undefined) rules.push(rule);
  });
  return rules;
}
