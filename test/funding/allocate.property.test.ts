// Property tests of `allocate` (issue 13): exact sums, own keys only, any party name, and the
// documented Hamilton tie-break. fast-check prints the seed and the shrunk counterexample of any
// failure (`{ seed: …, path: … }`); replay it with `{ seed, path }` in the property's parameters,
// and keep the shrunk case as a named regression test below.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, splitUnits, type RatioShare, type ShareValue } from '../../src/funding/allocate';
import { isJamsostekError } from '../../src/index';

/** The largest whole-rupiah amount allocate takes: 2^53 − 1 sen, rounded down to whole rupiah. */
const MAX_AMOUNT = 90_071_992_547_409;

/** A share as decimal text with 0 to 8 decimals, built from integer units (exactly representable). */
const shareText = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 8 })).map(([units, scale]) => {
  const digits = units.toString().padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
});

/** A share's size in any accepted form: small integers (ties are frequent), numbers, decimal text. */
const share: fc.Arbitrary<ShareValue> = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1_000_000_000 }), shareText);

/** Ratio shares named p0, p1… by position. */
const named = (sizes: readonly ShareValue[]): RatioShare[] => sizes.map((ratio, i) => ({ party: `p${i}`, ratio }));

/** Share sizes with at least one above zero. */
const shares = fc.array(share, { minLength: 1, maxLength: 40 }).filter((list) => list.some((s) => Number(s) > 0));

/** An amount: small (ties and leftovers), large, and at the top of the range; as a number or text. */
const amount = fc.oneof(fc.integer({ min: 0, max: 1_000 }), fc.integer({ min: 0, max: MAX_AMOUNT }), fc.constantFrom(MAX_AMOUNT, MAX_AMOUNT - 1, 2 ** 46));

/** Exact share units (10^-8) of a share, as allocate reads it. */
function units(s: ShareValue): bigint {
  const [int = '0', frac = ''] = String(s).split('.');
  return BigInt(int) * 10n ** 8n + BigInt(frac.padEnd(8, '0'));
}

const sumOf = (amounts: readonly number[]) => amounts.reduce((t, a) => t + BigInt(a), 0n);

/** Party names as JSON can carry them: anything, with the names that reach Object.prototype. */
const partyName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'prototype', '__defineGetter__', 'then', 'toJSON', '0', '1', '10', '-1', '01'),
  fc.string({ minLength: 1, maxLength: 50, unit: 'binary' }),
);

/** A JSON text of a list of ratio shares, as a service receives it. */
const jsonText = (entries: readonly (readonly [string, ShareValue])[]) => JSON.stringify(entries.map(([party, ratio]) => ({ party, ratio })));

describe('allocate: properties', () => {
  it('property: parts sum exactly to the amount, for any shares, either policy, numbers or text (seed printed on failure)', () => {
    fc.assert(
      fc.property(amount, shares, fc.boolean(), fc.boolean(), (total, list, asText, toParty) => {
        const options = toParty ? { remainder: { method: 'to_party' as const, party: `p${list.length - 1}` } } : undefined;
        const a = allocate(asText ? String(total) : total, named(list), options);
        expect(sumOf(a.amounts)).toBe(BigInt(total));
        expect(a.amounts.every((x) => Number.isSafeInteger(x) && x >= 0 && !Object.is(x, -0))).toBe(true);
        // Each part is its floor plus what the policy added; the floors leave fewer rupiah than parts.
        a.parts.forEach((p) => expect(p.amount).toBe(p.floor + p.remainderAdded));
        expect(a.remainder).toBeLessThan(list.length);
        // The floor is ⌊amount × share / Σ shares⌋, exactly.
        const w = list.map(units);
        const W = w.reduce((t, x) => t + x, 0n);
        a.parts.forEach((p, i) => expect(BigInt(p.floor)).toBe((BigInt(total) * w[i]!) / W));
      }),
      { numRuns: 300 },
    );
  });

  it('property: percentages that add up to exactly 100 split exactly; any other sum is a typed error', () => {
    // k cut points in [0, 100 × 10^8] give k + 1 shares (in 10^-8 %) that add up to exactly 100.
    const percentages = fc
      .uniqueArray(fc.bigInt({ min: 1n, max: 100n * 10n ** 8n - 1n }), { maxLength: 12 })
      .map((cuts) => {
        const sorted = [0n, ...cuts.sort((x, y) => (x < y ? -1 : 1)), 100n * 10n ** 8n];
        return sorted.slice(1).map((c, i) => {
          const u = c - sorted[i]!;
          const text = u.toString().padStart(9, '0');
          return `${text.slice(0, -8)}.${text.slice(-8)}`;
        });
      });
    const asPercent = (list: readonly string[]) => list.map((percent, i) => ({ party: `p${i}`, percent }));
    fc.assert(
      fc.property(amount, percentages, fc.bigInt({ min: 1n, max: 10n ** 8n }), (total, list, nudge) => {
        const a = allocate(total, asPercent(list));
        expect(sumOf(a.amounts)).toBe(BigInt(total));
        // Off by as little as 10^-8 %: refused, never normalised.
        const off = [...list];
        off[0] = String(units(list[0]!) + nudge).padStart(9, '0').replace(/(\d{8})$/, '.$1');
        let error: unknown;
        try {
          allocate(total, asPercent(off));
        } catch (e) {
          error = e;
        }
        expect(isJamsostekError(error) && error.code === 'invalid_input' && error.path.join('.') === 'shares').toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('property: percentages and ratios mixed in one split are a typed error at the first share of the other kind', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), share), { minLength: 2, maxLength: 10 }), amount, (list, total) => {
        const kinds = list.map(([percent]) => percent);
        fc.pre(kinds.includes(true) && kinds.includes(false));
        const mixed = list.map(([percent, size], i) => (percent ? { party: `p${i}`, percent: size } : { party: `p${i}`, ratio: size }));
        let error: unknown;
        try {
          allocate(total, mixed as never);
        } catch (e) {
          error = e;
        }
        const first = kinds.findIndex((k) => k !== kinds[0]);
        expect(isJamsostekError(error) && error.code === 'invalid_input' ? error.path : null).toEqual(['shares', first]);
      }),
      { numRuns: 200 },
    );
  });

  it('property: amounts beyond 2^53 sen split exactly in the unit splitter (BigInt), and allocate refuses them with a typed error', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 96n }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 23n }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        fc.pre(weights.some((w) => w > 0n));
        const split = splitUnits(total, weights, { method: 'largest_remainder' });
        expect(split.amounts.reduce((t, x) => t + x, 0n)).toBe(total);
        // Hamilton: no part is a whole unit or more away from its quota: |part × W − total × w| < W.
        split.amounts.forEach((part, i) => {
          const diff = part * split.total - total * weights[i]!;
          expect(diff < 0n ? -diff < split.total : diff < split.total).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(MAX_AMOUNT) + 1n, max: 10n ** 30n }), (total) => {
        let error: unknown;
        try {
          allocate(total.toString(), named([1, 1]));
        } catch (e) {
          error = e;
        }
        expect(isJamsostekError(error) && error.path[0] === 'amount').toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('property: party names from JSON.parse, __proto__, constructor and toString included, are own keys with their money', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(partyName, share), { minLength: 1, maxLength: 30, selector: ([name]) => name }), amount, (entries, total) => {
        fc.pre(entries.some(([, s]) => Number(s) > 0));
        const parsed = JSON.parse(jsonText(entries)) as RatioShare[];
        const a = allocate(total, parsed);
        const names = entries.map(([name]) => name);
        expect(a.parts.map((p) => p.party)).toEqual(names);
        expect(Reflect.ownKeys(a.byParty).sort()).toEqual([...names].sort());
        names.forEach((name, i) => expect(a.byParty[name]).toBe(a.amounts[i]));
        expect(sumOf(a.amounts)).toBe(BigInt(total));
        // The same sizes under other names split the same way: a name never changes an amount.
        expect(allocate(total, named(entries.map(([, s]) => s))).amounts).toEqual(a.amounts);
      }),
      { numRuns: 300 },
    );
  });

  it('property: a key on a polluted Object.prototype never appears in a split or changes it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), share), { minLength: 1, maxLength: 10, selector: ([name]) => name }),
        fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), fc.constantFrom('percent', 'ratio', 'party', 'remainder', 'method', '0', 'a')),
        fc.oneof(share, fc.constantFrom<unknown>('percent', 'p0', { method: 'to_party', party: 'p0' })),
        amount,
        (entries, key, value, total) => {
          fc.pre(entries.some(([, s]) => Number(s) > 0) && !(key in Object.prototype));
          const list = entries.map(([party, ratio]) => ({ party, ratio }));
          const clean = allocate(total, list, {});
          Object.defineProperty(Object.prototype, key, { value, enumerable: true, configurable: true, writable: true });
          let polluted;
          try {
            polluted = allocate(total, list, {});
          } finally {
            delete (Object.prototype as Record<string, unknown>)[key];
          }
          expect(polluted.parts).toEqual(clean.parts);
          expect([polluted.shareKind, polluted.remainderPolicy]).toEqual([clean.shareKind, clean.remainderPolicy]);
          expect(Reflect.ownKeys(polluted.byParty).sort()).toEqual(entries.map(([name]) => name).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: Hamilton is order-independent except between equal shares, where the earlier position gets the rupiah', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        fc.integer({ min: 0, max: 1_000 }),
        fc.func(fc.integer()),
        (weights, total, key) => {
          const order = weights.map((_, i) => i).sort((x, y) => key(x) - key(y) || x - y);
          const list = named(weights);
          const a = allocate(total, list);
          const b = allocate(total, order.map((i) => list[i]!));
          for (let i = 0; i < weights.length; i++) {
            const same = weights.map((w, k) => (w === weights[i] ? k : -1)).filter((k) => k >= 0);
            // Parties with a share nobody else has get the same amount in any order.
            if (same.length === 1) expect(b.byParty[`p${i}`]).toBe(a.byParty[`p${i}`]);
            // Among equal shares, the same amounts (as a multiset) …
            expect(same.map((k) => b.byParty[`p${k}`]!).sort()).toEqual(same.map((k) => a.byParty[`p${k}`]!).sort());
          }
          // … and in each order, amounts of equal shares never increase from earlier to later positions.
          for (const split of [a, b]) {
            const shareAt = split.parts.map((p) => Number(p.share));
            for (let j = 0; j < shareAt.length; j++) for (let k = j + 1; k < shareAt.length; k++) if (shareAt[j] === shareAt[k]) expect(split.amounts[j]!).toBeGreaterThanOrEqual(split.amounts[k]!);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
