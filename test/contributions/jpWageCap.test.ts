import { describe, expect, it } from 'vitest';
import { baselineLaw, jpWageCap, nextJpWageCap, withOverlay } from '../../src/index';
import { expectError, thrown } from '../helpers';

describe('jpWageCap (brief §2.3, §13.2 B)', () => {
  it('switches every March, never in January', () => {
    expect(jpWageCap('2024-02').cap).toBe(9_559_600);
    expect(jpWageCap('2024-03').cap).toBe(10_042_300);
    expect(jpWageCap('2025-02').cap).toBe(10_042_300);
    expect(jpWageCap('2025-03')).toMatchObject({ cap: 10_547_400, from: '2025-03', to: '2026-02', status: 'enacted', projected: false });
    expect(jpWageCap('2026-03').citations.map((c) => c.number)).toContain('B/1226/022026');
    expect(jpWageCap('2015-07').cap).toBe(7_000_000);
    expect(jpWageCap('2021-03')).toMatchObject({ cap: 8_754_600 });
  });
  it('fails beyond the last letter unless a projection is asked for, and marks it', () => {
    expectError(() => jpWageCap('2027-03'), 'parameter_not_in_force', ['month']);
    expect(jpWageCap('2030-12', { projection: { method: 'carry_forward' } })).toMatchObject({ cap: 11_086_300, status: 'projected', projected: true, from: '2027-03', to: null });
    // 11,086,300 × 1.05 = 11,640,615 → floor to Rp100 = 11,640,600; again for March 2028: 12,222,630 → 12,222,600
    expect(jpWageCap('2027-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } })).toMatchObject({ cap: 11_640_600, from: '2027-03', to: '2028-02', status: 'projected' });
    expect(jpWageCap('2028-02', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).cap).toBe(11_640_600);
    expect(jpWageCap('2028-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).cap).toBe(12_222_600);
    // a projection never fills the past
    expectError(() => jpWageCap('2015-06', { projection: { method: 'carry_forward' } }), 'parameter_not_in_force');
  });
  it('rejects bad input', () => {
    expectError(() => jpWageCap('2026-13'), 'invalid_input', ['month']);
    expectError(() => jpWageCap('2027-03', { projection: { method: 'indexed', annualGrowthPercent: 'five' } } as never), 'invalid_input', ['options', 'projection', 'annualGrowthPercent']);
    expectError(() => jpWageCap('2027-03', { projection: { method: 'guess' } } as never), 'invalid_input', ['options', 'projection']);
  });
});

describe('nextJpWageCap', () => {
  it('floors to Rp100 (brief §13.1 example 9)', () => {
    expect(nextJpWageCap(10_547_400, '5.11')).toBe(11_086_300); // 11,086,372.14
    expect(nextJpWageCap(9_559_600, '5.05')).toBe(10_042_300); // 10,042,359.8, not 10,042,400
    expect(nextJpWageCap(8_939_700, '-2.07')).toBe(8_754_600); // the 2021 fall
    expect(nextJpWageCap(10_547_400, '5.11', { month: '2026-03' })).toBe(11_086_300);
  });
  it('rejects bad input', () => {
    expectError(() => nextJpWageCap(-1, '5'), 'invalid_input', ['previousCap']);
    expectError(() => nextJpWageCap(10_000_000, '5,11'), 'invalid_input', ['growthPercent']);
    expectError(() => nextJpWageCap(10_000_000.5, '5'), 'invalid_input', ['previousCap']);
  });
});

describe('jpWageCap and nextJpWageCap in detail', () => {
  it('an enacted value carries its source and note only where it has one', () => {
    expect(jpWageCap('2015-07')).toEqual({ month: '2015-07', cap: 7_000_000, from: '2015-07', to: '2016-02', status: 'enacted', projected: false, citations: expect.any(Array), source: 'baseline' });
    expect('note' in jpWageCap('2015-07')).toBe(false);
    expect(jpWageCap('2020-03').note).toContain('8.939.700');
  });
  it('projections: indexed three Marches ahead, carried forward with the last letter cited', () => {
    // 11,086,300 × 1.05 = 11,640,615 → 11,640,600; × 1.05 = 12,222,630 → 12,222,600; × 1.05 = 12,833,730 → 12,833,700 (down to Rp100)
    expect(jpWageCap('2029-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } })).toEqual({
      month: '2029-03',
      cap: 12_833_700,
      from: '2029-03',
      to: '2030-02',
      status: 'projected',
      projected: true,
      citations: [expect.objectContaining({ number: '45', year: 2015 })],
      source: 'projection',
      note: 'Projected for 2029-03: the last known value (11086300, from 2026-03) indexed by an assumed 5.0 % a year, down to Rp100. Not law.',
    });
    // a fall: 11,086,300 × (1 − 0.0207) = 10,856,813.59 → 10,856,800
    expect(jpWageCap('2027-02', { projection: { method: 'indexed', annualGrowthPercent: '-2.07' } }).cap).toBe(11_086_300); // still a letter
    expect(jpWageCap('2027-03', { projection: { method: 'indexed', annualGrowthPercent: '-2.07' } }).cap).toBe(10_856_800);
    const carried = jpWageCap('2030-12', { projection: { method: 'carry_forward' } });
    expect(carried.citations.map((c) => c.number)).toEqual(['45', 'B/1226/022026']);
    expect(carried.source).toBe('baseline');
    expect(carried.note).toMatch(/^Carried forward at the caller's request: the law's last value \(2026-03 to 2027-02\) reused beyond its end; /);
  });
  it('nextJpWageCap: the growth text is one or two digits and up to six decimals', () => {
    // 10,000,000 × 1.12345678 = 11,234,567.8 → 11,234,500
    expect(nextJpWageCap(10_000_000, '12.345678')).toBe(11_234_500);
    expect(nextJpWageCap(1_000_000_000_000, '0')).toBe(1_000_000_000_000); // the largest previous cap accepted
    for (const bad of ['123', '5.1234567', 'x5', '5x', '5.', '', '+5', '--5']) expectError(() => nextJpWageCap(10_000_000, bad), 'invalid_input', ['growthPercent']);
    for (const bad of [0, 1_000_000_000_100]) expectError(() => nextJpWageCap(bad, '5'), 'invalid_input', ['previousCap']);
    expectError(() => nextJpWageCap(10_000_000, '5', { month: '2026-13' }), 'invalid_input', ['options', 'month']);
  });
});

describe('jpWageCap and nextJpWageCap: errors and the indexation rule in force', () => {
  it('the error names the months the letters cover, before and after them', () => {
    for (const [month, options] of [['2027-03', undefined], ['2015-06', { projection: { method: 'carry_forward' } }]] as const) {
      const error = thrown(() => jpWageCap(month, options));
      expect([error.code, error.path]).toEqual(['parameter_not_in_force', ['month']]);
      expect(error.message).toContain(`No JP wage cap is known for iuran month ${month} (values from 2015-07 to 2027-02)`);
    }
  });
  it('uses the indexation rounding in force for the month asked, or at the last letter for a projection', () => {
    // An overlay that rounds half-up to Rp1 from 2028-03 (the baseline floors to Rp100 throughout).
    const law = withOverlay(baselineLaw, {
      name: 'nearest rupiah',
      values: { 'jp.wageCapIndexation': [{ from: '2028-03', value: { rounding: { mode: 'half_up', step: 1 } }, status: 'projected', citations: { instrument: 'Practice', number: 'study', year: 2026 } }] },
    });
    // 10,547,400 × 1.0511 = 11,086,372.14: floored to Rp100 in 2026-03, half-up to Rp1 from 2028-03 (and by default, the latest rule)
    expect(nextJpWageCap(10_547_400, '5.11', { law, month: '2026-03' })).toBe(11_086_300);
    expect(nextJpWageCap(10_547_400, '5.11', { law, month: '2028-03' })).toBe(11_086_372);
    expect(nextJpWageCap(10_547_400, '5.11', { law })).toBe(11_086_372);
    // a projection from the last letter (ends 2027-02) uses the rule in force then: 11,086,300 × 1.05 = 11,640,615 → 11,640,600
    expect(jpWageCap('2027-03', { law, projection: { method: 'indexed', annualGrowthPercent: '5.0' } })).toMatchObject({ cap: 11_640_600, note: expect.stringContaining('down to Rp100') });
  });
});

describe('issue 14: jpWageCap and nextJpWageCap take the shared law options', () => {
  it('carry_forward and indexed are the only projections; the old camelCase value is refused', () => {
    expect(jpWageCap('2027-03', { projection: { method: 'carry_forward' } })).toMatchObject({ cap: 11_086_300, from: '2027-03', to: null, status: 'projected', source: 'baseline' });
    expectError(() => jpWageCap('2027-03', { projection: { method: 'carryForward' } } as never), 'invalid_input', ['options', 'projection', 'method']);
    expectError(() => jpWageCap('2027-03', { beyondLastValue: 'carryForward' } as never), 'invalid_input', ['options']);
  });
  it('nextJpWageCap: options last, one object; a cap beyond the exact range is amount_out_of_range', () => {
    // 10,547,400 × 1.0511 = 11,086,372.14 → floored to Rp100 = 11,086,300, under the rule in force in 2026-03
    expect(nextJpWageCap(10_547_400, '5.11', { month: '2026-03', projection: { method: 'carry_forward' }, law: baselineLaw })).toBe(11_086_300);
    expectError(() => nextJpWageCap(2 ** 60, '5'), 'amount_out_of_range', ['previousCap']);
    expectError(() => nextJpWageCap(1e30, '5'), 'amount_out_of_range', ['previousCap']);
    expectError(() => nextJpWageCap(1_000_000_000_100, '5'), 'invalid_input', ['previousCap']); // within the exact range, above the guard
    expectError(() => nextJpWageCap(10_000_000, '5', { month: 2026 } as never), 'invalid_input', ['options', 'month']);
    expectError(() => nextJpWageCap(10_000_000, '5', { extra: 1 } as never), 'invalid_input', ['options']);
  });
});
