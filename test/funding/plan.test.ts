import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planProgramme, type ProgrammePlanInput } from '../../src/funding/plan';
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
  const plan = planProgramme({ ...nttPlan, budget: 10_080_000_000 });

  it('costs 50,000 × 12 × 16,800 = Rp10,080,000,000, all paid by the province', () => {
    expect(plan.total).toBe(10_080_000_000);
    expect(plan.funded).toBe(10_080_000_000);
    expect(plan.unfunded).toBe(0);
    expect(plan.participants).toBe(50_000);
    expect(plan.participantMonths).toBe(600_000);
    expect(plan.byFunder).toHaveLength(1);
    expect(plan.byFunder[0]).toMatchObject({ funder: 'ntt', kind: 'province', region: '53', budgetType: 'apbd', total: 10_080_000_000 });
  });

  it('is 840,000,000 a month (50,000 × 16,800), with no PP 50/2025 discount from April because APBD pays', () => {
    expect(plan.months.map((m) => m.total)).toEqual(new Array(12).fill(840_000_000));
    expect(plan.months[3]).toEqual({ month: '2026-04', participants: 50_000, total: 840_000_000, byFunder: { ntt: 840_000_000 }, unfunded: 0 });
    expect(plan.rosters[0]!.fundedBy).toBe('apbd');
    expect(plan.rosters[0]!.notes.map((n) => n.en)).toContain('PP 50/2025 discount does not apply: JKK and JKM are paid through APBD (PP 50/2025 Art. 3-4)');
  });

  it('splits by programme and region: JKK 50,000 × 12 × 10,000; JKM 50,000 × 12 × 6,800', () => {
    expect(plan.byProgram).toEqual({ JKK: 6_000_000_000, JKM: 4_080_000_000 });
    expect(plan.byRegion).toEqual({ '53': 10_080_000_000 });
  });

  it('fits its budget exactly and explains the arithmetic', () => {
    expect(plan.budget).toEqual({ budget: 10_080_000_000, required: 10_080_000_000, fits: true, shortBy: 0, leftOver: 0 });
    const en = plan.explanation.map((s) => s.text.en);
    expect(en).toContain('2026-01 to 2026-12: 50,000 participants (base Rp1.000.000) × 12 months × Rp16.800 (JKK Rp10.000 + JKM Rp6.800) = Rp10.080.000.000');
    expect(en).toContain('Budget Rp10.080.000.000 fits; Rp0 left over');
    expect(plan.citations.some((c) => c.instrument === 'PP' && c.number === '50')).toBe(true);
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
    expect(plan.participants).toBe(20_614);
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
      arrangement: { type: 'shares', shares: [{ funder: 'ntt', percent: '60' }, { funder: 'sikka', percent: '40' }] },
      rosters: [{ cohorts: [{ count: 1_000, profile: { income: 1_000_000 } }] }],
    });
    // 16,800 → 10,080 + 6,720 per participant-month; × 1,000 × 12
    expect(sixtyForty.byFunder.map((f) => f.total)).toEqual([120_960_000, 80_640_000]);
    // base 2,950,000: JKK 29,500 + JKM 6,800 = 36,300; 50.5 % = 18,331.5 and 49.5 % = 17,968.5 → tie on the remainder
    const odd = (remainder?: { method: 'toParty'; party: string }) =>
      planProgramme({
        period: { from: '2026-01', to: '2026-01' },
        funders: [...funders],
        arrangement: { type: 'shares', shares: [{ funder: 'ntt', percent: '50.5' }, { funder: 'sikka', percent: '49.5' }], ...(remainder === undefined ? {} : { remainder }) },
        rosters: [{ cohorts: [{ count: 1, profile: { income: 3_000_000 } }] }],
      }).byFunder.map((f) => f.total);
    expect(odd()).toEqual([18_332, 17_968]); // Hamilton tie → the larger share
    expect(odd({ method: 'toParty', party: 'sikka' })).toEqual([18_331, 17_969]);
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

describe('planProgramme: the funding source changes the law (PP 50/2025)', () => {
  const village = { id: 'desa', kind: 'village', region: '53.10.01.2001', name: 'Desa' } as const;
  const roster = { cohorts: [{ count: 1, profile: { income: 1_000_000, sector: 'other' as const } }] };

  it('a village (APBDes) keeps the discount; the same roster on APBD does not', () => {
    const byVillage = planProgramme({ period: YEAR_2026, funders: [village], arrangement: { type: 'single', funder: 'desa' }, rosters: [roster] });
    // Jan–Mar 16,800 × 3 = 50,400; Apr–Dec 8,400 × 9 = 75,600 → 126,000
    expect(byVillage.total).toBe(126_000);
    expect(byVillage.rosters[0]!.fundedBy).toBe('apbdes');
    expect(byVillage.rosters[0]!.profiles[0]!.runs.map((r) => [r.from, r.to, r.amount])).toEqual([
      ['2026-01', '2026-03', 16_800],
      ['2026-04', '2026-12', 8_400],
    ]);
    const byRegency = planProgramme({ period: YEAR_2026, funders: [{ id: 'sikka', kind: 'regency', region: '53.10' }], arrangement: { type: 'single', funder: 'sikka' }, rosters: [roster] });
    expect(byRegency.total).toBe(201_600);
  });

  it('mixed funding: a month paid partly from APBD counts as paid through APBD (no discount)', () => {
    const mixed = planProgramme({
      period: { from: '2026-05', to: '2026-05' },
      funders: [village, { id: 'sikka', kind: 'regency', region: '53.10' }],
      arrangement: { type: 'shares', shares: [{ funder: 'desa', percent: '50' }, { funder: 'sikka', percent: '50' }] },
      rosters: [roster],
    });
    expect(mixed.rosters[0]!.fundedBy).toBe('apbd');
    expect(mixed.total).toBe(16_800);
    expect(mixed.byFunder.map((f) => f.total)).toEqual([8_400, 8_400]);
    expect(mixed.rosters[0]!.fundedByReason.en).toMatch(/^Mixed funding/);
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

  it('asks for the sector where PP 50/2025 needs it (self-funded, 2026-01)', () => {
    const e = thrown(() =>
      planProgramme({ period: { from: '2026-01', to: '2026-01' }, funders: [{ id: 'self', kind: 'worker' }], arrangement: { type: 'single', funder: 'self' }, rosters: [{ cohorts: [{ count: 1, profile: { income: 1_000_000 } }] }] }),
    );
    expect(e.code).toBe('missing_fact');
    expect(e.path).toEqual(['plan', 'rosters', 0, 'profile', 'sector']);
  });
});

describe('planProgramme: invariants', () => {
  const funderIds = ['p', 'r', 'v', 'd'];
  const funderArb = fc.tuple(fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }), fc.constantFrom<'unfunded' | 'next'>('unfunded', 'next'));
  const arrangementArb = fc.oneof(
    fc.constantFrom(...funderIds).map((f) => ({ type: 'single' as const, funder: f })),
    fc.tuple(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...funderIds), fc.constantFrom(...funderIds)).filter(([, a, b]) => a !== b).map(([pct, a, b]) => ({
      type: 'shares' as const,
      shares: [{ funder: a, percent: String(pct) }, { funder: b, percent: String(100 - pct) }],
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
    expect(thrown(() => planProgramme({ ...nttPlan, arrangement: { type: 'shares', shares: [{ funder: 'ntt', percent: '90' }] } })).message).toMatch(/add up to exactly 100/);
    expect(thrown(() => planProgramme({ ...nttPlan, funders: [{ ...nttProvince, cap: 1, overflow: { to: 'x' } }] })).path).toEqual(['plan', 'funders', 0, 'overflow', 'to']);
    expect(thrown(() => planProgramme({ ...nttPlan, rosters: [{ cohorts: [{ count: 1, profile: { income: 1, isEmployer: true } }] }] })).path).toEqual(['plan', 'rosters', 0, 'cohorts', 0, 'profile', 'isEmployer']);
    expect(thrown(() => planProgramme(null as never)).code).toBe('invalid_input');
  });
});
