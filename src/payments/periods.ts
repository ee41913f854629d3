/**
 * Contribution periods (*masa iur*) computed from the payment record, for the benefit rules that
 * depend on them: total contribution months, consecutive paid months since registration (the BPU
 * JKM waiting rule), months paid in the last 24 and consecutive months before a PHK (JKP), and
 * years of contributions (the children's scholarship, JP).
 *
 * **Which months count.** A month counts once its contribution is paid in full by the date asked
 * about. A month paid in advance counts only once its iuran month has begun, unless the caller
 * passes `countPrepaidMonths: true` (the open question of brief §12 item 9a; for the JKM waiting
 * rule the default comes from `benefit.jkm.bpuWaitingRule`).
 *
 * The conditions themselves are the benefits' parameters, read here and by the benefit functions
 * alike: `benefit.jkm.bpuWaitingRule`, `benefit.jkm.scholarshipMinContributionMonths` and the
 * contribution-period fields of `benefit.jkp.rules`.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, CalendarDateSchema, yearMonthOf, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { formatRupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawRegistry } from '../law/registry';
import { findValue } from '../law/timeline';
import { valueAt } from '../law/lookup';
import { recordFrom, recordOptionFields, resolveRecordOptions, type PaymentInput, type PaymentRecord, type PaymentScheduleInput, type PaymentSegment } from './record';

/** Options of {@link contributionPeriods}. */
export interface ContributionPeriodOptions {
  /** The date the periods are counted at. */
  readonly asOf: string;
  /** Registration date (default the first day of the first scheduled month). */
  readonly registeredOn?: string;
  /** Count months paid in advance before their iuran month begins (default `false`). */
  readonly countPrepaidMonths?: boolean;
  /** The law to apply. */
  readonly law?: LawRegistry;
}

/** Schema of {@link ContributionPeriodOptions}. */
export const ContributionPeriodOptionsSchema = ownStrictObject({
  asOf: CalendarDateSchema,
  registeredOn: recordOptionFields.registeredOn,
  countPrepaidMonths: z.boolean().optional(),
  law: recordOptionFields.law,
});

/** Contribution periods at a date. */
export interface ContributionPeriods {
  /** PU or BPU. */
  readonly segment: PaymentSegment;
  /** The date counted at. */
  readonly asOf: CalendarDate;
  /** The months that count, oldest first. */
  readonly countedMonths: readonly YearMonth[];
  /** Total contribution months (*masa iur*). */
  readonly totalMonths: number;
  /** Consecutive months counted from the first scheduled (registration) month. */
  readonly consecutiveFromRegistration: number;
  /** Consecutive months counted back from the month of `asOf` (or the month before, if that one does not count). */
  readonly consecutiveUpToAsOf: number;
  /** Months counted in the JKP window ending with the month of `asOf`; `null` when no JKP rule is in force at `asOf`. */
  readonly inJkpWindow: { readonly from: YearMonth; readonly to: YearMonth; readonly months: number } | null;
  /** Completed years and remaining months of contributions. */
  readonly years: { readonly completed: number; readonly months: number };
  /** Months paid in advance that were not counted because their iuran month had not begun. */
  readonly prepaidNotCounted: readonly YearMonth[];
  /** The counting reading used. */
  readonly reading: BilingualText;
}

/** The months that count at the record's date. @internal */
export function countedMonths(record: PaymentRecord, countPrepaid: boolean): { counted: YearMonth[]; prepaid: YearMonth[] } {
  const limit = yearMonthOf(record.asOf);
  const counted: YearMonth[] = [];
  const prepaid: YearMonth[] = [];
  for (const m of record.months) {
    if (m.paidOn === null || m.paidOn > record.asOf) continue;
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

function consecutiveFrom(record: PaymentRecord, counted: ReadonlySet<string>): number {
  let n = 0;
  for (const m of record.months) {
    if (!counted.has(m.month)) break;
    n++;
  }
  return n;
}

function readingText(countPrepaid: boolean): BilingualText {
  return countPrepaid
    ? text('Bulan dihitung bila iurannya lunas pada tanggal itu, termasuk bulan yang dibayar di muka.', 'A month counts once its contribution is paid in full by the date, including months paid in advance.')
    : text(
        'Bulan dihitung bila iurannya lunas pada tanggal itu dan bulan iurannya sudah dimulai; bulan yang dibayar di muka belum dihitung (bacaan hati-hati, brief §12 butir 9a).',
        'A month counts once its contribution is paid in full by the date and its iuran month has begun; months paid in advance do not count yet (the cautious reading, brief §12 item 9a).',
      );
}

function periodsOf(record: PaymentRecord, countPrepaid: boolean, law: LawRegistry): ContributionPeriods {
  const { counted, prepaid } = countedMonths(record, countPrepaid);
  const set = new Set<string>(counted);
  const asOfMonth = yearMonthOf(record.asOf);
  const jkp = findValue(law.parameter('benefit.jkp.rules'), record.asOf);
  let inJkpWindow: ContributionPeriods['inJkpWindow'] = null;
  if (jkp !== undefined) {
    const from = addMonths(asOfMonth, -(jkp.value.windowMonths - 1));
    inJkpWindow = { from, to: asOfMonth, months: counted.filter((m) => m >= from && m <= asOfMonth).length };
  }
  const total = counted.length;
  return {
    segment: record.segment,
    asOf: record.asOf,
    countedMonths: counted,
    totalMonths: total,
    consecutiveFromRegistration: consecutiveFrom(record, set),
    consecutiveUpToAsOf: consecutiveBackFrom(set, asOfMonth),
    inJkpWindow,
    years: { completed: (total - (total % 12)) / 12, months: total % 12 },
    prepaidNotCounted: prepaid,
    reading: readingText(countPrepaid),
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
 * const prepaid = [{ amount: 201_600, paidOn: '2026-01-05', payer: 'Pemprov NTT' }];
 * const periods = contributionPeriods({ segment: 'BPU', months }, prepaid, { asOf: '2026-02-10' });
 * console.log(periods.totalMonths, periods.prepaidNotCounted.length); // 2 10
 * ```
 */
export function contributionPeriods(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: ContributionPeriodOptions): ContributionPeriods {
  const o = parseInput(ContributionPeriodOptionsSchema, options, ['options']);
  const resolved = resolveRecordOptions(o);
  const { record } = recordFrom(schedule, payments, resolved);
  return periodsOf(record, o.countPrepaidMonths ?? false, resolved.law);
}

/** Options of the benefit period checks keyed by an event (death, disability). */
export interface EventPeriodOptions {
  /** The date of the event (death for JKM, death or disability for the scholarship). */
  readonly eventDate: string;
  /** Registration date (default the first day of the first scheduled month). */
  readonly registeredOn?: string;
  /** Override the reading of prepaid months (default: the parameter's reading for JKM; `false` otherwise). */
  readonly countPrepaidMonths?: boolean;
  /** The law to apply. */
  readonly law?: LawRegistry;
}

/** Schema of {@link EventPeriodOptions}. */
export const EventPeriodOptionsSchema = ownStrictObject({
  eventDate: CalendarDateSchema,
  registeredOn: recordOptionFields.registeredOn,
  countPrepaidMonths: z.boolean().optional(),
  law: recordOptionFields.law,
});

/** The result of a contribution-period condition. */
export interface PeriodCheck {
  /** Whether the condition applies to this segment. */
  readonly applies: boolean;
  /** Whether it is met (`true` when it does not apply). */
  readonly met: boolean;
  /** What the condition requires, in months. */
  readonly requiredMonths: number;
  /** What the record shows, in months. */
  readonly actualMonths: number;
  /** The periods it was judged on. */
  readonly periods: ContributionPeriods;
  /** The rule, in both languages. */
  readonly rule: BilingualText;
  /** The parameter used. */
  readonly parameter: string;
  /** Legal basis. */
  readonly citations: readonly Citation[];
}

function eventRecord(schedule: unknown, payments: unknown, options: unknown): { o: z.output<typeof EventPeriodOptionsSchema>; law: LawRegistry; record: PaymentRecord } {
  const o = parseInput(EventPeriodOptionsSchema, options, ['options']);
  const resolved = resolveRecordOptions({ ...o, asOf: o.eventDate });
  return { o, law: resolved.law, record: recordFrom(schedule, payments, resolved).record };
}

/**
 * The BPU JKM waiting rule (*masa tunggu JKM*): the full JKM is paid only after at least 3
 * consecutive paid months since registration; an earlier death pays Rp10,000,000 in total.
 * Whether months prepaid at registration count is open (brief §12 item 9a); the default reading
 * (`prepaidMonthsCount` of `benefit.jkm.bpuWaitingRule`) counts a prepaid month only once its
 * iuran month has begun. The rule is in force from 2019-12-02 (PP 82/2019); an earlier BPU death
 * fails with `parameter_not_in_force`.
 *
 * @example
 * ```ts
 * import { jkmWaitingPeriodCheck } from 'jamsostek';
 * const months = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, amount: 16_800 }));
 * const prepaid = [{ amount: 201_600, paidOn: '2026-01-05' }];
 * const cautious = jkmWaitingPeriodCheck({ segment: 'BPU', months }, prepaid, { eventDate: '2026-02-10' });
 * const generous = jkmWaitingPeriodCheck({ segment: 'BPU', months }, prepaid, { eventDate: '2026-02-10', countPrepaidMonths: true });
 * console.log(cautious.met, cautious.actualMonths, generous.met); // false 2 true
 * ```
 */
export function jkmWaitingPeriodCheck(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: EventPeriodOptions): PeriodCheck {
  const { o, law, record } = eventRecord(schedule, payments, options);
  const parameter = law.parameter('benefit.jkm.bpuWaitingRule');
  if (record.segment !== 'BPU') {
    // The rule does not apply to PU: no value needs to be in force at the event date.
    const inForce = findValue(parameter, o.eventDate);
    const periods = periodsOf(record, o.countPrepaidMonths ?? inForce?.value.prepaidMonthsCount ?? false, law);
    return {
      applies: false,
      met: true,
      requiredMonths: 0,
      actualMonths: periods.consecutiveFromRegistration,
      periods,
      parameter: parameter.id,
      citations: inForce?.citations ?? [],
      rule: text('Masa tunggu JKM hanya berlaku bagi peserta BPU.', 'The JKM waiting rule applies to BPU participants only.'),
    };
  }
  const value = valueAt(parameter, o.eventDate);
  const countPrepaid = o.countPrepaidMonths ?? value.value.prepaidMonthsCount;
  const periods = periodsOf(record, countPrepaid, law);
  const required = value.value.minConsecutivePaidMonths;
  const actual = periods.consecutiveFromRegistration;
  const met = actual >= required;
  return {
    applies: true,
    met,
    requiredMonths: required,
    actualMonths: actual,
    periods,
    parameter: parameter.id,
    citations: value.citations,
    rule: text(
      `${actual} bulan berturut-turut dibayar sejak pendaftaran pada ${o.eventDate}; syarat JKM penuh ${required} bulan: ${met ? 'terpenuhi' : `tidak terpenuhi (hanya ${formatRupiah(value.value.totalBeforeWaiting)})`}. ${readingText(countPrepaid).id}`,
      `${actual} consecutive months paid since registration on ${o.eventDate}; the full JKM needs ${required}: ${met ? 'met' : `not met (${formatRupiah(value.value.totalBeforeWaiting)} only)`}. ${readingText(countPrepaid).en}`,
    ),
  };
}

/**
 * The contribution period for the children's scholarship (*beasiswa pendidikan anak*): at least
 * 3 years of contributions (36 paid months, consecutive or not) at the date of death or
 * disability; 5 years before PP 82/2019 (2 December 2019).
 *
 * @example
 * ```ts
 * import { scholarshipPeriodCheck } from 'jamsostek';
 * const months = Array.from({ length: 36 }, (_, i) => ({ month: `${i < 12 ? 2023 : i < 24 ? 2024 : 2025}-${String((i % 12) + 1).padStart(2, '0')}`, amount: 16_800 }));
 * const paid = months.map((m) => ({ amount: 16_800, paidOn: `${m.month}-10`, months: [m.month] }));
 * const check = scholarshipPeriodCheck({ segment: 'BPU', months }, paid, { eventDate: '2025-12-20' });
 * console.log(check.met, check.actualMonths); // true 36
 * ```
 */
export function scholarshipPeriodCheck(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: EventPeriodOptions): PeriodCheck {
  const { o, law, record } = eventRecord(schedule, payments, options);
  const parameter = law.parameter('benefit.jkm.scholarshipMinContributionMonths');
  const value = valueAt(parameter, o.eventDate);
  const countPrepaid = o.countPrepaidMonths ?? false;
  const periods = periodsOf(record, countPrepaid, law);
  const required = value.value;
  const met = periods.totalMonths >= required;
  return {
    applies: true,
    met,
    requiredMonths: required,
    actualMonths: periods.totalMonths,
    periods,
    parameter: parameter.id,
    citations: value.citations,
    rule: text(
      `Masa iur ${periods.totalMonths} bulan pada ${o.eventDate}; beasiswa memerlukan ${required} bulan: ${met ? 'terpenuhi' : 'tidak terpenuhi'}.`,
      `Contribution period ${periods.totalMonths} months on ${o.eventDate}; the scholarship needs ${required} months: ${met ? 'met' : 'not met'}.`,
    ),
  };
}

/** Options of {@link jkpPeriodCheck}. */
export interface JkpPeriodOptions {
  /** The date of the termination of employment (PHK). */
  readonly phkDate: string;
  /** The date the record is read at (e.g. the claim date; default the PHK date): later payments for earlier months then count. */
  readonly asOf?: string;
  /** Registration date (default the first day of the first scheduled month). */
  readonly registeredOn?: string;
  /**
   * Whether to apply the "6 consecutive paid months before the PHK" condition where the sources
   * disagree on whether it still applies (`consecutiveRuleDisputed` of `benefit.jkp.rules`: PP
   * 6/2025). Default `true`; `false` drops it there, as the same option of `jkpBenefit` does.
   */
  readonly applyDisputedConsecutiveRule?: boolean;
  /** The law to apply. */
  readonly law?: LawRegistry;
}

/** Schema of {@link JkpPeriodOptions}. */
export const JkpPeriodOptionsSchema = ownStrictObject({
  phkDate: CalendarDateSchema,
  asOf: CalendarDateSchema.optional(),
  registeredOn: recordOptionFields.registeredOn,
  applyDisputedConsecutiveRule: z.boolean().optional(),
  law: recordOptionFields.law,
});

/** The result of {@link jkpPeriodCheck}. */
export interface JkpPeriodCheck {
  /** Whether both conditions are met. */
  readonly met: boolean;
  /** The window of months examined. */
  readonly window: { readonly from: YearMonth; readonly to: YearMonth };
  /** Contribution months in the window. */
  readonly monthsInWindow: number;
  /** Required months in the window. */
  readonly requiredInWindow: number;
  /** Consecutive months paid before the PHK. */
  readonly consecutiveBeforePhk: number;
  /** Required consecutive months, or `null` where the condition is not applied (disputed and switched off). */
  readonly requiredConsecutive: number | null;
  /** The rule, in both languages. */
  readonly rule: BilingualText;
  /** The parameter used. */
  readonly parameter: string;
  /** Legal basis. */
  readonly citations: readonly Citation[];
}

/**
 * The JKP contribution-period condition (*syarat masa iur JKP*): at least 12 contribution months
 * within the 24 months ending with the PHK month, and at least 6 consecutive months paid before
 * the PHK. Read from `benefit.jkp.rules`, as `jkpBenefit` does; under PP 6/2025 the consecutive
 * condition is disputed (brief §12 item 5) and `{ applyDisputedConsecutiveRule: false }` drops it.
 *
 * @example
 * ```ts
 * import { jkpPeriodCheck } from 'jamsostek';
 * const months = Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, amount: 462_000 }));
 * const paid = months.map((m, i) => ({ amount: 462_000, paidOn: i < 11 ? `2025-${String(i + 2).padStart(2, '0')}-10` : '2026-01-10' }));
 * const check = jkpPeriodCheck({ segment: 'PU', months }, paid, { phkDate: '2025-12-20', asOf: '2026-01-20' });
 * console.log(check.met, check.monthsInWindow, check.consecutiveBeforePhk); // true 12 12
 * ```
 */
export function jkpPeriodCheck(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: JkpPeriodOptions): JkpPeriodCheck {
  const o = parseInput(JkpPeriodOptionsSchema, options, ['options']);
  const resolved = resolveRecordOptions({ ...o, asOf: o.asOf ?? o.phkDate });
  if (resolved.asOf < o.phkDate) {
    fail({ code: 'invalid_input', path: ['options', 'asOf'], message: `asOf ${resolved.asOf} is before the PHK date ${o.phkDate}`, reason: 'too_small' });
  }
  const { record } = recordFrom(schedule, payments, resolved);
  const parameter = resolved.law.parameter('benefit.jkp.rules');
  const value = valueAt(parameter, o.phkDate);
  const phkMonth = yearMonthOf(o.phkDate);
  // Months up to the PHK month count once paid by asOf (payments after the PHK for earlier months count).
  const counted = new Set<string>(record.months.filter((m) => m.paidOn !== null && m.month <= phkMonth).map((m) => m.month));
  const from = addMonths(phkMonth, -(value.value.windowMonths - 1));
  const inWindow = [...counted].filter((m) => m >= from).length; // counted holds no month after the PHK month
  const consecutive = consecutiveBackFrom(counted, phkMonth);
  const r = value.value;
  const required = !r.consecutiveRuleDisputed || o.applyDisputedConsecutiveRule !== false ? r.minConsecutiveMonths : null;
  const met = inWindow >= r.minContributionMonths && (required === null || consecutive >= required);
  return {
    met,
    window: { from, to: phkMonth },
    monthsInWindow: inWindow,
    requiredInWindow: r.minContributionMonths,
    consecutiveBeforePhk: consecutive,
    requiredConsecutive: required,
    parameter: parameter.id,
    citations: value.citations,
    rule: text(
      `${inWindow} bulan iur dalam ${from} s.d. ${phkMonth} (syarat ${r.minContributionMonths}); ${consecutive} bulan berturut-turut sebelum PHK${required === null ? ' (syarat ini tidak diterapkan atas permintaan: PP 6/2025, sumber berbeda pendapat)' : ` (syarat ${required})`}: ${met ? 'terpenuhi' : 'tidak terpenuhi'}.`,
      `${inWindow} contribution months in ${from} to ${phkMonth} (needs ${r.minContributionMonths}); ${consecutive} consecutive months before the PHK${required === null ? ' (condition not applied, at the caller\'s request: PP 6/2025, sources disagree)' : ` (needs ${required})`}: ${met ? 'met' : 'not met'}.`,
    ),
  };
}
