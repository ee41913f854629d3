import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jkmBenefit, withOverlay, baselineLaw } from '../../src/index';
import { expectError } from '../helpers';

const pu = { segment: 'PU' as const, activeAtDeath: true, contributionMonths: 36 };

describe('jkmBenefit', () => {
  it('PP 82/2019: 20 m + 12 m + 10 m = 42 m; 2 children with 36 months: scholarship 174 m, maximum 216 m (brief §13.1 ex. 10)', () => {
    const b = jkmBenefit({ ...pu, deathDate: '2026-02-10', scholarshipChildCount: 2 });
    expect(b.components.map((c) => [c.key, c.amount])).toEqual([
      ['jkm.lumpSum', 20_000_000],
      ['jkm.periodic', 12_000_000],
      ['jkm.funeral', 10_000_000],
    ]);
    expect(b.total).toBe(42_000_000);
    // 87,000,000 × 2
    expect(b.scholarship.maximum).toBe(174_000_000);
    expect(b.scholarship.maximumPerChild).toBe(87_000_000);
    // 42,000,000 + 174,000,000
    expect(b.maximumTotal).toBe(216_000_000);
    expect(b.regime).toMatch(/^PP 82\/2019/);
  });

  it('2 years of contributions: 42 m cash and no scholarship, the condition is decisive (ex. 10)', () => {
    const b = jkmBenefit({ ...pu, contributionMonths: 24, deathDate: '2026-02-10', scholarshipChildCount: 2 });
    expect(b.total).toBe(42_000_000);
    expect(b.scholarship.entitled).toBe(false);
    expect(b.scholarship.maximum).toBe(0);
    const c = b.conditions.find((x) => x.id === 'jkm.scholarship.minContribution');
    expect(c?.met).toBe(false);
    expect(c?.decisive).toBe(true);
  });

  it('35 months: no scholarship; 36: scholarship (boundary of the 3-year condition)', () => {
    expect(jkmBenefit({ ...pu, contributionMonths: 35, deathDate: '2026-02-10', scholarshipChildCount: 1 }).scholarship.maximum).toBe(0);
    expect(jkmBenefit({ ...pu, contributionMonths: 36, deathDate: '2026-02-10', scholarshipChildCount: 1 }).scholarship.maximum).toBe(87_000_000);
  });

  it('by date of death (ex. 23): 2019-12-01 → 24 m, 2019-12-02 → 42 m, 2015-06-30 → 21 m, 2015-07-01 → 24 m', () => {
    // 16,200,000 + 4,800,000 + 3,000,000
    expect(jkmBenefit({ ...pu, deathDate: '2019-11-30' }).total).toBe(24_000_000);
    expect(jkmBenefit({ ...pu, deathDate: '2019-12-01' }).total).toBe(24_000_000);
    expect(jkmBenefit({ ...pu, deathDate: '2019-12-02' }).total).toBe(42_000_000);
    // 14,200,000 + 4,800,000 + 2,000,000 (PP 53/2012, M)
    const old = jkmBenefit({ ...pu, deathDate: '2015-06-30' });
    expect(old.components.map((c) => c.amount)).toEqual([14_200_000, 4_800_000, 2_000_000]);
    expect(old.total).toBe(21_000_000);
    expect(old.lawUsed[0]?.confidence).toBe('M');
    expect(jkmBenefit({ ...pu, deathDate: '2015-07-01' }).components.map((c) => c.amount)).toEqual([16_200_000, 4_800_000, 3_000_000]);
  });

  it('old regime scholarship: one child Rp12 m after 60 months (M)', () => {
    const b = jkmBenefit({ ...pu, contributionMonths: 60, deathDate: '2018-05-01', scholarshipChildCount: 2 });
    expect(b.scholarship.kind).toBe('lump_sum');
    expect(b.scholarship.maximum).toBe(12_000_000);
    expect(jkmBenefit({ ...pu, contributionMonths: 59, deathDate: '2018-05-01', scholarshipChildCount: 2 }).scholarship.maximum).toBe(0);
  });

  it('no scholarship rule before 2015-07-01: said explicitly, not a silent zero', () => {
    const b = jkmBenefit({ ...pu, deathDate: '2014-01-01', scholarshipChildCount: 1 });
    expect(b.scholarship.kind).toBeNull();
    expect(b.scholarship.note.en).toMatch(/no scholarship rule/);
  });

  it('BPU waiting rule (ex. 22): 2 consecutive paid months → 10 m in total, both readings recorded; 3 → 42 m', () => {
    const early = jkmBenefit({ deathDate: '2026-03-20', segment: 'BPU', activeAtDeath: true, contributionMonths: 2, consecutivePaidMonthsSinceRegistration: 2, scholarshipChildCount: 2 });
    expect(early.total).toBe(10_000_000);
    expect(early.components).toHaveLength(1);
    expect(early.components[0]?.key).toBe('jkm.funeral');
    // Branch head's reading: 8,000,000 + 2,000,000 = 10,000,000, the same total.
    expect(early.alternativeReadings[0]?.components.map((c) => c.amount)).toEqual([8_000_000, 2_000_000]);
    expect(early.conditions.find((c) => c.id === 'jkm.bpuWaitingRule')?.decisive).toBe(true);
    expect(early.scholarship.maximum).toBe(0);
    const full = jkmBenefit({ deathDate: '2026-03-20', segment: 'BPU', activeAtDeath: true, contributionMonths: 3, consecutivePaidMonthsSinceRegistration: 3 });
    expect(full.total).toBe(42_000_000);
    expect(full.alternativeReadings).toHaveLength(0);
  });

  it('BPU without the consecutive-month fact: missing_fact; BPU before the rule\'s data: parameter_not_in_force', () => {
    expectError(() => jkmBenefit({ deathDate: '2026-03-20', segment: 'BPU', activeAtDeath: true, contributionMonths: 3 }), 'missing_fact', ['input', 'consecutivePaidMonthsSinceRegistration']);
    expectError(() => jkmBenefit({ deathDate: '2019-12-01', segment: 'BPU', activeAtDeath: true, contributionMonths: 3, consecutivePaidMonthsSinceRegistration: 3 }), 'parameter_not_in_force');
  });

  it('not an active participant: explicit ineligible outcome with total 0', () => {
    const b = jkmBenefit({ ...pu, activeAtDeath: false, deathDate: '2026-01-01', scholarshipChildCount: 2 });
    expect(b.eligible).toBe(false);
    expect(b.total).toBe(0);
    expect(b.conditions[0]?.decisive).toBe(true);
    expect(b.scholarship.entitled).toBe(false);
  });

  it('bad input: death before membership, negative months, malformed date, before any data', () => {
    expectError(() => jkmBenefit({ ...pu, deathDate: '2025-01-01', membershipStartDate: '2025-02-01' }), 'invalid_input', ['input', 'deathDate']);
    expectError(() => jkmBenefit({ ...pu, contributionMonths: -1, deathDate: '2025-01-01' }), 'invalid_input', ['input', 'contributionMonths']);
    expectError(() => jkmBenefit({ ...pu, deathDate: '2025-02-30' }), 'invalid_input', ['input', 'deathDate']);
    expectError(() => jkmBenefit({ ...pu, deathDate: '2011-12-31' }), 'parameter_not_in_force');
    expectError(() => jkmBenefit({ ...pu, deathDate: '2025-01-01' }, { rounding: { mode: 'sideways', step: 1 } as never }), 'invalid_input', ['options', 'rounding']);
  });

  it('an overlay changes the amounts', () => {
    const law = withOverlay(baselineLaw, {
      name: 'test',
      values: { 'benefit.jkm.cash': [{ from: '2027-01-01', value: { lumpSum: 25_000_000, periodic: 12_000_000, funeral: 10_000_000 }, status: 'projected', citations: { instrument: 'Practice', number: 'test', year: 2026 } }] },
    });
    expect(jkmBenefit({ ...pu, deathDate: '2027-01-01' }, { law }).total).toBe(47_000_000);
    expect(jkmBenefit({ ...pu, deathDate: '2026-12-31' }, { law }).total).toBe(42_000_000);
  });

  it('explanation, labels and rules stated exactly (PU, 2 children, 36 months): 20 m + 12 m + 10 m, scholarship 2 × 87 m', () => {
    // Membership starting on the day of death is allowed (the check is "death before membership").
    const b = jkmBenefit({ ...pu, deathDate: '2026-02-10', membershipStartDate: '2026-02-10', scholarshipChildCount: 2 });
    expect(b.components.map((c) => [c.key, c.label.en, c.rule.en])).toEqual([
      ['jkm.lumpSum', 'Lump sum', 'Lump sum Rp20.000.000'],
      ['jkm.periodic', 'Periodic benefit (24 months, paid at once)', 'Periodic benefit Rp12.000.000 (24 months, paid at once)'],
      ['jkm.funeral', 'Funeral cost', 'Funeral cost Rp10.000.000'],
    ]);
    expect(b.components.map((c) => [c.label.id, c.rule.id])).toEqual([
      ['Santunan sekaligus', 'Santunan sekaligus Rp20.000.000'],
      ['Santunan berkala (24 bulan, dibayar sekaligus)', 'Santunan berkala Rp12.000.000 (24 bulan, dibayar sekaligus)'],
      ['Biaya pemakaman', 'Biaya pemakaman Rp10.000.000'],
    ]);
    expect(b.conditions.map((c) => [c.id, c.met, c.decisive, c.text.en])).toEqual([
      ['jkm.activeParticipant', true, false, 'Active participant on the date of death.'],
      ['jkm.scholarship.minContribution', true, false, 'Contribution period 36 months ≥ the 36 months the JKM scholarship requires.'],
    ]);
    expect(b.conditions[0]?.text.id).toBe('Peserta aktif pada tanggal meninggal.');
    // No decisive condition: nothing between the items and the total.
    expect(b.explanation.map((t) => t.text.en)).toEqual([
      'Death on 2026-02-10: PP 82/2019 Art. I (Art. 34) applies.',
      'Lump sum: Rp20.000.000',
      'Periodic benefit (24 months, paid at once): Rp12.000.000',
      'Funeral cost: Rp10.000.000',
      'Total cash Rp42.000.000.',
      'Up to Rp87.000.000 × 2 children = Rp174.000.000, paid yearly by level attended.',
    ]);
    expect(b.explanation.map((t) => t.text.id)).toEqual([
      'Meninggal 2026-02-10: berlaku PP 82/2019 Art. I (Art. 34).',
      'Santunan sekaligus: Rp20.000.000',
      'Santunan berkala (24 bulan, dibayar sekaligus): Rp12.000.000',
      'Biaya pemakaman: Rp10.000.000',
      'Jumlah uang tunai Rp42.000.000.',
      'Hingga Rp87.000.000 × 2 anak = Rp174.000.000, dibayar setiap tahun sesuai jenjang.',
    ]);
  });

  it('not active: the reason is stated once as the decisive condition and once as the scholarship note; no scholarship condition is checked', () => {
    const b = jkmBenefit({ ...pu, activeAtDeath: false, deathDate: '2026-01-01', scholarshipChildCount: 2 });
    const reason = { id: 'Bukan peserta aktif pada tanggal meninggal: tidak ada manfaat JKM.', en: 'Not an active participant on the date of death: no JKM benefit.' };
    expect(b.conditions.map((c) => c.id)).toEqual(['jkm.activeParticipant']);
    expect(b.conditions[0]?.text).toEqual(reason);
    expect(b.scholarship).toEqual({ entitled: false, kind: 'yearly', childCount: 2, maximumPerChild: 87_000_000, maximum: 0, note: reason });
    expect(b.explanation.map((s) => s.text)).toEqual([{ id: 'Meninggal 2026-01-01: berlaku PP 82/2019 Art. I (Art. 34).', en: 'Death on 2026-01-01: PP 82/2019 Art. I (Art. 34) applies.' }, reason, { id: 'Jumlah uang tunai Rp0.', en: 'Total cash Rp0.' }, reason]);
  });

  it('BPU waiting rule stated exactly: 2 months → the brochure reading (10 m as funeral cost) and the branch head\'s (8 m + 2 m); 3 months → met', () => {
    const early = jkmBenefit({ deathDate: '2026-03-20', segment: 'BPU', activeAtDeath: true, contributionMonths: 2, consecutivePaidMonthsSinceRegistration: 2, scholarshipChildCount: 2 });
    const waiting = {
      id: 'BPU: baru 2 bulan iuran berturut-turut sejak mendaftar (< 3): hanya Rp10.000.000 seluruhnya, tanpa beasiswa.',
      en: 'BPU: only 2 consecutive paid months since registration (< 3): Rp10.000.000 in total, no scholarship.',
    };
    expect(early.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jkm.activeParticipant', true, false, { id: 'Peserta aktif pada tanggal meninggal.', en: 'Active participant on the date of death.' }],
      ['jkm.bpuWaitingRule', false, true, waiting],
    ]);
    expect(early.components.map((c) => [c.key, c.label, c.amount, c.rule])).toEqual([
      ['jkm.funeral', { id: 'Biaya pemakaman', en: 'Funeral cost' }, 10_000_000, { id: 'Kematian sebelum 3 bulan iuran berturut-turut: Rp10.000.000 sebagai biaya pemakaman (brosur BPU)', en: 'Death before 3 consecutive paid months: Rp10.000.000 as funeral cost (BPU brochure)' }],
    ]);
    const branch = early.alternativeReadings[0];
    expect(branch?.source).toEqual({ id: 'Kepala cabang BPJS (Meulaboh, 5-8-2025): santunan kematian + biaya pemakaman', en: 'BPJS branch head (Meulaboh, 5-Aug-2025): death lump sum + funeral cost' });
    const reading = { id: 'Bacaan kepala cabang', en: 'Branch head\'s reading' };
    expect(branch?.components.map((c) => [c.key, c.label, c.amount, c.rule])).toEqual([
      ['jkm.lumpSum', { id: 'Santunan kematian', en: 'Death lump sum' }, 8_000_000, reading],
      ['jkm.funeral', { id: 'Biaya pemakaman', en: 'Funeral cost' }, 2_000_000, reading],
    ]);
    expect(early.scholarship.note).toEqual(waiting);
    expect(early.explanation.map((t) => t.text.en)).toEqual(['Death on 2026-03-20: PP 82/2019 Art. I (Art. 34) applies.', 'Funeral cost: Rp10.000.000', waiting.en, 'Total cash Rp10.000.000.', waiting.en]);
    const full = jkmBenefit({ deathDate: '2026-03-20', segment: 'BPU', activeAtDeath: true, contributionMonths: 3, consecutivePaidMonthsSinceRegistration: 3 });
    expect(full.conditions.map((c) => [c.id, c.met, c.decisive, c.text])).toEqual([
      ['jkm.activeParticipant', true, false, { id: 'Peserta aktif pada tanggal meninggal.', en: 'Active participant on the date of death.' }],
      ['jkm.bpuWaitingRule', true, false, { id: 'BPU: 3 bulan iuran berturut-turut sejak mendaftar (≥ 3): manfaat JKM penuh.', en: 'BPU: 3 consecutive paid months since registration (≥ 3): full JKM.' }],
      ['jkm.scholarship.minContribution', false, true, { id: 'Masa iur 3 bulan < 36 bulan yang disyaratkan untuk beasiswa JKM: tidak ada beasiswa.', en: 'Contribution period 3 months < the 36 months the JKM scholarship requires: no scholarship.' }],
    ]);
  });

  it('the result repeats the date of death; each step carries the citations of its rule', () => {
    const b = jkmBenefit({ ...pu, deathDate: '2026-02-10', scholarshipChildCount: 2 });
    expect(b.deathDate).toBe('2026-02-10');
    const cash = b.lawUsed.find((l) => l.parameter === 'benefit.jkm.cash')!.citations;
    const scholarship = b.lawUsed.find((l) => l.parameter === 'benefit.scholarship')!.citations;
    // regime, lump sum, periodic, funeral (PP 82/2019), the total (arithmetic), the scholarship note
    expect(b.explanation.map((s) => s.citations)).toEqual([cash, cash, cash, cash, [], scholarship]);
    expect(cash[0]?.number).toBe('82');
  });

  it('before any scholarship rule (2014): the summary says so, keeps the number of children, and adds no condition', () => {
    const b = jkmBenefit({ ...pu, deathDate: '2014-01-01', scholarshipChildCount: 1 });
    expect(b.scholarship).toEqual({
      entitled: false,
      kind: null,
      childCount: 1,
      maximumPerChild: 0,
      maximum: 0,
      note: { id: 'Pustaka ini tidak memiliki aturan beasiswa untuk tanggal 2014-01-01 (sebelum PP 44/2015); tidak dihitung.', en: 'The library has no scholarship rule for 2014-01-01 (before PP 44/2015); none is computed.' },
    });
    expect(b.conditions.map((c) => c.id)).toEqual(['jkm.activeParticipant']);
    expect(jkmBenefit({ ...pu, deathDate: '2014-01-01' }).scholarship.childCount).toBeNull();
  });

  it('bad input: more consecutive paid months than contribution months (equal is accepted)', () => {
    const bpu = { deathDate: '2026-03-20', segment: 'BPU' as const, activeAtDeath: true };
    expectError(() => jkmBenefit({ ...bpu, contributionMonths: 3, consecutivePaidMonthsSinceRegistration: 4 }), 'invalid_input', ['input', 'consecutivePaidMonthsSinceRegistration']);
    expect(jkmBenefit({ ...bpu, contributionMonths: 4, consecutivePaidMonthsSinceRegistration: 4 }).total).toBe(42_000_000);
  });

  it('property: total is the sum of the components and never depends on the wage-free facts beyond the rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 5 }), fc.date({ min: new Date('2012-01-02T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true }), (months, kids, d) => {
        const deathDate = d.toISOString().slice(0, 10);
        const b = jkmBenefit({ ...pu, contributionMonths: months, deathDate, scholarshipChildCount: kids });
        expect(b.total).toBe(b.components.reduce((s, c) => s + (c.amount ?? 0), 0));
        expect([21_000_000, 24_000_000, 42_000_000]).toContain(b.total);
        expect(b.maximumTotal).toBe(b.total + b.scholarship.maximum);
      }),
      { numRuns: 60 },
    );
  });
});
