import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselineLaw, jkkBenefit, withOverlay } from '../../src/index';
import { expectError } from '../helpers';

const amounts = (b: ReturnType<typeof jkkBenefit>) => Object.fromEntries(b.components.map((c) => [c.key, c.amount]));

describe('jkkBenefit', () => {
  it('death, BPU income base 1,000,000: 48 m + 12 m + 10 m = 70 m, scholarship up to 174 m without a contribution period (ex. 11)', () => {
    const b = jkkBenefit({ accidentDate: '2026-03-05', earnings: { segment: 'BPU', income: 800_000 }, outcome: { kind: 'death' }, scholarshipChildCount: 2 });
    expect(b.earnings.base).toBe('1000000');
    expect(amounts(b)).toMatchObject({ 'jkk.death.lumpSum': 48_000_000, 'jkk.periodic': 12_000_000, 'jkk.funeral': 10_000_000, 'jkk.medicalCare': null });
    expect(b.total).toBe(70_000_000);
    expect(b.scholarship?.maximum).toBe(174_000_000);
    expect(b.scholarship?.entitled).toBe(true);
  });

  it('death, PU wage 5,000,000: 240 m + 12 m + 10 m = 262 m (ex. 12, table E)', () => {
    const b = jkkBenefit({ accidentDate: '2025-08-01', earnings: { segment: 'PU', wage: 5_000_000 }, outcome: { kind: 'death' } });
    expect(b.total).toBe(262_000_000);
    expect(b.conditions.find((c) => c.id === 'jkk.death.minimum')?.decisive).toBe(false);
  });

  it('death minimum (JKM lump sum reading): wage 400,000 → 48 × 400,000 = 19.2 m < 20 m → 20 m; 416,667 → 20,000,016', () => {
    const low = jkkBenefit({ accidentDate: '2025-08-01', earnings: { segment: 'PU', wage: 400_000 }, outcome: { kind: 'death' } });
    expect(amounts(low)['jkk.death.lumpSum']).toBe(20_000_000);
    expect(low.conditions.find((c) => c.id === 'jkk.death.minimum')?.decisive).toBe(true);
    // 48 × 416,667 = 20,000,016
    expect(amounts(jkkBenefit({ accidentDate: '2025-08-01', earnings: { segment: 'PU', wage: 416_667 }, outcome: { kind: 'death' } }))['jkk.death.lumpSum']).toBe(20_000_016);
    // Before 2019-12-02 the minimum is 16,200,000: 48 × 300,000 = 14,400,000 → 16,200,000
    expect(amounts(jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 300_000 }, outcome: { kind: 'death' } }))['jkk.death.lumpSum']).toBe(16_200_000);
  });

  it('the death minimum is read from benefit.jkm.cash (one figure, one parameter): an overlay of the JKM lump sum moves it', () => {
    const law = withOverlay(baselineLaw, {
      name: 'higher JKM lump sum',
      values: { 'benefit.jkm.cash': [{ from: '2027-01-01', value: { lumpSum: 25_000_000, periodic: 12_000_000, funeral: 10_000_000 }, status: 'projected', citations: { instrument: 'Practice', number: 'test', year: 2026 } }] },
    });
    // 48 × 400,000 = 19,200,000 < 25,000,000 → 25,000,000
    const b = jkkBenefit({ accidentDate: '2027-02-01', earnings: { segment: 'PU', wage: 400_000 }, outcome: { kind: 'death' } }, { law });
    expect(amounts(b)['jkk.death.lumpSum']).toBe(25_000_000);
    expect(b.components.find((c) => c.key === 'jkk.death.lumpSum')?.parameters).toEqual(['benefit.jkk.cash', 'benefit.jkm.cash']);
    expect(b.lawUsed.map((l) => l.parameter)).toContain('benefit.jkm.cash');
  });

  it('death, the day before and the day PP 82/2019 takes effect: 48 × 5 m + 4.8 m + 3 m = 247.8 m vs 262 m', () => {
    const before = jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 5_000_000 }, outcome: { kind: 'death' }, scholarshipChildCount: 2 });
    expect(before.total).toBe(247_800_000);
    // PP 44/2015: Rp12 m for one child
    expect(before.scholarship?.maximum).toBe(12_000_000);
    expect(jkkBenefit({ accidentDate: '2019-12-02', earnings: { segment: 'PU', wage: 5_000_000 }, outcome: { kind: 'death' } }).total).toBe(262_000_000);
  });

  it('total permanent disability, wage 4,000,000: 70 % × 80 × 4 m = 224 m + 12 m = 236 m (ex. 13, additive reading)', () => {
    const b = jkkBenefit({ accidentDate: '2024-01-10', earnings: { segment: 'PU', wage: 4_000_000 }, outcome: { kind: 'total_permanent_disability' } });
    expect(amounts(b)['jkk.disability.total']).toBe(224_000_000);
    expect(amounts(b)['jkk.periodic']).toBe(12_000_000);
    expect(b.total).toBe(236_000_000);
    expect(b.lawUsed.find((l) => l.parameter === 'benefit.jkk.cash')?.citations[0]?.note).toMatch(/Additive reading \(M\+\)/);
    // Before: 224 m + 4.8 m
    expect(jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 4_000_000 }, outcome: { kind: 'total_permanent_disability' } }).total).toBe(228_800_000);
  });

  it('partial disability (ex. 14): anatomical 10 % × 80 × 3 m = 24 m; functional 50 % × 10 % × 80 × 3 m = 12 m', () => {
    const a = jkkBenefit({ accidentDate: '2024-01-10', earnings: { segment: 'PU', wage: 3_000_000 }, outcome: { kind: 'partial_disability', tablePercent: '10' } });
    expect(amounts(a)['jkk.disability.anatomical']).toBe(24_000_000);
    expect(a.total).toBe(24_000_000);
    expect(a.scholarship).toBeNull();
    const f = jkkBenefit({ accidentDate: '2024-01-10', earnings: { segment: 'PU', wage: 3_000_000 }, outcome: { kind: 'partial_disability', tablePercent: '10', functionLossPercent: '50' } });
    expect(amounts(f)['jkk.disability.functional']).toBe(12_000_000);
  });

  it('STMB under PP 82/2019: 14 months at 3 m = 12 × 3 m + 2 × 1.5 m = 39 m', () => {
    const b = jkkBenefit({ accidentDate: '2024-01-10', earnings: { segment: 'PU', wage: 3_000_000 }, incapacityMonths: 14, outcome: { kind: 'recovery' } });
    expect(b.stmbMonths.map((m) => m.percent)).toEqual([...Array(12).fill('100'), '50', '50']);
    expect(amounts(b)['jkk.stmb']).toBe(39_000_000);
  });

  it('STMB before PP 82/2019: 14 months at 3 m = 6 × 3 m + 6 × 2.25 m + 2 × 1.5 m = 34.5 m', () => {
    const b = jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 3_000_000 }, incapacityMonths: 14, outcome: { kind: 'recovery' } });
    expect(b.stmbMonths.map((m) => m.percent)).toEqual([...Array(6).fill('100'), ...Array(6).fill('75'), '50', '50']);
    expect(amounts(b)['jkk.stmb']).toBe(34_500_000);
  });

  it('STMB rounding: 75 % × 3,333,333 = 2,499,999.75 → 2,500,000 half-up, 2,499,999 down', () => {
    const input = { accidentDate: '2019-01-10', earnings: { segment: 'PU' as const, wage: 3_333_333 }, incapacityMonths: 7, outcome: { kind: 'recovery' as const } };
    expect(jkkBenefit(input).stmbMonths[6]?.amount).toBe(2_500_000);
    expect(jkkBenefit(input, { rounding: { mode: 'down', step: 1 } }).stmbMonths[6]?.amount).toBe(2_499_999);
  });

  it('transport: each mode capped (land 5 m, sea 2 m, air 10 m); medical care reported as incurred', () => {
    const b = jkkBenefit({
      accidentDate: '2025-05-05',
      earnings: { segment: 'PU', wage: 3_000_000 },
      transport: [
        { mode: 'land', cost: 3_000_000 },
        { mode: 'land', cost: 2_500_000 },
        { mode: 'sea', cost: 1_500_000 },
        { mode: 'air', cost: 12_000_000 },
      ],
      outcome: { kind: 'recovery' },
    });
    // land min(5.5 m, 5 m) + sea min(1.5 m, 2 m) + air min(12 m, 10 m) = 16.5 m
    expect(amounts(b)).toMatchObject({ 'jkk.transport.land': 5_000_000, 'jkk.transport.sea': 1_500_000, 'jkk.transport.air': 10_000_000, 'jkk.medicalCare': null });
    expect(b.components.find((c) => c.key === 'jkk.medicalCare')?.amountKind).toBe('as_incurred');
    expect(b.total).toBe(16_500_000);
  });

  it('transport before 2019-12-02: the library has no caps, typed error', () => {
    expectError(() => jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 3_000_000 }, transport: [{ mode: 'land', cost: 100_000 }], outcome: { kind: 'recovery' } }), 'parameter_not_in_force');
  });

  it('bad input: negative wage, accident before membership, percent over 100, before JKK data', () => {
    expectError(() => jkkBenefit({ accidentDate: '2025-05-05', earnings: { segment: 'PU', wage: -1 }, outcome: { kind: 'death' } }), 'invalid_input', ['input', 'earnings', 'wage']);
    expectError(() => jkkBenefit({ accidentDate: '2025-05-05', earnings: { segment: 'PU', wage: 0 }, outcome: { kind: 'death' } }), 'invalid_input', ['input', 'earnings', 'wage']);
    expectError(() => jkkBenefit({ accidentDate: '2025-05-05', membershipStartDate: '2025-06-01', earnings: { segment: 'PU', wage: 1 }, outcome: { kind: 'death' } }), 'invalid_input', ['input', 'accidentDate']);
    expectError(() => jkkBenefit({ accidentDate: '2025-05-05', earnings: { segment: 'PU', wage: 1 }, outcome: { kind: 'partial_disability', tablePercent: '120' } }), 'invalid_input', ['input', 'outcome', 'tablePercent']);
    expectError(() => jkkBenefit({ accidentDate: '2015-06-30', earnings: { segment: 'PU', wage: 1 }, outcome: { kind: 'death' } }), 'parameter_not_in_force');
    expectError(() => jkkBenefit({ accidentDate: '2025-05-05', earnings: { segment: 'PU', wage: 1 }, outcome: { kind: 'fell' } } as never), 'invalid_input', ['input', 'outcome']);
  });

  it('explanation, labels and rules stated exactly: death at wage 400,000 with land transport at the cap and 2 STMB months', () => {
    // Membership starting on the accident day is allowed (the check is "accident before membership").
    const b = jkkBenefit({ accidentDate: '2025-08-01', membershipStartDate: '2025-08-01', earnings: { segment: 'PU', wage: 400_000 }, transport: [{ mode: 'land', cost: 5_000_000 }], incapacityMonths: 2, outcome: { kind: 'death' }, scholarshipChildCount: 1 });
    // Only the mode used gets a transport item; no sea or air item.
    expect(b.components.map((c) => c.key)).toEqual(['jkk.medicalCare', 'jkk.transport.land', 'jkk.stmb', 'jkk.death.lumpSum', 'jkk.periodic', 'jkk.funeral']);
    // land min(5 m, 5 m) + STMB 2 × 100 % × 400,000 + max(48 × 400,000 = 19.2 m, 20 m) + 12 m + 10 m = 47.8 m
    expect(b.total).toBe(47_800_000);
    expect(b.explanation.map((t) => t.text.en)).toEqual([
      'Work accident on 2025-08-01: PP 82/2019 Art. I (Lampiran I) applies.',
      'Last reported monthly wage: Rp400.000',
      'Medical care: as incurred — As medically needed, without limit, at partner facilities (PLKK): paid as incurred, not computed here.',
      'Transport (land/river): Rp5.000.000 — min(cost Rp5.000.000; cap Rp5.000.000)',
      'Temporary incapacity benefit (STMB): Rp800.000 — 2 months × Rp400.000 by the schedule 100 % × 12, 50 % (whole months)',
      'Death lump sum (work accident): Rp20.000.000 — max(48 × Rp400.000; Rp20.000.000)',
      'Periodic benefit (24 months, paid at once): Rp12.000.000 — Rp12.000.000',
      'Funeral cost: Rp10.000.000 — Rp10.000.000',
      // decisive conditions only: the death minimum, not the JKK scholarship's "no minimum period"
      '48 × Rp400.000 = Rp19.200.000 < the minimum Rp20.000.000 (the JKM lump sum): the minimum is paid.',
      'Total cash Rp47.800.000 (medical care excluded).',
      'Up to Rp87.000.000 × 1 children = Rp87.000.000, paid yearly by level attended.',
    ]);
    expect(b.explanation.map((t) => t.text.id)).toEqual([
      'Kecelakaan kerja 2025-08-01: berlaku PP 82/2019 Art. I (Lampiran I).',
      'Upah sebulan terakhir yang dilaporkan: Rp400.000',
      'Perawatan dan pengobatan: sesuai biaya — Sesuai kebutuhan medis, tanpa batas, di fasilitas kesehatan kerja sama (PLKK): dibayar sesuai biaya, tidak dihitung di sini.',
      'Biaya pengangkutan (darat/sungai): Rp5.000.000 — min(biaya Rp5.000.000; batas Rp5.000.000)',
      'Santunan sementara tidak mampu bekerja (STMB): Rp800.000 — 2 bulan × Rp400.000 menurut jadwal 100 % × 12, 50 % (bulan penuh)',
      'Santunan kematian karena kecelakaan kerja: Rp20.000.000 — max(48 × Rp400.000; Rp20.000.000)',
      'Santunan berkala (24 bulan, dibayar sekaligus): Rp12.000.000 — Rp12.000.000',
      'Biaya pemakaman: Rp10.000.000 — Rp10.000.000',
      '48 × Rp400.000 = Rp19.200.000 < minimum Rp20.000.000 (santunan sekaligus JKM): dibayar minimum.',
      'Jumlah uang tunai Rp47.800.000 (di luar perawatan medis).',
      'Hingga Rp87.000.000 × 1 anak = Rp87.000.000, dibayar setiap tahun sesuai jenjang.',
    ]);
    const minimum = b.conditions.find((c) => c.id === 'jkk.death.minimum');
    expect(minimum?.met).toBe(false);
    // The condition cites both rules: the JKK 48 × wage and the JKM lump sum used as the minimum.
    const citationsOf = (id: string) => b.lawUsed.find((l) => l.parameter === id)?.citations ?? [];
    expect(minimum?.citations).toEqual([...citationsOf('benefit.jkk.cash'), ...citationsOf('benefit.jkm.cash')]);
    expect(minimum?.citations.length).toBeGreaterThan(citationsOf('benefit.jkk.cash').length);
  });

  it('each explanation step carries the citations of its rule; the result repeats the accident date', () => {
    // BPU income 1,000,000 → base 1,000,000; 48 × 1,000,000 = 48 m ≥ 20 m: the minimum is not decisive, no step
    const b = jkkBenefit({ accidentDate: '2025-08-01', earnings: { segment: 'BPU', income: 1_000_000 }, outcome: { kind: 'death' } });
    expect(b.accidentDate).toBe('2025-08-01');
    const cited = (id: string) => b.lawUsed.find((l) => l.parameter === id)!.citations;
    expect(b.explanation.map((s) => s.citations)).toEqual([
      cited('benefit.jkk.cash'), // the regime
      cited('bpu.incomeBrackets'), // the BPU base
      cited('benefit.jkk.cash'), // medical care
      [...cited('benefit.jkk.cash'), ...cited('benefit.jkm.cash')], // the death lump sum and its minimum
      cited('benefit.jkk.cash'), // periodic
      cited('benefit.jkk.cash'), // funeral
      [], // the total: arithmetic
      cited('benefit.scholarship'), // the scholarship note
    ]);
    expect(cited('benefit.jkk.cash').length).toBeGreaterThan(0);
  });

  it('death minimum exactly met: wage 416,666.67 → 48 × 416,666.67 = 20,000,000.16 → 20,000,000 = the minimum, not binding', () => {
    const b = jkkBenefit({ accidentDate: '2025-08-01', earnings: { segment: 'PU', wage: '416666.67' }, outcome: { kind: 'death' } });
    expect(amounts(b)['jkk.death.lumpSum']).toBe(20_000_000);
    const c = b.conditions.find((x) => x.id === 'jkk.death.minimum');
    expect([c?.met, c?.decisive]).toEqual([true, false]);
    expect(c?.text.en).toBe('48 × Rp416.666,67 = Rp20.000.000 ≥ the minimum Rp20.000.000.');
    expect(c?.text.id).toBe('48 × Rp416.666,67 = Rp20.000.000 ≥ minimum Rp20.000.000.');
    // A condition that was not decisive is not repeated in the explanation.
    expect(b.explanation.some((t) => t.text.en.startsWith('48 ×'))).toBe(false);
  });

  it('total permanent disability: the periodic item states the additive reading, and the scholarship applies (2 children by default: 2 × 87 m)', () => {
    const b = jkkBenefit({ accidentDate: '2024-01-10', earnings: { segment: 'PU', wage: 4_000_000 }, outcome: { kind: 'total_permanent_disability' } });
    expect(b.components.map((c) => [c.key, c.label.en, c.rule.en])).toEqual([
      ['jkk.medicalCare', 'Medical care', 'As medically needed, without limit, at partner facilities (PLKK): paid as incurred, not computed here.'],
      ['jkk.disability.total', 'Total permanent disability', '70 % × 80 × Rp4.000.000'],
      ['jkk.periodic', 'Periodic benefit (24 months, paid at once)', 'Rp12.000.000, added to the total disability lump sum (additive reading, M+)'],
    ]);
    expect(b.components.map((c) => [c.label.id, c.rule.id]).slice(1)).toEqual([
      ['Cacat total tetap', '70 % × 80 × Rp4.000.000'],
      ['Santunan berkala (24 bulan, dibayar sekaligus)', 'Rp12.000.000, ditambahkan pada santunan cacat total tetap (bacaan aditif, M+)'],
    ]);
    expect(b.scholarship).toMatchObject({ entitled: true, kind: 'yearly', childCount: null, maximumPerChild: 87_000_000, maximum: 174_000_000 });
    // 224 m + 12 m + 174 m
    expect(b.maximumTotal).toBe(410_000_000);
    expect(b.explanation.at(-1)?.text.en).toBe('Up to Rp87.000.000 a child, at most 2 children (number of children not given).');
  });

  it('total permanent disability without the additive reading (an overlay of benefit.jkk.cash): no periodic item, 224 m', () => {
    const law = withOverlay(baselineLaw, {
      name: 'periodic not added',
      values: { 'benefit.jkk.cash': [{ from: '2027-01-01', value: { deathWageMonths: 48, disabilityWageMonths: 80, totalDisabilityRate: '70', periodic: 12_000_000, totalDisabilityAddsPeriodic: false, funeral: 10_000_000 }, status: 'projected', citations: { instrument: 'Practice', number: 'test', year: 2026 } }] },
    });
    const b = jkkBenefit({ accidentDate: '2027-02-01', earnings: { segment: 'PU', wage: 4_000_000 }, outcome: { kind: 'total_permanent_disability' } }, { law });
    expect(b.components.map((c) => c.key)).toEqual(['jkk.medicalCare', 'jkk.disability.total']);
    // 70 % × 80 × 4,000,000
    expect(b.total).toBe(224_000_000);
  });

  it('partial disability: labels and rules name the percentages; a table percentage of exactly 100 is accepted (100 % × 80 × 3 m = 240 m)', () => {
    const input = { accidentDate: '2024-01-10', earnings: { segment: 'PU' as const, wage: 3_000_000 } };
    const a = jkkBenefit({ ...input, outcome: { kind: 'partial_disability', tablePercent: '10' } });
    expect(a.components.map((c) => [c.key, c.label, c.rule]).at(-1)).toEqual(['jkk.disability.anatomical', { id: 'Cacat sebagian anatomis', en: 'Partial anatomical disability' }, { id: '10 % × 80 × Rp3.000.000', en: '10 % × 80 × Rp3.000.000' }]);
    const f = jkkBenefit({ ...input, outcome: { kind: 'partial_disability', tablePercent: '10', functionLossPercent: '50' } });
    expect(f.components.map((c) => [c.key, c.label, c.rule]).at(-1)).toEqual(['jkk.disability.functional', { id: 'Cacat sebagian fungsi', en: 'Partial functional disability' }, { id: '50 % × 10 % × 80 × Rp3.000.000', en: '50 % × 10 % × 80 × Rp3.000.000' }]);
    expect(jkkBenefit({ ...input, outcome: { kind: 'partial_disability', tablePercent: '100', functionLossPercent: '100' } }).total).toBe(240_000_000);
  });

  it('an empty transport list and 0 STMB months add no item and read no transport caps (so no error before 2019-12-02)', () => {
    const b = jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 3_000_000 }, transport: [], incapacityMonths: 0, outcome: { kind: 'recovery' } });
    expect(b.components.map((c) => c.key)).toEqual(['jkk.medicalCare']);
    expect(b.stmbMonths).toEqual([]);
    expect(b.conditions).toEqual([]);
    expect(b.total).toBe(0);
    expect(b.scholarship).toBeNull();
    expect(b.lawUsed.map((l) => l.parameter)).toEqual(['benefit.jkk.cash']);
    // Without the fields: the same.
    expect(jkkBenefit({ accidentDate: '2019-12-01', earnings: { segment: 'PU', wage: 3_000_000 }, outcome: { kind: 'recovery' } }).components.map((c) => c.key)).toEqual(['jkk.medicalCare']);
  });

  it('property: the death lump sum is max(48 × wage, minimum) and the total is the sum of the components', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000_000 }), (wage) => {
        const b = jkkBenefit({ accidentDate: '2026-01-01', earnings: { segment: 'PU', wage }, outcome: { kind: 'death' } });
        expect(amounts(b)['jkk.death.lumpSum']).toBe(Math.max(48 * wage, 20_000_000));
        expect(b.total).toBe(b.components.reduce((s, c) => s + (c.amount ?? 0), 0));
      }),
      { numRuns: 80 },
    );
  });
});
