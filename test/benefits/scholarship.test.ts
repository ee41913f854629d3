import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baselineLaw, jkmBenefit, scholarshipEntitlement, withOverlay } from '../../src/index';
import { expectError } from '../helpers';

const child = (birthDate: string, education?: unknown): any => ({ birthDate, married: false, working: false, ...(education === undefined ? {} : { education }) });

describe('scholarshipEntitlement', () => {
  it('a child starting TK receives the whole schedule: 2 × 1.5 m + 6 × 1.5 m + 3 × 2 m + 3 × 3 m + 5 × 12 m = 87 m', () => {
    const s = scholarshipEntitlement({ program: 'JKM', eventDate: '2025-03-10', claimDate: '2025-04-01', contributionMonths: 36, children: [child('2020-01-15', { level: 'TK', yearInLevel: 1 })] });
    expect(s.kind).toBe('yearly');
    expect(s.total).toBe(87_000_000);
    expect(s.maximumPerChild).toBe(87_000_000);
    // Two children at most: 174,000,000
    expect(s.maximum).toBe(174_000_000);
    const payments = s.children[0]!.payments;
    expect(payments).toHaveLength(19);
    expect(payments[0]).toEqual({ schoolYear: '2024/2025', level: 'TK', yearInLevel: 1, amount: 1_500_000, paymentDate: '2025-04-01', arrears: false });
    expect(payments[1]).toMatchObject({ schoolYear: '2025/2026', level: 'TK', yearInLevel: 2, paymentDate: '2025-07-01' });
    expect(payments[18]).toMatchObject({ schoolYear: '2042/2043', level: 'higher', yearInLevel: 5, amount: 12_000_000 });
  });

  it('two children: 174 m; a third eligible child is not selected (at most two)', () => {
    const s = scholarshipEntitlement({
      program: 'JKK',
      eventDate: '2025-03-10',
      claimDate: '2025-04-01',
      children: [child('2020-01-15', { level: 'TK', yearInLevel: 1 }), child('2020-09-15', { level: 'TK', yearInLevel: 1 }), child('2018-01-15', { level: 'SD', yearInLevel: 1 })],
    });
    expect(s.total).toBe(174_000_000);
    expect(s.children.map((c) => c.status)).toEqual(['entitled', 'entitled', 'not_selected']);
    // The schedule is ordered by payment date across children.
    expect(s.schedule[0]?.paymentDate).toBe('2025-04-01');
    expect(s.schedule.every((x, i, a) => i === 0 || a[i - 1]!.paymentDate <= x.paymentDate)).toBe(true);
  });

  it('a child aged 30, a married child and a working child are ineligible, with reasons; the next eligible child is selected', () => {
    const s = scholarshipEntitlement({
      program: 'JKK',
      eventDate: '2025-03-10',
      claimDate: '2025-04-01',
      children: [child('1995-01-01', { level: 'higher', yearInLevel: 1 }), { ...child('2005-01-01', { level: 'higher', yearInLevel: 1 }), married: true }, { ...child('2005-01-01', { level: 'higher', yearInLevel: 1 }), working: true }, child('2015-01-01', { level: 'SD', yearInLevel: 4 })],
    });
    expect(s.children.map((c) => c.status)).toEqual(['ineligible', 'ineligible', 'ineligible', 'entitled']);
    expect(s.children[0]!.ageOnClaim).toBe(30);
    expect(s.children[0]!.reasons[0]?.en).toMatch(/is 30 on the claim date/);
    expect(s.children[0]!.total).toBe(0);
  });

  it('late claim: up to 3 previous school years are paid together, earlier ones lapse', () => {
    // Event in school year 2019/2020, claim in 2025/2026 while the child is in SD year 4.
    const s = scholarshipEntitlement({ program: 'JKK', eventDate: '2019-12-10', claimDate: '2025-08-01', children: [child('2016-05-01', { level: 'SD', yearInLevel: 4 })] });
    const c = s.children[0]!;
    expect(c.lapsedSchoolYears).toEqual(['2020/2021', '2021/2022']);
    const atClaim = c.payments.filter((x) => x.paymentDate === '2025-08-01');
    // SD1-SD3 as arrears + SD4: 4 × 1,500,000
    expect(atClaim.map((x) => [x.level, x.yearInLevel, x.arrears])).toEqual([
      ['SD', 1, true],
      ['SD', 2, true],
      ['SD', 3, true],
      ['SD', 4, false],
    ]);
    // 6 × 1.5 m + 3 × 2 m + 3 × 3 m + 5 × 12 m = 84 m (TK 2 × 1.5 m lapsed)
    expect(c.total).toBe(84_000_000);
  });

  it('the age limit ends the schedule: born 2006-01-01, SMA 1 in 2025/2026 → SMA 1-3 + 1 year of higher education = 21 m', () => {
    const s = scholarshipEntitlement({ program: 'JKK', eventDate: '2025-07-15', claimDate: '2025-08-01', children: [child('2006-01-01', { level: 'SMA', yearInLevel: 1 })] });
    // 3 × 3,000,000 + 12,000,000; on 2029-07-01 the child is 23
    expect(s.children[0]!.total).toBe(21_000_000);
  });

  it('a child not yet in school receives it on starting school', () => {
    const s = scholarshipEntitlement({ program: 'JKK', eventDate: '2025-07-15', claimDate: '2025-08-01', children: [child('2023-01-01', { notYetInSchool: true, startsSchoolYear: 2027, startLevel: 'TK' })] });
    expect(s.children[0]!.payments[0]).toMatchObject({ schoolYear: '2027/2028', level: 'TK', yearInLevel: 1, paymentDate: '2027-07-01' });
    expect(s.children[0]!.total).toBe(87_000_000);
  });

  it('JKM with 35 contribution months: no child receives it; JKK needs no contribution period', () => {
    const input = { eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2020-01-15', { level: 'TK', yearInLevel: 1 })] };
    const jkm = scholarshipEntitlement({ program: 'JKM', contributionMonths: 35, ...input });
    expect(jkm.entitled).toBe(false);
    expect(jkm.total).toBe(0);
    expect(jkm.conditions[0]?.decisive).toBe(true);
    expect(scholarshipEntitlement({ program: 'JKK', ...input }).total).toBe(87_000_000);
  });

  it('PP 44/2015 (event 2019-12-01): Rp12,000,000 once for one child; 2019-12-02: the yearly schedule', () => {
    const kids = [child('2012-01-01'), child('2013-01-01')];
    const old = scholarshipEntitlement({ program: 'JKK', eventDate: '2019-12-01', claimDate: '2020-01-10', children: kids });
    expect(old.kind).toBe('lump_sum');
    expect(old.total).toBe(12_000_000);
    expect(old.children.map((c) => c.status)).toEqual(['entitled', 'not_selected']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2019-12-02', claimDate: '2020-01-10', children: kids }), 'missing_fact', ['input', 'children', 0, 'education']);
  });

  it('bad input: claim before event, child born after the claim, a year beyond the level, JKM without months', () => {
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-03-09', children: [child('2020-01-15', { level: 'TK', yearInLevel: 1 })] }), 'invalid_input', ['input', 'claimDate']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2025-05-01', { level: 'TK', yearInLevel: 1 })] }), 'invalid_input', ['input', 'children', 0, 'birthDate']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2015-01-15', { level: 'SD', yearInLevel: 7 })] }), 'invalid_input', ['input', 'children', 0, 'education', 'yearInLevel']);
    expectError(() => scholarshipEntitlement({ program: 'JKM', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2015-01-15', { level: 'SD', yearInLevel: 1 })] }), 'missing_fact', ['input', 'contributionMonths']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [] }), 'invalid_input', ['input', 'children']);
  });

  it('stated exactly: claim on the event day; a child of exactly 23 (married, working) is ineligible; named and unnamed children; the third eligible child is not selected', () => {
    const s = scholarshipEntitlement({
      program: 'JKK',
      eventDate: '2025-03-10',
      claimDate: '2025-03-10',
      children: [
        { ...child('2002-03-10', { level: 'higher', yearInLevel: 1 }), name: 'Ani', married: true, working: true },
        child('2015-01-01', { level: 'SD', yearInLevel: 4 }),
        { ...child('2016-01-01', { level: 'SD', yearInLevel: 3 }), name: 'Budi' },
        child('2017-01-01', { level: 'SD', yearInLevel: 2 }),
      ],
    });
    const noMinimum = { id: 'JKK: beasiswa tanpa syarat masa iur minimal (PU maupun BPU).', en: 'JKK: the scholarship has no minimum contribution period (PU and BPU alike).' };
    expect(s.conditions).toEqual([{ id: 'scholarship.noMinimumContribution', met: true, decisive: false, text: noMinimum, citations: [] }]);
    const tooOld = { id: 'Anak berusia 23 tahun pada tanggal klaim (batas: di bawah 23).', en: 'The child is 23 on the claim date (the limit: under 23).' };
    const married = { id: 'Anak sudah menikah.', en: 'The child is married.' };
    const working = { id: 'Anak sudah bekerja.', en: 'The child is working.' };
    const notSelected = { id: 'Sudah 2 anak yang memenuhi syarat dipilih (urutan masukan).', en: '2 eligible children already selected (input order).' };
    expect(s.children[0]).toEqual({ index: 0, name: 'Ani', ageOnClaim: 23, status: 'ineligible', reasons: [tooOld, married, working], payments: [], total: 0, lapsedSchoolYears: [] });
    expect(s.children[3]).toEqual({ index: 3, ageOnClaim: 8, status: 'not_selected', reasons: [notSelected], payments: [], total: 0, lapsedSchoolYears: [] });
    // #2 (SD 4 in 2024/2025): SD 4-6 3 × 1.5 m + 3 × 2 m + 3 × 3 m + 5 × 12 m = 79.5 m in 14 payments;
    // Budi (SD 3): 4 × 1.5 m + 6 m + 9 m + 60 m = 81 m in 15 payments
    expect(s.children.slice(1, 3).map((c) => ({ ...c, payments: c.payments.length }))).toEqual([
      { index: 1, ageOnClaim: 10, status: 'entitled', reasons: [], payments: 14, total: 79_500_000, lapsedSchoolYears: [] },
      { index: 2, name: 'Budi', ageOnClaim: 9, status: 'entitled', reasons: [], payments: 15, total: 81_000_000, lapsedSchoolYears: [] },
    ]);
    expect(s.explanation.map((t) => t.text.en)).toEqual([
      'Event on 2025-03-10: PP 82/2019 Art. I (Art. 25, 34) applies; claim on 2025-03-10.',
      noMinimum.en,
      'Child Ani: receives nothing — The child is 23 on the claim date (the limit: under 23). The child is married. The child is working.',
      'Child #2: 14 payments, total Rp79.500.000.',
      'Child Budi: 15 payments, total Rp81.000.000.',
      'Child #4: receives nothing — 2 eligible children already selected (input order).',
      // 79.5 m + 81 m
      'Maximum per child Rp87.000.000; at most 2 children; total scheduled Rp160.500.000.',
    ]);
    expect(s.explanation.map((t) => t.text.id)).toEqual([
      'Peristiwa 2025-03-10: berlaku PP 82/2019 Art. I (Art. 25, 34); klaim 2025-03-10.',
      noMinimum.id,
      'Anak Ani: tidak menerima — Anak berusia 23 tahun pada tanggal klaim (batas: di bawah 23). Anak sudah menikah. Anak sudah bekerja.',
      'Anak #2: 14 pembayaran, jumlah Rp79.500.000.',
      'Anak Budi: 15 pembayaran, jumlah Rp81.000.000.',
      'Anak #4: tidak menerima — Sudah 2 anak yang memenuhi syarat dipilih (urutan masukan).',
      'Maksimum per anak Rp87.000.000; paling banyak 2 anak; jumlah terjadwal Rp160.500.000.',
    ]);
  });

  it('PP 44/2015 lump sum stated exactly; a child born on the claim date is accepted, one born after it is refused by number', () => {
    const s = scholarshipEntitlement({ program: 'JKM', contributionMonths: 60, eventDate: '2019-12-01', claimDate: '2020-01-10', children: [child('2020-01-10')] });
    expect(s.children).toEqual([
      {
        index: 0,
        ageOnClaim: 0,
        status: 'entitled',
        reasons: [],
        payments: [{ schoolYear: '2019/2020', level: null, yearInLevel: null, amount: 12_000_000, paymentDate: '2020-01-10', arrears: false }],
        total: 12_000_000,
        lapsedSchoolYears: [],
      },
    ]);
    expect(s.conditions[0]?.text).toEqual({ id: 'Masa iur 60 bulan ≥ 60 bulan yang disyaratkan untuk beasiswa JKM.', en: 'Contribution period 60 months ≥ the 60 months the JKM scholarship requires.' });
    expect(s.explanation.map((t) => t.text.en).slice(2)).toEqual(['Child #1: 1 payments, total Rp12.000.000.', 'Maximum per child Rp12.000.000; at most 1 children; total scheduled Rp12.000.000.']);
    try {
      scholarshipEntitlement({ program: 'JKK', eventDate: '2019-12-01', claimDate: '2020-01-10', children: [child('2012-01-01'), child('2020-01-11')] });
      expect.unreachable();
    } catch (e) {
      expect((e as { path: unknown }).path).toEqual(['input', 'children', 1, 'birthDate']);
      expect((e as Error).message).toMatch(/Child 2 is born \(2020-01-11\) after the claim date/);
    }
  });

  it('JKM below the contribution period: the condition and each child\'s reason say why', () => {
    const s = scholarshipEntitlement({ program: 'JKM', contributionMonths: 35, eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2020-01-15', { level: 'TK', yearInLevel: 1 })] });
    const text = { id: 'Masa iur 35 bulan < 36 bulan yang disyaratkan untuk beasiswa JKM: tidak ada beasiswa.', en: 'Contribution period 35 months < the 36 months the JKM scholarship requires: no scholarship.' };
    expect(s.conditions.map((c) => [c.met, c.decisive, c.text])).toEqual([[false, true, text]]);
    expect(s.children[0]?.reasons).toEqual([text]);
    expect(s.maximum).toBe(0);
  });

  it('the schedule is ordered by payment date, then by child: two children with arrears paid on the claim date', () => {
    // Event 2020/2021, claim 2025-08-01 (2025/2026): 3 previous years plus the current one are paid on the claim date.
    const s = scholarshipEntitlement({ program: 'JKK', eventDate: '2021-03-10', claimDate: '2025-08-01', children: [child('2014-01-01', { level: 'SD', yearInLevel: 6 }), child('2015-01-01', { level: 'SD', yearInLevel: 5 })] });
    expect(s.schedule.slice(0, 12).map((x) => [x.paymentDate, x.child, x.level, x.yearInLevel])).toEqual([
      ['2025-08-01', 0, 'SD', 3],
      ['2025-08-01', 0, 'SD', 4],
      ['2025-08-01', 0, 'SD', 5],
      ['2025-08-01', 0, 'SD', 6],
      ['2025-08-01', 1, 'SD', 2],
      ['2025-08-01', 1, 'SD', 3],
      ['2025-08-01', 1, 'SD', 4],
      ['2025-08-01', 1, 'SD', 5],
      ['2026-07-01', 0, 'SMP', 1],
      ['2026-07-01', 1, 'SD', 6],
      ['2027-07-01', 0, 'SMP', 2],
      ['2027-07-01', 1, 'SMP', 1],
    ]);
    // child 0: SD 3-6 4 × 1.5 m + 6 m + 9 m + 60 m = 81 m; child 1: SD 2-6 5 × 1.5 m + 6 m + 9 m + 60 m = 82.5 m → 31 payments
    expect(s.schedule).toHaveLength(31);
    expect(s.schedule.at(-1)).toMatchObject({ paymentDate: '2037-07-01', child: 1, level: 'higher', yearInLevel: 5 });
  });

  it('a child not yet in school: starting in the claim\'s school year is paid on the claim date; an earlier start is refused', () => {
    const input = { program: 'JKK' as const, eventDate: '2025-07-15', claimDate: '2025-08-01' };
    const now = scholarshipEntitlement({ ...input, children: [child('2021-01-01', { notYetInSchool: true, startsSchoolYear: 2025, startLevel: 'TK' })] });
    expect(now.children[0]?.payments[0]).toEqual({ schoolYear: '2025/2026', level: 'TK', yearInLevel: 1, amount: 1_500_000, paymentDate: '2025-08-01', arrears: false });
    expectError(() => scholarshipEntitlement({ ...input, children: [child('2021-01-01', { notYetInSchool: true, startsSchoolYear: 2024, startLevel: 'TK' })] }), 'invalid_input', ['input', 'children', 0, 'education', 'startsSchoolYear']);
  });

  it('the age limit is not checked for a school year that began before the child was born (the facts as given)', () => {
    // Born 2025-05-01, said to be in TK 1 in 2024/2025 (which began 2024-07-01): paid, no age error.
    const s = scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-01', claimDate: '2025-06-01', children: [child('2025-05-01', { level: 'TK', yearInLevel: 1 })] });
    expect(s.children[0]?.payments[0]).toEqual({ schoolYear: '2024/2025', level: 'TK', yearInLevel: 1, amount: 1_500_000, paymentDate: '2025-06-01', arrears: false });
    expect(s.total).toBe(87_000_000);
  });

  it('a level the law in force does not pay (an overlay without SMA) is an invalid_input at the child\'s education.level', () => {
    const law = withOverlay(baselineLaw, {
      name: 'no SMA',
      values: {
        'benefit.scholarship': [
          {
            from: '2027-01-01',
            value: { kind: 'yearly', maxChildren: 2, ageLimit: 23, maxPreviousYears: 3, levels: [{ level: 'TK', yearly: 1_500_000, maxYears: 2 }, { level: 'SD', yearly: 1_500_000, maxYears: 6 }, { level: 'SMP', yearly: 2_000_000, maxYears: 3 }] },
            status: 'projected',
            citations: { instrument: 'Practice', number: 'test', year: 2026 },
          },
        ],
      },
    });
    const input = { program: 'JKK' as const, eventDate: '2027-03-01', claimDate: '2027-04-01' };
    expectError(() => scholarshipEntitlement({ ...input, children: [child('2010-01-01', { level: 'SMA', yearInLevel: 1 })] }, { law }), 'invalid_input', ['input', 'children', 0, 'education', 'level']);
    // SMP 3 only: 2,000,000
    expect(scholarshipEntitlement({ ...input, children: [child('2012-01-01', { level: 'SMP', yearInLevel: 3 })] }, { law }).total).toBe(2_000_000);
  });

  it('property: no child ever exceeds 87 m, and the total is the sum of the children', () => {
    const levels = [['TK', 2], ['SD', 6], ['SMP', 3], ['SMA', 3], ['higher', 5]] as const;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 2000, max: 2022 }), (li, y, birthYear) => {
        const [level, max] = levels[li]!;
        const s = scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child(`${birthYear}-06-01`, { level, yearInLevel: Math.min(y, max) })] });
        expect(s.total).toBeLessThanOrEqual(87_000_000);
        expect(s.total).toBe(s.children.reduce((a, c) => a + c.total, 0));
      }),
      { numRuns: 60 },
    );
  });
});

describe('the scholarship line of a JKM result', () => {
  const pu = { segment: 'PU' as const, activeAtDeath: true, deathDate: '2026-02-10' };
  it('below the contribution period the note is the failed condition; 0 children is not an entitlement', () => {
    const short = jkmBenefit({ ...pu, contributionMonths: 24, scholarshipChildCount: 2 });
    expect(short.scholarship.note).toEqual({ id: 'Masa iur 24 bulan < 36 bulan yang disyaratkan untuk beasiswa JKM: tidak ada beasiswa.', en: 'Contribution period 24 months < the 36 months the JKM scholarship requires: no scholarship.' });
    const none = jkmBenefit({ ...pu, contributionMonths: 36, scholarshipChildCount: 0 });
    expect(none.scholarship).toMatchObject({ entitled: false, childCount: 0, maximum: 0 });
  });

  it('the number of children is limited to the law\'s maximum; without it the note says the number was not given', () => {
    // min(5, 2) × 87,000,000
    expect(jkmBenefit({ ...pu, contributionMonths: 36, scholarshipChildCount: 5 }).scholarship).toMatchObject({ entitled: true, childCount: 2, maximum: 174_000_000 });
    expect(jkmBenefit({ ...pu, contributionMonths: 36 }).scholarship).toEqual({
      entitled: true,
      kind: 'yearly',
      childCount: null,
      maximumPerChild: 87_000_000,
      maximum: 174_000_000,
      note: { id: 'Hingga Rp87.000.000 per anak, paling banyak 2 anak (jumlah anak tidak diberikan).', en: 'Up to Rp87.000.000 a child, at most 2 children (number of children not given).' },
    });
  });

  it('PP 44/2015: the lump sum is paid at once (1 child × 12 m)', () => {
    expect(jkmBenefit({ ...pu, deathDate: '2018-05-01', contributionMonths: 60, scholarshipChildCount: 2 }).scholarship.note).toEqual({ id: 'Hingga Rp12.000.000 × 1 anak = Rp12.000.000, dibayar sekaligus.', en: 'Up to Rp12.000.000 × 1 children = Rp12.000.000, paid at once.' });
  });
});
