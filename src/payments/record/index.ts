/**
 * The payment record (*catatan pembayaran iuran*): payments applied to a participant's
 * contribution schedule by one documented allocation rule, so that every other question (status,
 * arrears, fines, contribution periods) is answered from the same record.
 *
 * **Allocation rule.** Payments are taken in the order they were made (by `paymentDate`, then by
 * their position in the list). A payment first brings along any credit left over by earlier
 * payments, which is applied oldest month first; then the payment itself pays the months it names
 * (oldest named month first) or, if it names none, the oldest months still outstanding. A month
 * counts as paid on the date of the payment that completes it; a part payment leaves the rest of
 * the month outstanding (arrears). What is left of a payment after the months it may pay becomes
 * credit, carried forward to the next payment. A BPU payment may not pay an iuran month beyond
 * the 12th month counting the month in which it is paid (`bpu.advancePayment`); a BPU payment
 * made after the membership lapsed (`bpu.lapse`) is not applied and is listed as unallocated.
 * Payments of `kind: 'fine'` pay fines, not contributions.
 *
 * The parts: `schedule` (what is due), `payments` (what was paid, and its checks), `options`,
 * `ledger` (months and credit lots), `build` (the order of payments and the lapse), `types`
 * (the record as a result).
 *
 * @module
 */
import { parseInput } from '../../core/validate';
import { recordFrom } from './build';
import { PaymentRecordOptionsSchema, resolveRecordOptions, type PaymentRecordOptions } from './options';
import type { PaymentInput } from './payments';
import type { PaymentScheduleInput } from './schedule';
import type { PaymentRecord } from './types';

export { ALLOCATION_RULE } from '../messages';
export { lawDueDate, type PaymentSegment } from '../law';
export { buildRecord, findLapse, recordFrom } from './build';
export { PaymentRecordOptionsSchema, recordOptionFields, resolveRecordOptions } from './options';
export type { ParsedRecordOptions, PaymentRecordOptions, RecordOptions, ResolvedRecordOptions } from './options';
export { PaymentSchema, PaymentsSchema, parsePayments } from './payments';
export type { ParsedPayment, PaymentInput } from './payments';
export { dueDateProblem, parseSchedule, PaymentScheduleSchema, ScheduleMonthSchema, scheduleMonthPath, wholeRupiah } from './schedule';
export type { ParsedSchedule, PaymentScheduleInput, ScheduleMonthInput } from './schedule';
export type { FinePayment, Lapse, PaymentAllocation, PaymentRecord, RecordMonth, UnallocatedPayment } from './types';

/**
 * Apply a participant's payments (*pembayaran iuran*) to their contribution schedule by the
 * documented allocation rule ({@link ALLOCATION_RULE}): credit first, then named months or the
 * oldest outstanding month; part payments leave arrears; overpayments become credit; BPU may
 * prepay up to 12 months; BPU payments after a lapse are not applied.
 *
 * @example
 * ```ts
 * import { applyPayments } from 'jamsostek';
 * const schedule = { segment: 'BPU' as const, months: [
 *   { month: '2026-01', amount: 16_800 }, { month: '2026-02', amount: 16_800 }, { month: '2026-03', amount: 16_800 },
 * ] };
 * const record = applyPayments(schedule, [{ amount: 40_000, paymentDate: '2026-01-10', payer: 'self' }], { asOf: '2026-03-31' });
 * console.log(record.months.map((m) => m.paid)); // [16800, 16800, 6400]
 * console.log(record.months[2]?.outstanding, record.credit); // 10400 0
 * ```
 */
export function applyPayments(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: PaymentRecordOptions): PaymentRecord {
  const o = parseInput(PaymentRecordOptionsSchema, options, ['options']);
  return recordFrom(schedule, payments, resolveRecordOptions(o, o.asOf)).record;
}
