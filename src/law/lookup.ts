/**
 * Looking up the value of a parameter in force at a month or date, failing loudly where no value
 * covers it, and answering beyond the last value only with the projection the caller asked for.
 *
 * @module
 */
import { fail, type PathSegment } from '../core/errors';
import { ownStrictObject, parseInput } from '../core/validate';
import { lawOptionFields, lawOptionsOf, type LawOptions, type Projection } from './options';
import { isIndexed, notIndexed, projectedValue } from './projection';
import type { LawRegistry } from './registry';
import { checkParameter, coverageOf, findValue, keyProblem, type Parameter, type ResolvedValue } from './timeline';

/**
 * Options of a lookup: the shared law options. `projection` answers beyond the last value
 * (`carry_forward` for any parameter; `indexed` only for one the law indexes, the JP wage cap);
 * `law` is the registry whose indexation rule an `indexed` projection reads (default the baseline).
 */
export type LookupOptions = LawOptions;

/** Schema of {@link LookupOptions}. @internal */
const LookupOptionsSchema = ownStrictObject({ ...lawOptionFields }).optional();

/**
 * The value in force at `at`, or the projection of the last value when `at` lies beyond it and a
 * projection is given; `undefined` when neither applies. `projectionPath` locates the projection
 * option in errors. @internal
 */
export function lookupValue<T>(law: LawRegistry, parameter: Parameter<T>, at: string, projection: Projection | undefined, projectionPath: readonly PathSegment[]): ResolvedValue<T> | undefined {
  const found = findValue(parameter, at);
  if (found !== undefined || projection === undefined) return found;
  return projectedValue(law, parameter, at, projection, projectionPath);
}

/** How to ask for a projection, for the messages of `parameter_not_in_force` errors. @internal */
export function projectionHint(id: unknown): string {
  const indexed = isIndexed(id) ? " (or { method: 'indexed', annualGrowthPercent: '5.0' })" : '';
  return `pass { projection: { method: 'carry_forward' } }${indexed} to get a value marked as projected`;
}

/**
 * The typed `parameter_not_in_force` error for `parameter` at `at`, with the span its values
 * cover, and how to ask for a projection when `at` lies after the last value. @internal
 */
export function notInForce(parameter: Pick<Parameter<unknown>, 'id' | 'values'>, at: string, path: readonly PathSegment[], what = `No value of ${parameter.id} is in force at ${at}`): never {
  const coverage = coverageOf(parameter);
  const span = coverage === null ? 'no values' : `values from ${coverage.from} to ${coverage.to ?? 'open end'}`;
  const after = coverage !== null && coverage.to !== null && at > coverage.to;
  return fail({ code: 'parameter_not_in_force', path, message: `${what} (${span})${after ? `; ${projectionHint(parameter.id)}` : ''}`, parameter: parameter.id, at, coverage });
}

/**
 * The value in force at `at` (a month or date matching the parameter's granularity), or a typed
 * `parameter_not_in_force` error. Beyond the last value, `{ projection }` gives a value marked
 * `projected` instead: `carry_forward` for any parameter, `indexed` for one the law indexes (an
 * `indexed` projection of any other parameter is a typed error).
 *
 * @example
 * ```ts
 * import { baselineLaw, valueAt } from 'jamsostek';
 * const cap = valueAt(baselineLaw.parameter('jp.wageCap'), '2026-03');
 * const letter = cap.citations.find((c) => c.instrument === 'Surat');
 * console.log(cap.value, letter?.number); // 11086300 'B/1226/022026'
 * const next = valueAt(baselineLaw.parameter('jp.wageCap'), '2027-03', { projection: { method: 'carry_forward' } });
 * console.log(next.value, next.status, next.from, next.to); // 11086300 'projected' '2027-03' null
 * ```
 */
export function valueAt<T>(parameter: Parameter<T>, at: string, options?: LookupOptions): ResolvedValue<T> {
  parameter = checkParameter(parameter, ['parameter'], true);
  const { law, projection } = lawOptionsOf(parseInput(LookupOptionsSchema, options, ['options']));
  if (projection?.method === 'indexed' && !isIndexed(parameter.id)) notIndexed(parameter.id, ['options', 'projection']);
  const problem = keyProblem(parameter.granularity, at);
  if (problem !== undefined) fail({ code: 'invalid_input', path: ['at'], message: problem, reason: parameter.granularity === 'month' ? 'invalid_year_month' : 'invalid_date' });
  return lookupValue(law, parameter, at, projection, ['options', 'projection']) ?? notInForce(parameter, at, ['at']);
}
