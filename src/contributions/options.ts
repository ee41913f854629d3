/**
 * Options shared by the contribution functions.
 *
 * @module
 */
import * as z from 'zod';
import { fail } from '../core/errors';
import { HALF_UP_TO_RUPIAH, RoundingSchema, type Rounding } from '../core/money';
import { NO_OPTIONS, ownStrictObject, safeParseOwn } from '../core/validate';
import { baselineLaw, LawRegistrySchema, type LawRegistry } from '../law/registry';
import type { BeyondLastValue } from '../law/timeline';

/** Options of the contribution functions. */
export interface ContributionOptions {
  /** The law to apply (default: the baseline; pass `withOverlay(...)` for another team's values). */
  readonly law?: LawRegistry;
  /** How each line is rounded (default half-up to the whole rupiah, per programme and payer). */
  readonly rounding?: Rounding;
  /**
   * Beyond a value's last month (the JP wage cap runs March to February): `error` (default) or
   * `carryForward`, which reuses the last value and marks the result `projected`.
   */
  readonly beyondLastValue?: BeyondLastValue;
}

/** Schema of {@link ContributionOptions}. */
export const ContributionOptionsSchema = ownStrictObject({
  law: LawRegistrySchema.optional(),
  rounding: RoundingSchema.optional(),
  beyondLastValue: z.enum(['error', 'carryForward']).optional(),
})
  .optional();

/** Parsed options with defaults. @internal */
export interface ResolvedOptions {
  readonly law: LawRegistry;
  readonly rounding: Rounding;
  readonly beyondLastValue: BeyondLastValue;
}

const DEFAULTS: ResolvedOptions = Object.freeze({ law: baselineLaw, rounding: HALF_UP_TO_RUPIAH, beyondLastValue: 'error' });

/** Validate options and fill defaults. @internal */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  const parsed = safeParseOwn(ContributionOptionsSchema, options, ['options']);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!; // a failed parse always has an issue
    fail({ code: 'invalid_input', path: ['options', ...issue.path.map(String)], message: issue.message, reason: issue.code });
  }
  const o = parsed.data ?? NO_OPTIONS;
  return {
    law: o.law ?? baselineLaw,
    rounding: o.rounding === undefined ? HALF_UP_TO_RUPIAH : Object.freeze({ ...o.rounding }),
    beyondLastValue: o.beyondLastValue ?? 'error',
  };
}
