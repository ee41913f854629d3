/**
 * A parameter of law as a dated series: each value holds from one month (or date) to another,
 * inclusive, with its citations, legal status and confidence. Lookups fail loudly: a month that
 * no value covers is a typed `parameter_not_in_force` error naming the parameter and the month,
 * never a silent "latest value". A caller who wants a value beyond the last one asks for a
 * projection (`lookup.ts`) and gets it marked `projected`.
 *
 * @module
 */
import type { z } from 'zod';
import type { BilingualText } from '../core/explain';
import { addDays, addMonths, calendarDateProblem, yearMonthProblem, type CalendarDate, type YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import { own, ownData } from '../core/validate';
import type { Citation, Confidence, LegalStatus } from './citation';

/**
 * What a parameter's dates mean: `month` values are keyed by contribution month (`YYYY-MM`, the
 * law in force for that *bulan iuran*); `date` values by calendar date (`YYYY-MM-DD`, the law in
 * force on the day of an event such as a death).
 */
export type Granularity = 'month' | 'date';

/**
 * `continuous` parameters must have a value for every month or day of their span (a gap is a
 * defect); `measure` parameters are temporary measures (relief windows) that simply do not apply
 * outside their values.
 */
export type ParameterKind = 'continuous' | 'measure';

/** One dated value of a parameter. */
export interface ParameterValue<T> {
  /** The id of the parameter this value belongs to. */
  readonly parameter: string;
  /** True only for a value carried beyond the law's last value at the caller's request. */
  readonly projected: boolean;
  /** First month or date the value holds (inclusive). */
  readonly from: string;
  /** Last month or date the value holds (inclusive); `null` while the law has not ended it. */
  readonly to: string | null;
  /** The value itself. */
  readonly value: T;
  /** Where the value comes from in the law (at least one). */
  readonly citations: readonly Citation[];
  /** Enacted, derived by a stated rule, or projected. */
  readonly status: LegalStatus;
  /** How sure the source is (domain brief grades). */
  readonly confidence: Confidence;
  /** Which layer supplied the value: `baseline` or the name of an overlay. */
  readonly source: string;
  /** Anything a reader must know about this value (e.g. an inferred start date). */
  readonly note?: string;
}

/** A parameter of law: its identity, meaning, and dated values. */
export interface Parameter<T> {
  /** Stable id, e.g. `jp.wageCap`. */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** What the value means and how formulas use it. */
  readonly description: string;
  /** Unit of the value, for display (`rupiah`, `percent`, `table`...). */
  readonly unit: string;
  /** Whether values are keyed by contribution month or by calendar date. */
  readonly granularity: Granularity;
  /** Continuous series or temporary measure. */
  readonly kind: ParameterKind;
  /** The dated values, in order, without overlaps (and without gaps if continuous). */
  readonly values: readonly ParameterValue<T>[];
  /** Schema that parses an overlay's value input into the value type. */
  readonly schema: z.ZodType<T>;
  /** The value as short text for explanations and the law explorer. */
  readonly display: (value: T) => string;
}

/** The parameter value in force, as returned by a lookup. */
export type ResolvedValue<T> = ParameterValue<T>;

/** The key after `key` (next month or next day). @internal */
export function nextKey(granularity: Granularity, key: string): string {
  return granularity === 'month' ? addMonths(key as YearMonth, 1) : addDays(key as CalendarDate, 1);
}

/** The key before `key`. @internal */
export function previousKey(granularity: Granularity, key: string): string {
  return granularity === 'month' ? addMonths(key as YearMonth, -1) : addDays(key as CalendarDate, -1);
}

/** Why a key is invalid for the granularity, if it is. @internal */
export function keyProblem(granularity: Granularity, key: unknown): string | undefined {
  return granularity === 'month' ? yearMonthProblem(key) : calendarDateProblem(key);
}

/**
 * Problems with a series of values: invalid keys, `from` after `to`, disorder, overlaps, gaps
 * (for continuous parameters), an open end that is not last. An empty list means a sound
 * timeline. @internal
 */
export function timelineProblems(granularity: Granularity, kind: ParameterKind, values: readonly Pick<ParameterValue<unknown>, 'from' | 'to' | 'citations'>[]): string[] {
  const problems: string[] = [];
  if (values.length === 0) return ['has no values'];
  values.forEach((v, i) => {
    const fromProblem = keyProblem(granularity, v.from);
    if (fromProblem !== undefined) problems.push(`value ${i}: from: ${fromProblem}`);
    if (v.to !== null) {
      const toProblem = keyProblem(granularity, v.to);
      if (toProblem !== undefined) problems.push(`value ${i}: to: ${toProblem}`);
      else if (fromProblem === undefined && v.to < v.from) problems.push(`value ${i}: ends (${v.to}) before it starts (${v.from})`);
    }
    if (v.citations.length === 0) problems.push(`value ${i}: has no citation`);
  });
  if (problems.length > 0) return problems;
  for (let i = 1; i < values.length; i++) {
    const prev = values[i - 1]!;
    const cur = values[i]!;
    if (prev.to === null) {
      problems.push(`value ${i - 1} is open-ended but value ${i} follows it`);
      continue;
    }
    if (cur.from <= prev.to) problems.push(`values ${i - 1} and ${i} overlap (${cur.from} ≤ ${prev.to})`);
    else if (kind === 'continuous' && cur.from !== nextKey(granularity, prev.to)) {
      problems.push(`gap between values ${i - 1} and ${i}: nothing covers ${nextKey(granularity, prev.to)} to ${previousKey(granularity, cur.from)}`);
    }
  }
  return problems;
}

/** First and last key the values cover. */
export function coverageOf(parameter: Pick<Parameter<unknown>, 'values'>): { from: string; to: string | null } | null {
  parameter = checkParameter(parameter, ['parameter'], false);
  const first = parameter.values[0];
  if (first === undefined) return null;
  return { from: first.from, to: parameter.values[parameter.values.length - 1]!.to };
}

/**
 * The value in force at `at`, or `undefined` when no value covers it (for temporary measures,
 * "does not apply"). No projection: see `lookupValue` in `lookup.ts`. @internal
 */
export function findValue<T>(parameter: Parameter<T>, at: string): ResolvedValue<T> | undefined {
  const values = parameter.values;
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i]!;
    if (at >= v.from) return v.to === null || at <= v.to ? v : undefined;
  }
  return undefined;
}

/** Parameters built by the library (baseline and overlays): frozen own data, read as they are. */
const OWN_PARAMETERS = new WeakSet<object>();

/** Remember a parameter the library built, so that lookups need not copy it. @internal */
export function libraryParameter<P extends object>(parameter: P): P {
  OWN_PARAMETERS.add(parameter);
  return parameter;
}

/**
 * Check that a caller's `parameter` argument has the shape of a {@link Parameter} (a granularity
 * and a list of values with text keys), so that a wrong argument is a typed error, not a
 * TypeError from inside a lookup. A parameter the library did not build is read as an own-data
 * snapshot (nothing inherited, getters read once). @internal
 */
export function checkParameter<P>(parameter: P, path: readonly string[], needsGranularity: boolean): P {
  const own = typeof parameter === 'object' && parameter !== null && OWN_PARAMETERS.has(parameter) ? parameter : ownData(parameter, path);
  const p = own as Partial<Parameter<unknown>> | null;
  const ok =
    typeof p === 'object' &&
    p !== null &&
    Array.isArray(p.values) &&
    (!needsGranularity || p.granularity === 'month' || p.granularity === 'date') &&
    p.values.every((v: unknown) => typeof v === 'object' && v !== null && typeof (v as ParameterValue<unknown>).from === 'string' && ((v as ParameterValue<unknown>).to === null || typeof (v as ParameterValue<unknown>).to === 'string'));
  if (!ok) fail({ code: 'invalid_input', path, message: 'Expected a parameter of law (e.g. baselineLaw.parameter("jp.wageCap"))', reason: 'invalid_type' });
  return own as P;
}

/** The shape in which the library's own parameter files write a value. @internal */
export interface ValueSpec<T> {
  readonly from: string;
  readonly to?: string | null;
  readonly value: T;
  readonly citations: Citation | readonly Citation[];
  readonly status?: LegalStatus;
  readonly confidence?: Confidence;
  readonly note?: string;
}

/** The shape in which the library's own parameter files define a parameter. @internal */
export interface ParameterSpec<T> {
  readonly id: string;
  readonly title: BilingualText;
  readonly description: string;
  readonly unit: string;
  readonly granularity: Granularity;
  readonly kind?: ParameterKind;
  readonly schema: z.ZodType<T>;
  readonly display: (value: T) => string;
  readonly values: readonly ValueSpec<T>[];
}

/** Build a frozen value. @internal */
export function makeValue<T>(parameter: string, spec: ValueSpec<T>, source: string): ParameterValue<T> {
  const citations = Array.isArray(spec.citations) ? (spec.citations as readonly Citation[]) : [spec.citations as Citation];
  return Object.freeze({
    parameter,
    projected: false,
    from: spec.from,
    to: own(spec, 'to') ?? null,
    value: deepFreeze(spec.value),
    // An overlay's parsed citations have no prototype; results show them as plain frozen objects like the baseline's.
    citations: Object.freeze(citations.map((c) => (Object.isFrozen(c) ? c : Object.freeze({ ...c })))),
    status: own(spec, 'status') ?? 'enacted',
    confidence: own(spec, 'confidence') ?? 'H',
    source,
    ...(own(spec, 'note') === undefined ? {} : { note: spec.note }),
  });
}

/** Define a baseline parameter. Soundness of its timeline is proven by the test suite. @internal */
export function defineParameter<T>(spec: ParameterSpec<T>): Parameter<T> {
  return libraryParameter(Object.freeze({
    id: spec.id,
    title: Object.freeze({ ...spec.title }),
    description: spec.description,
    unit: spec.unit,
    granularity: spec.granularity,
    kind: spec.kind ?? 'continuous',
    schema: spec.schema,
    display: spec.display,
    values: Object.freeze(spec.values.map((v) => makeValue(spec.id, v, 'baseline'))),
  }));
}

/** Freeze a plain value deeply (arrays and plain objects). @internal */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
