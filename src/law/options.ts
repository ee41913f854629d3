/**
 * The options every function that reads the law shares, defined once: which law (`law`), and
 * what to do beyond the last known value of a parameter (`projection`). Functions extend
 * {@link lawOptionFields} with their own keys; none copies it.
 *
 * @module
 */
import * as z from 'zod';
import { baselineLaw, LawRegistrySchema, type LawRegistry } from './registry';
import { ownStrictObject } from '../core/validate';

/**
 * How to answer beyond the last known value of a parameter (a projection, *proyeksi*), marked
 * `projected` wherever it is used: `carry_forward` reuses the last value; `indexed` grows it by an
 * assumed yearly rate (only for parameters the law indexes, such as the JP wage cap). Without a
 * projection, a month beyond the last value is a typed `parameter_not_in_force` error.
 */
export type Projection =
  | { readonly method: 'carry_forward' }
  | {
      readonly method: 'indexed';
      /** Assumed yearly growth as percent text, e.g. `"5.0"` (negative allowed). */
      readonly annualGrowthPercent: string;
    };

/** Schema of {@link Projection}. */
export const ProjectionSchema = /* @__PURE__ */ z.discriminatedUnion('method', [
  ownStrictObject({ method: z.literal('carry_forward') }),
  ownStrictObject({
    method: z.literal('indexed'),
    annualGrowthPercent: z.string().regex(/^-?\d{1,2}(?:\.\d{1,4})?$/, 'Expected growth as percent text such as "5.0"'),
  }),
]);

/**
 * The projection that carries the last value forward: what either projection means for a
 * parameter the law does not index (an `indexed` projection grows only the JP wage cap). @internal
 */
export const CARRY_FORWARD: Projection = /* @__PURE__ */ Object.freeze({ method: 'carry_forward' });

/** The options shared by every function that reads the law. */
export interface LawOptions {
  /** The law to apply (default: the baseline; pass `withOverlay(...)` for another team's values). */
  readonly law?: LawRegistry;
  /** Beyond the last known value of a parameter: a projection, marked as such (default: none, a typed error). */
  readonly projection?: Projection;
}

/** The zod fields of {@link LawOptions}, to spread into a function's own options schema. @internal */
export const lawOptionFields = {
  law: LawRegistrySchema.optional(),
  projection: ProjectionSchema.optional(),
} as const;

/** {@link LawOptions} with defaults filled. @internal */
export interface ResolvedLawOptions {
  readonly law: LawRegistry;
  readonly projection: Projection | undefined;
}

/** {@link LawOptions} as a schema built from {@link lawOptionFields} parses them. @internal */
export type ParsedLawOptions = { readonly [K in keyof LawOptions]?: LawOptions[K] | undefined };

/**
 * Fill the defaults of parsed {@link LawOptions} (absent options: `undefined`). Every function
 * that reads the law resolves its options here, so that a field added to the shared options
 * reaches all of them. @internal
 */
export function lawOptionsOf(parsed: ParsedLawOptions | undefined): ResolvedLawOptions {
  return { law: parsed?.law ?? baselineLaw, projection: parsed?.projection };
}
