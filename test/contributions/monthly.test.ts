import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineLaw, contributionBatch, contributionSchedule, formatCitation, monthlyContribution, streamContributionBatches, withOverlay, type ContributionLine, type FundingSource, type MonthlyContribution, type ParticipantInput } from '../../src/index';

const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
import { expectError, thrown } from '../helpers';

const line = (r: MonthlyContribution, program: string, payer?: string): ContributionLine | undefined =>
  r.lines.find((l) => l.program === program && (payer === undefined || l.payer === payer));
const amount = (r: MonthlyContribution, program: string, payer?: string): number | undefined => line(r, program, payer)?.amount;
const pu = (wage: ParticipantInput extends never ? never : unknown, extra: Record<string, unknown> = {}) =>
  ({ segment: 'PU', wage, riskClass: 1, employerScale: 'large', ...extra }) as ParticipantInput;

describe('PU contributions (brief §2, §13.1 ex. 8, §13.2 A)', () => {
  it('example 8: wage 5,000,000, class I, 2026-03 → employer 312,000, employee 150,000, JKP 18,000 not billed', () => {
    const r = monthlyContribution(pu(5_000_000), '2026-03');
    // JKK 0.24 % × 5,000,000 = 12,000; JKM 0.30 % = 15,000; JHT 3.7 % = 185,000 / 2 % = 100,000;
    // JP 2 % = 100,000 / 1 % = 50,000 (below the cap 11,086,300).
    expect(r.lines.map((l) => [l.program, l.payer, l.amount, l.billed])).toEqual([
      ['JKK', 'employer', 12_000, true],
      ['JKM', 'employer', 15_000, true],
      ['JHT', 'employer', 185_000, true],
      ['JHT', 'employee', 100_000, true],
      ['JP', 'employer', 100_000, true],
      ['JP', 'employee', 50_000, true],
      ['JKP', 'government', 11_000, false], // 0.22 % × 5,000,000
      ['JKP', 'employer', 7_000, false], // 0.14 % × 5,000,000 recomposed from JKK
    ]);
    expect(r.totals).toEqual({ employer: 312_000, employee: 150_000, participant: 0, billed: 462_000, government: 11_000 });
    expect(r.dueDate).toBe('2026-04-15');
    expect(line(r, 'JKK')).toMatchObject({ base: '5000000', rate: '0.24', exact: '12000' });
    expect(line(r, 'JKK')!.citations[0]).toMatchObject({ instrument: 'PP', number: '44', year: 2015 });
  });

  it('A1: basic 5,000,000 + fixed allowance 500,000 (the variable allowance is not an input) in 2026-10', () => {
    const r = monthlyContribution(pu({ basic: 5_000_000, fixedAllowances: [500_000] }), '2026-10');
    // wage 5,500,000: JKK 13,200; JKM 16,500; JHT 203,500 / 110,000; JP 110,000 / 55,000
    expect([amount(r, 'JKK'), amount(r, 'JKM'), amount(r, 'JHT', 'employer'), amount(r, 'JHT', 'employee'), amount(r, 'JP', 'employer'), amount(r, 'JP', 'employee')]).toEqual([
      13_200, 16_500, 203_500, 110_000, 110_000, 55_000,
    ]);
    expect(r.wage?.monthly).toBe('5500000');
    expect(r.wage?.derivation.en).toBe('Monthly wage = basic wage + fixed allowances = Rp5.000.000 + Rp500.000 = Rp5.500.000');
  });

  it('A2, A3, A4: JP on the capped wage on each side of 1 March', () => {
    // A2: 2026-03, cap 11,086,300 → 2 % = 221,726; 1 % = 110,863; JHT and JKK/JKM uncapped
    const a2 = monthlyContribution(pu(15_000_000), '2026-03');
    expect([amount(a2, 'JP', 'employer'), amount(a2, 'JP', 'employee'), amount(a2, 'JHT', 'employer'), amount(a2, 'JHT', 'employee'), amount(a2, 'JKK'), amount(a2, 'JKM')]).toEqual([
      221_726, 110_863, 555_000, 300_000, 36_000, 45_000,
    ]);
    expect(line(a2, 'JP', 'employer')!.base).toBe('11086300');
    // A3: 2026-02, cap 10,547,400 → 210,948 / 105,474
    const a3 = monthlyContribution(pu(15_000_000), '2026-02');
    expect([amount(a3, 'JP', 'employer'), amount(a3, 'JP', 'employee')]).toEqual([210_948, 105_474]);
    // A4: 2024-03 to 2025-02, cap 10,042,300 → 200,846 / 100,423
    for (const month of ['2024-03', '2025-02']) {
      const a4 = monthlyContribution(pu(20_000_000), month);
      expect([amount(a4, 'JP', 'employer'), amount(a4, 'JP', 'employee')]).toEqual([200_846, 100_423]);
    }
  });

  it('JP below, at and above the cap on both sides of each 1 March, 2023-2026', () => {
    // [month, cap] — the cap in force; wage cap−100 / cap / cap+1 → JP base min(wage, cap)
    const cases: [string, number][] = [
      ['2023-02', 9_077_600], ['2023-03', 9_559_600], ['2024-02', 9_559_600], ['2024-03', 10_042_300],
      ['2025-02', 10_042_300], ['2025-03', 10_547_400], ['2026-02', 10_547_400], ['2026-03', 11_086_300],
    ];
    const expected: Record<number, [number, number, number, number]> = {
      // cap: [2 % × (cap−100), 1 % × (cap−100), 2 % × cap, 1 % × cap]
      9_077_600: [181_550, 90_775, 181_552, 90_776],
      9_559_600: [191_190, 95_595, 191_192, 95_596],
      10_042_300: [200_844, 100_422, 200_846, 100_423],
      10_547_400: [210_946, 105_473, 210_948, 105_474],
      11_086_300: [221_724, 110_862, 221_726, 110_863],
    };
    for (const [month, cap] of cases) {
      const [belowEr, belowEe, atEr, atEe] = expected[cap]!;
      const below = monthlyContribution(pu(cap - 100), month);
      const at = monthlyContribution(pu(cap), month);
      const above = monthlyContribution(pu(cap + 1), month);
      expect([amount(below, 'JP', 'employer'), amount(below, 'JP', 'employee')], `${month} below`).toEqual([belowEr, belowEe]);
      expect([amount(at, 'JP', 'employer'), amount(at, 'JP', 'employee')], `${month} at`).toEqual([atEr, atEe]);
      expect([amount(above, 'JP', 'employer'), amount(above, 'JP', 'employee')], `${month} above`).toEqual([atEr, atEe]);
      expect(line(above, 'JP', 'employer')!.base).toBe(String(cap));
    }
    // A8: 11,086,299 / 11,086,300 / 11,086,301 in 2026-03 → JP base 11,086,299 / 11,086,300 / 11,086,300
    expect([11_086_299, 11_086_300, 11_086_301].map((w) => line(monthlyContribution(pu(w), '2026-03'), 'JP', 'employer')!.base)).toEqual(['11086299', '11086300', '11086300']);
  });

  it('JKK by risk class 1-5 at several wages (PP 44/2015 Art. 16(1))', () => {
    const classes = [1, 2, 3, 4, 5] as const;
    const table: [number, number[]][] = [
      [3_000_000, [7_200, 16_200, 26_700, 38_100, 52_200]], // 0.24/0.54/0.89/1.27/1.74 % × 3,000,000
      [5_000_000, [12_000, 27_000, 44_500, 63_500, 87_000]], // A9: class V 87,000
      // 12,345,678 × 0.0024 = 29,629.6272 → 29,630; × 0.0054 = 66,666.6612 → 66,667; × 0.0089 = 109,876.5342 → 109,877;
      // × 0.0127 = 156,790.1106 → 156,790; × 0.0174 = 214,814.7972 → 214,815
      [12_345_678, [29_630, 66_667, 109_877, 156_790, 214_815]],
    ];
    for (const [wage, expected] of table) {
      expect(classes.map((c) => amount(monthlyContribution({ segment: 'PU', wage, riskClass: c, employerScale: 'micro' }, '2026-06'), 'JKK'))).toEqual(expected);
    }
    // A10: class II at 5,000,000 → totals 327,000 / 150,000 / 477,000
    const a10 = monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 2, employerScale: 'medium' }, '2026-06');
    expect([a10.totals.employer, a10.totals.employee, a10.totals.billed]).toEqual([327_000, 150_000, 477_000]);
  });

  it('A5, A6: JKK, JKM and JHT are never capped', () => {
    const a5 = monthlyContribution(pu(4_900_000), '2025-06');
    expect([amount(a5, 'JKK'), amount(a5, 'JKM'), amount(a5, 'JHT', 'employer'), amount(a5, 'JHT', 'employee'), amount(a5, 'JP', 'employer'), amount(a5, 'JP', 'employee')]).toEqual([
      11_760, 14_700, 181_300, 98_000, 98_000, 49_000,
    ]);
    const a6 = monthlyContribution(pu(50_000_000), '2025-06');
    expect([amount(a6, 'JKK'), amount(a6, 'JKM'), amount(a6, 'JHT', 'employer'), amount(a6, 'JHT', 'employee')]).toEqual([120_000, 150_000, 1_850_000, 1_000_000]);
  });

  it('rounds each line half-up once (brief §13.2 C)', () => {
    // JKM 0.3 % × 1,000,500 = 3,001.5 → 3,002; × 1,000,450 = 3,001.35 → 3,001; JP 1 % × 1,000,050 = 10,000.5 → 10,001
    expect(line(monthlyContribution(pu(1_000_500), '2026-06'), 'JKM')).toMatchObject({ exact: '3001.5', amount: 3_002 });
    expect(line(monthlyContribution(pu(1_000_450), '2026-06'), 'JKM')).toMatchObject({ exact: '3001.35', amount: 3_001 });
    expect(line(monthlyContribution(pu(1_000_050), '2026-06'), 'JP', 'employee')).toMatchObject({ exact: '10000.5', amount: 10_001 });
    // wage with sen 5,000,000.50: JHT 185,000.0185 → 185,000 and 100,000.01 → 100,000
    const sen = monthlyContribution(pu('5000000.50'), '2026-06');
    expect([line(sen, 'JHT', 'employer')!.exact, amount(sen, 'JHT', 'employer'), amount(sen, 'JHT', 'employee')]).toEqual(['185000.0185', 185_000, 100_000]);
    // the rounding is a named choice: `down` gives 3,001
    expect(amount(monthlyContribution(pu(1_000_500), '2026-06', { rounding: { mode: 'down', step: 1 } }), 'JKM')).toBe(3_001);
    expect(monthlyContribution(pu(1_000_500), '2026-06').rounding).toEqual({ mode: 'half_up', step: 1 });
  });

  it('derives programmes from employer scale (Perpres 109/2013 Art. 6) or takes them as given', () => {
    const programs = (scale: string) => [...new Set(monthlyContribution(pu(5_000_000, { employerScale: scale }), '2026-06').lines.filter((l) => l.billed).map((l) => l.program))];
    expect(programs('micro')).toEqual(['JKK', 'JKM']);
    expect(programs('small')).toEqual(['JKK', 'JKM', 'JHT']);
    expect(programs('medium')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(programs('large')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    const given = monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, programs: ['JKK', 'JKM', 'JP'] }, '2026-06');
    expect(given.totals.billed).toBe(12_000 + 15_000 + 100_000 + 50_000);
    expectError(() => monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1 }, '2026-06'), 'missing_fact', ['participant', 'employerScale']);
  });

  it('daily-paid and piece-rate wages (letter B/11003/112020)', () => {
    // 150,000 × 25 days = 3,750,000 → JKK 0.24 % = 9,000
    const daily = monthlyContribution(pu({ daily: 150_000 }), '2026-06');
    expect([daily.wage?.monthly, amount(daily, 'JKK')]).toEqual(['3750000', 9_000]);
    // average of 3 months (3,000,000 + 3,100,000 + 3,200,001) / 3 = 3,100,000.33 → 3,100,000
    const piece = monthlyContribution(pu({ pieceRate: [3_000_000, 3_100_000, 3_200_001] }), '2026-06');
    expect(piece.wage?.monthly).toBe('3100000');
    expectError(() => monthlyContribution(pu({ pieceRate: [1, 2] }), '2026-06'), 'invalid_input', ['participant', 'wage', 'pieceRate']);
    expect(monthlyContribution(pu({ pieceRate: Array(12).fill(2_400_000), weatherDependent: true }), '2026-06').wage?.monthly).toBe('2400000');
  });
});

describe('JKP before and after PP 6/2025', () => {
  it('0.46 % (0.22 + 0.14 + 0.10) up to iuran month 2025-01, 0.36 % from 2025-02, on the wage capped at 5,000,000', () => {
    const jkp = (month: string) => monthlyContribution(pu(7_000_000), month).lines.filter((l) => l.program === 'JKP').map((l) => [l.payer, l.rate, l.base, l.amount]);
    expect(jkp('2025-01')).toEqual([
      ['government', '0.22', '5000000', 11_000],
      ['employer', '0.14', '5000000', 7_000],
      ['employer', '0.1', '5000000', 5_000],
    ]);
    expect(jkp('2025-02')).toEqual([
      ['government', '0.22', '5000000', 11_000],
      ['employer', '0.14', '5000000', 7_000],
    ]);
    expect(jkp('2021-01')).toEqual([]); // before PP 37/2021
    expect(jkp('2021-02')).toHaveLength(3);
    expect(monthlyContribution(pu(7_000_000, { jkp: false }), '2026-01').lines.some((l) => l.program === 'JKP')).toBe(false);
    // JKP never changes what the employer is billed.
    expect(monthlyContribution(pu(7_000_000), '2025-01').totals.employer).toBe(monthlyContribution(pu(7_000_000, { jkp: false }), '2025-01').totals.employer);
  });
});

describe('BPU contributions (brief §3, §13.1 ex. 1, 2, 6, 7)', () => {
  it('the minimum: 16,800 (JKK + JKM) and 36,800 with JHT', () => {
    const r = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05');
    expect(r.lines.map((l) => [l.program, l.base, l.rate, l.amount])).toEqual([
      ['JKK', '1000000', '1', 10_000],
      ['JKM', null, null, 6_800],
    ]);
    expect(r.totals).toEqual({ employer: 0, employee: 0, participant: 16_800, billed: 16_800, government: 0 });
    expect(r.bracket).toEqual({ row: 1, from: 0, upTo: 1_100_000, base: 1_000_000, confidence: 'H' });
    expect(r.dueDate).toBe('2026-05-15'); // the 15th of the iuran month itself
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'self', sector: 'other' }, '2026-03').totals.billed).toBe(36_800);
    expect(monthlyContribution({ segment: 'BPU', income: 500_000, fundedBy: 'apbd' }, '2026-05').totals.billed).toBe(16_800);
  });
  it('the top bracket: 213,800, or 627,800 with JHT', () => {
    // base 20,700,000: JKK 207,000 + JKM 6,800; JHT 2 % = 414,000
    expect(monthlyContribution({ segment: 'BPU', income: 20_700_000, fundedBy: 'apbd' }, '2026-05').totals.billed).toBe(213_800);
    expect(monthlyContribution({ segment: 'BPU', income: 20_200_000, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' }, '2026-05').totals.billed).toBe(627_800);
    expect(monthlyContribution({ segment: 'BPU', income: 20_199_999, fundedBy: 'apbd' }, '2026-05').bracket?.base).toBe(19_700_000);
  });
  it('warns when an income looks daily', () => {
    expect(monthlyContribution({ segment: 'BPU', income: 150_000, fundedBy: 'apbd' }, '2026-05').notes.some((n) => /daily/.test(n.text.en))).toBe(true);
  });
  it('a BPU employer must pay JHT', () => {
    expectError(() => monthlyContribution({ segment: 'BPU', income: 2_000_000, isEmployer: true }, '2026-05'), 'invalid_input', ['participant', 'programs']);
  });
});

describe('relief measures at their first and last month and one month outside', () => {
  it('PP 49/2020: JKK and JKM at 1 % for 2020-08 to 2021-01 (PU and BPU), due the 30th of the next month', () => {
    const r = (month: string) => monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'micro' }, month);
    // normal: JKK 12,000, JKM 15,000; relief: 0.0024 % × 5,000,000 = 120, 0.003 % = 150
    expect([amount(r('2020-07'), 'JKK'), amount(r('2020-07'), 'JKM')]).toEqual([12_000, 15_000]);
    expect([amount(r('2020-08'), 'JKK'), amount(r('2020-08'), 'JKM')]).toEqual([120, 150]);
    expect([amount(r('2021-01'), 'JKK'), amount(r('2021-01'), 'JKM')]).toEqual([120, 150]);
    expect([amount(r('2021-02'), 'JKK'), amount(r('2021-02'), 'JKM')]).toEqual([12_000, 15_000]);
    expect(line(r('2020-08'), 'JKK')!.relief).toMatchObject({ measure: 'relief.pp49_2020', payable: '1', normalAmount: 12_000 });
    expect([r('2020-07').dueDate, r('2020-08').dueDate, r('2021-01').dueDate, r('2021-02').dueDate]).toEqual(['2020-08-15', '2020-09-30', '2021-02-28', '2021-03-15']);
    // BPU: JKK 1 % × 10,000 = 100, JKM 1 % × 6,800 = 68
    const bpu = monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2020-08');
    expect([amount(bpu, 'JKK'), amount(bpu, 'JKM'), bpu.dueDate]).toEqual([100, 68, '2020-09-30']);
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2021-02').totals.billed).toBe(16_800);
  });
  it('PP 49/2020: the JP deferral only for employers granted it; the deferred part is shown', () => {
    const granted = monthlyContribution(pu(5_000_000, { pp49JpDeferral: true }), '2020-10');
    // 1 % of JP: 2 % × 5,000,000 × 1 % = 1,000 payable, 99,000 deferred; 1 % × 1 % = 500, 49,500 deferred
    expect(line(granted, 'JP', 'employer')).toMatchObject({ amount: 1_000, relief: { normalAmount: 100_000, deferred: 99_000 } });
    expect(line(granted, 'JP', 'employee')).toMatchObject({ amount: 500, relief: { deferred: 49_500 } });
    expect(amount(monthlyContribution(pu(5_000_000), '2020-10'), 'JP', 'employer')).toBe(100_000);
  });
  it('PP 7/2025 + PP 36/2025: labour-intensive JKK halved for 2025-02 to 2026-01 when the facts qualify', () => {
    const facts = { industry: 'textile_apparel', activeWorkers: 50, jkkPaidUpToRequiredMonth: true } as const;
    const r = (month: string, f: object | null = facts) => monthlyContribution({ segment: 'PU', wage: 10_000_000, riskClass: 3, employerScale: 'large', ...(f === null ? {} : { laborIntensive: f }) } as ParticipantInput, month);
    // class III: normal 0.89 % × 10,000,000 = 89,000; relief 0.445 % = 44,500
    expect([amount(r('2025-01'), 'JKK'), amount(r('2025-02'), 'JKK'), amount(r('2026-01'), 'JKK'), amount(r('2026-02'), 'JKK')]).toEqual([89_000, 44_500, 44_500, 89_000]);
    expect(line(r('2025-08'), 'JKK')!.relief?.citations[0]).toMatchObject({ number: '36', year: 2025 });
    expect(amount(r('2025-05', { ...facts, activeWorkers: 49 }), 'JKK')).toBe(89_000);
    expect(amount(r('2025-05', { ...facts, industry: 'other' }), 'JKK')).toBe(89_000);
    expect(amount(r('2025-05', { ...facts, jkkPaidUpToRequiredMonth: false }), 'JKK')).toBe(89_000);
    expect(r('2025-05', null).notes.some((n) => /not applied: no labour-intensive facts/.test(n.text.en))).toBe(true);
  });
  it('PP 50/2025: BPU JKK and JKM halved — transport 2026-01 to 2027-03, others 2026-04 to 2026-12', () => {
    const bpu = (sector: 'transport' | 'other', month: string, extra: object = {}) => monthlyContribution({ segment: 'BPU', income: 1_000_000, sector, fundedBy: 'self', ...extra } as ParticipantInput, month).totals.billed;
    // 50 % × 10,000 + 50 % × 6,800 = 5,000 + 3,400 = 8,400
    expect(['2025-12', '2026-01', '2027-03', '2027-04'].map((m) => bpu('transport', m))).toEqual([16_800, 8_400, 8_400, 16_800]);
    expect(['2026-03', '2026-04', '2026-12', '2027-01'].map((m) => bpu('other', m))).toEqual([16_800, 8_400, 8_400, 16_800]);
    // example 6: with JHT (not discounted) in 2026-05: 5,000 + 3,400 + 20,000 = 28,400
    expect(bpu('other', '2026-05', { programs: ['JKK', 'JKM', 'JHT'] })).toBe(28_400);
  });
  it('PP 50/2025 excludes participants paid through APBN or APBD (the NTT case)', () => {
    const apbd = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd', sector: 'transport' }, '2026-05');
    expect(apbd.totals.billed).toBe(16_800);
    expect(apbd.notes.some((n) => /does not apply: JKK and JKM are paid through APBD/.test(n.text.en))).toBe(true);
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbn' }, '2026-02').totals.billed).toBe(16_800);
    // village funds are not APBN/APBD (documented reading): the discount applies
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbdes', sector: 'other' }, '2026-05').totals.billed).toBe(8_400);
  });
  it('PP 50/2025 asks for the sector only where it decides the outcome', () => {
    expectError(() => monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-02'), 'missing_fact', ['participant', 'sector']);
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'self' }, '2026-05').totals.billed).toBe(8_400); // every sector covered
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2025-05').totals.billed).toBe(16_800); // no measure
  });
});

describe('regression #13.2: a missing fundedBy silently halved a BPU bill', () => {
  it('regression #13.2: asks for fundedBy where PP 50/2025 would discount, instead of assuming self-paid', () => {
    // Before the fix, 2026-05 without fundedBy billed 8,400 (the self-paid discount) where the APBD bill is 16,800.
    const error = thrown(() => monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-05'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'missing_fact', path: ['participant', 'fundedBy'], fact: 'fundedBy' });
    expect(error.message).toMatch(/2026-05.*PP 50\/2025.*50 %.*APBN or APBD.*give fundedBy/);
    // With the fact the two bills differ by half: 50 % × 10,000 + 50 % × 6,800 = 8,400 against 10,000 + 6,800 = 16,800.
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'self' }, '2026-05').totals.billed).toBe(8_400);
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05').totals.billed).toBe(16_800);
    // A transport participant in the transport-only windows, at either end.
    for (const month of ['2026-01', '2027-03']) expectError(() => monthlyContribution({ segment: 'BPU', income: 1_000_000, sector: 'transport' }, month), 'missing_fact', ['participant', 'fundedBy']);
  });

  it('regression #13.2: fundedBy stays optional wherever it cannot change the amount', () => {
    const bill = (month: string, extra: object = {}) => monthlyContribution({ segment: 'BPU', income: 1_000_000, ...extra } as ParticipantInput, month).totals.billed;
    // No PP 50/2025 value in force (before 2026-01, after 2027-03): 10,000 + 6,800 = 16,800 whoever pays.
    expect([bill('2025-12'), bill('2027-04'), bill('2030-01')]).toEqual([16_800, 16_800, 16_800]);
    // Transport-only months and a non-transport participant: no discount for anyone, so no question.
    expect([bill('2026-02', { sector: 'other' }), bill('2027-01', { sector: 'other' })]).toEqual([16_800, 16_800]);
    // PP 49/2020 (2020-08 to 2021-01) does not depend on the funder: JKK 1 % × 10,000 = 100; JKM 1 % × 6,800 = 68.
    expect(bill('2020-10')).toBe(168);
    // Where the sector is unknown too, the sector is asked first (its answer may make the funder irrelevant).
    expectError(() => monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-02'), 'missing_fact', ['participant', 'sector']);
  });

  it('regression #13.2: an overlay whose exclusion list makes the funder irrelevant asks nothing', () => {
    const relief = (excludedFunding: readonly FundingSource[]) =>
      withOverlay(baselineLaw, {
        name: `pp50 excluding ${excludedFunding.join(' ') || 'nobody'}`,
        values: { 'relief.pp50_2025': [{ from: '2026-04', to: '2026-12', value: { payable: '50', sectors: ['transport', 'other'], excludedFunding }, status: 'projected', citations: study }] },
      });
    // Nobody excluded: everyone gets 50 % × 10,000 + 50 % × 6,800 = 8,400.
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-05', { law: relief([]) }).totals.billed).toBe(8_400);
    // Every source excluded: nobody gets it, 16,800.
    const everyone = ['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor'] as const;
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-05', { law: relief(everyone) }).totals.billed).toBe(16_800);
    // One source excluded: the funder decides again.
    expectError(() => monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2026-05', { law: relief(['donor']) }), 'missing_fact', ['participant', 'fundedBy']);
    expect(monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05', { law: relief(['donor']) }).totals.billed).toBe(8_400);
  });

  it('regression #13.2: schedules, batches and streams ask for fundedBy in the same months', () => {
    expectError(() => contributionSchedule({ segment: 'BPU', income: 1_000_000, sector: 'transport' }, { from: '2025-11', to: '2026-02' }), 'missing_fact', ['participant', 'fundedBy']);
    // A schedule that ends before the window needs no funder: 2 × 16,800.
    expect(contributionSchedule({ segment: 'BPU', income: 1_000_000 }, { from: '2025-11', to: '2025-12' }).totals.billed).toBe(33_600);
    expectError(() => contributionBatch({ segment: 'BPU', income: [1_000_000, 2_000_000] }, '2026-05'), 'missing_fact', ['roster', 'fundedBy']);
    expect(contributionBatch({ segment: 'BPU', income: [1_000_000], fundedBy: 'apbd' }, '2026-05').billed).toBe(16_800);
    expect(contributionBatch({ segment: 'BPU', income: [1_000_000] }, '2025-05').billed).toBe(16_800);
    expectError(() => [...streamContributionBatches({ segment: 'BPU', members: [{ income: 1_000_000 }] }, { from: '2026-04', to: '2026-05' })], 'missing_fact', ['roster', 'fundedBy']);
  });
});

describe('explanations and law used', () => {
  it('spell out the arithmetic in both languages with the legal basis', () => {
    const r = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05');
    const texts = r.explanation.map((s) => s.text.en);
    expect(texts).toContain('Bracket row 1 (Rp0 ≤ income < Rp1.100.000): base Rp1.000.000');
    expect(texts).toContain('JKK participant: 1 % × Rp1.000.000 = Rp10.000');
    expect(r.explanation.map((s) => s.text.id)).toContain('JKK peserta: 1 % × Rp1.000.000 = Rp10.000');
    expect(r.explanation.find((s) => s.text.en.startsWith('JKK'))?.citations.map(formatCitation)).toEqual(['PP 44/2015 Lampiran II']);
    // Every step carries its citations: the bracket table, the lines, the due date and the PP 50/2025 note.
    expect(r.explanation.map((s) => s.citations.map(formatCitation))).toEqual([['PP 44/2015 Lampiran II'], ['PP 44/2015 Lampiran II'], ['PP 44/2015 Lampiran II'], ['Perdir 22/PERDIR.02/072022'], ['PP 50/2025 Art. 3-4']]);
    expect(r.lawUsed.map((l) => l.parameter)).toEqual(['bpu.incomeBrackets', 'relief.pp50_2025', 'bpu.jkkRate', 'bpu.jkmAmount', 'bpu.dueDate']);
    const json = JSON.parse(JSON.stringify(r));
    expect(json.explanation).toHaveLength(r.explanation.length);
    expect(json.totals.billed).toBe(16_800);
  });
  it('mark a projected value and fail without one beyond the last JP letter', () => {
    expectError(() => monthlyContribution(pu(12_000_000), '2027-03'), 'parameter_not_in_force', ['month']);
    const r = monthlyContribution(pu(12_000_000), '2027-03', { projection: { method: 'carry_forward' } });
    expect(r.projected).toBe(true);
    expect(amount(r, 'JP', 'employer')).toBe(221_726);
    expect(r.lawUsed.find((l) => l.parameter === 'jp.wageCap')?.status).toBe('projected');
    // a micro employer has no JP, so no JP cap is needed
    expect(monthlyContribution(pu(12_000_000, { employerScale: 'micro' }), '2027-03').projected).toBe(false);
  });
});

describe('bad input gets a typed error at the door', () => {
  it.each([
    ['negative wage', pu(-1), '2026-01', ['participant', 'wage']],
    ['zero wage', pu(0), '2026-01', ['participant', 'wage']],
    ['non-numeric wage', pu('lima juta'), '2026-01', ['participant', 'wage']],
    ['NaN wage', pu(NaN), '2026-01', ['participant', 'wage']],
    ['unknown risk class', { segment: 'PU', wage: 5_000_000, riskClass: 6, employerScale: 'large' }, '2026-01', ['participant', 'riskClass']],
    ['risk class as a rate', { segment: 'PU', wage: 5_000_000, riskClass: 0.54, employerScale: 'large' }, '2026-01', ['participant', 'riskClass']],
    ['unknown segment', { segment: 'PNS', wage: 5_000_000 }, '2026-01', ['participant', 'segment']],
    ['programs without JKM', { segment: 'PU', wage: 5_000_000, riskClass: 1, programs: ['JKK', 'JHT'] }, '2026-01', ['participant', 'programs']],
    ['unknown field', { segment: 'BPU', income: 1_000_000, incomee: 2 }, '2026-01', ['participant']],
    ['month 13', pu(5_000_000), '2026-13', ['month']],
    ['month as a date', pu(5_000_000), '2026-01-01', ['month']],
  ] as const)('%s', (_, participant, month, path) => {
    expectError(() => monthlyContribution(participant as never, month), 'invalid_input', path as never);
  });
  it('before the BPJS programmes (2015-07) a lookup fails', () => {
    expectError(() => monthlyContribution(pu(5_000_000), '2015-06'), 'parameter_not_in_force');
  });
  it('bad options', () => {
    expectError(() => monthlyContribution(pu(5_000_000), '2026-01', { rounding: { mode: 'banker', step: 1 } } as never), 'invalid_input', ['options', 'rounding', 'mode']);
    expectError(() => monthlyContribution(pu(5_000_000), '2026-01', { law: {} } as never), 'invalid_input', ['options', 'law']);
  });
});

describe('properties', () => {
  const month = fc.constantFrom('2016-05', '2020-09', '2023-02', '2025-01', '2025-02', '2025-06', '2026-02', '2026-03', '2026-11');
  const wage = fc.integer({ min: 1, max: 2_000_000_000_000 }); // sen
  const riskClass = fc.constantFrom(1, 2, 3, 4, 5);
  const senText = (sen: number) => `${Math.trunc(sen / 100)}.${String(sen % 100).padStart(2, '0')}`;

  it('no line and no total falls when the wage rises', () => {
    fc.assert(
      fc.property(wage, wage, riskClass, month, (a, b, c, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const r1 = monthlyContribution({ segment: 'PU', wage: senText(lo), riskClass: c as 1, employerScale: 'large' }, m);
        const r2 = monthlyContribution({ segment: 'PU', wage: senText(hi), riskClass: c as 1, employerScale: 'large' }, m);
        r1.lines.forEach((l, i) => expect(r2.lines[i]!.amount).toBeGreaterThanOrEqual(l.amount));
        expect(r2.totals.billed).toBeGreaterThanOrEqual(r1.totals.billed);
      }),
      { numRuns: 200 },
    );
  });
  it('the JP base never exceeds the cap and the JKP base never exceeds Rp5,000,000', () => {
    fc.assert(
      fc.property(wage, month, (w, m) => {
        const r = monthlyContribution({ segment: 'PU', wage: senText(w), riskClass: 1, employerScale: 'large' }, m);
        const capLaw = r.lawUsed.find((l) => l.parameter === 'jp.wageCap')!;
        const cap = Number(capLaw.value.replace(/\D/g, ''));
        for (const l of r.lines) {
          if (l.program === 'JP') expect(Number(l.base)).toBeLessThanOrEqual(cap);
          if (l.program === 'JKP') expect(Number(l.base)).toBeLessThanOrEqual(5_000_000);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('totals equal the sums of the rounded lines (PU and BPU)', () => {
    fc.assert(
      fc.property(wage, month, fc.constantFrom<'self' | 'apbd'>('self', 'apbd'), fc.boolean(), (w, m, funder, jht) => {
        const results = [
          monthlyContribution({ segment: 'PU', wage: senText(w), riskClass: 3, employerScale: 'large' }, m),
          monthlyContribution({ segment: 'BPU', income: senText(w), fundedBy: funder, sector: 'transport', programs: jht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'] }, m),
        ];
        for (const r of results) {
          const sum = (f: (l: ContributionLine) => boolean) => r.lines.filter(f).reduce((s, l) => s + l.amount, 0);
          expect(r.totals.billed).toBe(sum((l) => l.billed));
          expect(r.totals.employer).toBe(sum((l) => l.billed && l.payer === 'employer'));
          expect(r.totals.employee).toBe(sum((l) => l.billed && l.payer === 'employee'));
          expect(r.totals.participant).toBe(sum((l) => l.payer === 'participant'));
          expect(r.totals.government).toBe(sum((l) => l.payer === 'government'));
          for (const l of r.lines) expect(Number.isSafeInteger(l.amount) && l.amount >= 0).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
  it('BPU contributions never fall when the income rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000_000 }), fc.integer({ min: 0, max: 3_000_000_000 }), month, (a, b, m) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const f = (sen: number) => monthlyContribution({ segment: 'BPU', income: senText(sen), programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' }, m).totals.billed;
        expect(f(hi)).toBeGreaterThanOrEqual(f(lo));
      }),
      { numRuns: 200 },
    );
  });
});

// The engine (src/contributions/compute.ts) in detail: explanation steps, serialised lines and
// the law list, exact to the character (mutation testing, docs/quality.md).
describe('engine details: explanations, serialised lines, law used', () => {
  it('PP 49/2020 with the JP deferral: every step shows the exact product, the rounding and the relief', () => {
    const r = monthlyContribution(pu(5_000_001, { pp49JpDeferral: true }), '2020-10');
    // JKK 0.24 % × 1 % = 0.0024 % × 5,000,001 = 120.000024 → 120 (normal 12,000.0024 → 12,000);
    // JKM 0.3 % × 1 % = 0.003 % → 150.00003 → 150; JHT 3.7 % → 185,000.037 → 185,000; 2 % → 100,000.02 → 100,000;
    // JP 2 % × 1 % = 0.02 % → 1,000.0002 → 1,000, deferred 100,000 − 1,000 = 99,000; 1 % × 1 % → 500, deferred 49,500.
    // Billed: employer 120 + 150 + 185,000 + 1,000 = 186,270; employee 100,000 + 500 = 100,500; due the 30th of the next month.
    expect(r.explanation.map((s) => s.text.en)).toEqual([
      'Monthly wage = basic wage Rp5.000.001',
      'JKK employer: 0.0024 % × Rp5.000.001 = Rp120,000024 → Rp120 (half_up); relief.pp49_2020: 1 % (normal Rp12.000)',
      'JKM employer: 0.003 % × Rp5.000.001 = Rp150,00003 → Rp150 (half_up); relief.pp49_2020: 1 % (normal Rp15.000)',
      'JHT employer: 3.7 % × Rp5.000.001 = Rp185.000,037 → Rp185.000 (half_up)',
      'JHT employee: 2 % × Rp5.000.001 = Rp100.000,02 → Rp100.000 (half_up)',
      'JP employer: 0.02 % × Rp5.000.001 = Rp1.000,0002 → Rp1.000 (half_up); relief.pp49_2020: 1 % (normal Rp100.000, deferred Rp99.000)',
      'JP employee: 0.01 % × Rp5.000.001 = Rp500,0001 → Rp500 (half_up); relief.pp49_2020: 1 % (normal Rp50.000, deferred Rp49.500)',
      'Billed total Rp286.770 = employer Rp186.270 + employee Rp100.500 + participant Rp0; government (JKP) Rp0; due 2020-11-30',
      'Programmes for employer scale large: JKK, JKM, JHT, JP (Perpres 109/2013 Art. 6(3))',
    ]);
    // A relieved line cites its rate and the relief measure; the totals cite the due date; a note cites its rule.
    const pp49 = 'PP 49/2020 Art. 9 (JKM), Art. 12 (construction), Art. 17 (JP deferral)';
    expect(r.explanation.map((s) => s.citations.map(formatCitation))).toEqual([
      [],
      ['PP 44/2015 Art. 16(1) and Lampiran I', pp49],
      ['PP 44/2015 Art. 18(1)', pp49],
      ['PP 46/2015 Art. 16(1)-(2)'],
      ['PP 46/2015 Art. 16(1)-(2)'],
      ['PP 45/2015 Art. 28(3)', 'PP 45/2015 Art. 29(3)-(4)', pp49],
      ['PP 45/2015 Art. 28(3)', 'PP 45/2015 Art. 29(3)-(4)', pp49],
      ['PP 49/2020 Art. 4(1)'],
      ['Perpres 109/2013 Art. 6(3)'],
    ]);
    expect(r.explanation[1]!.text.id).toBe('JKK pemberi kerja: 0.0024 % × Rp5.000.001 = Rp120,000024 → Rp120 (half_up); relief.pp49_2020: 1 % (normal Rp12.000)');
    expect(r.explanation[4]!.text.id).toBe('JHT pekerja: 2 % × Rp5.000.001 = Rp100.000,02 → Rp100.000 (half_up)');
    expect(r.totals).toEqual({ employer: 186_270, employee: 100_500, participant: 0, billed: 286_770, government: 0 });
    expect(r.lines.map((l) => l.parameters)).toEqual([
      ['pu.jkkRates', 'relief.pp49_2020'],
      ['pu.jkmRate', 'relief.pp49_2020'],
      ['pu.jhtRates'],
      ['pu.jhtRates'],
      ['pu.jpRates', 'jp.wageCap', 'relief.pp49_2020'],
      ['pu.jpRates', 'jp.wageCap', 'relief.pp49_2020'],
    ]);
    expect(r.lawUsed.map((l) => l.parameter)).toEqual(['pu.programsByScale', 'relief.pp49_2020', 'pu.jkkRates', 'pu.jkmRate', 'pu.jhtRates', 'pu.jpRates', 'jp.wageCap', 'pu.dueDate']);
    expect(r.projected).toBe(false);
  });

  it('a line serialises as plain data, with relief and note only where they exist', () => {
    const r = monthlyContribution(pu({ daily: 150_000 }, { employerScale: 'micro' }), '2026-05');
    // 150,000 × 25 days = 3,750,000: JKK 0.24 % = 9,000; JKM 0.3 % = 11,250; JKP government 0.22 % = 8,250, employer 0.14 % = 5,250 (not billed)
    expect(r.explanation.map((s) => s.text.en)).toEqual([
      'Monthly wage of a daily-paid worker = Rp150.000 × 25 days = Rp3.750.000',
      'JKK employer: 0.24 % × Rp3.750.000 = Rp9.000',
      'JKM employer: 0.3 % × Rp3.750.000 = Rp11.250',
      'JKP government: 0.22 % × Rp3.750.000 = Rp8.250 [tidak ditagihkan / not billed]',
      'JKP employer: 0.14 % × Rp3.750.000 = Rp5.250 [tidak ditagihkan / not billed]',
      'Billed total Rp20.250 = employer Rp20.250 + employee Rp0 + participant Rp0; government (JKP) Rp8.250; due 2026-06-15',
      'Programmes for employer scale micro: JKK, JKM (Perpres 109/2013 Art. 6(3))',
    ]);
    expect(r.totals).toEqual({ employer: 20_250, employee: 0, participant: 0, billed: 20_250, government: 8_250 });
    expect(r.lawUsed.map((l) => l.parameter)).toEqual(['pu.wageBaseRules', 'pu.programsByScale', 'pu.jkkRates', 'pu.jkmRate', 'jkp.composition', 'jkp.wageCap', 'pu.dueDate']);
    const json = JSON.parse(JSON.stringify(r.lines));
    expect(Object.keys(json[0])).toEqual(['program', 'payer', 'billed', 'base', 'rate', 'exact', 'amount', 'parameters', 'citations']);
    expect(json[0]).toMatchObject({ program: 'JKK', payer: 'employer', billed: true, base: '3750000', rate: '0.24', exact: '9000', amount: 9_000, parameters: ['pu.jkkRates'] });
    expect(json[2]).toMatchObject({ program: 'JKP', payer: 'government', billed: false, base: '3750000', rate: '0.22', exact: '8250', amount: 8_250, note: { en: 'Paid by the central government; not billed' } });
    expect(json[3].note.en).toBe("Part of the employer's JKK contribution recomposed to JKP; not billed on top");
    expect(json[0].relief).toBeUndefined();
    const whole = JSON.parse(JSON.stringify(r));
    expect(whole.wage).toEqual({ monthly: '3750000', derivation: r.wage!.derivation });
    expect(whole.segment).toBe('PU');
    // the JKM recomposition line (0.10 %) exists only up to 2025-01: 5,000,000 × 0.1 % = 5,000
    const early = monthlyContribution(pu(5_000_000), '2025-01');
    expect(JSON.parse(JSON.stringify(early.lines.at(-1))).note.en).toBe("Part of the employer's JKM contribution recomposed to JKP; not billed on top");
  });

  it('BPU top bracket with the PP 50/2025 discount: open-ended bracket, flat JKM halved', () => {
    const r = monthlyContribution({ segment: 'BPU', income: 25_000_000, fundedBy: 'self', sector: 'other' }, '2026-05');
    // row 33 (from 20,200,000, no upper bound), base 20,700,000: JKK 1 % × 50 % = 0.5 % → 103,500; JKM 6,800 × 50 % = 3,400
    expect(r.explanation.map((s) => s.text.en)).toEqual([
      'Bracket row 33 (Rp20.200.000 ≤ income < ∞): base Rp20.700.000',
      'JKK participant: 0.5 % × Rp20.700.000 = Rp103.500; relief.pp50_2025: 50 % (normal Rp207.000)',
      'JKM participant: Rp3.400; relief.pp50_2025: 50 % (normal Rp6.800)',
      'Billed total Rp106.900 = employer Rp0 + employee Rp0 + participant Rp106.900; government (JKP) Rp0; due 2026-05-15',
      'PP 50/2025 discount applied: JKK and JKM at 50 %',
    ]);
    expect(r.explanation[0]!.text.id).toBe('Baris 33 tabel dasar penghasilan (Rp20.200.000 ≤ penghasilan < ∞): dasar Rp20.700.000');
    expect(r.bracket).toEqual({ row: 33, from: 20_200_000, upTo: null, base: 20_700_000, confidence: expect.any(String) });
    expect(r.lines.map((l) => [l.program, l.exact, l.amount, l.parameters])).toEqual([
      ['JKK', '103500', 103_500, ['bpu.jkkRate', 'bpu.incomeBrackets', 'relief.pp50_2025']],
      ['JKM', '3400', 3_400, ['bpu.jkmAmount', 'relief.pp50_2025']],
    ]);
    expect(r.lines[1]!.relief).toMatchObject({ measure: 'relief.pp50_2025', payable: '50', normalAmount: 6_800 });
    // PP 49/2020 (2020-08): JKM 1 % × 6,800 = 68, exact '68'
    const covid = monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2020-08');
    expect(covid.lines[1]).toMatchObject({ exact: '68', amount: 68, parameters: ['bpu.jkmAmount', 'relief.pp49_2020'], relief: { payable: '1', normalAmount: 6_800 } });
    expect(covid.notes).toEqual([]);
  });
});

describe('options (src/contributions/options.ts)', () => {
  it('fill defaults field by field and keep a copy of the rounding', () => {
    // {} and undefined: half-up to Rp1, errors beyond the last JP letter, the baseline law
    expect(monthlyContribution(pu(1_000_500), '2026-06', {}).rounding).toEqual({ mode: 'half_up', step: 1 });
    expectError(() => monthlyContribution(pu(12_000_000), '2027-03', { rounding: { mode: 'down', step: 1 } }), 'parameter_not_in_force', ['month']);
    const rounding = { mode: 'down', step: 100 } as const;
    const r = monthlyContribution(pu(1_000_500), '2026-06', { rounding, projection: undefined });
    expect(r.rounding).toEqual(rounding);
    expect(Object.isFrozen(r.rounding)).toBe(true);
    // JKM 0.3 % × 1,000,500 = 3,001.5 → down to Rp100: 3,000
    expect(amount(r, 'JKM')).toBe(3_000);
    expect(amount(monthlyContribution(pu(12_000_000), '2027-03', { rounding: { mode: 'half_up', step: 1 }, projection: { method: 'carry_forward' } }), 'JP', 'employer')).toBe(221_726);
    const bad = thrown(() => monthlyContribution(pu(1), '2026-06', { extra: 1 } as never));
    expect([bad.code, bad.path, (bad.issues[0] as { reason?: string }).reason]).toEqual(['invalid_input', ['options'], 'unrecognized_keys']);
    const badMode = thrown(() => monthlyContribution(pu(1), '2026-06', { projection: { method: 'guess' } } as never));
    expect([badMode.path, (badMode.issues[0] as { reason?: string }).reason]).toEqual([['options', 'projection', 'method'], 'invalid_union']);
    // The option of before issue 14 is an unknown key now.
    const old = thrown(() => monthlyContribution(pu(1), '2026-06', { beyondLastValue: 'carryForward' } as never));
    expect([old.path, (old.issues[0] as { reason?: string }).reason]).toEqual([['options'], 'unrecognized_keys']);
  });
});

describe('engine details: wages, notes and limits', () => {
  it('a piece-rate average follows the rounding asked for and says so', () => {
    // (3,000,000 + 3,100,000 + 3,200,001) / 3 = 3,100,000.33 → up: 3,100,001
    const r = monthlyContribution(pu({ pieceRate: [3_000_000, 3_100_000, 3_200_001] }, { employerScale: 'micro' }), '2026-06', { rounding: { mode: 'up', step: 1 } });
    expect(r.wage).toEqual({
      monthly: '3100001',
      derivation: {
        id: 'Upah sebulan borongan = rata-rata 3 bulan terakhir = Rp9.300.001 / 3, dibulatkan (up) = Rp3.100.001',
        en: 'Monthly piece-rate wage = average of the last 3 months = Rp9.300.001 / 3, rounded (up) = Rp3.100.001',
      },
    });
    expect(r.lawUsed.map((l) => l.parameter)).toEqual(['pu.wageBaseRules', 'pu.programsByScale', 'pu.jkkRates', 'pu.jkmRate', 'jkp.composition', 'jkp.wageCap', 'pu.dueDate']);
    // JKK 0.24 % × 3,100,001 = 7,440.0024 → up: 7,441
    expect(amount(r, 'JKK')).toBe(7_441);
  });

  it('the JP cap note appears above the cap only, and a projected cap says so', () => {
    // cap 2026-03 to 2027-02: 11,086,300
    expect(monthlyContribution(pu(11_086_300), '2026-06').notes.map((n) => n.text.en)).toEqual(['Programmes for employer scale large: JKK, JKM, JHT, JP (Perpres 109/2013 Art. 6(3))']);
    expect(monthlyContribution(pu(11_086_301), '2026-06').notes.map((n) => n.text.en)).toEqual([
      'Programmes for employer scale large: JKK, JKM, JHT, JP (Perpres 109/2013 Art. 6(3))',
      'JP wage capped at Rp11.086.300 (cap for 2026-03 to 2027-02)',
    ]);
    const projected = monthlyContribution(pu(5_000_000), '2027-03', { projection: { method: 'carry_forward' } }).notes.map((n) => n.text.en);
    expect(projected).toHaveLength(2);
    expect(projected[1]).toMatch(/^JP wage cap projected: Carried forward at the caller's request: the law's last value \(2026-03 to 2027-02\)/);
  });

  it('JKP asked for before it existed gets a note, not a line; the note is absent when not asked', () => {
    const asked = monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, programs: ['JKK', 'JKM'], jkp: true }, '2020-10');
    expect(asked.notes.map((n) => n.text.en)).toEqual(['Programmes as given: JKK, JKM', 'JKP is not in force in iuran month 2020-10']);
    expect(asked.lines.map((l) => l.program)).toEqual(['JKK', 'JKM']);
    expect(monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, programs: ['JKK', 'JKM'] }, '2020-10').notes.map((n) => n.text.en)).toEqual(['Programmes as given: JKK, JKM']);
  });

  it('the daily-income warning is for incomes below Rp500,000 only', () => {
    const warns = (income: number | string) => monthlyContribution({ segment: 'BPU', income, fundedBy: 'apbd' }, '2026-05').notes.map((n) => n.text.en);
    expect(warns(500_000)).toEqual(['PP 50/2025 discount does not apply: JKK and JKM are paid through APBD (PP 50/2025 Art. 3-4)']);
    expect(warns('499999.99')).toEqual([
      'PP 50/2025 discount does not apply: JKK and JKM are paid through APBD (PP 50/2025 Art. 3-4)',
      'Income Rp499.999,99 is below Rp500,000 a month: check that it is a monthly, not a daily, income',
    ]);
  });

  it('a monthly or daily wage beyond the exact range is refused with its path', () => {
    // 90,000,000,000,000 + 90,000,000,000,000 rupiah = 1.8e16 sen > 2^53 − 1
    expectError(() => monthlyContribution(pu({ basic: 90_000_000_000_000, fixedAllowances: [90_000_000_000_000] }), '2026-06'), 'amount_out_of_range', ['participant', 'wage']);
    // 90,000,000,000,000 × 25 days, in sen: 2.25e17
    expectError(() => monthlyContribution(pu({ daily: 90_000_000_000_000 }), '2026-06'), 'amount_out_of_range', ['participant', 'wage', 'daily']);
    // just inside: 45,000,000,000,000 + 45,000,000,000,000 = 9e15 sen is safe; JHT employer 3.7 % = 3,330,000,000,000
    expect(amount(monthlyContribution(pu({ basic: 45_000_000_000_000, fixedAllowances: [45_000_000_000_000] }), '2026-06'), 'JHT', 'employer')).toBe(3_330_000_000_000);
  });
});

describe('engine details: notes in both languages', () => {
  it('JP cap notes, the PP 50/2025 sector note, JKP citations and a finite bracket in Indonesian', () => {
    const capped = monthlyContribution(pu(11_086_301), '2027-03', { projection: { method: 'carry_forward' } });
    // The carried-forward cap holds from 2027-03, open-ended.
    expect(capped.notes[1]!.text.id).toBe('Upah JP dibatasi Rp11.086.300 (batas upah 2027-03 s.d. -)');
    expect(capped.notes[2]!.text.id).toMatch(/^Batas upah JP diproyeksikan: Carried forward at the caller's request: the law's last value \(2026-03 to 2027-02\)/);
    expect(capped.notes[2]!.citations.map((c) => c.number)).toEqual(['45', 'B/1226/022026']);
    // 2026-03: PP 50/2025 covers transport only, so an `other` participant pays in full: 10,000 + 6,800
    const other = monthlyContribution({ segment: 'BPU', income: 1_000_000, sector: 'other' }, '2026-03');
    expect(other.notes).toEqual([
      { text: { id: 'Diskon PP 50/2025 belum/tidak berlaku untuk sektor other pada 2026-03', en: 'PP 50/2025 discount does not cover the other sector in 2026-03' }, citations: [expect.objectContaining({ instrument: 'PP', number: '50', year: 2025 })] },
    ]);
    expect(other.totals.billed).toBe(16_800);
    // JKP lines cite the composition (PP 6/2025, PP 37/2021) and the JKP wage cap
    const jkp = monthlyContribution(pu(5_000_000, { employerScale: 'micro' }), '2026-03').explanation.filter((s) => s.text.en.startsWith('JKP')).map((s) => s.citations.map(formatCitation));
    expect(jkp).toEqual(Array(2).fill(['PP 6/2025 Art. I (Art. 11(2), (5))', 'PP 37/2021 Art. 11(7)', 'PP 6/2025 Art. I (Art. 11(7))']));
    const row1 = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05');
    expect(row1.explanation[0]!.text.id).toBe('Baris 1 tabel dasar penghasilan (Rp0 ≤ penghasilan < Rp1.100.000): dasar Rp1.000.000');
  });
  it('the PP 49/2020 JP deferral flag does nothing outside the relief months', () => {
    // 2026-03: JP 2 % × 5,000,000 = 100,000 and 1 % = 50,000, no relief
    const r = monthlyContribution(pu(5_000_000, { pp49JpDeferral: true }), '2026-03');
    expect([line(r, 'JP', 'employer'), line(r, 'JP', 'employee')].map((l) => [l!.amount, l!.relief])).toEqual([[100_000, undefined], [50_000, undefined]]);
  });
});

describe('issue 14: one dialect for contribution results and options', () => {
  it('the two employer JKP lines are told apart by recomposedFrom, not by their text', () => {
    // 2025-01 (before PP 6/2025): JKP 0.46 % of min(5,000,000, cap 5,000,000) = government 0.22 % 11,000
    // + from the employer's JKK 0.14 % 7,000 + from the employer's JKM 0.10 % 5,000
    const jan = monthlyContribution(pu(5_000_000), '2025-01');
    expect(jan.lines.filter((l) => l.program === 'JKP').map((l) => [l.payer, l.recomposedFrom, l.amount, l.billed])).toEqual([
      ['government', undefined, 11_000, false],
      ['employer', 'JKK', 7_000, false],
      ['employer', 'JKM', 5_000, false],
    ]);
    // Only recomposition lines have the field: no other line, and no key in JSON.
    expect(jan.lines.filter((l) => l.recomposedFrom !== undefined).map((l) => l.program)).toEqual(['JKP', 'JKP']);
    const json = JSON.parse(JSON.stringify(jan.lines)) as Record<string, unknown>[];
    expect(json.map((l) => l['recomposedFrom'] ?? null)).toEqual([null, null, null, null, null, null, null, 'JKK', 'JKM']);
    // The batch's kinds of line carry it too.
    const batch = contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1], employerScale: 'large' }, '2025-01');
    expect(batch.lineKinds.map((k) => k.recomposedFrom ?? null)).toEqual([null, null, null, null, null, null, null, 'JKK', 'JKM']);
  });

  it('lawUsed lists the values read; notes and explanation steps carry their citations', () => {
    const r = monthlyContribution(pu(15_000_000), '2026-03');
    expect(r.lawUsed.map((l) => l.parameter)).toEqual(['pu.programsByScale', 'pu.jkkRates', 'pu.jkmRate', 'pu.jhtRates', 'pu.jpRates', 'jp.wageCap', 'jkp.composition', 'jkp.wageCap', 'pu.dueDate']);
    expect('law' in r).toBe(false);
    // The JP cap binds (15,000,000 > 11,086,300): the note cites the cap's own citations.
    expect(r.notes.map((n) => [n.text.en, n.citations.map(formatCitation)])).toEqual([
      ['Programmes for employer scale large: JKK, JKM, JHT, JP (Perpres 109/2013 Art. 6(3))', ['Perpres 109/2013 Art. 6(3)']],
      ['JP wage capped at Rp11.086.300 (cap for 2026-03 to 2027-02)', r.lawUsed.find((l) => l.parameter === 'jp.wageCap')!.citations.map(formatCitation)],
    ]);
    expect(r.explanation.every((s) => Array.isArray(s.citations))).toBe(true);
    expect(r.explanation.some((s) => 'basis' in s)).toBe(false);
  });

  it('projection: indexed grows the JP cap each March; the result is marked projected', () => {
    // 11,086,300 × 1.05 = 11,640,615 → 11,640,600: JP employer 2 % = 232,812, employee 1 % = 116,406
    const r = monthlyContribution(pu(12_000_000), '2027-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } });
    expect([amount(r, 'JP', 'employer'), amount(r, 'JP', 'employee'), r.projected]).toEqual([232_812, 116_406, true]);
    expect(r.lawUsed.find((l) => l.parameter === 'jp.wageCap')).toMatchObject({ value: 'Rp11.640.600', from: '2027-03', to: '2028-02', status: 'projected', source: 'projection' });
    // A month the letters cover is not projected, whatever the option.
    expect(monthlyContribution(pu(12_000_000), '2026-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).projected).toBe(false);
  });

  it('errors are rooted at the argument: participant, period, roster, options', () => {
    expectError(() => monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1 }, '2026-03'), 'missing_fact', ['participant', 'employerScale']);
    expectError(() => contributionSchedule(pu(5_000_000), { from: '2027-01', to: '2027-04' }), 'parameter_not_in_force', ['period']);
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1], employerScale: 'large' }, '2027-03'), 'parameter_not_in_force', ['month']);
    expectError(() => contributionBatch({ segment: 'PU', wage: [5_000_000], riskClass: [1] }, '2026-03'), 'missing_fact', ['roster', 'employerScale']);
    expectError(() => monthlyContribution(pu(5_000_000), '2026-03', { rounding: { mode: 'nearest', step: 1 } } as never), 'invalid_input', ['options', 'rounding', 'mode']);
  });
});
