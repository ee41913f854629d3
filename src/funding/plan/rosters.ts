/**
 * Resolve a parsed plan's funders and rosters: funder ids checked, arrangements resolved (equal
 * ones once, so their rosters add up together), roster months placed inside the plan's, and
 * participants grouped by identical profile (a cohort of 50,000 is one group, and so are 50,000
 * listed participants with the same income).
 *
 * @module
 * @internal
 */
import { monthIndex } from '../../core/calendar';
import { fail } from '../../core/errors';
import { parseInput } from '../../core/validate';
import type { BpuProgram } from '../../contributions/participant';
import { resolveArrangement, type Arrangement, type ResolvedArrangement } from '../arrangement';
import { resolveFunder, type Funder } from '../funders';
import { formatCount } from '../messages';
import { requireJhtForEmployer } from '../profile';
import type { Group, Roster } from './model';
import { PlanProfileSchema, type ParsedPlan, type ParsedProfile } from './schema';

/**
 * The most funder-months a plan may have (funders × months of the plan): each funder's payments
 * are reported month by month, so the result itself grows with them.
 */
const MAX_PLAN_FUNDER_MONTHS = 600_000;

/** The keys of a profile. */
const PROFILE_KEYS = new Set(['income', 'sector', 'isEmployer']);

/** The first index of raw profiles that are the same, and how many there are. */
interface RawSlot {
  readonly index: number;
  count: number;
}

/** The plan's funders by id, in the order given; ids unique, overflows to known funders. @internal */
export function resolveFunders(input: ParsedPlan): Map<string, Funder> {
  const funders = new Map<string, Funder>();
  input.funders.forEach((f, i) => {
    if (funders.has(f.id)) fail({ code: 'invalid_input', path: ['plan', 'funders', i, 'id'], message: `Funder id "${f.id}" is used twice`, reason: 'custom' });
    funders.set(f.id, resolveFunder(f));
  });
  input.funders.forEach((f, i) => {
    if (f.overflow !== undefined && f.overflow !== 'unfunded' && !funders.has(f.overflow.to)) {
      fail({ code: 'invalid_input', path: ['plan', 'funders', i, 'overflow', 'to'], message: `Unknown funder "${f.overflow.to}"`, reason: 'custom' });
    }
  });
  const months = monthIndex(input.period.to) - monthIndex(input.period.from) + 1;
  const funderMonths = funders.size * months;
  if (funderMonths > MAX_PLAN_FUNDER_MONTHS) {
    fail({
      code: 'invalid_input',
      path: ['plan', 'funders'],
      message: `A plan may have at most ${formatCount(MAX_PLAN_FUNDER_MONTHS)} funder-months (funders × months, each reported month by month); this one has ${formatCount(funders.size)} funders × ${formatCount(months)} months = ${formatCount(funderMonths)}: plan fewer months or fewer funders at a time`,
      reason: 'too_big',
    });
  }
  return funders;
}

/** The plan's rosters, each with its arrangement, months and groups of identical profiles. @internal */
export function resolveRosters(input: ParsedPlan, funders: ReadonlyMap<string, Funder>, programs: readonly BpuProgram[]): Roster[] {
  const planStart = monthIndex(input.period.from);
  const planEnd = monthIndex(input.period.to);
  // Equal arrangements are resolved once and shared, so that their rosters add up in one unit.
  const arrangements = new Map<string, ResolvedArrangement>();
  const arrangementOf = (a: Arrangement, path: readonly (string | number)[]): ResolvedArrangement => {
    const key = JSON.stringify(a);
    let found = arrangements.get(key);
    if (found === undefined) arrangements.set(key, (found = resolveArrangement(a, funders, path)));
    return found;
  };
  const defaultArrangement = input.arrangement === undefined ? undefined : arrangementOf(input.arrangement, ['plan', 'arrangement']);
  return input.rosters.map((r, ri) => {
    const path = ['plan', 'rosters', ri];
    const arrangement = r.arrangement === undefined ? defaultArrangement : arrangementOf(r.arrangement, [...path, 'arrangement']);
    if (arrangement === undefined) {
      fail({ code: 'missing_fact', path: [...path, 'arrangement'], message: 'Say who pays: give the roster an arrangement, or the plan a default arrangement', fact: 'arrangement' });
    }
    const start = r.period === undefined ? planStart : monthIndex(r.period.from);
    const end = r.period === undefined ? planEnd : monthIndex(r.period.to);
    if (start < planStart || end > planEnd) {
      fail({ code: 'invalid_input', path: [...path, 'period'], message: `The roster's months must lie inside the plan's ${input.period.from} to ${input.period.to}`, reason: 'custom' });
    }
    const sources = [...new Set(arrangement.named.map((id) => funders.get(id)!.budgetType))];
    const periodPath = r.period === undefined ? ['plan', 'period'] : [...path, 'period'];
    return { name: r.name ?? `roster ${ri + 1}`, region: r.region ?? null, start, end, periodPath, arrangement, sources, groups: groupsOf(r, path, programs), classes: [] };
  });
}

/** A roster's participants (cohorts, then participants listed one by one) as groups of identical profiles. */
function groupsOf(r: ParsedPlan['rosters'][number], path: readonly (string | number)[], programs: readonly BpuProgram[]): Group[] {
  const groups = new Map<string, Group>();
  const add = (profile: ParsedProfile, count: number, at: readonly (string | number)[]): void => {
    requireJhtForEmployer(profile, programs, at);
    const key = parsedProfileKey(profile);
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { key, profile, source: at, count, highest: profile.income });
    else g.count += count;
  };
  r.cohorts?.forEach((c, ci) => add(c.profile, c.count, [...path, 'cohorts', ci, 'profile']));
  if (r.participants !== undefined) {
    for (const { index, count } of groupRawProfiles(r.participants)) {
      add(parseInput(PlanProfileSchema, r.participants[index], [...path, 'participants', index]), count, [...path, 'participants', index]);
    }
  }
  return [...groups.values()];
}

/**
 * Group raw profiles before validation: identical raw inputs validate and cost the same. Plain
 * objects made only of the known keys are grouped through nested maps on the values themselves (no
 * string building; an object or function value is compared by identity, so repeats of it validate
 * the same way, and always fail); anything else is its own group and is validated on its own.
 * Returns the first index and the count of each group, in order of first appearance.
 */
function groupRawProfiles(raw: readonly unknown[]): RawSlot[] {
  const slots: RawSlot[] = [];
  const byIncome = new Map<unknown, Map<unknown, Map<unknown, RawSlot>>>();
  for (let i = 0; i < raw.length; i++) {
    const p = raw[i];
    if (!isSimpleProfile(p)) {
      slots.push({ index: i, count: 1 });
      continue;
    }
    let bySector = byIncome.get(p['income']);
    if (bySector === undefined) byIncome.set(p['income'], (bySector = new Map()));
    let byEmployer = bySector.get(p['sector']);
    if (byEmployer === undefined) bySector.set(p['sector'], (byEmployer = new Map()));
    const slot = byEmployer.get(p['isEmployer']);
    if (slot === undefined) {
      const created = { index: i, count: 1 };
      byEmployer.set(p['isEmployer'], created);
      slots.push(created);
    } else slot.count++;
  }
  return slots;
}

/** A prototype-less object (the roster is the parse's own-data snapshot) made only of the profile's keys. */
function isSimpleProfile(p: unknown): p is Record<string, unknown> {
  if (typeof p !== 'object' || p === null || Array.isArray(p) || Object.getPrototypeOf(p) !== null) return false;
  for (const k of Object.keys(p)) if (!PROFILE_KEYS.has(k)) return false;
  return true;
}

/** Income, sector and employer flag as one key. */
function parsedProfileKey(p: ParsedProfile): string {
  return `${p.income}|${p.sector ?? '-'}|${p.isEmployer === true ? 'E' : '-'}`;
}
