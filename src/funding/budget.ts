/**
 * Budget questions of a programme of contribution assistance: how many participants a budget
 * covers for a profile and period, and how many months it lasts for a roster.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, fromMonthIndex, monthIndex, MonthRangeSchema, YearMonthSchema, type MonthRange, type YearMonth } from '../core/calendar';
import { fail, isJamsostekError } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { addRupiah, formatRupiah, multiplyRupiah, type AmountInput, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { MonthlyContribution } from '../contributions/lines';
import { contributionOf } from '../contributions/monthly';
import { resolveOptions, type ContributionOptions, type ResolvedOptions } from '../contributions/options';
import type { BpuParticipant, BpuProgram } from '../contributions/participant';
import type { FundingSource } from '../law/parameters/relief';
import { WholeRupiahSchema } from './allocate';
import { PlanProfileSchema, type CohortInput, type PlanProfileInput } from './plan';

const programsSchema = z
  .array(z.enum(['JKK', 'JKM', 'JHT']))
  .min(2)
  .max(3)
  .refine((p) => p.includes('JKK') && p.includes('JKM') && new Set(p).size === p.length, 'Programmes must include JKK and JKM, each once');

const fundedBySchema = z.enum(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor'], {
  error: 'Say who pays (fundedBy: self, apbn, apbd, apbdes, employer or donor): APBN/APBD funding excludes PP 50/2025 relief',
});

type ParsedProfile = z.output<typeof PlanProfileSchema>;

function participantOf(profile: ParsedProfile, programs: readonly BpuProgram[], fundedBy: FundingSource, path: readonly (string | number)[]): BpuParticipant {
  if (profile.isEmployer === true && !programs.includes('JHT')) {
    fail({ code: 'invalid_input', path: [...path, 'isEmployer'], message: 'A BPU participant who is an employer must also pay JHT: add "JHT" to programs', reason: 'custom' });
  }
  return {
    segment: 'BPU',
    income: profile.income,
    programs: [...programs],
    fundedBy,
    ...(profile.sector === undefined ? {} : { sector: profile.sector }),
    ...(profile.isEmployer === undefined ? {} : { isEmployer: profile.isEmployer }),
  };
}

/** One participant's contribution for a month, with error paths pointing at the profile. */
function priced(p: BpuParticipant, month: YearMonth, options: ResolvedOptions, path: readonly (string | number)[]): MonthlyContribution {
  try {
    return contributionOf(p, month, options);
  } catch (error) {
    if (isJamsostekError(error)) {
      const first = error.issues[0]!;
      fail({ ...first, path: [...path, ...first.path] });
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

/** The answer to {@link maxParticipants}. */
export interface MaxParticipantsResult {
  /** The most participants the budget covers for the whole period. */
  readonly participants: number;
  /** One participant's contributions over the period. */
  readonly costPerParticipant: Rupiah;
  /** participants × costPerParticipant. */
  readonly required: Rupiah;
  /** budget − required (less than one participant's cost). */
  readonly leftOver: Rupiah;
  /** One participant's contribution per month. */
  readonly perMonth: readonly { readonly month: YearMonth; readonly amount: Rupiah }[];
  /** The arithmetic, in Bahasa Indonesia and English. */
  readonly explanation: readonly BilingualText[];
}

/** Schema of a {@link MaxParticipantsInput}. */
export const MaxParticipantsSchema = ownStrictObject({
  budget: WholeRupiahSchema,
  period: MonthRangeSchema,
  profile: PlanProfileSchema,
  programs: programsSchema.optional(),
  fundedBy: fundedBySchema,
});

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
 * console.log(r.participants, r.costPerParticipant, r.leftOver); // 50000 201600 0
 * ```
 */
export function maxParticipants(question: MaxParticipantsInput, options?: ContributionOptions): MaxParticipantsResult {
  const resolved = resolveOptions(options);
  const q = parseInput(MaxParticipantsSchema, question, ['question']);
  const { cost, perMonth } = participantPeriodCost(q, resolved);
  if (cost === 0) {
    fail({
      code: 'undefined_by_law',
      path: ['question', 'period'],
      message: `One participant's contributions ${q.period.from} to ${q.period.to} cost Rp0 under the law given (paid by ${q.fundedBy}), so a budget covers any number of participants: there is no maximum`,
    });
  }
  const participants = (q.budget - (q.budget % cost)) / cost;
  const required = multiplyRupiah(cost, participants);
  const leftOver = (q.budget - required) as Rupiah;
  return {
    participants,
    costPerParticipant: cost as Rupiah,
    required,
    leftOver,
    perMonth,
    explanation: [
      text(
        `Iuran satu peserta ${q.period.from} s.d. ${q.period.to} (dibayar ${q.fundedBy}): ${perMonth.map((m) => formatRupiah(m.amount)).join(' + ')} = ${formatRupiah(cost)}`,
        `One participant's contributions ${q.period.from} to ${q.period.to} (paid by ${q.fundedBy}): ${perMonth.map((m) => formatRupiah(m.amount)).join(' + ')} = ${formatRupiah(cost)}`,
      ),
      text(
        `${formatRupiah(q.budget)} ÷ ${formatRupiah(cost)} = ${participants} peserta (dibulatkan ke bawah); terpakai ${formatRupiah(required)}, sisa ${formatRupiah(leftOver)}`,
        `${formatRupiah(q.budget)} ÷ ${formatRupiah(cost)} = ${participants} participants (rounded down); used ${formatRupiah(required)}, left over ${formatRupiah(leftOver)}`,
      ),
    ],
  };
}

/**
 * One participant's contributions over a period, each month priced under the law in force for it.
 * Shared by {@link maxParticipants} and the coverage questions. @internal
 */
export function participantPeriodCost(
  q: { readonly period: MonthRange; readonly profile: z.output<typeof PlanProfileSchema>; readonly programs?: readonly BpuProgram[] | undefined; readonly fundedBy: FundingSource },
  resolved: ResolvedOptions,
): { cost: Rupiah; perMonth: { month: YearMonth; amount: Rupiah }[] } {
  const programs = q.programs ?? (['JKK', 'JKM'] as BpuProgram[]);
  const participant = participantOf(q.profile, programs, q.fundedBy, ['question', 'profile']);
  const perMonth: { month: YearMonth; amount: Rupiah }[] = [];
  let cost = 0;
  for (let mi = monthIndex(q.period.from); mi <= monthIndex(q.period.to); mi++) {
    const c = priced(participant, fromMonthIndex(mi), resolved, ['question', 'profile']);
    perMonth.push({ month: c.month, amount: c.totals.billed });
    cost = addRupiah(cost, c.totals.billed);
  }
  return { cost: cost as Rupiah, perMonth };
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

/** The answer to {@link budgetDuration}. */
export interface BudgetDurationResult {
  /** Whole months the budget pays for the whole roster. */
  readonly months: number;
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
  readonly perMonth: readonly { readonly month: YearMonth; readonly cost: Rupiah; readonly remaining: Rupiah }[];
  /** The arithmetic, in Bahasa Indonesia and English. */
  readonly explanation: readonly BilingualText[];
}

/** Schema of a {@link BudgetDurationInput}. */
export const BudgetDurationSchema = ownStrictObject({
  budget: WholeRupiahSchema,
  from: YearMonthSchema,
  cohorts: z.array(ownStrictObject({ count: z.number().int().nonnegative().max(100_000_000), profile: PlanProfileSchema })).min(1).max(10_000),
  programs: programsSchema.optional(),
  fundedBy: fundedBySchema,
  maxMonths: z.number().int().min(1).max(600).optional(),
});

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
 * console.log(r.months, r.through, r.leftOver); // 11 '2026-11' 76000000
 * ```
 */
export function budgetDuration(question: BudgetDurationInput, options?: ContributionOptions): BudgetDurationResult {
  const resolved = resolveOptions(options);
  const q = parseInput(BudgetDurationSchema, question, ['question']);
  const programs = q.programs ?? (['JKK', 'JKM'] as BpuProgram[]);
  const participants = q.cohorts.map((c, i) => ({ count: c.count, p: participantOf(c.profile, programs, q.fundedBy, ['question', 'cohorts', i, 'profile']) }));
  const horizon = q.maxMonths ?? 120;
  if (monthIndex(q.from) + horizon - 1 > monthIndex('2199-12')) fail({ code: 'invalid_input', path: ['question', 'maxMonths'], message: 'The horizon runs past 2199-12', reason: 'too_big' });
  let remaining = q.budget as number;
  const perMonth: { month: YearMonth; cost: Rupiah; remaining: Rupiah }[] = [];
  let months = 0;
  let nextMonthCost: Rupiah | null = null;
  for (let k = 0; k < horizon; k++) {
    const month = addMonths(q.from, k);
    let cost = 0;
    participants.forEach(({ count, p }, i) => {
      if (count > 0) cost = addRupiah(cost, multiplyRupiah(priced(p, month, resolved, ['question', 'cohorts', i, 'profile']).totals.billed, count));
    });
    if (cost > remaining) {
      nextMonthCost = cost as Rupiah;
      perMonth.push({ month, cost: cost as Rupiah, remaining: remaining as Rupiah });
      break;
    }
    remaining -= cost;
    months++;
    perMonth.push({ month, cost: cost as Rupiah, remaining: remaining as Rupiah });
  }
  const through = months === 0 ? null : addMonths(q.from, months - 1);
  let shortBy: Rupiah | null = null;
  const explanation: BilingualText[] = [
    text(
      `Anggaran ${formatRupiah(q.budget)} membayar ${months} bulan penuh${through === null ? '' : ` (${q.from} s.d. ${through})`}; sisa ${formatRupiah(remaining)}`,
      `Budget ${formatRupiah(q.budget)} pays ${months} full months${through === null ? '' : ` (${q.from} to ${through})`}; ${formatRupiah(remaining)} left over`,
    ),
  ];
  if (nextMonthCost !== null) {
    shortBy = (nextMonthCost - remaining) as Rupiah;
    const next = addMonths(q.from, months);
    explanation.push(text(`Bulan ${next} memerlukan ${formatRupiah(nextMonthCost)}, kurang ${formatRupiah(shortBy)}`, `Month ${next} needs ${formatRupiah(nextMonthCost)}, short by ${formatRupiah(shortBy)}`));
  } else {
    explanation.push(text(`Anggaran masih tersisa setelah ${horizon} bulan`, `The budget still has money after ${horizon} months`));
  }
  return {
    months,
    through,
    leftOver: remaining as Rupiah,
    nextMonthCost,
    nextMonthShortBy: shortBy,
    outlastsHorizon: nextMonthCost === null,
    perMonth,
    explanation,
  };
}
