/**
 * The step-by-step explanation of a monthly contribution: the wage or bracket, each line's
 * arithmetic with its law, the totals and due date, then the notes.
 *
 * @module
 * @internal
 */
import { formatRupiah } from '../../core/money';
import { own } from '../../core/validate';
import type { Citation } from '../../law/citation';
import { uniqueCitations, type ExplanationStep } from '../../law/explanation';
import type { ContributionLine, MonthlyContribution } from '../lines';
import { explanationTexts } from '../messages';

/** The citations of the parameter with this id in the result's law used (empty if unused). */
function citationsOf(r: MonthlyContribution, parameter: string): readonly Citation[] {
  return r.lawUsed.find((l) => l.parameter === parameter)?.citations ?? [];
}

/** A line's arithmetic, language-neutral: `rate % × base = exact → amount (mode); relief`. */
function arithmetic(line: ContributionLine, mode: string): string {
  const formula = line.rate === null ? formatRupiah(line.exact) : `${line.rate} % × ${formatRupiah(line.base ?? '0')} = ${formatRupiah(line.exact)}`;
  const rounded = line.exact === String(line.amount) ? '' : ` → ${formatRupiah(line.amount)} (${mode})`;
  const relief = line.relief;
  if (relief === undefined) return `${formula}${rounded}`;
  const deferred = own(relief, 'deferred');
  return `${formula}${rounded}; ${relief.measure}: ${relief.payable} % (normal ${formatRupiah(relief.normalAmount)}${deferred === undefined ? '' : `, deferred ${formatRupiah(deferred)}`})`;
}

/** The explanation of a result. @internal */
export function explain(r: MonthlyContribution): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  // Own keys: a PU result has no `bracket` and a BPU result no `wage`; Object.prototype's do not count.
  const wage = own(r, 'wage');
  const bracket = own(r, 'bracket');
  if (wage !== undefined) steps.push({ text: wage.derivation, citations: citationsOf(r, 'pu.wageBaseRules') });
  if (bracket !== undefined) steps.push({ text: explanationTexts.bracket(bracket.row, bracket.from, bracket.upTo, bracket.base), citations: citationsOf(r, 'bpu.incomeBrackets') });
  for (const line of r.lines) {
    const citations = line.relief === undefined ? line.citations : uniqueCitations([line.citations, line.relief.citations]);
    steps.push({ text: explanationTexts.line(line.program, line.payer, arithmetic(line, r.rounding.mode), line.billed), citations });
  }
  steps.push({ text: explanationTexts.totals(r.totals, r.dueDate), citations: citationsOf(r, r.segment === 'PU' ? 'pu.dueDate' : 'bpu.dueDate') });
  steps.push(...r.notes);
  return steps;
}
