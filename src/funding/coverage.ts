/**
 * Coverage figures (*Universal Coverage Jamsostek*, UCJ): the share of a workforce that is
 * protected, its change in points between two years, and what a target ratio needs. Exact
 * rationals; display values are rounded by a named rounding.
 *
 * The official UCJ numerator and denominator are not published (domain brief §9, §12 item 12):
 * the caller decides what "participants" and "workforce" mean (e.g. active BPJS TK participants
 * over BPS *penduduk bekerja*, or JKK + JKM participants in the BPU segment over the BPU universe,
 * SDG indicator 8.8.1(a)), and the functions only do the arithmetic.
 *
 * @module
 */
import * as z from 'zod';
import { fail } from '../core/errors';
import { divideRoundedBig, multiplyRupiah, type AmountInput, type RoundingMode, type Rupiah } from '../core/money';
import { hasOwn, NO_OPTIONS, ownRecord, ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import type { ResolvedOptions } from '../contributions/options';
import type { BpuProgram } from '../contributions/participant';
import type { Citation } from '../law/citation';
import type { ExplanationStep } from '../law/explanation';
import type { FundingSource } from '../law/parameters/relief';
import { WholeRupiahSchema } from './allocate';
import { ParticipantCostSchema, participantPeriodCost } from './budget';
import { LawTally } from './lawTally';
import * as m from './messages';
import { resolveFundingOptions, type FundingOptions } from './options';
import type { PlanProfileInput } from './plan';
import { decimalToUnits, fraction, rationalText, reduced, roundedDecimal, type Fraction } from './rational';

/** How a percentage is shown: a rounding mode and a number of decimals (default half-up, 2 decimals). */
export interface PercentRounding {
  /** Rounding mode (default `half_up`). */
  readonly mode?: RoundingMode;
  /** Decimals shown (default 2, at most 10). */
  readonly decimals?: number;
}

/** Schema of a {@link PercentRounding}. */
export const PercentRoundingSchema = ownStrictObject({ mode: z.enum(['half_up', 'half_even', 'half_down', 'down', 'up']).optional(), decimals: z.number().int().min(0).max(10).optional() });

/** The options of {@link coverageRatio} and {@link coverageChange} (they read no law). */
export interface CoverageOptions {
  /** How the percentage shown is rounded (default half-up to 2 decimals). */
  readonly rounding?: PercentRounding;
}

/** Schema of {@link CoverageOptions}. */
export const CoverageOptionsSchema = ownStrictObject({ rounding: PercentRoundingSchema.optional() }).optional();

/** Coverage counts: protected workers (numerator) and workforce (denominator). */
export interface CoverageCounts {
  /** Protected workers (a head count). */
  readonly participantCount: number;
  /** Workforce (a head count, more than zero). */
  readonly workforce: number;
}

/** A coverage ratio. */
export interface CoverageRatio {
  /** Protected workers (numerator, a head count). */
  readonly participantCount: number;
  /** Workforce (denominator). */
  readonly workforce: number;
  /** participantCount / workforce, reduced. */
  readonly fraction: Fraction;
  /** The exact percentage: a terminating decimal, or a reduced fraction `n/d`. */
  readonly percentExact: string;
  /** The percentage rounded for display, with exactly `rounding.decimals` decimals. */
  readonly percent: string;
  /** The display rounding applied. */
  readonly rounding: { readonly mode: RoundingMode; readonly decimals: number };
}

const countSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const workforceSchema = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const PERCENT_SCALE = 8;

/** Schema of {@link CoverageCounts}: whole counts (workforce > 0). */
export const CoverageCountsSchema = ownStrictObject({ participantCount: countSchema, workforce: workforceSchema });

/** Schema of a percentage written as decimal text (`"45.83"`), at most 8 decimals. */
export const PercentTextSchema = z.string().regex(/^\d{1,3}(?:\.\d{1,8})?$/, 'Expected a percentage as decimal text such as "45.83"');

/** The display rounding of parsed options, defaults filled. */
function roundingOf(options: z.output<typeof CoverageOptionsSchema>): { mode: RoundingMode; decimals: number } {
  const r = (options ?? NO_OPTIONS).rounding;
  return { mode: r?.mode ?? 'half_up', decimals: r?.decimals ?? 2 };
}

/**
 * The coverage ratio (*rasio cakupan kepesertaan*): participants ÷ workforce, exact, and as a
 * percentage rounded for display by a named rounding (default half-up to 2 decimals).
 *
 * @example
 * ```ts
 * import { coverageRatio } from 'jamsostek';
 * const r = coverageRatio({ participantCount: 49_000_000, workforce: 92_000_000 });
 * console.log(r.fraction, r.percent); // { numerator: '49', denominator: '92' } '53.26'
 * coverageRatio({ participantCount: 49_000_000, workforce: 92_000_000 }, { rounding: { mode: 'down', decimals: 1 } }).percent; // '53.2'
 * ```
 */
export function coverageRatio(counts: CoverageCounts, options?: CoverageOptions): CoverageRatio {
  const c = parseInput(CoverageCountsSchema, counts, ['counts']);
  const r = roundingOf(parseInput(CoverageOptionsSchema, options, ['options']));
  const n = BigInt(c.participantCount) * 100n;
  const d = BigInt(c.workforce);
  return {
    participantCount: c.participantCount,
    workforce: c.workforce,
    fraction: fraction(BigInt(c.participantCount), d),
    percentExact: rationalText(n, d),
    percent: roundedDecimal(n, d, r.decimals, r.mode),
    rounding: r,
  };
}

/** A coverage figure: counts, or a published percentage (`{ percent: '45.83' }`). */
export type CoverageFigure = CoverageCounts | { readonly percent: string };

const CoverageFigureSchema = z.union([CoverageCountsSchema, ownStrictObject({ percent: PercentTextSchema })]);

/** The change in coverage between two figures. */
export interface CoverageChange {
  /** The earlier percentage, exact. */
  readonly fromPercent: string;
  /** The later percentage, exact. */
  readonly toPercent: string;
  /** later − earlier in percentage points, exact (a decimal or a fraction `n/d`; negative for a fall). */
  readonly pointsExact: string;
  /** The change in points, rounded for display. */
  readonly points: string;
  /** The display rounding applied. */
  readonly rounding: { readonly mode: RoundingMode; readonly decimals: number };
}

function percentOf(f: z.output<typeof CoverageFigureSchema>): { n: bigint; d: bigint } {
  if (hasOwn(f, 'percent')) return reduced(decimalToUnits(f.percent, PERCENT_SCALE), 10n ** BigInt(PERCENT_SCALE));
  return reduced(BigInt(f.participantCount) * 100n, BigInt(f.workforce));
}

/**
 * The change in coverage between two years in percentage points (*kenaikan poin UCJ*), exact,
 * and rounded for display. Each figure is counts or a published percentage.
 *
 * @example
 * ```ts
 * import { coverageChange } from 'jamsostek';
 * // NTT: 45.83 % in 2025, "about 8 points" above 2024 (37.83 % assumed for the example)
 * coverageChange({ percent: '37.83' }, { percent: '45.83' }).points; // '8.00'
 * coverageChange({ participantCount: 1, workforce: 3 }, { participantCount: 1, workforce: 2 }, { rounding: { decimals: 1 } }).points; // '16.7'
 * ```
 */
export function coverageChange(from: CoverageFigure, to: CoverageFigure, options?: CoverageOptions): CoverageChange {
  const a = percentOf(parseInput(CoverageFigureSchema, from, ['from']));
  const b = percentOf(parseInput(CoverageFigureSchema, to, ['to']));
  const r = roundingOf(parseInput(CoverageOptionsSchema, options, ['options']));
  const n = b.n * a.d - a.n * b.d;
  const d = a.d * b.d;
  return {
    fromPercent: rationalText(a.n, a.d),
    toPercent: rationalText(b.n, b.d),
    pointsExact: rationalText(n, d),
    points: roundedDecimal(n, d, r.decimals, r.mode),
    rounding: r,
  };
}

/** What one more participant costs, priced from a profile over a period (as in {@link maxParticipants}). */
export interface ParticipantCostInput {
  /** The contribution months to price. */
  readonly period: { readonly from: string; readonly to: string };
  /** The participant's profile. */
  readonly profile: PlanProfileInput;
  /** Programmes (default `['JKK', 'JKM']`). */
  readonly programs?: readonly BpuProgram[];
  /** Who pays: decides whether PP 50/2025 relief applies. */
  readonly fundedBy: FundingSource;
}

/** A question: how many more participants (and what budget) a target coverage ratio needs. */
export interface CoverageTargetInput {
  /** Participants now (a head count). */
  readonly participantCount: number;
  /** Workforce. */
  readonly workforce: number;
  /** The target, in percent as decimal text (`"52.15"`). */
  readonly targetPercent: string;
  /**
   * What one more participant costs: a whole-rupiah amount, or a profile priced over a period
   * (as in {@link maxParticipants}). Without it, no budget is computed.
   */
  readonly cost?: AmountInput | ParticipantCostInput;
}

/** The answer to {@link participantsForTarget}. */
export interface CoverageTargetResult {
  /** Participants needed to reach the target: ⌈target × workforce / 100⌉ (a head count). */
  readonly requiredParticipantCount: number;
  /** More participants needed (0 if the target is already met). */
  readonly additionalParticipantCount: number;
  /** The cost of one more participant, if a cost was given. */
  readonly costPerParticipant: Rupiah | null;
  /** additionalParticipantCount × costPerParticipant, if a cost was given. */
  readonly budget: Rupiah | null;
  /** The coverage reached with the required participants. */
  readonly reached: CoverageRatio;
  /** Every parameter value used to price the cost (empty when the cost is given as an amount, or not at all). */
  readonly lawUsed: readonly LawUsed[];
  /** The citations of those values, without repeats. */
  readonly citations: readonly Citation[];
  /** True when a value used was projected. */
  readonly projected: boolean;
  /** The arithmetic, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly ExplanationStep[];
}

/** Schema of a {@link CoverageTargetInput}. */
export const CoverageTargetSchema = ownStrictObject({
  participantCount: countSchema,
  workforce: workforceSchema,
  targetPercent: PercentTextSchema,
  cost: z.union([WholeRupiahSchema, ownRecord(z.string(), z.unknown())]).optional(),
});

/**
 * How many more participants a target coverage ratio needs (*tambahan peserta untuk mencapai
 * target UCJ*): ⌈target × workforce / 100⌉ − participants (the target is reached, not
 * approached), and, given the cost of one participant, the budget for them.
 *
 * @example
 * ```ts
 * import { participantsForTarget } from 'jamsostek';
 * const r = participantsForTarget({
 *   participantCount: 458_300, workforce: 1_000_000, targetPercent: '50',
 *   cost: { period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' },
 * });
 * console.log(r.additionalParticipantCount, r.budget); // 41700 8406720000
 * ```
 */
export function participantsForTarget(question: CoverageTargetInput, options?: FundingOptions): CoverageTargetResult {
  const resolved = resolveFundingOptions(options);
  const q = parseInput(CoverageTargetSchema, question, ['question']);
  const target = decimalToUnits(q.targetPercent, PERCENT_SCALE);
  const scale = 100n * 10n ** BigInt(PERCENT_SCALE);
  const required = divideRoundedBig(target * BigInt(q.workforce), scale, 'up');
  if (required > BigInt(Number.MAX_SAFE_INTEGER)) fail({ code: 'amount_out_of_range', path: ['question', 'targetPercent'], message: 'Target out of range' });
  const requiredCount = Number(required);
  const additional = requiredCount > q.participantCount ? requiredCount - q.participantCount : 0;
  const priced = q.cost === undefined ? null : typeof q.cost === 'number' ? { cost: q.cost, law: new LawTally() } : pricedCost(q.cost, resolved);
  const report = (priced?.law ?? new LawTally()).report();
  const explanation = [m.targetStep(q.targetPercent, q.workforce, rationalText(target * BigInt(q.workforce), scale), requiredCount, q.participantCount, additional)];
  const budget = priced === null ? null : multiplyRupiah(priced.cost, additional);
  if (priced !== null) explanation.push(m.targetBudgetStep(additional, priced.cost, budget!, report.citations));
  return {
    requiredParticipantCount: requiredCount,
    additionalParticipantCount: additional,
    costPerParticipant: priced?.cost ?? null,
    budget,
    reached: coverageRatio({ participantCount: Math.max(requiredCount, q.participantCount), workforce: q.workforce }),
    ...report,
    explanation,
  };
}

/** One participant's cost from a profile over a period; errors at `['question', 'cost', ...]`. */
function pricedCost(cost: Readonly<Record<string, unknown>>, resolved: ResolvedOptions): { cost: Rupiah; law: LawTally } {
  const parsed = parseInput(ParticipantCostSchema, cost, ['question', 'cost']);
  const { cost: amount, law } = participantPeriodCost(parsed, resolved, ['question', 'cost']);
  return { cost: amount, law };
}
