/**
 * Budget questions of a programme of contribution assistance: how many participants a budget
 * covers for a profile and period, and how many months it lasts for a roster.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, fromMonthIndex, monthIndex, MonthRangeSchema, YearMonthSchema, type MonthRange, type YearMonth } from '../core/calendar';
import { fail, isJamsostekError, type PathSegment } from '../core/errors';
import { addRupiah, multiplyRupiah, type AmountInput, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { MonthlyContribution } from '../contributions/lines';
import type { LawUsed } from '../law/lawUsed';
import { contributionOf } from '../contributions/monthly';
import type { ResolvedOptions } from '../contributions/options';
import { BpuProgramsSchema, type BpuParticipant, type BpuProgram } from '../contributions/participant';
import type { Citation } from '../law/citation';
import type { ExplanationStep } from '../law/explanation';
import type { FundingSource } from '../law/parameters/relief';
import { WholeRupiahSchema } from './allocate';
import { LawTally } from './lawTally';
import { BUDGET_TYPES } from './funders';
import * as m from './messages';
import { resolveFundingOptions, type FundingOptions } from './options';
import { PlanProfileSchema, type CohortInput, type PlanProfileInput } from './plan';
import { participantOfProfile, requireJhtForEmployer } from './profile';

const fundedBySchema = z.enum(BUDGET_TYPES, {
  error: 'Say who pays (fundedBy: self, apbn, apbd, apbdes, employer or donor): APBN/APBD funding excludes PP 50/2025 relief',
});

type ParsedProfile = z.output<typeof PlanProfileSchema>;

/** The programmes of a budget question (default JKK + JKM, the assistance norm). */
const DEFAULT_PROGRAMS: readonly BpuProgram[] = Object.freeze(['JKK', 'JKM']);

/** The participant of a profile; an employer without JHT is refused at `path`. */
function participantOf(profile: ParsedProfile, programs: readonly BpuProgram[], fundedBy: FundingSource, path: readonly PathSegment[]): BpuParticipant {
  requireJhtForEmployer(profile, programs, path);
  return participantOfProfile(profile, programs, fundedBy);
}

/**
 * One participant's contribution for a month. An error is rooted in the question: a fact of the
 * profile at `profilePath`, a month the law does not cover at `monthsPath` (where the months are
 * given).
 */
function priced(p: BpuParticipant, month: YearMonth, options: ResolvedOptions, profilePath: readonly PathSegment[], monthsPath: readonly PathSegment[]): MonthlyContribution {
  try {
    return contributionOf(p, month, options);
  } catch (error) {
    if (isJamsostekError(error)) {
      const first = error.issues[0]!;
      fail({ ...first, path: first.path[0] === 'month' ? [...monthsPath] : [...profilePath, ...first.path] });
    }
    throw error;
  }
}

/** A question: how many participants with this profile a budget covers over a period. */
export interface MaxParticipantsInput {
  /** The budget, in whole rupiah. */
  readonly budget: AmountInput;
  /** The contribution months to cover. */
  readonly period: MonthRange | { readonly from: string; readonly to: string };
  /** The participants' profile. */
  readonly profile: PlanProfileInput;
  /** Programmes (default `['JKK', 'JKM']`). */
  readonly programs?: readonly BpuProgram[];
  /** Who pays: decides whether PP 50/2025 relief applies (not for `apbn` or `apbd`). */
  readonly fundedBy: FundingSource;
}

/** One participant's contribution in one month. */
export interface MonthCost {
  /** The contribution month. */
  readonly month: YearMonth;
  /** The contribution billed. */
  readonly amount: Rupiah;
}

/** The answer to {@link maxParticipants}. */
export interface MaxParticipantsResult {
  /** The most participants the budget covers for the whole period (a head count). */
  readonly participantCount: number;
  /** One participant's contributions over the period. */
  readonly costPerParticipant: Rupiah;
  /** participantCount × costPerParticipant. */
  readonly required: Rupiah;
  /** budget − required (less than one participant's cost). */
  readonly leftOver: Rupiah;
  /** One participant's contribution, month by month. */
  readonly months: readonly MonthCost[];
  /** Every parameter value used, with citations. */
  readonly lawUsed: readonly LawUsed[];
  /** The citations of those values, without repeats. */
  readonly citations: readonly Citation[];
  /** True when a value used was projected. */
  readonly projected: boolean;
  /** The arithmetic, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly ExplanationStep[];
}

/** The fields that price one participant over a period. */
const participantCostFields = {
  period: MonthRangeSchema,
  profile: PlanProfileSchema,
  programs: BpuProgramsSchema.optional(),
  fundedBy: fundedBySchema,
};

/** Schema of a {@link MaxParticipantsInput}. */
export const MaxParticipantsSchema = ownStrictObject({ budget: WholeRupiahSchema, ...participantCostFields });

/** Schema of a `ParticipantCostInput` (`participantsForTarget`'s priced cost): a profile, a period, programmes and who pays. */
export const ParticipantCostSchema = ownStrictObject(participantCostFields);

/**
 * The most participants a budget covers (*jumlah peserta maksimal yang dapat dibiayai*) for one
 * profile over a period, each month priced under the law in force for it and the funding
 * source given. The answer is whole people covered for every month of the period; what is left
 * is less than one more person's cost.
 *
 * @example
 * ```ts
 * import { maxParticipants } from 'jamsostek';
 * const r = maxParticipants({
 *   budget: 10_080_000_000,
 *   period: { from: '2026-01', to: '2026-12' },
 *   profile: { income: 1_000_000 },
 *   fundedBy: 'apbd',
 * });
 * console.log(r.participantCount, r.costPerParticipant, r.leftOver); // 50000 201600 0
 * ```
 */
export function maxParticipants(question: MaxParticipantsInput, options?: FundingOptions): MaxParticipantsResult {
  const resolved = resolveFundingOptions(options);
  const q = parseInput(MaxParticipantsSchema, question, ['question']);
  const { cost, months, law } = participantPeriodCost(q, resolved, ['question']);
  if (cost === 0) {
    fail({
      code: 'undefined_by_law',
      path: ['question', 'period'],
      message: `One participant's contributions ${q.period.from} to ${q.period.to} cost Rp0 under the law given (paid by ${q.fundedBy}), so a budget covers any number of participants: there is no maximum`,
    });
  }
  const participantCount = (q.budget - (q.budget % cost)) / cost;
  const required = multiplyRupiah(cost, participantCount);
  const leftOver = (q.budget - required) as Rupiah;
  const report = law.report();
  return {
    participantCount,
    costPerParticipant: cost,
    required,
    leftOver,
    months,
    ...report,
    explanation: [m.participantCostStep(q.period, q.fundedBy, months, cost, report.citations), m.participantsCoveredStep(q.budget, cost, participantCount, required, leftOver)],
  };
}

/**
 * One participant's contributions over a period, each month priced under the law in force for it,
 * and the law used. Shared by {@link maxParticipants} and the coverage questions; `root` is the
 * path of the question (`['question']`, `['question', 'cost']`). @internal
 */
export function participantPeriodCost(
  q: { readonly period: MonthRange; readonly profile: ParsedProfile; readonly programs?: readonly BpuProgram[] | undefined; readonly fundedBy: FundingSource },
  resolved: ResolvedOptions,
  root: readonly PathSegment[],
): { cost: Rupiah; months: MonthCost[]; law: LawTally } {
  const participant = participantOf(q.profile, q.programs ?? DEFAULT_PROGRAMS, q.fundedBy, [...root, 'profile']);
  const months: MonthCost[] = [];
  const law = new LawTally();
  let cost = 0;
  for (let mi = monthIndex(q.period.from); mi <= monthIndex(q.period.to); mi++) {
    const c = priced(participant, fromMonthIndex(mi), resolved, [...root, 'profile'], [...root, 'period']);
    law.addContribution(c);
    months.push({ month: c.month, amount: c.totals.billed });
    cost = addRupiah(cost, c.totals.billed);
  }
  return { cost: cost as Rupiah, months, law };
}

/** A question: how many months a budget lasts for a roster. */
export interface BudgetDurationInput {
  /** The budget, in whole rupiah. */
  readonly budget: AmountInput;
  /** The first contribution month paid. */
  readonly from: string;
  /** The roster, as cohorts. */
  readonly cohorts: readonly CohortInput[];
  /** Programmes (default `['JKK', 'JKM']`). */
  readonly programs?: readonly BpuProgram[];
  /** Who pays: decides whether PP 50/2025 relief applies. */
  readonly fundedBy: FundingSource;
  /** The most months to look ahead (default 120, at most 600). */
  readonly maxMonths?: number;
}

/** The roster's cost in one month, and the budget left after it. */
export interface MonthBalance {
  /** The contribution month. */
  readonly month: YearMonth;
  /** The roster's contributions this month. */
  readonly cost: Rupiah;
  /** The budget left after paying it (unchanged for the first month not paid). */
  readonly remaining: Rupiah;
}

/** The answer to {@link budgetDuration}. */
export interface BudgetDurationResult {
  /** Whole months the budget pays for the whole roster (a count). */
  readonly paidMonths: number;
  /** The last month fully paid, or `null` if not even the first. */
  readonly through: YearMonth | null;
  /** What is left after the last month fully paid. */
  readonly leftOver: Rupiah;
  /** The cost of the first month not paid (`null` if the budget outlasts `maxMonths`). */
  readonly nextMonthCost: Rupiah | null;
  /** How much more the first month not paid needs (`null` if the budget outlasts `maxMonths`). */
  readonly nextMonthShortBy: Rupiah | null;
  /** True when the budget still had money after `maxMonths` months. */
  readonly outlastsHorizon: boolean;
  /** The roster's cost and the budget left, month by month (up to the first month not paid). */
  readonly months: readonly MonthBalance[];
  /** Every parameter value used, with citations. */
  readonly lawUsed: readonly LawUsed[];
  /** The citations of those values, without repeats. */
  readonly citations: readonly Citation[];
  /** True when a value used was projected. */
  readonly projected: boolean;
  /** The arithmetic, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly ExplanationStep[];
}

/** Schema of a {@link BudgetDurationInput}. */
export const BudgetDurationSchema = ownStrictObject({
  budget: WholeRupiahSchema,
  from: YearMonthSchema,
  cohorts: z.array(ownStrictObject({ count: z.number().int().nonnegative().max(100_000_000), profile: PlanProfileSchema })).min(1).max(10_000),
  programs: BpuProgramsSchema.optional(),
  fundedBy: fundedBySchema,
  maxMonths: z.number().int().min(1).max(600).optional(),
});

/** A parsed {@link BudgetDurationInput}. */
type DurationQuestion = z.output<typeof BudgetDurationSchema>;

/**
 * How many months a budget lasts (*berapa bulan anggaran mencukupi*) for a roster, paying every
 * participant's contribution month by month from `from`, each month under the law in force for
 * it. A month counts only if the budget pays it for the whole roster.
 *
 * @example
 * ```ts
 * import { budgetDuration } from 'jamsostek';
 * const r = budgetDuration({
 *   budget: 1_000_000_000,
 *   from: '2026-01',
 *   cohorts: [{ count: 5_000, profile: { income: 1_000_000 } }],
 *   fundedBy: 'apbd',
 * });
 * console.log(r.paidMonths, r.through, r.leftOver); // 11 '2026-11' 76000000
 * ```
 */
export function budgetDuration(question: BudgetDurationInput, options?: FundingOptions): BudgetDurationResult {
  const resolved = resolveFundingOptions(options);
  const q = parseInput(BudgetDurationSchema, question, ['question']);
  const horizon = q.maxMonths ?? 120;
  if (monthIndex(q.from) + horizon - 1 > monthIndex('2199-12')) fail({ code: 'invalid_input', path: ['question', 'maxMonths'], message: 'The horizon runs past 2199-12', reason: 'too_big' });
  const { paidMonths, remaining, nextMonthCost, months, law } = payMonths(q, horizon, resolved);
  const through = paidMonths === 0 ? null : addMonths(q.from, paidMonths - 1);
  const shortBy = nextMonthCost === null ? null : ((nextMonthCost - remaining) as Rupiah);
  const report = law.report();
  return {
    paidMonths,
    through,
    leftOver: remaining,
    nextMonthCost,
    nextMonthShortBy: shortBy,
    outlastsHorizon: nextMonthCost === null,
    months,
    ...report,
    explanation: [
      m.monthsPaidStep(q.budget, paidMonths, q.from, through, remaining, report.citations),
      nextMonthCost === null ? m.outlastsStep(horizon) : m.nextMonthShortStep(addMonths(q.from, paidMonths), nextMonthCost, shortBy!),
    ],
  };
}

/** Pay the roster month by month from the budget, up to the first month it cannot pay in full or the horizon. */
function payMonths(q: DurationQuestion, horizon: number, resolved: ResolvedOptions): { paidMonths: number; remaining: Rupiah; nextMonthCost: Rupiah | null; months: MonthBalance[]; law: LawTally } {
  const programs = q.programs ?? DEFAULT_PROGRAMS;
  const cohorts = q.cohorts.map((c, i) => ({ count: c.count, path: ['question', 'cohorts', i, 'profile'], p: participantOf(c.profile, programs, q.fundedBy, ['question', 'cohorts', i, 'profile']) }));
  const law = new LawTally();
  const months: MonthBalance[] = [];
  let remaining = q.budget as number;
  for (let k = 0; k < horizon; k++) {
    const month = addMonths(q.from, k);
    let cost = 0;
    for (const { count, path, p } of cohorts) {
      if (count === 0) continue;
      const c = priced(p, month, resolved, path, ['question', 'from']);
      law.addContribution(c);
      cost = addRupiah(cost, multiplyRupiah(c.totals.billed, count));
    }
    if (cost > remaining) {
      months.push({ month, cost: cost as Rupiah, remaining: remaining as Rupiah });
      return { paidMonths: k, remaining: remaining as Rupiah, nextMonthCost: cost as Rupiah, months, law };
    }
    remaining -= cost;
    months.push({ month, cost: cost as Rupiah, remaining: remaining as Rupiah });
  }
  return { paidMonths: horizon, remaining: remaining as Rupiah, nextMonthCost: null, months, law };
}
