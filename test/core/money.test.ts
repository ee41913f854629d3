import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpuIncomeBracket, contributionBatch, formatRupiah, monthlyContribution, percent, roundRupiah, rupiah, sumRupiah, HALF_UP_TO_RUPIAH } from '../../src/index';
import {
  addRupiah,
  amountToSen,
  applyRate,
  divideRounded,
  divideRoundedBig,
  exactRateProduct,
  multiplyRates,
  multiplyRupiah,
  parseAmount,
  positiveSenSchema,
  roundProduct,
  roundRational,
  rupiahToSen,
  scaledToDecimalString,
  senSchema,
  senToDecimalString,
  senToRupiahIfWhole,
  ROUNDING_MODES,
  type AmountProblem,
  type RoundingMode,
  type Sen,
} from '../../src/core/money';
import { expectError, thrown } from '../helpers';

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
    expect([7, 5, 7, 8].map((n, i) => divideRounded(n, [2, 2, 3, 3][i]!, 'half_up'))).toEqual([4, 3, 2, 3]);
    expect([7, 5].map((n) => divideRounded(n, 2, 'half_even'))).toEqual([4, 2]);
    expect([7, 5].map((n) => divideRounded(n, 2, 'half_down'))).toEqual([3, 2]);
    expect(divideRounded(8, 3, 'down')).toBe(2);
    expect(divideRounded(7, 3, 'up')).toBe(3);
    expect(divideRounded(-7, 2, 'half_up')).toBe(-4); // half away from zero
    expect(divideRounded(6, 3, 'up')).toBe(2);
  });
  it('rounds decimal strings to steps (brief §2.3 and §7)', () => {
    expect(roundRupiah('3001.5')).toBe(3002); // JKM 0.3 % × 1,000,500
    expect(roundRupiah('3001.35')).toBe(3001); // JKM 0.3 % × 1,000,450
    expect(roundRupiah('10042359.8', { rounding: { mode: 'down', step: 100 } })).toBe(10_042_300); // JP cap, floored
    expect(roundRupiah('393406.74', { rounding: { mode: 'up', step: 100 } })).toBe(393_500); // JP minimum, rounded up
    expect(roundRupiah('2.5', { rounding: { mode: 'half_even', step: 1 } })).toBe(2);
    expect(roundRupiah(10_000.5)).toBe(10_001); // not Python's half-even 10,000
  });
  it('falls back to exact BigInt arithmetic beyond 2^53', () => {
    // 90,071,992,547,409 rupiah × 0.445 % = 400,820,366,835.97... → 400,820,366,836
    const base = 9_007_199_254_740_900 as Sen;
    expect(applyRate(base, percent('0.445'), HALF_UP_TO_RUPIAH)).toBe(400_820_366_836);
    expect(roundRational(Number.MAX_SAFE_INTEGER, 1, { mode: 'half_up', step: 1 })).toBe(Number.MAX_SAFE_INTEGER);
  });
  it('rejects invalid roundings and values', () => {
    expectError(() => roundRupiah('1.5', { rounding: { mode: 'nearest' as never, step: 1 } }), 'invalid_input', ['options', 'rounding']);
    expectError(() => roundRupiah('1.5', { rounding: { mode: 'half_up', step: 0 } }), 'invalid_input', ['options', 'rounding']);
    expectError(() => roundRupiah('1,5'), 'invalid_input', ['value']);
    expectError(() => roundRupiah(NaN), 'invalid_input', ['value']);
  });
  it('property: half_up of base × rate is within half a rupiah of the exact product', () => {
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
    expect(roundProduct(1_125_899_906_842_625, 9, 10, { mode: 'half_up', step: 1 })).toBe(1_013_309_916_158_363);
  });
});

describe('amount inputs: each refusal says why', () => {
  // The largest amount: Number.MAX_SAFE_INTEGER sen = 9,007,199,254,740,991 sen = Rp90,071,992,547,409.91.
  const MAX = '90071992547409.91';
  it('names the problem of each kind of bad amount', () => {
    expect(amountToSen(NaN)).toBe('Expected a finite amount, got NaN');
    expect(amountToSen(Infinity)).toBe('Expected a finite amount, got Infinity');
    expect(amountToSen(-1)).toBe('Expected an amount of zero or more, got -1');
    expect(amountToSen('-5')).toBe('Expected an amount of zero or more, got "-5"');
    // String(1e21) is '1e+21': a number that JavaScript writes with an exponent is beyond the range
    expect(amountToSen(1e21)).toBe(`Amount 1e+21 is out of range (at most ${MAX})`);
    expect(amountToSen('abc')).toBe('Amount "abc" is not a plain decimal with at most two decimals (sen), e.g. "5000000" or "5000000.50"');
    expect(amountToSen('5-')).toMatch(/^Amount "5-" is not a plain decimal/);
    expect(amountToSen(null)).toBe('Expected an amount (number or decimal string), got null');
    expect(amountToSen(undefined)).toBe('Expected an amount (number or decimal string), got undefined');
    expect(amountToSen({})).toBe('Expected an amount (number or decimal string), got object');
  });
  it('suspects thousands separators in either notation (Indonesian "5.000" is five thousand)', () => {
    expect(amountToSen('5.000')).toMatch(/^Amount "5.000" looks like it has thousands separators/);
    expect(amountToSen('5,000')).toMatch(/thousands separators/);
    expect(amountToSen('1.000,50')).toMatch(/^Amount "1.000,50" looks like it has thousands separators/); // id-ID: one thousand and a half
    expect(amountToSen('1,000.50')).toMatch(/thousands separators/); // en: one thousand and a half
    expect(amountToSen('5.00')).toBe(500); // two decimals: a plain amount of 5 rupiah
  });
  it('accepts up to Rp90,071,992,547,409.91 (2^53 − 1 sen) and nothing above', () => {
    expect(amountToSen(MAX)).toBe(Number.MAX_SAFE_INTEGER);
    expect(amountToSen('90071992547409.92')).toBe(`Amount 90071992547409.92 is out of range (at most ${MAX})`); // 2^53 sen
    expect(amountToSen('100000000000000')).toBe(`Amount 100000000000000 is out of range (at most ${MAX})`); // 15 digits
  });
  it('schemas report the same message as a custom issue', () => {
    expect(senSchema.parse('0.07')).toBe(7);
    const bad = senSchema.safeParse('5.000.000');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.code, i.message])).toEqual([['custom', amountToSen('5.000.000')]]);
    expect(positiveSenSchema.parse('0.01')).toBe(1);
    expect(positiveSenSchema.safeParse(0).error?.issues.map((i) => i.message)).toEqual(['Expected an amount greater than zero']);
  });
});

describe('regression #14: an amount beyond the exact range is amount_out_of_range everywhere amounts are read', () => {
  const MAX = '90071992547409.91';
  it('parseAmount says which problems are out of range: 1e30, "1e30", 2^60, 15 digits', () => {
    for (const beyond of [1e30, '1e30', '1E+30', '2.5e14', 2 ** 60, '100000000000000', 1e21]) {
      const problem = parseAmount(beyond);
      expect(problem, String(beyond)).toMatchObject({ outOfRange: true });
      expect((problem as AmountProblem).problem).toMatch(new RegExp(`is out of range \\(at most ${MAX.replace('.', '\\.')}\\)$`));
    }
    // Exponent text within the range, and numbers below 1e-6 (written with an exponent), are malformed, not out of range.
    expect(parseAmount('1e3')).toEqual({ outOfRange: false, problem: 'Amount "1e3" is not a plain decimal with at most two decimals (sen), e.g. "5000000" or "5000000.50"' });
    expect(parseAmount(1e-7)).toEqual({ outOfRange: false, problem: 'Amount 1e-7 has more than two decimals (sen)' });
    expect(parseAmount(-1e30)).toMatchObject({ outOfRange: false });
    // '9e13' is 90,000,000,000,000 (14 digits): a malformed amount, not one beyond the range
    expect(parseAmount('9e13')).toMatchObject({ outOfRange: false });
  });
  it('the schemas carry the code to the error: amount_out_of_range at the amount\'s path', () => {
    expect(senSchema.safeParse(1e30).error?.issues[0]).toMatchObject({ code: 'custom', params: { code: 'amount_out_of_range' } });
    for (const income of [1e30, '1e30', 2 ** 60]) {
      expectError(() => monthlyContribution({ segment: 'BPU', income, fundedBy: 'apbd' }, '2026-05'), 'amount_out_of_range', ['participant', 'income']);
      expectError(() => bpuIncomeBracket(income, '2026-05'), 'amount_out_of_range', ['income']);
    }
    expectError(() => monthlyContribution({ segment: 'PU', wage: { basic: 1e30 }, riskClass: 1, employerScale: 'large' }, '2026-05'), 'amount_out_of_range', ['participant', 'wage', 'basic']);
    expectError(() => monthlyContribution({ segment: 'PU', wage: { daily: '1e30' }, riskClass: 1, employerScale: 'large' }, '2026-05'), 'amount_out_of_range', ['participant', 'wage', 'daily']);
    expectError(() => contributionBatch({ segment: 'BPU', income: [1_000_000, 1e30], fundedBy: 'apbd' }, '2026-05'), 'amount_out_of_range', ['roster', 'income', 1]);
    // Still invalid_input: a malformed amount within the range.
    expectError(() => monthlyContribution({ segment: 'BPU', income: '5.000.000', fundedBy: 'apbd' }, '2026-05'), 'invalid_input', ['participant', 'income']);
  });
});

describe('sen and rupiah conversions', () => {
  it('gives whole rupiah only when there is no sen part', () => {
    expect(senToRupiahIfWhole(500_000_000 as Sen)).toBe(5_000_000); // 500,000,000 sen = Rp5,000,000
    expect(senToRupiahIfWhole(500_000_050 as Sen)).toBeUndefined(); // Rp5,000,000.50
    expect(senToRupiahIfWhole(0 as Sen)).toBe(0);
  });
  it('converts rupiah to sen within the exact range', () => {
    expect(rupiahToSen(5_000_000)).toBe(500_000_000);
    expect(rupiahToSen(-3)).toBe(-300);
    expect(rupiahToSen(90_071_992_547_409)).toBe(9_007_199_254_740_900); // the largest whole rupiah in range
    // Rp90,071,992,547,410 = 9,007,199,254,741,000 sen > 2^53 − 1
    const error = thrown(() => rupiahToSen(90_071_992_547_410));
    expect([error.code, error.path]).toEqual(['amount_out_of_range', []]);
  });
});

describe('decimal text of scaled integers', () => {
  it('writes negative amounts with one sign, with leading zeros after the point', () => {
    expect(scaledToDecimalString(-150, 2)).toBe('-1.5'); // -150 sen
    expect(scaledToDecimalString(-5, 2)).toBe('-0.05'); // -5 sen
    expect(scaledToDecimalString(-123n, 2)).toBe('-1.23');
    expect(scaledToDecimalString(-200, 2)).toBe('-2');
  });
  it('writes bigints and unsafe integers exactly, never with an exponent', () => {
    expect(scaledToDecimalString(0n, 2)).toBe('0');
    expect(scaledToDecimalString(1000n, 2)).toBe('10'); // trailing zeros of the fraction dropped, not of the integer part
    expect(scaledToDecimalString(1050n, 2)).toBe('10.5');
    expect(scaledToDecimalString(1e21, 0)).toBe('1000000000000000000000'); // String(1e21) is '1e+21'
    expect(scaledToDecimalString(1, 15)).toBe('0.000000000000001'); // String(1 / 1e15) is '1e-15'
    expect(scaledToDecimalString(0, 16)).toBe('0');
  });
  it('writes the exact product of a rate beyond 2^53 through BigInt', () => {
    // 9,007,199,254,740,900 sen × 445 = 4,008,203,668,359,700,500 (> 2^53), / 10^(5 + 2)
    // = Rp400,820,366,835.97005 (= Rp90,071,992,547,409 × 0.445 %)
    expect(exactRateProduct(9_007_199_254_740_900 as Sen, percent('0.445'))).toBe('400820366835.97005');
    // 1 sen × 0.00000001 % = Rp0.000000000001 (not '1e-12')
    expect(exactRateProduct(1 as Sen, percent('0.00000001'))).toBe('0.000000000001');
  });
});

describe('rounding modes, number and BigInt twins', () => {
  // value × 10, then each mode's result. Halves: 2.5, 3.5, -2.5; below half: 2.4, 3.4; above: 2.6, -2.6; exact: 3, 0.
  const tenths = [24, 25, 26, 34, 35, -25, -26, 30, 0];
  const expected: Record<RoundingMode, number[]> = {
    half_up: [2, 3, 3, 3, 4, -3, -3, 3, 0], // halves away from zero
    half_even: [2, 2, 3, 3, 4, -2, -3, 3, 0], // halves to the even neighbour: 2.5 → 2, 3.5 → 4
    half_down: [2, 2, 3, 3, 3, -2, -3, 3, 0], // halves towards zero
    down: [2, 2, 2, 3, 3, -2, -2, 3, 0], // truncate
    up: [3, 3, 3, 4, 4, -3, -3, 3, 0], // away from zero; an exact 3.0 stays 3
  };
  it.each(ROUNDING_MODES)('%s', (mode) => {
    expect(tenths.map((n) => divideRounded(n, 10, mode))).toEqual(expected[mode]);
    expect(tenths.map((n) => divideRoundedBig(BigInt(n), 10n, mode))).toEqual(expected[mode].map(BigInt));
    expect(tenths.map((n) => roundRupiah(scaledToDecimalString(n, 1), { rounding: { mode, step: 1 } }))).toEqual(expected[mode]);
  });
  it('rounds thirds and sixths (remainders other than half of ten)', () => {
    // 8/3 = 2.67 → 3 in every half mode; 10/3 = 3.33 → 3 (half_even must not round odd 3 up); 9/6 = 1.5 → 2 (even)
    expect(divideRounded(8, 3, 'half_down')).toBe(3);
    expect(divideRounded(8, 3, 'half_even')).toBe(3);
    expect(divideRounded(10, 3, 'half_even')).toBe(3);
    expect(divideRounded(9, 6, 'half_even')).toBe(2);
    expect(divideRounded(15, 6, 'half_even')).toBe(2); // 2.5 → 2
    expect(divideRoundedBig(8n, 3n, 'half_down')).toBe(3n);
    expect(divideRoundedBig(10n, 3n, 'half_even')).toBe(3n);
    expect(divideRoundedBig(9n, 6n, 'half_even')).toBe(2n);
  });
});

describe('rounding to steps and beyond 2^53', () => {
  const HALF_UP_10 = { mode: 'half_up', step: 10 } as const;
  it('rounds to a step of more than one rupiah on both paths', () => {
    // 1234 / 100 = Rp12.34 → nearest multiple of Rp10 = Rp10
    expect(roundRational(1234, 100, HALF_UP_10)).toBe(10);
    expect(roundProduct(1234, 1, 100, HALF_UP_10)).toBe(10);
    // 2^60 / 1000 = 1,152,921,504,606,846,976 / 1000 = Rp1,152,921,504,606,846.976 (numerator > 2^53:
    // BigInt) → multiple of Rp100: ...846.976 is below ...850 → Rp1,152,921,504,606,800
    expect(roundRational(2 ** 60, 1000, { mode: 'half_up', step: 100 })).toBe(1_152_921_504_606_800);
    // 1,125,899,906,842,625 × 9 / 10 = Rp1,013,309,916,158,362.5 → multiple of Rp100 → ...400 (62.5 ≥ 50)
    expect(roundProduct(1_125_899_906_842_625, 9, 10, { mode: 'half_up', step: 100 })).toBe(1_013_309_916_158_400);
  });
  it('does not divide an unsafe numerator in doubles', () => {
    // (2^53 + 2) / 3 = 9,007,199,254,740,994 / 3 = 3,002,399,751,580,331.33 → 3,002,399,751,580,331
    // (in doubles the quotient comes out as 3,002,399,751,580,330.5)
    expect(roundRational(2 ** 53 + 2, 3, HALF_UP_TO_RUPIAH)).toBe(3_002_399_751_580_331);
  });
  it('accepts ±(2^53 − 1) rupiah and refuses one more', () => {
    expect(roundRupiah('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(roundRupiah('-9007199254740991')).toBe(-Number.MAX_SAFE_INTEGER);
    for (const beyond of ['9007199254740992', '-9007199254740992', '1e30', '-2.5E+20']) {
      const error = thrown(() => roundRupiah(beyond));
      expect([error.code, error.path]).toEqual(['amount_out_of_range', ['value']]);
    }
    // An exponent within the range is a malformed decimal, not an amount out of range.
    expectError(() => roundRupiah('1e3'), 'invalid_input', ['value']);
  });
  it('reads decimal strings of up to 1000 characters', () => {
    const tiny = `0.${'0'.repeat(997)}1`; // 1000 characters: 10^-998 rupiah, rounded up to Rp1
    expect(tiny).toHaveLength(1000);
    expect(roundRupiah(tiny, { rounding: { mode: 'up', step: 1 } })).toBe(1);
    expectError(() => roundRupiah(`0.${'0'.repeat(998)}1`, { rounding: { mode: 'up', step: 1 } }), 'invalid_input', ['value']); // 1001
    expectError(() => roundRupiah(null as never), 'invalid_input', ['value']);
    expectError(() => roundRupiah({ length: 1 } as never), 'invalid_input', ['value']);
  });
  it('expands numbers JavaScript writes with an exponent, exactly', () => {
    // String(1.5e-7) is '1.5e-7' = 0.00000015: half-up → 0, up (away from zero) → ±1
    expect(roundRupiah(1.5e-7)).toBe(0);
    expect(roundRupiah(1.5e-7, { rounding: { mode: 'up', step: 1 } })).toBe(1);
    expect(roundRupiah(-1.5e-7, { rounding: { mode: 'up', step: 1 } })).toBe(-1);
    expect(roundRupiah(-2.5e-7, { rounding: { mode: 'down', step: 1 } })).toBe(0);
    // String(1e21) is '1e+21' = 1 followed by 21 zeros: beyond the range, and said so with the exact amount
    const error = thrown(() => roundRupiah(1e21));
    expect(error.code).toBe('amount_out_of_range');
    expect(error.message).toMatch(/^Amount 1000000000000000000000 is beyond/);
    expect(thrown(() => roundRupiah(-1.25e22)).message).toMatch(/^Amount -12500000000000000000000 is beyond/);
  });
});

describe('rates: reduction and range', () => {
  it('reduces trailing zeros of the fraction, also across the point', () => {
    expect(percent('0.05')).toEqual({ percent: '0.05', numerator: 5, denominator: 10_000 }); // leading zeros kept
    expect(percent('1000')).toEqual({ percent: '1000', numerator: 10, denominator: 1 }); // 1000 % = 10
    expect(percent('2.50000000')).toEqual({ percent: '2.5', numerator: 25, denominator: 1000 });
    expect(percent('0.00')).toEqual({ percent: '0', numerator: 0, denominator: 1 });
  });
  it('reduces products the same way', () => {
    // 0.5 % × 20 % = 5/1000 × 2/10 = 10/10000 = 1/1000 = 0.1 %
    expect(multiplyRates(percent('0.5'), percent('20'))).toEqual({ percent: '0.1', numerator: 1, denominator: 1000 });
    // 1000 % × 100 % = 10/1 × 1/1 = 10/1: no reduction below a denominator of 1
    expect(multiplyRates(percent('1000'), percent('100'))).toEqual({ percent: '1000', numerator: 10, denominator: 1 });
    // 0 % × 5 % = 0/100 → 0/1
    expect(multiplyRates(percent('0'), percent('5'))).toEqual({ percent: '0', numerator: 0, denominator: 1 });
  });
  it('refuses a product beyond the exact range', () => {
    // 9,999,999,999,999 / 10^9 × 999,999 / 100: numerator ≈ 10^19 > 2^53, denominator 10^11 is safe
    const error = thrown(() => multiplyRates(percent('999999.9999999'), percent('999999')));
    expect([error.code, error.path]).toEqual(['amount_out_of_range', []]);
  });
  it('reports a malformed percentage at its parameter, text', () => {
    expect(thrown(() => percent('0,24')).path).toEqual(['text']);
  });
});

describe('sums and products of rupiah: checked', () => {
  it('refuses what is not an iterable, with reason invalid_type', () => {
    for (const bad of [null, undefined, {}, 16_800, '16800']) {
      const error = thrown(() => sumRupiah(bad as never));
      expect([error.code, error.path, error.issues[0]]).toEqual(['invalid_input', ['amounts'], expect.objectContaining({ reason: 'invalid_type' })]);
    }
  });
  it('sums any iterable and reports amount problems at the amount, under amounts', () => {
    expect(sumRupiah(new Set([10_000, 6_800]))).toBe(16_800);
    expect(sumRupiah([])).toBe(0);
    const notWhole = thrown(() => sumRupiah([1, 2.5]));
    expect([notWhole.code, notWhole.path, notWhole.issues[0]]).toEqual(['invalid_input', ['amounts', 1], expect.objectContaining({ reason: 'not_integer' })]);
    // The sum leaves the range at the second amount.
    expect(thrown(() => sumRupiah([Number.MAX_SAFE_INTEGER, 1])).issues[0]).toMatchObject({ code: 'amount_out_of_range', path: ['amounts', 1] });
    // A whole number beyond the exact range is out of range, not "not whole".
    expect(thrown(() => sumRupiah([1, 2 ** 60])).issues[0]).toMatchObject({ code: 'amount_out_of_range', path: ['amounts', 1] });
  });
  it('adds two amounts, checked', () => {
    expect(addRupiah(10_000, 6_800)).toBe(16_800);
    expect(addRupiah(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    const error = thrown(() => addRupiah(Number.MAX_SAFE_INTEGER, 1));
    expect([error.code, error.path]).toEqual(['amount_out_of_range', []]);
  });
  it('multiplies an amount by a count, checked', () => {
    expect(multiplyRupiah(16_800, 12)).toBe(201_600); // a year of a Rp16,800 contribution
    expect(multiplyRupiah(4_503_599_627_370_495, 2)).toBe(9_007_199_254_740_990); // (2^52 − 1) × 2 = 2^53 − 2: still exact
    // (2^53 − 1) × 2 = 18,014,398,509,481,982: beyond the range, named exactly
    const error = thrown(() => multiplyRupiah(Number.MAX_SAFE_INTEGER, 2));
    expect([error.code, error.path]).toEqual(['amount_out_of_range', []]);
    expect(error.message).toMatch(/^Amount 18014398509481982 is beyond/);
  });
});

describe('rupiah and formatting: bad input', () => {
  it('reports at the name of the parameter: value, amount', () => {
    expect(thrown(() => rupiah(1.5)).path).toEqual(['value']);
    expect(thrown(() => rupiah(2 ** 60)).issues[0]).toMatchObject({ code: 'amount_out_of_range', path: ['value'] });
    expect(thrown(() => formatRupiah(1.5)).path).toEqual(['amount']);
  });
  it('formats only a whole number or a plain decimal string', () => {
    expect(formatRupiah('-1234567.05')).toBe('-Rp1.234.567,05');
    for (const bad of ['Rp5000', '5000 rupiah', '1.5e3', '5.000,00', ['5'], { toString: () => '5' }, null, 1.5]) {
      expectError(() => formatRupiah(bad as never), 'invalid_input', ['amount']);
    }
    // A whole number beyond the exact range: amount_out_of_range, as everywhere (2^60, 1e30).
    for (const beyond of [2 ** 60, 1e30, -(2 ** 60)]) expectError(() => formatRupiah(beyond), 'amount_out_of_range', ['amount']);
  });
});

describe('range guards found by mutation testing', () => {
  it('rounding up to a large step never returns an inexact amount', async () => {
    const { roundRational, roundProduct } = await import('../../src/core/money');
    // (2^53 − 1) up to a multiple of 1,000,000,000 = 9,007,200,000,000,000 > 2^53 − 1: refused, not returned
    expectError(() => roundRational(Number.MAX_SAFE_INTEGER, 1, { mode: 'up', step: 1_000_000_000 }), 'amount_out_of_range');
    expectError(() => roundProduct(Number.MAX_SAFE_INTEGER, 1, 1, { mode: 'up', step: 1_000_000_000 }), 'amount_out_of_range');
    expect(roundRational(9_007_199_000_000_000, 1, { mode: 'down', step: 1_000_000_000 })).toBe(9_007_199_000_000_000);
  });
  it('leading zeros do not count towards the length limit of an amount', () => {
    expect(amountToSen('000000000000001')).toBe(100); // Rp1
    expect(amountToSen('0000000000000000.50')).toBe(50);
    expect(typeof amountToSen('100000000000000')).toBe('string'); // Rp100 trillion: out of range
  });
});

describe('regression #13.9: no amount is ever negative zero', () => {
  const positiveZero = (value: number) => Object.is(value, 0);
  it('regression #13.9: rupiah(-0) and the checked sums and products give +0', () => {
    expect(positiveZero(rupiah(-0))).toBe(true);
    expect(positiveZero(sumRupiah([-0]))).toBe(true);
    expect(positiveZero(sumRupiah([-0, -0]))).toBe(true);
    expect(positiveZero(addRupiah(-0, -0))).toBe(true); // -0 + -0 is -0 in IEEE arithmetic
    expect(positiveZero(multiplyRupiah(0, -1))).toBe(true); // 0 × -1 is -0
    expect(positiveZero(multiplyRupiah(-5, 0))).toBe(true);
  });
  it('regression #13.9: rounding a small negative quotient towards zero gives +0', () => {
    // -1/3 rounded down (towards zero) is 0; -divideRounded(1, 3) was -0.
    expect(positiveZero(divideRounded(-1, 3, 'down'))).toBe(true);
    expect(positiveZero(divideRounded(-1, 3, 'half_up'))).toBe(true); // -0.33 → 0
    expect(divideRounded(-2, 3, 'half_up')).toBe(-1); // -0.67 → -1: the sign stays where the value is not zero
    expect(positiveZero(roundRational(-1, 3, { mode: 'down', step: 1 }))).toBe(true);
    expect(positiveZero(roundProduct(-1, 1, 3, { mode: 'down', step: 100 }))).toBe(true);
    expect(positiveZero(applyRate(-0 as Sen, percent('0.24'), HALF_UP_TO_RUPIAH))).toBe(true);
    expect(positiveZero(roundRupiah('-0.4'))).toBe(true);
    expect(positiveZero(roundRupiah(-0))).toBe(true);
  });
  it('property: no money function returns -0 for any integer inputs (seed printed on failure)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000 }), fc.constantFrom('half_up', 'half_even', 'half_down', 'down', 'up' as const), (n, d, mode) => {
        expect(Object.is(divideRounded(n, d, mode), -0)).toBe(false);
        expect(Object.is(roundRational(n, d, { mode, step: 1 }), -0)).toBe(false);
        expect(Object.is(roundProduct(n, -1, d, { mode, step: 100 }), -0)).toBe(false);
        expect(Object.is(multiplyRupiah(n, 0), -0)).toBe(false);
        expect(Object.is(addRupiah(n, -n), -0)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
