/**
 * `bpuIncomeBracket`: the contribution base of a BPU participant's declared income.
 *
 * @module
 */
import { senSchema, type AmountInput, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import { findBracket } from './compute';
import type { BracketUsed } from './lines';
import { need, monthLaw } from './monthLaw';
import { parseMonth } from './monthly';
import { lawOptionFields, lawOptionsOf, type LawOptions } from '../law/options';

/** The bracket of an income, with the table's legal basis. */
export interface BpuBracketResult extends BracketUsed {
  /** The contribution month asked about. */
  readonly month: string;
  /** Citations of the bracket table. */
  readonly citations: readonly Citation[];
  /** The layer that supplied the table (`baseline` or an overlay). */
  readonly source: string;
}

/** Options of {@link bpuIncomeBracket}: the shared law options. */
export type BpuIncomeBracketOptions = LawOptions;

/** Schema of {@link BpuIncomeBracketOptions}. */
export const BpuIncomeBracketOptionsSchema = ownStrictObject({ ...lawOptionFields }).optional();

/**
 * The row of the BPU income table (*tabel dasar penghasilan*, PP 44/2015 Lampiran II) that a
 * declared monthly income falls in, and its contribution base. Ranges are half-open: an income
 * exactly at a row's lower bound belongs to that row.
 *
 * @example
 * ```ts
 * import { bpuIncomeBracket } from 'jamsostek';
 * bpuIncomeBracket(500_000, '2026-01').base;     // 1000000 (the lowest base)
 * bpuIncomeBracket(2_700_000, '2026-01').base;   // 2950000
 * bpuIncomeBracket(25_000_000, '2026-01').base;  // 20700000 (the top row)
 * ```
 */
export function bpuIncomeBracket(income: AmountInput, month: string, options?: BpuIncomeBracketOptions): BpuBracketResult {
  const { law, projection } = lawOptionsOf(parseInput(BpuIncomeBracketOptionsSchema, options, ['options']));
  const sen = parseInput(senSchema, income, ['income']);
  const m = monthLaw(law, parseMonth(month, 'month'), projection);
  const table = need(m, 'bpu.incomeBrackets');
  const row = findBracket(table.value, sen);
  return { month: m.month, row: row.row, from: row.from as Rupiah, upTo: row.upTo as Rupiah | null, base: row.base as Rupiah, confidence: row.confidence, citations: table.citations, source: table.source };
}
