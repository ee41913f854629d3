import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { regionCode, regionContains, regionLevel, RegionCodeSchema } from '../../src/index';
import { expectError, thrown } from '../helpers';

const SHAPE = 'Expected a region code: 2 digits for a province ("53"), 4 for a regency ("53.71" or "5371"), 6 for a district ("53.71.04"), 10 for a village; got';
/** The single issue `fn` throws, for exact comparison. */
const issueOf = (fn: () => unknown) => {
  const error = thrown(fn);
  expect(error.issues).toHaveLength(1);
  return error.issues[0];
};
const invalid = (path: string[], message: string) => ({ code: 'invalid_input', path, message, reason: 'invalid_region_code' });

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

describe('region code errors and edges, exactly', () => {
  it('names the type of a non-string (null apart)', () => {
    expect(issueOf(() => regionCode(null as unknown as string))).toEqual(invalid(['code'], 'Expected a region code as text such as "53" or "53.71", got null'));
    expect(issueOf(() => regionCode(53 as unknown as string))).toEqual(invalid(['code'], 'Expected a region code as text such as "53" or "53.71", got number'));
  });
  it('refuses a wrong shape with the shape message', () => {
    expect(issueOf(() => regionCode('5'))).toEqual(invalid(['code'], `${SHAPE} "5"`));
    // Characters just below '0' ('/' is 48 − 1) and above '9' (':' is 57 + 1) are not digits.
    expect(issueOf(() => regionCode('5/'))).toEqual(invalid(['code'], `${SHAPE} "5/"`));
    expect(issueOf(() => regionCode('5:'))).toEqual(invalid(['code'], `${SHAPE} "5:"`));
    // A dotted district needs a dot before every part, not only the first.
    expect(issueOf(() => regionCode('53.71-04'))).toEqual(invalid(['code'], `${SHAPE} "53.71-04"`));
    expect(issueOf(() => regionCode('53.7104'))).toEqual(invalid(['code'], `${SHAPE} "53.7104"`));
  });
  it('province codes run from 11; a later part may be anything but zero', () => {
    expect(issueOf(() => regionCode('0571'))).toEqual(invalid(['code'], 'Province code 05 does not exist (province codes run from 11) in "0571"'));
    expect(issueOf(() => regionCode('10'))).toEqual(invalid(['code'], 'Province code 10 does not exist (province codes run from 11) in "10"'));
    expect(regionCode('11')).toBe('11');
    // Parts after the province are only refused when zero: regency 05 and district 01 exist.
    expect(regionCode('5305')).toBe('53.05');
    expect(regionCode('53.05.01')).toBe('53.05.01');
    expect(issueOf(() => regionCode('53.00'))).toEqual(invalid(['code'], 'The regency part 00 of "53.00" is zero, which no region has'));
    expect(issueOf(() => regionCode('537100'))).toEqual(invalid(['code'], 'The district part 00 of "537100" is zero, which no region has'));
    expect(issueOf(() => regionCode('53.71.04.0000'))).toEqual(invalid(['code'], 'The village part 0000 of "53.71.04.0000" is zero, which no region has'));
  });
  it('the schema reports the same message as a zod issue', () => {
    const result = RegionCodeSchema.safeParse('5');
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.code, i.message])).toEqual([['custom', `${SHAPE} "5"`]]);
    expect(RegionCodeSchema.parse('53.71.04.1001')).toBe('53.71.04.1001');
  });
  it('containment: a code of the same length or shorter is not contained unless equal', () => {
    expect(regionContains('53.71', '53.72')).toBe(false); // same length, different code
    expect(regionContains('53.71.04', '53.71')).toBe(false); // shorter inner
    expect(regionContains('5371', '53.71.04.1001')).toBe(true);
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
