import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionBatch, monthlyContribution } from '../../src/index';
import { expectError, thrown } from '../helpers';

describe('contributionBatch', () => {
  it('gives the same lines as monthlyContribution, member by member (PU)', () => {
    const wages = [5_000_000, 15_000_000, 4_900_000, 1_000_500, 11_086_301];
    const classes = [1, 5, 2, 3, 4];
    const b = contributionBatch({ segment: 'PU', wage: wages, riskClass: classes, employerScale: 'large' }, '2026-03');
    expect(b.count).toBe(5);
    expect(b.lineKinds.map((k) => `${k.program}/${k.payer}/${k.billed}`)).toEqual([
      'JKK/employer/true', 'JKM/employer/true', 'JHT/employer/true', 'JHT/employee/true', 'JP/employer/true', 'JP/employee/true', 'JKP/government/false', 'JKP/employer/false',
    ]);
    const k = b.lineKinds.length;
    // member 0: example 8 (12,000 15,000 185,000 100,000 100,000 50,000 11,000 7,000)
    expect(Array.from(b.amounts.slice(0, k))).toEqual([12_000, 15_000, 185_000, 100_000, 100_000, 50_000, 11_000, 7_000]);
    wages.forEach((wage, i) => {
      const single = monthlyContribution({ segment: 'PU', wage, riskClass: classes[i] as 1, employerScale: 'large' }, '2026-03');
      expect(Array.from(b.amounts.slice(i * k, i * k + k)), `member ${i}`).toEqual(single.lines.map((l) => l.amount));
    });
    // billed = JKK..JP of everyone
    const billed = wages.reduce((t, wage, i) => t + monthlyContribution({ segment: 'PU', wage, riskClass: classes[i] as 1, employerScale: 'large' }, '2026-03').totals.billed, 0);
    expect(b.billed).toBe(billed);
    expect(b.dueDate).toBe('2026-04-15');
  });

  it('gives the same lines as monthlyContribution (BPU, including relief and the APBD exclusion)', () => {
    const incomes = [0, 1_000_000, 1_100_000, 2_700_000, 25_000_000];
    for (const fundedBy of ['self', 'apbd'] as const) {
      const b = contributionBatch({ segment: 'BPU', income: incomes, programs: ['JKK', 'JKM', 'JHT'], fundedBy }, '2026-05');
      const k = b.lineKinds.length;
      incomes.forEach((income, i) => {
        const single = monthlyContribution({ segment: 'BPU', income, programs: ['JKK', 'JKM', 'JHT'], fundedBy }, '2026-05');
        expect(Array.from(b.amounts.slice(i * k, i * k + k))).toEqual(single.lines.map((l) => l.amount));
      });
    }
    // the NTT roster: 50,000 at the lowest bracket → 50,000 × 16,800 = 840,000,000 a month
    const ntt = contributionBatch({ segment: 'BPU', income: new Float64Array(50_000).fill(1_000_000), fundedBy: 'apbd' }, '2026-01');
    expect(ntt.billed).toBe(840_000_000);
    expect(ntt.totalsByKind).toEqual([500_000_000, 340_000_000]);
  });

  it('property: matches monthlyContribution for random rosters, months and roundings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5_000_000_000 }), fc.constantFrom(1, 2, 3, 4, 5)), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('2020-09', '2024-02', '2025-01', '2025-02', '2026-03'),
        fc.constantFrom('half_up', 'half_even', 'down', 'up'),
        fc.constantFrom('micro', 'small', 'large'),
        (members, month, mode, scale) => {
          const wages = members.map(([sen]) => sen / 100); // whole rupiah and sen
          const rounding = { mode: mode as 'half_up', step: 1 };
          const b = contributionBatch({ segment: 'PU', wage: wages, riskClass: members.map(([, c]) => c), employerScale: scale as 'large' }, month, { rounding });
          const k = b.lineKinds.length;
          members.forEach(([sen, c], i) => {
            const single = monthlyContribution({ segment: 'PU', wage: `${Math.trunc(sen / 100)}.${String(sen % 100).padStart(2, '0')}`, riskClass: c as 1, employerScale: scale as 'large' }, month, { rounding });
            expect(Array.from(b.amounts.slice(i * k, i * k + k))).toEqual(single.lines.map((l) => l.amount));
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects bad rosters with the index of the bad element', () => {
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000, -1], riskClass: [1, 1], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'wage', 1]);
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000, NaN], riskClass: [1, 1], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'wage', 1]);
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [6], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'riskClass', 0]);
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1, 2], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'riskClass']);
    expectError(() => contributionBatch({ segment: 'PU', wage: '5000000', riskClass: [1] } as never, '2026-01'), 'invalid_input', ['roster', 'wage']);
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1] }, '2026-01'), 'missing_fact', ['roster', 'employerScale']);
    expectError(() => contributionBatch({ segment: 'BPU', income: [1_000_000, '1.000.000' as never] }, '2025-01'), 'invalid_input', ['roster', 'income', 1]);
    expectError(() => contributionBatch({ segment: 'BPU', income: [1_000_000] }, '2026-02'), 'missing_fact', ['roster', 'sector']);
    expectError(() => contributionBatch({ segment: 'BPU', income: [1_000_000] }, '2026-13'), 'invalid_input', ['month']);
  });
});

describe('contributionBatch in detail', () => {
  const single = (wage: number | string, riskClass: number, month: string, options?: object) =>
    monthlyContribution({ segment: 'PU', wage, riskClass: riskClass as 1, employerScale: 'large' }, month, options as never);

  it('describes each line kind with its parameters, citations and relief, and reports the law used', () => {
    // PP 49/2020 month: JKK and JKM carry the relief measure; JHT does not
    const b = contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1], employerScale: 'large' }, '2020-10');
    const one = single(5_000_000, 1, '2020-10');
    expect(b.lineKinds.map((k) => k.reliefMeasure)).toEqual(['relief.pp49_2020', 'relief.pp49_2020', undefined, undefined, undefined, undefined]);
    expect(b.lineKinds.map((k) => 'reliefMeasure' in k)).toEqual([true, true, false, false, false, false]);
    expect(b.lineKinds.map((k) => k.parameters)).toEqual(one.lines.map((l) => l.parameters));
    expect(b.lineKinds.map((k) => k.citations)).toEqual(one.lines.map((l) => l.citations));
    // 0.0024 % × 5,000,000 = 120; 0.003 % = 150; JHT 185,000 / 100,000; JP 100,000 / 50,000 (no deferral granted)
    expect(Array.from(b.amounts)).toEqual([120, 150, 185_000, 100_000, 100_000, 50_000]);
    expect(b).toMatchObject({ month: '2020-10', segment: 'PU', count: 1, billed: 435_270, dueDate: '2020-11-30', rounding: { mode: 'half_up', step: 1 } });
    expect(b.lawUsed).toEqual(one.lawUsed);
    expect(b.totalsByKind).toEqual([120, 150, 185_000, 100_000, 100_000, 50_000]);
    const bpu = contributionBatch({ segment: 'BPU', income: [1_000_000], sector: 'transport', fundedBy: 'self' }, '2026-01');
    // PP 50/2025: 50 % × 10,000 = 5,000 and 50 % × 6,800 = 3,400
    expect(bpu.lineKinds.map((k) => [k.program, k.reliefMeasure])).toEqual([['JKK', 'relief.pp50_2025'], ['JKM', 'relief.pp50_2025']]);
    expect(bpu).toMatchObject({ month: '2026-01', segment: 'BPU', count: 1, billed: 8_400, dueDate: '2026-01-15' });
    expect(bpu.lawUsed).toEqual(monthlyContribution({ segment: 'BPU', income: 1_000_000, sector: 'transport', fundedBy: 'self' }, '2026-01').lawUsed);
  });

  it('BPU: incomes in any order, across bracket edges, land in their own bracket', () => {
    // bracket edges at 1,100,000 (row 2) and 20,200,000 (row 33, open-ended); 1,099,999.99 stays in row 1
    const incomes = [25_000_000, 1_000_000, 1_100_000, 1_099_999.99, 20_200_000, 20_199_999, 0, 25_000_000, 1_100_000];
    const b = contributionBatch({ segment: 'BPU', income: incomes, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' }, '2026-05');
    const k = b.lineKinds.length;
    incomes.forEach((income, i) => {
      const one = monthlyContribution({ segment: 'BPU', income: String(income), programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' }, '2026-05');
      expect(Array.from(b.amounts.slice(i * k, i * k + k)), `income ${income}`).toEqual(one.lines.map((l) => l.amount));
    });
    // JKK 1 % of the base: 207,000 (row 33), 10,000 (row 1), then row 2
    expect([b.amounts[0], b.amounts[k], b.amounts[3 * k]]).toEqual([207_000, 10_000, 10_000]);
  });

  it('half_up and down to a step of Rp100 or Rp1,000, and amounts beyond 2^53 in the product', () => {
    const wages = [5_012_345, 1_000_050, 7_654_321.55];
    for (const rounding of [{ mode: 'half_up', step: 100 }, { mode: 'down', step: 100 }, { mode: 'half_up', step: 1000 }, { mode: 'up', step: 1 }] as const) {
      const b = contributionBatch({ segment: 'PU', wage: wages, riskClass: [1, 3, 5], employerScale: 'large' }, '2026-03', { rounding });
      const k = b.lineKinds.length;
      wages.forEach((wage, i) => expect(Array.from(b.amounts.slice(i * k, i * k + k)), `${rounding.mode}/${rounding.step}`).toEqual(single(String(wage), [1, 3, 5][i]!, '2026-03', { rounding }).lines.map((l) => l.amount)));
    }
    // JKK 0.24 % × 5,012,345 = 12,029.628 → half_up to Rp100: 12,000; JKM 0.3 % = 15,037.035 → 15,000
    expect(Array.from(contributionBatch({ segment: 'PU', wage: [5_012_345], riskClass: [1], employerScale: 'large' }, '2026-03', { rounding: { mode: 'half_up', step: 100 } }).amounts.slice(0, 2))).toEqual([12_000, 15_000]);
    // a wage of Rp89,000,000,000,000: 8.9e15 sen × 37 (JHT 3.7 %) is beyond 2^53, computed exactly: 3,293,000,000,000,000 → 3,293,000,000,000
    const big = contributionBatch({ segment: 'PU', wage: [89_000_000_000_000, 90_000_000_000_001], riskClass: [1, 2], employerScale: 'large' }, '2026-03');
    expect(big.amounts[2]).toBe(3_293_000_000_000);
    expect(Array.from(big.amounts.slice(0, 8))).toEqual(single(89_000_000_000_000, 1, '2026-03').lines.map((l) => l.amount));
    expect(Array.from(big.amounts.slice(8, 16))).toEqual(single(90_000_000_000_001, 2, '2026-03').lines.map((l) => l.amount));
  });

  it('refuses zero wages, oversized rosters and totals beyond the exact range', () => {
    expectError(() => contributionBatch({ segment: 'PU', wage: [0], riskClass: [1], employerScale: 'large' }, '2026-03'), 'invalid_input', ['roster', 'wage', 0]);
    expectError(() => contributionBatch({ segment: 'PU', wage: [0.001], riskClass: [1], employerScale: 'large' }, '2026-03'), 'invalid_input', ['roster', 'wage', 0]);
    expect(contributionBatch({ segment: 'BPU', income: [0], fundedBy: 'apbd' }, '2026-03').billed).toBe(16_800); // income 0 is allowed
    const sparse = new Array<number>(50_000_001);
    expectError(() => contributionBatch({ segment: 'PU', wage: sparse, riskClass: sparse, employerScale: 'large' }, '2026-03'), 'invalid_input', ['roster', 'wage']);
    expectError(() => contributionBatch({ segment: 'BPU', income: sparse, fundedBy: 'apbd' }, '2026-03'), 'invalid_input', ['roster', 'income']);
    // 50,000,000 members is allowed (checked lazily: an empty roster of that length fails on the first missing wage)
    expectError(() => contributionBatch({ segment: 'PU', wage: new Array<number>(50_000_000), riskClass: new Array<number>(50_000_000), employerScale: 'large' }, '2026-03'), 'invalid_input', ['roster', 'wage', 0]);
    // 2,000 wages of Rp90,000,000,000,000: JHT employer 3.33e12 each, 6.66e15 in all (safe); billed ≈ 5.6e12 each, 1.1e16 in all (not safe)
    const huge = new Float64Array(2_000).fill(90_000_000_000_000);
    expectError(() => contributionBatch({ segment: 'PU', wage: huge, riskClass: new Float64Array(2_000).fill(1), employerScale: 'large' }, '2026-03'), 'amount_out_of_range', ['roster']);
    // 3,000 such wage: the JHT employer total alone, 9.99e15, is beyond 2^53 − 1
    const huger = new Float64Array(3_000).fill(90_000_000_000_000);
    expectError(() => contributionBatch({ segment: 'PU', wage: huger, riskClass: new Float64Array(3_000).fill(1), employerScale: 'small' }, '2026-03'), 'amount_out_of_range', ['roster']);
  });
});

describe('contributionBatch: given programmes, JKP off, half-up at exactly half', () => {
  it('a PU roster with programs and jkp: false has exactly those lines, rounded like monthlyContribution', () => {
    const b = contributionBatch({ segment: 'PU', wage: [5_000_000, 1_000_500, 1_000_450], riskClass: [1, 1, 1], programs: ['JKK', 'JKM', 'JP'], jkp: false }, '2026-03');
    expect(b.lineKinds.map((k) => `${k.program}/${k.payer}`)).toEqual(['JKK/employer', 'JKM/employer', 'JP/employer', 'JP/employee']);
    // 5,000,000: 12,000 / 15,000 / 100,000 / 50,000
    // 1,000,500: JKK 2,401.2 → 2,401; JKM 3,001.5 → 3,002 (exactly half: up); JP 20,010 / 10,005
    // 1,000,450: JKK 2,401.08 → 2,401; JKM 3,001.35 → 3,001; JP 20,009 / 10,004.5 → 10,005
    expect(Array.from(b.amounts)).toEqual([12_000, 15_000, 100_000, 50_000, 2_401, 3_002, 20_010, 10_005, 2_401, 3_001, 20_009, 10_005]);
    expect(b.totalsByKind).toEqual([16_802, 21_003, 140_019, 70_010]);
    expect(b.billed).toBe(247_834);
  });
  it('a zero wage is refused with its own message', () => {
    const error = thrown(() => contributionBatch({ segment: 'PU', wage: [5_000_000, 0], riskClass: [1, 1], employerScale: 'large' }, '2026-03'));
    expect([error.code, error.issues[0]!.path, error.issues[0]!.message]).toEqual(['invalid_input', ['roster', 'wage', 1], 'Expected an amount greater than zero']);
  });
});
