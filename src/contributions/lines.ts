/**
 * Contribution lines: one per programme and payer, each with its base, rate, exact product,
 * rounded amount and citation, so that a person can check it with a calculator.
 *
 * @module
 */
import type { CalendarDate, YearMonth } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import type { Rounding, Rupiah } from '../core/money';
import type { Citation, Confidence } from '../law/citation';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';

/** A programme that appears on a contribution result. */
export type ContributionProgram = 'JKK' | 'JKM' | 'JHT' | 'JP' | 'JKP';

/**
 * Who pays a line: the `employer` (*pemberi kerja*), the `employee` (withheld from the PU wage),
 * the BPU `participant` (or whoever funds them: see co-funding), or the central `government`
 * (the JKP share).
 */
export type ContributionPayer = 'employer' | 'employee' | 'participant' | 'government';

/**
 * The programme whose employer contribution a JKP line is recomposed from (*rekomposisi*,
 * PP 37/2021 Art. 11): part of the JKK (and, before PP 6/2025, the JKM) rate is shown as JKP.
 */
export type RecomposedProgram = 'JKK' | 'JKM';

/** A temporary relief measure as applied to one line. */
export interface LineRelief {
  /** The parameter id of the measure, e.g. `relief.pp50_2025`. */
  readonly measure: string;
  /** The payable share of the normal contribution (percent text), or the reduced rate for PP 7/2025. */
  readonly payable: string;
  /** The amount without relief. */
  readonly normalAmount: Rupiah;
  /** Part of the normal amount that is deferred (owed later), not waived: PP 49/2020 JP only. */
  readonly deferred?: Rupiah;
  /** Legal basis of the relief. */
  readonly citations: readonly Citation[];
}

/** One contribution line. */
export interface ContributionLine {
  /** The programme. */
  readonly program: ContributionProgram;
  /** Who pays. */
  readonly payer: ContributionPayer;
  /** Whether the line is billed to the employer, worker or participant (JKP lines are not). */
  readonly billed: boolean;
  /** The base in rupiah as exact decimal text (wage, capped wage, bracket base); `null` for a flat amount. */
  readonly base: string | null;
  /** The rate applied, as percent text (`"0.24"` = 0.24 %); `null` for a flat amount. */
  readonly rate: string | null;
  /** `base × rate` (or the flat amount times any relief share), exact, before rounding. */
  readonly exact: string;
  /** The amount, rounded once by the result's rounding. */
  readonly amount: Rupiah;
  /** The parameter ids this line read. */
  readonly parameters: readonly string[];
  /** Where the rate or amount comes from in the law. */
  readonly citations: readonly Citation[];
  /** Relief applied to this line, if any. */
  readonly relief?: LineRelief | undefined;
  /**
   * JKP recomposition lines only: the programme whose employer contribution the line is part of
   * (`JKK` or `JKM`). The two employer JKP lines of a month are told apart by it.
   */
  readonly recomposedFrom?: RecomposedProgram | undefined;
  /** A short note (e.g. how a JKP recomposition relates to the JKK line). */
  readonly note?: BilingualText | undefined;
}

/** Totals of a contribution result. Totals are sums of rounded lines. */
export interface ContributionTotals {
  /** Billed to the employer. */
  readonly employer: Rupiah;
  /** Withheld from the worker's wage. */
  readonly employee: Rupiah;
  /** Paid by (or for) a BPU participant. */
  readonly participant: Rupiah;
  /** Everything billed: employer + employee + participant. */
  readonly billed: Rupiah;
  /** Paid by the central government (JKP), not billed. */
  readonly government: Rupiah;
}

export type { LawUsed } from '../law/lawUsed';
export type { ExplanationStep } from '../law/explanation';

/** How the monthly wage of a PU participant was arrived at. */
export interface WageDerivation {
  /** The monthly wage (*upah sebulan*) as exact decimal text. */
  readonly monthly: string;
  /** How it was computed, in both languages. */
  readonly derivation: BilingualText;
}

/** The BPU bracket an income fell in. */
export interface BracketUsed {
  /** Row of the table, 1-based. */
  readonly row: number;
  /** Lowest income of the row (inclusive). */
  readonly from: Rupiah;
  /** Income at which the next row starts (exclusive); `null` for the top row. */
  readonly upTo: Rupiah | null;
  /** The contribution base (*dasar penghasilan*). */
  readonly base: Rupiah;
  /** Confidence of the row. */
  readonly confidence: Confidence;
}

/** The contributions of one participant for one contribution month. */
export interface MonthlyContribution {
  /** The contribution month (*bulan iuran*). */
  readonly month: YearMonth;
  /** PU or BPU. */
  readonly segment: 'PU' | 'BPU';
  /** When the contribution is due (nominal: holidays are not modelled). */
  readonly dueDate: CalendarDate;
  /** PU: the monthly wage and how it was derived. */
  readonly wage?: WageDerivation;
  /** BPU: the bracket of the declared income. */
  readonly bracket?: BracketUsed;
  /** One line per programme and payer. */
  readonly lines: readonly ContributionLine[];
  /** Totals per payer; sums of rounded lines. */
  readonly totals: ContributionTotals;
  /** The rounding applied to every line. */
  readonly rounding: Rounding;
  /** True when a value used was projected beyond the law's last value. */
  readonly projected: boolean;
  /** Decisions worth telling (relief applied or not and why, programmes and their source), each with the law that decided. */
  readonly notes: readonly ExplanationStep[];
  /** Every parameter value used, with citations and the layer it came from. */
  readonly lawUsed: readonly LawUsed[];
  /** Step-by-step arithmetic in both languages (computed on first access). */
  readonly explanation: readonly ExplanationStep[];
}
