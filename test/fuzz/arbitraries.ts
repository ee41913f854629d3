/**
 * Hostile and arbitrary inputs for the fuzz suite (issue 8). Each arbitrary mixes plausible values
 * (so that the fuzzer reaches deep code) with hostile ones (wrong types, prototype-pollution keys,
 * huge and non-finite numbers, thousands separators, months at and beyond the calendar's limits).
 */
import fc from 'fast-check';

/** Objects whose own keys are `__proto__`, `constructor` or `prototype`, as JSON.parse makes them. */
export const pollutedObjects: readonly unknown[] = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"__proto__": {"segment": "PU"}, "segment": "BPU", "income": 1000000}'),
  JSON.parse('{"segment": "PU", "wage": 5000000, "riskClass": 1, "employerScale": "large", "__proto__": {"programs": ["JKK"]}}'),
  JSON.parse('{"segment": "BPU", "income": {"__proto__": {"valueOf": 5}}}'),
  JSON.parse('{"name": "x", "values": {"__proto__": [{"from": "2026-01", "value": 1}]}}'),
  JSON.parse('{"name": "x", "values": {"constructor": [{"from": "2026-01", "value": 1, "status": "enacted", "citations": {"instrument": "PP", "number": "1", "year": 2026}}]}}'),
  JSON.parse('{"from": "2026-01", "to": "2026-12", "__proto__": {"to": "2199-12"}}'),
  Object.create(null) as unknown,
  Object.assign(Object.create({ inherited: true }) as object, { own: 1 }),
];

/** Keys a fuzzed object may carry: the library's field names and the prototype-pollution keys. */
export const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'toJSON',
  'then',
  'segment',
  'wage',
  'income',
  'month',
  'from',
  'to',
  'value',
  'values',
  'name',
  'law',
  'rounding',
  'programs',
  'riskClass',
  'length',
);

/** Numbers a careless parser mishandles. */
export const hostileNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, 0.1, 0.005, 1e-7, 1e21, 1e308, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, -Number.MAX_SAFE_INTEGER, 2 ** 31, 2 ** 32, 90_000_000_000_000, 90_071_992_547_409.91),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 0, max: 100_000_000 }),
);

/** Amounts as text, the malformed ones included. */
export const hostileAmountText = fc.constantFrom(
  '5.000.000',
  '5,000,000',
  '5.000.000,50',
  '1.000',
  '1,000',
  '5000000.50',
  '5000000.505',
  '1e6',
  '1E6',
  ' 100',
  '100 ',
  '0x10',
  '-0',
  '-100',
  '+100',
  '',
  '.5',
  '5.',
  'Rp5.000.000',
  '٣٠٠',
  'NaN',
  'Infinity',
  '999999999999999999999',
  '90071992547409.91',
  '00001000000',
);

/** Anything an amount parameter might receive. */
export const hostileAmount: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5_000_000_000 }).map((sen) => sen / 100) },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 2, arbitrary: hostileAmountText },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, {}, [], [5_000_000], { valueOf: () => 5_000_000 }, 10n) },
);

/** A valid month 1900-01 … 2199-12. */
export const validMonth = fc.record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);

/** A month the law covers well (so results, not only errors, come out). */
export const lawMonth = fc.record({ y: fc.integer({ min: 2015, max: 2027 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`);

/** Months at and beyond the limits, and junk. */
export const hostileMonth: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: lawMonth },
  { weight: 1, arbitrary: validMonth },
  {
    weight: 2,
    arbitrary: fc.constantFrom('1900-01', '2199-12', '1899-12', '2200-01', '0000-01', '9999-12', '2026-00', '2026-13', '2026-1', '26-01', '2026/01', '2026-01-01', ' 2026-01', '2026-01 ', '', '２０２６-０１', 202601, null, undefined, {}, ['2026-01']),
  },
);

/** A valid date 1900-01-01 … 2199-12-28. */
export const validDate = fc.record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Dates at and beyond the limits, and junk. */
export const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ y: fc.integer({ min: 2015, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`) },
  { weight: 1, arbitrary: validDate },
  { weight: 2, arbitrary: fc.constantFrom('1900-01-01', '2199-12-31', '1899-12-31', '2200-01-01', '2025-02-29', '2024-02-29', '2026-04-31', '2026-01-00', '2026-1-1', '2026-01', '20260101', '', null, 20260101, {}) },
);

/** Month ranges: valid, at the 600-month limit, one beyond it, reversed, at the calendar's ends, junk. */
export const hostileRange: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(lawMonth, lawMonth).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      { from: '1900-01', to: '1949-12' }, // 600 months at the lower limit
      { from: '1900-01', to: '1950-01' }, // 601 months
      { from: '2150-01', to: '2199-12' }, // 600 months at the upper limit
      { from: '2149-12', to: '2199-12' }, // 601 months
      { from: '2199-12', to: '2199-12' },
      { from: '1900-01', to: '2199-12' },
      { from: '2026-12', to: '2026-01' },
      { from: '2026-01' },
      { from: '2026-01', to: '2026-12', extra: 1 },
      { from: '2026-01', to: '2026-13' },
      '2026-01/2026-12',
      null,
      [],
    ),
  },
  { weight: 1, arbitrary: fc.record({ from: hostileMonth, to: hostileMonth }) },
);

/** Any JS value (no symbols at top level), including objects with hostile keys and null prototypes. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ key: fc.oneof(fc.string({ maxLength: 8 }), hostileKey), maxDepth: 3, maxKeys: 5, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true }),
  fc.constantFrom(...pollutedObjects),
  hostileNumber,
  hostileAmountText,
);

/**
 * Replace, drop or add one field of a plausible object: the shape that reaches deepest before
 * failing (a single bad field behind many good ones).
 */
export function mutated<T extends Record<string, unknown>>(base: fc.Arbitrary<T>, fieldValue: fc.Arbitrary<unknown> = junk): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: base },
    {
      weight: 3,
      arbitrary: fc.tuple(base, fc.nat(), fieldValue).map(([obj, i, v]) => {
        const keys = Object.keys(obj);
        if (keys.length === 0) return obj;
        return { ...obj, [keys[i % keys.length]!]: v };
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(base, fc.nat()).map(([obj, i]) => {
        const keys = Object.keys(obj);
        const copy: Record<string, unknown> = { ...obj };
        if (keys.length > 0) delete copy[keys[i % keys.length]!];
        return copy;
      }),
    },
    { weight: 1, arbitrary: fc.tuple(base, hostileKey, fieldValue).map(([obj, k, v]) => Object.assign(JSON.parse(`{${JSON.stringify(k)}: ${JSON.stringify(safeJson(v))}}`) as object, obj)) },
    { weight: 1, arbitrary: junk },
  );
}

function safeJson(v: unknown): unknown {
  try {
    const text = JSON.stringify(v);
    return text === undefined ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
