/**
 * Options shared by the contribution functions: the shared law options (`law`, `projection`)
 * and the rounding of each line.
 *
 * @module
 */
import { fail } from '../core/errors';
import { HALF_UP_TO_RUPIAH, RoundingSchema, type Rounding } from '../core/money';
import { ownStrictObject, safeParseOwn } from '../core/validate';
import { lawOptionFields, lawOptionsOf, type LawOptions, type ResolvedLawOptions } from '../law/options';

/**
 * Options of the contribution functions. Beyond a value's last month (the JP wage cap runs March
 * to February), `projection` answers instead of a `parameter_not_in_force` error:
 * `{ method: 'carry_forward' }` reuses the last value, `{ method: 'indexed', annualGrowthPercent }`
 * indexes the JP wage cap; the result is marked `projected`.
 */
export interface ContributionOptions extends LawOptions {
  /** How each line is rounded (default half-up to the whole rupiah, per programme and payer). */
  readonly rounding?: Rounding;
}

/** The zod fields of {@link ContributionOptions}, to spread into another function's options. @internal */
export const contributionOptionFields = {
  ...lawOptionFields,
  rounding: RoundingSchema.optional(),
} as const;

/** Schema of {@link ContributionOptions}. */
export const ContributionOptionsSchema = ownStrictObject(contributionOptionFields).optional();

/** Parsed options with defaults. @internal */
export interface ResolvedOptions extends ResolvedLawOptions {
  readonly rounding: Rounding;
}

const DEFAULTS: ResolvedOptions = Object.freeze({ ...lawOptionsOf(undefined), rounding: HALF_UP_TO_RUPIAH });

/** Validate options and fill defaults. @internal */
export function resolveOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return DEFAULTS;
  const parsed = safeParseOwn(ContributionOptionsSchema, options, ['options']);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!; // a failed parse always has an issue
    fail({ code: 'invalid_input', path: ['options', ...issue.path.map(String)], message: issue.message, reason: issue.code });
  }
  const o = parsed.data;
  return Object.freeze({
    ...lawOptionsOf(o),
    rounding: o?.rounding === undefined ? HALF_UP_TO_RUPIAH : Object.freeze({ ...o.rounding }),
  });
}
