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
import { fail, isJamsostekError } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { divideRoundedBig, formatRupiah, multiplyRupiah, type AmountInput, type RoundingMode, type Rupiah } from '../core/money';
import { hasOwn, ownRecord, ownStrictObject, parseInput } from '../core/validate';
import { resolveOptions, type ContributionOptions } from '../contributions/options';
import type { BpuProgram } from '../contributions/participant';
import type { FundingSource } from '../law/parameters/relief';
import { WholeRupiahSchema } from './allocate';
import { MaxParticipantsSchema, participantPeriodCost } from './budget';
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
export const PercentRoundingSchema = ownStrictObject({ mode: z.enum(['half_up', 'half_even', 'half_down', 'down', 'up']).optional(), decimals: z.number().int().min(0).max(10).optional() })
  .optional();

/** A coverage ratio. */
export interface CoverageRatio {
  /** Protected workers (numerator). */
  readonly participants: number;
  /** Workforce (denominator). */
  readonly workforce: number;
  /** participants / workforce, reduced. */
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

/** Schema of a coverage question: participants and workforce as whole counts (workforce > 0). */
export const CoverageCountsSchema = ownStrictObject({ participants: countSchema, workforce: workforceSchema });

/** Schema of a percentage written as decimal text (`"45.83"`), at most 8 decimals. */
export const PercentTextSchema = z.string().regex(/^\d{1,3}(?:\.\d{1,8})?$/, 'Expected a percentage as decimal text such as "45.83"');

function roundingOf(r: z.output<typeof PercentRoundingSchema>): { mode: RoundingMode; decimals: number } {
  return { mode: r?.mode ?? 'half_up', decimals: r?.decimals ?? 2 };
}

/**
 * The coverage ratio (*rasio cakupan kepesertaan*): participants ÷ workforce, exact, and as a
 * percentage rounded for display by a named rounding (default half-up to 2 decimals).
 *
 * @example
 * ```ts
 * import { coverageRatio } from 'jamsostek';
 * const r = coverageRatio({ participants: 49_000_000, workforce: 92_000_000 });
 * console.log(r.fraction, r.percent); // { numerator: '49', denominator: '92' } '53.26'
 * ```
 */
export function coverageRatio(counts: { readonly participants: number; readonly workforce: number }, rounding?: PercentRounding): CoverageRatio {
  const c = parseInput(CoverageCountsSchema, counts, ['counts']);
  const r = roundingOf(parseInput(PercentRoundingSchema, rounding, ['rounding']));
  const n = BigInt(c.participants) * 100n;
  const d = BigInt(c.workforce);
  return {
    participants: c.participants,
    workforce: c.workforce,
    fraction: fraction(BigInt(c.participants), d),
    percentExact: rationalText(n, d),
    percent: roundedDecimal(n, d, r.decimals, r.mode),
    rounding: r,
  };
}

/** A coverage figure: counts, or a published percentage (`{ percent: '45.83' }`). */
export type CoverageFigure = { readonly participants: number; readonly workforce: number } | { readonly percent: string };

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
  return reduced(BigInt(f.participants) * 100n, BigInt(f.workforce));
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
 * ```
 */
export function coverageChange(from: CoverageFigure, to: CoverageFigure, rounding?: PercentRounding): CoverageChange {
  const a = percentOf(parseInput(CoverageFigureSchema, from, ['from']));
  const b = percentOf(parseInput(CoverageFigureSchema, to, ['to']));
  const r = roundingOf(parseInput(PercentRoundingSchema, rounding, ['rounding']));
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

/** A question: how many more participants (and what budget) a target coverage ratio needs. */
export interface CoverageTargetInput {
  /** Participants now. */
  readonly participants: number;
  /** Workforce. */
  readonly workforce: number;
  /** The target, in percent as decimal text (`"52.15"`). */
  readonly targetPercent: string;
  /**
   * What one more participant costs: a whole-rupiah amount, or a profile priced over a period
   * (as in {@link maxParticipants}). Without it, no budget is computed.
   */
  readonly cost?:
    | AmountInput
    | {
        readonly period: { readonly from: string; readonly to: string };
        readonly profile: PlanProfileInput;
        readonly programs?: readonly BpuProgram[];
        readonly fundedBy: FundingSource;
      };
}

/** The answer to {@link participantsForTarget}. */
export interface CoverageTargetResult {
  /** Participants needed to reach the target: ⌈target × workforce / 100⌉. */
  readonly requiredParticipants: number;
  /** More participants needed (0 if the target is already met). */
  readonly additionalParticipants: number;
  /** The cost of one more participant, if a cost was given. */
  readonly costPerParticipant: Rupiah | null;
  /** additionalParticipants × costPerParticipant, if a cost was given. */
  readonly budget: Rupiah | null;
  /** The coverage reached with the required participants. */
  readonly reached: CoverageRatio;
  /** The arithmetic, in Bahasa Indonesia and English. */
  readonly explanation: readonly BilingualText[];
}

/** Schema of a {@link CoverageTargetInput}. */
export const CoverageTargetSchema = ownStrictObject({
  participants: countSchema,
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
 *   participants: 458_300, workforce: 1_000_000, targetPercent: '50',
 *   cost: { period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' },
 * });
 * console.log(r.additionalParticipants, r.budget); // 41700 8406720000
 * ```
 */
export function participantsForTarget(question: CoverageTargetInput, options?: ContributionOptions): CoverageTargetResult {
  const q = parseInput(CoverageTargetSchema, question, ['question']);
  const target = decimalToUnits(q.targetPercent, PERCENT_SCALE);
  const scale = 100n * 10n ** BigInt(PERCENT_SCALE);
  const required = divideRoundedBig(target * BigInt(q.workforce), scale, 'up');
  if (required > BigInt(Number.MAX_SAFE_INTEGER)) fail({ code: 'amount_out_of_range', path: ['question', 'targetPercent'], message: 'Target out of range' });
  const requiredParticipants = Number(required);
  const additional = requiredParticipants > q.participants ? requiredParticipants - q.participants : 0;
  let costPerParticipant: Rupiah | null = null;
  if (typeof q.cost === 'number') costPerParticipant = q.cost;
  else if (q.cost !== undefined) {
    const resolved = resolveOptions(options); // an options error keeps its own path
    try {
      const cost = parseInput(MaxParticipantsSchema, { budget: 0, ...(q.cost as object) }, ['question']);
      costPerParticipant = participantPeriodCost(cost, resolved).cost;
    } catch (error) {
      if (isJamsostekError(error)) {
        const first = error.issues[0]!;
        fail({ ...first, path: ['question', 'cost', ...first.path.slice(1)] });
      }
      throw error;
    }
  }
  let budget: Rupiah | null = null;
  const reached = coverageRatio({ participants: Math.max(requiredParticipants, q.participants), workforce: q.workforce });
  const explanation: BilingualText[] = [
    text(
      `Target ${q.targetPercent} % × ${q.workforce} pekerja / 100 = ${rationalText(target * BigInt(q.workforce), scale)}, dibulatkan ke atas = ${requiredParticipants} peserta; tambahan ${requiredParticipants} − ${q.participants} = ${additional}`,
      `Target ${q.targetPercent} % × ${q.workforce} workers / 100 = ${rationalText(target * BigInt(q.workforce), scale)}, rounded up = ${requiredParticipants} participants; more needed ${requiredParticipants} − ${q.participants} = ${additional}`,
    ),
  ];
  if (costPerParticipant !== null) {
    budget = multiplyRupiah(costPerParticipant, additional);
    explanation.push(text(`Anggaran: ${additional} × ${formatRupiah(costPerParticipant)} = ${formatRupiah(budget)}`, `Budget: ${additional} × ${formatRupiah(costPerParticipant)} = ${formatRupiah(budget)}`));
  }
  return { requiredParticipants, additionalParticipants: additional, costPerParticipant, budget, reached, explanation };
}
