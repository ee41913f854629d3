import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planProgramme, type ProgrammePlanInput } from '../../src/funding/plan';
import { baselineLaw, formatCitation, withOverlay } from '../../src/index';
import { uniqueCitations } from '../../src/law/explanation';
import { resolveFundingOptions } from '../../src/funding/options';
import { thrown } from '../helpers';


const YEAR_2026 = { from: '2026-01', to: '2026-12' };
const nttProvince = { id: 'ntt', kind: 'province', region: '53', name: 'Pemerintah Provinsi NTT' } as const;

const nttPlan: ProgrammePlanInput = {
  name: 'NTT 2026',
  programs: ['JKK', 'JKM'],
  period: YEAR_2026,
  funders: [nttProvince],
  arrangement: { type: 'single', funder: 'ntt' },
  rosters: [{ name: 'Pekerja rentan NTT', region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
};

describe('planProgramme: NTT 2026 (brief §0, §13.1 example 3)', () => {
  // Computed inside each test (not once for the block), so that every assertion runs against the code under test.
  const nttWithBudget = () => planProgramme({ ...nttPlan, budget: 10_080_000_000 });

  it('costs 50,000 × 12 × 16,800 = Rp10,080,000,000, all paid by the province', () => {
    const plan = nttWithBudget();
    expect(plan.total).toBe(10_080_000_000);
    expect(plan.funded).toBe(10_080_000_000);
    expect(plan.unfunded).toBe(0);
    expect(plan.participantCount).toBe(50_000);
    expect(plan.participantMonths).toBe(600_000);
    expect(plan.byFunder).toHaveLength(1);
    expect(plan.byFunder[0]).toMatchObject({ funder: 'ntt', kind: 'province', region: '53', budgetType: 'apbd', total: 10_080_000_000 });
    expect(plan.byFunder[0]!.cap).toBeNull(); // no cap given
    expect(plan.byFunder[0]!.budget).toBeNull(); // the province states no budget of its own (the plan's budget is checked below)
    expect([plan.name, plan.period, plan.projected]).toEqual(['NTT 2026', YEAR_2026, false]);
    expect(plan.rosters[0]).toMatchObject({ name: 'Pekerja rentan NTT', region: '53', period: YEAR_2026, participantCount: 50_000, participantMonths: 600_000, total: 10_080_000_000 });
  });

  it('is 840,000,000 a month (50,000 × 16,800), with no PP 50/2025 discount from April because APBD pays', () => {
    const plan = nttWithBudget();
    expect(plan.months.map((m) => m.total)).toEqual(new Array(12).fill(840_000_000));
    expect(plan.months[3]).toEqual({ month: '2026-04', participantCount: 50_000, total: 840_000_000, byFunder: { ntt: 840_000_000 }, unfunded: 0 });
    expect(plan.rosters[0]!.fundedBy).toBe('apbd');
    // the same note in each of the 12 months, reported once
    expect(plan.rosters[0]!.notes).toEqual([
      { id: 'Diskon PP 50/2025 tidak berlaku: iuran JKK dan JKM dibayar melalui APBD (PP 50/2025 Art. 3-4)', en: 'PP 50/2025 discount does not apply: JKK and JKM are paid through APBD (PP 50/2025 Art. 3-4)' },
    ]);
  });

  it('splits by programme and region: JKK 50,000 × 12 × 10,000; JKM 50,000 × 12 × 6,800', () => {
    const plan = nttWithBudget();
    expect(plan.byProgram).toEqual({ JKK: 6_000_000_000, JKM: 4_080_000_000 });
    expect(plan.byRegion).toEqual({ '53': 10_080_000_000 });
  });

  it('fits its budget exactly and explains the arithmetic', () => {
    const plan = nttWithBudget();
    expect(plan.budget).toEqual({ budget: 10_080_000_000, required: 10_080_000_000, fits: true, shortBy: 0, leftOver: 0 });
    // 50,000 × 12 = 600,000 participant-months; one run of 12 months at 16,800 = 10,000 (1 % of 1,000,000) + 6,800;
    // no cap, nothing unfunded; PP 50/2025 takes its every-sector value from April (not applied: APBD)
    expect(plan.explanation.map((s) => s.text.en)).toEqual([
      'Plan NTT 2026: programmes JKK + JKM, iuran months 2026-01 to 2026-12, 50,000 BPU participants, 600,000 participant-months',
      'Roster "Pekerja rentan NTT" (region 53): Single payer: Pemerintah Provinsi NTT. Pemerintah Provinsi NTT pays from APBD; priced with fundedBy = apbd',
      '2026-01 to 2026-12: 50,000 participants (base Rp1.000.000) × 12 months × Rp16.800 (JKK Rp10.000 + JKM Rp6.800) = Rp10.080.000.000',
      'PP 50/2025 discount does not apply: JKK and JKM are paid through APBD (PP 50/2025 Art. 3-4)',
      'Roster "Pekerja rentan NTT" total: Rp10.080.000.000',
      'Pemerintah Provinsi NTT (APBD) pays Rp10.080.000.000',
      'Grand total Rp10.080.000.000 = Rp10.080.000.000',
      'Budget Rp10.080.000.000 fits; Rp0 left over',
      'Parameter values in force change from 2026-04: relief.pp50_2025 (the roster notes say whether they apply)',
      'Rounding: each contribution line is rounded once (half_up, step Rp1); totals are sums of rounded lines multiplied by head counts',
    ]);
    expect(plan.explanation.map((s) => s.text.id)).toEqual([
      'Rencana NTT 2026: program JKK + JKM, bulan iuran 2026-01 s.d. 2026-12, 50,000 peserta BPU, 600,000 peserta-bulan',
      'Daftar "Pekerja rentan NTT" (wilayah 53): Satu penyandang dana: Pemerintah Provinsi NTT. Pemerintah Provinsi NTT membayar dari APBD; sumber dana dihitung sebagai fundedBy = apbd',
      '2026-01 s.d. 2026-12: 50,000 peserta (dasar Rp1.000.000) × 12 bulan × Rp16.800 (JKK Rp10.000 + JKM Rp6.800) = Rp10.080.000.000',
      'Diskon PP 50/2025 tidak berlaku: iuran JKK dan JKM dibayar melalui APBD (PP 50/2025 Art. 3-4)',
      'Jumlah daftar "Pekerja rentan NTT": Rp10.080.000.000',
      'Pemerintah Provinsi NTT (APBD) membayar Rp10.080.000.000',
      'Jumlah seluruhnya Rp10.080.000.000 = Rp10.080.000.000',
      'Anggaran Rp10.080.000.000 cukup; sisa Rp0',
      'Nilai parameter yang berlaku berubah mulai 2026-04: relief.pp50_2025 (catatan daftar menyebut apakah berlaku)',
      'Pembulatan: setiap baris iuran dibulatkan sekali (half_up, kelipatan Rp1); jumlah adalah penjumlahan baris yang sudah dibulatkan, dikalikan jumlah peserta',
    ]);
  });

  it('lists every parameter value used, and their citations', () => {
    const plan = nttWithBudget();
    // one value each of the brackets, the JKK rate, the JKM amount and the due date over 2026; PP 50/2025 in its two 2026 values
    expect(plan.lawUsed.map((l) => `${l.parameter}@${l.from}`).sort()).toEqual([
      'bpu.dueDate@2021-02',
      'bpu.incomeBrackets@2015-07',
      'bpu.jkkRate@2015-07',
      'bpu.jkmAmount@2015-07',
      'relief.pp50_2025@2026-01',
      'relief.pp50_2025@2026-04',
    ]);
    // each value has one citation; citations are the same when they cite the same article (their notes may differ):
    // the brackets, the JKK rate and the JKM amount all cite PP 44/2015 Lampiran II, both PP 50/2025 values Art. 3-4
    expect(plan.citations.map(formatCitation)).toEqual(uniqueCitations(plan.lawUsed.map((l) => l.citations)).map(formatCitation));
    expect(plan.citations.map(formatCitation).sort()).toEqual(['PP 44/2015 Lampiran II', 'PP 50/2025 Art. 3-4', 'Perdir 22/PERDIR.02/072022']);
    expect(plan.citations.some((c) => c.instrument === 'PP' && c.number === '50')).toBe(true);
  });

  it('cites the law of a price class in the steps that price its runs, and nothing in the plain arithmetic', () => {
    const plan = nttWithBudget();
    // step 2 prices the run: brackets, JKK rate and JKM amount (PP 44/2015 Lampiran II), the due date (Perdir
    // 22/2022) and PP 50/2025 (looked up, not applied: APBD); the header and the totals are arithmetic
    expect(plan.explanation[2]!.citations.map(formatCitation).sort()).toEqual(['PP 44/2015 Lampiran II', 'PP 50/2025 Art. 3-4', 'Perdir 22/PERDIR.02/072022']);
    expect([0, 1, 3, 4, 5, 6, 7, 8, 9].map((i) => plan.explanation[i]!.citations)).toEqual(new Array(9).fill([]));
  });

  it('reports a shortfall: a Rp10 bn budget is short by Rp80,000,000', () => {
    const short = planProgramme({ ...nttPlan, budget: 10_000_000_000 });
    expect(short.budget).toEqual({ budget: 10_000_000_000, required: 10_080_000_000, fits: false, shortBy: 80_000_000, leftOver: 0 });
  });

  it('costs the same for 50,000 individual participants as for one cohort of 50,000', () => {
    const people = Array.from({ length: 50_000 }, () => ({ income: 1_000_000 }));
    const individual = planProgramme({ ...nttPlan, rosters: [{ name: 'Pekerja rentan NTT', region: '53', participants: people }] });
    expect(individual.total).toBe(10_080_000_000);
    expect(individual.rosters[0]!.profiles).toHaveLength(1);
    expect(individual.rosters[0]!.profiles[0]!.count).toBe(50_000);
  });

  it('groups individual participants by price class (same bracket every month) and keeps distinct ones apart', () => {
    // 3 × base 1,000,000 (16,800) + 2 × base 2,950,000 (29,500 + 6,800 = 36,300), one month
    const r = planProgramme({
      period: { from: '2026-01', to: '2026-01' },
      funders: [nttProvince],
      arrangement: { type: 'single', funder: 'ntt' },
      rosters: [{ participants: [{ income: 1_000_000 }, { income: 2_700_000 }, { income: 500_000 }, { income: 1_000_000 }, { income: 2_700_000 }] }],
    });
    expect(r.total).toBe(3 * 16_800 + 2 * 36_300);
    // 500,000 and 1,000,000 both fall in row 1 (base 1,000,000): one price class of 3, reported with its income range
    expect(r.rosters[0]!.profiles.map((p) => [p.income, p.highestIncome, p.base, p.count])).toEqual([
      ['500000', '1000000', 1_000_000, 3],
      ['2700000', '2700000', 2_950_000, 2],
    ]);
  });
});

describe('planProgramme: separate rosters per funder (Kaltim and PPU, brief §0, §4)', () => {
  it('PPU 2024: 5,000 × 12 × 16,800 = Rp1,008,000,000', () => {
    const ppu = planProgramme({
      period: { from: '2024-01', to: '2024-12' },
      funders: [{ id: 'ppu', kind: 'regency', region: '64.09', name: 'Pemkab Penajam Paser Utara' }],
      arrangement: { type: 'single', funder: 'ppu' },
      rosters: [{ region: '64.09', cohorts: [{ count: 5_000, profile: { income: 1_000_000 } }] }],
    });
    expect(ppu.total).toBe(1_008_000_000);
  });

  it('2025: Kaltim 5,614 and PPU 15,000 fund disjoint rosters', () => {
    const plan = planProgramme({
      period: { from: '2025-01', to: '2025-12' },
      funders: [
        { id: 'kaltim', kind: 'province', region: '64', name: 'Pemprov Kaltim' },
        { id: 'ppu', kind: 'regency', region: '64.09', name: 'Pemkab PPU' },
      ],
      rosters: [
        { name: 'Kaltim', region: '64', arrangement: { type: 'single', funder: 'kaltim' }, cohorts: [{ count: 5_614, profile: { income: 1_000_000 } }] },
        { name: 'PPU', region: '64.09', arrangement: { type: 'single', funder: 'ppu' }, cohorts: [{ count: 15_000, profile: { income: 1_000_000 } }] },
      ],
    });
    // Kaltim 5,614 × 12 × 16,800 = 1,131,782,400; PPU 15,000 × 12 × 16,800 = 3,024,000,000 ("Rp3 miliar")
    expect(plan.byFunder.map((f) => [f.funder, f.total])).toEqual([
      ['kaltim', 1_131_782_400],
      ['ppu', 3_024_000_000],
    ]);
    expect(plan.total).toBe(4_155_782_400);
    expect(plan.byRegion).toEqual({ '64': 1_131_782_400, '64.09': 3_024_000_000 });
    expect(plan.participantCount).toBe(20_614);
  });
});

describe('planProgramme: arrangements, caps and waterfalls', () => {
  const base = {
    period: YEAR_2026,
    rosters: [{ cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
  } as const;

  it('cap with overflow to another funder: the province pays up to Rp5 bn, the regency the rest', () => {
    const plan = planProgramme({
      ...base,
      funders: [
        { ...nttProvince, cap: 5_000_000_000, overflow: { to: 'kupang' } },
        { id: 'kupang', kind: 'city', region: '53.71' },
      ],
      arrangement: { type: 'single', funder: 'ntt' },
    });
    // 840,000,000 a month: 5 months = 4,200,000,000; in June 800,000,000 is left of the cap, 40,000,000 overflows
    expect(plan.byFunder.map((f) => f.total)).toEqual([5_000_000_000, 5_080_000_000]);
    expect(plan.byFunder[0]!.cap).toEqual({ amount: 5_000_000_000, remaining: 0, reachedIn: '2026-06' });
    expect(plan.months[5]!.byFunder).toEqual({ ntt: 800_000_000, kupang: 40_000_000 });
    expect(plan.unfunded).toBe(0);
  });

  it('cap without overflow: the excess is reported as unfunded, never dropped', () => {
    const plan = planProgramme({ ...base, funders: [{ ...nttProvince, cap: 5_000_000_000 }], arrangement: { type: 'single', funder: 'ntt' } });
    expect(plan.total).toBe(10_080_000_000);
    expect(plan.funded).toBe(5_000_000_000);
    expect(plan.unfunded).toBe(5_080_000_000);
    expect(plan.months[5]!.unfunded).toBe(40_000_000);
    expect(plan.months[11]!.unfunded).toBe(840_000_000);
    expect(plan.explanation.some((s) => s.text.en === 'Unfunded (caps reached with no overflow): Rp5.080.000.000')).toBe(true);
  });

  it('waterfall: the province up to Rp3 bn, then the city up to Rp3 bn, then a donor', () => {
    const plan = planProgramme({
      ...base,
      funders: [
        { ...nttProvince, cap: 3_000_000_000 },
        { id: 'kupang', kind: 'city', region: '53.71', cap: 3_000_000_000 },
        { id: 'csr', kind: 'donor', name: 'CSR' },
      ],
      arrangement: { type: 'waterfall', funders: ['ntt', 'kupang', 'csr'] },
    });
    // 10,080,000,000 = 3,000,000,000 + 3,000,000,000 + 4,080,000,000
    expect(plan.byFunder.map((f) => f.total)).toEqual([3_000_000_000, 3_000_000_000, 4_080_000_000]);
    // province: 3 months = 2,520,000,000; April 480,000,000 more reaches the cap
    expect(plan.byFunder[0]!.cap?.reachedIn).toBe('2026-04');
    expect(plan.months[3]!.byFunder).toEqual({ ntt: 480_000_000, kupang: 360_000_000 });
    // city: 360,000,000 in April + 840,000,000 × 3 (May–July) = 2,880,000,000; August 120,000,000 more, CSR 720,000,000
    expect(plan.months[7]!.byFunder).toEqual({ kupang: 120_000_000, csr: 720_000_000 });
    expect(plan.rosters[0]!.fundedBy).toBe('apbd');
  });

  it('percentage shares of each participant-month, with a named remainder policy', () => {
    const funders = [nttProvince, { id: 'sikka', kind: 'regency', region: '53.10' }] as const;
    const sixtyForty = planProgramme({
      period: YEAR_2026,
      funders: [...funders],
      arrangement: { type: 'shares', shares: [{ party: 'ntt', percent: '60' }, { party: 'sikka', percent: '40' }] },
      rosters: [{ cohorts: [{ count: 1_000, profile: { income: 1_000_000 } }] }],
    });
    // 16,800 → 10,080 + 6,720 per participant-month; × 1,000 × 12
    expect(sixtyForty.byFunder.map((f) => f.total)).toEqual([120_960_000, 80_640_000]);
    // base 2,950,000: JKK 29,500 + JKM 6,800 = 36,300; 50.5 % = 18,331.5 and 49.5 % = 17,968.5 → tie on the remainder
    const odd = (remainder?: { method: 'to_party'; party: string }) =>
      planProgramme({
        period: { from: '2026-01', to: '2026-01' },
        funders: [...funders],
        arrangement: { type: 'shares', shares: [{ party: 'ntt', percent: '50.5' }, { party: 'sikka', percent: '49.5' }], ...(remainder === undefined ? {} : { remainder }) },
        rosters: [{ cohorts: [{ count: 1, profile: { income: 3_000_000 } }] }],
      }).byFunder.map((f) => f.total);
    expect(odd()).toEqual([18_332, 17_968]); // Hamilton tie → the larger share
    expect(odd({ method: 'to_party', party: 'sikka' })).toEqual([18_331, 17_969]);
  });

  it('fixed amount per participant-month with the rest to another funder', () => {
    const plan = planProgramme({
      period: YEAR_2026,
      funders: [nttProvince, { id: 'ende', kind: 'regency', region: '53.11' }],
      arrangement: { type: 'fixed', funder: 'ntt', amount: 10_000, rest: 'ende' },
      rosters: [{ cohorts: [{ count: 100, profile: { income: 1_000_000 } }] }],
    });
    // province 10,000 × 100 × 12 = 12,000,000; regency 6,800 × 100 × 12 = 8,160,000
    expect(plan.byFunder.map((f) => f.total)).toEqual([12_000_000, 8_160_000]);
    // a fixed amount above the contribution pays just the contribution
    const all = planProgramme({
      period: { from: '2026-01', to: '2026-01' },
      funders: [nttProvince, { id: 'ende', kind: 'regency', region: '53.11' }],
      arrangement: { type: 'fixed', funder: 'ntt', amount: 20_000, rest: 'ende' },
      rosters: [{ cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }],
    });
    expect(all.byFunder.map((f) => f.total)).toEqual([16_800, 0]);
  });
});

describe('planProgramme: two rosters, a cap reached and one not, unfunded months, a funder budget', () => {
  const twoRosters = () =>
    planProgramme({
      period: { from: '2026-01', to: '2026-03' },
      funders: [
        { ...nttProvince, cap: 1_000_000_000, overflow: 'unfunded' },
        { id: 'csr', kind: 'donor', name: 'CSR Ojol', cap: 5_000_000_000, budget: 20_000_000 },
      ],
      rosters: [
        { arrangement: { type: 'single', funder: 'ntt' }, cohorts: [{ count: 1_000_000, profile: { income: 1_000_000 } }] },
        { name: 'Ojol Kupang', region: '53.71', arrangement: { type: 'single', funder: 'csr' }, cohorts: [{ count: 1_000, profile: { income: 1_000_000, sector: 'transport' } }] },
      ],
    });

  it('charges each funder up to its cap and reports the rest as unfunded', () => {
    const plan = twoRosters();
    // roster 1 (APBD, no discount): 1,000,000 × 16,800 = 16,800,000,000 a month; the province's cap of Rp1 bn is reached in
    // January and the rest, 15,800,000,000 + 2 × 16,800,000,000 = 49,400,000,000, is unfunded ('unfunded' overflow)
    // roster 2 (donor, transport, PP 50/2025 Jan–Mar): 1,000 × (5,000 + 3,400) = 8,400,000 a month, × 3 = 25,200,000
    expect([plan.total, plan.funded, plan.unfunded]).toEqual([50_425_200_000, 1_025_200_000, 49_400_000_000]);
    expect([plan.participantCount, plan.participantMonths]).toEqual([1_001_000, 3_003_000]);
    expect(plan.byFunder.map((f) => [f.funder, f.total, f.cap, f.budget])).toEqual([
      ['ntt', 1_000_000_000, { amount: 1_000_000_000, remaining: 0, reachedIn: '2026-01' }, null],
      // 5,000,000,000 − 25,200,000 = 4,974,800,000 left; its budget of 20,000,000 is short by 5,200,000
      ['csr', 25_200_000, { amount: 5_000_000_000, remaining: 4_974_800_000, reachedIn: null }, { budget: 20_000_000, required: 25_200_000, fits: false, shortBy: 5_200_000, leftOver: 0 }],
    ]);
    expect(plan.months.map((m) => [m.participantCount, m.total, m.unfunded])).toEqual([
      [1_001_000, 16_808_400_000, 15_800_000_000],
      [1_001_000, 16_808_400_000, 16_800_000_000],
      [1_001_000, 16_808_400_000, 16_800_000_000],
    ]);
    expect(plan.byRegion).toEqual({ unspecified: 50_400_000_000, '53.71': 25_200_000 });
    expect(plan.rosters.map((r) => [r.name, r.region, r.fundedBy])).toEqual([
      ['roster 1', null, 'apbd'],
      ['Ojol Kupang', '53.71', 'donor'],
    ]);
    expect(plan.rosters[1]!.profiles.map((p) => [p.sector, p.base, p.perParticipant, p.total])).toEqual([['transport', 1_000_000, 25_200, 25_200_000]]);
  });

  it('explains caps reached and not reached, the unfunded part, and counts in the millions', () => {
    const plan = twoRosters();
    expect(plan.explanation.map((s) => s.text.en)).toEqual([
      'Plan: programmes JKK + JKM, iuran months 2026-01 to 2026-03, 1,001,000 BPU participants, 3,003,000 participant-months',
      'Roster "roster 1": Single payer: Pemerintah Provinsi NTT. Pemerintah Provinsi NTT pays from APBD; priced with fundedBy = apbd',
      '2026-01 to 2026-03: 1,000,000 participants (base Rp1.000.000) × 3 months × Rp16.800 (JKK Rp10.000 + JKM Rp6.800) = Rp50.400.000.000',
      'PP 50/2025 discount does not apply: JKK and JKM are paid through APBD (PP 50/2025 Art. 3-4)',
      'Roster "roster 1" total: Rp50.400.000.000',
      'Roster "Ojol Kupang" (region 53.71): Single payer: CSR Ojol. CSR Ojol pays from a donor budget; priced with fundedBy = donor',
      '2026-01 to 2026-03: 1,000 participants (base Rp1.000.000) × 3 months × Rp8.400 (JKK Rp5.000 + JKM Rp3.400) = Rp25.200.000',
      'PP 50/2025 discount applied: JKK and JKM at 50 %',
      'Roster "Ojol Kupang" total: Rp25.200.000',
      'Pemerintah Provinsi NTT (APBD) pays Rp1.000.000.000; cap Rp1.000.000.000 reached in 2026-01',
      'CSR Ojol (DONOR) pays Rp25.200.000; cap Rp5.000.000.000 not reached',
      'Unfunded (caps reached with no overflow): Rp49.400.000.000',
      'Grand total Rp50.425.200.000 = Rp1.000.000.000 + Rp25.200.000 + unfunded Rp49.400.000.000',
      'Rounding: each contribution line is rounded once (half_up, step Rp1); totals are sums of rounded lines multiplied by head counts',
    ]);
    const id = plan.explanation.map((s) => s.text.id);
    expect(id[1]).toBe('Daftar "roster 1": Satu penyandang dana: Pemerintah Provinsi NTT. Pemerintah Provinsi NTT membayar dari APBD; sumber dana dihitung sebagai fundedBy = apbd');
    expect(id[5]).toBe('Daftar "Ojol Kupang" (wilayah 53.71): Satu penyandang dana: CSR Ojol. CSR Ojol membayar dari anggaran donor; sumber dana dihitung sebagai fundedBy = donor');
    expect(id.slice(9, 13)).toEqual([
      'Pemerintah Provinsi NTT (APBD) membayar Rp1.000.000.000; plafon Rp1.000.000.000 tercapai pada 2026-01',
      'CSR Ojol (DONOR) membayar Rp25.200.000; plafon Rp5.000.000.000 tidak tercapai',
      'Tidak terdanai (plafon tercapai tanpa limpahan): Rp49.400.000.000',
      'Jumlah seluruhnya Rp50.425.200.000 = Rp1.000.000.000 + Rp25.200.000 + tidak terdanai Rp49.400.000.000',
    ]);
  });
});

describe('planProgramme: roster periods, head counts and grouping', () => {
  const apbd = { funders: [nttProvince], arrangement: { type: 'single', funder: 'ntt' } } as const;

  it('counts a roster only in its own months', () => {
    const plan = planProgramme({
      ...apbd,
      period: { from: '2026-01', to: '2026-04' },
      rosters: [
        // two cohorts with the same profile are one group of 2 + 1 = 3
        { name: 'Kupang', period: { from: '2026-02', to: '2026-03' }, cohorts: [{ count: 2, profile: { income: 1_000_000 } }, { count: 1, profile: { income: 1_000_000 } }] },
        { cohorts: [{ count: 1, profile: { income: 1_000_000 } }] },
      ],
    });
    // 1 participant in Jan and Apr, 1 + 3 = 4 in Feb and Mar, at 16,800 each
    expect(plan.months.map((m) => [m.month, m.participantCount, m.total])).toEqual([
      ['2026-01', 1, 16_800],
      ['2026-02', 4, 67_200],
      ['2026-03', 4, 67_200],
      ['2026-04', 1, 16_800],
    ]);
    // 3 × 2 + 1 × 4 = 10 participant-months; 10 × 16,800 = 168,000
    expect([plan.participantCount, plan.participantMonths, plan.total]).toEqual([4, 10, 168_000]);
    expect(plan.rosters.map((r) => [r.name, r.period, r.participantCount, r.participantMonths, r.total])).toEqual([
      ['Kupang', { from: '2026-02', to: '2026-03' }, 3, 6, 100_800],
      ['roster 2', { from: '2026-01', to: '2026-04' }, 1, 4, 67_200],
    ]);
    expect(plan.rosters[0]!.profiles.map((p) => [p.count, p.perParticipant, p.total])).toEqual([[3, 33_600, 100_800]]);
  });

  it('a cohort of 0 costs nothing and adds no region or programme entry', () => {
    const plan = planProgramme({ ...apbd, period: { from: '2026-01', to: '2026-02' }, rosters: [{ region: '53', cohorts: [{ count: 0, profile: { income: 1_000_000 } }] }] });
    expect([plan.total, plan.participantCount, plan.participantMonths]).toEqual([0, 0, 0]);
    expect(plan.byRegion).toEqual({});
    expect(plan.byProgram).toEqual({});
    expect(plan.months.map((m) => [m.participantCount, m.byFunder])).toEqual([
      [0, {}],
      [0, {}],
    ]);
    // the profile is still priced and reported: 2 × 16,800 per participant
    expect(plan.rosters[0]!.profiles.map((p) => [p.count, p.perParticipant, p.total])).toEqual([[0, 33_600, 0]]);
  });

  it('keeps transport and other sectors apart where their prices differ (self-funded, 2027-01)', () => {
    const plan = planProgramme({
      period: { from: '2027-01', to: '2027-01' },
      funders: [{ id: 'self', kind: 'worker' }],
      arrangement: { type: 'single', funder: 'self' },
      rosters: [
        {
          cohorts: [
            { count: 1, profile: { income: 1_000_000, sector: 'other' } },
            { count: 2, profile: { income: 1_000_000, sector: 'transport' } },
          ],
        },
      ],
    });
    // PP 50/2025 covers only transport in 2027-01: other 16,800; transport 50 % → 8,400; 16,800 + 2 × 8,400 = 33,600
    expect(plan.total).toBe(33_600);
    expect(plan.rosters[0]!.profiles.map((p) => [p.sector, p.count, p.perParticipant])).toEqual([
      ['other', 1, 16_800],
      ['transport', 2, 8_400],
    ]);
  });

  it('reports a price class by its lowest and highest income, whatever the order of the participants', () => {
    const plan = planProgramme({
      ...apbd,
      period: { from: '2026-01', to: '2026-01' },
      // all three fall in row 1 of the income brackets (base 1,000,000)
      rosters: [{ participants: [{ income: 1_000_000 }, { income: 500_000 }, { income: 800_000 }] }],
    });
    expect(plan.rosters[0]!.profiles.map((p) => [p.income, p.highestIncome, p.count, p.base])).toEqual([['500000', '1000000', 3, 1_000_000]]);
    expect(plan.total).toBe(3 * 16_800);
  });

  it('prices JHT when the plan funds it (an individual employer must have it)', () => {
    const plan = planProgramme({
      ...apbd,
      programs: ['JKK', 'JKM', 'JHT'],
      period: { from: '2026-01', to: '2026-01' },
      rosters: [{ participants: [{ income: 1_000_000, isEmployer: true }, { income: 1_000_000 }] }],
    });
    // JKK 1 % × 1,000,000 = 10,000; JKM 6,800; JHT 2 % × 1,000,000 = 20,000; 36,800 each, × 2
    expect(plan.byProgram).toEqual({ JKK: 20_000, JKM: 13_600, JHT: 40_000 });
    expect(plan.total).toBe(73_600);
    // same price, but employer status is part of a profile: reported apart
    expect(plan.rosters[0]!.profiles.map((p) => [p.count, p.perParticipant])).toEqual([
      [1, 36_800],
      [1, 36_800],
    ]);
  });

  it('validates every listed participant that is not a plain object with the known keys on its own', () => {
    const at = (participants: readonly unknown[]) => {
      const e = thrown(() => planProgramme({ ...apbd, period: { from: '2026-01', to: '2026-01' }, rosters: [{ participants: participants as never }] }));
      return [e.code, e.path];
    };
    expect(at([{ income: 1_000_000 }, { income: 1_000_000, extra: 1 }])).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 1]]);
    expect(at([{ income: 1_000_000 }, { income: 1_000_000, sector: 'other', note: 'x' }])).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 1]]);
    // an object value is never an amount: the first participant with it is reported
    const shared = { amount: 1_000_000 };
    expect(at([{ income: 1_000_000 }, { income: shared }, { income: shared }])).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 1, 'income']]);
    expect(at([{ income: 1_000_000 }, null])).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 1]]);
    expect(at([{ income: 1_000_000 }, undefined])).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 1]]);
    // objects that are not plain are not grouped by their own keys: here the second inherits an unknown key
    const bare = Object.assign(Object.create(null) as object, { income: 1_000_000 });
    const inheriting = Object.assign(Object.create({ extra: 1 }) as object, { income: 1_000_000 });
    expect(planProgramme({ ...apbd, period: { from: '2026-01', to: '2026-01' }, rosters: [{ participants: [bare as never] }] }).total).toBe(16_800);
    expect(at([bare, inheriting])).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 1]]);
  });
});

describe('planProgramme: the funding source changes the law (PP 50/2025)', () => {
  const village = { id: 'desa', kind: 'village', region: '53.10.01.2001', name: 'Desa' } as const;
  const roster = { cohorts: [{ count: 1, profile: { income: 1_000_000, sector: 'other' as const } }] };

  it('a village (APBDes) keeps the discount; the same roster on APBD does not', () => {
    const byVillage = planProgramme({ period: YEAR_2026, funders: [village], arrangement: { type: 'single', funder: 'desa' }, rosters: [roster] });
    // Jan–Mar 16,800 × 3 = 50,400; Apr–Dec 8,400 × 9 = 75,600 → 126,000
    expect(byVillage.total).toBe(126_000);
    expect(byVillage.rosters[0]!.fundedBy).toBe('apbdes');
    expect(byVillage.rosters[0]!.profiles[0]!.runs.map((r) => [r.period.from, r.period.to, r.amount, r.byProgram])).toEqual([
      ['2026-01', '2026-03', 16_800, { JKK: 10_000, JKM: 6_800 }],
      ['2026-04', '2026-12', 8_400, { JKK: 5_000, JKM: 3_400 }],
    ]);
    const byRegency = planProgramme({ period: YEAR_2026, funders: [{ id: 'sikka', kind: 'regency', region: '53.10' }], arrangement: { type: 'single', funder: 'sikka' }, rosters: [roster] });
    expect(byRegency.total).toBe(201_600);
  });

  it('mixed funding: a month paid partly from APBD counts as paid through APBD (no discount)', () => {
    const mixed = planProgramme({
      period: { from: '2026-05', to: '2026-05' },
      funders: [village, { id: 'sikka', kind: 'regency', region: '53.10' }],
      arrangement: { type: 'shares', shares: [{ party: 'desa', percent: '50' }, { party: 'sikka', percent: '50' }] },
      rosters: [roster],
    });
    expect(mixed.rosters[0]!.fundedBy).toBe('apbd');
    expect(mixed.total).toBe(16_800);
    expect(mixed.byFunder.map((f) => f.total)).toEqual([8_400, 8_400]);
    expect(mixed.rosters[0]!.fundedByReason.en).toMatch(/^Mixed funding/);
  });

  it('regression #13.2: mixed funding never silently picks a budget the month\'s law treats differently', () => {
    // An overlay that also excludes donor money from PP 50/2025. A worker and a donor share each
    // participant-month; the worker is named first, so the arrangement's own pick is 'self'.
    const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
    const law = withOverlay(baselineLaw, {
      name: 'no discount for donor money',
      values: { 'relief.pp50_2025': [{ from: '2026-04', to: '2026-12', value: { payable: '50', sectors: ['transport', 'other'], excludedFunding: ['apbn', 'apbd', 'donor'] }, status: 'projected', citations: study }] },
    });
    const input = {
      period: { from: '2026-05', to: '2026-05' },
      funders: [{ id: 'w', kind: 'worker' }, { id: 'd', kind: 'donor' }],
      arrangement: { type: 'shares', shares: [{ party: 'w', percent: '50' }, { party: 'd', percent: '50' }] },
      rosters: [roster],
    } as const;
    // Paid in part from donor money, which this law excludes: no discount, 10,000 + 6,800 = 16,800.
    const mixed = planProgramme(input, { law });
    expect(mixed.total).toBe(16_800);
    expect(mixed.rosters[0]!.notes.map((n) => n.en)).toEqual(['PP 50/2025 discount does not apply: JKK and JKM are paid through DONOR (Practice (study, 2026))']);
    // Under the baseline neither budget is excluded: 50 % × 10,000 + 50 % × 6,800 = 8,400, whoever of the two is asked.
    expect(planProgramme(input).total).toBe(8_400);
    // The worker alone is self-funded by definition (kind worker: budget self), and keeps the discount under the overlay.
    expect(planProgramme({ ...input, arrangement: { type: 'single', funder: 'w' } }, { law }).total).toBe(8_400);
  });

  it('a budget type can be overridden (e.g. Dana Desa read as APBN money)', () => {
    const plan = planProgramme({ period: { from: '2026-05', to: '2026-05' }, funders: [{ ...village, budgetType: 'apbn' }], arrangement: { type: 'single', funder: 'desa' }, rosters: [roster] });
    expect(plan.total).toBe(16_800);
  });

  it('a self-funded non-transport plan over 2026-03..2026-04 crosses the start of PP 50/2025', () => {
    const plan = planProgramme({ period: { from: '2026-03', to: '2026-04' }, funders: [{ id: 'self', kind: 'worker' }], arrangement: { type: 'single', funder: 'self' }, rosters: [roster] });
    // 2026-03: 16,800 (transport only); 2026-04: 50 % × 10,000 + 50 % × 6,800 = 8,400
    expect(plan.months.map((m) => m.total)).toEqual([16_800, 8_400]);
    expect(plan.total).toBe(25_200);
    expect(plan.lawChanges).toEqual([{ month: '2026-04', parameters: ['relief.pp50_2025'] }]);
  });

  it('a plan over 2026-12..2027-01: the discount ends for other sectors, goes on for transport', () => {
    const run = (sector: 'other' | 'transport') =>
      planProgramme({
        period: { from: '2026-12', to: '2027-01' },
        funders: [{ id: 'self', kind: 'worker' }],
        arrangement: { type: 'single', funder: 'self' },
        rosters: [{ cohorts: [{ count: 10, profile: { income: 1_000_000, sector } }] }],
      });
    expect(run('other').months.map((m) => m.total)).toEqual([84_000, 168_000]); // 10 × 8,400; 10 × 16,800
    expect(run('transport').months.map((m) => m.total)).toEqual([84_000, 84_000]);
    expect(run('other').lawChanges.map((c) => c.month)).toEqual(['2027-01']);
  });

  it('lists the months in which the law changes in calendar order, whichever roster meets them first', () => {
    const self = { funders: [{ id: 'self', kind: 'worker' }], arrangement: { type: 'single', funder: 'self' } } as const;
    const profile = { income: 1_000_000, sector: 'other' } as const;
    // PP 50/2025 takes a new value in 2026-04 (every sector) and in 2027-01 (transport only)
    const inOrder = planProgramme({ ...self, period: { from: '2026-03', to: '2027-01' }, rosters: [{ cohorts: [{ count: 1, profile }] }] });
    expect(inOrder.lawChanges).toEqual([
      { month: '2026-04', parameters: ['relief.pp50_2025'] },
      { month: '2027-01', parameters: ['relief.pp50_2025'] },
    ]);
    // the first roster meets 2027-01 before the second meets 2026-04
    const reversed = planProgramme({
      ...self,
      period: { from: '2026-03', to: '2027-01' },
      rosters: [
        { period: { from: '2026-12', to: '2027-01' }, cohorts: [{ count: 1, profile }] },
        { period: { from: '2026-03', to: '2026-04' }, cohorts: [{ count: 1, profile }] },
      ],
    });
    expect(reversed.lawChanges.map((c) => c.month)).toEqual(['2026-04', '2027-01']);
    expect(reversed.explanation.map((s) => s.text.en).filter((t) => t.startsWith('Parameter values'))).toEqual([
      'Parameter values in force change from 2026-04: relief.pp50_2025 (the roster notes say whether they apply)',
      'Parameter values in force change from 2027-01: relief.pp50_2025 (the roster notes say whether they apply)',
    ]);
  });

  it('PP 49/2020 from 2020-08: two parameters change in the same month, both listed', () => {
    const plan = planProgramme({ period: { from: '2020-07', to: '2020-08' }, funders: [{ id: 'self', kind: 'worker' }], arrangement: { type: 'single', funder: 'self' }, rosters: [{ cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }] });
    // 2020-07: 10,000 + 6,800; 2020-08: 1 % of each is payable (PP 49/2020): 100 + 68 = 168
    expect(plan.months.map((m) => m.total)).toEqual([16_800, 168]);
    // the relief starts, and PP 49/2020's own due-date rule (2020-08 to 2021-01) replaces the 15th of the month
    expect(plan.lawChanges).toEqual([{ month: '2020-08', parameters: ['bpu.dueDate', 'relief.pp49_2020'] }]);
  });

  it('a new split of the same total starts a new run (an overlay moving Rp1,000 from JKK to JKM in 2027)', () => {
    const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
    const law = withOverlay(baselineLaw, {
      name: 'split',
      values: {
        'bpu.jkkRate': [{ from: '2027-01', value: '0.9', status: 'projected', citations: study }],
        'bpu.jkmAmount': [{ from: '2027-01', value: 7_800, status: 'projected', citations: study }],
      },
    });
    const plan = planProgramme({ ...nttPlan, period: { from: '2026-12', to: '2027-01' }, rosters: [{ cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }] }, { law });
    // 2027-01: JKK 0.9 % × 1,000,000 = 9,000 and JKM 7,800: 16,800, the same total as 10,000 + 6,800
    expect(plan.rosters[0]!.profiles[0]!.runs).toEqual([
      { period: { from: '2026-12', to: '2026-12' }, amount: 16_800, byProgram: { JKK: 10_000, JKM: 6_800 } },
      { period: { from: '2027-01', to: '2027-01' }, amount: 16_800, byProgram: { JKK: 9_000, JKM: 7_800 } },
    ]);
    expect(plan.lawChanges).toEqual([{ month: '2027-01', parameters: ['bpu.jkkRate', 'bpu.jkmAmount', 'relief.pp50_2025'] }]);
    // both overlay values cite the same study: 8 values used, 4 distinct citations (PP 44/2015 Lampiran II, PP 50/2025 Art. 3-4, the due date's Perdir, the study), the study once
    expect(plan.lawUsed.filter((l) => l.source === 'split').map((l) => l.parameter)).toEqual(['bpu.jkkRate', 'bpu.jkmAmount']);
    expect(plan.lawUsed.flatMap((l) => l.citations)).toHaveLength(8);
    expect(plan.citations).toHaveLength(4);
    expect(plan.citations.filter((c) => c.instrument === 'Practice')).toEqual([study]);
  });

  it('a change in any one programme starts a new run (an overlay changing JKK, then JKM, then JHT)', () => {
    const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
    const law = withOverlay(baselineLaw, {
      name: 'one at a time',
      values: {
        'bpu.jkkRate': [{ from: '2026-11', value: '0.9', status: 'projected', citations: study }],
        'bpu.jkmAmount': [{ from: '2026-12', value: 7_800, status: 'projected', citations: study }],
        'bpu.jhtRate': [{ from: '2027-01', value: '1.9', status: 'projected', citations: study }],
      },
    });
    const plan = planProgramme(
      { ...nttPlan, programs: ['JKK', 'JKM', 'JHT'], period: { from: '2026-09', to: '2027-01' }, rosters: [{ cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }] },
      { law },
    );
    // base 1,000,000: JKK 1 % → 0.9 % (10,000 → 9,000); JKM 6,800 → 7,800; JHT 2 % → 1.9 % (20,000 → 19,000)
    expect(plan.rosters[0]!.profiles[0]!.runs.map((r) => [r.period.from, r.period.to, r.amount, r.byProgram])).toEqual([
      ['2026-09', '2026-10', 36_800, { JKK: 10_000, JKM: 6_800, JHT: 20_000 }],
      ['2026-11', '2026-11', 35_800, { JKK: 9_000, JKM: 6_800, JHT: 20_000 }],
      ['2026-12', '2026-12', 36_800, { JKK: 9_000, JKM: 7_800, JHT: 20_000 }],
      ['2027-01', '2027-01', 35_800, { JKK: 9_000, JKM: 7_800, JHT: 19_000 }],
    ]);
    // 2 × 36,800 + 35,800 + 36,800 + 35,800
    expect(plan.total).toBe(182_000);
  });

  it('asks for the sector where PP 50/2025 needs it (self-funded, 2026-01)', () => {
    const e = thrown(() =>
      planProgramme({ period: { from: '2026-01', to: '2026-01' }, funders: [{ id: 'self', kind: 'worker' }], arrangement: { type: 'single', funder: 'self' }, rosters: [{ cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }] }),
    );
    expect(e.code).toBe('missing_fact');
    expect(e.path).toEqual(['plan', 'rosters', 0, 'cohorts', 0, 'profile', 'sector']);
  });
});

describe('regression #13.8: unbounded plan work', () => {
  const province = { id: 'ntt', kind: 'province', region: '53' } as const;
  const monthsFrom2020 = (n: number) => ({ from: '2020-01', to: `${2020 + Math.floor((n - 1) / 12)}-${String(((n - 1) % 12) + 1).padStart(2, '0')}` });

  it('regression #13.8: 10,000 rosters over 600 months that share an arrangement are priced once per price class', () => {
    const rosters = Array.from({ length: 10_000 }, (_, i) => ({ region: i % 2 === 0 ? '53.71' : '53.10', cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }));
    const plan = planProgramme({ period: monthsFrom2020(600), funders: [province], arrangement: { type: 'single', funder: 'ntt' }, rosters });
    // One participant, 2020-01 to 2069-12 on APBD: PP 49/2020 leaves 1 % of JKK and JKM payable in
    // 2020-08..2021-01 (100 + 68 = 168, 6 months); the other 594 months 10,000 + 6,800 = 16,800.
    // 594 × 16,800 + 6 × 168 = 9,979,200 + 1,008 = 9,980,208 per participant; × 10,000.
    expect(plan.rosters[0]!.profiles[0]!.perParticipant).toBe(9_980_208);
    expect(plan.total).toBe(99_802_080_000);
    expect(plan.byRegion).toEqual({ '53.71': 49_901_040_000, '53.10': 49_901_040_000 });
    expect(plan.months[7]).toEqual({ month: '2020-08', participantCount: 10_000, total: 1_680_000, byFunder: { ntt: 1_680_000 }, unfunded: 0 });
    expect(plan.byFunder[0]!.byMonth.filter((x) => x === 168_000_000)).toHaveLength(594);
    // every roster reports its own profile, with the runs of its price class
    expect(plan.rosters[9_999]!.profiles[0]!.runs.map((r) => [r.period.from, r.period.to, r.amount])).toEqual([
      ['2020-01', '2020-07', 16_800],
      ['2020-08', '2021-01', 168],
      ['2021-02', '2069-12', 16_800],
    ]);
  });

  it('regression #13.8: more than 600,000 funder-months is a typed invalid_input naming the limit', () => {
    const funders = Array.from({ length: 1_001 }, (_, i) => ({ id: `d${i}`, kind: 'donor' as const }));
    const e = thrown(() => planProgramme({ period: monthsFrom2020(600), funders, arrangement: { type: 'single', funder: 'd0' }, rosters: [{ cohorts: [] }] }));
    // 1,001 funders × 600 months = 600,600 > 600,000
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['plan', 'funders'], reason: 'too_big' });
    expect(e.message).toMatch(/at most 600,000 funder-months.*1,001 funders × 600 months = 600,600/);
    // 1,000 funders × 600 months is within the limit
    expect(planProgramme({ period: monthsFrom2020(600), funders: funders.slice(0, 1_000), arrangement: { type: 'single', funder: 'd0' }, rosters: [{ cohorts: [] }] }).total).toBe(0);
  });

  it('regression #13.8: more than 6,000,000 price-group-months is a typed invalid_input naming the limit', () => {
    // 5,001 rosters, each with its own fixed amount (a distinct arrangement) and two price classes (incomes in two brackets), 600 months
    const cohorts = [{ count: 1, profile: { income: 1_000_000 } }, { count: 1, profile: { income: 1_100_000 } }];
    const rosters = Array.from({ length: 5_001 }, (_, i) => ({ arrangement: { type: 'fixed' as const, funder: 'ntt', amount: i, rest: 'kupang' }, cohorts }));
    const funders = [province, { id: 'kupang', kind: 'city', region: '53.71' } as const];
    const e = thrown(() => planProgramme({ period: monthsFrom2020(600), funders, rosters }));
    // 10,002 price groups × 600 months = 6,001,200 > 6,000,000
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['plan', 'rosters'], reason: 'too_big' });
    expect(e.message).toMatch(/at most 6,000,000 price-group-months.*10,002 price groups and 6,001,200 price-group-months/);
    // the same rosters sharing one arrangement are two price groups
    const shared = planProgramme({ period: monthsFrom2020(600), funders, arrangement: { type: 'fixed', funder: 'ntt', amount: 5_000, rest: 'kupang' }, rosters: rosters.map(() => ({ cohorts: cohorts.slice(0, 1) })) });
    // the province pays min(5,000, the month's amount): 594 × 5,000 + 6 × 168 = 2,971,008 per participant
    expect(shared.byFunder.map((f) => f.total)).toEqual([5_001 * 2_971_008, 5_001 * (9_980_208 - 2_971_008)]);
  });

  it('caps are consumed in roster order within a month, also when rosters share an arrangement', () => {
    // p (cap 20,000, no overflow) and r (no cap); rosters: single p, waterfall p → r, single p; 2025-01, one participant each at 16,800.
    // Roster order: p pays 16,800 (3,200 left); then p 3,200 and r 13,600; then p has nothing: 16,800 unfunded.
    // (Charging the two single-p rosters together first would have given r 16,800 and 13,600 unfunded.)
    const one = { cohorts: [{ count: 1, profile: { income: 1_000_000 } }] };
    const plan = planProgramme({
      period: { from: '2025-01', to: '2025-02' },
      funders: [{ id: 'p', kind: 'province', region: '53', cap: 20_000 }, { id: 'r', kind: 'regency', region: '53.10' }],
      rosters: [{ ...one, arrangement: { type: 'single', funder: 'p' } }, { ...one, arrangement: { type: 'waterfall', funders: ['p', 'r'] } }, { ...one, arrangement: { type: 'single', funder: 'p' } }],
    });
    expect(plan.months[0]).toEqual({ month: '2025-01', participantCount: 3, total: 50_400, byFunder: { p: 20_000, r: 13_600 }, unfunded: 16_800 });
    // 2025-02: p is exhausted: the waterfall goes to r, the single-p rosters are unfunded
    expect(plan.months[1]).toEqual({ month: '2025-02', participantCount: 3, total: 50_400, byFunder: { r: 16_800 }, unfunded: 33_600 });
    expect(plan.byFunder[0]!.cap).toEqual({ amount: 20_000, remaining: 0, reachedIn: '2025-01' });
  });
});

describe('planProgramme: invariants', () => {
  const funderIds = ['p', 'r', 'v', 'd'];
  const funderArb = fc.tuple(fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }), fc.constantFrom<'unfunded' | 'next'>('unfunded', 'next'));
  const arrangementArb = fc.oneof(
    fc.constantFrom(...funderIds).map((f) => ({ type: 'single' as const, funder: f })),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...funderIds), fc.constantFrom(...funderIds)).filter(([, a, b]) => a !== b).map(([pct, a, b]) => ({
      type: 'shares' as const,
      shares: [{ party: a, percent: String(pct) }, { party: b, percent: String(100 - pct) }],
    })),
    fc.tuple(fc.integer({ min: 0, max: 40_000 }), fc.constantFrom(...funderIds), fc.constantFrom(...funderIds)).filter(([, a, b]) => a !== b).map(([amount, a, b]) => ({ type: 'fixed' as const, funder: a, amount, rest: b })),
    fc.shuffledSubarray(funderIds, { minLength: 1 }).map((fs) => ({ type: 'waterfall' as const, funders: fs })),
  );
  const rosterArb = fc.record({
    arrangement: arrangementArb,
    cohorts: fc.array(fc.record({ count: fc.integer({ min: 0, max: 500 }), profile: fc.record({ income: fc.integer({ min: 0, max: 25_000_000 }), sector: fc.constantFrom<'other' | 'transport'>('other', 'transport') }) }), { minLength: 1, maxLength: 3 }),
  });

  it('property: funders plus unfunded add up to the grand total, per month and overall', () => {
    fc.assert(
      fc.property(fc.array(funderArb, { minLength: 4, maxLength: 4 }), fc.array(rosterArb, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 15 }), (caps, rosters, startOffset) => {
        const kinds = [
          { kind: 'province', region: '53' },
          { kind: 'regency', region: '53.10' },
          { kind: 'village', region: '53.10.01.2001' },
          { kind: 'donor' },
        ] as const;
        const funders = funderIds.map((id, i) => {
          const [cap, overflow] = caps[i]!;
          const next = funderIds[(i + 1) % funderIds.length]!;
          return { id, ...kinds[i]!, ...(cap === undefined ? {} : { cap, ...(overflow === 'next' ? { overflow: { to: next } } : {}) }) };
        });
        const from = `${2025 + Math.floor(startOffset / 12)}-${String((startOffset % 12) + 1).padStart(2, '0')}`;
        const plan = planProgramme({ period: { from, to: '2027-03' }, funders, rosters });
        const funded = plan.byFunder.reduce((s, f) => s + f.total, 0);
        expect(funded + plan.unfunded).toBe(plan.total);
        expect(plan.funded).toBe(funded);
        expect(plan.months.reduce((s, m) => s + m.total, 0)).toBe(plan.total);
        for (const m of plan.months) expect(Object.values(m.byFunder).reduce((s, x) => s + x, 0) + m.unfunded).toBe(m.total);
        for (const f of plan.byFunder) if (f.cap !== null) expect(f.total).toBeLessThanOrEqual(f.cap.amount);
        expect(Object.values(plan.byRegion).reduce((s, x) => s + x, 0)).toBe(plan.total);
        expect(Object.values(plan.byProgram).reduce((s, x) => s + (x ?? 0), 0)).toBe(plan.total);
      }),
      { numRuns: 60 },
    );
  });
});

describe('planProgramme: bad input', () => {
  it('rejects unknown funders, bad regions, missing arrangements and bad profiles with paths', () => {
    expect(thrown(() => planProgramme({ ...nttPlan, arrangement: { type: 'single', funder: 'nobody' } })).path).toEqual(['plan', 'arrangement', 'funder']);
    const noRegion = thrown(() => planProgramme({ ...nttPlan, funders: [{ id: 'ntt', kind: 'province' }] }));
    expect(noRegion.code).toBe('missing_fact');
    expect(noRegion.path).toEqual(['plan', 'funders', 0, 'region']);
    expect(thrown(() => planProgramme({ ...nttPlan, funders: [{ id: 'ntt', kind: 'province', region: '53.71' }] })).path).toEqual(['plan', 'funders', 0, 'region']);
    expect(thrown(() => planProgramme({ ...nttPlan, funders: [nttProvince, nttProvince] })).path).toEqual(['plan', 'funders', 1, 'id']);
    const noArrangement = thrown(() => planProgramme({ ...nttPlan, arrangement: undefined }));
    expect(noArrangement.code).toBe('missing_fact');
    expect(noArrangement.path).toEqual(['plan', 'rosters', 0, 'arrangement']);
    expect(thrown(() => planProgramme({ ...nttPlan, rosters: [{ period: { from: '2025-12', to: '2026-01' }, cohorts: [] }] })).path).toEqual(['plan', 'rosters', 0, 'period']);
    expect(thrown(() => planProgramme({ ...nttPlan, rosters: [{ participants: [{ income: 1_000_000 }, { income: 'abc' }] }] })).path).toEqual(['plan', 'rosters', 0, 'participants', 1, 'income']);
    expect(thrown(() => planProgramme({ ...nttPlan, rosters: [{ cohorts: [{ count: -1, profile: { income: 1 } }] }] })).path).toEqual(['plan', 'rosters', 0, 'cohorts', 0, 'count']);
    expect(thrown(() => planProgramme({ ...nttPlan, arrangement: { type: 'shares', shares: [{ party: 'ntt', percent: '90' }] } })).message).toMatch(/add up to exactly 100/);
    expect(thrown(() => planProgramme({ ...nttPlan, funders: [{ ...nttProvince, cap: 1, overflow: { to: 'x' } }] })).path).toEqual(['plan', 'funders', 0, 'overflow', 'to']);
    expect(thrown(() => planProgramme({ ...nttPlan, rosters: [{ cohorts: [{ count: 1, profile: { income: 1, isEmployer: true } }] }] })).path).toEqual(['plan', 'rosters', 0, 'cohorts', 0, 'profile', 'isEmployer']);
    expect(thrown(() => planProgramme(null as never)).code).toBe('invalid_input');
  });

  it('rejects rosters that are empty, too long, or name unknown funders, and errors found while pricing, with paths', () => {
    const at = (fn: () => unknown) => {
      const e = thrown(fn);
      return [e.code, e.path];
    };
    const empty = thrown(() => planProgramme({ ...nttPlan, rosters: [{ name: 'kosong' }] }));
    expect([empty.code, empty.path, empty.message]).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants'], 'A roster needs cohorts or participants (at plan.rosters.0.participants)']);
    // ends after the plan's 2026-12
    expect(at(() => planProgramme({ ...nttPlan, rosters: [{ period: { from: '2026-12', to: '2027-01' }, cohorts: [] }] }))).toEqual(['invalid_input', ['plan', 'rosters', 0, 'period']]);
    expect(at(() => planProgramme({ ...nttPlan, rosters: [{ arrangement: { type: 'single', funder: 'nobody' }, cohorts: [] }] }))).toEqual(['invalid_input', ['plan', 'rosters', 0, 'arrangement', 'funder']]);
    expect(at(() => planProgramme({ ...nttPlan, rosters: [{ participants: [{ income: 1_000_000, isEmployer: true }] }] }))).toEqual(['invalid_input', ['plan', 'rosters', 0, 'participants', 0, 'isEmployer']]);
    // BPU brackets are in force from 2015-07: the plan's months (the roster has none of its own), or the roster's
    expect(at(() => planProgramme({ ...nttPlan, period: { from: '2015-06', to: '2015-07' } }))).toEqual(['parameter_not_in_force', ['plan', 'period']]);
    const early = { ...nttPlan.rosters[0]!, period: { from: '2015-06', to: '2015-06' } };
    expect(at(() => planProgramme({ ...nttPlan, period: { from: '2015-06', to: '2015-07' }, rosters: [early, nttPlan.rosters[0]!] }))).toEqual(['parameter_not_in_force', ['plan', 'rosters', 0, 'period']]);
    // a self-funded profile needs its sector in 2026-01, even in a cohort of 0 (its price is still reported)
    const self = { funders: [{ id: 'self', kind: 'worker' }], arrangement: { type: 'single', funder: 'self' } } as const;
    expect(at(() => planProgramme({ ...self, period: { from: '2026-01', to: '2026-01' }, rosters: [{ cohorts: [] }, { cohorts: [{ count: 0, profile: { income: 1_000_000 } }] }] }))).toEqual([
      'missing_fact',
      ['plan', 'rosters', 1, 'cohorts', 0, 'profile', 'sector'],
    ]);
  });
});

describe('planProgramme: options', () => {
  it('takes the law options (law, projection) and rounding, one object rooted at options', () => {
    // an overlay through `law`: JKM Rp7,800 in 2026 → 50,000 × 12 × (10,000 + 7,800) = 10,680,000,000
    const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
    const law = withOverlay(baselineLaw, { name: 'jkm', values: { 'bpu.jkmAmount': [{ from: '2026-01', value: 7_800, status: 'projected', citations: study }] } });
    expect(planProgramme(nttPlan, { law }).total).toBe(10_680_000_000);
    // a projection changes nothing where every value is known
    expect(planProgramme(nttPlan, { projection: { method: 'carry_forward' } })).toMatchObject({ total: 10_080_000_000, projected: false });
    expect(planProgramme(nttPlan, { rounding: { mode: 'half_up', step: 100 } }).rounding).toEqual({ mode: 'half_up', step: 100 });
    expect(thrown(() => planProgramme(nttPlan, { beyondLastValue: 'carryForward' } as never)).path).toEqual(['options']);
    expect(thrown(() => planProgramme(nttPlan, { rounding: { mode: 'sideways', step: 1 } } as never)).path).toEqual(['options', 'rounding', 'mode']);
  });

  it('resolves a projection of either method to carrying the last value forward (no BPU parameter is indexed by law)', () => {
    expect(resolveFundingOptions(undefined).projection).toBeUndefined();
    expect(resolveFundingOptions({}).projection).toBeUndefined();
    expect(resolveFundingOptions({ projection: { method: 'carry_forward' } }).projection).toEqual({ method: 'carry_forward' });
    expect(resolveFundingOptions({ projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).projection).toEqual({ method: 'carry_forward' });
    expect(resolveFundingOptions({ rounding: { mode: 'down', step: 100 } }).rounding).toEqual({ mode: 'down', step: 100 });
  });
});
