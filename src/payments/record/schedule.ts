/**
 * The schedule the payment functions read (*jadwal iuran*): consecutive iuran months of one
 * participant, each with the amount due and, optionally, its due date. A
 * `contributionSchedule` result fits as it is.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, MAX_RANGE_MONTHS, monthIndex, YearMonthSchema, type CalendarDate, type YearMonth } from '../../core/calendar';
import type { PathSegment } from '../../core/errors';
import { senSchema, type AmountInput, type Rupiah } from '../../core/money';
import { ownObject, parseInput } from '../../core/validate';
import type { PaymentSegment } from '../law';

export type { PaymentSegment } from '../law';

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

/** A whole number of rupiah (payments and contributions carry no sen), from an amount schema. @internal */
export const wholeRupiah = (schema: typeof senSchema) =>
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
}).check((ctx) => {
  const hasAmount = ctx.value.amount !== undefined;
  const hasTotals = ctx.value.totals !== undefined;
  if (hasAmount === hasTotals) ctx.issues.push({ code: 'custom', message: 'Give the amount due either as `amount` or as `totals.billed` (exactly one)', input: ctx.value, path: ['amount'] });
  const problem = dueDateProblem(ctx.value.month, ctx.value.dueDate);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value.dueDate, path: ['dueDate'] });
});

/** Schema of a {@link PaymentScheduleInput}: consecutive months of one segment. */
export const PaymentScheduleSchema = ownObject({ segment: z.enum(['PU', 'BPU']).optional(), months: z.array(ScheduleMonthSchema).min(1).max(MAX_RANGE_MONTHS) }).check((ctx) => {
  const { segment, months } = ctx.value;
  const segments = new Set(months.map((m) => m.segment).filter((s) => s !== undefined));
  if (segment !== undefined) segments.add(segment);
  if (segments.size === 0) ctx.issues.push({ code: 'custom', message: 'Say whether the schedule is PU or BPU (`segment`)', input: ctx.value, path: ['segment'] });
  if (segments.size > 1) ctx.issues.push({ code: 'custom', message: "A schedule mixes PU and BPU months; give one participant's schedule", input: ctx.value, path: ['segment'] });
  for (let i = 1; i < months.length; i++) {
    const prev = months[i - 1]!;
    const cur = months[i]!;
    if (monthIndex(cur.month) !== monthIndex(prev.month) + 1) {
      ctx.issues.push({ code: 'custom', message: `Months must be consecutive and in order: ${cur.month} follows ${prev.month}`, input: ctx.value, path: ['months', i, 'month'] });
      break;
    }
  }
});

/** A parsed schedule. @internal */
export interface ParsedSchedule {
  readonly segment: PaymentSegment;
  readonly months: readonly { readonly month: YearMonth; readonly dueDate: CalendarDate | undefined; readonly due: Rupiah }[];
  /**
   * Where the caller gave month `k` (`['schedule', 'months', k, 'month']`; a programme cohort's
   * `period`); months after the schedule's end (`k` past its length) are rooted at the schedule.
   */
  readonly monthPath: (k: number) => readonly PathSegment[];
}

/** The path of month `k` of a schedule given as the argument `schedule`. @internal */
export function scheduleMonthPath(length: number): (k: number) => readonly PathSegment[] {
  return (k) => (k < length ? ['schedule', 'months', k, 'month'] : ['schedule', 'months']);
}

/** Parse a schedule at the door (errors rooted at `schedule`). @internal */
export function parseSchedule(schedule: unknown): ParsedSchedule {
  const parsed = parseInput(PaymentScheduleSchema, schedule, ['schedule']);
  const segment = (parsed.segment ?? parsed.months.find((m) => m.segment !== undefined)?.segment) as PaymentSegment;
  return {
    segment,
    months: parsed.months.map((m) => ({ month: m.month, dueDate: m.dueDate, due: (m.amount ?? m.totals?.billed ?? 0) as Rupiah })),
    monthPath: scheduleMonthPath(parsed.months.length),
  };
}
