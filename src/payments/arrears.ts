/**
 * What is owed at a date (*tunggakan dan denda*): past-due contributions, the fine on every late
 * or still-unpaid amount, fines paid, credit, and the total owed now, with an explanation step
 * for every month fined and one for the total.
 *
 * @module
 */
import { CalendarDateSchema, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import { HALF_UP_TO_RUPIAH, RoundingSchema, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import { uniqueCitations, type ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { LateFineRule } from '../law/parameters/payments';
import { capNote, exactFine, fineRule, monthsLateBy, type FineCapNote } from './fines';
import { lawUsedBy, type LawReader, type PaymentSegment } from './law';
import { monthFineStep, owedNowStep } from './messages';
import { recordFrom, recordOptionFields, resolveRecordOptions, type ParsedSchedule, type PaymentInput, type PaymentRecord, type PaymentRecordOptions, type PaymentScheduleInput } from './record';
import { monthStatuses, type MonthState, type MonthStatus } from './status';

/** One late amount and how long it was late. */
export interface FineComponent {
  /** The late contribution (the base of the fine). */
  readonly base: Rupiah;
  /** The date it was paid, or the statement date while it is still unpaid. */
  readonly until: CalendarDate;
  /** True when paid; false while still outstanding at the statement date (the fine keeps growing). */
  readonly settled: boolean;
  /** Months of delay as the rule counts them (after any cap). */
  readonly monthsLate: number;
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
  /** Step by step in both languages, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** Every value of law read. */
  readonly lawUsed: readonly LawUsed[];
}

/** Options of {@link arrearsStatement}. */
export interface ArrearsStatementOptions extends PaymentRecordOptions {
  /** How each month's fine is rounded (default half-up to the rupiah, once per month). */
  readonly rounding?: Rounding;
}

/** Schema of {@link ArrearsStatementOptions}. */
export const ArrearsStatementOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields, rounding: RoundingSchema.optional() });

/** A month fined, with the rule read and whether a cap shortened a delay. */
interface FinedMonth {
  readonly owed: MonthOwed;
  readonly rule: LateFineRule | null;
  readonly capped: boolean;
  readonly step: ExplanationStep | null;
}

/** The late amounts of a month: each part paid after the due date, and what is still outstanding past due. */
function fineComponents(m: MonthStatus, rule: LateFineRule, asOf: CalendarDate): { components: FineComponent[]; capped: boolean } {
  const components: FineComponent[] = [];
  let capped = false;
  for (const a of m.allocations) {
    if (a.paymentDate > m.dueDate) {
      const late = monthsLateBy(rule, m.dueDate, a.paymentDate);
      capped ||= late.capped;
      components.push({ base: a.amount, until: a.paymentDate, settled: true, monthsLate: late.monthsLate });
    }
  }
  if (m.outstanding > 0 && (m.state === 'unpaid' || m.state === 'partly_paid')) {
    const late = monthsLateBy(rule, m.dueDate, asOf);
    capped ||= late.capped;
    components.push({ base: m.outstanding, until: asOf, settled: false, monthsLate: late.monthsLate });
  }
  return { components, capped };
}

/** Month `k` of the statement: its fine, if it was ever late. */
function monthOwed(m: MonthStatus, k: number, record: PaymentRecord, schedule: ParsedSchedule, reader: LawReader, rounding: Rounding): FinedMonth {
  const base = { month: m.month, state: m.state, due: m.due, paid: m.paid, outstanding: m.outstanding };
  const path = schedule.monthPath(k);
  const value = fineRule(reader, record.segment, m.month, path);
  const { components, capped } = fineComponents(m, value.value, record.asOf);
  if (components.length === 0) return { owed: { ...base, fine: null }, rule: null, capped, step: null };
  const rate = value.value.rate.percent;
  const { exact, fine } = exactFine(components, value.value, rounding, ['schedule', 'months', k]);
  return {
    owed: { ...base, fine: { month: m.month, dueDate: m.dueDate, rate, components, exact, fine, parameter: value.parameter, citations: value.citations } },
    rule: value.value,
    capped,
    step: { text: monthFineStep(m.month, rate, components, exact, fine, m.dueDate), citations: value.citations },
  };
}

/** The totals of a statement. */
function totalsOf(months: readonly MonthOwed[], record: PaymentRecord): ArrearsTotals {
  const sum = (pick: (m: MonthOwed) => number) => months.reduce((s, m) => s + pick(m), 0);
  const arrears = sum((m) => (m.state === 'unpaid' || m.state === 'partly_paid' ? m.outstanding : 0));
  const notYetDue = sum((m) => (m.state === 'not_yet_due' ? m.outstanding : 0));
  const lapsedUnpaid = sum((m) => (m.state === 'lapsed' ? m.outstanding : 0));
  const finesAccrued = sum((m) => m.fine?.fine ?? 0);
  const finesPaid = record.finePayments.reduce((s, p) => s + p.amount, 0);
  const finesOutstanding = finesAccrued > finesPaid ? finesAccrued - finesPaid : 0;
  const owedNow = arrears + finesOutstanding;
  for (const n of [arrears, notYetDue, lapsedUnpaid, finesAccrued, owedNow]) {
    if (!Number.isSafeInteger(n)) fail({ code: 'amount_out_of_range', path: ['schedule', 'months'], message: 'Statement total exceeds the exact range of the library' });
  }
  if (!Number.isSafeInteger(finesPaid)) fail({ code: 'amount_out_of_range', path: ['payments'], message: 'The fines paid add up to more than the exact range of the library' });
  const t = { arrears, notYetDue, lapsedUnpaid, finesAccrued, finesPaid, finesOutstanding, finesOverpaid: finesPaid > finesAccrued ? finesPaid - finesAccrued : 0, credit: record.credit, owedNow };
  return { ...t, owedNowAfterCredit: owedNow - (record.credit < arrears ? record.credit : arrears) } as ArrearsTotals;
}

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
 * const statement = arrearsStatement(schedule, [{ amount: 462_000, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' });
 * console.log(statement.months[0]?.fine?.fine, statement.months[1]?.fine?.fine); // 18480 9240
 * console.log(statement.totals.arrears, statement.totals.owedNow); // 462000 489720
 * ```
 */
export function arrearsStatement(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: ArrearsStatementOptions): ArrearsStatement {
  const o = parseInput(ArrearsStatementOptionsSchema, options, ['options']);
  const rounding = o.rounding === undefined ? HALF_UP_TO_RUPIAH : Object.freeze({ ...o.rounding });
  const resolved = resolveRecordOptions(o, o.asOf);
  const { record, schedule: parsed } = recordFrom(schedule, payments, resolved);
  const reader = resolved.reader;
  const fined = monthStatuses(record, parsed, reader).map((m, k) => monthOwed(m, k, record, parsed, reader, rounding));
  const months = fined.map((f) => f.owed);
  const totals = totalsOf(months, record);
  const rules = [...new Set(fined.flatMap((f) => (f.rule === null ? [] : [f.rule])))];
  if (rules.length === 0) rules.push(fineRule(reader, record.segment, record.months[0]!.month, parsed.monthPath(0)).value);
  const steps = fined.flatMap((f) => (f.step === null ? [] : [f.step]));
  return {
    segment: record.segment,
    asOf: record.asOf,
    months,
    totals,
    fineCap: capNote(rules, fined.some((f) => f.capped)),
    rounding,
    citations: uniqueCitations([record.citations, ...steps.map((s) => s.citations)]),
    explanation: [...steps, { text: owedNowStep(totals, record.asOf), citations: [] }],
    lawUsed: lawUsedBy(reader),
  };
}
