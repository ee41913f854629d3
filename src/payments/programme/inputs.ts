/**
 * What a programme review reads: cohorts of participants whose contributions a funder pays, the
 * funders' payments (*transfer bantuan iuran*), and the options of the review.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, MAX_RANGE_MONTHS, MonthRangeSchema, YearMonthSchema } from '../../core/calendar';
import { positiveSenSchema, type AmountInput } from '../../core/money';
import { ownStrictObject } from '../../core/validate';
import { lawOptionFields, type LawOptions } from '../../law/options';
import type { PaymentSegment } from '../law';
import { wholeRupiah } from '../record';

/** A participant of a cohort: an id, or an id with facts. */
export type ProgrammeParticipantInput = string | { readonly id: string; readonly membershipStartDate?: string; readonly jhtClaimed?: boolean };

/** A funder's payment for a cohort (*transfer bantuan iuran*). */
export interface FunderPaymentInput {
  /** The funder's reference. */
  readonly id?: string;
  /** The date the funder paid BPJS. */
  readonly paymentDate: string;
  /** The iuran months paid for. */
  readonly months: readonly string[];
  /** The participants paid for (default: every participant of the cohort). */
  readonly participants?: readonly string[];
  /** The amount transferred, if known: checked against what the months and participants cost. */
  readonly amount?: AmountInput;
}

/** A cohort: participants sharing a funder, a region, months and a monthly contribution. */
export interface ProgrammeCohortInput {
  /** The cohort's id. */
  readonly id: string;
  /** Who pays (e.g. `Pemprov NTT`, `Pemkab Kupang`). */
  readonly funder: string;
  /** The region the cohort belongs to (e.g. `Kabupaten Kupang`). */
  readonly region: string;
  /** PU or BPU (default BPU, the usual case of assistance programmes). */
  readonly segment?: PaymentSegment;
  /** The months the programme pays for (inclusive). */
  readonly period: { readonly from: string; readonly to: string };
  /** The contribution per participant per month (whole rupiah), e.g. 16,800. */
  readonly contributionPerParticipant: AmountInput;
  /** The participants. */
  readonly participants: readonly ProgrammeParticipantInput[];
  /** The funder's payments. */
  readonly payments: readonly FunderPaymentInput[];
}

/** Options of {@link programmeProtection}. */
export interface ProgrammeProtectionOptions extends LawOptions {
  /** The date of the review. */
  readonly asOf: string;
  /** Flag as at risk a participant whose next unpaid month falls due within this many days (default 30; a choice of the reviewer, not of law). */
  readonly warningDays?: number;
}

/** Schema of a {@link FunderPaymentInput}. */
export const FunderPaymentSchema = ownStrictObject({
  id: z.string().min(1).max(100).optional(),
  paymentDate: CalendarDateSchema,
  months: z.array(YearMonthSchema).min(1).max(MAX_RANGE_MONTHS),
  participants: z.array(z.string().min(1).max(100)).min(1).optional(),
  amount: wholeRupiah(positiveSenSchema).optional(),
});

/** Schema of a {@link ProgrammeParticipantInput}. */
export const ProgrammeParticipantSchema = z.union([
  z.string().min(1).max(100),
  ownStrictObject({ id: z.string().min(1).max(100), membershipStartDate: CalendarDateSchema.optional(), jhtClaimed: z.boolean().optional() }),
]);

/** Schema of a {@link ProgrammeCohortInput}. */
export const ProgrammeCohortSchema = ownStrictObject({
  id: z.string().min(1).max(100),
  funder: z.string().min(1).max(200),
  region: z.string().min(1).max(200),
  segment: z.enum(['PU', 'BPU']).optional(),
  period: MonthRangeSchema,
  contributionPerParticipant: wholeRupiah(positiveSenSchema),
  participants: z.array(ProgrammeParticipantSchema).min(1).max(1_000_000),
  payments: z.array(FunderPaymentSchema).max(10_000),
});

/** Schema of the cohorts. */
export const ProgrammeCohortsSchema = z.array(ProgrammeCohortSchema).min(1).max(10_000);

/** Schema of {@link ProgrammeProtectionOptions}. */
export const ProgrammeProtectionOptionsSchema = ownStrictObject({
  asOf: CalendarDateSchema,
  warningDays: z.number().int().min(0).max(366).optional(),
  ...lawOptionFields,
});

/** A parsed cohort. @internal */
export type ParsedCohort = z.output<typeof ProgrammeCohortSchema>;
