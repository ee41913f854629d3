/**
 * Roster summaries and the plan's totals that come from them: contributions per region and per
 * programme, each roster's profiles and notes, and the law the plan used (with the months in which
 * a value changes).
 *
 * @module
 * @internal
 */
import { fromMonthIndex, type YearMonth } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import { addRupiah, multiplyRupiah, senToDecimalString, type Rupiah } from '../../core/money';
import type { Citation } from '../../law/citation';
import { LawTally } from '../lawTally';
import type { LawUsed } from '../../law/lawUsed';
import type { BpuProgram } from '../../contributions/participant';
import type { LawChange } from '../../contributions/schedule';
import type { PriceClass, Roster } from './model';
import type { ProfileSummary, RosterSummary } from './types';

/** Contributions per region, per programme and per roster. @internal */
export interface PlanTotals {
  readonly byRegion: Record<string, Rupiah>;
  readonly byProgram: Partial<Record<BpuProgram, Rupiah>>;
  /** Per roster, in the order given. */
  readonly rosterTotals: readonly Rupiah[];
}

/** The rosters' summaries and the law they used. @internal */
export interface RosterReport {
  readonly rosters: RosterSummary[];
  readonly lawUsed: LawUsed[];
  readonly citations: Citation[];
  readonly lawChanges: LawChange[];
  readonly projected: boolean;
}

/** Regions and programmes, from each class's totals over its period (rosters in the order they start). @internal */
export function planTotals(rosters: readonly Roster[]): PlanTotals {
  const byRegion: Record<string, number> = {};
  const byProgram: Partial<Record<BpuProgram, number>> = {};
  const rosterTotals = rosters.map(() => 0);
  const byStart = rosters.map((r, ri) => ({ r, ri })).sort((x, y) => x.r.start - y.r.start || x.ri - y.ri);
  for (const { r, ri } of byStart) {
    for (const c of r.classes) {
      if (c.count === 0) continue;
      const classTotal = multiplyRupiah(c.summary.perParticipant, c.count);
      rosterTotals[ri] = addRupiah(rosterTotals[ri]!, classTotal);
      const region = r.region ?? 'unspecified';
      byRegion[region] = addRupiah(byRegion[region] ?? 0, classTotal);
      for (const [program, amount] of c.summary.byProgram) byProgram[program] = addRupiah(byProgram[program] ?? 0, multiplyRupiah(amount, c.count));
    }
  }
  return { byRegion: byRegion as Record<string, Rupiah>, byProgram: byProgram as Partial<Record<BpuProgram, Rupiah>>, rosterTotals: rosterTotals as Rupiah[] };
}

/** Each roster's summary, the law used over all rosters, and the months in which it changes. @internal */
export function rosterReport(rosters: readonly Roster[], rosterTotals: readonly Rupiah[]): RosterReport {
  const summaries = rosters.map((r, ri): RosterSummary => {
    const notes = new Map<string, BilingualText>();
    for (const c of r.classes) for (const n of c.summary.notes) if (!notes.has(n.en)) notes.set(n.en, n);
    const participantCount = r.classes.reduce((sum, c) => sum + c.count, 0);
    return {
      name: r.name,
      region: r.region,
      period: { from: fromMonthIndex(r.start), to: fromMonthIndex(r.end) },
      participantCount,
      participantMonths: participantCount * (r.end - r.start + 1),
      fundedBy: r.arrangement.fundedBy,
      arrangement: r.arrangement.description,
      fundedByReason: r.arrangement.fundedByReason,
      profiles: r.classes.map(profileSummary),
      notes: [...notes.values()],
      total: rosterTotals[ri]!,
    };
  });
  return { rosters: summaries, ...lawOfRosters(rosters) };
}

/** A price class as a roster reports it. */
function profileSummary(c: PriceClass): ProfileSummary {
  const sum = c.summary;
  return {
    count: c.count,
    income: senToDecimalString(c.profile.income),
    highestIncome: senToDecimalString(c.highest),
    base: sum.base,
    sector: c.profile.sector ?? null,
    runs: sum.runs,
    perParticipant: sum.perParticipant,
    total: multiplyRupiah(sum.perParticipant, c.count),
  };
}

/** The law every roster's classes used (in order of first use), its citations, the months in which a value changes, and whether any was projected. */
function lawOfRosters(rosters: readonly Roster[]): Omit<RosterReport, 'rosters'> {
  const law = new LawTally();
  const changes = new Map<string, Set<string>>();
  for (const r of rosters) {
    for (const c of r.classes) {
      const sum = c.summary;
      law.addTally(sum.law);
      for (const [month, ids] of sum.changes) {
        let set = changes.get(month);
        if (set === undefined) changes.set(month, (set = new Set()));
        for (const id of ids) set.add(id);
      }
    }
  }
  const lawChanges: LawChange[] = [...changes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, ids]) => ({ month: month as YearMonth, parameters: [...ids].sort() }));
  return { ...law.report(), lawChanges };
}
