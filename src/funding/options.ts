/**
 * The options of the funding functions that price contributions (`planProgramme`,
 * `maxParticipants`, `budgetDuration`, `participantsForTarget`): the shared law options
 * (`law`, `projection`, and whatever `lawOptionFields` gains) plus the `rounding` of each
 * contribution line. One schema for the four, built on `lawOptionFields`, never a copy of it.
 *
 * @module
 */
import { RoundingSchema, type Rounding } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import { resolveOptions, type ResolvedOptions } from '../contributions/options';
import { CARRY_FORWARD, lawOptionFields, lawOptionsOf, type LawOptions } from '../law/options';

/** The options of the funding functions that price contributions. */
export interface FundingOptions extends LawOptions {
  /** How each contribution line is rounded (default half-up to the whole rupiah). */
  readonly rounding?: Rounding;
}

/** Schema of {@link FundingOptions}. */
export const FundingOptionsSchema = ownStrictObject({ ...lawOptionFields, rounding: RoundingSchema.optional() }).optional();

/**
 * Parse {@link FundingOptions} (errors at `['options', ...]`) and resolve them for the
 * contribution calculation. A projection of either method carries the last known value forward
 * for the BPU parameters a plan reads: none of them is one the law indexes (an `indexed`
 * projection grows only such parameters, as the JP wage cap), and either way the values used are
 * marked `projected`. @internal
 */
export function resolveFundingOptions(options: unknown): ResolvedOptions {
  if (options === undefined) return resolveOptions(undefined);
  const parsed = parseInput(FundingOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const law = lawOptionsOf(parsed as LawOptions);
  return resolveOptions({
    law: law.law,
    ...(law.projection === undefined ? {} : { projection: CARRY_FORWARD }),
    ...(parsed.rounding === undefined ? {} : { rounding: parsed.rounding }),
  });
}
