/**
 * The cases of the hostile-input suite, generated from an entry's valid call. Every case has a
 * stable key (`arg0.wage=NaN`, `arg1 own __proto__`, `polluted Object.prototype: "x"`...) and a
 * `run` that returns `undefined` when the entry behaved, or the problem in words.
 *
 * Behaving means: a result, or a thrown JamsostekError (by `isJamsostekError`) with at least one
 * issue and a message of at most {@link MAX_MESSAGE} characters. Never another error, never NaN,
 * ±Infinity or -0 anywhere in a result, never a key leaked onto Object.prototype, and, with a
 * polluted Object.prototype, exactly the result of the clean call.
 */
import * as z from 'zod';
import * as lib from '../../src/index';
import type { Entry } from './entries';
import { ARGUMENT_VALUES, boom, FIELD_VALUES, throwingGetProxy } from './values';

/** The longest error message a hostile input may produce. */
export const MAX_MESSAGE = 2_000;

/** One case: a key for the expected-failure list, and the run. */
export interface Case {
  readonly key: string;
  readonly run: () => string | undefined;
}

type Path = readonly (string | number)[];

const describeThrown = (error: unknown): string => {
  try {
    return error instanceof Error ? `${error.name}: ${error.message.slice(0, 300)}` : `a thrown ${typeof error}`;
  } catch {
    return 'an unreadable thrown value';
  }
};

/** Problems in a value anywhere in a result: NaN, ±Infinity, -0 (first few, with their path). */
export function numberProblems(value: unknown): string[] {
  const problems: string[] = [];
  const seen = new Set<object>();
  const visit = (v: unknown, path: string, depth: number): void => {
    if (problems.length >= 3 || depth > 40) return;
    if (typeof v === 'number') {
      if (Number.isNaN(v) || !Number.isFinite(v) || Object.is(v, -0)) problems.push(`${path} is ${Object.is(v, -0) ? '-0' : String(v)}`);
      return;
    }
    if (typeof v !== 'object' || v === null || seen.has(v) || '_zod' in v) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const a = v as unknown as ArrayLike<number>;
      for (let i = 0; i < a.length && i < 10_000; i++) visit(a[i], `${path}[${i}]`, depth + 1);
      return;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) visit(x, `${path}.get(${String(k)})`, depth + 1);
      return;
    }
    const json = (v as { toJSON?: unknown }).toJSON;
    if (typeof json === 'function' && !(v instanceof Date)) {
      visit((json as () => unknown).call(v), path, depth + 1);
      return;
    }
    for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k], `${path}.${k}`, depth + 1);
  };
  visit(value, 'result', 0);
  return problems;
}

/** A deterministic text of a result (own enumerable keys, toJSON honoured, zod schemas elided). */
export function serialise(value: unknown): string {
  const seen = new Set<object>();
  const out = (v: unknown, depth: number): string => {
    if (depth > 40) return '…';
    switch (typeof v) {
      case 'number':
        return Object.is(v, -0) ? '-0' : String(v);
      case 'bigint':
        return `${v}n`;
      case 'string':
        return JSON.stringify(v.length > 200 ? `${v.slice(0, 200)}…(${v.length})` : v);
      case 'function':
        return 'fn';
      case 'symbol':
        return 'symbol';
      case 'undefined':
        return 'undefined';
      case 'boolean':
        return String(v);
      default:
    }
    if (v === null) return 'null';
    const o = v as object;
    if ('_zod' in o) return 'zod';
    if (seen.has(o)) return 'cycle';
    seen.add(o);
    try {
      if (ArrayBuffer.isView(o) && !(o instanceof DataView)) return `typed[${Array.from(o as unknown as ArrayLike<number>, (x) => out(x, depth + 1)).join(',')}]`;
      if (o instanceof Map) return `map{${[...o].map(([k, x]) => `${out(k, depth + 1)}:${out(x, depth + 1)}`).join(',')}}`;
      if (o instanceof Set) return `set{${[...o].map((x) => out(x, depth + 1)).join(',')}}`;
      const json = (o as { toJSON?: unknown }).toJSON;
      if (typeof json === 'function') return `json(${out((json as () => unknown).call(o), depth + 1)})`;
      if (Array.isArray(o)) return `[${o.map((x) => out(x, depth + 1)).join(',')}]`;
      return `{${Object.keys(o)
        .map((k) => `${k}:${out((o as Record<string, unknown>)[k], depth + 1)}`)
        .join(',')}}`;
    } finally {
      seen.delete(o);
    }
  };
  return out(value, 0);
}

/** What a call did: a result (serialised) or an error (its code, path and message). */
export function outcome(thunk: () => unknown): { readonly ok: boolean; readonly text: string; readonly problem: string | undefined } {
  let value: unknown;
  try {
    value = thunk();
  } catch (error) {
    if (!lib.isJamsostekError(error)) return { ok: false, text: describeThrown(error), problem: `threw an untyped error: ${describeThrown(error)}` };
    const issues = error.issues as readonly lib.JamsostekIssue[] | undefined;
    if (!Array.isArray(issues) || issues.length === 0) return { ok: false, text: 'no issues', problem: 'threw a JamsostekError without issues' };
    if (typeof error.message !== 'string' || error.message.length > MAX_MESSAGE) {
      return { ok: false, text: 'long message', problem: `threw a JamsostekError with a message of ${String(error.message?.length)} characters` };
    }
    return { ok: false, text: `${error.code} ${JSON.stringify(error.path)} ${error.message}`, problem: undefined };
  }
  let text: string;
  let numbers: string[];
  try {
    text = serialise(value); // forces lazy parts of the result (explanations) while the case lasts
    numbers = numberProblems(value);
  } catch (error) {
    return { ok: false, text: describeThrown(error), problem: `the result threw when read: ${describeThrown(error)}` };
  }
  return { ok: true, text, problem: numbers.length > 0 ? `returned ${numbers.join('; ')}` : undefined };
}

/** Runs one call and judges it; also checks that nothing leaked onto Object.prototype. */
export function judge(thunk: () => unknown): string | undefined {
  const result = outcome(thunk);
  const leaked = Object.keys(Object.prototype);
  if (leaked.length > 0) {
    for (const k of leaked) delete (Object.prototype as Record<string, unknown>)[k];
    return `leaked ${leaked.join(', ')} onto Object.prototype`;
  }
  if (({} as Record<string, unknown>)['polluted'] !== undefined) return 'polluted Object.prototype';
  return result.problem;
}

const isPlain = (v: unknown): v is Record<string | number, unknown> =>
  typeof v === 'object' && v !== null && (Array.isArray(v) ? Object.getPrototypeOf(v) === Array.prototype : Object.getPrototypeOf(v) === Object.prototype);

/** Paths to the fields inside plain objects and arrays (first two elements of an array), at most `max`. */
export function fieldPaths(value: unknown, max = 40, depth = 3): Path[] {
  const paths: Path[] = [];
  const visit = (v: unknown, path: Path, d: number): void => {
    if (!isPlain(v) || d >= depth) return;
    const keys: (string | number)[] = Array.isArray(v) ? [0, 1].filter((i) => i < v.length) : Object.keys(v);
    for (const k of keys) {
      if (paths.length >= max) return;
      paths.push([...path, k]);
      visit(v[k], [...path, k], d + 1);
    }
  };
  visit(value, [], 0);
  return paths;
}

/** The plain objects (not arrays) inside a value, as paths (the value itself is `[]`). */
function objectPaths(value: unknown, max = 8): Path[] {
  const out: Path[] = [];
  const visit = (v: unknown, path: Path, d: number): void => {
    if (!isPlain(v) || d > 3 || out.length >= max) return;
    if (!Array.isArray(v)) out.push(path);
    const keys: (string | number)[] = Array.isArray(v) ? [0].filter((i) => i < v.length) : Object.keys(v);
    for (const k of keys) visit(v[k], [...path, k], d + 1);
  };
  visit(value, [], 0);
  return out;
}

const pathText = (path: Path): string => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('');

/** A copy of a container (a frozen library object becomes a mutable plain copy). */
function copyOf(v: unknown): Record<string | number, unknown> {
  if (Array.isArray(v)) return [...(v as unknown[])] as unknown as Record<number, unknown>;
  return { ...(v as Record<string, unknown>) };
}

/**
 * Fresh arguments with argument `i` copied along `path` (so that frozen or shared objects are never
 * mutated) and `replace(container, key)` applied to the last container on the path.
 */
function spoiled(entry: Entry, i: number, path: Path, replace: (container: Record<string | number, unknown>, key: string | number) => void): unknown[] {
  const args = entry.args();
  if (path.length === 0) {
    replace(args as unknown as Record<number, unknown>, i);
    return args;
  }
  let container = copyOf(args[i]);
  args[i] = container;
  for (const k of path.slice(0, -1)) {
    const next = copyOf(container[k]);
    container[k] = next;
    container = next;
  }
  replace(container, path[path.length - 1]!);
  return args;
}

/** Fresh arguments with an own key `key` (as JSON.parse makes it) on the object at `path` of argument `i`. */
function withOwnKey(entry: Entry, i: number, path: Path, key: string, value: unknown): unknown[] {
  if (path.length === 0) {
    const args = entry.args();
    const copy = copyOf(args[i]);
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    args[i] = copy;
    return args;
  }
  return spoiled(entry, i, path, (c, k) => {
    const copy = copyOf(c[k]);
    Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    c[k] = copy;
  });
}

/** A case that builds its arguments first (a harness mistake then shows as such) and judges the call. */
function spoilCase(key: string, call: (args: unknown[]) => unknown, build: () => unknown[]): Case {
  return {
    key,
    run: () => {
      const args = build();
      return judge(() => call(args));
    },
  };
}

/** The function call of an entry. */
export function caller(name: string, entry: Entry): (args: unknown[]) => unknown {
  const fn = (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  return entry.call ?? ((args) => fn(...args));
}

// ---------------------------------------------------------------------------------------------
// A polluted Object.prototype

/**
 * Keys left out: JavaScript protocol (setting them breaks the language, not the library), and
 * `path`, `error` and `values`, which zod itself reads from its own issue and definition objects
 * (`iss.path`, `def.error`, a record's `keyType._zod.values`): a zod defect the library cannot
 * defend against (see .changes/a-hostile.quality.md).
 */
const PROTOCOL_KEYS = new Set(['path', 'error', 'values', 'then', 'toJSON', 'constructor', 'toString', 'valueOf', 'toLocaleString', '__proto__', 'length', 'get', 'set', 'value', 'writable', 'enumerable', 'configurable', 'prototype', 'name', 'message', 'stack', 'cause']);

/** Every key of every exported schema, and the keys hand-written checks read. */
function schemaKeys(): string[] {
  const seen = new Set<unknown>();
  const keys = new Set<string>();
  const walk = (s: unknown): void => {
    if (typeof s !== 'object' || s === null || seen.has(s)) return;
    seen.add(s);
    const def = (s as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (def === undefined) return;
    if (typeof def['shape'] === 'object' && def['shape'] !== null) {
      for (const [k, v] of Object.entries(def['shape'])) {
        keys.add(k);
        walk(v);
      }
    }
    for (const f of ['innerType', 'element', 'in', 'out', 'keyType', 'valueType', 'left', 'right', 'catchall']) walk(def[f]);
    for (const f of ['options', 'items']) if (Array.isArray(def[f])) (def[f] as unknown[]).forEach(walk);
  };
  for (const v of Object.values(lib)) walk(v);
  walk(z.object({})); // (keeps the import honest for type-only builds)
  return [...keys];
}

/** The keys the suite sets on Object.prototype: schema keys, keys of hand-written checks, the brief's. */
export const POLLUTION_KEYS: readonly string[] = [
  ...new Set([
    ...schemaKeys(),
    // hand-written readers and results
    'missing', 'met', 'reason', 'referenceDate', 'projection', 'annualGrowthPercent', 'granularity', 'parameter', 'facts', 'test', 'rules', 'overrides', 'add',
    'members', 'chunkSize', 'issues', 'code', 'fact', 'sources', 'rule', 'at', 'coverage', 'projected', 'source', 'citation', 'row', 'upTo', 'base',
    'numerator', 'denominator', 'lines', 'payer', 'rate', 'relief', 'measure', 'parties', 'total', 'shareOf', 'ids',
    // #13.6's examples
    'programs', 'jkp', 'dueDate', 'remainder', 'kind', 'fundedBy', 'riskClass',
  ]),
].filter((k) => !PROTOCOL_KEYS.has(k));

/** Values the suite sets them to (each in turn, enumerable and not). */
const POLLUTION_VALUES: readonly { readonly label: string; readonly value: () => unknown }[] = [
  { label: '"x"', value: () => 'x' },
  { label: '7', value: () => 7 },
  { label: 'true', value: () => true },
  { label: '["JKK","JKM"]', value: () => ['JKK', 'JKM'] },
  { label: '{}', value: () => ({}) },
];

/** Set `keys` on Object.prototype, run `thunk`, and remove them again (always). */
export function withPollution<T>(keys: readonly string[], value: () => unknown, enumerable: boolean, thunk: () => T): T {
  const added: string[] = [];
  try {
    for (const k of keys) {
      if (Object.hasOwn(Object.prototype, k)) continue;
      Object.defineProperty(Object.prototype, k, { value: value(), enumerable, writable: true, configurable: true });
      added.push(k);
    }
    return thunk();
  } finally {
    for (const k of added) delete (Object.prototype as Record<string, unknown>)[k];
  }
}

/** The keys that, set alone, change the outcome of `run` from `clean` (bisection by single keys). */
function culprits(run: () => string, clean: string, value: () => unknown, enumerable: boolean): string[] {
  const found: string[] = [];
  for (const k of POLLUTION_KEYS) {
    if (withPollution([k], value, enumerable, run) !== clean) found.push(k);
    if (found.length >= 5) break;
  }
  return found;
}

function pollutionCases(call: () => unknown, label: string): Case[] {
  const text = (): string => {
    const o = outcome(call);
    return o.problem ?? o.text;
  };
  const cases: Case[] = [];
  for (const enumerable of [true, false]) {
    for (const v of POLLUTION_VALUES) {
      cases.push({
        key: `polluted Object.prototype (${enumerable ? 'enumerable' : 'non-enumerable'}) = ${v.label}${label}`,
        run: () => {
          const clean = text();
          const polluted = withPollution(POLLUTION_KEYS, v.value, enumerable, text);
          if (polluted === clean) return undefined;
          const keys = culprits(text, clean, v.value, enumerable);
          return `an inherited property changed the outcome (keys: ${keys.join(', ') || 'only together'}): ${polluted.slice(0, 300)} instead of ${clean.slice(0, 300)}`;
        },
      });
    }
  }
  return cases;
}

// ---------------------------------------------------------------------------------------------
// All the cases of an entry

const PROTO_KEYS: readonly { readonly key: string; readonly value: () => unknown }[] = [
  { key: '__proto__', value: () => JSON.parse('{"polluted": "yes", "programs": ["JKK"], "segment": "BPU"}') as unknown },
  { key: 'constructor', value: () => JSON.parse('{"prototype": {"polluted": "yes"}}') as unknown },
  { key: 'prototype', value: () => JSON.parse('{"polluted": "yes"}') as unknown },
];

/** Every case of one entry. */
export function casesOf(name: string, entry: Entry): Case[] {
  const call = caller(name, entry);
  const cases: Case[] = [];
  cases.push({
    key: 'valid call',
    run: () => {
      const o = outcome(() => call(entry.args()));
      return o.problem ?? (o.ok ? undefined : `the valid call failed: ${o.text}`);
    },
  });
  const valid = entry.args();
  valid.forEach((arg, i) => {
    for (const h of ARGUMENT_VALUES) cases.push(spoilCase(`arg${i}=${h.label}`, call, () => spoiled(entry, i, [], (c, k) => (c[k] = h.value()))));
    for (const path of fieldPaths(arg)) {
      for (const h of FIELD_VALUES) cases.push(spoilCase(`arg${i}${pathText(path)}=${h.label}`, call, () => spoiled(entry, i, path, (c, k) => (c[k] = h.value()))));
      cases.push(spoilCase(`arg${i}${pathText(path)} getter throws`, call, () => spoiled(entry, i, path, (c, k) => Object.defineProperty(c, k, { get: boom, enumerable: true, configurable: true }))));
      cases.push(spoilCase(`arg${i}${pathText(path)} deleted`, call, () => spoiled(entry, i, path, (c, k) => (Array.isArray(c) ? c.splice(Number(k), 1) : delete c[k]))));
    }
    for (const path of objectPaths(arg)) {
      for (const p of PROTO_KEYS) cases.push(spoilCase(`arg${i}${pathText(path)} own ${p.key}`, call, () => withOwnKey(entry, i, path, p.key, p.value())));
    }
    if (typeof arg === 'object' && arg !== null) {
      cases.push(spoilCase(`arg${i} Proxy whose get throws`, call, () => spoiled(entry, i, [], (c, k) => (c[k] = throwingGetProxy(c[k] as object)))));
    }
  });
  cases.push({ key: 'one argument too many', run: () => judge(() => call([...entry.args(), { extra: true }])) });
  for (const [key, use] of Object.entries(entry.extra ?? {})) cases.push({ key, run: () => judge(use) });
  cases.push(...pollutionCases(() => call(entry.args()), ''));
  // Again without the trailing optional arguments (absent options are where defaults are read).
  for (let n = valid.length - 1; n >= 1; n--) {
    if (!outcome(() => call(entry.args().slice(0, n))).ok) break;
    cases.push(...pollutionCases(() => call(entry.args().slice(0, n)), `, first ${n} argument${n === 1 ? '' : 's'} only`));
  }
  return cases;
}
