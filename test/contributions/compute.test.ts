// The contribution engine (src/contributions/compute.ts), through its public entry point
// `monthlyContribution`: serialised results, notes in both languages, relief shares and limits.
import { describe, expect, it } from 'vitest';
import { baselineLaw, monthlyContribution, withOverlay, type ParticipantInput } from '../../src/index';
import { thrown } from '../helpers';

const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;

describe('serialised results', () => {
  it('a monthly wage made of basic wage and allowances serialises with its derivation', () => {
    const r = monthlyContribution({ segment: 'PU', wage: { basic: 5_000_000, fixedAllowances: [250_000, 250_000] }, riskClass: 1, employerScale: 'micro' }, '2026-03');
    // 5,000,000 + 250,000 + 250,000 = 5,500,000
    expect(JSON.parse(JSON.stringify(r)).wage).toEqual({
      monthly: '5500000',
      derivation: {
        id: 'Upah sebulan = upah pokok + tunjangan tetap = Rp5.000.000 + Rp250.000 + Rp250.000 = Rp5.500.000',
        en: 'Monthly wage = basic wage + fixed allowances = Rp5.000.000 + Rp250.000 + Rp250.000 = Rp5.500.000',
      },
    });
  });

  it('a line with relief serialises the relief, in full', () => {
    const facts = { industry: 'furniture', activeWorkers: 50, jkkPaidUpToRequiredMonth: true } as const;
    const r = monthlyContribution({ segment: 'PU', wage: 10_000_000, riskClass: 3, employerScale: 'micro', laborIntensive: facts }, '2025-05');
    // PP 7/2025 class III: 0.445 % × 10,000,000 = 44,500 (normal 0.89 % = 89,000)
    const json = JSON.parse(JSON.stringify(r.lines[0]));
    expect(Object.keys(json)).toEqual(['program', 'payer', 'billed', 'base', 'rate', 'exact', 'amount', 'parameters', 'citations', 'relief']);
    expect(json).toMatchObject({ program: 'JKK', rate: '0.445', exact: '44500', amount: 44_500, parameters: ['pu.jkkRates', 'relief.pp7_2025'] });
    expect(json.relief).toEqual({ measure: 'relief.pp7_2025', payable: '0.445', citations: [expect.objectContaining({ instrument: 'PP', number: '7', year: 2025 })], normalAmount: 89_000 });
    expect(r.notes.map((n) => n.text.en)).toEqual(['Programmes for employer scale micro: JKK, JKM (Perpres 109/2013 Art. 6(3))', 'PP 7/2025 labour-intensive JKK relief applied: rate 0.445 %']);
    expect(r.notes[1]!.citations.map((c) => `${c.instrument} ${c.number}/${c.year}`)).toEqual(['PP 7/2025']);
  });
});

describe('notes', () => {
  it('PP 7/2025 not met: the note names every unmet condition, in both languages', () => {
    const facts = { industry: 'other', activeWorkers: 49, jkkPaidUpToRequiredMonth: false } as const;
    const r = monthlyContribution({ segment: 'PU', wage: 10_000_000, riskClass: 3, employerScale: 'micro', laborIntensive: facts }, '2025-05');
    const industries = 'food_beverage_tobacco, textile_apparel, leather, footwear, childrens_toys, furniture';
    expect(r.notes[1]!.text).toEqual({
      id: `Keringanan JKK PP 7/2025 tidak berlaku: industri other bukan salah satu dari ${industries}; 49 pekerja aktif < 50; iuran JKK belum dibayar sampai 2025-01`,
      en: `PP 7/2025 JKK relief does not apply: industry other is not one of ${industries}; 49 active workers < 50; JKK not paid up to 2025-01`,
    });
    expect(r.notes[1]!.citations).toEqual(baselineLaw.parameter('relief.pp7_2025').values[0]!.citations);
    // normal class III rate: 0.89 % × 10,000,000 = 89,000, no relief
    expect(r.lines[0]).toMatchObject({ amount: 89_000, parameters: ['pu.jkkRates'] });
    expect(r.lines[0]!.relief).toBeUndefined();
  });

  it('PP 50/2025 excluded funders are named in capitals in both languages', () => {
    const r = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbn' }, '2026-05');
    expect(r.notes.map((n) => n.text)).toEqual([
      { id: 'Diskon PP 50/2025 tidak berlaku: iuran JKK dan JKM dibayar melalui APBN (PP 50/2025 Art. 3-4)', en: 'PP 50/2025 discount does not apply: JKK and JKM are paid through APBN (PP 50/2025 Art. 3-4)' },
    ]);
  });
});

describe('relief shares', () => {
  it('BPU JKM under PP 49/2020 uses the JKM share, not the JKK share', () => {
    // An overlay that lets JKM and JKK shares differ: JKK 1 %, JKM 50 %.
    const law = withOverlay(baselineLaw, {
      name: 'pp49 split',
      values: { 'relief.pp49_2020': [{ from: '2020-08', to: '2021-01', value: { jkkPayable: '1', jkmPayable: '50', jpPayable: '1' }, status: 'projected', citations: study }] },
    });
    // BPU base 1,000,000: JKK 1 % × 1 % = 0.01 % → 100; JKM 50 % × 6,800 = 3,400
    const bpu = monthlyContribution({ segment: 'BPU', income: 1_000_000 }, '2020-08', { law });
    expect(bpu.lines.map((l) => [l.program, l.exact, l.amount, l.relief?.payable])).toEqual([
      ['JKK', '100', 100, '1'],
      ['JKM', '3400', 3_400, '50'],
    ]);
    // PU 5,000,000: JKK 0.24 % × 1 % → 120; JKM 0.3 % × 50 % = 0.15 % → 7,500
    const pu = monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'micro' }, '2020-08', { law });
    expect(pu.lines.map((l) => [l.program, l.amount, l.relief?.payable])).toEqual([
      ['JKK', 120, '1'],
      ['JKM', 7_500, '50'],
    ]);
  });
});

describe('two relief measures in the same month', () => {
  // An overlay that puts PP 49/2020 (99 % JKK/JKM discount) back in force in months where
  // PP 50/2025 (BPU) or PP 7/2025 (PU) also applies. The regulations do not say whether they stack.
  const pp49 = { jkkPayable: '1', jkmPayable: '1', jpPayable: '1' };
  const law = withOverlay(baselineLaw, {
    name: 'pp49 again',
    values: { 'relief.pp49_2020': [{ from: '2020-08', to: '2021-01', value: pp49, status: 'enacted', citations: study }, { from: '2025-05', to: '2026-05', value: pp49, status: 'projected', citations: study }] },
  });

  it('BPU: PP 49/2020 and PP 50/2025 both applying is a rule_conflict, not a silent pick', () => {
    const error = thrown(() => monthlyContribution({ segment: 'BPU', income: 1_000_000, sector: 'other', fundedBy: 'self' }, '2026-05', { law }));
    // The conflict lies in the law passed as options.law: the path says so.
    expect(error.issues[0]).toMatchObject({ code: 'rule_conflict', path: ['options', 'law'], rule: 'bpu.jkkJkmRelief', sources: ['relief.pp49_2020', 'relief.pp50_2025'] });
  });

  it('BPU: no conflict when PP 50/2025 does not apply (APBD-funded): PP 49/2020 alone reduces JKK and JKM', () => {
    const r = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-05', { law });
    // BPU JKK 1 % × 1 % × 1,000,000 = 100; JKM 6,800 × 1 % = 68
    expect(r.lines.map((l) => [l.program, l.amount, l.relief?.measure])).toEqual([
      ['JKK', 100, 'relief.pp49_2020'],
      ['JKM', 68, 'relief.pp49_2020'],
    ]);
  });

  it('PU: PP 49/2020 and PP 7/2025 both applying is a rule_conflict; without the PP 7 facts PP 49 alone applies', () => {
    const facts = { industry: 'furniture', activeWorkers: 50, jkkPaidUpToRequiredMonth: true } as const;
    const worker = { segment: 'PU', wage: 10_000_000, riskClass: 3, employerScale: 'micro' } as const;
    const error = thrown(() => monthlyContribution({ ...worker, laborIntensive: facts }, '2025-05', { law }));
    expect(error.issues[0]).toMatchObject({ code: 'rule_conflict', path: ['options', 'law'], rule: 'pu.jkkRelief', sources: ['relief.pp49_2020', 'relief.pp7_2025'] });
    // Without the facts PP 7/2025 does not apply: JKK 0.89 % × 1 % × 10,000,000 = 890
    expect(monthlyContribution(worker, '2025-05', { law }).lines[0]).toMatchObject({ program: 'JKK', amount: 890, relief: { measure: 'relief.pp49_2020' } });
  });
});

describe('limits', () => {
  // An overlay with an absurd JHT rate (100,000 %, i.e. 1,000 × the wage) to reach the safe-integer limit.
  const law = withOverlay(baselineLaw, {
    name: 'stress',
    values: { 'pu.jhtRates': [{ from: '2027-01', value: { employer: '100000', employee: '100000' }, status: 'projected', citations: study }] },
  });
  const worker = (wage: number): ParticipantInput => ({ segment: 'PU', wage, riskClass: 1, programs: ['JKK', 'JKM', 'JHT'] });

  it('a total beyond the exact range is refused, even when every line is exact', () => {
    // 4,000,000,000,000 × 1,000 = 4e15 per JHT line; + JKK 9,600,000,000 + JKM 12,000,000,000: billed 8,000,021,600,000,000
    expect(monthlyContribution(worker(4_000_000_000_000), '2027-01', { law }).totals).toEqual({
      employer: 4_000_021_600_000_000,
      employee: 4_000_000_000_000_000,
      participant: 0,
      billed: 8_000_021_600_000_000,
      government: 11_000, // JKP 0.22 % × the capped 5,000,000
    });
    // 5,000,000,000,000 × 1,000 = 5e15 per JHT line, each exact; the sum 1e16 > 2^53 − 1
    const error = thrown(() => monthlyContribution(worker(5_000_000_000_000), '2027-01', { law }));
    expect([error.code, error.path]).toEqual(['amount_out_of_range', ['participant']]);
  });
});
