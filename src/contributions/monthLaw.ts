/**
 * The law in force for one contribution month, resolved once and reused for every participant:
 * the cost of a schedule grows with distinct months, not with people.
 *
 * @module
 * @internal
 */
import { addMonths, dateInMonth, type CalendarDate, type YearMonth } from '../core/calendar';
import type { PathSegment } from '../core/errors';
import { lookupValue, notInForce } from '../law/lookup';
import type { Projection } from '../law/options';
import type { LawRegistry, ParameterId, ParameterValueOf } from '../law/registry';
import { findValue, type Parameter, type ParameterValue } from '../law/timeline';
import type { DueDateRule } from '../law/parameters/dueDates';

type Slot<K extends ParameterId> = ParameterValue<ParameterValueOf<K>> | undefined;

/** Every contribution parameter in force for a month (undefined where none is). */
export interface MonthLaw {
  readonly month: YearMonth;
  readonly law: LawRegistry;
  readonly values: { readonly [K in ContributionParameterId]: Slot<K> };
  readonly puDueDate: CalendarDate | undefined;
  readonly bpuDueDate: CalendarDate | undefined;
  /** Derived per-month data (notes, merged citations, law lists), computed once. */
  readonly memo: Map<string | number, unknown>;
}

/** A value derived from the month's law, computed once per month and registry. */
export function memo<T>(m: MonthLaw, key: string | number, make: () => T): T {
  let value = m.memo.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    m.memo.set(key, value);
  }
  return value;
}

const CONTRIBUTION_PARAMETERS = [
  'pu.jkkRates',
  'pu.jkmRate',
  'pu.jhtRates',
  'pu.jpRates',
  'pu.programsByScale',
  'pu.wageBaseRules',
  'pu.dueDate',
  'jp.wageCap',
  'jkp.composition',
  'jkp.wageCap',
  'bpu.jkkRate',
  'bpu.jkmAmount',
  'bpu.jhtRate',
  'bpu.incomeBrackets',
  'bpu.dueDate',
  'relief.pp49_2020',
  'relief.pp7_2025',
  'relief.pp50_2025',
] as const satisfies readonly ParameterId[];

/** The parameters a contribution calculation may read. */
export type ContributionParameterId = (typeof CONTRIBUTION_PARAMETERS)[number];

/** One bit per contribution parameter, for cheap sets of parameters used. */
export const PARAMETER_BIT: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries(CONTRIBUTION_PARAMETERS.map((id, i) => [id, 2 ** i])));

const caches = new WeakMap<LawRegistry, Map<string, MonthLaw>>();

/** The memo key of a month under a projection. */
function keyOf(month: YearMonth, projection: Projection | undefined): string {
  if (projection === undefined) return month;
  return projection.method === 'carry_forward' ? `${month}+carry` : `${month}+index:${projection.annualGrowthPercent}`;
}

/**
 * The law in force for `month` under `law`, memoised per registry (registries are immutable, so
 * the memo cannot go stale and is invisible to callers). Beyond the last value of a continuous
 * parameter, `projection` (if any) answers; temporary measures are never projected.
 */
export function monthLaw(law: LawRegistry, month: YearMonth, projection: Projection | undefined): MonthLaw {
  let cache = caches.get(law);
  if (cache === undefined) {
    cache = new Map();
    caches.set(law, cache);
  }
  const key = keyOf(month, projection);
  let resolved = cache.get(key);
  if (resolved === undefined) {
    const values = {} as Record<ContributionParameterId, ParameterValue<unknown> | undefined>;
    for (const id of CONTRIBUTION_PARAMETERS) {
      const parameter = law.parameter(id) as Parameter<unknown>;
      values[id] = parameter.kind === 'measure' ? findValue(parameter, month) : lookupValue(law, parameter, month, projection, ['options', 'projection']);
    }
    resolved = Object.freeze({
      month,
      law,
      values: Object.freeze(values) as MonthLaw['values'],
      puDueDate: dueDate(month, values['pu.dueDate'] as ParameterValue<DueDateRule> | undefined),
      bpuDueDate: dueDate(month, values['bpu.dueDate'] as ParameterValue<DueDateRule> | undefined),
      memo: new Map<string | number, unknown>(),
    });
    cache.set(key, resolved);
  }
  return resolved;
}

function dueDate(month: YearMonth, rule: ParameterValue<DueDateRule> | undefined): CalendarDate | undefined {
  if (rule === undefined) return undefined;
  return dateInMonth(addMonths(month, rule.value.monthOffset), rule.value.day, { overflow: rule.value.overflow });
}

/**
 * The value of a parameter the calculation needs, or a typed `parameter_not_in_force` error at
 * `path` (the argument that holds the month: `['month']`, `['period']`).
 */
export function need<K extends ContributionParameterId>(m: MonthLaw, id: K, path: readonly PathSegment[] = ['month']): ParameterValue<ParameterValueOf<K>> {
  const value = m.values[id];
  if (value === undefined) notInForce(m.law.parameter(id), m.month, path, `No value of ${id} is in force for iuran month ${m.month}`);
  return value as ParameterValue<ParameterValueOf<K>>;
}
