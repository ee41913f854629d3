import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allocate, SharesSchema, type RatioShare } from '../../src/funding/allocate';
import { thrown } from '../helpers';

/** Ratio shares named a, b, c… by position. */
const ratios = (...weights: readonly (number | string)[]): RatioShare[] => weights.map((ratio, i) => ({ party: String.fromCharCode(97 + i), ratio }));

describe('allocate', () => {
  it('is Hamilton, not dinero.js: 7 split 3:2 is [4, 3]', () => {
    // quotas 7·3/5 = 4.2 and 7·2/5 = 2.8; floors 4 + 2 = 6; the 1 left goes to the larger remainder (0.8)
    const a = allocate(7, ratios(3, 2));
    expect(a.amounts).toEqual([4, 3]);
    expect(a.parts.map((p) => p.quota)).toEqual(['4.2', '2.8']);
    expect(a.remainder).toBe(1);
    expect(a.parts[1]!.remainderAdded).toBe(1);
  });

  it('breaks ties by larger share, then earlier position', () => {
    // 100 / 3: remainders all 1/3 and shares equal → earlier position gets the rupiah
    expect(allocate(100, ratios(1, 1, 1)).amounts).toEqual([34, 33, 33]);
    // 10 split 1:2:1:2 → quotas 1.666.., 3.333.., 1.666.., 3.333..; floors 1,3,1,3 = 8; remainders 2/3,1/3,2/3,1/3 (×6: 4,2,4,2)
    // two rupiah left: the two 2/3 remainders (positions 0 and 2) → [2, 3, 2, 3]
    expect(allocate(10, ratios(1, 2, 1, 2)).amounts).toEqual([2, 3, 2, 3]);
    // 5 split 1:1:2:2 (Σ 6): quotas 5/6, 5/6, 10/6, 10/6 → floors 0,0,1,1; remainders 5,5,4,4 (/6); 3 left
    // → positions 0 and 1 (remainder 5/6), then position 2 (remainder 4/6, tie with 3 on share, earlier)
    expect(allocate(5, ratios(1, 1, 2, 2)).amounts).toEqual([1, 1, 2, 1]);
    // quotas 1/4, 2/4, 1/4 → remainders 1, 2, 1 (/4) → the one rupiah to the largest remainder: [0, 1, 0]
    expect(allocate(1, ratios(1, 2, 1)).amounts).toEqual([0, 1, 0]);
    // equal remainders, different shares: 2 split 1:3 over Σ 4 → quotas 0.5, 1.5 → remainders equal (2/4) → larger share wins → [0, 2]
    expect(allocate(2, ratios(1, 3)).amounts).toEqual([0, 2]);
  });

  it('splits by percentages that must add up to 100', () => {
    const a = allocate(16_800, [{ party: 'province', percent: '60' }, { party: 'regency', percent: '30' }, { party: 'village', percent: '10' }]);
    // 60 % × 16,800 = 10,080; 30 % = 5,040; 10 % = 1,680
    expect(a.byParty).toEqual({ province: 10_080, regency: 5_040, village: 1_680 });
    expect(a.shareKind).toBe('percent');
    expect(thrown(() => allocate(100, [{ party: 'a', percent: '60' }, { party: 'b', percent: '30' }])).message).toMatch(/add up to exactly 100; they add up to 90/);
  });

  it('refuses percentages and ratios mixed in one split, naming the first share of the other kind', () => {
    const e = thrown(() => allocate(100, [{ party: 'a', percent: 50 }, { party: 'b', percent: 25 }, { party: 'c', ratio: 1 }] as never));
    expect([e.code, e.path, e.issues[0]!.message]).toEqual(['invalid_input', ['shares', 2], 'Shares are all percentages or all ratios: share 0 is a percent, share 2 a ratio']);
    // a share that says both, or neither
    expect(thrown(() => allocate(100, [{ party: 'a', percent: 100, ratio: 1 }] as never)).path).toEqual(['shares', 0, 'ratio']);
    expect(thrown(() => allocate(100, [{ party: 'a' }] as never)).issues[0]).toMatchObject({ path: ['shares', 0, 'percent'], message: 'A share needs its size: { party, percent } or { party, ratio }' });
  });

  it('gives every leftover rupiah to a named party', () => {
    // 100 / 3 = 33.33 each: floors 33 × 3 = 99, 1 left → village
    const equal = [{ party: 'province', ratio: 1 }, { party: 'regency', ratio: 1 }, { party: 'village', ratio: 1 }];
    expect(allocate(100, equal, { remainder: { method: 'to_party', party: 'village' } }).amounts).toEqual([33, 33, 34]);
    // 101 / 4 → floors 25 × 4 = 100, 1 left → d
    expect(allocate(101, ratios(1, 1, 1, 1), { remainder: { method: 'to_party', party: 'd' } }).amounts).toEqual([25, 25, 25, 26]);
  });

  it('handles decimal shares and amounts beyond 2^53 in products exactly', () => {
    // 33.5 : 66.5 of 1,000 → 335 and 665
    expect(allocate(1_000, ratios('33.5', '66.5')).amounts).toEqual([335, 665]);
    const big = allocate(90_071_992_547_409, ratios('99999999.99999999', '0.00000001'));
    expect(big.amounts.reduce((a, b) => a + b, 0)).toBe(90_071_992_547_409);
  });

  it('explains the split in both languages, as steps without citations (a split reads no law)', () => {
    const a = allocate(7, ratios(3, 2));
    expect(a.explanation[0]).toEqual({ text: { id: 'Rp7 dibagi menurut rasio 3 : 2', en: 'Rp7 split by ratios 3 : 2' }, citations: [] });
    expect(a.explanation.at(-1)!.text.en).toMatch(/^Remainder Rp1: largest remainder \(Hamilton\)/);
  });

  it('rejects bad input with typed errors and paths', () => {
    expect(thrown(() => allocate(-1, ratios(1))).path).toEqual(['amount']);
    expect(thrown(() => allocate('10.50', ratios(1))).message).toMatch(/whole rupiah/);
    expect(thrown(() => allocate(10, [])).path).toEqual(['shares']);
    expect(thrown(() => allocate(10, ratios(0, 0))).code).toBe('invalid_input');
    expect(thrown(() => allocate(10, ratios(0, 0))).message).toMatch(/greater than zero/);
    expect(thrown(() => allocate(10, ratios(1, -1))).path).toEqual(['shares', 1, 'ratio']);
    expect(thrown(() => allocate(10, ratios(1, '1e3'))).code).toBe('invalid_input');
    const party = thrown(() => allocate(10, ratios(1), { remainder: { method: 'to_party', party: 'b' } }));
    expect(party.path).toEqual(['options', 'remainder', 'party']);
    expect(thrown(() => allocate(10, ratios(1), { remainder: { method: 'dinero' } as never })).path[0]).toBe('options');
    // the record form of the shares is gone: a typed error, not a guess
    expect(thrown(() => allocate(10, { a: 1 } as never)).path).toEqual(['shares']);
    // and so is the policy switch
    expect(thrown(() => allocate(10, ratios(1), { shares: 'percent' } as never)).path).toEqual(['options']);
  });

  it('names the share at fault, the number of shares, twice-listed parties, and the parties a remainder can go to', () => {
    const issue = (fn: () => unknown) => {
      const e = thrown(fn);
      return [e.code, e.path, e.issues[0]!.message];
    };
    expect(issue(() => allocate(10, ratios(1, '1e3')))).toEqual(['invalid_input', ['shares', 1, 'ratio'], 'Expected a share of zero or more with at most 8 decimals (e.g. 3 or "33.5"), got "1e3"']);
    expect(issue(() => allocate(10, [{ party: 'a', ratio: 1 }, { party: 'b', ratio: '2.123456789' }]))).toEqual(['invalid_input', ['shares', 1, 'ratio'], 'Expected a share of zero or more with at most 8 decimals (e.g. 3 or "33.5"), got "2.123456789"']);
    expect(issue(() => allocate(10, []))).toEqual(['invalid_input', ['shares'], 'Expected 1 to 1000 shares, got 0']);
    const parties = (n: number) => Array.from({ length: n }, (_, i) => ({ party: `p${i}`, ratio: 1 }));
    expect(issue(() => allocate(10, parties(1001)))).toEqual(['invalid_input', ['shares'], 'Expected 1 to 1000 shares, got 1001']);
    // exactly 1000 parties is allowed: 1,000 rupiah, 1 each
    expect(allocate(1_000, parties(1000)).amounts.every((a) => a === 1)).toBe(true);
    expect(issue(() => allocate(10, ratios(0, 0)))).toEqual(['invalid_input', ['shares'], 'At least one share must be greater than zero']);
    expect(issue(() => allocate(10, [{ party: 'a', percent: 60 }, { party: 'b', percent: 30 }]))).toEqual(['invalid_input', ['shares'], 'Percentages must add up to exactly 100; they add up to 90']);
    expect(issue(() => allocate(10, [{ party: 'a', ratio: 1 }, { party: 'a', ratio: 2 }]))).toEqual(['invalid_input', ['shares', 1, 'party'], 'Party "a" is listed twice']);
    expect(issue(() => allocate(10, [{ party: 'a', ratio: 1 }, { party: 'c', ratio: 1 }], { remainder: { method: 'to_party', party: 'b' } }))).toEqual(['invalid_input', ['options', 'remainder', 'party'], 'Unknown party "b"; parties are "a", "c"']);
  });

  it('states the kind of shares and the remainder policy applied, with the default filled in', () => {
    expect([allocate(7, ratios(3, 2)).shareKind, allocate(7, ratios(3, 2)).remainderPolicy]).toEqual(['ratio', { method: 'largest_remainder' }]);
    const percent = allocate(100, [{ party: 'a', percent: '60' }, { party: 'b', percent: '40' }], { remainder: { method: 'to_party', party: 'b' } });
    expect([percent.shareKind, percent.remainderPolicy]).toEqual(['percent', { method: 'to_party', party: 'b' }]);
  });

  it('explains every part: exact quota, floor, remainder added, and where the remainder went', () => {
    // 101 / 3 = 33 2/3 each; floors 33 × 3 = 99; 2 left, all to b → [33, 35, 33]
    const a = allocate(101, ratios(1, 1, 1), { remainder: { method: 'to_party', party: 'b' } });
    expect(a.amounts).toEqual([33, 35, 33]);
    expect(a.explanation.map((s) => s.text)).toEqual([
      { id: 'Rp101 dibagi menurut rasio 1 : 1 : 1', en: 'Rp101 split by ratios 1 : 1 : 1' },
      { id: 'a: kuota tepat 101/3, dibulatkan ke bawah Rp33 = Rp33', en: 'a: exact quota 101/3, rounded down Rp33 = Rp33' },
      { id: 'b: kuota tepat 101/3, dibulatkan ke bawah Rp33 + 2 sisa = Rp35', en: 'b: exact quota 101/3, rounded down Rp33 + 2 remainder = Rp35' },
      { id: 'c: kuota tepat 101/3, dibulatkan ke bawah Rp33 = Rp33', en: 'c: exact quota 101/3, rounded down Rp33 = Rp33' },
      { id: 'Sisa Rp2: sisa pembulatan seluruhnya ke b', en: 'Remainder Rp2: rounding remainder all to b' },
    ]);
    // percentages: 60 % × 16,800 = 10,080 and 40 % = 6,720, nothing left
    const p = allocate(16_800, [{ party: 'province', percent: '60' }, { party: 'regency', percent: '40' }]);
    expect(p.explanation[0]!.text).toEqual({ id: 'Rp16.800 dibagi menurut persentase 60 : 40', en: 'Rp16.800 split by percentages 60 : 40' });
    expect(p.explanation[1]!.text).toEqual({ id: 'province: kuota tepat 10080, dibulatkan ke bawah Rp10.080 = Rp10.080', en: 'province: exact quota 10080, rounded down Rp10.080 = Rp10.080' });
  });

  it('property: parts always sum exactly to the amount, under either policy', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 90_071_992_547_409 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        fc.boolean(),
        (amount, weights, toParty) => {
          const shares = ratios(...weights);
          const options = toParty ? { remainder: { method: 'to_party' as const, party: shares.at(-1)!.party } } : undefined;
          const a = allocate(amount, shares, options);
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
          const a = allocate(amount, ratios(...weights));
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
  it('regression #13.5: a party named __proto__ (as JSON.parse makes it) splits 50 : 50 and is named', () => {
    // The record form of shares lost it (zod's z.record dropped the key, so b got all 100); a list names every party.
    const shares = JSON.parse('[{"party":"__proto__","ratio":"1"},{"party":"b","ratio":"1"}]') as RatioShare[];
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
    expect(SharesSchema.parse(shares).map((s) => s.party)).toEqual(['__proto__', 'b']);
  });

  it('regression #13.5: parties named constructor or toString are parties; names that are not read as undefined', () => {
    const a = allocate(10, [{ party: 'constructor', ratio: 1 }, { party: 'toString', ratio: 4 }]);
    // 10 × 1/5 = 2 and 10 × 4/5 = 8
    expect(a.byParty).toEqual({ constructor: 2, toString: 8 });
    const b = allocate(10, ratios(1));
    // byParty has no prototype: a name that is not a party is undefined, not Object.prototype's member.
    expect(b.byParty['constructor']).toBeUndefined();
    expect(b.byParty['toString']).toBeUndefined();
    expect(Object.getPrototypeOf(b.byParty)).toBeNull();
  });

  it('regression #13.5: a party name of 0 or over 100 characters is a typed error at the share', () => {
    const long = 'p'.repeat(101);
    expect(thrown(() => allocate(10, [{ party: long, ratio: 1 }])).issues[0]).toEqual({
      code: 'invalid_input',
      path: ['shares', 0, 'party'],
      message: `A party name has 1 to 100 characters; got "${'p'.repeat(60)}…"`,
      reason: 'custom',
    });
    expect(thrown(() => allocate(10, [{ party: '', ratio: 1 }])).issues[0]).toMatchObject({ path: ['shares', 0, 'party'], message: 'A party name has 1 to 100 characters; got ""' });
    expect(thrown(() => allocate(10, new Map([['a', 1]]) as never)).path).toEqual(['shares']);
    // Every bad share is reported, each at its own place.
    expect(thrown(() => allocate(10, [{ party: 'a', ratio: -1 }, { party: 'b', ratio: 'x' }])).issues.map((i) => i.path)).toEqual([
      ['shares', 0, 'ratio'],
      ['shares', 1, 'ratio'],
    ]);
  });

  it('regression #13.5: an error lists at most ten parties', () => {
    const parties = Array.from({ length: 12 }, (_, i) => ({ party: `p${i}`, ratio: 1 }));
    expect(thrown(() => allocate(10, parties, { remainder: { method: 'to_party', party: 'q' } })).issues[0]!.message).toBe(
      'Unknown party "q"; parties are "p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", … (12 in all)',
    );
  });

  it('regression #13.5: options inherited from a polluted Object.prototype are not read', () => {
    const restore = pollute({ remainder: { method: 'to_party', party: 'b' } });
    let result;
    try {
      result = allocate(101, ratios(1, 1), {});
    } finally {
      restore();
    }
    // With the inherited option all the remainder would go to b. Own options only:
    // ratio 1 : 1, 101 / 2 → floors 50 + 50, 1 left by largest remainder (tie) to the earlier party.
    expect(result.amounts).toEqual([51, 50]);
    expect(result.remainderPolicy).toEqual({ method: 'largest_remainder' });
  });
});

/** Set enumerable keys on Object.prototype; returns the function that removes them. */
function pollute(values: Record<string, unknown>): () => void {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
  return () => {
    for (const key of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[key];
  };
}
