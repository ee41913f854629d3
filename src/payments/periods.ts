/**
 * Contribution periods (*masa iur*) computed from the payment record, for the benefit rules that
 * depend on them: total contribution months, consecutive paid months since registration (the BPU
 * JKM waiting rule), months paid in the last 24 and consecutive months before a PHK (JKP), and
 * years of contributions (the children's scholarship, JP). The checks of the benefit conditions
 * themselves are in `./periodChecks`.
 *
 * **Which months count.** A month counts once its contribution is paid in full by the date asked
 * about. A month paid in advance counts only once its iuran month has begun, unless the caller
 * passes `countPrepaidMonths: true` (the open question of brief §12 item 9a; for the JKM waiting
 * rule the default comes from `benefit.jkm.bpuWaitingRule`).
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, CalendarDateSchema, yearMonthOf, type CalendarDate, type YearMonth } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import { lawUsedBy, optionalLawValue, type LawReader, type PaymentSegment } from './law';
import { countingReading } from './messages';
import { recordFrom, recordOptionFields, resolveRecordOptions, type PaymentInput, type PaymentRecord, type PaymentRecordOptions, type PaymentScheduleInput } from './record';

/** Options of {@link contributionPeriods}. */
export interface ContributionPeriodOptions extends PaymentRecordOptions {
  /** Count months paid in advance before their iuran month begins (default `false`). */
  readonly countPrepaidMonths?: boolean;
}

/** Schema of {@link ContributionPeriodOptions}. */
export const ContributionPeriodOptionsSchema = ownStrictObject({ asOf: CalendarDateSchema, ...recordOptionFields, countPrepaidMonths: z.boolean().optional() });

/** Contribution periods at a date. */
export interface ContributionPeriods {
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The date counted at. */
  readonly asOf: CalendarDate;
  /** The months that count, oldest first. */
  readonly counted: readonly YearMonth[];
  /** Total contribution months (*masa iur*). */
  readonly totalMonths: number;
  /** Consecutive months counted from the first scheduled (registration) month. */
  readonly consecutiveFromRegistration: number;
  /** Consecutive months counted back from the month of `asOf` (or the month before, if that one does not count). */
  readonly consecutiveUpToAsOf: number;
  /** The JKP window ending with the month of `asOf` and the months counted in it; `null` when no JKP rule is in force at `asOf`. */
  readonly inJkpWindow: { readonly from: YearMonth; readonly to: YearMonth; readonly count: number } | null;
  /** Completed years of contributions and the months beyond them. */
  readonly years: { readonly completed: number; readonly remainingMonths: number };
  /** Months paid in advance that were not counted because their iuran month had not begun. */
  readonly prepaidNotCounted: readonly YearMonth[];
  /** The counting reading used. */
  readonly reading: BilingualText;
  /** Every value of law read (the record's, and the JKP rule). */
  readonly lawUsed: readonly LawUsed[];
}

/** The months that count at the record's date. @internal */
export function countedMonths(record: PaymentRecord, countPrepaid: boolean): { counted: YearMonth[]; prepaid: YearMonth[] } {
  const limit = yearMonthOf(record.asOf);
  const counted: YearMonth[] = [];
  const prepaid: YearMonth[] = [];
  for (const m of record.months) {
    if (m.paymentDate === null || m.paymentDate > record.asOf) continue;
    if (m.month > limit && !countPrepaid) prepaid.push(m.month);
    else counted.push(m.month);
  }
  return { counted, prepaid };
}

/** Consecutive counted months back from `month` (or the month before, if `month` does not count). @internal */
export function consecutiveBackFrom(counted: ReadonlySet<string>, month: YearMonth): number {
  let at = counted.has(month) ? month : addMonths(month, -1);
  let n = 0;
  while (counted.has(at)) {
    n++;
    at = addMonths(at, -1);
  }
  return n;
}

/** Consecutive counted months from the first of `months`. @internal */
export function consecutiveFromStart(months: readonly YearMonth[], counted: ReadonlySet<string>): number {
  let n = 0;
  for (const m of months) {
    if (!counted.has(m)) break;
    n++;
  }
  return n;
}

/** The JKP window ending with the month of `asOf`, and the months counted in it. */
function jkpWindow(reader: LawReader, asOf: CalendarDate, counted: readonly YearMonth[]): ContributionPeriods['inJkpWindow'] {
  const jkp = optionalLawValue(reader, 'benefit.jkp.rules', asOf);
  if (jkp === undefined) return null;
  const to = yearMonthOf(asOf);
  const from = addMonths(to, -(jkp.value.windowMonths - 1));
  return { from, to, count: counted.filter((m) => m >= from && m <= to).length };
}

/** The contribution periods of a record. @internal */
export function periodsOf(record: PaymentRecord, countPrepaid: boolean, reader: LawReader): ContributionPeriods {
  const { counted, prepaid } = countedMonths(record, countPrepaid);
  const set = new Set<string>(counted);
  const total = counted.length;
  const inJkpWindow = jkpWindow(reader, record.asOf, counted);
  return {
    segment: record.segment,
    asOf: record.asOf,
    counted,
    totalMonths: total,
    consecutiveFromRegistration: consecutiveFromStart(record.months.map((m) => m.month), set),
    consecutiveUpToAsOf: consecutiveBackFrom(set, yearMonthOf(record.asOf)),
    inJkpWindow,
    years: { completed: (total - (total % 12)) / 12, remainingMonths: total % 12 },
    prepaidNotCounted: prepaid,
    reading: countingReading(countPrepaid),
    lawUsed: lawUsedBy(reader),
  };
}

/**
 * Contribution periods (*masa iur*) from the record at a date: total months, consecutive months
 * since registration and up to the date, months in the JKP window, years of contributions.
 *
 * @example
 * ```ts
 * import { contributionPeriods } from 'jamsostek';
 * const months = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, amount: 16_800 }));
 * const prepaid = [{ amount: 201_600, paymentDate: '2026-01-05', payer: 'Pemprov NTT' }];
 * const periods = contributionPeriods({ segment: 'BPU', months }, prepaid, { asOf: '2026-02-10' });
 * console.log(periods.totalMonths, periods.prepaidNotCounted.length); // 2 10
 * ```
 */
export function contributionPeriods(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: ContributionPeriodOptions): ContributionPeriods {
  const o = parseInput(ContributionPeriodOptionsSchema, options, ['options']);
  const resolved = resolveRecordOptions(o, o.asOf);
  const { record } = recordFrom(schedule, payments, resolved);
  return periodsOf(record, o.countPrepaidMonths ?? false, resolved.reader);
}
