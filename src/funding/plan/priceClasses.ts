/**
 * Price classes: a BPU contribution depends on the income only through its bracket, so the groups
 * of a roster whose incomes fall in the same bracket in every month of its period (with the same
 * sector and employer status) cost exactly the same and are merged into one class, priced once.
 *
 * @module
 * @internal
 */
import { fail } from '../../core/errors';
import { findBracket } from '../../contributions/compute';
import type { ResolvedArrangement } from '../arrangement';
import { formatCount } from '../messages';
import type { ClassSummary, Group, PriceClass, Roster, TableSegment } from './model';

/**
 * The most price-group-months a plan may have. A price group is a distinct combination of
 * arrangement, income bracket in every month, sector, employer status and roster months (rosters
 * that share all of them form one group, whatever their number); each is charged to its funders
 * month by month, as caps are consumed in month order.
 */
const MAX_PLAN_PRICE_GROUP_MONTHS = 6_000_000;

/**
 * Merge a roster's groups into price classes: the same bracket in every month of the roster's
 * period, the same sector and employer flag. A class is reported by its lowest income and the
 * highest income merged into it. @internal
 */
export function mergePriceClasses(groups: readonly Group[], start: number, end: number, segments: readonly TableSegment[]): PriceClass[] {
  const merged = new Map<string, PriceClass>();
  for (const g of groups) {
    let key = '';
    for (const s of segments) {
      if (s.end < start || s.start > end) continue;
      key += `${s.table === undefined ? `?${g.key}` : findBracket(s.table, g.profile.income).row},`;
    }
    key += `|${g.profile.sector ?? '-'}|${g.profile.isEmployer === true ? 'E' : '-'}`;
    const m = merged.get(key);
    const fresh = (from: Group, count: number, highest: number): PriceClass => ({ key: from.key, profile: from.profile, source: from.source, count, highest, classKey: key, summary: undefined as unknown as ClassSummary });
    if (m === undefined) merged.set(key, fresh(g, g.count, g.highest));
    else {
      m.count += g.count;
      if (g.profile.income < m.profile.income) merged.set(key, fresh(g, m.count, Math.max(m.highest, g.highest)));
      else m.highest = Math.max(m.highest, g.highest);
    }
  }
  return [...merged.values()];
}

/** Refuse a plan whose price-group-months exceed {@link MAX_PLAN_PRICE_GROUP_MONTHS}, before any is priced. @internal */
export function checkPriceGroupMonths(rosters: readonly Roster[]): void {
  const ids = new Map<ResolvedArrangement, number>();
  const groups = new Set<string>();
  let groupMonths = 0;
  for (const r of rosters) {
    let id = ids.get(r.arrangement);
    if (id === undefined) ids.set(r.arrangement, (id = ids.size));
    for (const c of r.classes) {
      const key = `${id}#${c.classKey}#${r.start}#${r.end}`;
      if (groups.has(key)) continue;
      groups.add(key);
      groupMonths += r.end - r.start + 1;
    }
  }
  if (groupMonths > MAX_PLAN_PRICE_GROUP_MONTHS) {
    fail({
      code: 'invalid_input',
      path: ['plan', 'rosters'],
      message: `A plan may have at most ${formatCount(MAX_PLAN_PRICE_GROUP_MONTHS)} price-group-months (distinct combinations of arrangement, income brackets, sector, employer status and roster months, times their months); this one has ${formatCount(groups.size)} price groups and ${formatCount(groupMonths)} price-group-months: let rosters share arrangements, or plan fewer months at a time`,
      reason: 'too_big',
    });
  }
}
