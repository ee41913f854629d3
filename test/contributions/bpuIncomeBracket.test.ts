import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpuIncomeBracket } from '../../src/index';
import { expectError } from '../helpers';

describe('bpuIncomeBracket (PP 44/2015 Lampiran II, half-open rows)', () => {
  it('maps incomes to the table bases (brief §3.3, §13.2 D)', () => {
    expect(bpuIncomeBracket(0, '2026-01')).toMatchObject({ row: 1, base: 1_000_000 });
    expect(bpuIncomeBracket(500_000, '2026-01').base).toBe(1_000_000);
    expect(bpuIncomeBracket('1099999.99', '2026-01').base).toBe(1_000_000);
    expect(bpuIncomeBracket(1_100_000, '2026-01')).toMatchObject({ row: 2, base: 1_200_000, from: 1_100_000, upTo: 1_300_000 });
    expect(bpuIncomeBracket(2_000_000, '2026-01').base).toBe(2_000_000);
    expect(bpuIncomeBracket(2_700_000, '2026-01').base).toBe(2_950_000); // row 10
    expect(bpuIncomeBracket(18_200_000, '2026-01')).toMatchObject({ row: 31, base: 18_700_000, confidence: 'M' });
    expect(bpuIncomeBracket(20_200_000, '2026-01')).toMatchObject({ row: 33, base: 20_700_000, upTo: null });
    expect(bpuIncomeBracket(1_000_000_000, '2026-01').base).toBe(20_700_000);
    expect(bpuIncomeBracket(1_000_000, '2026-01').citations[0]).toMatchObject({ number: '44', article: 'Lampiran II' });
  });
  it('property: every income falls in exactly one row, whose base rises with the income', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30_000_000 }), fc.integer({ min: 0, max: 30_000_000 }), (a, b) => {
        const ra = bpuIncomeBracket(a, '2026-01');
        expect(a).toBeGreaterThanOrEqual(ra.from);
        if (ra.upTo !== null) expect(a).toBeLessThan(ra.upTo);
        if (a <= b) expect(bpuIncomeBracket(b, '2026-01').base).toBeGreaterThanOrEqual(ra.base);
      }),
    );
  });
  it('rejects bad input', () => {
    expectError(() => bpuIncomeBracket(-1, '2026-01'), 'invalid_input', ['income']);
    expectError(() => bpuIncomeBracket('1.000.000', '2026-01'), 'invalid_input', ['income']);
    expectError(() => bpuIncomeBracket(1_000_000, '2026-13'), 'invalid_input', ['month']);
    expectError(() => bpuIncomeBracket(1_000_000, '2015-06'), 'parameter_not_in_force');
  });
});
