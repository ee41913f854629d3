import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jpBenefit, jpRetirementDate } from '../../src/index';
import { expectError } from './helpers';

const person = { birthDate: '1966-05-01' };

describe('jpRetirementDate', () => {
  it('born 1969-03-01: 59 on 2028-03-01 but the age in force in 2028 is 60 → 2029-03-01 (ex. 17)', () => {
    expect(jpRetirementDate('1969-03-01')).toMatchObject({ date: '2029-03-01', age: 60 });
  });
  it('born 1966-05-01: 58 on 2024-05-01, the age in force in 2024 is 58 → 2024-05-01 (the reading of ex. 17 applied; the brief prints 2025-05-01)', () => {
    expect(jpRetirementDate('1966-05-01')).toMatchObject({ date: '2024-05-01', age: 58 });
  });
  it('ages by year: 56 in 2018, 57 in 2019, 59 in 2026, 65 from 2043', () => {
    expect(jpRetirementDate('1962-06-01').date).toBe('2018-06-01');
    expect(jpRetirementDate('1962-12-31').date).toBe('2018-12-31'); // 56 on 2018-12-31 is enough
    expect(jpRetirementDate('1950-01-01').date).toBe('2006-01-01'); // 56 before JP began: the first age is read as in force
    expect(jpRetirementDate('1963-01-01').date).toBe('2020-01-01'); // 56 on 2019-01-01 < 57
    expect(jpRetirementDate('1967-06-01').age).toBe(59); // 59 on 2026-06-01
    expect(jpRetirementDate('1990-01-01')).toMatchObject({ date: '2055-01-01', age: 65 });
  });
  it('bad input', () => {
    expectError(() => jpRetirementDate('1966-13-01'), 'invalid_input', ['birthDate']);
  });
});

describe('jpBenefit', () => {
  it('240 months, average indexed wage 6,000,000: 1 % × 20 × 6 m = 1,200,000 a month; widow(er) 600,000 (ex. 16)', () => {
    const b = jpBenefit({ ...person, pensionDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, children: 2, parents: false } });
    expect(b.kind).toBe('monthlyPension');
    expect(b.formulaAmount).toBe(1_200_000);
    expect(b.monthlyPension).toBe(1_200_000);
    expect(b.survivorPensions).toEqual([
      { survivor: 'spouse', percent: '50', monthly: 600_000 },
      { survivor: 'children', percent: '50', monthly: 600_000 },
    ]);
  });

  it('180 months at 2,000,000: raw 300,000 < minimum → 393,500 until 2025-02-28, 399,700 from 2025-03-01 (ex. 16)', () => {
    const at = (pensionDate: string) => jpBenefit({ ...person, pensionDate, contributionMonths: 180, averageIndexedWage: 2_000_000 });
    expect(at('2025-02-28').formulaAmount).toBe(300_000);
    expect(at('2025-02-28').monthlyPension).toBe(393_500);
    expect(at('2025-03-01').monthlyPension).toBe(399_700);
    expect(at('2024-05-01').conditions.find((c) => c.id === 'jp.benefitLimits')?.decisive).toBe(true);
  });

  it('maximum: 400 months at 20,000,000 → 1 % × 400/12 × 20 m = 6,666,667 > 4,792,300 (Mar-2025)', () => {
    const b = jpBenefit({ ...person, pensionDate: '2025-06-01', contributionMonths: 400, averageIndexedWage: 20_000_000 });
    expect(b.formulaAmount).toBe(6_666_667);
    expect(b.monthlyPension).toBe(4_792_300);
  });

  it('the published series: 2023-03 383,400 / 4,598,100; 2024-03 393,500 / 4,718,200; 2015-07 300,000; 2016-03 310,050; 2019-03 341,400 / 4,095,750', () => {
    const limits = (pensionDate: string, birthDate = '1940-01-01') => jpBenefit({ birthDate, pensionDate, contributionMonths: 180, averageIndexedWage: 1 }).limits;
    expect(limits('2023-03-01')).toMatchObject({ minimum: 383_400, maximum: 4_598_100, status: 'enacted' });
    expect(limits('2024-02-29')).toMatchObject({ minimum: 383_400 });
    expect(limits('2024-03-01')).toMatchObject({ minimum: 393_500, maximum: 4_718_200 });
    expect(limits('2016-02-29')).toMatchObject({ minimum: 300_000, maximum: 3_600_000 });
    expect(limits('2016-03-01')).toMatchObject({ minimum: 310_050, maximum: 3_720_600 });
    expect(limits('2019-03-01')).toMatchObject({ minimum: 341_400, maximum: 4_095_750 });
  });

  it('a date without a published letter fails with parameter_not_in_force; derived values only on request, marked derived', () => {
    const input = { ...person, pensionDate: '2026-03-01', contributionMonths: 180, averageIndexedWage: 2_000_000 };
    expectError(() => jpBenefit(input), 'parameter_not_in_force', ['input', 'pensionDate']);
    const d = jpBenefit(input, { allowDerivedLimits: true });
    expect(d.monthlyPension).toBe(411_400);
    expect(d.derived).toBe(true);
    expect(d.limits?.status).toBe('derived');
    expect(jpBenefit({ ...input, pensionDate: '2026-02-28' }).monthlyPension).toBe(399_700);
    // 2017-03 to 2019-02 and 2020-03 to 2023-02 are unknown
    expectError(() => jpBenefit({ birthDate: '1940-01-01', pensionDate: '2021-06-01', contributionMonths: 180, averageIndexedWage: 1 }), 'parameter_not_in_force');
    expectError(() => jpBenefit({ ...input, pensionDate: '2027-03-01' }, { allowDerivedLimits: true }), 'parameter_not_in_force');
  });

  it('179 months (14 years 11 months): no monthly pension, lump sum of the balance given; 14 years the same (ex. 16, table E)', () => {
    const b = jpBenefit({ ...person, pensionDate: '2025-05-01', contributionMonths: 179, averageIndexedWage: 6_000_000, lumpSumBalance: '25000000.50' });
    expect(b.kind).toBe('lumpSum');
    expect(b.monthlyPension).toBeNull();
    expect(b.lumpSum).toBe(25_000_001);
    expect(b.conditions.find((c) => c.id === 'jp.minimumContributionMonths')?.decisive).toBe(true);
    expect(jpBenefit({ ...person, pensionDate: '2025-05-01', contributionMonths: 168, averageIndexedWage: 6_000_000 }).lumpSum).toBeNull();
  });

  it('before the retirement age: notYetDue, with the date it is reached', () => {
    const b = jpBenefit({ birthDate: '1969-03-01', pensionDate: '2028-03-01', contributionMonths: 240, averageIndexedWage: 6_000_000 });
    expect(b.kind).toBe('notYetDue');
    expect(b.retirement.date).toBe('2029-03-01');
    expect(b.monthlyPension).toBeNull();
  });

  it('bad input: negative wage, pension before birth, fractional months', () => {
    expectError(() => jpBenefit({ ...person, pensionDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: -1 }), 'invalid_input', ['input', 'averageIndexedWage']);
    expectError(() => jpBenefit({ ...person, pensionDate: '1960-05-01', contributionMonths: 240, averageIndexedWage: 1 }), 'invalid_input', ['input', 'pensionDate']);
    expectError(() => jpBenefit({ ...person, pensionDate: '2025-05-01', contributionMonths: 240.5, averageIndexedWage: 1 }), 'invalid_input', ['input', 'contributionMonths']);
  });

  it('property: the pension lies within the limits and equals the formula when inside them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 180, max: 600 }), fc.integer({ min: 1, max: 50_000_000 }), (months, wage) => {
        const b = jpBenefit({ ...person, pensionDate: '2025-05-01', contributionMonths: months, averageIndexedWage: wage });
        expect(b.monthlyPension!).toBeGreaterThanOrEqual(399_700);
        expect(b.monthlyPension!).toBeLessThanOrEqual(4_792_300);
        if (b.formulaAmount! >= 399_700 && b.formulaAmount! <= 4_792_300) expect(b.monthlyPension).toBe(b.formulaAmount);
      }),
      { numRuns: 60 },
    );
  });
});
