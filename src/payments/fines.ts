/**
 * Late fines (*denda keterlambatan iuran*): for PU, 2 % of the late contribution per started
 * month of delay, simple (never a fine on a fine), computed on the contribution that should have
 * been paid; 0.5 % for the PP 49/2020 iuran months; no cap is known and none is applied (results
 * say so). For BPU there is no fine; lapse is the sanction. What is owed at a date is in
 * `./arrears`.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, daysBetween, YearMonthSchema, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { HALF_UP_TO_RUPIAH, positiveSenSchema, roundRational, RoundingSchema, scaledToDecimalString, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawUsed } from '../law/lawUsed';
import { lawOptionFields, type LawOptions } from '../law/options';
import type { LateFineRule } from '../law/parameters/payments';
import type { ResolvedValue } from '../law/timeline';
import { lawDueDate, lawReader, lawUsedBy, lawValue, rootedAt, type LawReader, type PaymentSegment } from './law';
import { completedMonthsLate, startedMonthsLate } from './lateness';
import { fineCapFromLaw, lateFineRule, NO_FINE_CAP } from './messages';
import { dueDateProblem, wholeRupiah } from './record';

/** The no-cap flag every fine result carries. */
export interface FineCapNote {
  /** Whether a cap limited the months of delay. */
  readonly applied: boolean;
  /** The cap in months, or `null` where none is known. */
  readonly maxMonths: number | null;
  /** What the library knows. */
  readonly note: BilingualText;
}

/** The cap flag for the rules used: the first cap any of them sets, else none known. @internal */
export function capNote(rules: readonly LateFineRule[], applied: boolean): FineCapNote {
  const cap = rules.find((r) => r.maxMonths !== null)?.maxMonths ?? null;
  return cap === null ? { applied: false, maxMonths: null, note: NO_FINE_CAP } : { applied, maxMonths: cap, note: fineCapFromLaw(cap) };
}

/** Months of delay from `due` to `until` as the rule counts them, after its cap. @internal */
export function monthsLateBy(rule: LateFineRule, due: CalendarDate, until: CalendarDate): { monthsLate: number; capped: boolean } {
  const raw = rule.monthCounting === 'started' ? startedMonthsLate(due, until) : completedMonthsLate(due, until);
  if (rule.maxMonths !== null && raw > rule.maxMonths) return { monthsLate: rule.maxMonths, capped: true };
  return { monthsLate: raw, capped: false };
}

/**
 * Σ base × months × rate, exact, and the fine rounded once; beyond the exact range an
 * `amount_out_of_range` error at `path`. @internal
 */
export function exactFine(components: readonly { base: number; monthsLate: number }[], rule: LateFineRule, rounding: Rounding, path: readonly PathSegment[]): { exact: string; fine: Rupiah } {
  let numerator = 0n;
  for (const c of components) numerator += BigInt(c.base) * BigInt(c.monthsLate) * BigInt(rule.rate.numerator);
  const scale = String(rule.rate.denominator).length - 1;
  const exact = scaledToDecimalString(numerator, scale);
  if (numerator > BigInt(Number.MAX_SAFE_INTEGER)) fail({ code: 'amount_out_of_range', path: [...path], message: 'Fine exceeds the exact range of the library' });
  return { exact, fine: rootedAt(path, () => roundRational(Number(numerator), rule.rate.denominator, rounding)) };
}

/** The late-fine rule of a segment for an iuran month (`pu.lateFine` / `bpu.lateFine`). @internal */
export function fineRule(reader: LawReader, segment: PaymentSegment, month: YearMonth, path: readonly PathSegment[]): ResolvedValue<LateFineRule> {
  return lawValue(reader, segment === 'PU' ? 'pu.lateFine' : 'bpu.lateFine', month, path) as ResolvedValue<LateFineRule>;
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
  readonly paymentDate: string;
  /** The due date; default from the law (`pu.dueDate` / `bpu.dueDate`). */
  readonly dueDate?: string;
}

/** Options of {@link lateFine}. */
export interface LateFineOptions extends LawOptions {
  /** Rounding of the fine (default half-up to the rupiah). */
  readonly rounding?: Rounding;
}

/** Schema of a {@link LateFineInput}. A due date may not precede the iuran month (the payment date may: that is paying in advance). */
export const LateFineInputSchema = ownStrictObject({
  segment: z.enum(['PU', 'BPU']),
  month: YearMonthSchema,
  contribution: wholeRupiah(positiveSenSchema),
  paymentDate: CalendarDateSchema,
  dueDate: CalendarDateSchema.optional(),
}).check((ctx) => {
  const problem = dueDateProblem(ctx.value.month, ctx.value.dueDate);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value.dueDate, path: ['dueDate'] });
});

/** Schema of {@link LateFineOptions}. */
export const LateFineOptionsSchema = ownStrictObject({ ...lawOptionFields, rounding: RoundingSchema.optional() }).optional();

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
  readonly paymentDate: CalendarDate;
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
  /** Every value of law read (the due date, unless given, and the fine rule). */
  readonly lawUsed: readonly LawUsed[];
}

/**
 * The late fine (*denda*) on one contribution paid on a date: PU 2 % × the contribution × started
 * months of delay (simple; one day late already costs one month), 0.5 % for PP 49/2020 iuran
 * months (August 2020 to January 2021); BPU 0. No cap is known; the result says so.
 *
 * @example
 * ```ts
 * import { lateFine } from 'jamsostek';
 * const twoMonths = lateFine({ segment: 'PU', month: '2026-01', contribution: 462_000, paymentDate: '2026-04-15' });
 * console.log(twoMonths.monthsLate, twoMonths.fine); // 2 18480
 * const oneDay = lateFine({ segment: 'PU', month: '2026-01', contribution: 462_000, paymentDate: '2026-02-16' });
 * console.log(oneDay.daysLate, oneDay.fine); // 1 9240
 * ```
 */
export function lateFine(input: LateFineInput, options?: LateFineOptions): LateFineResult {
  const i = parseInput(LateFineInputSchema, input, ['input']);
  const o = parseInput(LateFineOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const reader = lawReader(o);
  const rounding = o.rounding === undefined ? HALF_UP_TO_RUPIAH : { ...o.rounding };
  const dueDate = i.dueDate ?? lawDueDate(reader, i.segment, i.month, ['input', 'month']).date;
  const value = fineRule(reader, i.segment, i.month, ['input', 'month']);
  const { monthsLate, capped } = monthsLateBy(value.value, dueDate, i.paymentDate);
  const { exact, fine } = exactFine([{ base: i.contribution, monthsLate }], value.value, rounding, ['input', 'contribution']);
  return {
    month: i.month,
    segment: i.segment,
    contribution: i.contribution,
    dueDate,
    paymentDate: i.paymentDate,
    daysLate: i.paymentDate > dueDate ? daysBetween(dueDate, i.paymentDate) : 0,
    monthsLate,
    rate: value.value.rate.percent,
    exact,
    fine,
    rounding,
    interest: 'simple',
    cap: capNote([value.value], capped),
    parameter: value.parameter,
    citations: value.citations,
    rule: lateFineRule(value.value.rate.percent, i.contribution, monthsLate, fine, dueDate, i.paymentDate),
    lawUsed: lawUsedBy(reader),
  };
}
