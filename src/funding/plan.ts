/**
 * `planProgramme`: the contribution budget of a programme of contribution assistance
 * (*program bantuan iuran*): rosters of BPU participants, months, programmes, funders and the
 * arrangement that says who pays, with totals per funder, month, region and programme.
 *
 * Cost grows with price classes and months, not with people or rosters: participants whose
 * incomes fall in the same bracket in every month form one price class, priced once per month
 * (the law once per month) and shared by every roster that has it; rosters that share an
 * arrangement are charged together, month by month. Two documented limits bound what cannot be
 * shared: funder-months (the result reports every funder month by month) and price-group-months.
 *
 * @module
 */
import * as z from 'zod';
import { fromMonthIndex, monthIndex, MonthRangeSchema, type MonthRange, type YearMonth } from '../core/calendar';
import { fail, isJamsostekError } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { addRupiah, formatRupiah, multiplyRupiah, senSchema, senToDecimalString, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import type { LawUsed, MonthlyContribution } from '../contributions/lines';
import type { ExplanationStep } from '../law/explanation';
import { findBracket } from '../contributions/compute';
import { monthLaw } from '../contributions/monthLaw';
import { contributionOf } from '../contributions/monthly';
import type { IncomeBracket } from '../law/parameters/bpu';
import { resolveOptions, type ContributionOptions, type ResolvedOptions } from '../contributions/options';
import { BpuProgramsSchema, type BpuParticipant, type BpuProgram, type BpuSector } from '../contributions/participant';
import type { LawChange } from '../contributions/schedule';
import type { FundingSource } from '../law/parameters/relief';
import { WholeRupiahSchema } from './allocate';
import { ArrangementSchema, charge, resolveArrangement, type Arrangement, type ArrangementInput, type CapState, type Piece, type ResolvedArrangement } from './arrangement';
import { RegionCodeSchema } from '../core/region';
import { FunderSchema, resolveFunder, type Funder, type FunderInput, type FunderKind } from './funders';

/** What a plan needs to know about a participant: the declared income and, where PP 50/2025 distinguishes it, the sector. */
export interface PlanProfileInput {
  /** Declared monthly income (*penghasilan*); the contribution uses its bracket base. */
  readonly income: AmountInput;
  /** `transport` or `other`; needed only where a self- or village-funded month falls in PP 50/2025's transport-only window. */
  readonly sector?: BpuSector;
  /** An individual employer (*pemberi kerja perorangan*) must also pay JHT: the plan must include JHT. */
  readonly isEmployer?: boolean;
}

/** N participants with the same profile. */
export interface CohortInput {
  /** Head count (0 to 100,000,000). */
  readonly count: number;
  /** The shared profile. */
  readonly profile: PlanProfileInput;
}

/** A roster (*daftar peserta*): participants funded under one arrangement, in one region. */
export interface RosterInput {
  /** A name for reports (`'Kota Kupang'`). */
  readonly name?: string;
  /** Region code of the participants (`'53.71'`); totals per region use it. */
  readonly region?: string;
  /** Who pays (default: the plan's arrangement). */
  readonly arrangement?: ArrangementInput;
  /** Months of this roster, inside the plan's period (default: the plan's period). */
  readonly period?: MonthRange | { readonly from: string; readonly to: string };
  /** Participants as cohorts of identical profiles. */
  readonly cohorts?: readonly CohortInput[];
  /** Participants one by one (identical profiles are grouped internally). */
  readonly participants?: readonly PlanProfileInput[];
}

/** A programme plan as a caller describes it. */
export interface ProgrammePlanInput {
  /** A name for reports. */
  readonly name?: string;
  /** Programmes funded (default `['JKK', 'JKM']`, the assistance norm); add `'JHT'` if funded. */
  readonly programs?: readonly BpuProgram[];
  /** The contribution months (*bulan iuran*) of the plan. */
  readonly period: MonthRange | { readonly from: string; readonly to: string };
  /** The funders. */
  readonly funders: readonly FunderInput[];
  /** The arrangement for rosters without their own. */
  readonly arrangement?: ArrangementInput;
  /** The rosters (at least one). */
  readonly rosters: readonly RosterInput[];
  /** The budget the whole plan must fit in: reported as fits / short by / left over. */
  readonly budget?: AmountInput;
}

/** Whether a budget covers what is required. */
export interface BudgetFit {
  /** The budget. */
  readonly budget: Rupiah;
  /** What is required. */
  readonly required: Rupiah;
  /** True when required ≤ budget. */
  readonly fits: boolean;
  /** required − budget when it does not fit, else 0. */
  readonly shortBy: Rupiah;
  /** budget − required when it fits, else 0. */
  readonly leftOver: Rupiah;
}

/** A funder's totals. */
export interface FunderTotal {
  /** Funder id. */
  readonly funder: string;
  /** Display name. */
  readonly name: string;
  /** Kind of funder. */
  readonly kind: FunderKind;
  /** Region code, if any. */
  readonly region: string | null;
  /** The budget it pays from. */
  readonly budgetType: FundingSource;
  /** What it pays over the plan. */
  readonly total: Rupiah;
  /** What it pays per month, aligned with {@link ProgrammePlan.months}. */
  readonly byMonth: readonly Rupiah[];
  /** Its cap, how much of it is left, and the first month in which it was reached. */
  readonly cap: { readonly amount: Rupiah; readonly remaining: Rupiah; readonly reachedIn: YearMonth | null } | null;
  /** Fit of its budget, if one was given. */
  readonly budget: BudgetFit | null;
}

/** One month of a plan. */
export interface PlanMonth {
  /** The contribution month. */
  readonly month: YearMonth;
  /** Participants covered this month. */
  readonly participants: number;
  /** Contributions due this month. */
  readonly total: Rupiah;
  /** Paid per funder id (funders paying nothing this month are left out). */
  readonly byFunder: Readonly<Record<string, Rupiah>>;
  /** Not paid by any funder (caps reached with no overflow). */
  readonly unfunded: Rupiah;
}

/** A run of months in which a profile's contribution is the same. */
export interface AmountRun {
  /** First month. */
  readonly from: YearMonth;
  /** Last month. */
  readonly to: YearMonth;
  /** Contribution per participant per month. */
  readonly amount: Rupiah;
  /** Per programme, per participant per month. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
}

/** A distinct profile on a roster. */
export interface ProfileSummary {
  /** Participants with this profile. */
  readonly count: number;
  /**
   * Declared income (exact decimal text). Participants whose incomes fall in the same brackets in
   * every month (and share sector and employer status) cost the same and are reported together:
   * `income` is then the lowest of their incomes and `highestIncome` the highest.
   */
  readonly income: string;
  /** The highest declared income of the participants reported together (equal to `income` for one income). */
  readonly highestIncome: string;
  /** Contribution base (*dasar penghasilan*) of the income bracket. */
  readonly base: Rupiah;
  /** Sector, if given. */
  readonly sector: BpuSector | null;
  /** The contribution per participant, month by month, as runs of equal amounts. */
  readonly runs: readonly AmountRun[];
  /** Contribution per participant over the roster's period. */
  readonly perParticipant: Rupiah;
  /** count × perParticipant. */
  readonly total: Rupiah;
}

/** A roster's summary. */
export interface RosterSummary {
  /** Name (or `roster N`). */
  readonly name: string;
  /** Region code, if given. */
  readonly region: string | null;
  /** Its months. */
  readonly period: MonthRange;
  /** Head count. */
  readonly participants: number;
  /** Head count × months. */
  readonly participantMonths: number;
  /**
   * The funding source fed into the contribution calculation as `fundedBy`: the budget type of the
   * arrangement's funder, or for mixed funding the reading in `fundedByReason`. Where a law
   * overlay's PP 50/2025 value excludes another budget the arrangement names, the months it
   * applies to are priced as paid through that budget (the roster notes say so).
   */
  readonly fundedBy: FundingSource;
  /** The arrangement in words. */
  readonly arrangement: BilingualText;
  /** Why that funding source. */
  readonly fundedByReason: BilingualText;
  /** Distinct profiles. */
  readonly profiles: readonly ProfileSummary[];
  /** What the contribution calculation noted for this roster (relief applied or not, and why), without repeats. */
  readonly notes: readonly BilingualText[];
  /** Contributions of the roster over its period. */
  readonly total: Rupiah;
}

/** The result of {@link planProgramme}. */
export interface ProgrammePlan {
  /** The plan's name, if given. */
  readonly name: string | null;
  /** Its months. */
  readonly period: MonthRange;
  /** Programmes funded. */
  readonly programs: readonly BpuProgram[];
  /** Distinct participants (head count over all rosters). */
  readonly participants: number;
  /** Participant-months. */
  readonly participantMonths: number;
  /** The grand total of contributions: Σ funders + unfunded. */
  readonly total: Rupiah;
  /** Paid by funders. */
  readonly funded: Rupiah;
  /** Not paid by any funder (caps reached with no overflow): reported, never dropped. */
  readonly unfunded: Rupiah;
  /** Totals per funder, in the order the funders were given. */
  readonly byFunder: readonly FunderTotal[];
  /** Totals per month. */
  readonly months: readonly PlanMonth[];
  /** Contributions per participants' region code (`unspecified` when a roster gives none). */
  readonly byRegion: Readonly<Record<string, Rupiah>>;
  /** Contributions per programme. */
  readonly byProgram: Readonly<Partial<Record<BpuProgram, Rupiah>>>;
  /** The rosters. */
  readonly rosters: readonly RosterSummary[];
  /** Fit of the plan's budget, if given. */
  readonly budget: BudgetFit | null;
  /** Months in which a parameter value used changes (e.g. PP 50/2025 starting). */
  readonly lawChanges: readonly LawChange[];
  /** Every parameter value used, with citations. */
  readonly law: readonly LawUsed[];
  /** The citations of those values, without repeats. */
  readonly citations: readonly Citation[];
  /** The rounding of each contribution line. */
  readonly rounding: Rounding;
  /** True when a value used was projected. */
  readonly projected: boolean;
  /** The arithmetic and the readings, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly ExplanationStep[];
}

/** Schema of a {@link PlanProfileInput}; parses the income into exact sen. */
export const PlanProfileSchema = ownStrictObject({
  income: senSchema,
  sector: z.enum(['transport', 'other']).optional(),
  isEmployer: z.boolean().optional(),
});

const CohortSchema = ownStrictObject({ count: z.number().int().nonnegative().max(100_000_000), profile: PlanProfileSchema });

const programsSchema = BpuProgramsSchema;

const RosterSchema = ownStrictObject({
  name: z.string().min(1).max(200).optional(),
  region: RegionCodeSchema.optional(),
  arrangement: ArrangementSchema.optional(),
  period: MonthRangeSchema.optional(),
  cohorts: z.array(CohortSchema).max(10_000).optional(),
  participants: z.array(z.unknown()).max(5_000_000).optional(),
})
  .check((ctx) => {
    if (ctx.value.cohorts === undefined && ctx.value.participants === undefined) {
      ctx.issues.push({ code: 'custom', message: 'A roster needs cohorts or participants', input: ctx.value, path: ['participants'] });
    }
  });

/** Schema of a {@link ProgrammePlanInput} (participants listed one by one are checked profile by profile after grouping). */
export const ProgrammePlanSchema = ownStrictObject({
  name: z.string().min(1).max(200).optional(),
  programs: programsSchema.optional(),
  period: MonthRangeSchema,
  funders: z.array(FunderSchema).min(1).max(10_000),
  arrangement: ArrangementSchema.optional(),
  rosters: z.array(RosterSchema).min(1).max(10_000),
  budget: WholeRupiahSchema.optional(),
});

type ParsedProfile = z.output<typeof PlanProfileSchema>;

interface Group {
  readonly key: string;
  readonly profile: ParsedProfile;
  count: number;
  /** Highest income merged into this group (sen). */
  highest: number;
}

/** A price class of a roster: groups whose incomes fall in the same bracket in every month of its period. */
interface PriceClass extends Group {
  /** The bracket rows over the period, with sector and employer flag. */
  readonly classKey: string;
  /** Its prices over the roster's period (set once priced). */
  summary: ClassSummary;
}

interface Roster {
  readonly name: string;
  readonly region: string | null;
  readonly start: number;
  readonly end: number;
  readonly arrangement: ResolvedArrangement;
  /** Distinct budget types of the funders the arrangement names, in order. */
  readonly sources: readonly FundingSource[];
  groups: Group[];
  classes: PriceClass[];
}

/** One price class's contributions over a period under one funding, computed once and shared by every roster that has it. */
interface ClassSummary {
  /** The key of the summary (class, funding, period). */
  readonly key: string;
  /** The contribution per participant in each month of the period (index: month − start). */
  readonly months: readonly MonthlyContribution[];
  readonly runs: readonly AmountRun[];
  readonly perParticipant: Rupiah;
  /** Per participant over the period, by programme, in line order. */
  readonly byProgram: readonly (readonly [BpuProgram, number])[];
  readonly base: Rupiah;
  /** Notes, without repeats (by their English text). */
  readonly notes: readonly BilingualText[];
  /** Law used, keyed as the plan keys it, in order of first use. */
  readonly law: readonly (readonly [string, LawUsed])[];
  /** Parameters changing from the month before, per month. */
  readonly changes: readonly (readonly [YearMonth, readonly string[]])[];
  readonly projected: boolean;
}

/** Participants of price classes with the same prices, arrangement and months, added up across rosters. */
interface Unit {
  readonly arrangement: ResolvedArrangement;
  readonly summary: ClassSummary;
  readonly start: number;
  readonly end: number;
  count: number;
  /** The last amount split and its pieces (most months repeat the month before). */
  lastAmount: number;
  lastPieces: readonly Piece[];
}

/** A run of months with the same income bracket table (`undefined`: none in force). */
interface TableSegment {
  readonly start: number;
  end: number;
  readonly table: readonly IncomeBracket[] | undefined;
}

interface RawSlot {
  readonly index: number;
  count: number;
}

const PROFILE_KEYS = new Set(['income', 'sector', 'isEmployer']);

/**
 * The most funder-months a plan may have (funders × months of the plan): each funder's payments
 * are reported month by month, so the result itself grows with them.
 */
const MAX_PLAN_FUNDER_MONTHS = 600_000;

/**
 * The most price-group-months a plan may have. A price group is a distinct combination of
 * arrangement, income bracket in every month, sector, employer status and roster months (rosters
 * that share all of them form one group, whatever their number); each is charged to its funders
 * month by month, as caps are consumed in month order.
 */
const MAX_PLAN_PRICE_GROUP_MONTHS = 6_000_000;


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
    // The roster is the parse's own-data snapshot: its plain objects have no prototype.
    let simple = typeof p === 'object' && p !== null && !Array.isArray(p) && Object.getPrototypeOf(p) === null;
    if (simple) {
      for (const k of Object.keys(p as object)) {
        if (!PROFILE_KEYS.has(k)) {
          simple = false;
          break;
        }
      }
    }
    if (!simple) {
      slots.push({ index: i, count: 1 });
      continue;
    }
    const o = p as Record<string, unknown>;
    let bySector = byIncome.get(o['income']);
    if (bySector === undefined) byIncome.set(o['income'], (bySector = new Map()));
    let byEmployer = bySector.get(o['sector']);
    if (byEmployer === undefined) bySector.set(o['sector'], (byEmployer = new Map()));
    const slot = byEmployer.get(o['isEmployer']);
    if (slot === undefined) {
      const created = { index: i, count: 1 };
      byEmployer.set(o['isEmployer'], created);
      slots.push(created);
    } else slot.count++;
  }
  return slots;
}

function parsedProfileKey(p: ParsedProfile): string {
  return `${p.income}|${p.sector ?? '-'}|${p.isEmployer === true ? 'E' : '-'}`;
}

function fit(budget: Rupiah, required: Rupiah): BudgetFit {
  const fits = required <= budget;
  return { budget, required, fits, shortBy: (fits ? 0 : required - budget) as Rupiah, leftOver: (fits ? budget - required : 0) as Rupiah };
}

/**
 * Plan a programme of contribution assistance (*rencana anggaran bantuan iuran*): the covered
 * programmes, a month range, rosters of BPU participants (one by one, or as cohorts of N people
 * with the same profile) and the funding arrangement. Each month is priced under the law in force
 * for it, and the funders' budget type is fed into that calculation as the participant's
 * `fundedBy` (PP 50/2025 relief does not apply to contributions paid through APBN or APBD).
 * Every funder has a budget type (given, or by its kind), so a plan never prices a month without
 * knowing who pays. Returns totals per funder, per month, per region and per programme, the grand
 * total, the fit of any budget, and a bilingual explanation.
 *
 * Limits: at most 600,000 funder-months (funders × months of the plan) and 6,000,000
 * price-group-months (distinct combinations of arrangement, income brackets, sector, employer
 * status and roster months, times their months); beyond them an `invalid_input` error names the
 * limit.
 *
 * @example
 * ```ts
 * import { planProgramme, formatRupiah } from 'jamsostek';
 * const ntt = planProgramme({
 *   name: 'NTT 2026',
 *   programs: ['JKK', 'JKM'],
 *   period: { from: '2026-01', to: '2026-12' },
 *   funders: [{ id: 'ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
 *   arrangement: { type: 'single', funder: 'ntt' },
 *   rosters: [{ name: 'Pekerja rentan NTT', region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
 *   budget: 10_080_000_000,
 * });
 * console.log(formatRupiah(ntt.total)); // Rp10.080.000.000
 * console.log(ntt.budget?.fits);        // true
 * ```
 */
export function planProgramme(plan: ProgrammePlanInput, options?: ContributionOptions): ProgrammePlan {
  const resolved = resolveOptions(options);
  const input = parseInput(ProgrammePlanSchema, plan, ['plan']);
  const programs = input.programs ?? (['JKK', 'JKM'] as BpuProgram[]);

  // Funders
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

  // Rosters
  const planStart = monthIndex(input.period.from);
  const planEnd = monthIndex(input.period.to);
  const funderMonths = funders.size * (planEnd - planStart + 1);
  if (funderMonths > MAX_PLAN_FUNDER_MONTHS) {
    fail({
      code: 'invalid_input',
      path: ['plan', 'funders'],
      message: `A plan may have at most ${count(MAX_PLAN_FUNDER_MONTHS)} funder-months (funders × months, each reported month by month); this one has ${count(funders.size)} funders × ${count(planEnd - planStart + 1)} months = ${count(funderMonths)}: plan fewer months or fewer funders at a time`,
      reason: 'too_big',
    });
  }
  // Equal arrangements are resolved once and shared, so that their rosters add up in one unit.
  const arrangements = new Map<string, ResolvedArrangement>();
  const arrangementOf = (a: Arrangement, path: readonly (string | number)[]): ResolvedArrangement => {
    const key = JSON.stringify(a);
    let found = arrangements.get(key);
    if (found === undefined) arrangements.set(key, (found = resolveArrangement(a, funders, path)));
    return found;
  };
  const defaultArrangement = input.arrangement === undefined ? undefined : arrangementOf(input.arrangement, ['plan', 'arrangement']);
  const rosters: Roster[] = input.rosters.map((r, ri) => {
    const path = ['plan', 'rosters', ri];
    let arrangement = defaultArrangement;
    if (r.arrangement !== undefined) arrangement = arrangementOf(r.arrangement, [...path, 'arrangement']);
    if (arrangement === undefined) {
      fail({ code: 'missing_fact', path: [...path, 'arrangement'], message: 'Say who pays: give the roster an arrangement, or the plan a default arrangement', fact: 'arrangement' });
    }
    const start = r.period === undefined ? planStart : monthIndex(r.period.from);
    const end = r.period === undefined ? planEnd : monthIndex(r.period.to);
    if (start < planStart || end > planEnd) {
      fail({ code: 'invalid_input', path: [...path, 'period'], message: `The roster's months must lie inside the plan's ${input.period.from} to ${input.period.to}`, reason: 'custom' });
    }
    const groups = new Map<string, Group>();
    const add = (profile: ParsedProfile, count: number, at: readonly (string | number)[]): void => {
      if (profile.isEmployer === true && !programs.includes('JHT')) {
        fail({ code: 'invalid_input', path: [...at, 'isEmployer'], message: 'A BPU participant who is an employer must also pay JHT (Permenaker 5/2021 Art. 31-32): add "JHT" to the plan\'s programs', reason: 'custom' });
      }
      const key = parsedProfileKey(profile);
      const g = groups.get(key);
      if (g === undefined) groups.set(key, { key, profile, count, highest: profile.income });
      else g.count += count;
    };
    r.cohorts?.forEach((c, ci) => add(c.profile, c.count, [...path, 'cohorts', ci, 'profile']));
    if (r.participants !== undefined) {
      const firsts = groupRawProfiles(r.participants);
      for (const { index, count } of firsts) {
        add(parseInput(PlanProfileSchema, r.participants[index], [...path, 'participants', index]), count, [...path, 'participants', index]);
      }
    }
    const sources = [...new Set(arrangement.named.map((id) => funders.get(id)!.budgetType))];
    return { name: r.name ?? `roster ${ri + 1}`, region: r.region ?? null, start, end, arrangement, sources, groups: [...groups.values()], classes: [] };
  });

  // Prices. A BPU contribution depends on the income only through its bracket: participants whose
  // incomes fall in the same bracket in every month of their roster (with the same sector and
  // employer status) form one price class, priced once per month and funding source and shared
  // by every roster that has it. Cost grows with price classes and months, not with people or rosters.
  const segments = bracketSegments(resolved, planStart, planEnd);
  const summarise = classSummaries(resolved, programs, segments);
  for (const r of rosters) r.classes = mergePriceClasses(r.groups, r.start, r.end, segments);
  checkPriceGroupMonths(rosters);
  rosters.forEach((r, ri) => {
    for (const c of r.classes) c.summary = summarise(c, r, ['plan', 'rosters', ri]);
  });

  // Month by month: caps are consumed chronologically, and within a month in roster order.
  const monthCount = planEnd - planStart + 1;
  const caps = new Map<string, CapState>();
  for (const f of funders.values()) if (f.cap !== null) caps.set(f.id, { remaining: f.cap, reachedIn: null });
  const paidByFunder = new Map<string, number[]>();
  for (const id of funders.keys()) paidByFunder.set(id, new Array<number>(monthCount).fill(0));
  const units = unitsOf(rosters);
  const months: PlanMonth[] = [];
  let total = 0;
  let unfundedTotal = 0;
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
    months.push({ month, participants: monthParticipants, total: monthTotal as Rupiah, byFunder, unfunded: monthUnfunded as Rupiah });
    total = addRupiah(total, monthTotal);
    unfundedTotal = addRupiah(unfundedTotal, monthUnfunded);
    participantMonths += monthParticipants;
  }

  // Funders' totals
  const byFunder: FunderTotal[] = [...funders.values()].map((f) => {
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

  // Regions and programmes, from each class's totals over its period (rosters in the order they start).
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

  // Rosters, law used and law changes
  const lawUsed = new Map<string, LawUsed>();
  const changes = new Map<string, Set<string>>();
  let projected = false;
  const rosterSummaries: RosterSummary[] = rosters.map((r, ri) => {
    let participants = 0;
    const notes = new Map<string, BilingualText>();
    const profiles: ProfileSummary[] = r.classes.map((c) => {
      participants += c.count;
      const sum = c.summary;
      projected ||= sum.projected;
      for (const [key, l] of sum.law) lawUsed.set(key, l);
      for (const n of sum.notes) if (!notes.has(n.en)) notes.set(n.en, n);
      for (const [month, ids] of sum.changes) {
        let set = changes.get(month);
        if (set === undefined) changes.set(month, (set = new Set()));
        for (const id of ids) set.add(id);
      }
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
    });
    return {
      name: r.name,
      region: r.region,
      period: { from: fromMonthIndex(r.start), to: fromMonthIndex(r.end) },
      participants,
      participantMonths: participants * (r.end - r.start + 1),
      fundedBy: r.arrangement.fundedBy,
      arrangement: r.arrangement.description,
      fundedByReason: r.arrangement.fundedByReason,
      profiles,
      notes: [...notes.values()],
      total: rosterTotals[ri] as Rupiah,
    };
  });
  const law = [...lawUsed.values()];
  const citations: Citation[] = [];
  const seenCitations = new Set<string>();
  for (const l of law) {
    for (const c of l.citations) {
      const key = JSON.stringify(c);
      if (!seenCitations.has(key)) {
        seenCitations.add(key);
        citations.push(c);
      }
    }
  }
  const lawChanges: LawChange[] = [...changes.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, ids]) => ({ month: month as YearMonth, parameters: [...ids].sort() }));

  const budget = input.budget === undefined ? null : fit(input.budget, total as Rupiah);
  const result: Omit<ProgrammePlan, 'explanation'> = {
    name: input.name ?? null,
    period: { from: input.period.from, to: input.period.to },
    programs,
    participants: rosterSummaries.reduce((a, r) => a + r.participants, 0),
    participantMonths,
    total: total as Rupiah,
    funded: (total - unfundedTotal) as Rupiah,
    unfunded: unfundedTotal as Rupiah,
    byFunder,
    months,
    byRegion: byRegion as Record<string, Rupiah>,
    byProgram: byProgram as Partial<Record<BpuProgram, Rupiah>>,
    rosters: rosterSummaries,
    budget,
    lawChanges,
    law,
    citations,
    rounding: resolved.rounding,
    projected,
  };
  return { ...result, explanation: explainPlan(result) };
}

/** Refuse a plan whose price-group-months exceed {@link MAX_PLAN_PRICE_GROUP_MONTHS}, before any is priced. */
function checkPriceGroupMonths(rosters: readonly Roster[]): void {
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
      message: `A plan may have at most ${count(MAX_PLAN_PRICE_GROUP_MONTHS)} price-group-months (distinct combinations of arrangement, income brackets, sector, employer status and roster months, times their months); this one has ${count(groups.size)} price groups and ${count(groupMonths)} price-group-months: let rosters share arrangements, or plan fewer months at a time`,
      reason: 'too_big',
    });
  }
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
 * Merge a roster's groups into price classes: the same bracket in every month of the roster's
 * period, the same sector and employer flag. A class is reported by its lowest income and the
 * highest income merged into it.
 */
function mergePriceClasses(groups: readonly Group[], start: number, end: number, segments: readonly TableSegment[]): PriceClass[] {
  const merged = new Map<string, PriceClass>();
  for (const g of groups) {
    let key = '';
    for (const s of segments) {
      if (s.end < start || s.start > end) continue;
      key += `${s.table === undefined ? `?${g.key}` : findBracket(s.table, g.profile.income).row},`;
    }
    key += `|${g.profile.sector ?? '-'}|${g.profile.isEmployer === true ? 'E' : '-'}`;
    const m = merged.get(key);
    const fresh = (from: Group, count: number, highest: number): PriceClass => ({ key: from.key, profile: from.profile, count, highest, classKey: key, summary: undefined as unknown as ClassSummary });
    if (m === undefined) merged.set(key, fresh(g, g.count, g.highest));
    else {
      m.count += g.count;
      if (g.profile.income < m.profile.income) merged.set(key, fresh(g, m.count, Math.max(m.highest, g.highest)));
      else m.highest = Math.max(m.highest, g.highest);
    }
  }
  return [...merged.values()];
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
 * Prices and summarises price classes: a contribution once per distinct (bracket, sector, employer
 * flag, funding source, month), a summary once per (class, funding, period). The first roster to
 * need a summary computes it, so an error names that roster.
 */
function classSummaries(resolved: ResolvedOptions, programs: readonly BpuProgram[], segments: readonly TableSegment[]): (c: PriceClass, r: Roster, path: readonly (string | number)[]) => ClassSummary {
  const contributions = new Map<string, MonthlyContribution>();
  const summaries = new Map<string, ClassSummary>();
  const tables = new Map<number, readonly IncomeBracket[] | undefined>();
  const contributionFor = (c: PriceClass, fundedBy: FundingSource, mi: number, path: readonly (string | number)[]): MonthlyContribution => {
    let table = tables.get(mi);
    if (!tables.has(mi)) tables.set(mi, (table = tableAt(segments, mi)));
    const bracket = table === undefined ? c.key : `${findBracket(table, c.profile.income).row}|${c.profile.sector ?? '-'}|${c.profile.isEmployer === true ? 'E' : '-'}`;
    const key = `${bracket}#${fundedBy}#${mi}`;
    let found = contributions.get(key);
    if (found === undefined) {
      const participant: BpuParticipant = {
        segment: 'BPU',
        income: c.profile.income,
        programs: [...programs],
        fundedBy,
        ...(c.profile.sector === undefined ? {} : { sector: c.profile.sector }),
        ...(c.profile.isEmployer === undefined ? {} : { isEmployer: c.profile.isEmployer }),
      };
      try {
        found = contributionOf(participant, fromMonthIndex(mi), resolved);
      } catch (error) {
        if (isJamsostekError(error)) {
          const first = error.issues[0]!;
          fail({ ...first, path: [...path, 'profile', ...first.path] });
        }
        throw error;
      }
      contributions.set(key, found);
    }
    return found;
  };
  return (c, r, path) => {
    const funding = r.sources.length <= 1 ? r.arrangement.fundedBy : `${r.arrangement.fundedBy}|${r.sources.join(',')}`;
    const key = `${c.classKey}#${funding}#${r.start}#${r.end}`;
    let summary = summaries.get(key);
    if (summary === undefined) {
      const months: MonthlyContribution[] = [];
      for (let mi = r.start; mi <= r.end; mi++) months.push(contributionFor(c, fundedByIn(r, resolved, mi), mi, path));
      summaries.set(key, (summary = summariseMonths(key, months)));
    }
    return summary;
  };
}

/** Runs, totals, notes, law and law changes of one price class over its months. */
function summariseMonths(key: string, months: readonly MonthlyContribution[]): ClassSummary {
  const runs: AmountRun[] = [];
  const byProgram = new Map<BpuProgram, number>();
  const notes = new Map<string, BilingualText>();
  const law = new Map<string, LawUsed>();
  const changes: [YearMonth, string[]][] = [];
  let perParticipant = 0;
  let projected = false;
  let previous: MonthlyContribution | undefined;
  for (const c of months) {
    projected ||= c.projected;
    for (const l of c.lawUsed) {
      const k = `${l.parameter}|${l.from}|${l.source}`;
      if (!law.has(k)) law.set(k, l);
    }
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
    if (last !== undefined && sameAmounts(last.byProgram, byProg)) runs[runs.length - 1] = { ...last, to: c.month };
    else runs.push({ from: c.month, to: c.month, amount: c.totals.billed, byProgram: byProg });
  }
  return {
    key,
    months,
    runs,
    perParticipant: perParticipant as Rupiah,
    byProgram: [...byProgram],
    base: (months[months.length - 1]?.bracket?.base ?? 0) as Rupiah,
    notes: [...notes.values()],
    law: [...law],
    changes,
    projected,
  };
}

/** The price classes of every roster, added up where their prices, arrangement and months are the same (in order of first appearance). */
function unitsOf(rosters: readonly Roster[]): Unit[] {
  const units: Unit[] = [];
  const index = new Map<ResolvedArrangement, Map<ClassSummary, Unit>>();
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
  const byUnits = (pay: (funder: string, amount: number) => void): number => {
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
  };
  if (caps.size === 0) return byUnits(paid);
  const before = [...caps.values()].map((state) => ({ state, remaining: state.remaining, reachedIn: state.reachedIn }));
  const pending = new Map<string, number>();
  const unfunded = byUnits((funder, amount) => pending.set(funder, addRupiah(pending.get(funder) ?? 0, amount)));
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

/** Same amount per programme (and therefore the same billed total: it is their sum). */
function sameAmounts(a: Partial<Record<BpuProgram, Rupiah>>, b: Partial<Record<BpuProgram, Rupiah>>): boolean {
  return a.JKK === b.JKK && a.JKM === b.JKM && a.JHT === b.JHT;
}

function changedParameters(a: MonthlyContribution, b: MonthlyContribution): string[] {
  const key = (m: MonthlyContribution) => new Map(m.lawUsed.map((l) => [l.parameter, `${l.from}|${l.source}`]));
  const ka = key(a);
  const kb = key(b);
  const ids = new Set([...ka.keys(), ...kb.keys()]);
  return [...ids].filter((id) => ka.get(id) !== kb.get(id));
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function explainPlan(p: Omit<ProgrammePlan, 'explanation'>): ExplanationStep[] {
  const steps: { text: BilingualText }[] = [];
  steps.push({
    text: text(
      `Rencana${p.name === null ? '' : ` ${p.name}`}: program ${p.programs.join(' + ')}, bulan iuran ${p.period.from} s.d. ${p.period.to}, ${count(p.participants)} peserta BPU, ${count(p.participantMonths)} peserta-bulan`,
      `Plan${p.name === null ? '' : ` ${p.name}`}: programmes ${p.programs.join(' + ')}, iuran months ${p.period.from} to ${p.period.to}, ${count(p.participants)} BPU participants, ${count(p.participantMonths)} participant-months`,
    ),
  });
  for (const r of p.rosters) {
    steps.push({
      text: text(
        `Daftar "${r.name}"${r.region === null ? '' : ` (wilayah ${r.region})`}: ${r.arrangement.id}. ${r.fundedByReason.id}; sumber dana dihitung sebagai fundedBy = ${r.fundedBy}`,
        `Roster "${r.name}"${r.region === null ? '' : ` (region ${r.region})`}: ${r.arrangement.en}. ${r.fundedByReason.en}; priced with fundedBy = ${r.fundedBy}`,
      ),
    });
    for (const prof of r.profiles) {
      for (const run of prof.runs) {
        const months = monthIndex(run.to) - monthIndex(run.from) + 1;
        const parts = (Object.entries(run.byProgram) as [BpuProgram, Rupiah][]).map(([prog, amt]) => `${prog} ${formatRupiah(amt)}`).join(' + ');
        const amount = multiplyRupiah(multiplyRupiah(run.amount, months), prof.count);
        steps.push({
          text: text(
            `${run.from} s.d. ${run.to}: ${count(prof.count)} peserta (dasar ${formatRupiah(prof.base)}) × ${months} bulan × ${formatRupiah(run.amount)} (${parts}) = ${formatRupiah(amount)}`,
            `${run.from} to ${run.to}: ${count(prof.count)} participants (base ${formatRupiah(prof.base)}) × ${months} months × ${formatRupiah(run.amount)} (${parts}) = ${formatRupiah(amount)}`,
          ),
        });
      }
    }
    for (const note of r.notes) steps.push({ text: note });
    steps.push({ text: text(`Jumlah daftar "${r.name}": ${formatRupiah(r.total)}`, `Roster "${r.name}" total: ${formatRupiah(r.total)}`) });
  }
  for (const f of p.byFunder) {
    const cap = f.cap === null ? '' : f.cap.reachedIn === null ? `; plafon ${formatRupiah(f.cap.amount)} tidak tercapai` : `; plafon ${formatRupiah(f.cap.amount)} tercapai pada ${f.cap.reachedIn}`;
    const capEn = f.cap === null ? '' : f.cap.reachedIn === null ? `; cap ${formatRupiah(f.cap.amount)} not reached` : `; cap ${formatRupiah(f.cap.amount)} reached in ${f.cap.reachedIn}`;
    steps.push({ text: text(`${f.name} (${f.budgetType.toUpperCase()}) membayar ${formatRupiah(f.total)}${cap}`, `${f.name} (${f.budgetType.toUpperCase()}) pays ${formatRupiah(f.total)}${capEn}`) });
  }
  if (p.unfunded > 0) {
    steps.push({ text: text(`Tidak terdanai (plafon tercapai tanpa limpahan): ${formatRupiah(p.unfunded)}`, `Unfunded (caps reached with no overflow): ${formatRupiah(p.unfunded)}`) });
  }
  steps.push({
    text: text(
      `Jumlah seluruhnya ${formatRupiah(p.total)} = ${p.byFunder.map((f) => formatRupiah(f.total)).join(' + ')}${p.unfunded > 0 ? ` + tidak terdanai ${formatRupiah(p.unfunded)}` : ''}`,
      `Grand total ${formatRupiah(p.total)} = ${p.byFunder.map((f) => formatRupiah(f.total)).join(' + ')}${p.unfunded > 0 ? ` + unfunded ${formatRupiah(p.unfunded)}` : ''}`,
    ),
  });
  if (p.budget !== null) {
    steps.push({
      text: p.budget.fits
        ? text(`Anggaran ${formatRupiah(p.budget.budget)} cukup; sisa ${formatRupiah(p.budget.leftOver)}`, `Budget ${formatRupiah(p.budget.budget)} fits; ${formatRupiah(p.budget.leftOver)} left over`)
        : text(`Anggaran ${formatRupiah(p.budget.budget)} kurang ${formatRupiah(p.budget.shortBy)}`, `Budget ${formatRupiah(p.budget.budget)} is short by ${formatRupiah(p.budget.shortBy)}`),
    });
  }
  for (const c of p.lawChanges) {
    steps.push({ text: text(`Nilai parameter yang berlaku berubah mulai ${c.month}: ${c.parameters.join(', ')} (catatan daftar menyebut apakah berlaku)`, `Parameter values in force change from ${c.month}: ${c.parameters.join(', ')} (the roster notes say whether they apply)`) });
  }
  steps.push({
    text: text(
      `Pembulatan: setiap baris iuran dibulatkan sekali (${p.rounding.mode}, kelipatan Rp${p.rounding.step}); jumlah adalah penjumlahan baris yang sudah dibulatkan, dikalikan jumlah peserta`,
      `Rounding: each contribution line is rounded once (${p.rounding.mode}, step Rp${p.rounding.step}); totals are sums of rounded lines multiplied by head counts`,
    ),
  });
  return steps.map((s) => ({ text: s.text, citations: [] }));
}
