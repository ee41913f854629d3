/**
 * Answers beyond the last known value of a parameter, when the caller asks for one (a
 * *proyeksi*): `carry_forward` reuses the last value; `indexed` grows it by an assumed yearly rate,
 * only for a parameter the law indexes (the JP wage cap, PP 45/2015 Art. 29). Either is marked
 * `projected`, with a note saying how it was made; neither ever fills the past or a gap.
 *
 * @module
 * @internal
 */
import { addMonths, fromMonthIndex, monthIndex, type YearMonth } from '../core/calendar';
import { Dec } from '../core/decimal';
import { fail, type PathSegment } from '../core/errors';
import { roundRupiahBy, type Rounding } from '../core/money';
import { own } from '../core/validate';
import type { Projection } from './options';
import type { LawRegistry, ParameterId } from './registry';
import { findValue, nextKey, type Parameter, type ParameterValue, type ResolvedValue } from './timeline';

/**
 * The parameters the law indexes, each with the parameter that holds its indexation rule. The JP
 * wage cap is indexed every year by the previous year's real GDP growth (PP 45/2015 Art. 29(3)).
 */
const INDEXATION: ReadonlyMap<string, ParameterId> = new Map([['jp.wageCap', 'jp.wageCapIndexation']]);

/** Months between two indexations (PP 45/2015 Art. 29(3): "setiap tahun"). */
const INDEXATION_MONTHS = 12;

/** True when the law indexes the parameter with this id. @internal */
export function isIndexed(id: unknown): boolean {
  return typeof id === 'string' && INDEXATION.has(id);
}

/** The typed error for an `indexed` projection of a parameter the law does not index. @internal */
export function notIndexed(id: unknown, path: readonly PathSegment[]): never {
  return fail({
    code: 'invalid_input',
    path: [...path, 'method'],
    message: `The law does not index ${typeof id === 'string' ? id : 'this parameter'} (indexed: ${[...INDEXATION.keys()].join(', ')}), so an indexed projection cannot apply to it: use { method: 'carry_forward' }`,
    reason: 'invalid_value',
  });
}

/**
 * The value of `parameter` at `at` made by `projection`, when `at` lies after the parameter's
 * last value (which has an end); `undefined` otherwise (before the first value, in a gap, or
 * within an open-ended value). `path` locates the projection option in errors. @internal
 */
export function projectedValue<T>(law: LawRegistry, parameter: Parameter<T>, at: string, projection: Projection, path: readonly PathSegment[]): ResolvedValue<T> | undefined {
  const last = parameter.values[parameter.values.length - 1];
  if (last === undefined || last.to === null || at <= last.to) return undefined;
  if (projection.method === 'carry_forward') return carriedForward(parameter, last);
  if (!isIndexed(parameter.id)) notIndexed(parameter.id, path);
  return indexed(law, parameter as unknown as Parameter<number>, last as unknown as ParameterValue<number>, at as YearMonth, projection.annualGrowthPercent) as unknown as ResolvedValue<T>;
}

/** The last value, carried forward from the key after its end, open-ended, marked projected. */
function carriedForward<T>(parameter: Parameter<T>, last: ParameterValue<T>): ResolvedValue<T> {
  const own_ = own(last, 'note'); // the last value's own note (never an inherited one)
  return Object.freeze({
    ...last,
    projected: true,
    status: 'projected',
    from: nextKey(parameter.granularity, last.to!),
    to: null,
    note: `Carried forward at the caller's request: the law's last value (${last.from} to ${last.to}) reused beyond its end${own_ === undefined ? '' : `; ${own_}`}`,
  });
}

/**
 * The last value indexed by `growth` percent a year, once for each year begun after its end,
 * rounded by the parameter's indexation rule; the value holds for that year.
 */
function indexed(law: LawRegistry, parameter: Parameter<number>, last: ParameterValue<number>, at: YearMonth, growth: string): ResolvedValue<number> {
  const ruleId = INDEXATION.get(parameter.id)!;
  const rule = findValue(law.parameter(ruleId) as Parameter<{ readonly rounding: Rounding }>, last.to!);
  if (rule === undefined) {
    fail({ code: 'parameter_not_in_force', path: ['at'], message: `No indexation rule (${ruleId}) is in force at ${last.to}, the end of the last value of ${parameter.id}`, parameter: ruleId, at: last.to!, coverage: null });
  }
  const rounding = rule.value.rounding;
  const factor = new Dec(growth).div(100).plus(1);
  let value = last.value;
  let start = monthIndex(addMonths(last.to as YearMonth, 1));
  while (start <= monthIndex(at)) {
    value = roundRupiahBy(new Dec(value).times(factor).toString(), rounding);
    start += INDEXATION_MONTHS;
  }
  const from = fromMonthIndex(start - INDEXATION_MONTHS);
  return Object.freeze({
    parameter: parameter.id,
    projected: true,
    from,
    to: fromMonthIndex(start - 1),
    value,
    citations: rule.citations,
    status: 'projected',
    confidence: 'L',
    source: 'projection',
    note: `Projected for ${from}: the last known value (${last.value}, from ${last.from}) indexed by an assumed ${growth} % a year, ${rounding.mode} to Rp${rounding.step}. Not law.`,
  });
}
