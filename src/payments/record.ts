/**
 * The payment record (*catatan pembayaran iuran*): payments applied to a participant's
 * contribution schedule by one documented allocation rule, so that every other question (status,
 * arrears, fines, contribution periods) is answered from the same record.
 *
 * **Allocation rule.** Payments are taken in the order they were made (by `paidOn`, then by their
 * position in the list). A payment first brings along any credit left over by earlier payments,
 * which is applied oldest month first; then the payment itself pays the months it names (oldest
 * named month first) or, if it names none, the oldest months still outstanding. A month counts
 * as paid on the date of the payment that completes it; a part payment leaves the rest of the
 * month outstanding (arrears). What is left of a payment after the months it may pay becomes
 * credit, carried forward to the next payment. A BPU payment may not pay an iuran month beyond
 * the 12th month counting the month in which it is paid (`bpu.advancePayment`); a BPU payment
 * made after the membership lapsed (`bpu.lapse`) is not applied and is listed as unallocated.
 * Payments of `kind: 'fine'` pay fines, not contributions.
 *
 * @module
 */
import * as z from 'zod';
import {
  addMonths,
  CalendarDateSchema,
  dateInMonth,
  MAX_RANGE_MONTHS,
  monthIndex,
  yearMonthOf,
  YearMonthSchema,
  type CalendarDate,
  type YearMonth,
} from '../core/calendar';
import { fail } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { HALF_UP_TO_RUPIAH, positiveSenSchema, RoundingSchema, senSchema, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { own, ownObject, ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { AdvancePaymentRule, BpuLapseRule } from '../law/parameters/payments';
import type { DueDateRule } from '../law/parameters/dueDates';
import { baselineLaw, type LawRegistry } from '../law/registry';
import type { ParameterValue } from '../law/timeline';
import { valueAt } from '../law/lookup';
import { earliestLapse } from './lapse';

/** PU (wage earner) or BPU (informal worker). */
export type PaymentSegment = 'PU' | 'BPU';

/**
 * One month of a schedule as the payment functions read it. A month of
 * `contributionSchedule(...).months` fits as it is (its `totals.billed` is the amount due); a
 * hand-made schedule may give `amount` instead. Without `dueDate` the due date comes from the
 * law (`pu.dueDate` / `bpu.dueDate`).
 */
export interface ScheduleMonthInput {
  /** The iuran month (`YYYY-MM`). */
  readonly month: string;
  /** PU or BPU, if not given for the whole schedule. */
  readonly segment?: PaymentSegment;
  /** When the contribution for the month is due. */
  readonly dueDate?: string;
  /** The amount due for the month (whole rupiah), or... */
  readonly amount?: AmountInput;
  /** ...the totals of a contribution result, of which `billed` is due. */
  readonly totals?: { readonly billed: AmountInput };
}

/** A schedule of consecutive months: the result of `contributionSchedule`, or a hand-made one. */
export interface PaymentScheduleInput {
  /** PU or BPU, if the months do not say it. */
  readonly segment?: PaymentSegment;
  /** Consecutive months, oldest first (at most 600). */
  readonly months: readonly ScheduleMonthInput[];
}

/** A payment (*pembayaran iuran*) as a caller records it. */
export interface PaymentInput {
  /** The caller's reference, repeated in results. */
  readonly id?: string;
  /** The amount paid, whole rupiah, greater than zero. */
  readonly amount: AmountInput;
  /** The date the payment was made (`YYYY-MM-DD`). */
  readonly paidOn: string;
  /** Who paid: an employer, the participant, a province or regency, a donor... */
  readonly payer?: string;
  /** The iuran months the payment is for, if it names them; otherwise oldest outstanding first. */
  readonly months?: readonly string[];
  /** `contribution` (default) or `fine` (pays fines already incurred). */
  readonly kind?: 'contribution' | 'fine';
}

/** Options every payment function takes. */
export interface PaymentRecordOptions {
  /** The date at which the record is read; payments made after it are ignored. */
  readonly asOf: string;
  /** Registration date; default the first day of the first scheduled month. No payment may precede it. */
  readonly registeredOn?: string;
  /** Whether the participant has already claimed JHT (a lapsed BPU membership is then `inactive`, *nonaktif*). */
  readonly jhtClaimed?: boolean;
  /** The law to apply (default the baseline). */
  readonly law?: LawRegistry;
  /** How fines are rounded (default half-up to the rupiah, once per month). */
  readonly rounding?: Rounding;
}

const wholeRupiah = (schema: typeof senSchema) =>
  schema.refine((sen) => sen % 100 === 0, { message: 'Expected a whole number of rupiah (payments and contributions carry no sen)' }).transform((sen) => (sen / 100) as Rupiah);

/**
 * Why a due date cannot be the due date of an iuran month: it falls before the month begins (a
 * contribution may be paid in advance, but it cannot fall due before its month). @internal
 */
export function dueDateProblem(month: string, dueDate: string | undefined): string | undefined {
  if (dueDate === undefined || dueDate >= `${month}-01`) return undefined;
  return `The due date ${dueDate} is before the iuran month ${month}: a contribution cannot fall due before its month begins`;
}

/** Schema of a {@link ScheduleMonthInput}. Unknown keys (the rest of a contribution result) are ignored. A due date may not precede its month. */
export const ScheduleMonthSchema = ownObject({
  month: YearMonthSchema,
  segment: z.enum(['PU', 'BPU']).optional(),
  dueDate: CalendarDateSchema.optional(),
  amount: wholeRupiah(senSchema).optional(),
  totals: ownObject({ billed: wholeRupiah(senSchema) }).optional(),
})
  .check((ctx) => {
    const hasAmount = ctx.value.amount !== undefined;
    const hasTotals = ctx.value.totals !== undefined;
    if (hasAmount === hasTotals) ctx.issues.push({ code: 'custom', message: 'Give the amount due either as `amount` or as `totals.billed` (exactly one)', input: ctx.value, path: ['amount'] });
    const problem = dueDateProblem(ctx.value.month, ctx.value.dueDate);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value.dueDate, path: ['dueDate'] });
  });

/** Schema of a {@link PaymentScheduleInput}: consecutive months of one segment. */
export const PaymentScheduleSchema = ownObject({ segment: z.enum(['PU', 'BPU']).optional(), months: z.array(ScheduleMonthSchema).min(1).max(MAX_RANGE_MONTHS) })
  .check((ctx) => {
    const { segment, months } = ctx.value;
    const segments = new Set(months.map((m) => m.segment).filter((s) => s !== undefined));
    if (segment !== undefined) segments.add(segment);
    if (segments.size === 0) ctx.issues.push({ code: 'custom', message: 'Say whether the schedule is PU or BPU (`segment`)', input: ctx.value, path: ['segment'] });
    if (segments.size > 1) ctx.issues.push({ code: 'custom', message: 'A schedule mixes PU and BPU months; give one participant\'s schedule', input: ctx.value, path: ['segment'] });
    for (let i = 1; i < months.length; i++) {
      const prev = months[i - 1]!;
      const cur = months[i]!;
      if (monthIndex(cur.month) !== monthIndex(prev.month) + 1) {
        ctx.issues.push({ code: 'custom', message: `Months must be consecutive and in order: ${cur.month} follows ${prev.month}`, input: ctx.value, path: ['months', i, 'month'] });
        break;
      }
    }
  });

/** Schema of a {@link PaymentInput}. */
export const PaymentSchema = ownStrictObject({
  id: z.string().min(1).max(100).optional(),
  amount: wholeRupiah(positiveSenSchema),
  paidOn: CalendarDateSchema,
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

const lawSchema = z.custom<LawRegistry>((v) => typeof v === 'object' && v !== null && typeof (v as LawRegistry).parameter === 'function', 'Expected a LawRegistry (baselineLaw or withOverlay(...))');

/** Fields of {@link PaymentRecordOptions}, for schemas that extend them. @internal */
export const recordOptionFields = {
  registeredOn: CalendarDateSchema.optional(),
  jhtClaimed: z.boolean().optional(),
  law: lawSchema.optional(),
  rounding: RoundingSchema.optional(),
};

/** Schema of {@link PaymentRecordOptions}. */
export const PaymentRecordOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields });

/** One part of a payment applied to one month. */
export interface PaymentAllocation {
  /** Position of the payment in the caller's list. */
  readonly payment: number;
  /** The payment's `id`, if it had one. */
  readonly paymentId?: string;
  /** The payment's `payer`, if given. */
  readonly payer?: string;
  /** The date the amount counts as paid (for credit: the date of the payment that applied it). */
  readonly paidOn: CalendarDate;
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
  /** The date the month was paid in full, or `null`. */
  readonly paidOn: CalendarDate | null;
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
  readonly paidOn: CalendarDate;
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
  /** The registration date used. */
  readonly registeredOn: CalendarDate;
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
}

/** The allocation rule, as stated in every record. */
export const ALLOCATION_RULE: BilingualText = text(
  'Pembayaran diterapkan menurut tanggal bayar. Kredit dari pembayaran sebelumnya dipakai lebih dulu untuk bulan tertua yang belum lunas; lalu pembayaran melunasi bulan yang disebutkannya (tertua dulu) atau, bila tidak menyebut bulan, bulan tertua yang belum lunas. Bulan dianggap lunas pada tanggal pembayaran yang melunasinya; sisa pembayaran menjadi kredit untuk pembayaran berikutnya; kekurangan tetap menjadi tunggakan. BPU paling banyak 12 bulan di muka; pembayaran setelah kepesertaan BPU berakhir tidak diterapkan.',
  'Payments are applied in the order they were made. Credit from earlier payments is applied first, to the oldest outstanding month; then the payment pays the months it names (oldest first) or, if it names none, the oldest outstanding months. A month counts as paid on the date of the payment that completes it; what is left of a payment becomes credit for the next payment; a shortfall stays outstanding (arrears). A BPU payment may cover at most 12 months ahead; a payment made after a BPU membership lapsed is not applied.',
);

/** A parsed schedule. @internal */
export interface ParsedSchedule {
  readonly segment: PaymentSegment;
  readonly months: readonly { readonly month: YearMonth; readonly dueDate: CalendarDate | undefined; readonly due: Rupiah }[];
}

/** A parsed payment. @internal */
export type ParsedPayment = z.output<typeof PaymentSchema>;

/** Resolved record options. @internal */
export interface ResolvedRecordOptions {
  readonly asOf: CalendarDate;
  readonly registeredOn: CalendarDate | undefined;
  readonly jhtClaimed: boolean;
  readonly law: LawRegistry;
  readonly rounding: Rounding;
}

/** Parse a schedule at the door. @internal */
export function parseSchedule(schedule: unknown, path: string = 'schedule'): ParsedSchedule {
  const parsed = parseInput(PaymentScheduleSchema, schedule, [path]);
  const segment = (parsed.segment ?? parsed.months.find((m) => m.segment !== undefined)?.segment) as PaymentSegment;
  return {
    segment,
    months: parsed.months.map((m) => ({ month: m.month, dueDate: m.dueDate, due: (m.amount ?? m.totals?.billed ?? 0) as Rupiah })),
  };
}

/** Parse payments at the door. @internal */
export function parsePayments(payments: unknown, path: string = 'payments'): ParsedPayment[] {
  return parseInput(PaymentsSchema, payments, [path]);
}

/** Parse the common options. @internal */
export function resolveRecordOptions(o: { asOf: CalendarDate; registeredOn?: CalendarDate | undefined; jhtClaimed?: boolean | undefined; law?: LawRegistry | undefined; rounding?: Rounding | undefined }): ResolvedRecordOptions {
  // Own keys: callers pass parsed options spread with a date (`{ ...o, asOf: o.eventDate }`), a
  // plain object whose absent keys would otherwise be read from Object.prototype.
  const rounding = own(o, 'rounding');
  return {
    asOf: o.asOf,
    registeredOn: own(o, 'registeredOn'),
    jhtClaimed: own(o, 'jhtClaimed') ?? false,
    law: own(o, 'law') ?? baselineLaw,
    rounding: rounding === undefined ? HALF_UP_TO_RUPIAH : Object.freeze({ ...rounding }),
  };
}

/** The due date of an iuran month under the law, with the value used. @internal */
export function lawDueDate(law: LawRegistry, segment: PaymentSegment, month: YearMonth): { date: CalendarDate; value: ParameterValue<DueDateRule> } {
  const value = valueAt(law.parameter(segment === 'PU' ? 'pu.dueDate' : 'bpu.dueDate'), month) as ParameterValue<DueDateRule>;
  return { date: dateInMonth(addMonths(month, value.value.monthOffset), value.value.day, { overflow: value.value.overflow }), value };
}

function pushCitations(list: Citation[], citations: readonly Citation[]): void {
  for (const c of citations) if (!list.includes(c)) list.push(c);
}

interface WorkMonth {
  month: YearMonth;
  dueDate: CalendarDate;
  due: number;
  paid: number;
  paidOn: CalendarDate | null;
  allocations: PaymentAllocation[];
}

interface CreditLot {
  payment: number;
  paymentId: string | undefined;
  payer: string | undefined;
  amount: number;
}

/**
 * The earliest lapse at or before `upTo` (BPU): the run of more than N consecutive months, none of
 * which was paid in full before the run's lapse day, whose lapse day comes first (see
 * `./lapse`: the later of the day after the run's latest due date and the day after the arrears
 * window that follows the first month's due date). Months beyond the schedule are not
 * considered. @internal
 */
export function findLapse(months: readonly Pick<WorkMonth, 'month' | 'dueDate' | 'paidOn'>[], upTo: CalendarDate, law: LawRegistry): Lapse | null {
  return earliestLapse((k) => months[k], months.length, upTo, law);
}

/** Build the record from parsed inputs. Throws typed errors for payments the schedule cannot hold. @internal */
export function buildRecord(schedule: ParsedSchedule, payments: readonly ParsedPayment[], options: ResolvedRecordOptions): PaymentRecord {
  const { law, asOf } = options;
  const segment = schedule.segment;
  const citations: Citation[] = [];
  const first = schedule.months[0]!;
  const months: WorkMonth[] = schedule.months.map((m) => {
    const lawDue = lawDueDate(law, segment, m.month);
    pushCitations(citations, lawDue.value.citations);
    return { month: m.month, dueDate: m.dueDate ?? lawDue.date, due: m.due, paid: 0, paidOn: m.due === 0 ? (m.dueDate ?? lawDue.date) : null, allocations: [] };
  });
  const registeredOn = options.registeredOn ?? (`${first.month}-01` as CalendarDate);
  if (yearMonthOf(registeredOn) > first.month) {
    fail({ code: 'invalid_input', path: ['options', 'registeredOn'], message: `The schedule starts in ${first.month}, before the registration date ${registeredOn}`, reason: 'custom' });
  }
  if (asOf < registeredOn) fail({ code: 'invalid_input', path: ['options', 'asOf'], message: `asOf ${asOf} is before the registration date ${registeredOn}`, reason: 'too_small' });
  const byMonth = new Map(months.map((m, i) => [m.month as string, i]));

  // Validate every payment first: bad input is an error whatever asOf is.
  payments.forEach((p, i) => {
    if (p.paidOn < registeredOn) {
      fail({
        code: 'invalid_input',
        path: ['payments', i, 'paidOn'],
        message: `Payment ${p.id ?? i} on ${p.paidOn} is before the registration date ${registeredOn}${options.registeredOn === undefined ? ' (the first day of the first scheduled month; pass options.registeredOn if registration was earlier)' : ''}`,
        reason: 'too_small',
      });
    }
    if (p.kind === 'fine') {
      if (p.months !== undefined) fail({ code: 'invalid_input', path: ['payments', i, 'months'], message: 'A payment of fines does not name iuran months', reason: 'custom' });
      return;
    }
    p.months?.forEach((month, j) => {
      if (!byMonth.has(month)) {
        fail({ code: 'invalid_input', path: ['payments', i, 'months', j], message: `Payment ${p.id ?? i} names ${month}, which is outside the schedule (${first.month} to ${months[months.length - 1]!.month})`, reason: 'custom' });
      }
      if (segment === 'BPU') {
        const limit = advanceLimit(law, p.paidOn, citations);
        if (month > limit) {
          fail({ code: 'invalid_input', path: ['payments', i, 'months', j], message: `Payment ${p.id ?? i} on ${p.paidOn} names ${month}; a BPU payment may cover iuran months up to ${limit} (bpu.advancePayment)`, reason: 'too_big' });
        }
      }
    });
  });

  const order = payments
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => p.paidOn <= asOf)
    // Array#sort is stable (ES2019): payments of the same date keep their order in the list.
    .sort((a, b) => (a.p.paidOn < b.p.paidOn ? -1 : a.p.paidOn > b.p.paidOn ? 1 : 0));
  const ignoredAfterAsOf = payments.map((p, i) => ({ p, i })).filter(({ p }) => p.paidOn > asOf).map(({ i }) => i);
  const credit: CreditLot[] = [];
  const unallocated: UnallocatedPayment[] = [];
  const finePayments: FinePayment[] = [];
  let lapse: Lapse | null = null;

  const apply = (target: WorkMonth, amount: number, lot: { payment: number; paymentId: string | undefined; payer: string | undefined }, paidOn: CalendarDate, fromCredit: boolean): number => {
    // Callers apply only a positive amount to an open month, so `used` is always > 0.
    const used = Math.min(amount, target.due - target.paid);
    target.paid += used;
    target.allocations.push({
      payment: lot.payment,
      ...(lot.paymentId === undefined ? {} : { paymentId: lot.paymentId }),
      ...(lot.payer === undefined ? {} : { payer: lot.payer }),
      paidOn,
      amount: used as Rupiah,
      fromCredit,
    });
    if (target.paid === target.due) target.paidOn = paidOn;
    return used;
  };

  for (const { p, i } of order) {
    if (p.kind === 'fine') {
      finePayments.push({ payment: i, amount: p.amount, paidOn: p.paidOn });
      continue;
    }
    if (segment === 'BPU' && lapse === null) lapse = findLapse(months, p.paidOn, law);
    if (lapse !== null) {
      unallocated.push({
        payment: i,
        amount: p.amount,
        reason: text(
          `Dibayar ${p.paidOn}, setelah kepesertaan BPU berakhir pada ${lapse.date}; tidak diterapkan (pendaftaran ulang di luar cakupan).`,
          `Paid on ${p.paidOn}, after the BPU membership lapsed on ${lapse.date}; not applied (re-registration is out of scope).`,
        ),
      });
      continue;
    }
    const limit = segment === 'BPU' ? advanceLimit(law, p.paidOn, citations) : null;
    const open = (m: WorkMonth) => m.paid < m.due && (limit === null || m.month <= limit);
    // 1. Credit carried forward, oldest month first.
    for (const lot of credit) {
      for (const m of months) {
        if (lot.amount === 0) break;
        if (open(m)) lot.amount -= apply(m, lot.amount, lot, p.paidOn, true);
      }
    }
    for (let c = credit.length - 1; c >= 0; c--) if (credit[c]!.amount === 0) credit.splice(c, 1);
    // 2. The payment: named months first, else oldest outstanding.
    const lot = { payment: i, paymentId: p.id, payer: p.payer };
    let left: number = p.amount;
    const targets = p.months === undefined ? months : [...p.months].sort().map((month) => months[byMonth.get(month)!]!);
    for (const m of targets) {
      if (left === 0) break;
      if (open(m)) left -= apply(m, left, lot, p.paidOn, false);
    }
    if (left > 0) credit.push({ ...lot, amount: left });
  }
  if (segment === 'BPU' && lapse === null) lapse = findLapse(months, asOf, law);
  if (lapse !== null) pushCitations(citations, lapse.citations);

  return {
    segment,
    registeredOn,
    asOf,
    months: months.map((m) => ({
      month: m.month,
      dueDate: m.dueDate,
      due: m.due as Rupiah,
      paid: m.paid as Rupiah,
      outstanding: (m.due - m.paid) as Rupiah,
      paidOn: m.paidOn,
      allocations: m.allocations,
    })),
    credit: credit.reduce((sum, lot) => sum + lot.amount, 0) as Rupiah,
    unallocated,
    finePayments,
    ignoredAfterAsOf,
    lapse,
    allocationRule: ALLOCATION_RULE,
    citations,
  };
}

function advanceLimit(law: LawRegistry, paidOn: CalendarDate, citations: Citation[]): YearMonth {
  const month = yearMonthOf(paidOn);
  const rule = valueAt(law.parameter('bpu.advancePayment'), month) as ParameterValue<AdvancePaymentRule>;
  pushCitations(citations, rule.citations);
  return addMonths(month, rule.value.maxMonths - 1);
}

/** Parse the three arguments of a record function and build the record. @internal */
export function recordFrom(schedule: unknown, payments: unknown, options: ResolvedRecordOptions): { schedule: ParsedSchedule; record: PaymentRecord } {
  const parsedSchedule = parseSchedule(schedule);
  const parsedPayments = parsePayments(payments);
  return { schedule: parsedSchedule, record: buildRecord(parsedSchedule, parsedPayments, options) };
}

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
 * const record = applyPayments(schedule, [{ amount: 40_000, paidOn: '2026-01-10', payer: 'self' }], { asOf: '2026-03-31' });
 * console.log(record.months.map((m) => m.paid)); // [16800, 16800, 6400]
 * console.log(record.months[2]?.outstanding, record.credit); // 10400 0
 * ```
 */
export function applyPayments(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: PaymentRecordOptions): PaymentRecord {
  const o = parseInput(PaymentRecordOptionsSchema, options, ['options']);
  return recordFrom(schedule, payments, resolveRecordOptions(o)).record;
}
