import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineLaw, bpuIncomeBracket, withOverlay } from '../../src/index';
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

describe('bpuIncomeBracket in detail', () => {
  it('names the month and the layer of the table, and follows an overlay', () => {
    expect(bpuIncomeBracket(1_100_000, '2026-01')).toEqual({ month: '2026-01', row: 2, from: 1_100_000, upTo: 1_300_000, base: 1_200_000, confidence: 'H', citations: [expect.objectContaining({ number: '44', article: 'Lampiran II' })], source: 'baseline' });
    // an overlay table of two rows: below 2,000,000 → base 1,500,000; from 2,000,000 → base 3,000,000
    const table = [
      { row: 1, from: 0, upTo: 2_000_000, base: 1_500_000, confidence: 'L' },
      { row: 2, from: 2_000_000, upTo: null, base: 3_000_000, confidence: 'L' },
    ] as const;
    const law = withOverlay(baselineLaw, { name: 'two rows', values: { 'bpu.incomeBrackets': [{ from: '2027-01', value: table, status: 'projected', citations: { instrument: 'Practice', number: 'study', year: 2026 } }] } });
    expect(bpuIncomeBracket(1_999_999, '2027-01', { law })).toMatchObject({ row: 1, base: 1_500_000, source: 'two rows' });
    expect(bpuIncomeBracket(2_000_000, '2027-01', { law })).toMatchObject({ row: 2, base: 3_000_000, upTo: null, source: 'two rows' });
    expect(bpuIncomeBracket(2_000_000, '2026-12', { law })).toMatchObject({ row: 6, base: 2_000_000, source: 'baseline' }); // row 6: 1,900,000 to 2,100,000;
  });
  it('rejects bad options with their path; it rounds nothing, so it takes no rounding', () => {
    expectError(() => bpuIncomeBracket(1, '2026-01', { law: {} } as never), 'invalid_input', ['options', 'law']);
    expectError(() => bpuIncomeBracket(1, '2026-01', { rounding: { mode: 'half_up', step: 1 } } as never), 'invalid_input', ['options']);
    expectError(() => bpuIncomeBracket(1, '2026-01', { projection: { method: 'carryForward' } } as never), 'invalid_input', ['options', 'projection']);
  });
});
