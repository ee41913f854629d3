import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNik, NikSchema, ageOn, calendarDate } from '../../src/index';
import { expectError } from '../helpers';

const ref = { asOf: '2026-01-15' };

function reason(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { issues?: { reason?: string }[] }).issues?.[0]?.reason;
  }
  return undefined;
}

describe('parseNik', () => {
  it('reads region, birth date and sex of a man', () => {
    // 53 71 04 | 12 03 80 | 0002: Kota Kupang (53.71), district 04; born 12 March; YY 80 → 1980 (2080 is after 2026-01-15)
    expect(parseNik('5371041203800002', ref)).toEqual({
      nik: '5371041203800002', province: '53', regency: '53.71', district: '53.71.04', birthDate: '1980-03-12', sex: 'male', serial: '0002',
    });
  });
  it('reads the female day offset: day 47 is the 7th, female', () => {
    const info = parseNik('5371044707900001', ref);
    expect(info.birthDate).toBe('1990-07-07');
    expect(info.sex).toBe('female');
  });
  it('reads the century against asOf', () => {
    // YY 25 on 2026-01-15: 2025-06-01 is not after the reference, so 2025 (a baby)
    expect(parseNik('5301010106250001', ref).birthDate).toBe('2025-06-01');
    // YY 26, born 1 June: 2026-06-01 is after 2026-01-15, so 1926
    expect(parseNik('5301010106260001', ref).birthDate).toBe('1926-06-01');
    // the same NIK read on 2026-06-01 is a newborn
    expect(parseNik('5301010106260001', { asOf: '2026-06-01' }).birthDate).toBe('2026-06-01');
  });
  it('29 February: 2000 is a leap year, 1900 is not', () => {
    expect(parseNik('5301012902000001', ref).birthDate).toBe('2000-02-29');
    expect(reason(() => parseNik('5301012902000001', { asOf: '1999-12-31' }))).toBe('nik_impossible_date');
  });
  it('wrong length is a typed error at ["nik"]', () => {
    expectError(() => parseNik('53710412038000', ref), 'invalid_input', ['nik']);
    expect(reason(() => parseNik('53710412038000', ref))).toBe('nik_length');
    expect(reason(() => parseNik('53710412038000021', ref))).toBe('nik_length');
    expect(reason(() => parseNik('', ref))).toBe('nik_length');
  });
  it('non-digits are a typed error', () => {
    expect(reason(() => parseNik('5371-0412-0380-0002', ref))).toBe('nik_not_digits');
    expect(reason(() => parseNik('537104120380000A', ref))).toBe('nik_not_digits');
    expectError(() => parseNik(5371041203800002 as unknown as string, ref), 'invalid_input', ['nik']);
  });
  it('impossible dates are typed errors', () => {
    expect(reason(() => parseNik('5371043503800002', ref))).toBe('nik_impossible_date'); // day 35: neither 1-31 nor 41-71
    expect(reason(() => parseNik('5371047203800002', ref))).toBe('nik_impossible_date'); // 72 - 40 = 32
    expect(reason(() => parseNik('5371041213800002', ref))).toBe('nik_impossible_date'); // month 13
    expect(reason(() => parseNik('5371043102800002', ref))).toBe('nik_impossible_date'); // 31 February
    expect(reason(() => parseNik('5371042902810002', ref))).toBe('nik_impossible_date'); // 29 Feb of 1981/2081
    expect(reason(() => parseNik('5371047102800002', ref))).toBe('nik_impossible_date'); // woman, 31 February
    expect(reason(() => parseNik('5371040003800002', ref))).toBe('nik_impossible_date'); // day 00
  });
  it('a birth date after asOf in both centuries is a typed error', () => {
    // YY 60 read on 1950-01-01: 2060 and 1960 are both after it
    expect(reason(() => parseNik('5301010106600001', { asOf: '1950-01-01' }))).toBe('nik_born_after_as_of');
    expectError(() => parseNik('5301010106600001', { asOf: '1950-01-01' }), 'invalid_input', ['nik']);
  });
  it('a region part that is no region is a typed error', () => {
    expect(reason(() => parseNik('0571041203800002', ref))).toBe('nik_region');
    expect(reason(() => parseNik('5300041203800002', ref))).toBe('nik_region');
  });
  it('a bad reference date is a typed error at options.asOf', () => {
    expectError(() => parseNik('5371041203800002', { asOf: '2026-02-30' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => parseNik('5371041203800002', undefined as never), 'invalid_input', ['options', 'asOf']);
  });
  it('NikSchema accepts the form and rejects the same errors', () => {
    expect(NikSchema.safeParse('5371044707900001').success).toBe(true);
    expect(NikSchema.safeParse('537104470790000').success).toBe(false);
    expect(NikSchema.safeParse(5371044707900001).success).toBe(false);
  });
  it('property: any valid birth date and sex round-trips, and the person is 0 to 99 years old', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1927, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.boolean(), fc.integer({ min: 1, max: 9999 }),
        (year, month, day, female, serial) => {
          const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          fc.pre(date <= '2026-01-15');
          const nik = `530104${String(day + (female ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;
          const info = parseNik(nik, ref);
          expect(info.birthDate).toBe(date);
          expect(info.sex).toBe(female ? 'female' : 'male');
          const age = ageOn(calendarDate(info.birthDate), calendarDate('2026-01-15'));
          expect(age).toBeGreaterThanOrEqual(0);
          expect(age).toBeLessThan(100);
        },
      ),
    );
  });
});
