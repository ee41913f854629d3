/**
 * Funder totals: what each funder pays over the plan and month by month, its cap's state and the
 * fit of its budget; and the fit of a budget in general.
 *
 * @module
 * @internal
 */
import type { YearMonth } from '../../core/calendar';
import { addRupiah, type Rupiah } from '../../core/money';
import type { CapState } from '../arrangement';
import type { Funder } from '../funders';
import type { BudgetFit, FunderTotal } from './types';

/** Whether `budget` covers `required`. @internal */
export function fit(budget: Rupiah, required: Rupiah): BudgetFit {
  const fits = required <= budget;
  return { budget, required, fits, shortBy: (fits ? 0 : required - budget) as Rupiah, leftOver: (fits ? budget - required : 0) as Rupiah };
}

/** Each funder's totals, in the order the funders were given. @internal */
export function funderTotals(funders: ReadonlyMap<string, Funder>, paidByFunder: ReadonlyMap<string, number[]>, caps: ReadonlyMap<string, CapState>): FunderTotal[] {
  return [...funders.values()].map((f) => {
    const row = paidByFunder.get(f.id)!;
    let sum = 0;
    for (const v of row) sum = addRupiah(sum, v);
    const cap = caps.get(f.id); // an entry exactly for the funders with a cap
    return {
      funder: f.id,
      name: f.name,
      kind: f.kind,
      region: f.region,
      budgetType: f.budgetType,
      total: sum as Rupiah,
      byMonth: row as Rupiah[],
      cap: cap === undefined ? null : { amount: f.cap as Rupiah, remaining: cap.remaining as Rupiah, reachedIn: cap.reachedIn as YearMonth | null },
      budget: f.budget === null ? null : fit(f.budget, sum as Rupiah),
    };
  });
}
