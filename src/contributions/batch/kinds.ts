/**
 * The result of a batch: the kinds of line every member has (in column order), the amounts
 * row-major in a `Float64Array`, totals per kind, and the law used.
 *
 * @module
 */
import { fail } from '../../core/errors';
import type { Rounding, Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import type { ContributionLine, ContributionPayer, ContributionProgram, LawUsed, RecomposedProgram } from '../lines';
import type { MonthLaw } from '../monthLaw';

/** One kind of line every member of the roster has (e.g. JP paid by the employer). */
export interface BatchLineKind {
  /** The programme. */
  readonly program: ContributionProgram;
  /** Who pays. */
  readonly payer: ContributionPayer;
  /** Whether it is billed (JKP lines are not). */
  readonly billed: boolean;
  /** The parameter ids the line reads. */
  readonly parameters: readonly string[];
  /** Legal basis. */
  readonly citations: readonly Citation[];
  /** Relief measure applied to this kind of line, if any. */
  readonly reliefMeasure?: string;
  /** JKP recomposition lines: the programme the share is recomposed from (`JKK` or `JKM`). */
  readonly recomposedFrom?: RecomposedProgram;
}

/** One month of contributions for a roster, in columns. */
export interface ContributionBatch {
  /** The contribution month. */
  readonly month: string;
  /** PU or BPU. */
  readonly segment: 'PU' | 'BPU';
  /** Number of members. */
  readonly count: number;
  /** The kinds of line, in column order. */
  readonly lineKinds: readonly BatchLineKind[];
  /** Amounts, row-major: member `i`, line kind `j` is at `i * lineKinds.length + j`. Whole rupiah. */
  readonly amounts: Float64Array;
  /** Sum of each line kind over the roster. */
  readonly totalsByKind: readonly Rupiah[];
  /** Billed total over the roster (sum of billed line kinds). */
  readonly billed: Rupiah;
  /** Due date of the month's contributions. */
  readonly dueDate: string;
  /** The rounding applied to every line. */
  readonly rounding: Rounding;
  /** Every parameter value used, with citations. */
  readonly lawUsed: readonly LawUsed[];
}

/** The kind of a template line. @internal */
export function lineKindOf(line: ContributionLine): BatchLineKind {
  return {
    program: line.program,
    payer: line.payer,
    billed: line.billed,
    parameters: line.parameters,
    citations: line.citations,
    ...(line.relief === undefined ? {} : { reliefMeasure: line.relief.measure }),
    ...(line.recomposedFrom === undefined ? {} : { recomposedFrom: line.recomposedFrom }),
  };
}

/** The parts of a batch its kernel computed. @internal */
export interface BatchParts {
  readonly segment: 'PU' | 'BPU';
  readonly count: number;
  readonly kinds: readonly BatchLineKind[];
  readonly amounts: Float64Array;
  readonly totals: Float64Array;
  readonly dueDate: string;
  readonly lawUsed: readonly LawUsed[];
}

/** The batch, with its totals checked to be exact. @internal */
export function finishBatch(m: MonthLaw, p: BatchParts, rounding: Rounding): ContributionBatch {
  let billed = 0;
  const totalsByKind: Rupiah[] = [];
  p.kinds.forEach((kind, j) => {
    const t = p.totals[j]!;
    if (!Number.isSafeInteger(t)) fail({ code: 'amount_out_of_range', path: ['roster'], message: 'A batch total exceeds the exact range of the library' });
    totalsByKind.push(t as Rupiah);
    if (kind.billed) billed += t;
  });
  if (!Number.isSafeInteger(billed)) fail({ code: 'amount_out_of_range', path: ['roster'], message: 'The batch total exceeds the exact range of the library' });
  return { month: m.month, segment: p.segment, count: p.count, lineKinds: p.kinds, amounts: p.amounts, totalsByKind, billed: billed as Rupiah, dueDate: p.dueDate, rounding, lawUsed: p.lawUsed };
}
