/**
 * Hostile values for the hostile-input suite: wrong types, non-finite and out-of-range numbers,
 * BigInt, symbols, functions, prototype keys as own keys (as JSON.parse makes them), huge strings,
 * deep and cyclic nesting, getters and Proxies that throw. Each has a stable label, used in the
 * case keys of the expected-failure list.
 */

/** A value and the label a case names it by. */
export interface Hostile {
  readonly label: string;
  readonly value: () => unknown;
}

const boom = (): never => {
  throw new Error('boom from a hostile input');
};

/** A Proxy whose every trap throws (target `{}` or `[]`). */
export function throwingProxy(target: object): object {
  const handler: ProxyHandler<object> = {};
  for (const trap of ['get', 'set', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'defineProperty', 'deleteProperty', 'isExtensible', 'preventExtensions', 'setPrototypeOf', 'apply', 'construct'] as const) {
    (handler as Record<string, unknown>)[trap] = boom;
  }
  return new Proxy(target, handler);
}

/** A Proxy of `target` whose `get` trap throws (the object looks plain until a key is read). */
export function throwingGetProxy(target: object): object {
  return new Proxy(target, { get: boom });
}

/** A revoked Proxy: every operation on it throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** `depth` arrays nested in one another. */
export function deepArray(depth: number): unknown[] {
  let v: unknown[] = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** `depth` objects nested under the key `a`. */
export function deepObject(depth: number): Record<string, unknown> {
  let v: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

const MB = 1 << 20;
// Built once: a case reuses the same string instead of allocating a megabyte per call.
const hugeText = 'x'.repeat(MB);
const hugeDigits = '9'.repeat(MB);
const hugeMonth = `2026-01${' '.repeat(MB)}`;
const deep10k = deepArray(10_000);
const deepObject10k = deepObject(10_000);

/** Values for a whole argument. */
export const ARGUMENT_VALUES: readonly Hostile[] = [
  { label: 'null', value: () => null },
  { label: 'undefined', value: () => undefined },
  { label: '-0', value: () => -0 },
  { label: 'NaN', value: () => NaN },
  { label: 'Infinity', value: () => Infinity },
  { label: '-Infinity', value: () => -Infinity },
  { label: '1e30', value: () => 1e30 },
  { label: '-1', value: () => -1 },
  { label: '0.5', value: () => 0.5 },
  { label: '2^53', value: () => 2 ** 53 },
  { label: 'bigint', value: () => 10n },
  { label: 'symbol', value: () => Symbol('hostile') },
  { label: 'function', value: () => function hostile() {} },
  { label: 'true', value: () => true },
  { label: 'empty string', value: () => '' },
  { label: 'string', value: () => 'x' },
  { label: 'numeric string 1e30', value: () => '1e30' },
  { label: 'string -0', value: () => '-0' },
  { label: 'empty array', value: () => [] },
  { label: 'array of null', value: () => [null] },
  { label: 'empty object', value: () => ({}) },
  { label: 'null-prototype object', value: () => Object.create(null) as object },
  { label: 'own __proto__ key', value: () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as object },
  { label: 'own constructor key', value: () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as object },
  { label: 'own prototype key', value: () => JSON.parse('{"prototype": {"polluted": "yes"}}') as object },
  { label: '1 MB string', value: () => hugeText },
  { label: '1 MB digits', value: () => hugeDigits },
  { label: '1 MB month', value: () => hugeMonth },
  { label: '10,000-deep array', value: () => deep10k },
  { label: '10,000-deep object', value: () => deepObject10k },
  {
    label: 'cyclic object',
    value: () => {
      const o: Record<string, unknown> = {};
      o['a'] = o;
      return o;
    },
  },
  {
    label: 'cyclic array',
    value: () => {
      const a: unknown[] = [];
      a.push(a);
      return a;
    },
  },
  { label: 'Date', value: () => new Date(0) },
  { label: 'Map', value: () => new Map([['a', 1]]) },
  { label: 'Set', value: () => new Set([1]) },
  { label: 'Float64Array of NaN', value: () => new Float64Array([NaN]) },
  { label: 'boxed string', value: () => new String('2026-01') },
  { label: 'boxed number', value: () => new Number(5) },
  { label: 'toString and valueOf throw', value: () => ({ toString: boom, valueOf: boom }) },
  { label: 'toPrimitive throws', value: () => ({ [Symbol.toPrimitive]: boom }) },
  { label: 'getter throws', value: () => Object.defineProperty({}, 'a', { get: boom, enumerable: true }) },
  { label: 'Proxy {} throws', value: () => throwingProxy({}) },
  { label: 'Proxy [] throws', value: () => throwingProxy([]) },
  { label: 'revoked Proxy', value: revokedProxy },
];

/** Values for a field inside an argument (a smaller set: there are many fields). */
export const FIELD_VALUES: readonly Hostile[] = ARGUMENT_VALUES.filter((h) =>
  ['null', 'undefined', '-0', 'NaN', 'Infinity', '1e30', 'bigint', 'symbol', 'function', 'string', 'empty array', 'empty object', 'own __proto__ key', '1 MB digits', '10,000-deep array', 'cyclic object', 'toPrimitive throws', 'Proxy {} throws'].includes(h.label),
);

export { boom };
