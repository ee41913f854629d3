/**
 * A roster given as columns: the profile every member shares, and one column per field that
 * varies (`wage` and `riskClass` for wage earners, `income` for informal workers). A column is
 * named for the field it holds, as Arrow and SQL columns are.
 *
 * @module
 */
import * as z from 'zod';
import { fail } from '../../core/errors';
import { parseAmount } from '../../core/money';
import { ownStrictObject, parseInput } from '../../core/validate';
import { PuParticipantSchema } from '../participant';

/** A column of numbers: a plain array or a typed array. */
export type NumberColumn = ArrayLike<number>;

/** A roster of wage earners sharing one employer profile, as columns. */
export interface PuColumnRoster {
  /** Segment: wage earners. */
  readonly segment: 'PU';
  /** Monthly wage (*upah sebulan*) of each worker, in rupiah (at most two decimals). */
  readonly wage: NumberColumn;
  /** JKK risk class (1–5) of each worker's employer. */
  readonly riskClass: NumberColumn;
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
  /** Declared monthly income (*penghasilan*) of each participant, in rupiah (at most two decimals). */
  readonly income: NumberColumn;
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

const isColumn = (v: unknown): v is NumberColumn => (Array.isArray(v) || ArrayBuffer.isView(v)) && typeof (v as { length?: unknown }).length === 'number';
const column = z.custom<NumberColumn>(isColumn, 'Expected an array (or typed array) of numbers');

/** Schema of a roster given as columns (the columns' elements are checked one by one). */
export const ColumnRosterSchema = z.discriminatedUnion('segment', [
  ownStrictObject({
    segment: z.literal('PU'),
    wage: column,
    riskClass: column,
    employerScale: z.enum(['micro', 'small', 'medium', 'large']).optional(),
    programs: PuParticipantSchema.shape.programs,
    jkp: z.boolean().optional(),
  }),
  ownStrictObject({
    segment: z.literal('BPU'),
    income: column,
    programs: z.array(z.enum(['JKK', 'JKM', 'JHT'])).optional(),
    sector: z.enum(['transport', 'other']).optional(),
    fundedBy: z.enum(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor']).optional(),
  }),
]);

/** A roster of columns after validation (its columns' elements are checked by the batch). @internal */
export type ParsedColumnRoster = z.output<typeof ColumnRosterSchema>;

/** A parsed PU roster. @internal */
export type ParsedPuRoster = ParsedColumnRoster & { segment: 'PU' };

/** A parsed BPU roster. @internal */
export type ParsedBpuRoster = ParsedColumnRoster & { segment: 'BPU' };

/** Validate a roster of columns (own data only; see `core/validate`). @internal */
export function parseColumnRoster(roster: unknown): ParsedColumnRoster {
  return parseInput(ColumnRosterSchema, roster, ['roster']);
}

/** The most members one batch accepts. @internal */
export const MAX_ROSTER = 50_000_000;

/** Largest whole-rupiah amount taken without parsing (its sen count stays exact). */
const FAST_MAX_RUPIAH = 90_000_000_000_000;

/** Exact sen of a column element, or a typed error naming its column and index. @internal */
export function senAt(columnName: 'wage' | 'income', values: NumberColumn, i: number, positive: boolean): number {
  const v = values[i];
  // The common case, kept small so that the batch loops inline it: a whole rupiah amount in range.
  if (typeof v === 'number' && Number.isSafeInteger(v) && (positive ? v > 0 : v >= 0) && v <= FAST_MAX_RUPIAH) return v * 100;
  return parsedSen(columnName, v, i, positive);
}

/** A column element that is not a plain whole amount: parsed as any amount input, or a typed error. */
function parsedSen(columnName: 'wage' | 'income', v: unknown, i: number, positive: boolean): number {
  const sen = parseAmount(v);
  const path = ['roster', columnName, i];
  if (typeof sen === 'number') {
    if (!(positive && sen === 0)) return sen;
    return fail({ code: 'invalid_input', path, message: 'Expected an amount greater than zero', reason: 'too_small' });
  }
  // An amount beyond the exact range is `amount_out_of_range` here as everywhere amounts are read.
  if (sen.outOfRange) fail({ code: 'amount_out_of_range', path, message: sen.problem });
  return fail({ code: 'invalid_input', path, message: sen.problem, reason: 'custom' });
}
