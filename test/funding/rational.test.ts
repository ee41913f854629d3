import { describe, expect, it } from 'vitest';
import { decimalText, decimalToUnits, exactDecimal, fraction, gcd, rationalText, roundedDecimal } from '../../src/funding/rational';

describe('rational helpers', () => {
  it('reduce and print exactly', () => {
    expect(gcd(84n, 36n)).toBe(12n);
    expect(fraction(4900n, 92n)).toEqual({ numerator: '1225', denominator: '23' });
    expect(exactDecimal(21n, 5n)).toBe('4.2');
    expect(exactDecimal(1n, 3n)).toBeUndefined();
    expect(rationalText(-50n, 3n)).toBe('-50/3');
    expect(rationalText(-1n, 8n)).toBe('-0.125');
    expect(decimalText(4583n, 2)).toBe('45.83');
    expect(decimalToUnits('33.5', 8)).toBe(3_350_000_000n);
  });

  it('reduce with signs: the denominator is made positive, the divisor is positive', () => {
    expect(gcd(-6n, 4n)).toBe(2n);
    expect(gcd(4n, -6n)).toBe(2n);
    expect(gcd(0n, 5n)).toBe(5n);
    expect(fraction(1n, -2n)).toEqual({ numerator: '-1', denominator: '2' });
    expect(fraction(-6n, -4n)).toEqual({ numerator: '3', denominator: '2' });
    // −6/4 = −3/2, which is −1.5; 2/−6 = −1/3 does not terminate
    expect(rationalText(-6n, 4n)).toBe('-1.5');
    expect(rationalText(2n, -6n)).toBe('-1/3');
  });

  it('print decimals without trailing zeros, keeping inner zeros', () => {
    expect(decimalText(0n, 2)).toBe('0');
    expect(decimalText(5n, 2)).toBe('0.05');
    expect(decimalText(500n, 3)).toBe('0.5');
    expect(decimalText(100n, 2)).toBe('1');
    expect(decimalText(10_050n, 2)).toBe('100.5');
    expect(decimalText(-5n, 2)).toBe('-0.05');
    expect(decimalText(-120n, 0)).toBe('-120');
    expect(exactDecimal(0n, 7n)).toBe('0');
  });

  it('round to decimals by a named mode', () => {
    // 4900/92 = 53.2608...
    expect(roundedDecimal(4900n, 92n, 2, 'half_up')).toBe('53.26');
    expect(roundedDecimal(4900n, 92n, 1, 'up')).toBe('53.3');
    expect(roundedDecimal(-50n, 3n, 2, 'half_up')).toBe('-16.67');
    expect(roundedDecimal(1n, 8n, 2, 'half_even')).toBe('0.12');
    // −1/20 = −0.05; −1/1000 rounds to 0.00 (no minus sign); 0 is 0.00; 5/2 to 0 decimals half-up is 3
    expect(roundedDecimal(-1n, 20n, 2, 'half_up')).toBe('-0.05');
    expect(roundedDecimal(-1n, 1000n, 2, 'half_up')).toBe('0.00');
    expect(roundedDecimal(0n, 1n, 2, 'half_up')).toBe('0.00');
    expect(roundedDecimal(5n, 2n, 0, 'half_up')).toBe('3');
  });
});
