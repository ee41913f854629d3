/**
 * The contribution-period conditions of benefits, judged on the payment record: the BPU JKM
 * waiting rule (at the date of death), the children's scholarship period (at the date of death or
 * disability) and the JKP conditions (at the termination of employment, *PHK*). The conditions
 * are the benefits' parameters, read here and by the benefit functions alike:
 * `benefit.jkm.bpuWaitingRule`, `benefit.jkm.scholarshipMinContributionMonths` and the
 * contribution-period fields of `benefit.jkp.rules`.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, CalendarDateSchema, yearMonthOf, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail, type PathSegment } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawUsed } from '../law/lawUsed';
import { lawUsedBy, lawValue, optionalLawValue } from './law';
import { jkmWaiting, JKM_WAITING_NOT_FOR_PU, jkpPeriod, scholarshipPeriod } from './messages';
import { consecutiveBackFrom, periodsOf, type ContributionPeriods } from './periods';
import { recordFrom, recordOptionFields, resolveRecordOptions, type PaymentInput, type PaymentScheduleInput, type RecordOptions, type ResolvedRecordOptions } from './record';

/** Options of {@link jkmWaitingPeriodCheck}. */
export interface JkmWaitingPeriodOptions extends RecordOptions {
  /** The date of death. */
  readonly deathDate: string;
  /** Override the reading of prepaid months (default: `prepaidMonthsCount` of `benefit.jkm.bpuWaitingRule`). */
  readonly countPrepaidMonths?: boolean;
}

/** Schema of {@link JkmWaitingPeriodOptions}. */
export const JkmWaitingPeriodOptionsSchema = ownStrictObject({ deathDate: CalendarDateSchema, ...recordOptionFields, countPrepaidMonths: z.boolean().optional() });

/** Options of {@link scholarshipPeriodCheck}. */
export interface ScholarshipPeriodOptions extends RecordOptions {
  /** The date of the insured event: the death or the total permanent disability of the participant. */
  readonly eventDate: string;
  /** Count months paid in advance before their iuran month begins (default `false`). */
  readonly countPrepaidMonths?: boolean;
}

/** Schema of {@link ScholarshipPeriodOptions}. */
export const ScholarshipPeriodOptionsSchema = ownStrictObject({ eventDate: CalendarDateSchema, ...recordOptionFields, countPrepaidMonths: z.boolean().optional() });

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
  /** Every value of law read. */
  readonly lawUsed: readonly LawUsed[];
}

/** The record read at the event date, given by the caller at `options.<name>`. */
function recordAt(schedule: unknown, payments: unknown, o: z.output<z.ZodObject<typeof recordOptionFields>>, date: CalendarDate, name: string) {
  const resolved = resolveRecordOptions(o, date, ['options', name]);
  return { reader: resolved.reader, record: recordFrom(schedule, payments, resolved).record };
}

/**
 * The BPU JKM waiting rule (*masa tunggu JKM*): the full JKM is paid only after at least 3
 * consecutive paid months since registration; an earlier death pays Rp10,000,000 in total.
 * Whether months prepaid at registration count is open (brief §12 item 9a); the default reading
 * (`prepaidMonthsCount` of `benefit.jkm.bpuWaitingRule`) counts a prepaid month only once its
 * iuran month has begun. The rule is in force from 2019-12-02 (PP 82/2019); an earlier BPU death
 * fails with `parameter_not_in_force` at `options.deathDate`.
 *
 * @example
 * ```ts
 * import { jkmWaitingPeriodCheck } from 'jamsostek';
 * const months = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, amount: 16_800 }));
 * const prepaid = [{ amount: 201_600, paymentDate: '2026-01-05' }];
 * const cautious = jkmWaitingPeriodCheck({ segment: 'BPU', months }, prepaid, { deathDate: '2026-02-10' });
 * const generous = jkmWaitingPeriodCheck({ segment: 'BPU', months }, prepaid, { deathDate: '2026-02-10', countPrepaidMonths: true });
 * console.log(cautious.met, cautious.actualMonths, generous.met); // false 2 true
 * ```
 */
export function jkmWaitingPeriodCheck(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: JkmWaitingPeriodOptions): PeriodCheck {
  const o = parseInput(JkmWaitingPeriodOptionsSchema, options, ['options']);
  const { reader, record } = recordAt(schedule, payments, o, o.deathDate, 'deathDate');
  const id = 'benefit.jkm.bpuWaitingRule';
  if (record.segment !== 'BPU') {
    // The rule does not apply to PU: no value needs to be in force at the date of death.
    const inForce = optionalLawValue(reader, id, o.deathDate);
    const periods = periodsOf(record, o.countPrepaidMonths ?? inForce?.value.prepaidMonthsCount ?? false, reader);
    const base = { applies: false, met: true, requiredMonths: 0, actualMonths: periods.consecutiveFromRegistration, periods, parameter: id };
    return { ...base, citations: inForce?.citations ?? [], rule: JKM_WAITING_NOT_FOR_PU, lawUsed: lawUsedBy(reader) };
  }
  const value = lawValue(reader, id, o.deathDate, ['options', 'deathDate']);
  const countPrepaid = o.countPrepaidMonths ?? value.value.prepaidMonthsCount;
  const periods = periodsOf(record, countPrepaid, reader);
  const required = value.value.minConsecutivePaidMonths;
  const actual = periods.consecutiveFromRegistration;
  const met = actual >= required;
  return {
    applies: true,
    met,
    requiredMonths: required,
    actualMonths: actual,
    periods,
    parameter: id,
    citations: value.citations,
    rule: jkmWaiting(actual, o.deathDate, required, met, value.value.totalBeforeWaiting, countPrepaid),
    lawUsed: lawUsedBy(reader),
  };
}

/**
 * The contribution period for the children's scholarship (*beasiswa pendidikan anak*): at least
 * 3 years of contributions (36 paid months, consecutive or not) at the date of death or
 * disability (`eventDate`); 5 years before PP 82/2019 (2 December 2019).
 *
 * @example
 * ```ts
 * import { scholarshipPeriodCheck } from 'jamsostek';
 * const months = Array.from({ length: 36 }, (_, i) => ({ month: `${i < 12 ? 2023 : i < 24 ? 2024 : 2025}-${String((i % 12) + 1).padStart(2, '0')}`, amount: 16_800 }));
 * const paid = months.map((m) => ({ amount: 16_800, paymentDate: `${m.month}-10`, months: [m.month] }));
 * const check = scholarshipPeriodCheck({ segment: 'BPU', months }, paid, { eventDate: '2025-12-20' });
 * console.log(check.met, check.actualMonths); // true 36
 * ```
 */
export function scholarshipPeriodCheck(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: ScholarshipPeriodOptions): PeriodCheck {
  const o = parseInput(ScholarshipPeriodOptionsSchema, options, ['options']);
  const { reader, record } = recordAt(schedule, payments, o, o.eventDate, 'eventDate');
  const value = lawValue(reader, 'benefit.jkm.scholarshipMinContributionMonths', o.eventDate, ['options', 'eventDate']);
  const periods = periodsOf(record, o.countPrepaidMonths ?? false, reader);
  const required = value.value;
  const met = periods.totalMonths >= required;
  return {
    applies: true,
    met,
    requiredMonths: required,
    actualMonths: periods.totalMonths,
    periods,
    parameter: value.parameter,
    citations: value.citations,
    rule: scholarshipPeriod(periods.totalMonths, o.eventDate, required, met),
    lawUsed: lawUsedBy(reader),
  };
}

/** Options of {@link jkpPeriodCheck}. */
export interface JkpPeriodOptions extends RecordOptions {
  /** The date of the termination of employment (*pemutusan hubungan kerja*, PHK). */
  readonly terminationDate: string;
  /** The date the record is read at (e.g. the claim date; default the termination date): later payments for earlier months then count. */
  readonly asOf?: string;
  /**
   * Whether to apply the "6 consecutive paid months before the PHK" condition where the sources
   * disagree on whether it still applies (`consecutiveRuleDisputed` of `benefit.jkp.rules`: PP
   * 6/2025). Default `true`; `false` drops it there, as the same option of `jkpBenefit` does.
   */
  readonly applyDisputedConsecutiveRule?: boolean;
}

/** Schema of {@link JkpPeriodOptions}. */
export const JkpPeriodOptionsSchema = ownStrictObject({
  terminationDate: CalendarDateSchema,
  asOf: CalendarDateSchema.optional(),
  ...recordOptionFields,
  applyDisputedConsecutiveRule: z.boolean().optional(),
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
  /** Consecutive months paid before the termination of employment. */
  readonly consecutiveBeforeTermination: number;
  /** Required consecutive months, or `null` where the condition is not applied (disputed and switched off). */
  readonly requiredConsecutive: number | null;
  /** The rule, in both languages. */
  readonly rule: BilingualText;
  /** The parameter used. */
  readonly parameter: string;
  /** Legal basis. */
  readonly citations: readonly Citation[];
  /** Every value of law read. */
  readonly lawUsed: readonly LawUsed[];
}

/** The JKP record options: read at `asOf` (default the termination date), never before the termination. */
function jkpRecordOptions(o: z.output<typeof JkpPeriodOptionsSchema>): ResolvedRecordOptions {
  const asOf = o.asOf ?? o.terminationDate;
  const path: PathSegment[] = ['options', o.asOf === undefined ? 'terminationDate' : 'asOf'];
  if (asOf < o.terminationDate) {
    fail({ code: 'invalid_input', path: ['options', 'asOf'], message: `asOf ${asOf} is before the termination date ${o.terminationDate}`, reason: 'too_small' });
  }
  return resolveRecordOptions(o, asOf, path);
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
 * const paid = months.map((m, i) => ({ amount: 462_000, paymentDate: i < 11 ? `2025-${String(i + 2).padStart(2, '0')}-10` : '2026-01-10' }));
 * const check = jkpPeriodCheck({ segment: 'PU', months }, paid, { terminationDate: '2025-12-20', asOf: '2026-01-20' });
 * console.log(check.met, check.monthsInWindow, check.consecutiveBeforeTermination); // true 12 12
 * ```
 */
export function jkpPeriodCheck(schedule: PaymentScheduleInput, payments: readonly PaymentInput[], options: JkpPeriodOptions): JkpPeriodCheck {
  const o = parseInput(JkpPeriodOptionsSchema, options, ['options']);
  const resolved = jkpRecordOptions(o);
  const { record } = recordFrom(schedule, payments, resolved);
  const value = lawValue(resolved.reader, 'benefit.jkp.rules', o.terminationDate, ['options', 'terminationDate']);
  const r = value.value;
  const to = yearMonthOf(o.terminationDate);
  // Months up to the PHK month count once paid by asOf (payments after the PHK for earlier months count).
  const counted = new Set<string>(record.months.filter((m) => m.paymentDate !== null && m.month <= to).map((m) => m.month));
  const from = addMonths(to, -(r.windowMonths - 1));
  const inWindow = [...counted].filter((m) => m >= from).length; // counted holds no month after the PHK month
  const consecutive = consecutiveBackFrom(counted, to);
  const required = !r.consecutiveRuleDisputed || o.applyDisputedConsecutiveRule !== false ? r.minConsecutiveMonths : null;
  const met = inWindow >= r.minContributionMonths && (required === null || consecutive >= required);
  return {
    met,
    window: { from, to },
    monthsInWindow: inWindow,
    requiredInWindow: r.minContributionMonths,
    consecutiveBeforeTermination: consecutive,
    requiredConsecutive: required,
    parameter: value.parameter,
    citations: value.citations,
    rule: jkpPeriod({ inWindow, from, to, minContributionMonths: r.minContributionMonths, consecutive, required, met }),
    lawUsed: lawUsedBy(resolved.reader),
  };
}
