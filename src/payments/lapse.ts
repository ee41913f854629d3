/**
 * The day a BPU membership lapses (*kepesertaan berakhir*) for unpaid contributions.
 *
 * Perdir 22/PERDIR.02/072022 says two things: more than 3 consecutive unpaid months end the
 * membership, and arrears can be paid for at most 3 months after protection ends
 * (`bpu.lapse`). A run of `maxConsecutiveUnpaidMonths + 1` consecutive iuran months therefore
 * ends the membership on the later of
 *
 * - the day after the **latest** due date among the run's months: the first day on which every
 *   month of the run is past due and unpaid (a month not yet due is not unpaid), and
 * - the day after the first month's due date moved forward by `arrearsWindowMonths` (same day of
 *   the month, the last day when the month is shorter): the arrears window has closed,
 *
 * unless a month of the run was paid in full before that day. Under the 15th-of-the-month rule
 * both fall on the same day; they differ only when the due dates are not rising month by month
 * (BPU iuran months 2021-01 due 2021-02-28 and 2021-02 due 2021-02-15 under PP 49/2020 Art. 4(1),
 * or a hand-made schedule), where taking only the last month's due date would end a membership
 * before a month of its run was even due, and would let a payment move the lapse earlier.
 *
 * @module
 * @internal
 */
import { addDays, type CalendarDate, type YearMonth } from '../core/calendar';
import type { Citation } from '../law/citation';
import type { BpuLapseRule } from '../law/parameters/payments';
import type { LawRegistry } from '../law/registry';
import { valueAt } from '../law/lookup';
import { monthsAfter } from './lateness';

/** A month as the lapse rule reads it: when it was due and when it was paid in full (`null`: not yet). @internal */
export interface LapseMonth {
  readonly month: YearMonth;
  readonly dueDate: CalendarDate;
  readonly paidOn: CalendarDate | null;
}

/** A run of unpaid months that ends the membership, with the rule that decided it. @internal */
export interface LapseRun {
  /** The first day the membership no longer exists. */
  readonly date: CalendarDate;
  /** The months of the run. */
  readonly months: readonly YearMonth[];
  /** The rule in force for the run's first month. */
  readonly rule: BpuLapseRule;
  /** Its legal basis. */
  readonly citations: readonly Citation[];
}

/**
 * The day a run of consecutive unpaid months ends the membership: the later of the day after the
 * latest due date of the run and the day after the first month's due date plus the arrears
 * window. @internal
 */
export function runLapseDate(run: readonly Pick<LapseMonth, 'dueDate'>[], rule: BpuLapseRule): CalendarDate {
  let latest = run[0]!.dueDate;
  for (const m of run) if (m.dueDate > latest) latest = m.dueDate;
  const windowEnd = monthsAfter(run[0]!.dueDate, rule.arrearsWindowMonths);
  return addDays(latest > windowEnd ? latest : windowEnd, 1);
}

/**
 * The earliest lapse among the runs that start at `months[0 .. starts - 1]`: a run of
 * `maxConsecutiveUnpaidMonths + 1` months (the rule of its first month) none of which was paid in
 * full before its lapse day, with a lapse day on or before `upTo` (any day when `upTo` is `null`).
 * `monthAt(k)` gives month `k` of the run's sequence, `undefined` past its end. Ties go to the run
 * that starts first. @internal
 */
export function earliestLapse(monthAt: (k: number) => LapseMonth | undefined, starts: number, upTo: CalendarDate | null, law: LawRegistry): LapseRun | null {
  let best: LapseRun | null = null;
  for (let k = 0; k < starts; k++) {
    const first = monthAt(k)!;
    // A month paid on or before its due date was never unpaid: no run starts with it.
    if (first.paidOn !== null && first.paidOn <= first.dueDate) continue;
    const value = valueAt(law.parameter('bpu.lapse'), first.month);
    const run: LapseMonth[] = [];
    for (let i = k; i <= k + value.value.maxConsecutiveUnpaidMonths; i++) {
      const m = monthAt(i);
      if (m === undefined) return best; // later runs reach even further
      run.push(m);
    }
    const date = runLapseDate(run, value.value);
    if ((upTo !== null && date > upTo) || (best !== null && date >= best.date)) continue;
    if (run.every((m) => m.paidOn === null || m.paidOn >= date)) best = { date, months: run.map((m) => m.month), rule: value.value, citations: value.citations };
  }
  return best;
}
