import { describe, expect, it } from 'vitest';
import { jpWageCap, nextJpWageCap } from '../../src/index';
import { expectError } from '../helpers';

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
    expect(jpWageCap('2030-12', { projection: { method: 'carryForward' } })).toMatchObject({ cap: 11_086_300, status: 'projected', projected: true, from: '2027-03', to: null });
    // 11,086,300 × 1.05 = 11,640,615 → floor to Rp100 = 11,640,600; again for March 2028: 12,222,630 → 12,222,600
    expect(jpWageCap('2027-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } })).toMatchObject({ cap: 11_640_600, from: '2027-03', to: '2028-02', status: 'projected' });
    expect(jpWageCap('2028-02', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).cap).toBe(11_640_600);
    expect(jpWageCap('2028-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).cap).toBe(12_222_600);
    // a projection never fills the past
    expectError(() => jpWageCap('2015-06', { projection: { method: 'carryForward' } }), 'parameter_not_in_force');
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
