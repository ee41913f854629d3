import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselineLaw, jpBenefit, jpRetirementDate, withOverlay } from '../../src/index';
import { expectError } from '../helpers';

const person = { birthDate: '1966-05-01' };
const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
const regime = 'PP 45/2015 Art. 17, 19-22';

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
  it('born on 29 February: the anniversary is 29 February in a leap year, 1 March otherwise (as ageOn counts)', () => {
    // 1960 + 56 = 2016, a leap year; the age in force in 2016 is 56
    expect(jpRetirementDate('1960-02-29')).toMatchObject({ date: '2016-02-29', age: 56 });
    // 1964 + 56 = 2020 is too young (57 in force from 2019); 1964 + 57 = 2021 has no 29 February
    expect(jpRetirementDate('1964-02-29')).toMatchObject({ date: '2021-03-01', age: 57 });
    // 1944 + 56 = 2000: divisible by 400, so a leap year (before JP began: the first age, 56, is read as in force)
    expect(jpRetirementDate('1944-02-29')).toMatchObject({ date: '2000-02-29', age: 56 });
  });

  it('the law option: an overlay that keeps 56 from 2043 → born 2044-02-29 retires at 56 on 2100-03-01 (2100 is divisible by 100, not by 400: no 29 February)', () => {
    const law = withOverlay(baselineLaw, { name: 'age 56 again', values: { 'benefit.jp.retirementAge': [{ from: '2043-01-01', value: 56, status: 'projected', citations: study }] } });
    expect(jpRetirementDate('2044-02-29', { law })).toMatchObject({ date: '2100-03-01', age: 56 });
    expect(jpRetirementDate('2044-02-29')).toMatchObject({ date: '2109-03-01', age: 65 }); // baseline: 65 from 2043; 2109 is not a leap year
  });

  it('bad input', () => {
    expectError(() => jpRetirementDate('1966-13-01'), 'invalid_input', ['birthDate']);
    expectError(() => jpRetirementDate('1966-05-01', { law: {} as never }), 'invalid_input', ['options', 'law']);
    expectError(() => jpRetirementDate('1966-05-01', { law: null as never }), 'invalid_input', ['options', 'law']);
  });
});

describe('jpBenefit', () => {
  it('240 months, average indexed wage 6,000,000: 1 % × 20 × 6 m = 1,200,000 a month; widow(er) 600,000 (ex. 16)', () => {
    const b = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, childCount: 2, parents: false } });
    expect(b.kind).toBe('monthly_pension');
    expect(b.formulaAmount).toBe(1_200_000);
    expect(b.monthlyPension).toBe(1_200_000);
    expect(b.survivorPensions).toEqual([
      { survivor: 'spouse', percent: '50', monthly: 600_000 },
      { survivor: 'children', percent: '50', monthly: 600_000 },
    ]);
  });

  it('180 months at 2,000,000: raw 300,000 < minimum → 393,500 until 2025-02-28, 399,700 from 2025-03-01 (ex. 16)', () => {
    const at = (retirementDate: string) => jpBenefit({ ...person, retirementDate, contributionMonths: 180, averageIndexedWage: 2_000_000 });
    expect(at('2025-02-28').formulaAmount).toBe(300_000);
    expect(at('2025-02-28').monthlyPension).toBe(393_500);
    expect(at('2025-03-01').monthlyPension).toBe(399_700);
    expect(at('2024-05-01').conditions.find((c) => c.id === 'jp.benefitLimits')?.decisive).toBe(true);
  });

  it('maximum: 400 months at 20,000,000 → 1 % × 400/12 × 20 m = 6,666,667 > 4,792,300 (Mar-2025)', () => {
    const b = jpBenefit({ ...person, retirementDate: '2025-06-01', contributionMonths: 400, averageIndexedWage: 20_000_000 });
    expect(b.formulaAmount).toBe(6_666_667);
    expect(b.monthlyPension).toBe(4_792_300);
  });

  it('the published series: 2023-03 383,400 / 4,598,100; 2024-03 393,500 / 4,718,200; 2015-07 300,000; 2016-03 310,050; 2019-03 341,400 / 4,095,750', () => {
    const limits = (retirementDate: string, birthDate = '1940-01-01') => jpBenefit({ birthDate, retirementDate, contributionMonths: 180, averageIndexedWage: 1 }).limits;
    expect(limits('2023-03-01')).toMatchObject({ minimum: 383_400, maximum: 4_598_100, status: 'enacted' });
    expect(limits('2024-02-29')).toMatchObject({ minimum: 383_400 });
    expect(limits('2024-03-01')).toMatchObject({ minimum: 393_500, maximum: 4_718_200 });
    expect(limits('2016-02-29')).toMatchObject({ minimum: 300_000, maximum: 3_600_000 });
    expect(limits('2016-03-01')).toMatchObject({ minimum: 310_050, maximum: 3_720_600 });
    expect(limits('2019-03-01')).toMatchObject({ minimum: 341_400, maximum: 4_095_750 });
  });

  // With 1200 contribution months the formula is 1 % × 1200/12 × wage = the wage itself, which puts
  // the pension exactly where a test needs it.
  const at = (retirementDate: string, averageIndexedWage: number | string, contributionMonths = 1200) => ({ birthDate: '1940-01-01', retirementDate, contributionMonths, averageIndexedWage });

  it('issue 14: no letter known for 2026-06, but 1,200,000 lies inside any limits the letter can set: answered without a projection, and the explanation says why', () => {
    // 1 % × 240/12 × 6,000,000 = 1,200,000. The limits never decrease (inflation 2025 was 2.92 %): the
    // maximum is at least the 2025 letter's 4,792,300; the minimum at most the derived 411,400
    // (399,700 × 1.0292 = 411,371.24 rounded up to Rp100, the most a letter can give).
    const b = jpBenefit({ ...person, retirementDate: '2026-06-01', contributionMonths: 240, averageIndexedWage: 6_000_000 });
    expect(b).toMatchObject({ kind: 'monthly_pension', formulaAmount: 1_200_000, monthlyPension: 1_200_000, projected: false });
    expect(b.limits).toEqual({ kind: 'cannot_bind', minimumAtMost: 411_400, maximumAtLeast: 4_792_300 });
    const c = b.conditions.find((x) => x.id === 'jp.benefitLimits')!;
    expect([c.met, c.decisive]).toEqual([true, false]);
    expect(c.text.en).toBe(
      "The limits for 2026-06-01 are not known (the March letter has not been read), but they cannot change Rp1.200.000: they are adjusted each year by the previous year's inflation, which was positive, so the minimum is at most Rp411.400 (the 2026-03-01 value) and the maximum at least Rp4.792.300 (the 2025-03-01 value).",
    );
    expect(b.explanation.map((s) => s.text)).toContainEqual(c.text);
    expect(c.citations.map((x) => x.article)).toEqual(expect.arrayContaining(['Art. 18(3)']));
    expect(b.lawUsed.map((l) => [l.parameter, l.from, l.status])).toEqual(
      expect.arrayContaining([
        ['benefit.jp.benefitLimitIndexation', '2015-07-01', 'enacted'],
        ['benefit.jp.benefitLimits', '2025-03-01', 'enacted'],
        ['benefit.jp.benefitLimitsDerived', '2026-03-01', 'derived'],
      ]),
    );
  });

  it('issue 14: the bounds are inclusive, one rupiah outside is refused (2026-03 to 2027-02: 411,400 and 4,792,300)', () => {
    expect(jpBenefit(at('2026-03-01', 411_400)).monthlyPension).toBe(411_400);
    expect(jpBenefit(at('2027-02-28', 4_792_300)).monthlyPension).toBe(4_792_300);
    expectError(() => jpBenefit(at('2026-03-01', 411_399)), 'parameter_not_in_force', ['input', 'retirementDate']);
    expectError(() => jpBenefit(at('2027-02-28', 4_792_301)), 'parameter_not_in_force', ['input', 'retirementDate']);
  });

  it('issue 14: the historical gaps are bounded by the letters around them (2017-03 to 2019-02; 2020-03 to 2023-02)', () => {
    // 2021-06: the 2019 letter (341,400 / 4,095,750) before, the 2023 letter (383,400 / 4,598,100) after
    expect(jpBenefit(at('2021-06-01', 1_200_000)).limits).toEqual({ kind: 'cannot_bind', minimumAtMost: 383_400, maximumAtLeast: 4_095_750 });
    expect(jpBenefit(at('2021-06-01', 383_400)).monthlyPension).toBe(383_400);
    expectError(() => jpBenefit(at('2021-06-01', 383_399)), 'parameter_not_in_force', ['input', 'retirementDate']);
    expectError(() => jpBenefit(at('2021-06-01', 4_095_751)), 'parameter_not_in_force', ['input', 'retirementDate']);
    // 2018-01: the 2016 letter (310,050 / 3,720,600) before, the 2019 letter (341,400 / 4,095,750) after
    expect(jpBenefit(at('2018-01-01', 3_720_600)).limits).toEqual({ kind: 'cannot_bind', minimumAtMost: 341_400, maximumAtLeast: 3_720_600 });
    expectError(() => jpBenefit(at('2018-01-01', 3_720_601)), 'parameter_not_in_force', ['input', 'retirementDate']);
    // A projection never fills a past gap: a pension the letter could change stays refused.
    expectError(() => jpBenefit(at('2021-06-01', 300_000), { projection: { method: 'carry_forward' } }), 'parameter_not_in_force', ['input', 'retirementDate']);
  });

  it('issue 14: after the last derived value (2027-03) no upper bound on the minimum is known: refused without a projection, whatever the pension', () => {
    expectError(() => jpBenefit(at('2027-03-01', 1_200_000)), 'parameter_not_in_force', ['input', 'retirementDate']);
    try {
      jpBenefit(at('2027-03-01', 1_200_000));
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toMatch(/at least Rp399\.700 with no known upper bound/);
      expect((e as Error).message).toMatch(/carry_forward/);
    }
  });

  it('issue 14: the reading is data: an overlay that says the limits may decrease makes 2026-06 refuse again', () => {
    const law = withOverlay(baselineLaw, {
      name: 'limits may fall',
      values: { 'benefit.jp.benefitLimitIndexation': [{ from: '2026-01-01', value: { rounding: { mode: 'up', step: 100 }, limitsNeverDecrease: false }, status: 'projected', citations: study }] },
    });
    expectError(() => jpBenefit({ ...person, retirementDate: '2026-06-01', contributionMonths: 240, averageIndexedWage: 6_000_000 }, { law }), 'parameter_not_in_force', ['input', 'retirementDate']);
  });

  it('property (issue 14): without the 2026 letter jpBenefit refuses exactly when two letters the law allows would pay differently, and otherwise pays what any such letter pays', () => {
    // The letters the law allows for 2026-03 to 2027-02: limits at least the 2025 letter's (399,700 / 4,792,300)
    // and at most the derived values (411,400 / 4,932,300).
    const letter = (minimum: number, maximum: number) =>
      withOverlay(baselineLaw, { name: 'a 2026 letter', values: { 'benefit.jp.benefitLimits': [{ from: '2026-03-01', to: '2027-02-28', value: { minimum, maximum }, status: 'enacted', citations: study }] } });
    const lowest = letter(399_700, 4_792_300);
    const highest = letter(411_400, 4_932_300);
    fc.assert(
      fc.property(fc.integer({ min: 180, max: 600 }), fc.integer({ min: 1, max: 50_000_000 }), fc.integer({ min: 399_700, max: 411_400 }), fc.integer({ min: 4_792_300, max: 4_932_300 }), (months, wage, minimum, maximum) => {
        const input = { ...person, retirementDate: '2026-06-01', contributionMonths: months, averageIndexedWage: wage };
        const disagree = jpBenefit(input, { law: lowest }).monthlyPension !== jpBenefit(input, { law: highest }).monthlyPension;
        let answered: ReturnType<typeof jpBenefit> | undefined;
        try {
          answered = jpBenefit(input);
        } catch (e) {
          expect((e as { code: string }).code).toBe('parameter_not_in_force');
        }
        expect(answered === undefined).toBe(disagree);
        if (answered !== undefined) expect(answered.monthlyPension).toBe(jpBenefit(input, { law: letter(minimum, maximum) }).monthlyPension);
      }),
      { numRuns: 80 },
    );
  });

  it('a projection (formerly allowDerivedLimits): the derived value where one exists, marked projected; beyond it carried forward or indexed each March', () => {
    // 1 % × 180/12 × 2,000,000 = 300,000 < any minimum: the limits bind, so the letter matters.
    const input = { ...person, retirementDate: '2026-03-01', contributionMonths: 180, averageIndexedWage: 2_000_000 };
    expectError(() => jpBenefit(input), 'parameter_not_in_force', ['input', 'retirementDate']);
    const d = jpBenefit(input, { projection: { method: 'carry_forward' } });
    expect(d.monthlyPension).toBe(411_400);
    expect(d.projected).toBe(true);
    expect(d.limits).toMatchObject({ kind: 'in_force', minimum: 411_400, maximum: 4_932_300, status: 'derived' });
    expect(jpBenefit(input, { projection: { method: 'indexed', annualGrowthPercent: '9.0' } }).monthlyPension).toBe(411_400); // the derived value wins where it exists
    expect(jpBenefit({ ...input, retirementDate: '2026-02-28' }).monthlyPension).toBe(399_700);
    // 2027-03: the 2026 derived value carried forward, marked projected in the result and in lawUsed
    const carried = jpBenefit({ ...input, retirementDate: '2027-03-01' }, { projection: { method: 'carry_forward' } });
    expect(carried.limits).toEqual({ kind: 'in_force', minimum: 411_400, maximum: 4_932_300, status: 'projected', from: '2027-03-01', to: null });
    expect(carried.lawUsed.find((l) => l.parameter === 'benefit.jp.benefitLimits')).toMatchObject({ status: 'projected', source: 'projection', confidence: 'L' });
    expect(carried.explanation.map((s) => s.text.en)).toContain('Rp300.000 is outside the limits Rp411.400–Rp4.932.300 (from 2027-03-01): Rp411.400 is paid (projected limits, not law).');
    // indexed 5 %: 2027-03 411,400 × 1.05 = 431,970 → up to Rp100: 432,000; 4,932,300 × 1.05 = 5,178,915 → 5,179,000
    const i2027 = jpBenefit({ ...input, retirementDate: '2027-03-01' }, { projection: { method: 'indexed', annualGrowthPercent: '5' } });
    expect(i2027.limits).toEqual({ kind: 'in_force', minimum: 432_000, maximum: 5_179_000, status: 'projected', from: '2027-03-01', to: '2028-02-29' });
    // 2028-03: 432,000 × 1.05 = 453,600; 5,179,000 × 1.05 = 5,437,950 → 5,438,000
    const i2028 = jpBenefit({ ...input, retirementDate: '2028-06-01' }, { projection: { method: 'indexed', annualGrowthPercent: '5' } });
    expect(i2028.limits).toEqual({ kind: 'in_force', minimum: 453_600, maximum: 5_438_000, status: 'projected', from: '2028-03-01', to: '2029-02-28' });
    // Where the limits cannot bind, a projection is not used.
    expect(jpBenefit(at('2026-06-01', 1_200_000), { projection: { method: 'carry_forward' } })).toMatchObject({ projected: false, limits: { kind: 'cannot_bind' } });
  });

  it('bad options: allowDerivedLimits is gone (a typed error names it); a malformed projection is refused at its path', () => {
    expectError(() => jpBenefit(at('2026-03-01', 300_000), { allowDerivedLimits: true } as never), 'invalid_input', ['options']);
    expectError(() => jpBenefit(at('2026-03-01', 300_000), { projection: { method: 'carryForward' } } as never), 'invalid_input', ['options', 'projection']);
  });

  it('179 months (14 years 11 months): no monthly pension, lump sum of the balance given; 14 years the same (ex. 16, table E)', () => {
    const b = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 179, averageIndexedWage: 6_000_000, lumpSumBalance: '25000000.50' });
    expect(b.kind).toBe('lump_sum');
    expect(b.monthlyPension).toBeNull();
    expect(b.lumpSum).toBe(25_000_001);
    expect(b.conditions.find((c) => c.id === 'jp.minimumContributionMonths')?.decisive).toBe(true);
    expect(jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 168, averageIndexedWage: 6_000_000 }).lumpSum).toBeNull();
  });

  it('before the retirement age: notYetDue, with the date it is reached', () => {
    const b = jpBenefit({ birthDate: '1969-03-01', retirementDate: '2028-03-01', contributionMonths: 240, averageIndexedWage: 6_000_000 });
    expect(b.kind).toBe('not_yet_due');
    expect(b.retirement.date).toBe('2029-03-01');
    expect(b.monthlyPension).toBeNull();
  });

  it('within the limits, parents only: every condition and explanation step stated; parents 20 % × 1,200,000 = 240,000', () => {
    const b = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: false, childCount: 0, parents: true } });
    expect(b).toMatchObject({ kind: 'monthly_pension', regime, formulaAmount: 1_200_000, monthlyPension: 1_200_000, lumpSum: null, projected: false, retirementDate: '2025-05-01' });
    expect(b.limits).toEqual({ kind: 'in_force', minimum: 399_700, maximum: 4_792_300, status: 'enacted', from: '2025-03-01', to: '2026-02-28' });
    expect(b.survivorPensions).toEqual([{ survivor: 'parents', percent: '20', monthly: 240_000 }]);
    expect(b.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jp.retirementAge', true, false, { id: 'Usia pensiun 58 tercapai pada 2024-05-01.', en: 'Retirement age 58 reached on 2024-05-01.' }],
      ['jp.minimumContributionMonths', true, false, { id: 'Masa iur 240 bulan ≥ 180: pensiun bulanan.', en: '240 contribution months ≥ 180: monthly pension.' }],
      ['jp.benefitLimits', true, false, { id: 'Di dalam batas Rp399.700–Rp4.792.300 (berlaku 2025-03-01).', en: 'Within the limits Rp399.700–Rp4.792.300 (from 2025-03-01).' }],
    ]);
    expect(b.explanation.map((s) => s.text)).toEqual([
      { id: `Tanggal pensiun 2025-05-01: berlaku ${regime}.`, en: `Retirement date 2025-05-01: ${regime} applies.` },
      { id: '1 % × 240/12 × Rp6.000.000 = Rp1.200.000.', en: '1 % × 240/12 × Rp6.000.000 = Rp1.200.000.' },
      { id: 'Pensiun ahli waris (parents): 20 % × Rp1.200.000 = Rp240.000.', en: 'Survivor pension (parents): 20 % × Rp1.200.000 = Rp240.000.' },
      { id: 'Manfaat pensiun hari tua Rp1.200.000 per bulan.', en: 'Old-age pension Rp1.200.000 a month.' },
    ]);
    expect(jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: false, childCount: 0, parents: false } }).survivorPensions).toEqual([]);
  });

  it('below the minimum: 1 % × 180/12 × 2,000,000 = 300,000 → 399,700 paid, the limit is decisive and explained; derived limits say so', () => {
    const b = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 180, averageIndexedWage: 2_000_000 });
    const bound = { id: 'Rp300.000 di luar batas Rp399.700–Rp4.792.300 (berlaku 2025-03-01): dibayar Rp399.700.', en: 'Rp300.000 is outside the limits Rp399.700–Rp4.792.300 (from 2025-03-01): Rp399.700 is paid.' };
    expect(b.conditions[2]).toMatchObject({ id: 'jp.benefitLimits', met: true, decisive: true, text: bound });
    expect(b.explanation.map((s) => s.text)).toEqual([
      { id: `Tanggal pensiun 2025-05-01: berlaku ${regime}.`, en: `Retirement date 2025-05-01: ${regime} applies.` },
      { id: '1 % × 180/12 × Rp2.000.000 = Rp300.000.', en: '1 % × 180/12 × Rp2.000.000 = Rp300.000.' },
      bound,
      { id: 'Manfaat pensiun hari tua Rp399.700 per bulan.', en: 'Old-age pension Rp399.700 a month.' },
    ]);
    // 2026-03-01 with a projection: the derived minimum 411,400 (399,700 × 1.0292 rounded up to Rp100)
    const d = jpBenefit({ ...person, retirementDate: '2026-03-01', contributionMonths: 180, averageIndexedWage: 2_000_000 }, { projection: { method: 'carry_forward' } });
    expect(d.conditions[2]?.text).toEqual({
      id: 'Rp300.000 di luar batas Rp411.400–Rp4.932.300 (berlaku 2026-03-01): dibayar Rp411.400 (batas turunan, belum diterbitkan).',
      en: 'Rp300.000 is outside the limits Rp411.400–Rp4.932.300 (from 2026-03-01): Rp411.400 is paid (derived limits, not published).',
    });
  });

  it('the missing-letter error names the parameter, the date and the coverage of the published series', () => {
    try {
      jpBenefit({ ...person, retirementDate: '2026-03-01', contributionMonths: 180, averageIndexedWage: 2_000_000 });
      expect.unreachable();
    } catch (e) {
      expect((e as { issues: unknown[] }).issues[0]).toMatchObject({ code: 'parameter_not_in_force', path: ['input', 'retirementDate'], parameter: 'benefit.jp.benefitLimits', at: '2026-03-01', coverage: { from: '2015-07-01', to: '2026-02-28' } });
    }
  });

  it('notYetDue and lumpSum results: nulls, no survivor pensions, the decisive condition and explanation', () => {
    const early = jpBenefit({ birthDate: '1969-03-01', retirementDate: '2028-03-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, childCount: 1, parents: true } });
    expect(early).toMatchObject({ kind: 'not_yet_due', formulaAmount: null, limits: null, monthlyPension: null, lumpSum: null, survivorPensions: [], projected: false });
    expect(early.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jp.retirementAge', false, true, { id: 'Usia 59 pada 2028-03-01: usia pensiun baru tercapai pada 2029-03-01 (usia 60).', en: 'Aged 59 on 2028-03-01: the retirement age is reached only on 2029-03-01 (age 60).' }],
      ['jp.minimumContributionMonths', true, false, { id: 'Masa iur 240 bulan ≥ 180: pensiun bulanan.', en: '240 contribution months ≥ 180: monthly pension.' }],
    ]);
    expect(early.explanation.map((s) => s.text)).toEqual([{ id: `Tanggal pensiun 2028-03-01: berlaku ${regime}.`, en: `Retirement date 2028-03-01: ${regime} applies.` }]);

    const lump = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 179, averageIndexedWage: 6_000_000, lumpSumBalance: 25_000_000, survivors: { spouse: true, childCount: 1, parents: true } });
    expect(lump).toMatchObject({ kind: 'lump_sum', formulaAmount: null, limits: null, monthlyPension: null, lumpSum: 25_000_000, survivorPensions: [], projected: false });
    expect(lump.conditions[1]).toMatchObject({
      met: false,
      decisive: true,
      text: { id: 'Masa iur 179 bulan < 180: tidak ada pensiun bulanan, hanya manfaat sekaligus (iuran + hasil pengembangan).', en: '179 contribution months < 180: no monthly pension, a lump sum of contributions plus returns instead.' },
    });
    expect(lump.explanation.slice(1).map((s) => s.text)).toEqual([{ id: 'Manfaat sekaligus Rp25.000.000.', en: 'Lump sum Rp25.000.000.' }]);
    const unknown = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 179, averageIndexedWage: 6_000_000 });
    expect(unknown.explanation.slice(1).map((s) => s.text)).toEqual([{ id: 'Saldo iuran + hasil pengembangan tidak diberikan: jumlah sekaligus tidak dihitung.', en: 'The balance of contributions plus returns was not given: the lump sum is not computed.' }]);
  });

  it('options: the law (an overlay letter for 2026) and the rounding (down to Rp100) are applied', () => {
    const law = withOverlay(baselineLaw, { name: 'letter 2026', values: { 'benefit.jp.benefitLimits': [{ from: '2026-03-01', to: '2027-02-28', value: { minimum: 420_000, maximum: 5_000_000 }, status: 'projected', citations: study }] } });
    const b = jpBenefit({ ...person, retirementDate: '2026-03-01', contributionMonths: 180, averageIndexedWage: 2_000_000 }, { law });
    expect(b.monthlyPension).toBe(420_000);
    // A letter added by an overlay is the law in force (its status is the overlay's), not a projection.
    expect(b.limits).toEqual({ kind: 'in_force', minimum: 420_000, maximum: 5_000_000, status: 'projected', from: '2026-03-01', to: '2027-02-28' });
    expect(b.projected).toBe(false);
    // 1 % × 240/12 × 6,000,050 = 1,200,010 → down to Rp100: 1,200,000 (default half-up to the rupiah: 1,200,010)
    const input = { ...person, retirementDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: 6_000_050 };
    const down = jpBenefit(input, { rounding: { mode: 'down', step: 100 } });
    expect(down.formulaAmount).toBe(1_200_000);
    expect(down.rounding).toEqual({ mode: 'down', step: 100 });
    expect(jpBenefit(input).formulaAmount).toBe(1_200_010);
  });

  it('bad options: a law that is not a registry', () => {
    const input = { ...person, retirementDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000 };
    expectError(() => jpBenefit(input, { law: {} as never }), 'invalid_input', ['options', 'law']);
    expectError(() => jpBenefit(input, { law: null as never }), 'invalid_input', ['options', 'law']);
    expectError(() => jpBenefit(input, { law: { parameter: 1 } as never }), 'invalid_input', ['options', 'law']);
  });

  it('wage limit: Rp100,000,000,000 accepted (1 % × 180/12 × 100 bn = 15 bn → maximum 4,792,300), one sen more refused; pension date = birth date refused', () => {
    const b = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 180, averageIndexedWage: 100_000_000_000 });
    expect(b.formulaAmount).toBe(15_000_000_000);
    expect(b.monthlyPension).toBe(4_792_300);
    expectError(() => jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 180, averageIndexedWage: '100000000000.01' }), 'invalid_input', ['input', 'averageIndexedWage']);
    expectError(() => jpBenefit({ ...person, retirementDate: '1966-05-01', contributionMonths: 180, averageIndexedWage: 1 }), 'invalid_input', ['input', 'retirementDate']);
  });

  it('bad input: negative wage, pension before birth, fractional months', () => {
    expectError(() => jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 240, averageIndexedWage: -1 }), 'invalid_input', ['input', 'averageIndexedWage']);
    expectError(() => jpBenefit({ ...person, retirementDate: '1960-05-01', contributionMonths: 240, averageIndexedWage: 1 }), 'invalid_input', ['input', 'retirementDate']);
    expectError(() => jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: 240.5, averageIndexedWage: 1 }), 'invalid_input', ['input', 'contributionMonths']);
  });

  it('property: the pension lies within the limits and equals the formula when inside them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 180, max: 600 }), fc.integer({ min: 1, max: 50_000_000 }), (months, wage) => {
        const b = jpBenefit({ ...person, retirementDate: '2025-05-01', contributionMonths: months, averageIndexedWage: wage });
        expect(b.monthlyPension!).toBeGreaterThanOrEqual(399_700);
        expect(b.monthlyPension!).toBeLessThanOrEqual(4_792_300);
        if (b.formulaAmount! >= 399_700 && b.formulaAmount! <= 4_792_300) expect(b.monthlyPension).toBe(b.formulaAmount);
      }),
      { numRuns: 60 },
    );
  });
});
