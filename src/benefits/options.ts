/**
 * The options of the benefit functions: the shared law options (`law`, `projection`, from
 * `src/law/options.ts`) plus `rounding`, and the own keys of a function where it has any.
 *
 * @module
 */
import type * as z from 'zod';
import { HALF_UP_TO_RUPIAH, RoundingSchema, type Rounding } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import { lawOptionFields, lawOptionsOf, type LawOptions, type ResolvedLawOptions } from '../law/options';

/** Options of the benefit functions: which law, beyond its last value a projection, and the rounding. */
export interface BenefitOptions extends LawOptions {
  /** How each computed amount is rounded (default half-up to the whole rupiah). */
  readonly rounding?: Rounding;
}

/** The zod fields of {@link BenefitOptions}, to spread into a function's own options schema. @internal */
export const benefitOptionFields = { ...lawOptionFields, rounding: RoundingSchema.optional() } as const;

/** Schema of {@link BenefitOptions}. */
export const BenefitOptionsSchema = /* @__PURE__ */ ownStrictObject(benefitOptionFields).optional();

/** {@link BenefitOptions} with defaults filled. @internal */
export interface ResolvedBenefitOptions extends ResolvedLawOptions {
  readonly rounding: Rounding;
}

/** Fill the defaults of parsed options (own keys of a function are ignored here). @internal */
export function resolveBenefitOptions(parsed: z.output<typeof BenefitOptionsSchema>): ResolvedBenefitOptions {
  return { ...lawOptionsOf(parsed as LawOptions | undefined), rounding: parsed?.rounding === undefined ? HALF_UP_TO_RUPIAH : Object.freeze({ ...parsed.rounding }) };
}

/** Parse `options` (the function's last argument) and fill the defaults. @internal */
export function parseBenefitOptions(options: unknown): ResolvedBenefitOptions {
  return resolveBenefitOptions(parseInput(BenefitOptionsSchema, options, ['options']));
}
