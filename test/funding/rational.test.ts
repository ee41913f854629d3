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

  it('round to decimals by a named mode', () => {
    // 4900/92 = 53.2608...
    expect(roundedDecimal(4900n, 92n, 2, 'halfUp')).toBe('53.26');
    expect(roundedDecimal(4900n, 92n, 1, 'up')).toBe('53.3');
    expect(roundedDecimal(-50n, 3n, 2, 'halfUp')).toBe('-16.67');
    expect(roundedDecimal(1n, 8n, 2, 'halfEven')).toBe('0.12');
  });
});
