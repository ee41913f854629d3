/**
 * The law as one payment call reads it: the registry and projection of the caller's options
 * (`lawOptionFields`, resolved by `lawOptionsOf`, so a field added there reaches every payment
 * function), each lookup rooted at the input it was made for (a `parameter_not_in_force` error
 * names the schedule month or the option whose date no value covers), and the values used, for
 * the result's `lawUsed`.
 *
 * @module
 * @internal
 */
import { addMonths, dateInMonth, type CalendarDate, type YearMonth } from '../core/calendar';
import { isJamsostekError, JamsostekError, type JamsostekIssue, type PathSegment } from '../core/errors';
import { lawUsedOf, type LawUsed } from '../law/lawUsed';
import { CARRY_FORWARD, lawOptionsOf, type LawOptions, type ResolvedLawOptions } from '../law/options';
import type { ParameterId, ParameterValueOf } from '../law/registry';
import { lookupValue, valueAt, type LookupOptions } from '../law/lookup';
import type { ResolvedValue } from '../law/timeline';
import type { DueDateRule } from '../law/parameters/dueDates';

/** PU (wage earner) or BPU (informal worker). */
export type PaymentSegment = 'PU' | 'BPU';

/** The law of one call, and the values it used. @internal */
export interface LawReader extends ResolvedLawOptions {
  /** The values read, in first-use order (keyed by the value itself, or by parameter and span when projected). */
  readonly used: Map<unknown, ResolvedValue<unknown>>;
}

/** Parsed {@link LawOptions} (zod leaves an absent key `undefined`). @internal */
export type ParsedLawOptions = { readonly [K in keyof LawOptions]?: LawOptions[K] | undefined };

/** A reader of the law the caller's options name (default the baseline). @internal */
export function lawReader(options: ParsedLawOptions | undefined): LawReader {
  // `lawOptionsOf` reads absent and `undefined` keys alike.
  return { ...lawOptionsOf(options as LawOptions | undefined), used: new Map() };
}

/**
 * How a lookup treats a month beyond the last value. The payment parameters are rules (due
 * dates, limits, a rate), not amounts the law indexes, so either projection carries the last
 * value forward, marked `projected`.
 */
function lookupOptions(reader: LawReader): LookupOptions | undefined {
  return reader.projection === undefined ? { law: reader.law } : { law: reader.law, projection: CARRY_FORWARD };
}

function remember(reader: LawReader, value: ResolvedValue<unknown>): void {
  // A value of law is one frozen object, so it is its own key; a projected value is a new copy
  // at every lookup, so it is keyed by its parameter and span.
  const key = value.projected ? `${value.parameter}|${value.from}` : value;
  if (!reader.used.has(key)) reader.used.set(key, value);
}

/**
 * `error` with the paths of its issues replaced by `path` when it is a library error whose path
 * does not name the caller's input (`parameter_not_in_force` at `['at']`, an amount out of range
 * at `[]`); any other error as it is. @internal
 */
export function rerooted(error: unknown, path: readonly PathSegment[]): unknown {
  if (!isJamsostekError(error)) return error;
  const foreign = (issue: JamsostekIssue) => issue.code === 'parameter_not_in_force' || (issue.code === 'amount_out_of_range' && issue.path.length === 0);
  if (!error.issues.some(foreign)) return error;
  return new JamsostekError(error.issues.map((issue) => (foreign(issue) ? { ...issue, path } : issue)));
}

/** `compute()`, with an error of the library that names no input rooted at `path`. @internal */
export function rootedAt<T>(path: readonly PathSegment[], compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw rerooted(error, path);
  }
}

/** The value of `id` in force at `at`, remembered; no value: `parameter_not_in_force` at `path`. @internal */
export function lawValue<K extends ParameterId>(reader: LawReader, id: K, at: string, path: readonly PathSegment[]): ResolvedValue<ParameterValueOf<K>> {
  const parameter = reader.law.parameter(id);
  const value = rootedAt(path, () => valueAt(parameter, at, lookupOptions(reader)));
  remember(reader, value);
  return value;
}

/** The value of `id` in force at `at`, remembered, or `undefined` where none is. @internal */
export function optionalLawValue<K extends ParameterId>(reader: LawReader, id: K, at: string): ResolvedValue<ParameterValueOf<K>> | undefined {
  const value = lookupValue(reader.law, reader.law.parameter(id), at, reader.projection === undefined ? undefined : CARRY_FORWARD, ['options', 'projection']);
  if (value !== undefined) remember(reader, value);
  return value;
}

/** The values read so far, as {@link LawUsed} records. @internal */
export function lawUsedBy(reader: LawReader): LawUsed[] {
  return Array.from(reader.used.values(), (value) => lawUsedOf(reader.law, value));
}

/** The due date of an iuran month under the law, with the value used. @internal */
export function lawDueDate(reader: LawReader, segment: PaymentSegment, month: YearMonth, path: readonly PathSegment[]): { date: CalendarDate; value: ResolvedValue<DueDateRule> } {
  const value = lawValue(reader, segment === 'PU' ? 'pu.dueDate' : 'bpu.dueDate', month, path) as ResolvedValue<DueDateRule>;
  return { date: dateInMonth(addMonths(month, value.value.monthOffset), value.value.day, { overflow: value.value.overflow }), value };
}
