/**
 * The working model of a plan, between the parsed input and the result: rosters with their groups
 * of identical profiles, price classes, the price book's summaries, and the units the month ledger
 * charges. Months are month indexes (`monthIndex` of core/calendar).
 *
 * @module
 * @internal
 */
import type { YearMonth } from '../../core/calendar';
import type { PathSegment } from '../../core/errors';
import type { BilingualText } from '../../core/explain';
import type { Rupiah } from '../../core/money';
import type { MonthlyContribution } from '../../contributions/lines';
import type { BpuProgram } from '../../contributions/participant';
import type { Citation } from '../../law/citation';
import type { IncomeBracket } from '../../law/parameters/bpu';
import type { FundingSource } from '../../law/parameters/relief';
import type { Piece, ResolvedArrangement } from '../arrangement';
import type { LawTally } from '../lawTally';
import type { ParsedProfile } from './schema';
import type { AmountRun } from './types';

/** Participants of a roster with the same parsed profile. @internal */
export interface Group {
  /** Income, sector and employer flag as one key. */
  readonly key: string;
  readonly profile: ParsedProfile;
  /** Where its first profile is in the input (`['plan', 'rosters', 0, 'cohorts', 2, 'profile']`): an error pricing it points there. */
  readonly source: readonly PathSegment[];
  count: number;
  /** Highest income merged into this group (sen). */
  highest: number;
}

/** A price class of a roster: groups whose incomes fall in the same bracket in every month of its period. @internal */
export interface PriceClass extends Group {
  /** The bracket rows over the period, with sector and employer flag. */
  readonly classKey: string;
  /** Its prices over the roster's period (set once priced). */
  summary: ClassSummary;
}

/** A roster, resolved: its months, its arrangement and its participants. @internal */
export interface Roster {
  readonly name: string;
  readonly region: string | null;
  /** First month index. */
  readonly start: number;
  /** Last month index. */
  readonly end: number;
  /** Where its months are given in the input: its own `period`, or the plan's. */
  readonly periodPath: readonly PathSegment[];
  readonly arrangement: ResolvedArrangement;
  /** Distinct budget types of the funders the arrangement names, in order. */
  readonly sources: readonly FundingSource[];
  groups: Group[];
  classes: PriceClass[];
}

/** One price class's contributions over a period under one funding, computed once and shared by every roster that has it. @internal */
export interface ClassSummary {
  /** The key of the summary (class, funding, period). */
  readonly key: string;
  /** The contribution per participant in each month of the period (index: month − start). */
  readonly months: readonly MonthlyContribution[];
  readonly runs: readonly AmountRun[];
  readonly perParticipant: Rupiah;
  /** Per participant over the period, by programme, in line order. */
  readonly byProgram: readonly (readonly [BpuProgram, number])[];
  readonly base: Rupiah;
  /** Notes, without repeats (by their English text). */
  readonly notes: readonly BilingualText[];
  /** The law used, in order of first use (and whether a value was projected). */
  readonly law: LawTally;
  /** The citations of that law, without repeats. */
  readonly citations: readonly Citation[];
  /** Parameters changing from the month before, per month. */
  readonly changes: readonly (readonly [YearMonth, readonly string[]])[];
}

/** Participants of price classes with the same prices, arrangement and months, added up across rosters. @internal */
export interface Unit {
  readonly arrangement: ResolvedArrangement;
  readonly summary: ClassSummary;
  readonly start: number;
  readonly end: number;
  count: number;
  /** The last amount split and its pieces (most months repeat the month before). */
  lastAmount: number;
  lastPieces: readonly Piece[];
}

/** A run of months with the same income bracket table (`undefined`: none in force). @internal */
export interface TableSegment {
  readonly start: number;
  end: number;
  readonly table: readonly IncomeBracket[] | undefined;
}
