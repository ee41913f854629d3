/**
 * The row of the BPU income table (*tabel dasar penghasilan*, PP 44/2015 Lampiran II) an income
 * falls in.
 *
 * @module
 * @internal
 */
import type { Sen } from '../../core/money';
import type { IncomeBracket } from '../../law/parameters/bpu';

/** The bracket an income in sen falls in (half-open rows, by binary search). @internal */
export function findBracket(rows: readonly IncomeBracket[], income: Sen): IncomeBracket {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows[mid]!.from * 100 <= income) lo = mid;
    else hi = mid - 1;
  }
  return rows[lo]!;
}
