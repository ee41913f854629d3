import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatRupiah, percent, roundRupiah, rupiah, sumRupiah, HALF_UP_TO_RUPIAH } from '../../src/index';
import { amountToSen, applyRate, divideRounded, exactRateProduct, multiplyRates, roundRational, senToDecimalString, type Sen } from '../../src/core/money';
import { expectError } from '../helpers';

describe('amount inputs', () => {
  it('parses whole rupiah and sen exactly', () => {
    expect(amountToSen(5_000_000)).toBe(500_000_000);
    expect(amountToSen(5_000_000.5)).toBe(500_000_050);
    expect(amountToSen('5000000.50')).toBe(500_000_050);
    expect(amountToSen('0.07')).toBe(7); // 0.07 * 100 is 7.000000000000001 in floats; parsing is textual
    expect(amountToSen(0)).toBe(0);
  });
  it('rejects what is not an exact amount', () => {
    for (const bad of [-1, NaN, Infinity, '5.000.000', '5,000,000', 'Rp5000', '1e6', '5000000.555', '', ' 5', null, undefined, {}, 1e21]) {
      expect(typeof amountToSen(bad)).toBe('string');
    }
    expect(amountToSen('5.000.000')).toMatch(/thousands separators/);
  });
});

describe('rates', () => {
  it('holds three or more decimals exactly', () => {
    expect(percent('0.445')).toEqual({ percent: '0.445', numerator: 445, denominator: 100_000 });
    expect(percent('3.70')).toEqual({ percent: '3.7', numerator: 37, denominator: 1000 });
    expect(percent('100')).toEqual({ percent: '100', numerator: 1, denominator: 1 });
    expect(percent('0')).toEqual({ percent: '0', numerator: 0, denominator: 1 });
  });
  it('multiplies rates exactly (0.24 % × 1 % = 0.0024 %; 0.445 % × 50 % = 0.2225 %)', () => {
    expect(multiplyRates(percent('0.24'), percent('1')).percent).toBe('0.0024');
    expect(multiplyRates(percent('0.445'), percent('50')).percent).toBe('0.2225');
  });
  it('rejects malformed percentages', () => {
    expectError(() => percent('0,24'), 'invalid_input');
    expectError(() => percent('-1'), 'invalid_input');
    expectError(() => percent(0.24 as unknown as string), 'invalid_input');
  });
});

describe('rounding', () => {
  it('rounds each mode as named (positive and negative)', () => {
    // 7/2 = 3.5, 5/2 = 2.5, 7/3 = 2.33, 8/3 = 2.67
    expect([7, 5, 7, 8].map((n, i) => divideRounded(n, [2, 2, 3, 3][i]!, 'halfUp'))).toEqual([4, 3, 2, 3]);
    expect([7, 5].map((n) => divideRounded(n, 2, 'halfEven'))).toEqual([4, 2]);
    expect([7, 5].map((n) => divideRounded(n, 2, 'halfDown'))).toEqual([3, 2]);
    expect(divideRounded(8, 3, 'down')).toBe(2);
    expect(divideRounded(7, 3, 'up')).toBe(3);
    expect(divideRounded(-7, 2, 'halfUp')).toBe(-4); // half away from zero
    expect(divideRounded(6, 3, 'up')).toBe(2);
  });
  it('rounds decimal strings to steps (brief §2.3 and §7)', () => {
    expect(roundRupiah('3001.5')).toBe(3002); // JKM 0.3 % × 1,000,500
    expect(roundRupiah('3001.35')).toBe(3001); // JKM 0.3 % × 1,000,450
    expect(roundRupiah('10042359.8', { mode: 'down', step: 100 })).toBe(10_042_300); // JP cap, floored
    expect(roundRupiah('393406.74', { mode: 'up', step: 100 })).toBe(393_500); // JP minimum, rounded up
    expect(roundRupiah('2.5', { mode: 'halfEven', step: 1 })).toBe(2);
    expect(roundRupiah(10_000.5)).toBe(10_001); // not Python's half-even 10,000
  });
  it('falls back to exact BigInt arithmetic beyond 2^53', () => {
    // 90,071,992,547,409 rupiah × 0.445 % = 400,820,366,835.97... → 400,820,366,836
    const base = 9_007_199_254_740_900 as Sen;
    expect(applyRate(base, percent('0.445'), HALF_UP_TO_RUPIAH)).toBe(400_820_366_836);
    expect(roundRational(Number.MAX_SAFE_INTEGER, 1, { mode: 'halfUp', step: 1 })).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('rejects invalid roundings and values', () => {
    expectError(() => roundRupiah('1.5', { mode: 'nearest' as never, step: 1 }), 'invalid_input', ['rounding']);
    expectError(() => roundRupiah('1.5', { mode: 'halfUp', step: 0 }), 'invalid_input', ['rounding']);
    expectError(() => roundRupiah('1,5'), 'invalid_input', ['value']);
    expectError(() => roundRupiah(NaN), 'invalid_input', ['value']);
  });
  it('property: halfUp of base × rate is within half a rupiah of the exact product', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('0.24', '0.445', '0.635', '3.7', '2', '1', '0.22'), (sen, p) => {
        const rate = percent(p);
        const amount = applyRate(sen as Sen, rate, HALF_UP_TO_RUPIAH);
        const exact = exactRateProduct(sen as Sen, rate);
        const diff = Math.abs(Number(exact) - amount); // display-only float check of a rounding bound
        expect(diff).toBeLessThanOrEqual(0.5 + 1e-6);
      }),
      { numRuns: 300 },
    );
  });
});

describe('exact products', () => {
  it('writes base × rate exactly', () => {
    expect(exactRateProduct(100_050_000 as Sen, percent('0.3'))).toBe('3001.5');
    expect(exactRateProduct(500_000_050 as Sen, percent('3.7'))).toBe('185000.0185');
    expect(senToDecimalString(500_000_050)).toBe('5000000.5');
  });
});

describe('rupiah, sums and formatting', () => {
  it('formats for id-ID without locale data', () => {
    expect(formatRupiah(16_800)).toBe('Rp16.800');
    expect(formatRupiah(10_080_000_000)).toBe('Rp10.080.000.000');
    expect(formatRupiah(0)).toBe('Rp0');
    expect(formatRupiah(-5000)).toBe('-Rp5.000');
    expect(formatRupiah('3001.5')).toBe('Rp3.001,5');
    expectError(() => formatRupiah(1.5), 'invalid_input');
  });
  it('sums exactly and refuses to lose precision', () => {
    expect(sumRupiah([10_000, 6_800])).toBe(16_800);
    expectError(() => sumRupiah([Number.MAX_SAFE_INTEGER, 1]), 'amount_out_of_range');
    expectError(() => sumRupiah([1.5]), 'invalid_input');
  });
  it('makes rupiah only from safe integers', () => {
    expect(rupiah(16_800)).toBe(16_800);
    expectError(() => rupiah(1.5), 'invalid_input');
    expectError(() => rupiah(2 ** 60), 'amount_out_of_range');
  });
  it('serialises without loss', () => {
    const value = { amount: rupiah(9_007_199_254_740_991) };
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });
});

describe('products beyond 2^53', () => {
  it('are formed exactly, not as a rounded double', async () => {
    const { roundProduct } = await import('../../src/core/money');
    // 1,125,899,906,842,625 × 9 = 10,133,099,161,583,625 > 2^53 (not a double: the double product is
    // 10,133,099,161,583,624). Exact / 10 = 1,013,309,916,158,362.5 → half-up 1,013,309,916,158,363;
    // from the double product it would be ...362.4 → 362.
    expect(roundProduct(1_125_899_906_842_625, 9, 10, { mode: 'halfUp', step: 1 })).toBe(1_013_309_916_158_363);
  });
});
