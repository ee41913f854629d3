/**
 * A monthly contribution as plain data: every field an own enumerable property, so that JSON,
 * structuredClone and deep equality see it; the explanation is built on first access (most batch
 * callers never read it) and included by `toJSON`.
 *
 * @module
 * @internal
 */
import type { YearMonth } from '../../core/calendar';
import type { Rounding } from '../../core/money';
import { copiedAsData } from '../../core/validate';
import type { ExplanationStep } from '../../law/explanation';
import { lawUsedOf, type LawUsed } from '../../law/lawUsed';
import type { BracketUsed, ContributionLine, ContributionTotals, MonthlyContribution, WageDerivation } from '../lines';
import { memo } from '../monthLaw';
import type { Builder } from './builder';
import { explain } from './explain';

abstract class ResultBase {
  #explanation: readonly ExplanationStep[] | undefined;
  get explanation(): readonly ExplanationStep[] {
    this.#explanation ??= explain(this as unknown as MonthlyContribution);
    return this.#explanation;
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

class PuResult extends ResultBase implements MonthlyContribution {
  readonly segment = 'PU' as const;
  constructor(
    readonly month: YearMonth,
    readonly dueDate: MonthlyContribution['dueDate'],
    readonly wage: WageDerivation,
    readonly lines: readonly ContributionLine[],
    readonly totals: ContributionTotals,
    readonly rounding: Rounding,
    readonly projected: boolean,
    readonly notes: readonly ExplanationStep[],
    readonly lawUsed: readonly LawUsed[],
  ) {
    super();
  }
}

class BpuResult extends ResultBase implements MonthlyContribution {
  readonly segment = 'BPU' as const;
  constructor(
    readonly month: YearMonth,
    readonly dueDate: MonthlyContribution['dueDate'],
    readonly bracket: BracketUsed,
    readonly lines: readonly ContributionLine[],
    readonly totals: ContributionTotals,
    readonly rounding: Rounding,
    readonly projected: boolean,
    readonly notes: readonly ExplanationStep[],
    readonly lawUsed: readonly LawUsed[],
  ) {
    super();
  }
}

// A result passed back in (a schedule's months to applyPayments) is read as its own fields.
copiedAsData(PuResult.prototype, BpuResult.prototype);

/** The result of a calculation: PU with its wage derivation, BPU with its bracket. @internal */
export function finish(b: Builder, segment: 'PU' | 'BPU', dueDate: string, rounding: Rounding, detail: WageDerivation | BracketUsed): MonthlyContribution {
  const m = b.m;
  // The law list depends on the set of parameters used and, through the order of first use, on
  // the code path; both are fixed by the set for a given segment, so the set keys the memo.
  const lawUsed = memo(m, b.mask, () => Object.freeze(b.used.map((v) => lawUsedOf(m.law, v))));
  const totals = b.totals();
  const projected = b.used.some((v) => v.projected);
  const due = dueDate as MonthlyContribution['dueDate'];
  return segment === 'PU'
    ? new PuResult(m.month, due, detail as WageDerivation, b.lines, totals, rounding, projected, b.notes, lawUsed)
    : new BpuResult(m.month, due, detail as BracketUsed, b.lines, totals, rounding, projected, b.notes, lawUsed);
}
