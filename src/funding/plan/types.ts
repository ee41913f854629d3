/**
 * The public shapes of a programme plan: what a caller describes ({@link ProgrammePlanInput}) and
 * what `planProgramme` returns ({@link ProgrammePlan}).
 *
 * @module
 */
import type { MonthRange, YearMonth } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import type { AmountInput, Rounding, Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import type { LawUsed } from '../../law/lawUsed';
import type { ExplanationStep } from '../../law/explanation';
import type { BpuProgram, BpuSector } from '../../contributions/participant';
import type { LawChange } from '../../contributions/schedule';
import type { FundingSource } from '../../law/parameters/relief';
import type { ArrangementInput } from '../arrangement';
import type { FunderInput, FunderKind } from '../funders';

/** What a plan needs to know about a participant: the declared income and, where PP 50/2025 distinguishes it, the sector. */
export interface PlanProfileInput {
  /** Declared monthly income (*penghasilan*); the contribution uses its bracket base. */
  readonly income: AmountInput;
  /** `transport` or `other`; needed only where a self- or village-funded month falls in PP 50/2025's transport-only window. */
  readonly sector?: BpuSector;
  /** An individual employer (*pemberi kerja perorangan*) must also pay JHT: the plan must include JHT. */
  readonly isEmployer?: boolean;
}

/** N participants with the same profile. */
export interface CohortInput {
  /** Head count (0 to 100,000,000). */
  readonly count: number;
  /** The shared profile. */
  readonly profile: PlanProfileInput;
}

/** A roster (*daftar peserta*): participants funded under one arrangement, in one region. */
export interface RosterInput {
  /** A name for reports (`'Kota Kupang'`). */
  readonly name?: string;
  /** Region code of the participants (`'53.71'`); totals per region use it. */
  readonly region?: string;
  /** Who pays (default: the plan's arrangement). */
  readonly arrangement?: ArrangementInput;
  /** Months of this roster, inside the plan's period (default: the plan's period). */
  readonly period?: MonthRange | { readonly from: string; readonly to: string };
  /** Participants as cohorts of identical profiles. */
  readonly cohorts?: readonly CohortInput[];
  /** Participants one by one (identical profiles are grouped internally). */
  readonly participants?: readonly PlanProfileInput[];
}

/** A programme plan as a caller describes it. */
export interface ProgrammePlanInput {
  /** A name for reports. */
  readonly name?: string;
  /** Programmes funded (default `['JKK', 'JKM']`, the assistance norm); add `'JHT'` if funded. */
  readonly programs?: readonly BpuProgram[];
  /** The contribution months (*bulan iuran*) of the plan. */
  readonly period: MonthRange | { readonly from: string; readonly to: string };
  /** The funders. */
  readonly funders: readonly FunderInput[];
  /** The arrangement for rosters without their own. */
  readonly arrangement?: ArrangementInput;
  /** The rosters (at least one). */
  readonly rosters: readonly RosterInput[];
  /** The budget the whole plan must fit in: reported as fits / short by / left over. */
  readonly budget?: AmountInput;
}

/** Whether a budget covers what is required. */
export interface BudgetFit {
  /** The budget. */
  readonly budget: Rupiah;
  /** What is required. */
  readonly required: Rupiah;
  /** True when required ≤ budget. */
  readonly fits: boolean;
  /** required − budget when it does not fit, else 0. */
  readonly shortBy: Rupiah;
  /** budget − required when it fits, else 0. */
  readonly leftOver: Rupiah;
}

/** A funder's totals. */
export interface FunderTotal {
  /** Funder id. */
  readonly funder: string;
  /** Display name. */
  readonly name: string;
  /** Kind of funder. */
  readonly kind: FunderKind;
  /** Region code, if any. */
  readonly region: string | null;
  /** The budget it pays from. */
  readonly budgetType: FundingSource;
  /** What it pays over the plan. */
  readonly total: Rupiah;
  /** What it pays per month, aligned with {@link ProgrammePlan.months}. */
  readonly byMonth: readonly Rupiah[];
  /** Its cap, how much of it is left, and the first month in which it was reached. */
  readonly cap: { readonly amount: Rupiah; readonly remaining: Rupiah; readonly reachedIn: YearMonth | null } | null;
  /** Fit of its budget, if one was given. */
  readonly budget: BudgetFit | null;
}

/** One month of a plan. */
export interface PlanMonth {
  /** The contribution month. */
  readonly month: YearMonth;
  /** Participants covered this month (a head count). */
  readonly participantCount: number;
  /** Contributions due this month. */
  readonly total: Rupiah;
  /** Paid per funder id (funders paying nothing this month are left out). */
  readonly byFunder: Readonly<Record<string, Rupiah>>;
  /** Not paid by any funder (caps reached with no overflow). */
  readonly unfunded: Rupiah;
}

/** A run of months in which a profile's contribution is the same. */
export interface AmountRun {
  /** The months of the run (inclusive). */
  readonly period: MonthRange;
  /** Contribution per participant per month. */
  readonly amount: Rupiah;
  /** Per programme, per participant per month. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
}

/** A distinct profile on a roster. */
export interface ProfileSummary {
  /** Participants with this profile. */
  readonly count: number;
  /**
   * Declared income (exact decimal text). Participants whose incomes fall in the same brackets in
   * every month (and share sector and employer status) cost the same and are reported together:
   * `income` is then the lowest of their incomes and `highestIncome` the highest.
   */
  readonly income: string;
  /** The highest declared income of the participants reported together (equal to `income` for one income). */
  readonly highestIncome: string;
  /** Contribution base (*dasar penghasilan*) of the income bracket. */
  readonly base: Rupiah;
  /** Sector, if given. */
  readonly sector: BpuSector | null;
  /** The contribution per participant, month by month, as runs of equal amounts. */
  readonly runs: readonly AmountRun[];
  /** Contribution per participant over the roster's period. */
  readonly perParticipant: Rupiah;
  /** count × perParticipant. */
  readonly total: Rupiah;
}

/** A roster's summary. */
export interface RosterSummary {
  /** Name (or `roster N`). */
  readonly name: string;
  /** Region code, if given. */
  readonly region: string | null;
  /** Its months. */
  readonly period: MonthRange;
  /** Participants on the roster (a head count). */
  readonly participantCount: number;
  /** Head count × months. */
  readonly participantMonths: number;
  /**
   * The funding source fed into the contribution calculation as `fundedBy`: the budget type of the
   * arrangement's funder, or for mixed funding the reading in `fundedByReason`. Where a law
   * overlay's PP 50/2025 value excludes another budget the arrangement names, the months it
   * applies to are priced as paid through that budget (the roster notes say so).
   */
  readonly fundedBy: FundingSource;
  /** The arrangement in words. */
  readonly arrangement: BilingualText;
  /** Why that funding source. */
  readonly fundedByReason: BilingualText;
  /** Distinct profiles. */
  readonly profiles: readonly ProfileSummary[];
  /** What the contribution calculation noted for this roster (relief applied or not, and why), without repeats. */
  readonly notes: readonly BilingualText[];
  /** Contributions of the roster over its period. */
  readonly total: Rupiah;
}

/** The result of `planProgramme`. */
export interface ProgrammePlan {
  /** The plan's name, if given. */
  readonly name: string | null;
  /** Its months. */
  readonly period: MonthRange;
  /** Programmes funded. */
  readonly programs: readonly BpuProgram[];
  /** Distinct participants (a head count over all rosters). */
  readonly participantCount: number;
  /** Participant-months. */
  readonly participantMonths: number;
  /** The grand total of contributions: Σ funders + unfunded. */
  readonly total: Rupiah;
  /** Paid by funders. */
  readonly funded: Rupiah;
  /** Not paid by any funder (caps reached with no overflow): reported, never dropped. */
  readonly unfunded: Rupiah;
  /** Totals per funder, in the order the funders were given. */
  readonly byFunder: readonly FunderTotal[];
  /** Totals per month. */
  readonly months: readonly PlanMonth[];
  /** Contributions per participants' region code (`unspecified` when a roster gives none). */
  readonly byRegion: Readonly<Record<string, Rupiah>>;
  /** Contributions per programme. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** The rosters. */
  readonly rosters: readonly RosterSummary[];
  /** Fit of the plan's budget, if given. */
  readonly budget: BudgetFit | null;
  /** Months in which a parameter value used changes (e.g. PP 50/2025 starting). */
  readonly lawChanges: readonly LawChange[];
  /** Every parameter value used, with citations. */
  readonly lawUsed: readonly LawUsed[];
  /** The citations of those values, without repeats. */
  readonly citations: readonly Citation[];
  /** The rounding of each contribution line. */
  readonly rounding: Rounding;
  /** True when a value used was projected. */
  readonly projected: boolean;
  /** The arithmetic and the readings, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly ExplanationStep[];
}
