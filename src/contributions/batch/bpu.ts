/**
 * The BPU kernel of a batch: amounts depend only on the bracket of the income, so each bracket's
 * lines are computed once by the same engine as `monthlyContribution`, and each member costs a
 * bracket lookup (skipped while incomes stay in the same bracket) and a copy.
 *
 * @module
 * @internal
 */
import type { Rounding, Sen } from '../../core/money';
import { parseInput } from '../../core/validate';
import { computeBpu, findBracket, type ErrorRoots } from '../compute';
import { need, type MonthLaw } from '../monthLaw';
import { BpuParticipantSchema, type BpuParticipant } from '../participant';
import { finishBatch, lineKindOf, type ContributionBatch } from './kinds';
import { senAt, type ParsedBpuRoster } from './roster';

/** One month of a BPU roster. @internal */
export function bpuBatch(r: ParsedBpuRoster, m: MonthLaw, rounding: Rounding, roots: ErrorRoots): ContributionBatch {
  const participant = (income: number): BpuParticipant =>
    parseInput(
      BpuParticipantSchema,
      {
        segment: 'BPU',
        income,
        ...(r.programs === undefined ? {} : { programs: r.programs }),
        ...(r.sector === undefined ? {} : { sector: r.sector }),
        ...(r.fundedBy === undefined ? {} : { fundedBy: r.fundedBy }),
      },
      ['roster'],
    );
  const table = need(m, 'bpu.incomeBrackets', roots.month).value;
  const rows = table.map((row) => computeBpu(participant(row.from), m, rounding, roots));
  const first = rows[0]!;
  const k = first.lines.length;
  const rowAmounts = rows.map((res) => res.lines.map((l) => l.amount));
  const n = r.income.length;
  const amounts = new Float64Array(n * k);
  const totals = new Float64Array(k);
  const incomes = r.income;
  let lastFrom = -1;
  let lastUpTo = -1;
  let lastRow = 0;
  for (let i = 0; i < n; i++) {
    const sen = senAt('income', incomes, i, false);
    let index = lastRow;
    if (!(sen >= lastFrom && sen < lastUpTo)) {
      const bracket = findBracket(table, sen as Sen);
      index = bracket.row - 1;
      lastRow = index;
      lastFrom = bracket.from * 100;
      lastUpTo = bracket.upTo === null ? Number.POSITIVE_INFINITY : bracket.upTo * 100;
    }
    const source = rowAmounts[index]!;
    const offset = i * k;
    for (let j = 0; j < k; j++) {
      const amount = source[j]!;
      amounts[offset + j] = amount;
      totals[j] = totals[j]! + amount;
    }
  }
  return finishBatch(m, { segment: 'BPU', count: n, kinds: first.lines.map(lineKindOf), amounts, totals, dueDate: first.dueDate, lawUsed: first.lawUsed }, rounding);
}
