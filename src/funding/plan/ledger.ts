/**
 * The month ledger of a plan: month by month, what is due, what each funder pays and what stays
 * unfunded. Caps are consumed chronologically, and within a month in roster order.
 *
 * @module
 * @internal
 */
import { fromMonthIndex, monthIndex, type MonthRange, type YearMonth } from '../../core/calendar';
import { addRupiah, multiplyRupiah, type Rupiah } from '../../core/money';
import { charge, type CapState } from '../arrangement';
import type { Funder } from '../funders';
import type { Roster, Unit } from './model';
import type { PlanMonth } from './types';

/** What the ledger gives the plan. @internal */
export interface Ledger {
  /** Per month. */
  readonly months: PlanMonth[];
  /** What each funder paid, month by month (index: month − the plan's first). */
  readonly paidByFunder: ReadonlyMap<string, number[]>;
  /** The state of each capped funder's cap after the last month. */
  readonly caps: ReadonlyMap<string, CapState>;
  readonly total: Rupiah;
  readonly unfunded: Rupiah;
  readonly participantMonths: number;
}

/** Charge every month of the plan to its funders, in month order. @internal */
export function runLedger(rosters: readonly Roster[], funders: ReadonlyMap<string, Funder>, period: MonthRange): Ledger {
  const planStart = monthIndex(period.from);
  const planEnd = monthIndex(period.to);
  const monthCount = planEnd - planStart + 1;
  const caps = new Map<string, CapState>();
  for (const f of funders.values()) if (f.cap !== null) caps.set(f.id, { remaining: f.cap, reachedIn: null });
  const paidByFunder = new Map<string, number[]>();
  for (const id of funders.keys()) paidByFunder.set(id, new Array<number>(monthCount).fill(0));
  const units = unitsOf(rosters);
  const months: PlanMonth[] = [];
  let total = 0;
  let unfunded = 0;
  let participantMonths = 0;
  for (let k = 0; k < monthCount; k++) {
    const mi = planStart + k;
    const month = fromMonthIndex(mi);
    let monthTotal = 0;
    let monthParticipants = 0;
    for (const u of units) {
      if (mi < u.start || mi > u.end) continue;
      monthTotal = addRupiah(monthTotal, multiplyRupiah(u.summary.months[mi - u.start]!.totals.billed, u.count));
      monthParticipants += u.count;
    }
    const paid = (funder: string, amount: number): void => {
      const row = paidByFunder.get(funder)!;
      row[k] = addRupiah(row[k]!, amount);
    };
    const monthUnfunded = chargeMonth(rosters, units, funders, caps, mi, month, paid);
    const byFunder: Record<string, Rupiah> = {};
    for (const [id, row] of paidByFunder) if (row[k]! > 0) byFunder[id] = row[k] as Rupiah;
    months.push({ month, participantCount: monthParticipants, total: monthTotal as Rupiah, byFunder, unfunded: monthUnfunded as Rupiah });
    total = addRupiah(total, monthTotal);
    unfunded = addRupiah(unfunded, monthUnfunded);
    participantMonths += monthParticipants;
  }
  return { months, paidByFunder, caps, total: total as Rupiah, unfunded: unfunded as Rupiah, participantMonths };
}

/** The price classes of every roster, added up where their prices, arrangement and months are the same (in order of first appearance). */
function unitsOf(rosters: readonly Roster[]): Unit[] {
  const units: Unit[] = [];
  const index = new Map<Roster['arrangement'], Map<Unit['summary'], Unit>>();
  for (const r of rosters) {
    let bySummary = index.get(r.arrangement);
    if (bySummary === undefined) index.set(r.arrangement, (bySummary = new Map()));
    for (const c of r.classes) {
      if (c.count === 0) continue;
      const u = bySummary.get(c.summary);
      if (u !== undefined) u.count += c.count;
      else {
        const created: Unit = { arrangement: r.arrangement, summary: c.summary, start: r.start, end: r.end, count: c.count, lastAmount: -1, lastPieces: [] };
        bySummary.set(c.summary, created);
        units.push(created);
      }
    }
  }
  return units;
}

/**
 * Charge one month's contributions to the funders. The rule is roster by roster, class by class
 * ({@link chargeInOrder}); while no cap is reached within the month, every funder's share is
 * linear in the amounts charged, so the order does not matter and the month is charged unit by
 * unit instead (cost: units, not rosters). Should a cap be reached within the month, the
 * unit-by-unit charge is undone and the month is charged in roster order. A cap is reached in at
 * most one month, so few months take the slow way. Returns the month's unfunded amount.
 */
function chargeMonth(
  rosters: readonly Roster[],
  units: readonly Unit[],
  funders: ReadonlyMap<string, Funder>,
  caps: Map<string, CapState>,
  mi: number,
  month: YearMonth,
  paid: (funder: string, amount: number) => void,
): number {
  if (caps.size === 0) return chargeUnits(units, funders, caps, mi, month, paid);
  const before = [...caps.values()].map((state) => ({ state, remaining: state.remaining, reachedIn: state.reachedIn }));
  const pending = new Map<string, number>();
  const unfunded = chargeUnits(units, funders, caps, mi, month, (funder, amount) => pending.set(funder, addRupiah(pending.get(funder) ?? 0, amount)));
  if (before.every((b) => b.remaining === 0 || b.state.reachedIn === null)) {
    for (const [funder, amount] of pending) paid(funder, amount);
    return unfunded;
  }
  for (const b of before) {
    b.state.remaining = b.remaining;
    b.state.reachedIn = b.reachedIn;
  }
  return chargeInOrder(rosters, funders, caps, mi, month, paid);
}

/** Charge one month unit by unit (each unit's split is cached: most months repeat the month before). */
function chargeUnits(units: readonly Unit[], funders: ReadonlyMap<string, Funder>, caps: Map<string, CapState>, mi: number, month: YearMonth, pay: (funder: string, amount: number) => void): number {
  let unfunded = 0;
  for (const u of units) {
    if (mi < u.start || mi > u.end) continue;
    const amount = u.summary.months[mi - u.start]!.totals.billed;
    if (amount !== u.lastAmount) {
      u.lastPieces = u.arrangement.split(amount);
      u.lastAmount = amount;
    }
    for (const piece of u.lastPieces) {
      unfunded = addRupiah(unfunded, charge(piece.stages, multiplyRupiah(piece.amount, u.count), funders, caps, month, pay));
    }
  }
  return unfunded;
}

/** Charge one month roster by roster and class by class, in the order given. */
function chargeInOrder(rosters: readonly Roster[], funders: ReadonlyMap<string, Funder>, caps: Map<string, CapState>, mi: number, month: YearMonth, paid: (funder: string, amount: number) => void): number {
  let unfunded = 0;
  for (const r of rosters) {
    if (mi < r.start || mi > r.end) continue;
    for (const c of r.classes) {
      if (c.count === 0) continue;
      for (const piece of r.arrangement.split(c.summary.months[mi - r.start]!.totals.billed)) {
        unfunded = addRupiah(unfunded, charge(piece.stages, multiplyRupiah(piece.amount, c.count), funders, caps, month, paid));
      }
    }
  }
  return unfunded;
}
