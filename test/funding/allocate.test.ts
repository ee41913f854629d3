import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, SharesSchema } from '../../src/funding/allocate';
import { thrown } from '../helpers';


describe('allocate', () => {
  it('is Hamilton, not dinero.js: 7 split 3:2 is [4, 3]', () => {
    // quotas 7·3/5 = 4.2 and 7·2/5 = 2.8; floors 4 + 2 = 6; the 1 left goes to the larger remainder (0.8)
    const a = allocate(7, [3, 2]);
    expect(a.amounts).toEqual([4, 3]);
    expect(a.parts.map((p) => p.quota)).toEqual(['4.2', '2.8']);
    expect(a.remainder).toBe(1);
    expect(a.parts[1]!.remainderAdded).toBe(1);
  });

  it('breaks ties by larger share, then earlier position', () => {
    // 100 / 3: remainders all 1/3 and shares equal → earlier position gets the rupiah
    expect(allocate(100, [1, 1, 1]).amounts).toEqual([34, 33, 33]);
    // 10 split 1:2:1:2 → quotas 1.666.., 3.333.., 1.666.., 3.333..; floors 1,3,1,3 = 8; remainders 2/3,1/3,2/3,1/3 (×6: 4,2,4,2)
    // two rupiah left: the two 2/3 remainders (positions 0 and 2) → [2, 3, 2, 3]
    expect(allocate(10, [1, 2, 1, 2]).amounts).toEqual([2, 3, 2, 3]);
    // 5 split 1:1:2:2 (Σ 6): quotas 5/6, 5/6, 10/6, 10/6 → floors 0,0,1,1; remainders 5,5,4,4 (/6); 3 left
    // → positions 0 and 1 (remainder 5/6), then position 2 (remainder 4/6, tie with 3 on share, earlier)
    expect(allocate(5, [1, 1, 2, 2]).amounts).toEqual([1, 1, 2, 1]);
    // equal remainders, larger share first: 3 split 1:2 with Σ 3 → exact; 4 split 2:4:... use 1 split 1:2:1? quotas 1/4,2/4,1/4 → remainders 1,2,1 → [0,1,0]
    expect(allocate(1, [1, 2, 1]).amounts).toEqual([0, 1, 0]);
    // equal remainders, different shares: 2 split 1:3 over Σ 4 → quotas 0.5, 1.5 → remainders equal (2/4) → larger share wins → [0, 2]
    expect(allocate(2, [1, 3]).amounts).toEqual([0, 2]);
  });

  it('splits by percentages that must add up to 100', () => {
    const a = allocate(16_800, { province: '60', regency: '30', village: '10' }, { shares: 'percent' });
    // 60 % × 16,800 = 10,080; 30 % = 5,040; 10 % = 1,680
    expect(a.byParty).toEqual({ province: 10_080, regency: 5_040, village: 1_680 });
    expect(thrown(() => allocate(100, ['60', '30'], { shares: 'percent' })).message).toMatch(/add up to exactly 100; they add up to 90/);
  });

  it('gives every leftover rupiah to a named party', () => {
    // 100 / 3 = 33.33 each: floors 33 × 3 = 99, 1 left → village
    expect(allocate(100, { province: 1, regency: 1, village: 1 }, { remainder: { method: 'to_party', party: 'village' } }).amounts).toEqual([33, 33, 34]);
    // by position for an array: 101 / 4 → floors 25 × 4 = 100, 1 left → position 3
    expect(allocate(101, [1, 1, 1, 1], { remainder: { method: 'to_party', party: 3 } }).amounts).toEqual([25, 25, 25, 26]);
  });

  it('handles decimal shares and amounts beyond 2^53 in products exactly', () => {
    // 33.5 : 66.5 of 1,000 → 335 and 665
    expect(allocate(1_000, ['33.5', '66.5']).amounts).toEqual([335, 665]);
    const big = allocate(90_071_992_547_409, ['99999999.99999999', '0.00000001']);
    expect(big.amounts.reduce((a, b) => a + b, 0)).toBe(90_071_992_547_409);
  });

  it('explains the split in both languages', () => {
    const a = allocate(7, [3, 2]);
    expect(a.explanation[0]).toEqual({ id: 'Rp7 dibagi menurut rasio 3 : 2', en: 'Rp7 split by ratios 3 : 2' });
    expect(a.explanation.at(-1)!.en).toMatch(/^Remainder Rp1: largest remainder \(Hamilton\)/);
  });

  it('rejects bad input with typed errors and paths', () => {
    expect(thrown(() => allocate(-1, [1])).path).toEqual(['amount']);
    expect(thrown(() => allocate('10.50', [1])).message).toMatch(/whole rupiah/);
    expect(thrown(() => allocate(10, [])).path).toEqual(['shares']);
    expect(thrown(() => allocate(10, [0, 0])).code).toBe('invalid_input');
    expect(thrown(() => allocate(10, [0, 0])).message).toMatch(/greater than zero/);
    expect(thrown(() => allocate(10, [1, -1])).path).toEqual(['shares', 1]);
    expect(thrown(() => allocate(10, [1, '1e3'])).code).toBe('invalid_input');
    const party = thrown(() => allocate(10, { a: 1 }, { remainder: { method: 'to_party', party: 'b' } }));
    expect(party.path).toEqual(['policy', 'remainder', 'party']);
    expect(thrown(() => allocate(10, [1], { remainder: { method: 'dinero' } as never })).path[0]).toBe('policy');
  });

  it('names the share at fault, the number of parties, and the parties a remainder can go to', () => {
    const issue = (fn: () => unknown) => {
      const e = thrown(fn);
      return [e.code, e.path, e.issues[0]!.message];
    };
    expect(issue(() => allocate(10, [1, '1e3']))).toEqual(['invalid_input', ['shares', 1], 'Expected a share of zero or more with at most 8 decimals (e.g. 3 or "33.5"), got "1e3"']);
    expect(issue(() => allocate(10, { a: 1, b: '2.123456789' }))).toEqual(['invalid_input', ['shares', 'b'], 'Expected a share of zero or more with at most 8 decimals (e.g. 3 or "33.5"), got "2.123456789"']);
    expect(issue(() => allocate(10, {}))).toEqual(['invalid_input', ['shares'], 'Expected 1 to 1000 parties, got 0']);
    const parties = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, 1]));
    expect(issue(() => allocate(10, parties(1001)))).toEqual(['invalid_input', ['shares'], 'Expected 1 to 1000 parties, got 1001']);
    // exactly 1000 parties is allowed: 1,000 rupiah, 1 each
    expect(allocate(1_000, parties(1000)).amounts.every((a) => a === 1)).toBe(true);
    expect(issue(() => allocate(10, [0, 0]))).toEqual(['invalid_input', ['shares'], 'At least one share must be greater than zero']);
    expect(issue(() => allocate(10, [60, 30], { shares: 'percent' }))).toEqual(['invalid_input', ['shares'], 'Percentages must add up to exactly 100; they add up to 90']);
    expect(issue(() => allocate(10, { a: 1, c: 1 }, { remainder: { method: 'to_party', party: 'b' } }))).toEqual(['invalid_input', ['policy', 'remainder', 'party'], 'Unknown party "b"; parties are "a", "c"']);
  });

  it('states the policy applied, with defaults filled in', () => {
    expect(allocate(7, [3, 2]).policy).toEqual({ shares: 'ratio', remainder: { method: 'largest_remainder' } });
    expect(allocate(100, { a: '60', b: '40' }, { shares: 'percent', remainder: { method: 'to_party', party: 'b' } }).policy).toEqual({ shares: 'percent', remainder: { method: 'to_party', party: 'b' } });
  });

  it('explains every part: exact quota, floor, remainder added, and where the remainder went', () => {
    // 101 / 3 = 33 2/3 each; floors 33 × 3 = 99; 2 left, all to b → [33, 35, 33]
    const a = allocate(101, { a: 1, b: 1, c: 1 }, { remainder: { method: 'to_party', party: 'b' } });
    expect(a.amounts).toEqual([33, 35, 33]);
    expect(a.explanation).toEqual([
      { id: 'Rp101 dibagi menurut rasio 1 : 1 : 1', en: 'Rp101 split by ratios 1 : 1 : 1' },
      { id: 'a: kuota tepat 101/3, dibulatkan ke bawah Rp33 = Rp33', en: 'a: exact quota 101/3, rounded down Rp33 = Rp33' },
      { id: 'b: kuota tepat 101/3, dibulatkan ke bawah Rp33 + 2 sisa = Rp35', en: 'b: exact quota 101/3, rounded down Rp33 + 2 remainder = Rp35' },
      { id: 'c: kuota tepat 101/3, dibulatkan ke bawah Rp33 = Rp33', en: 'c: exact quota 101/3, rounded down Rp33 = Rp33' },
      { id: 'Sisa Rp2: sisa pembulatan seluruhnya ke b', en: 'Remainder Rp2: rounding remainder all to b' },
    ]);
    // percentages: 60 % × 16,800 = 10,080 and 40 % = 6,720, nothing left
    const p = allocate(16_800, ['60', '40'], { shares: 'percent' });
    expect(p.explanation[0]).toEqual({ id: 'Rp16.800 dibagi menurut persentase 60 : 40', en: 'Rp16.800 split by percentages 60 : 40' });
    expect(p.explanation[1]).toEqual({ id: '0: kuota tepat 10080, dibulatkan ke bawah Rp10.080 = Rp10.080', en: '0: exact quota 10080, rounded down Rp10.080 = Rp10.080' });
  });

  it('property: parts always sum exactly to the amount, under either policy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90_071_992_547_409 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        fc.boolean(),
        (amount, weights, to_party) => {
          const policy = to_party ? { remainder: { method: 'to_party' as const, party: weights.length - 1 } } : undefined;
          const a = allocate(amount, weights, policy);
          expect(a.amounts.reduce((s, x) => s + BigInt(x), 0n)).toBe(BigInt(amount));
          expect(a.amounts.every((x) => Number.isSafeInteger(x) && x >= 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: under Hamilton no part deviates from its exact quota by a whole rupiah or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90_071_992_547_409 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const a = allocate(amount, weights);
          const total = weights.reduce((s, w) => s + BigInt(w), 0n);
          a.amounts.forEach((part, i) => {
            // |part − amount·w/W| < 1  ⇔  |part·W − amount·w| < W
            const diff = BigInt(part) * total - BigInt(amount) * BigInt(weights[i]!);
            expect(diff < 0n ? -diff : diff).toBeLessThan(total);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('regression #13.5: a party named __proto__ keeps its money', () => {
  it('regression #13.5: allocate(100, JSON.parse(\'{"__proto__":"1","b":"1"}\')) splits 50 : 50 and names both parties', () => {
    // JSON.parse makes "__proto__" an own key; zod's z.record dropped it, so b got all 100.
    const shares = JSON.parse('{"__proto__":"1","b":"1"}') as Record<string, string>;
    const a = allocate(100, shares);
    expect(a.amounts).toEqual([50, 50]); // 100 × 1/2 each, nothing left over
    expect(a.parts.map((p) => p.party)).toEqual(['__proto__', 'b']);
    expect(Object.keys(a.byParty)).toEqual(['__proto__', 'b']);
    expect(Object.hasOwn(a.byParty, '__proto__')).toBe(true);
    expect(a.byParty['__proto__']).toBe(50);
    expect(JSON.stringify(a.byParty)).toBe('{"__proto__":50,"b":50}');
    // The remainder can go to it by name: 101 / 2 → floors 50 + 50, 1 left → __proto__.
    expect(allocate(101, shares, { remainder: { method: 'to_party', party: '__proto__' } }).byParty['__proto__']).toBe(51);
    // The exported schema keeps it too.
    expect(Object.keys(SharesSchema.parse(shares))).toEqual(['__proto__', 'b']);
  });

  it('regression #13.5: parties named constructor or toString are parties; names that are not read as undefined', () => {
    const a = allocate(10, { constructor: 1, toString: 4 });
    // 10 × 1/5 = 2 and 10 × 4/5 = 8
    expect(a.byParty).toEqual({ constructor: 2, toString: 8 });
    const b = allocate(10, { a: 1 });
    // byParty has no prototype: a name that is not a party is undefined, not Object.prototype's member.
    expect(b.byParty['constructor']).toBeUndefined();
    expect(b.byParty['toString']).toBeUndefined();
    expect(Object.getPrototypeOf(b.byParty)).toBeNull();
  });

  it('regression #13.5: only own keys are parties; a symbol key or a name of over 100 characters is a typed error', () => {
    const inherited = Object.create({ x: 1 }) as Record<string, number>;
    inherited['a'] = 1;
    // An object with a prototype of its own (a class instance) is not a record of shares.
    expect(thrown(() => allocate(10, inherited)).issues[0]).toMatchObject({ code: 'invalid_input', path: ['shares'] });
    const bare = Object.assign(Object.create(null) as Record<string, number>, { a: 1, b: 1 });
    expect(allocate(10, bare).amounts).toEqual([5, 5]);
    const symbol = Symbol('p');
    expect(thrown(() => allocate(10, { a: 1, [symbol]: 1 } as never)).issues[0]).toEqual({
      code: 'invalid_input',
      path: ['shares', 'Symbol(p)'],
      message: 'A party is named by text; a symbol key cannot own a share',
      reason: 'custom',
    });
    const long = 'p'.repeat(101);
    expect(thrown(() => allocate(10, { [long]: 1 })).issues[0]).toEqual({
      code: 'invalid_input',
      path: ['shares', long],
      message: `A party name has 1 to 100 characters; got "${'p'.repeat(60)}…"`,
      reason: 'custom',
    });
    expect(thrown(() => allocate(10, { '': 1 })).issues[0]).toMatchObject({ path: ['shares', ''], message: 'A party name has 1 to 100 characters; got ""' });
    expect(thrown(() => allocate(10, new Map([['a', 1]]) as never)).message).toBe('Expected the shares as an array or an object from party name to share, got an object (at shares)');
    // Every bad share is reported, each at its party.
    expect(thrown(() => allocate(10, { a: -1, b: 'x' })).issues.map((i) => i.path)).toEqual([['shares', 'a'], ['shares', 'b']]);
  });

  it('regression #13.5: an error lists at most ten parties', () => {
    const parties = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`p${i}`, 1]));
    expect(thrown(() => allocate(10, parties, { remainder: { method: 'to_party', party: 'q' } })).issues[0]!.message).toBe(
      'Unknown party "q"; parties are "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", … (12 in all)',
    );
  });

  it('regression #13.5: options inherited from a polluted Object.prototype are not read', () => {
    const restore = pollute({ shares: 'percent', remainder: { method: 'to_party', party: 'b' } });
    let result;
    try {
      result = allocate(101, { a: 1, b: 1 }, {});
    } finally {
      restore();
    }
    // With the inherited options: percent shares (1 + 1 ≠ 100) would be refused. Own options only:
    // ratio 1 : 1, 101 / 2 → floors 50 + 50, 1 left by largest remainder (tie) to the earlier party.
    expect(result.amounts).toEqual([51, 50]);
    expect(result.policy).toEqual({ shares: 'ratio', remainder: { method: 'largest_remainder' } });
  });
});

/** Set enumerable keys on Object.prototype; returns the function that removes them. */
function pollute(values: Record<string, unknown>): () => void {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
  return () => {
    for (const key of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[key];
  };
}
