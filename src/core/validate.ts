/**
 * The door every public input passes. Two steps, always together:
 *
 * 1. {@link ownData} takes an own-data snapshot of the caller's value: plain objects become
 *    prototype-less copies of their own enumerable string keys (a getter is read once; symbol keys
 *    are left out, as zod ignores them), arrays that hold
 *    objects are copied element by element (an array of primitives is only scanned), `-0` becomes
 *    `0`, and nothing is ever read from a prototype. So a key that someone set on
 *    `Object.prototype` (`Object.prototype.programs = [...]`) is never taken for an input; a getter,
 *    Proxy trap or iterator that throws becomes a typed error (reason `unreadable`); and nesting
 *    deeper than {@link MAX_INPUT_DEPTH} (or a cycle) or more than {@link MAX_INPUT_CONTAINERS}
 *    objects and arrays is refused with a typed error (`too_deep`, `too_big`) instead of a stack
 *    overflow or a hang.
 * 2. A zod schema parses the snapshot once. The library's object schemas are made with
 *    {@link ownObject}, {@link ownStrictObject} and {@link ownRecord}, which take the prototype off
 *    the object zod builds before any check or transform of the schema reads it; so code that
 *    reads an optional key the caller left out gets `undefined`, never an inherited value. Absent
 *    options read as {@link NO_OPTIONS}. Any failure becomes a {@link JamsostekError}.
 *
 * Objects of other classes (a `LawRegistry`, a `RuleSet`, criteria, typed arrays, dates, maps,
 * iterables such as generators or an object literal with its own `[Symbol.iterator]`, zod
 * schemas, a caller's class instances) are passed as they are: the schemas recognise them by
 * brand, class or protocol. The library's own result classes are copied as data
 * ({@link copiedAsData}). Iterables are read with {@link ownIterate} or {@link ownReader}; the
 * zod-free fast paths read own keys with {@link ownValue}, {@link own} and {@link hasOwn}.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { fail, fromZodError, JamsostekError, type PathSegment } from './errors';

/** The deepest nesting of objects and arrays an input may have (a cycle reaches it too). @internal */
export const MAX_INPUT_DEPTH = 64;
/** The most objects and arrays one input may hold in all (5 million listed participants fit). @internal */
export const MAX_INPUT_CONTAINERS = 10_000_000;
/** The longest array an input may hold (a column roster of 50 million members fits). @internal */
export const MAX_INPUT_ARRAY = 50_000_000;
/** The most own keys one object of an input may have. @internal */
export const MAX_INPUT_KEYS = 1_000_000;

/** Take the prototype off an object zod has just built (it is new, so this changes nobody else's object). */
function withoutPrototype<T>(value: T): T {
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype && Object.isExtensible(value)) Object.setPrototypeOf(value, null);
  return value;
}

/**
 * `z.object`, whose parsed object has no prototype before its checks and transforms run. Every
 * object schema of the library is made with it (or {@link ownStrictObject}); a test checks that
 * `src/` calls `z.object` nowhere else. @internal
 */
export const ownObject = ((shape, params) => z.object(shape, params).overwrite(withoutPrototype)) as typeof z.object;

/** `z.strictObject`, whose parsed object has no prototype (see {@link ownObject}). @internal */
export const ownStrictObject = ((shape, params) => z.strictObject(shape, params).overwrite(withoutPrototype)) as typeof z.strictObject;

/** `z.record`, whose parsed record has no prototype (see {@link ownObject}). @internal */
export const ownRecord = ((keyType: z.core.$ZodRecordKey, valueType: z.core.SomeType, params?: string | z.core.$ZodRecordParams) =>
  z.record(keyType, valueType, params).overwrite(withoutPrototype)) as typeof z.record;

/** `Array.isArray`, false for a revoked Proxy (which makes `Array.isArray` throw). @internal */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * What absent options read as: an empty object without prototype (frozen), so that
 * `(parseInput(schema, options) ?? NO_OPTIONS).law` is `undefined` even when Object.prototype has
 * a `law`. Use it instead of `?? {}`. @internal
 */
export const NO_OPTIONS: Readonly<Record<string, undefined>> = Object.freeze(Object.setPrototypeOf({}, null) as Record<string, undefined>);

/** Prototypes of the library's own result classes, copied as data when a result is passed back in. */
const DATA_PROTOTYPES = new WeakSet<object>();

/**
 * Declare the library's own result classes (a monthly contribution, a contribution line) as data:
 * when a caller passes such a result back as input (a schedule's months to `applyPayments`), the
 * snapshot copies its own fields like a plain object's instead of passing it as it is. @internal
 */
export function copiedAsData(...prototypes: object[]): void {
  for (const p of prototypes) DATA_PROTOTYPES.add(p);
}

/** A short text for anything thrown by a getter or a Proxy trap (itself read without throwing). */
function thrownText(error: unknown): string {
  try {
    const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : error;
    const text = typeof message === 'string' ? message : typeof message === 'number' || typeof message === 'boolean' ? String(message) : 'a value that is not an error';
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return 'an error whose message cannot be read';
  }
}

/** True for this library's own errors (`instanceof` alone may run a hostile Proxy's trap). */
function isOwnError(error: unknown): error is JamsostekError {
  try {
    return error instanceof JamsostekError;
  } catch {
    return false;
  }
}

/**
 * Throw the typed error (`invalid_input`, reason `unreadable`, at `path`) for a caller's value that
 * threw when read (a getter, a Proxy trap, an iterator); the library's own errors pass as they are.
 * @internal
 */
export function unreadable(path: readonly PathSegment[], error: unknown): never {
  if (isOwnError(error)) throw error;
  return fail({ code: 'invalid_input', path: [...path], message: `Reading this value threw: ${thrownText(error)}`, reason: 'unreadable' });
}

/** True when Object.prototype or Array.prototype carries an array index (so a hole would read it). */
function prototypesHaveIndexKeys(): boolean {
  for (const proto of [Object.prototype, Array.prototype]) {
    for (const key of Reflect.ownKeys(proto)) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57 && String(Number(key) >>> 0) === key) return true;
    }
  }
  return false;
}

interface SnapshotState {
  containers: number;
  /** Whether holes must be checked with Object.hasOwn (decided at the first array, once per snapshot). */
  indexKeys: boolean | undefined;
}

/** True for an element an array snapshot must replace: an object (copied), `-0` (read as 0), a hole read through a polluted prototype. */
function needsCopy(value: readonly unknown[], i: number, element: unknown, holes: boolean): boolean {
  return typeof element === 'object' ? element !== null : (element === 0 && 1 / element < 0) || (holes && element !== undefined && !Object.hasOwn(value, i));
}

/**
 * An array's snapshot. An array of primitives (a column of wages, a list of months) is only
 * scanned and then used as it is: nothing of it can be inherited, and copying a column of millions
 * would cost more than the work it feeds. Anything else is copied element by element.
 */
function copyArray(value: readonly unknown[], path: PathSegment[], depth: number, state: SnapshotState): readonly unknown[] {
  const length = value.length;
  if (length > MAX_INPUT_ARRAY) fail({ code: 'invalid_input', path: [...path], message: `Expected at most ${MAX_INPUT_ARRAY} elements, got ${length}`, reason: 'too_big' });
  const holes = (state.indexKeys ??= prototypesHaveIndexKeys());
  let i = 0;
  try {
    while (i < length && !needsCopy(value, i, value[i], holes)) i++;
    if (i === length) return value;
    const out: unknown[] = []; // pushed: `new Array(n)` of a large n makes a slow dictionary array
    for (let j = 0; j < i; j++) out.push(value[j]);
    for (; i < length; i++) {
      const element = holes && !Object.hasOwn(value, i) ? undefined : value[i];
      if (typeof element === 'object' && element !== null) {
        path.push(i);
        out.push(snapshot(element, path, depth + 1, state));
        path.pop();
      } else out.push(element === 0 ? 0 : element); // -0 is read as 0
    }
    return out;
  } catch (error) {
    if (isOwnError(error)) throw error;
    return unreadable([...path, i], error);
  }
}

function copyObject(value: object, path: PathSegment[], depth: number, state: SnapshotState): Record<string, unknown> {
  const keys = Object.keys(value);
  if (keys.length > MAX_INPUT_KEYS) fail({ code: 'invalid_input', path: [...path], message: `Expected at most ${MAX_INPUT_KEYS} keys, got ${keys.length}`, reason: 'too_big' });
  // A literal whose prototype is removed before any key is set: V8 keeps it a fast object (unlike
  // Object.create(null)), and no setter or read-only key of Object.prototype can intercept a key.
  const out: Record<string, unknown> = {};
  Object.setPrototypeOf(out, null);
  let key = '';
  try {
    for (key of keys) {
      const element = (value as Record<string, unknown>)[key];
      if (typeof element === 'object' && element !== null) {
        path.push(key);
        out[key] = snapshot(element, path, depth + 1, state);
        path.pop();
      } else out[key] = element === 0 ? 0 : element; // -0 is read as 0
    }
  } catch (error) {
    if (isOwnError(error)) throw error;
    unreadable([...path, key], error);
  }
  return out;
}

function snapshot(value: object, path: PathSegment[], depth: number, state: SnapshotState): unknown {
  if (depth > MAX_INPUT_DEPTH) {
    fail({ code: 'invalid_input', path: [...path], message: `The input is nested more than ${MAX_INPUT_DEPTH} levels deep (or refers to itself)`, reason: 'too_deep' });
  }
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    const isArray = Array.isArray(value);
    if (isArray ? proto !== Array.prototype : proto !== Object.prototype && proto !== null && !DATA_PROTOTYPES.has(proto as object)) return value;
    if (!isArray && Object.hasOwn(value, Symbol.iterator)) return value; // an iterable written as an object literal
    if (++state.containers > MAX_INPUT_CONTAINERS) {
      fail({ code: 'invalid_input', path: [...path], message: `The input holds more than ${MAX_INPUT_CONTAINERS} objects and arrays`, reason: 'too_big' });
    }
    return isArray ? copyArray(value as unknown[], path, depth, state) : copyObject(value, path, depth, state);
  } catch (error) {
    return unreadable(path, error);
  }
}

/**
 * An own-data snapshot of `value` (see the module comment): plain objects and arrays are copied
 * without prototypes and without anything inherited, and `-0` becomes `0`; other primitives,
 * functions and objects of other classes are returned as they are. Throws a {@link JamsostekError} (`invalid_input`, reason
 * `too_deep`, `too_big` or `unreadable`) at `root` plus the path inside. @internal
 */
export function ownData(value: unknown, root: readonly PathSegment[] = []): unknown {
  if (typeof value !== 'object' || value === null) return value === 0 ? 0 : value; // -0 is read as 0
  return snapshot(value, [...root], 0, { containers: 0, indexKeys: undefined });
}

/**
 * `schema.safeParse` on the own-data snapshot of `input` (the library's object schemas also drop
 * the prototype of what they build); an input that cannot be read throws a {@link JamsostekError} at `root`. For callers
 * that report zod's issues their own way; {@link parseInput} is the usual door. @internal
 */
export function safeParseOwn<S extends z.ZodType>(schema: S, input: unknown, root: readonly PathSegment[] = []): z.ZodSafeParseResult<z.output<S>> {
  const data = ownData(input, root);
  let result: z.ZodSafeParseResult<z.output<S>>;
  try {
    result = schema.safeParse(data);
  } catch (error) {
    // An opaque object's getter or Proxy trap threw inside a schema check.
    return unreadable(root, error);
  }
  return result;
}

/** Parse `input` with `schema` (own data only) or throw a JamsostekError whose paths start at `root`. @internal */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root: readonly PathSegment[] = []): z.output<S> {
  const result = safeParseOwn(schema, input, root);
  if (!result.success) throw fromZodError(result.error, root);
  return result.data;
}

/**
 * `value[key]` if `key` is an own property of `value` (never an inherited one), else `undefined`;
 * a getter or Proxy trap that throws becomes a typed error at `path` plus `key` (a function is
 * called only then, so a hot loop builds no path). For the zod-free fast paths that read a
 * caller's object key by key. @internal
 */
export function ownValue(value: object, key: string, path: readonly PathSegment[] | (() => readonly PathSegment[]) = []): unknown {
  try {
    return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  } catch (error) {
    return unreadable([...(typeof path === 'function' ? path() : path), key], error);
  }
}

/**
 * `o[key]` if `key` is an own property of `o`, else `undefined`: for the optional fields of the
 * library's own objects (law values, citations, lines), which leave out the keys they do not have,
 * so that a key set on Object.prototype is never read in their place. @internal
 */
export function own<T extends object, K extends keyof T>(o: T, key: K): T[K] | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** `Object.hasOwn`, narrowing a union of the library's own result shapes (`{ code } | { problem }`) like `in` would. @internal */
export function hasOwn<T extends object, K extends string>(o: T, key: K): o is Extract<T, Record<K, unknown>> {
  return Object.hasOwn(o, key);
}

/** True when `value` is an object with a `[Symbol.iterator]` method (never throws: a hostile Proxy is not iterable). @internal */
export function isIterable(value: unknown): value is Iterable<unknown> {
  try {
    return typeof value === 'object' && value !== null && typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/**
 * A reader of a caller's iterable for hot loops (no generator): `next()` gives the next element or
 * {@link END}; an iterator that throws (or breaks the protocol) becomes a typed error at
 * `pathOf(index)` of the element it was producing. Call `close()` when stopping early. @internal
 */
export function ownReader<T>(iterable: Iterable<T>, pathOf: (index: number) => PathSegment[]): { next(): T | typeof END; close(): void } {
  let iterator: Iterator<T>;
  try {
    iterator = iterable[Symbol.iterator]();
  } catch (error) {
    return unreadable(pathOf(0), error);
  }
  let index = 0;
  let finished = false;
  return {
    next() {
      if (finished) return END;
      try {
        const step = iterator.next();
        if (step.done === true) {
          finished = true;
          return END;
        }
        index++;
        return step.value;
      } catch (error) {
        finished = true;
        return unreadable(pathOf(index), error);
      }
    },
    close() {
      if (finished) return;
      finished = true;
      try {
        iterator.return?.();
      } catch {
        // closing a caller's iterator early must not hide the error that stopped the loop
      }
    },
  };
}

/** What {@link ownReader} gives after the last element. @internal */
export const END: unique symbol = Symbol('end');

/**
 * The elements of a caller's iterable, in order; an iterator that throws (or breaks the protocol)
 * becomes a typed error at `pathOf(index)` of the element it was producing. The iterator is closed
 * if the consumer stops early. @internal
 */
export function* ownIterate<T>(iterable: Iterable<T>, pathOf: (index: number) => PathSegment[]): Generator<T, void, undefined> {
  const reader = ownReader(iterable, pathOf);
  try {
    for (let value = reader.next(); value !== END; value = reader.next()) yield value;
  } finally {
    reader.close(); // closes the caller's iterator only if the consumer stopped early
  }
}
