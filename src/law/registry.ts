/**
 * The law as a registry of dated parameters: the immutable baseline the library ships, and
 * overlays by which another team layers its own values (next year's JP cap, a corrected bracket
 * table) on it without mutating it. Every value remembers which layer supplied it, and results
 * show it.
 *
 * @module
 */
import * as z from 'zod';
import { ownData, ownRecord, ownStrictObject, safeParseOwn } from '../core/validate';
import { hasBrand, setBrand } from '../core/brand';
import { fail, showValue, type JamsostekIssue, type PathSegment } from '../core/errors';
import { BASELINE_PARAMETERS } from './parameters/index';
import { CitationSchema, ConfidenceSchema, LegalStatusSchema, type Citation, type Confidence, type LegalStatus } from './citation';
import { keyProblem, libraryParameter, makeValue, nextKey, previousKey, timelineProblems, type Parameter, type ParameterValue } from './timeline';
import { describeOverlayForm, rateNumberHint, type OverlayForm } from './overlayForm';

type Baseline = typeof BASELINE_PARAMETERS;

/** The id of a parameter of law, e.g. `'jp.wageCap'`. */
export type ParameterId = keyof Baseline;

/** The value type of a parameter. */
export type ParameterValueOf<K extends ParameterId> = Baseline[K]['values'][number]['value'];

/** A set of parameters of law: the baseline, or the baseline with overlays. Immutable. */
export interface LawRegistry {
  /** The layers, bottom first: `['baseline', ...overlay names]`. */
  readonly layers: readonly string[];
  /** Every parameter id, in a stable order. */
  readonly ids: readonly ParameterId[];
  /** The parameter with this id. */
  parameter<K extends ParameterId>(id: K): Parameter<ParameterValueOf<K>>;
}

/**
 * One value of another team's overlay, as written in data (JSON-friendly). `V` is the form of the
 * parameter's value ({@link OverlayForm}): whole rupiah as numbers, rates as percent text.
 */
export interface OverlayValue<V = unknown> {
  /** First month (`YYYY-MM`) or date (`YYYY-MM-DD`) of the value, matching the parameter. */
  readonly from: string;
  /** Last month or date, inclusive; `null` or absent for open-ended. */
  readonly to?: string | null;
  /** The value, in the parameter's input form (rates as percent text such as `'0.24'`, never a number). */
  readonly value: V;
  /** Where it comes from: one citation or several. */
  readonly citations: Citation | readonly Citation[];
  /** `enacted`, `derived` or `projected`. */
  readonly status: LegalStatus;
  /** Confidence; defaults to `H` for enacted values and `L` otherwise. */
  readonly confidence?: Confidence;
  /** Anything a reader must know. */
  readonly note?: string;
}

/** Another team's values for one or more parameters, layered over a registry. */
export interface ParameterOverlay {
  /** The layer's name, shown in every result that uses one of its values. */
  readonly name: string;
  /** New values per parameter id, each in the parameter's form. On their spans they replace the layer below. */
  readonly values: OverlayValues;
}

/** An overlay's values: for each parameter id, values in that parameter's {@link OverlayForm}. */
export type OverlayValues = { readonly [K in ParameterId]?: readonly OverlayValue<OverlayForm<ParameterValueOf<K>>>[] };

/** Schema of one overlay value (the value itself is checked by the parameter's own schema). */
export const OverlayValueSchema = ownStrictObject({
  from: z.string(),
  to: z.string().nullable().optional(),
  value: z.unknown(),
  citations: z.union([CitationSchema, z.array(CitationSchema).min(1).max(20)]),
  status: LegalStatusSchema,
  confidence: ConfidenceSchema.optional(),
  note: z.string().min(1).max(4000).optional(),
});

/** Schema of a {@link ParameterOverlay}. */
export const ParameterOverlaySchema = ownStrictObject({
  name: z.string().min(1).max(100).regex(/^[\p{L}\p{N} ._:/()-]+$/u, 'Use letters, digits, spaces and . _ : / ( ) - in a layer name'),
  values: ownRecord(z.string(), z.array(OverlayValueSchema).min(1).max(500)),
});

/** The brand of a law registry, shared by every copy of the library in the process. */
const REGISTRY_BRAND: unique symbol = /* @__PURE__ */ Symbol.for('jamsostek.LawRegistry');

class Registry implements LawRegistry {
  readonly layers: readonly string[];
  readonly ids: readonly ParameterId[];
  readonly #parameters: ReadonlyMap<string, Parameter<unknown>>;

  constructor(layers: readonly string[], parameters: ReadonlyMap<string, Parameter<unknown>>) {
    this.layers = Object.freeze([...layers]);
    this.#parameters = parameters;
    this.ids = Object.freeze([...parameters.keys()] as ParameterId[]);
    setBrand(this, REGISTRY_BRAND);
    Object.freeze(this);
  }

  parameter<K extends ParameterId>(id: K): Parameter<ParameterValueOf<K>> {
    const found = this.#parameters.get(id); // a Map: no inherited keys such as __proto__
    if (found === undefined) fail({ code: 'invalid_input', path: ['id'], message: `Unknown parameter ${showValue(id)}; known: ${this.ids.join(', ')}`, reason: 'unknown_parameter' });
    return found as Parameter<ParameterValueOf<K>>;
  }
}

/**
 * True for a registry made by the library ({@link baselineLaw} or {@link withOverlay}), also by
 * another copy of it (the ESM and the CJS build loaded side by side): it carries the registered
 * brand and has the registry's shape. An object that merely has a `parameter` method is not one.
 * @internal
 */
export function isLawRegistry(value: unknown): value is LawRegistry {
  if (!hasBrand(value, REGISTRY_BRAND)) return false;
  const r = value as Partial<Record<keyof LawRegistry, unknown>>;
  return Array.isArray(r.layers) && Array.isArray(r.ids) && typeof r.parameter === 'function';
}

/** Schema of a `law` option: a registry made by the library. @internal */
export const LawRegistrySchema = z.custom<LawRegistry>(isLawRegistry, 'Expected a LawRegistry (baselineLaw or withOverlay(...))');

/**
 * The law as the library ships it: every parameter with its dated values and citations.
 *
 * @example
 * ```ts
 * import { baselineLaw } from 'jamsostek';
 * const caps = baselineLaw.parameter('jp.wageCap').values;
 * console.log(caps.length, caps[caps.length - 1]?.value); // 12 11086300
 * ```
 */
export const baselineLaw: LawRegistry = new Registry(['baseline'], new Map(Object.entries(BASELINE_PARAMETERS) as [string, Parameter<unknown>][]));

/**
 * A new registry with another team's values layered over `law`. The baseline is never mutated.
 * On the span of each overlay value, the overlay replaces the values below (splitting them where
 * needed); outside it, the layer below still holds. The result must still be a sound timeline: a
 * continuous parameter may not gain a gap. Every problem is reported as a typed
 * `invalid_overlay` or `invalid_input` error with its path.
 *
 * @example
 * ```ts
 * import { withOverlay, baselineLaw, jpWageCap } from 'jamsostek';
 * const law = withOverlay(baselineLaw, {
 *   name: 'Finance team 2027 plan',
 *   values: {
 *     'jp.wageCap': [{
 *       from: '2027-03', to: '2028-02', value: 11_600_000, status: 'projected',
 *       citations: { instrument: 'Practice', number: 'budget assumption', year: 2026, note: 'Assumed 4.6 % growth' },
 *     }],
 *   },
 * });
 * console.log(jpWageCap('2027-03', { law }).cap); // 11600000
 * ```
 */
export function withOverlay(law: LawRegistry, overlay: ParameterOverlay): LawRegistry {
  if (!isLawRegistry(law)) fail({ code: 'invalid_input', path: ['law'], message: 'Expected a LawRegistry made by the library (baselineLaw or withOverlay)', reason: 'invalid_type' });
  const { name, values } = parseOverlay(overlay);
  if (law.layers.includes(name)) fail({ code: 'invalid_overlay', path: ['overlay', 'name'], message: `A layer named "${name}" is already in this registry`, parameter: '' });
  const parameters = new Map<string, Parameter<unknown>>();
  for (const id of law.ids) parameters.set(id, law.parameter(id) as Parameter<unknown>);
  const issues: JamsostekIssue[] = [];
  for (const id of Object.keys(values)) {
    // Every id is a baseline parameter: unknown keys were refused before parsing.
    const layered = layerParameter(parameters.get(id)!, id, values[id]!, name, issues);
    if (layered !== undefined) parameters.set(id, layered);
  }
  if (issues.length > 0) fail(issues[0]!);
  return new Registry([...law.layers, name], parameters);
}

/** A parsed overlay: unknown parameter ids first (`invalid_overlay`), then the schema (`invalid_input`). */
function parseOverlay(overlay: unknown): z.output<typeof ParameterOverlaySchema> {
  const data = ownData(overlay, ['overlay']); // own keys only, read once
  const rawValues = typeof data === 'object' && data !== null ? (data as { values?: unknown }).values : undefined;
  if (typeof rawValues === 'object' && rawValues !== null) {
    for (const key of Object.keys(rawValues)) {
      if (!Object.hasOwn(BASELINE_PARAMETERS, key)) fail({ code: 'invalid_overlay', path: ['overlay', 'values', key], message: `Unknown parameter ${showValue(key)}`, parameter: key });
    }
  }
  const parsed = safeParseOwn(ParameterOverlaySchema, data, ['overlay']);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!; // a failed parse always has an issue
    fail({ code: 'invalid_input', path: ['overlay', ...issue.path.map(String)], message: issue.message, reason: issue.code });
  }
  return parsed.data;
}

type ParsedOverlayValue = z.output<typeof OverlayValueSchema>;

/**
 * The parameter with an overlay's values layered over it, or `undefined` with the problems added
 * to `issues`: a bad key or value, overlay values that overlap, a gap the layering leaves.
 */
function layerParameter(base: Parameter<unknown>, id: string, entries: readonly ParsedOverlayValue[], layer: string, issues: JamsostekIssue[]): Parameter<unknown> | undefined {
  const path = ['overlay', 'values', id];
  const layered: ParameterValue<unknown>[] = [];
  entries.forEach((entry, i) => {
    const value = overlayValue(base, id, entry, [...path, i], layer, issues);
    if (value !== undefined) layered.push(value);
  });
  if (layered.length !== entries.length) return undefined;
  layered.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const own = timelineProblems(base.granularity, 'measure', layered);
  for (const p of own) issues.push({ code: 'invalid_overlay', path, message: `Overlay values: ${p}`, parameter: id });
  if (own.length > 0) return undefined;
  const merged = mergeValues(base, layered);
  const problems = timelineProblems(base.granularity, base.kind, merged);
  for (const p of problems) issues.push({ code: 'invalid_overlay', path, message: `After layering: ${p}`, parameter: id });
  if (problems.length > 0) return undefined;
  return libraryParameter(Object.freeze({ ...base, values: Object.freeze(merged) }));
}

/** One overlay value as a value of the parameter, or `undefined` with its problems added to `issues`. */
function overlayValue(base: Parameter<unknown>, id: string, entry: ParsedOverlayValue, at: readonly PathSegment[], layer: string, issues: JamsostekIssue[]): ParameterValue<unknown> | undefined {
  const fromProblem = keyProblem(base.granularity, entry.from);
  const toProblem = entry.to === undefined || entry.to === null ? undefined : keyProblem(base.granularity, entry.to);
  if (fromProblem !== undefined) issues.push({ code: 'invalid_overlay', path: [...at, 'from'], message: fromProblem, parameter: id });
  if (toProblem !== undefined) issues.push({ code: 'invalid_overlay', path: [...at, 'to'], message: toProblem, parameter: id });
  const value = safeParseOwn(base.schema, entry.value, [...at, 'value']);
  if (!value.success) {
    for (const vi of value.error.issues) {
      const hint = rateNumberHint(valueAtPath(entry.value, vi.path), (vi as { expected?: unknown }).expected);
      issues.push({ code: 'invalid_overlay', path: [...at, 'value', ...vi.path.map(String)], message: `Expected ${describeOverlayForm(base)}: ${vi.message}${hint}`, parameter: id });
    }
    return undefined;
  }
  if (fromProblem !== undefined || toProblem !== undefined) return undefined;
  const spec = {
    from: entry.from,
    to: entry.to ?? null,
    value: value.data,
    citations: entry.citations as Citation | readonly Citation[],
    status: entry.status,
    confidence: entry.confidence ?? (entry.status === 'enacted' ? 'H' : 'L'),
    ...(entry.note === undefined ? {} : { note: entry.note }),
  };
  return makeValue(id, spec, layer);
}

/** The part of a parsed (own-data) value at a zod issue's path, or `undefined`. */
function valueAtPath(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || typeof key === 'symbol' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** Baseline values clipped around the overlay's spans, plus the overlay's values, in order. */
function mergeValues(base: Parameter<unknown>, overlay: readonly ParameterValue<unknown>[]): ParameterValue<unknown>[] {
  let result: ParameterValue<unknown>[] = [...base.values];
  for (const top of overlay) {
    const next: ParameterValue<unknown>[] = [];
    for (const v of result) {
      const endsBefore = v.to !== null && v.to < top.from;
      const startsAfter = top.to !== null && v.from > top.to;
      if (endsBefore || startsAfter) {
        next.push(v);
        continue;
      }
      if (v.from < top.from) next.push(Object.freeze({ ...v, to: previousKey(base.granularity, top.from) }));
      if (top.to !== null && (v.to === null || v.to > top.to)) next.push(Object.freeze({ ...v, from: nextKey(base.granularity, top.to) }));
    }
    next.push(top);
    next.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    result = next;
  }
  return result;
}
