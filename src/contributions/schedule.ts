/**
 * `contributionSchedule`: month-by-month contributions over a period in which the law may change.
 *
 * @module
 */
import { fromMonthIndex, monthIndex, MonthRangeSchema, type MonthRange, type YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import type { Rupiah } from '../core/money';
import { parseInput } from '../core/validate';
import { SCHEDULE_ROOTS } from './compute';
import type { ContributionProgram, ContributionTotals, LawUsed, MonthlyContribution } from './lines';
import { contributionOf } from './monthly';
import { resolveOptions, type ContributionOptions } from './options';
import { fastParticipant, ParticipantSchema, type ParticipantInput } from './participant';

/** A change in the law between one month of a schedule and the month before it. */
export interface LawChange {
  /** The first month under the new values. */
  readonly month: YearMonth;
  /** Parameters whose value in force changed (or started or stopped applying). */
  readonly parameters: readonly string[];
}

/** Contributions month by month over a period. */
export interface ContributionSchedule {
  /** The months asked for, inclusive. */
  readonly period: MonthRange;
  /** One result per month, in order, each with its due date and the law in force. */
  readonly months: readonly MonthlyContribution[];
  /** Totals over the period per payer; sums of the months' rounded lines. */
  readonly totals: ContributionTotals;
  /** Billed totals over the period per programme. */
  readonly billedByProgram: Readonly<Record<ContributionProgram, Rupiah>>;
  /** The months in which a parameter value used changed. */
  readonly lawChanges: readonly LawChange[];
  /** Every parameter value used in any month, once each, in order of first use. */
  readonly lawUsed: readonly LawUsed[];
  /** True when any month used a projected value. */
  readonly projected: boolean;
}

/**
 * The contributions of one participant for every month of a period (at most 600 months), with
 * due dates, totals, and the months in which the law changes (for example the JP wage cap every
 * March, or a relief window opening and closing). A month the law does not cover is a
 * `parameter_not_in_force` error at `['period']`.
 *
 * @example
 * ```ts
 * import { contributionSchedule } from 'jamsostek';
 * const year = contributionSchedule(
 *   { segment: 'PU', wage: 15_000_000, riskClass: 1, employerScale: 'large' },
 *   { from: '2026-01', to: '2026-12' },
 * );
 * console.log(year.lawChanges.map((c) => c.month)); // ['2026-03'] (the new JP wage cap)
 * ```
 */
export function contributionSchedule(participant: ParticipantInput, period: MonthRange | { from: string; to: string }, options?: ContributionOptions): ContributionSchedule {
  const resolved = resolveOptions(options);
  const parsed = fastParticipant(participant) ?? parseInput(ParticipantSchema, participant, ['participant']);
  const { from, to } = parseInput(MonthRangeSchema, period, ['period']);
  const months: MonthlyContribution[] = [];
  const lawChanges: LawChange[] = [];
  let employer = 0;
  let employee = 0;
  let participantTotal = 0;
  let government = 0;
  const byProgram: Record<ContributionProgram, number> = { JKK: 0, JKM: 0, JHT: 0, JP: 0, JKP: 0 };
  const lawUsed = new Map<string, LawUsed>();
  let previous: MonthlyContribution | undefined;
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) {
    const month = contributionOf(parsed, fromMonthIndex(i), resolved, SCHEDULE_ROOTS);
    months.push(month);
    employer += month.totals.employer;
    employee += month.totals.employee;
    participantTotal += month.totals.participant;
    government += month.totals.government;
    for (const line of month.lines) if (line.billed) byProgram[line.program] += line.amount;
    // A month whose values are those of the month before adds nothing to the law used.
    const changed = previous === undefined ? undefined : changedParameters(previous, month);
    if (changed !== undefined && changed.length > 0) lawChanges.push({ month: month.month, parameters: changed });
    if (changed === undefined || changed.length > 0) addLawUsed(lawUsed, month);
    previous = month;
  }
  const billed = employer + employee + participantTotal;
  if (!Number.isSafeInteger(billed) || !Number.isSafeInteger(government)) fail({ code: 'amount_out_of_range', path: ['participant'], message: 'Schedule total exceeds the exact range of the library' });
  return {
    period: { from, to },
    months,
    totals: { employer: employer as Rupiah, employee: employee as Rupiah, participant: participantTotal as Rupiah, billed: billed as Rupiah, government: government as Rupiah },
    billedByProgram: byProgram as Record<ContributionProgram, Rupiah>,
    lawChanges,
    lawUsed: [...lawUsed.values()],
    projected: months.some((m) => m.projected),
  };
}

/** The key of a value used: the same parameter value from the same layer. */
const lawKey = (l: LawUsed): string => `${l.parameter}|${l.from}|${l.source}`;

function addLawUsed(into: Map<string, LawUsed>, m: MonthlyContribution): void {
  for (const l of m.lawUsed) {
    const key = lawKey(l);
    if (!into.has(key)) into.set(key, l);
  }
}

function changedParameters(a: MonthlyContribution, b: MonthlyContribution): string[] {
  // Law entries are shared objects per parameter value: the same list element by element means no change.
  // (A fast path only: the comparison below gives the same answer; see docs/quality.md.)
  if (a.lawUsed.length === b.lawUsed.length && a.lawUsed.every((l, i) => l === b.lawUsed[i])) return [];
  const key = (m: MonthlyContribution) => new Map(m.lawUsed.map((l) => [l.parameter, lawKey(l)]));
  const ka = key(a);
  const kb = key(b);
  const ids = new Set([...ka.keys(), ...kb.keys()]);
  return [...ids].filter((id) => ka.get(id) !== kb.get(id)).sort();
}
