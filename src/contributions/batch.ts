/**
 * `contributionBatch`: one month of contributions for a whole roster, in columns. The law is
 * resolved once; the line structure (programmes, payers, rates, caps, relief) is worked out once
 * per distinct profile by the same engine as {@link monthlyContribution}; each worker then costs
 * a few integer operations per line, written into a `Float64Array`. The roster is validated once
 * as a whole and then element by element in a tight loop, not by a schema per person.
 *
 * @module
 */
import * as z from 'zod';
import { fail, showValue } from '../core/errors';
import type { YearMonth } from '../core/calendar';
import { amountToSen, divideRounded, roundProduct, type Rounding, type Rupiah, type Sen } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { Citation } from '../law/citation';
import { computeBpu, computePu, findBracket } from './compute';
import type { ContributionPayer, ContributionProgram, LawUsed } from './lines';
import { monthLaw, need, type MonthLaw } from './monthLaw';
import { parseMonth } from './monthly';
import { resolveOptions, type ContributionOptions, type ResolvedOptions } from './options';
import { BpuParticipantSchema, PuParticipantSchema, type BpuParticipant, type PuParticipant } from './participant';

/** A column of numbers: a plain array or a typed array. */
export type NumberColumn = ArrayLike<number>;

/** A roster of wage earners sharing one employer profile, as columns. */
export interface PuColumnRoster {
  /** Segment: wage earners. */
  readonly segment: 'PU';
  /** Monthly wage (*upah sebulan*) of each worker, in rupiah (at most two decimals). */
  readonly wages: NumberColumn;
  /** JKK risk class (1–5) of each worker's employer. */
  readonly riskClasses: NumberColumn;
  /** Employer scale (decides programmes) unless `programs` is given. */
  readonly employerScale?: 'micro' | 'small' | 'medium' | 'large';
  /** Programmes of every worker in the roster. */
  readonly programs?: readonly ('JKK' | 'JKM' | 'JHT' | 'JP')[];
  /** Show JKP lines (default true). */
  readonly jkp?: boolean;
}

/** A roster of informal workers sharing one profile (programmes, sector, funder), as columns. */
export interface BpuColumnRoster {
  /** Segment: informal workers. */
  readonly segment: 'BPU';
  /** Declared monthly income of each participant, in rupiah (at most two decimals). */
  readonly incomes: NumberColumn;
  /** Programmes (default JKK + JKM). */
  readonly programs?: readonly ('JKK' | 'JKM' | 'JHT')[];
  /** Transport or other. */
  readonly sector?: 'transport' | 'other';
  /**
   * Who pays every member's contributions (*sumber iuran*). Required in the months where PP 50/2025
   * would discount JKK and JKM (APBN or APBD funding removes the discount), optional elsewhere: see
   * {@link BpuParticipantInput.fundedBy}.
   */
  readonly fundedBy?: 'self' | 'apbn' | 'apbd' | 'apbdes' | 'employer' | 'donor';
}

/** A roster as columns. */
export type ColumnRoster = PuColumnRoster | BpuColumnRoster;

/** One kind of line every member of the roster has (e.g. JP paid by the employer). */
export interface BatchLineKind {
  /** The programme. */
  readonly program: ContributionProgram;
  /** Who pays. */
  readonly payer: ContributionPayer;
  /** Whether it is billed (JKP lines are not). */
  readonly billed: boolean;
  /** The parameter ids the line reads. */
  readonly parameters: readonly string[];
  /** Legal basis. */
  readonly citations: readonly Citation[];
  /** Relief measure applied to this kind of line, if any. */
  readonly reliefMeasure?: string;
}

/** One month of contributions for a roster, in columns. */
export interface ContributionBatch {
  /** The contribution month. */
  readonly month: string;
  /** PU or BPU. */
  readonly segment: 'PU' | 'BPU';
  /** Number of members. */
  readonly count: number;
  /** The kinds of line, in column order. */
  readonly lineKinds: readonly BatchLineKind[];
  /** Amounts, row-major: member `i`, line kind `j` is at `i * lineKinds.length + j`. Whole rupiah. */
  readonly amounts: Float64Array;
  /** Sum of each line kind over the roster. */
  readonly totalsByKind: readonly Rupiah[];
  /** Billed total over the roster (sum of billed line kinds). */
  readonly billed: Rupiah;
  /** Due date of the month's contributions. */
  readonly dueDate: string;
  /** The rounding applied to every line. */
  readonly rounding: Rounding;
  /** Every parameter value used, with citations. */
  readonly law: readonly LawUsed[];
}

const isColumn = (v: unknown): v is NumberColumn =>
  (Array.isArray(v) || ArrayBuffer.isView(v)) && typeof (v as { length?: unknown }).length === 'number';
const column = z.custom<NumberColumn>(isColumn, 'Expected an array (or typed array) of numbers');

const RosterSchema = z.discriminatedUnion('segment', [
  ownStrictObject({
    segment: z.literal('PU'),
    wages: column,
    riskClasses: column,
    employerScale: z.enum(['micro', 'small', 'medium', 'large']).optional(),
    programs: PuParticipantSchema.shape.programs,
    jkp: z.boolean().optional(),
  }),
  ownStrictObject({
    segment: z.literal('BPU'),
    incomes: column,
    programs: z.array(z.enum(['JKK', 'JKM', 'JHT'])).optional(),
    sector: z.enum(['transport', 'other']).optional(),
    fundedBy: z.enum(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor']).optional(),
  }),
]);

/** Schema of a roster given as columns (the columns' elements are checked one by one). */
export const ColumnRosterSchema = RosterSchema;

const MAX_ROSTER = 50_000_000;

/** Exact sen of a column element, or a typed error naming its index. */
function senAt(columnName: string, values: NumberColumn, i: number, positive: boolean): number {
  const v = values[i];
  if (typeof v === 'number' && Number.isSafeInteger(v) && (positive ? v > 0 : v >= 0) && v <= 90_000_000_000_000) return v * 100;
  const sen = amountToSen(v);
  if (typeof sen === 'string' || (positive && sen === 0)) {
    fail({ code: 'invalid_input', path: ['roster', columnName, i], message: typeof sen === 'string' ? sen : 'Expected an amount greater than zero', reason: 'custom' });
  }
  return sen;
}

interface Kind {
  readonly meta: BatchLineKind;
  /** Per risk class 1-5 (index 0 unused): numerator and denominator × 100 × step of the rate. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** Cap of the base in sen (Infinity if none). */
  readonly capSen: number;
}

/**
 * One month of contributions for a whole roster, as columns: the same lines, amounts and rounding
 * as {@link monthlyContribution} gives member by member, at a fraction of the cost. Members share a
 * profile (employer scale or programmes; for BPU programmes, sector and funder); wages, incomes
 * and risk classes vary per member.
 *
 * @example
 * ```ts
 * import { contributionBatch } from 'jamsostek';
 * const batch = contributionBatch({ segment: 'PU', wages: [5_000_000, 15_000_000], riskClasses: [1, 5], employerScale: 'large' }, '2026-03');
 * console.log(batch.lineKinds.map((k) => `${k.program}/${k.payer}`).slice(0, 3)); // ['JKK/employer', 'JKM/employer', 'JHT/employer']
 * console.log(batch.amounts[0], batch.amounts[batch.lineKinds.length]); // 12000 261000
 * ```
 */
export function contributionBatch(roster: ColumnRoster, month: string, options?: ContributionOptions): ContributionBatch {
  const resolved = resolveOptions(options);
  return batchOf(parseColumnRoster(roster), parseMonth(month, 'month'), resolved);
}

/** A roster of columns after validation (its columns' elements are checked by {@link batchOf}). @internal */
export type ParsedColumnRoster = z.output<typeof RosterSchema>;

/** Validate a roster of columns (own data only; see `core/validate`). @internal */
export function parseColumnRoster(roster: unknown): ParsedColumnRoster {
  return parseInput(RosterSchema, roster, ['roster']);
}

/** One month of contributions for an already-validated roster. @internal */
export function batchOf(r: ParsedColumnRoster, month: YearMonth, resolved: ResolvedOptions): ContributionBatch {
  const m = monthLaw(resolved.law, month, resolved.beyondLastValue);
  if (r.segment === 'PU') {
    if (r.wages.length !== r.riskClasses.length) fail({ code: 'invalid_input', path: ['roster', 'riskClasses'], message: `Expected one risk class per wage: ${r.wages.length} wages, ${r.riskClasses.length} risk classes`, reason: 'custom' });
    if (r.wages.length > MAX_ROSTER) fail({ code: 'invalid_input', path: ['roster', 'wages'], message: `At most ${MAX_ROSTER} members per batch`, reason: 'too_big' });
    return puBatch(r, m, resolved.rounding);
  }
  if (r.incomes.length > MAX_ROSTER) fail({ code: 'invalid_input', path: ['roster', 'incomes'], message: `At most ${MAX_ROSTER} members per batch`, reason: 'too_big' });
  return bpuBatch(r, m, resolved.rounding);
}

function puBatch(r: z.output<typeof RosterSchema> & { segment: 'PU' }, m: MonthLaw, rounding: Rounding): ContributionBatch {
  // Work out the line structure with the per-participant engine, once per risk class.
  const templates: (ReturnType<typeof computePu> | undefined)[] = [];
  const profile = (riskClass: 1 | 2 | 3 | 4 | 5): PuParticipant =>
    parseInput(PuParticipantSchema, {
      segment: 'PU',
      wage: 1,
      riskClass,
      ...(r.employerScale === undefined ? {} : { employerScale: r.employerScale }),
      ...(r.programs === undefined ? {} : { programs: r.programs }),
      ...(r.jkp === undefined ? {} : { jkp: r.jkp }),
    }, ['roster']);
  for (const c of [1, 2, 3, 4, 5] as const) templates[c] = computePu(profile(c), m, rounding);
  const first = templates[1]!;
  const kinds: Kind[] = first.lines.map((line, j) => {
    const num = new Float64Array(6);
    const den = new Float64Array(6);
    for (const c of [1, 2, 3, 4, 5] as const) {
      const rate = templates[c]!.lines[j]!.rate!;
      const [n, d] = rateParts(rate);
      num[c] = n;
      den[c] = d * 100 * rounding.step;
    }
    const capSen = line.parameters.includes('jp.wageCap') ? need(m, 'jp.wageCap').value * 100 : line.parameters.includes('jkp.wageCap') ? need(m, 'jkp.wageCap').value * 100 : Number.POSITIVE_INFINITY;
    return {
      meta: { program: line.program, payer: line.payer, billed: line.billed, parameters: line.parameters, citations: line.citations, ...(line.relief === undefined ? {} : { reliefMeasure: line.relief.measure }) },
      num,
      den,
      capSen,
    };
  });
  const n = r.wages.length;
  const k = kinds.length;
  const amounts = new Float64Array(n * k);
  const totals = new Float64Array(k);
  const step = rounding.step;
  const mode = rounding.mode;
  const wages = r.wages;
  const classes = r.riskClasses;
  for (let i = 0; i < n; i++) {
    const sen = senAt('wages', wages, i, true);
    const c = classes[i]!;
    if (c !== 1 && c !== 2 && c !== 3 && c !== 4 && c !== 5) fail({ code: 'invalid_input', path: ['roster', 'riskClasses', i], message: `Expected a JKK risk class 1, 2, 3, 4 or 5, got ${showValue(c)}`, reason: 'invalid_value' });
    const row = i * k;
    for (let j = 0; j < k; j++) {
      const kind = kinds[j]!;
      const base = sen < kind.capSen ? sen : kind.capSen;
      const numerator = base * kind.num[c]!;
      const denominator = kind.den[c]!;
      let amount: number;
      if (numerator <= Number.MAX_SAFE_INTEGER) {
        if (mode === 'half_up') {
          const rem = numerator % denominator;
          amount = ((numerator - rem) / denominator + (2 * rem >= denominator ? 1 : 0)) * step;
        } else {
          amount = divideRounded(numerator, denominator, mode) * step;
        }
      } else {
        amount = roundProduct(base, kind.num[c]!, denominator / step, rounding);
      }
      amounts[row + j] = amount;
      totals[j] = totals[j]! + amount;
    }
  }
  return finishBatch(m, 'PU', n, kinds, amounts, totals, rounding, first.dueDate, first.law);
}

function bpuBatch(r: z.output<typeof RosterSchema> & { segment: 'BPU' }, m: MonthLaw, rounding: Rounding): ContributionBatch {
  const participant = (income: number): BpuParticipant =>
    parseInput(BpuParticipantSchema, {
      segment: 'BPU',
      income,
      ...(r.programs === undefined ? {} : { programs: r.programs }),
      ...(r.sector === undefined ? {} : { sector: r.sector }),
      ...(r.fundedBy === undefined ? {} : { fundedBy: r.fundedBy }),
    }, ['roster']);
  // BPU amounts depend only on the bracket: compute each bracket's lines once.
  const table = need(m, 'bpu.incomeBrackets').value;
  const rows = table.map((row) => computeBpu(participant(row.from), m, rounding));
  const first = rows[0]!;
  const k = first.lines.length;
  const kinds: Kind[] = first.lines.map((line) => ({
    meta: { program: line.program, payer: line.payer, billed: line.billed, parameters: line.parameters, citations: line.citations, ...(line.relief === undefined ? {} : { reliefMeasure: line.relief.measure }) },
    num: new Float64Array(0),
    den: new Float64Array(0),
    capSen: Number.POSITIVE_INFINITY,
  }));
  const rowAmounts = rows.map((res) => res.lines.map((l) => l.amount));
  const n = r.incomes.length;
  const amounts = new Float64Array(n * k);
  const totals = new Float64Array(k);
  const incomes = r.incomes;
  let lastFrom = -1;
  let lastUpTo = -1;
  let lastRow = 0;
  for (let i = 0; i < n; i++) {
    const sen = senAt('incomes', incomes, i, false);
    let index = lastRow;
    if (!(sen >= lastFrom && sen < lastUpTo)) {
      const bracket = findBracket(table, sen as Sen);
      index = bracket.row - 1;
      lastRow = index;
      lastFrom = bracket.from * 100;
      lastUpTo = bracket.upTo === null ? Number.POSITIVE_INFINITY : bracket.upTo * 100;
    }
    const source = rowAmounts[index]!;
    const offset = i * k;
    for (let j = 0; j < k; j++) {
      const amount = source[j]!;
      amounts[offset + j] = amount;
      totals[j] = totals[j]! + amount;
    }
  }
  return finishBatch(m, 'BPU', n, kinds, amounts, totals, rounding, first.dueDate, first.law);
}

function finishBatch(m: MonthLaw, segment: 'PU' | 'BPU', n: number, kinds: readonly Kind[], amounts: Float64Array, totals: Float64Array, rounding: Rounding, dueDate: string, law: readonly LawUsed[]): ContributionBatch {
  let billed = 0;
  const totalsByKind: Rupiah[] = [];
  kinds.forEach((kind, j) => {
    const t = totals[j]!;
    if (!Number.isSafeInteger(t)) fail({ code: 'amount_out_of_range', path: ['roster'], message: 'A batch total exceeds the exact range of the library' });
    totalsByKind.push(t as Rupiah);
    if (kind.meta.billed) billed += t;
  });
  if (!Number.isSafeInteger(billed)) fail({ code: 'amount_out_of_range', path: ['roster'], message: 'The batch total exceeds the exact range of the library' });
  return { month: m.month, segment, count: n, lineKinds: kinds.map((k) => k.meta), amounts, totalsByKind, billed: billed as Rupiah, dueDate, rounding, law };
}

/** Integer numerator and power-of-ten denominator of a percent text. */
function rateParts(percentText: string): [number, number] {
  const [int = '0', frac = ''] = percentText.split('.');
  return [Number(int + frac), 100 * 10 ** frac.length];
}
