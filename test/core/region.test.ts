import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { regionCode, regionContains, regionLevel, RegionCodeSchema } from '../../src/index';
import { expectError } from '../helpers';

describe('region codes', () => {
  it('normalises plain and dotted forms', () => {
    expect(regionCode('53')).toBe('53');
    expect(regionCode('5371')).toBe('53.71');
    expect(regionCode('53.71')).toBe('53.71');
    expect(regionCode('537104')).toBe('53.71.04');
    expect(regionCode('5371041001')).toBe('53.71.04.1001');
    expect(RegionCodeSchema.parse('537104')).toBe('53.71.04');
  });
  it('levels', () => {
    expect(['53', '53.71', '5371', '53.71.04', '53.71.04.1001'].map(regionLevel)).toEqual(['province', 'regency', 'regency', 'district', 'village']);
  });
  it('containment is by prefix, segment by segment', () => {
    expect(regionContains('53', '53.71')).toBe(true);
    expect(regionContains('53', '5371')).toBe(true);
    expect(regionContains('53.71', '53.71.04')).toBe(true);
    expect(regionContains('53', '53')).toBe(true);
    expect(regionContains('53.71', '53')).toBe(false);
    expect(regionContains('52', '53.71')).toBe(false);
    expect(regionContainsSafe()).toBe(false);
  });
  it('bad codes are typed errors with the argument path', () => {
    expectError(() => regionCode('5'), 'invalid_input', ['code']);
    expectError(() => regionCode('537'), 'invalid_input', ['code']);
    expectError(() => regionCode('05'), 'invalid_input', ['code']); // no province below 11
    expectError(() => regionCode('53.00'), 'invalid_input', ['code']);
    expectError(() => regionCode('53-71'), 'invalid_input', ['code']);
    expectError(() => regionCode(53 as unknown as string), 'invalid_input', ['code']);
    expectError(() => regionContains('5x', '53'), 'invalid_input', ['outer']);
    expectError(() => regionContains('53', '53.7'), 'invalid_input', ['inner']);
    expectError(() => regionLevel('x'), 'invalid_input', ['code']);
  });
  it('property: a code contains every extension of it, and the plain and dotted forms agree', () => {
    const part = (digits: number) => fc.integer({ min: 1, max: 10 ** digits - 1 }).map((n) => String(n).padStart(digits, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 99 }), part(2), part(2), (p, r, d) => {
        const province = String(p);
        const regency = `${province}.${r}`;
        const district = `${regency}.${d}`;
        expect(regionContains(province, district)).toBe(true);
        expect(regionContains(regency, district.replaceAll('.', ''))).toBe(true);
        expect(regionContains(district, regency)).toBe(false);
        expect(regionCode(district.replaceAll('.', ''))).toBe(district);
      }),
    );
  });
});

function regionContainsSafe(): boolean {
  // '53.7' is not a region code: containment refuses it rather than matching a string prefix
  try {
    regionContains('53.7', '53.71');
    return true;
  } catch {
    return false;
  }
}
