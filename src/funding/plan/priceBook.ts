/**
 * The price book of a plan: a contribution once per distinct (bracket, sector, employer flag,
 * funding source, month), the law resolved once per month, and each price class's summary over a
 * roster's months once per (class, funding, period), shared by every roster that has it. Cost
 * grows with price classes and months, not with people or rosters.
 *
 * @module
 * @internal
 */
import { fromMonthIndex, monthIndex, type MonthRange, type YearMonth } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import { fail, isJamsostekError } from '../../core/errors';
import { addRupiah, type Rupiah } from '../../core/money';
import { findBracket } from '../../contributions/compute';
import type { MonthlyContribution } from '../../contributions/lines';
import { monthLaw } from '../../contributions/monthLaw';
import { contributionOf } from '../../contributions/monthly';
import type { ResolvedOptions } from '../../contributions/options';
import type { BpuProgram } from '../../contributions/participant';
import type { IncomeBracket } from '../../law/parameters/bpu';
import type { FundingSource } from '../../law/parameters/relief';
import { LawTally } from '../lawTally';
import { participantOfProfile } from '../profile';
import type { ClassSummary, PriceClass, Roster, TableSegment } from './model';
import { checkPriceGroupMonths, mergePriceClasses } from './priceClasses';
import type { AmountRun } from './types';

/** Prices a class for a roster. @internal */
export type PriceBook = (c: PriceClass, r: Roster) => ClassSummary;

/**
 * Price every roster: merge its groups into price classes (the bracket tables resolved once over
 * the plan's months), check the plan's size, then summarise each class from the price book. @internal
 */
export function priceRosters(rosters: readonly Roster[], resolved: ResolvedOptions, programs: readonly BpuProgram[], period: MonthRange): void {
  const segments = bracketSegments(resolved, monthIndex(period.from), monthIndex(period.to));
  const price = createPriceBook(resolved, programs, segments);
  for (const r of rosters) r.classes = mergePriceClasses(r.groups, r.start, r.end, segments);
  checkPriceGroupMonths(rosters);
  for (const r of rosters) for (const c of r.classes) c.summary = price(c, r);
}

/** The income bracket tables over the plan's months, as runs of months with the same table. */
function bracketSegments(resolved: ResolvedOptions, start: number, end: number): TableSegment[] {
  const segments: TableSegment[] = [];
  for (let mi = start; mi <= end; mi++) {
    const table = monthLaw(resolved.law, fromMonthIndex(mi), resolved.projection).values['bpu.incomeBrackets']?.value;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.table === table) last.end = mi;
    else segments.push({ start: mi, end: mi, table });
  }
  return segments;
}

/** The bracket table in force in a month (`undefined`: none). */
function tableAt(segments: readonly TableSegment[], mi: number): readonly IncomeBracket[] | undefined {
  for (const s of segments) if (mi >= s.start && mi <= s.end) return s.table;
  return undefined; // not reached: the segments cover the plan's months
}

/**
 * The funding source a roster's month is priced with. A single budget type is that type. For a
 * mixed arrangement the reading of mixed funding applies to the month's law: a month paid even in
 * part from a budget that PP 50/2025 excludes counts as paid through it (the arrangement's own
 * pick, APBN then APBD, when it is excluded; otherwise the first named funder's excluded budget);
 * where the month's law excludes none of them, the arrangement's pick (the amount is then the same
 * for every one of them).
 */
function fundedByIn(r: Roster, resolved: ResolvedOptions, mi: number): FundingSource {
  const pick = r.arrangement.fundedBy;
  if (r.sources.length <= 1) return pick;
  const excluded = monthLaw(resolved.law, fromMonthIndex(mi), resolved.projection).values['relief.pp50_2025']?.value.excludedFunding;
  if (excluded === undefined || excluded.includes(pick)) return pick;
  return r.sources.find((s) => excluded.includes(s)) ?? pick;
}

/**
 * A price book: prices and summarises price classes, a contribution once per distinct (bracket,
 * sector, employer flag, funding source, month), a summary once per (class, funding, period). The
 * first class to need a price computes it, so an error points at that class's first profile (or,
 * for a month the law does not cover, at the roster's months).
 */
function createPriceBook(resolved: ResolvedOptions, programs: readonly BpuProgram[], segments: readonly TableSegment[]): PriceBook {
  const contributions = new Map<string, MonthlyContribution>();
  const summaries = new Map<string, ClassSummary>();
  const tables = new Map<number, readonly IncomeBracket[] | undefined>();
  const contributionFor = (c: PriceClass, r: Roster, fundedBy: FundingSource, mi: number): MonthlyContribution => {
    let table = tables.get(mi);
    if (!tables.has(mi)) tables.set(mi, (table = tableAt(segments, mi)));
    const bracket = table === undefined ? c.key : `${findBracket(table, c.profile.income).row}|${c.profile.sector ?? '-'}|${c.profile.isEmployer === true ? 'E' : '-'}`;
    const key = `${bracket}#${fundedBy}#${mi}`;
    let found = contributions.get(key);
    if (found === undefined) {
      found = priceMonth(c, r, programs, fundedBy, mi, resolved);
      contributions.set(key, found);
    }
    return found;
  };
  return (c, r) => {
    const funding = r.sources.length <= 1 ? r.arrangement.fundedBy : `${r.arrangement.fundedBy}|${r.sources.join(',')}`;
    const key = `${c.classKey}#${funding}#${r.start}#${r.end}`;
    let summary = summaries.get(key);
    if (summary === undefined) {
      const months: MonthlyContribution[] = [];
      for (let mi = r.start; mi <= r.end; mi++) months.push(contributionFor(c, r, fundedByIn(r, resolved, mi), mi));
      summaries.set(key, (summary = summariseMonths(key, months)));
    }
    return summary;
  };
}

/**
 * One participant of a class for one month. An error is rooted in the plan: a fact of the profile
 * at the class's first profile (`['plan', 'rosters', 0, 'cohorts', 1, 'profile', 'sector']`), a
 * month the law does not cover at the roster's months.
 */
function priceMonth(c: PriceClass, r: Roster, programs: readonly BpuProgram[], fundedBy: FundingSource, mi: number, resolved: ResolvedOptions): MonthlyContribution {
  try {
    return contributionOf(participantOfProfile(c.profile, programs, fundedBy), fromMonthIndex(mi), resolved);
  } catch (error) {
    if (isJamsostekError(error)) {
      const first = error.issues[0]!;
      fail({ ...first, path: first.path[0] === 'month' ? [...r.periodPath] : [...c.source, ...first.path] });
    }
    throw error;
  }
}

/** Runs, totals, notes, law and law changes of one price class over its months. */
function summariseMonths(key: string, months: readonly MonthlyContribution[]): ClassSummary {
  const runs: AmountRun[] = [];
  const byProgram = new Map<BpuProgram, number>();
  const notes = new Map<string, BilingualText>();
  const law = new LawTally();
  const changes: [YearMonth, string[]][] = [];
  let perParticipant = 0;
  let previous: MonthlyContribution | undefined;
  for (const c of months) {
    law.addContribution(c);
    for (const n of c.notes) if (!notes.has(n.text.en)) notes.set(n.text.en, n.text);
    if (previous !== undefined) {
      const changed = changedParameters(previous, c);
      if (changed.length > 0) changes.push([c.month, changed]);
    }
    previous = c;
    perParticipant = addRupiah(perParticipant, c.totals.billed);
    const byProg: Partial<Record<BpuProgram, Rupiah>> = {};
    for (const line of c.lines) {
      if (!line.billed) continue;
      const program = line.program as BpuProgram;
      byProg[program] = addRupiah(byProg[program] ?? 0, line.amount);
      byProgram.set(program, addRupiah(byProgram.get(program) ?? 0, line.amount));
    }
    const last = runs[runs.length - 1];
    if (last !== undefined && sameAmounts(last.byProgram, byProg)) runs[runs.length - 1] = { ...last, period: { from: last.period.from, to: c.month } };
    else runs.push({ period: { from: c.month, to: c.month }, amount: c.totals.billed, byProgram: byProg });
  }
  return {
    key,
    months,
    runs,
    perParticipant: perParticipant as Rupiah,
    byProgram: [...byProgram],
    base: (months[months.length - 1]?.bracket?.base ?? 0) as Rupiah,
    notes: [...notes.values()],
    law,
    citations: law.report().citations,
    changes,
  };
}

/** Same amount per programme (and therefore the same billed total: it is their sum). */
function sameAmounts(a: Partial<Record<BpuProgram, Rupiah>>, b: Partial<Record<BpuProgram, Rupiah>>): boolean {
  return a.JKK === b.JKK && a.JKM === b.JKM && a.JHT === b.JHT;
}

/** The parameters whose value (period or source) differs between two months. */
function changedParameters(a: MonthlyContribution, b: MonthlyContribution): string[] {
  const key = (m: MonthlyContribution) => new Map(m.lawUsed.map((l) => [l.parameter, `${l.from}|${l.source}`]));
  const ka = key(a);
  const kb = key(b);
  const ids = new Set([...ka.keys(), ...kb.keys()]);
  return [...ids].filter((id) => ka.get(id) !== kb.get(id));
}
