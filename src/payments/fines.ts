/**
 * Late fines (*denda keterlambatan iuran*) and what is owed at a date: for PU, 2 % of the late
 * contribution per started month of delay, simple (never a fine on a fine), computed on the
 * contribution that should have been paid; 0.5 % for the PP 49/2020 iuran months; no cap is known
 * and none is applied (results say so). For BPU there is no fine; lapse is the sanction.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, daysBetween, YearMonthSchema, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { formatRupiah, HALF_UP_TO_RUPIAH, positiveSenSchema, roundRational, RoundingSchema, scaledToDecimalString, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LateFineRule } from '../law/parameters/payments';
import { baselineLaw, type LawRegistry } from '../law/registry';
import type { ParameterValue } from '../law/timeline';
import { valueAt } from '../law/lookup';
import type { ExplanationStep } from '../law/explanation';
import { completedMonthsLate, startedMonthsLate } from './lateness';
import { dueDateProblem, lawDueDate, recordFrom, recordOptionFields, resolveRecordOptions, type PaymentInput, type PaymentRecordOptions, type PaymentScheduleInput, type PaymentSegment } from './record';
import { statusFromRecord, type MonthState } from './status';

/** One late amount and how long it was late. */
export interface FineComponent {
  /** The late contribution (the base of the fine). */
  readonly base: Rupiah;
  /** The date it was paid, or the statement date while it is still unpaid. */
  readonly until: CalendarDate;
  /** True when paid; false while still outstanding at the statement date (the fine keeps growing). */
  readonly settled: boolean;
  /** Months of delay as the rule counts them (after any cap). */
  readonly months: number;
}

/** The fine on one iuran month. */
export interface MonthFine {
  /** The iuran month. */
  readonly month: YearMonth;
  /** Its due date. */
  readonly dueDate: CalendarDate;
  /** The fine rate per month, as percent text (`"2"`). */
  readonly rate: string;
  /** The late amounts. */
  readonly components: readonly FineComponent[];
  /** Σ base × months × rate, exact, before rounding. */
  readonly exact: string;
  /** The fine, rounded once. */
  readonly fine: Rupiah;
  /** The parameter used (`pu.lateFine` or `bpu.lateFine`). */
  readonly parameter: string;
  /** Legal basis. */
  readonly citations: readonly Citation[];
}

/** The no-cap flag every fine result carries. */
export interface FineCapNote {
  /** Whether a cap limited the months of delay. */
  readonly applied: boolean;
  /** The cap in months, or `null` where none is known. */
  readonly maxMonths: number | null;
  /** What the library knows. */
  readonly note: BilingualText;
}

const NO_CAP_NOTE = text(
  'Tidak diketahui batas maksimum denda BPJS Ketenagakerjaan; tidak ada batas yang diterapkan. Batas 12 bulan / Rp30 juta berlaku untuk BPJS Kesehatan, bukan di sini.',
  'No cap on the BPJS Ketenagakerjaan fine is known; none is applied. The 12-month / Rp30 juta caps belong to BPJS Kesehatan and do not apply here.',
);

function capNote(rules: readonly LateFineRule[], applied: boolean): FineCapNote {
  const cap = rules.find((r) => r.maxMonths !== null)?.maxMonths ?? null;
  return cap === null ? { applied: false, maxMonths: null, note: NO_CAP_NOTE } : { applied, maxMonths: cap, note: text(`Batas ${cap} bulan dari lapisan hukum yang dipakai.`, `A cap of ${cap} months from the law layer in use.`) };
}

function monthsOf(rule: LateFineRule, due: CalendarDate, until: CalendarDate): { months: number; capped: boolean } {
  const raw = rule.monthCounting === 'started' ? startedMonthsLate(due, until) : completedMonthsLate(due, until);
  if (rule.maxMonths !== null && raw > rule.maxMonths) return { months: rule.maxMonths, capped: true };
  return { months: raw, capped: false };
}

function exactFine(components: readonly { base: number; months: number }[], rule: LateFineRule, rounding: Rounding): { exact: string; fine: Rupiah } {
  let numerator = 0n;
  for (const c of components) numerator += BigInt(c.base) * BigInt(c.months) * BigInt(rule.rate.numerator);
  const scale = String(rule.rate.denominator).length - 1;
  const exact = scaledToDecimalString(numerator, scale);
  if (numerator > BigInt(Number.MAX_SAFE_INTEGER)) fail({ code: 'amount_out_of_range', path: [], message: 'Fine exceeds the exact range of the library' });
  return { exact, fine: roundRational(Number(numerator), rule.rate.denominator, rounding) };
}

function fineParameter(segment: PaymentSegment): 'pu.lateFine' | 'bpu.lateFine' {
  return segment === 'PU' ? 'pu.lateFine' : 'bpu.lateFine';
}

/** One contribution paid (or to be paid) on a date, for {@link lateFine}. */
export interface LateFineInput {
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The iuran month of the contribution. */
  readonly month: string;
  /** The contribution that should have been paid (whole rupiah). */
  readonly contribution: AmountInput;
  /** The date it was (or will be) paid. */
  readonly paidOn: string;
  /** The due date; default from the law (`pu.dueDate` / `bpu.dueDate`). */
  readonly dueDate?: string;
}

/** Options of the fine functions. */
export interface FineOptions {
  /** The law to apply (default the baseline). */
  readonly law?: LawRegistry;
  /** Rounding of the fine (default half-up to the rupiah). */
  readonly rounding?: Rounding;
}

/** Schema of a {@link LateFineInput}. A due date may not precede the iuran month (the payment date may: that is paying in advance). */
export const LateFineInputSchema = ownStrictObject({
  segment: z.enum(['PU', 'BPU']),
  month: YearMonthSchema,
  contribution: positiveSenSchema.refine((sen) => sen % 100 === 0, { message: 'Expected a whole number of rupiah' }).transform((sen) => (sen / 100) as Rupiah),
  paidOn: CalendarDateSchema,
  dueDate: CalendarDateSchema.optional(),
})
  .check((ctx) => {
    const problem = dueDateProblem(ctx.value.month, ctx.value.dueDate);
    if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value.dueDate, path: ['dueDate'] });
  });

/** Schema of {@link FineOptions}. */
export const FineOptionsSchema = ownStrictObject({ law: recordOptionFields.law, rounding: RoundingSchema.optional() }).optional();

/** The result of {@link lateFine}. */
export interface LateFineResult {
  /** The iuran month. */
  readonly month: YearMonth;
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The base: the contribution that should have been paid. */
  readonly contribution: Rupiah;
  /** The due date. */
  readonly dueDate: CalendarDate;
  /** The payment date. */
  readonly paidOn: CalendarDate;
  /** Calendar days late (0 if on time). */
  readonly daysLate: number;
  /** Months of delay as the rule counts them (started months by default). */
  readonly monthsLate: number;
  /** The rate per month, percent text. */
  readonly rate: string;
  /** rate × contribution × months, exact. */
  readonly exact: string;
  /** The fine, rounded once. */
  readonly fine: Rupiah;
  /** The rounding applied. */
  readonly rounding: Rounding;
  /** `simple`: the fine bears no fine. */
  readonly interest: 'simple';
  /** The cap flag. */
  readonly cap: FineCapNote;
  /** The rule in both languages. */
  readonly rule: BilingualText;
  /** The parameter used. */
  readonly parameter: string;
  /** Legal basis. */
  readonly citations: readonly Citation[];
}

/**
 * The late fine (*denda*) on one contribution paid on a date: PU 2 % × the contribution × started
 * months of delay (simple; one day late already costs one month), 0.5 % for PP 49/2020 iuran
 * months (August 2020 to January 2021); BPU 0. No cap is known; the result says so.
 *
 * @example
 * ```ts
 * import { lateFine } from 'jamsostek';
 * const twoMonths = lateFine({ segment: 'PU', month: '2026-01', contribution: 462_000, paidOn: '2026-04-15' });
 * console.log(twoMonths.monthsLate, twoMonths.fine); // 2 18480
 * const oneDay = lateFine({ segment: 'PU', month: '2026-01', contribution: 462_000, paidOn: '2026-02-16' });
 * console.log(oneDay.daysLate, oneDay.fine); // 1 9240
 * ```
 */
export function lateFine(input: LateFineInput, options?: FineOptions): LateFineResult {
  const i = parseInput(LateFineInputSchema, input, ['input']);
  const o = parseInput(FineOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const law = o.law ?? baselineLaw;
  const rounding = o.rounding === undefined ? HALF_UP_TO_RUPIAH : { ...o.rounding };
  const dueDate = i.dueDate ?? lawDueDate(law, i.segment, i.month).date;
  const parameter = fineParameter(i.segment);
  const value = valueAt(law.parameter(parameter), i.month) as ParameterValue<LateFineRule>;
  const { months, capped } = monthsOf(value.value, dueDate, i.paidOn);
  const { exact, fine } = exactFine([{ base: i.contribution, months }], value.value, rounding);
  const daysLate = i.paidOn > dueDate ? daysBetween(dueDate, i.paidOn) : 0;
  return {
    month: i.month,
    segment: i.segment,
    contribution: i.contribution,
    dueDate,
    paidOn: i.paidOn,
    daysLate,
    monthsLate: months,
    rate: value.value.rate.percent,
    exact,
    fine,
    rounding,
    interest: 'simple',
    cap: capNote([value.value], capped),
    parameter,
    citations: value.citations,
    rule: text(
      `Denda = ${value.value.rate.percent} % × ${formatRupiah(i.contribution)} × ${months} bulan = ${formatRupiah(fine)} (jatuh tempo ${dueDate}, dibayar ${i.paidOn}; tidak berbunga majemuk).`,
      `Fine = ${value.value.rate.percent} % × ${formatRupiah(i.contribution)} × ${months} months = ${formatRupiah(fine)} (due ${dueDate}, paid ${i.paidOn}; simple, not compounding).`,
    ),
  };
}

/** A month of an {@link ArrearsStatement}. */
export interface MonthOwed {
  /** The iuran month. */
  readonly month: YearMonth;
  /** Its state at the statement date. */
  readonly state: MonthState;
  /** Amount due. */
  readonly due: Rupiah;
  /** Amount paid. */
  readonly paid: Rupiah;
  /** Amount outstanding. */
  readonly outstanding: Rupiah;
  /** The fine on the month, or `null` if it was never late. */
  readonly fine: MonthFine | null;
}

/** Totals of an {@link ArrearsStatement}. */
export interface ArrearsTotals {
  /** Past-due contributions still outstanding (*tunggakan iuran*). */
  readonly arrears: Rupiah;
  /** Contributions outstanding but not yet due. */
  readonly notYetDue: Rupiah;
  /** BPU: contributions unpaid when the membership lapsed (no longer owed under it). */
  readonly lapsedUnpaid: Rupiah;
  /** Fines incurred on late and outstanding contributions up to the statement date. */
  readonly finesAccrued: Rupiah;
  /** Fines paid (payments of `kind: 'fine'`). */
  readonly finesPaid: Rupiah;
  /** Fines still owed. */
  readonly finesOutstanding: Rupiah;
  /** Fine payments beyond the fines incurred. */
  readonly finesOverpaid: Rupiah;
  /** Credit from overpayment, applied to the next payment. */
  readonly credit: Rupiah;
  /** Owed now: arrears + fines outstanding. */
  readonly owedNow: Rupiah;
  /** Owed now after applying the credit to the arrears. */
  readonly owedNowAfterCredit: Rupiah;
}

/** What a participant (or employer) owes at a date. */
export interface ArrearsStatement {
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The statement date. */
  readonly asOf: CalendarDate;
  /** Every scheduled month. */
  readonly months: readonly MonthOwed[];
  /** Totals. */
  readonly totals: ArrearsTotals;
  /** The cap flag. */
  readonly fineCap: FineCapNote;
  /** Rounding of each month's fine. */
  readonly rounding: Rounding;
  /** Legal basis of everything used. */
  readonly citations: readonly Citation[];
  /** Step by step in both languages. */
  readonly explanation: readonly ExplanationStep[];
}

/** Options of {@link arrearsStatement}. */
export type ArrearsStatementOptions = PaymentRecordOptions;

/** Schema of {@link ArrearsStatementOptions}. */
export const ArrearsStatementOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields });

/**
 * What is owed at a date (*tunggakan dan denda*): past-due contributions, the fine on every late
 * or still-unpaid amount (each part of a month's contribution counted for its own delay), fines
 * paid, credit, and the total owed now. PU fines follow `pu.lateFine`; BPU owes no fine, and
 * months unpaid when a BPU membership lapsed are listed apart, not as arrears.
 *
 * @example
 * ```ts
 * import { arrearsStatement } from 'jamsostek';
 * const schedule = { segment: 'PU' as const, months: [{ month: '2026-01', amount: 462_000 }, { month: '2026-02', amount: 462_000 }] };
 * const statement = arrearsStatement(schedule, [{ amount: 462_000, paidOn: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
 * console.log(statement.months[0]?.fine?.fine, statement.months[1]?.fine?.fine); // 18480 9240
 * console.log(statement.totals.arrears, statement.totals.owedNow); // 462000 489720
 * ```
 */
export function arrearsStatement(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: ArrearsStatementOptions): ArrearsStatement {
  const o = resolveRecordOptions(parseInput(ArrearsStatementOptionsSchema, options, ['options']));
  const { record } = recordFrom(schedule, payments, o);
  const status = statusFromRecord(record, o.jhtClaimed, o.law);
  const parameter = fineParameter(record.segment);
  const citations: Citation[] = [...record.citations];
  const explanation: ExplanationStep[] = [];
  const rules: LateFineRule[] = [];
  let capped = false;
  let arrears = 0;
  let notYetDue = 0;
  let lapsedUnpaid = 0;
  let finesAccrued = 0;
  const months: MonthOwed[] = status.months.map((m) => {
    if (m.state === 'unpaid' || m.state === 'partlyPaid') arrears += m.outstanding;
    else if (m.state === 'notYetDue') notYetDue += m.outstanding;
    else if (m.state === 'lapsed') lapsedUnpaid += m.outstanding;
    const components: FineComponent[] = [];
    const value = valueAt(o.law.parameter(parameter), m.month) as ParameterValue<LateFineRule>;
    for (const a of m.allocations) {
      if (a.paidOn > m.dueDate) {
        const late = monthsOf(value.value, m.dueDate, a.paidOn);
        capped ||= late.capped;
        components.push({ base: a.amount, until: a.paidOn, settled: true, months: late.months });
      }
    }
    if (m.outstanding > 0 && (m.state === 'unpaid' || m.state === 'partlyPaid')) {
      const late = monthsOf(value.value, m.dueDate, record.asOf);
      capped ||= late.capped;
      components.push({ base: m.outstanding, until: record.asOf, settled: false, months: late.months });
    }
    if (components.length === 0) return { month: m.month, state: m.state, due: m.due, paid: m.paid, outstanding: m.outstanding, fine: null };
    if (!rules.includes(value.value)) rules.push(value.value);
    for (const c of value.citations) if (!citations.includes(c)) citations.push(c);
    const { exact, fine } = exactFine(components, value.value, o.rounding);
    finesAccrued += fine;
    const terms = components.map((c) => `${formatRupiah(c.base)} × ${c.months}`).join(' + ');
    explanation.push({
      text: text(
        `${m.month}: denda ${value.value.rate.percent} % × (${terms} bulan) = ${exact} → ${formatRupiah(fine)} (jatuh tempo ${m.dueDate})`,
        `${m.month}: fine ${value.value.rate.percent} % × (${terms} months) = ${exact} → ${formatRupiah(fine)} (due ${m.dueDate})`,
      ),
      citations: value.citations,
    });
    return { month: m.month, state: m.state, due: m.due, paid: m.paid, outstanding: m.outstanding, fine: { month: m.month, dueDate: m.dueDate, rate: value.value.rate.percent, components, exact, fine, parameter, citations: value.citations } };
  });
  const finesPaid = record.finePayments.reduce((sum, p) => sum + p.amount, 0);
  const finesOutstanding = finesAccrued > finesPaid ? finesAccrued - finesPaid : 0;
  const finesOverpaid = finesPaid > finesAccrued ? finesPaid - finesAccrued : 0;
  const owedNow = arrears + finesOutstanding;
  const creditUsed = record.credit < arrears ? record.credit : arrears;
  const owedNowAfterCredit = owedNow - creditUsed;
  for (const n of [arrears, notYetDue, finesAccrued, owedNow]) if (!Number.isSafeInteger(n)) fail({ code: 'amount_out_of_range', path: [], message: 'Statement total exceeds the exact range of the library' });
  explanation.push({
    text: text(
      `Tunggakan iuran ${formatRupiah(arrears)} + denda terutang ${formatRupiah(finesOutstanding)} (denda ${formatRupiah(finesAccrued)} − dibayar ${formatRupiah(finesPaid)}) = ${formatRupiah(owedNow)} pada ${record.asOf}; kredit ${formatRupiah(record.credit)}.`,
      `Arrears ${formatRupiah(arrears)} + fines outstanding ${formatRupiah(finesOutstanding)} (fines ${formatRupiah(finesAccrued)} − paid ${formatRupiah(finesPaid)}) = ${formatRupiah(owedNow)} on ${record.asOf}; credit ${formatRupiah(record.credit)}.`,
    ),
    citations: [],
  });
  if (rules.length === 0) rules.push((valueAt(o.law.parameter(parameter), record.months[0]!.month) as ParameterValue<LateFineRule>).value);
  return {
    segment: record.segment,
    asOf: record.asOf,
    months,
    totals: {
      arrears: arrears as Rupiah,
      notYetDue: notYetDue as Rupiah,
      lapsedUnpaid: lapsedUnpaid as Rupiah,
      finesAccrued: finesAccrued as Rupiah,
      finesPaid: finesPaid as Rupiah,
      finesOutstanding: finesOutstanding as Rupiah,
      finesOverpaid: finesOverpaid as Rupiah,
      credit: record.credit,
      owedNow: owedNow as Rupiah,
      owedNowAfterCredit: owedNowAfterCredit as Rupiah,
    },
    fineCap: capNote(rules, capped),
    rounding: o.rounding,
    citations,
    explanation,
  };
}
