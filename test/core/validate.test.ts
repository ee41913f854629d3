import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { isJamsostekError, monthlyContribution } from '../../src/index';
import {
  END,
  MAX_INPUT_ARRAY,
  MAX_INPUT_DEPTH,
  NO_OPTIONS,
  hasOwn,
  isArray,
  isIterable,
  own,
  ownData,
  ownIterate,
  ownReader,
  ownStrictObject,
  ownValue,
  parseInput,
  safeParseOwn,
} from '../../src/core/validate';
import { thrown } from '../helpers';

/** The JamsostekError `fn` throws, with its first issue. */
const refusal = (fn: () => unknown) => {
  const error = thrown(fn);
  return { code: error.code, path: error.path, reason: (error.issues[0] as { reason?: string }).reason, message: error.message };
};

describe('ownData: an own-data snapshot of a caller value', () => {
  it('copies own enumerable string keys into an object without prototype, and nothing else', () => {
    const symbol = Symbol('s');
    const value: Record<string | symbol, unknown> = { own: 2, [symbol]: 3 };
    Object.defineProperty(value, 'hidden', { value: 4, enumerable: false });
    (Object.prototype as Record<string, unknown>)['inherited'] = 1;
    let copy: Record<string, unknown>;
    try {
      copy = ownData(value) as Record<string, unknown>;
    } finally {
      delete (Object.prototype as Record<string, unknown>)['inherited'];
    }
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.keys(copy)).toEqual(['own']);
    expect(Object.getOwnPropertySymbols(copy)).toEqual([]);
    expect(value[symbol]).toBe(3);
    expect(Object.getOwnPropertyNames(copy)).not.toContain('hidden');
    expect(copy['inherited']).toBeUndefined();
  });

  it('keeps `__proto__`, `constructor` and `prototype` as own data keys, never as a prototype', () => {
    const copy = ownData(JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor": 1, "prototype": 2}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect(Object.keys(copy)).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(Object.getOwnPropertyDescriptor(copy, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads a getter once and copies its value', () => {
    let reads = 0;
    const copy = ownData({ get wage() { reads++; return 5_000_000; } }) as Record<string, unknown>;
    expect(copy['wage']).toBe(5_000_000);
    expect(Object.getOwnPropertyDescriptor(copy, 'wage')).toMatchObject({ value: 5_000_000, writable: true });
    expect(reads).toBe(1);
  });

  it('reads -0 as 0, at the top and inside', () => {
    expect(Object.is(ownData(-0), 0)).toBe(true);
    expect(Object.is((ownData({ a: -0 }) as { a: number }).a, 0)).toBe(true);
    expect(Object.is((ownData([1, -0]) as number[])[1], 0)).toBe(true);
  });

  it('uses an array of primitives as it is, and copies an array holding objects', () => {
    const column = [5_000_000, '15000000', null, undefined];
    expect(ownData(column)).toBe(column);
    const rows = [{ income: 1 }, 2];
    const copy = ownData(rows) as unknown[];
    expect(copy).not.toBe(rows);
    expect(Object.getPrototypeOf(copy[0])).toBeNull();
    expect(copy[1]).toBe(2);
  });

  it('passes typed arrays, iterables and objects of other prototypes (classes) through as they are', () => {
    const typed = new Float64Array([1, 2]);
    const iterable = { *[Symbol.iterator]() { yield 1; } };
    const date = new Date(0);
    const map = new Map();
    const instance = Object.create({ inherited: 1 }) as object;
    for (const v of [typed, iterable, date, map, instance]) expect(ownData(v)).toBe(v);
  });

  it('copies a contribution result passed back in (a library data class) like a plain object', () => {
    const result = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05');
    const copy = ownData(result) as Record<string, unknown>;
    expect(copy).not.toBe(result);
    expect(Object.getPrototypeOf(copy)).toBeNull();
    expect((copy['totals'] as { billed: number }).billed).toBe(16_800); // JKK 10,000 + JKM 6,800, APBD: no discount
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels, and cycles, with a typed error at the path`, () => {
    const nest = (depth: number): unknown => {
      let v: unknown = 1;
      for (let i = 0; i < depth; i++) v = { a: v };
      return v;
    };
    expect(() => ownData(nest(MAX_INPUT_DEPTH))).not.toThrow();
    const deep = refusal(() => ownData(nest(MAX_INPUT_DEPTH + 2), ['plan']));
    expect(deep).toMatchObject({ code: 'invalid_input', reason: 'too_deep' });
    expect(deep.path).toEqual(['plan', ...Array<string>(MAX_INPUT_DEPTH + 1).fill('a')]);
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    expect(refusal(() => ownData(cycle))).toMatchObject({ code: 'invalid_input', reason: 'too_deep' });
    // 10,000-deep arrays: a typed error, not a stack overflow
    let arrays: unknown = [];
    for (let i = 0; i < 10_000; i++) arrays = [arrays];
    expect(refusal(() => ownData(arrays))).toMatchObject({ reason: 'too_deep' });
  });

  it(`refuses an array longer than ${MAX_INPUT_ARRAY.toLocaleString('en')} elements before reading it`, () => {
    const sparse: unknown[] = [];
    sparse.length = MAX_INPUT_ARRAY + 1; // no element is stored
    expect(refusal(() => ownData({ wages: sparse }, ['roster']))).toMatchObject({ code: 'invalid_input', path: ['roster', 'wages'], reason: 'too_big' });
  });

  it('turns a getter or Proxy trap that throws into a typed error at its path', () => {
    const boom = () => {
      throw new Error('boom');
    };
    expect(refusal(() => ownData({ a: { get b() { return boom(); } } }, ['input']))).toMatchObject({ path: ['input', 'a', 'b'], reason: 'unreadable', message: expect.stringContaining('boom') });
    expect(refusal(() => ownData({ list: [1, new Proxy({}, { ownKeys: boom })] }, ['input']))).toMatchObject({ path: ['input', 'list', 1], reason: 'unreadable' });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal(() => ownData(proxy, ['x']))).toMatchObject({ path: ['x'], reason: 'unreadable' });
    // A thrown value whose message cannot be read is still described.
    const hostileError = new Proxy({}, { get: boom });
    expect(refusal(() => ownData({ get a() { throw hostileError; } })).message).toContain('cannot be read');
  });
});

describe('the own-object schemas and the parse door', () => {
  it('an ownStrictObject builds objects without prototype, so its checks never see an inherited key', () => {
    const seen: unknown[] = [];
    const schema = ownStrictObject({ a: z.string().optional() }).check((ctx) => {
      seen.push(ctx.value.a);
    });
    Object.defineProperty(Object.prototype, 'a', { value: 'inherited', configurable: true, writable: true });
    let parsed: unknown;
    try {
      parsed = parseInput(schema, {});
    } finally {
      delete (Object.prototype as Record<string, unknown>)['a'];
    }
    expect(seen).toEqual([undefined]);
    expect(Object.getPrototypeOf(parsed)).toBeNull();
  });

  it('safeParseOwn turns a throwing opaque object (a Proxy of a class) into a typed error', () => {
    class Thing {}
    const proxy = new Proxy(new Thing(), { get: () => { throw new Error('trap'); } });
    const schema = z.custom((v) => typeof (v as { parameter?: unknown }).parameter === 'function');
    expect(refusal(() => safeParseOwn(schema, proxy, ['options', 'law']))).toMatchObject({ path: ['options', 'law'], reason: 'unreadable' });
  });

  it('NO_OPTIONS reads undefined for every key, also when Object.prototype has it', () => {
    Object.defineProperty(Object.prototype, 'law', { value: 'inherited', configurable: true, writable: true });
    try {
      expect(NO_OPTIONS['law']).toBeUndefined();
    } finally {
      delete (Object.prototype as Record<string, unknown>)['law'];
    }
    expect(Object.isFrozen(NO_OPTIONS)).toBe(true);
  });
});

describe('own-key readers for the fast paths', () => {
  it('ownValue, own and hasOwn read own keys only', () => {
    const o = Object.create({ inherited: 1 }) as Record<string, unknown>;
    o['mine'] = 2;
    expect([ownValue(o, 'mine'), ownValue(o, 'inherited')]).toEqual([2, undefined]);
    expect([own(o, 'mine'), own(o, 'inherited')]).toEqual([2, undefined]);
    expect([hasOwn(o, 'mine'), hasOwn(o, 'inherited')]).toEqual([true, false]);
    expect(refusal(() => ownValue({ get x() { throw new Error('no'); } }, 'x', () => ['facts']))).toMatchObject({ path: ['facts', 'x'], reason: 'unreadable' });
  });

  it('isArray and isIterable never throw', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(isArray(proxy)).toBe(false);
    expect(isIterable(new Proxy({}, { get: () => { throw new Error('x'); } }))).toBe(false);
    expect([isIterable([]), isIterable(new Set()), isIterable('abc'), isIterable(null)]).toEqual([true, true, false, false]);
  });

  it('ownIterate reports a throwing iterator at the index it was producing, and closes an iterator left early', () => {
    function* failing() {
      yield 1;
      throw new Error('disk error');
    }
    const read: unknown[] = [];
    const error = thrown(() => {
      for (const v of ownIterate(failing(), (i) => ['members', i])) read.push(v);
    });
    expect(read).toEqual([1]);
    expect(error).toMatchObject({ code: 'invalid_input', path: ['members', 1] });
    expect(error.message).toContain('disk error');
    let closed = false;
    const iterable = {
      [Symbol.iterator]: () => ({ next: () => ({ done: false, value: 1 }), return: () => ((closed = true), { done: true, value: undefined }) }),
    };
    for (const v of ownIterate(iterable as Iterable<number>, (i) => [i])) if (v === 1) break;
    expect(closed).toBe(true);
    expect(isJamsostekError(thrown(() => [...ownIterate({ [Symbol.iterator]: () => ({ next: () => null }) } as never, (i) => [i])]))).toBe(true);
  });
});

describe('ownReader: a caller iterable in a hot loop', () => {
  it('gives the elements then END, reports a throwing iterator at its index, and closes when asked', () => {
    const reader = ownReader([1, 2], (i) => ['candidates', i]);
    expect([reader.next(), reader.next(), reader.next(), reader.next()]).toEqual([1, 2, END, END]);
    function* failing() {
      yield 'a';
      throw new Error('cursor lost');
    }
    const broken = ownReader(failing(), (i) => ['candidates', i]);
    expect(broken.next()).toBe('a');
    expect(refusal(() => broken.next())).toMatchObject({ path: ['candidates', 1], reason: 'unreadable', message: expect.stringContaining('cursor lost') });
    let closed = 0;
    const closable = ownReader({ [Symbol.iterator]: () => ({ next: () => ({ done: false, value: 1 }), return: () => ((closed += 1), { done: true, value: undefined }) }) } as Iterable<number>, (i) => [i]);
    closable.next();
    closable.close();
    closable.close();
    expect(closed).toBe(1);
  });
});

describe('structure: one door', () => {
  /** Every .ts file under src/. */
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
    });

  it('src/ builds its object and record schemas with ownObject, ownStrictObject and ownRecord only', () => {
    const offenders = sources('src')
      .filter((p) => !p.endsWith(join('core', 'validate.ts')))
      .filter((p) => /\bz\s*\.\s*(?:object|strictObject|looseObject|record|partialRecord|interface)\s*\(/.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('src/ has no `?? {}` (absent options read as NO_OPTIONS, which inherits nothing)', () => {
    expect(sources('src').filter((p) => !p.endsWith(join('core', 'validate.ts')) && /\?\?\s*\{\s*\}/.test(readFileSync(p, 'utf8')))).toEqual([]);
  });
});
