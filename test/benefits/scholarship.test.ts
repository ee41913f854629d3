import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scholarshipEntitlement } from '../../src/index';
import { expectError } from './helpers';

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
    expect(s.children.map((c) => c.status)).toEqual(['entitled', 'entitled', 'notSelected']);
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
    expect(old.kind).toBe('lumpSum');
    expect(old.total).toBe(12_000_000);
    expect(old.children.map((c) => c.status)).toEqual(['entitled', 'notSelected']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2019-12-02', claimDate: '2020-01-10', children: kids }), 'missing_fact', ['input', 'children', 0, 'education']);
  });

  it('bad input: claim before event, child born after the claim, a year beyond the level, JKM without months', () => {
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-03-09', children: [child('2020-01-15', { level: 'TK', yearInLevel: 1 })] }), 'invalid_input', ['input', 'claimDate']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2025-05-01', { level: 'TK', yearInLevel: 1 })] }), 'invalid_input', ['input', 'children', 0, 'birthDate']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2015-01-15', { level: 'SD', yearInLevel: 7 })] }), 'invalid_input', ['input', 'children', 0, 'education', 'yearInLevel']);
    expectError(() => scholarshipEntitlement({ program: 'JKM', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [child('2015-01-15', { level: 'SD', yearInLevel: 1 })] }), 'missing_fact', ['input', 'contributionMonths']);
    expectError(() => scholarshipEntitlement({ program: 'JKK', eventDate: '2025-03-10', claimDate: '2025-04-01', children: [] }), 'invalid_input', ['input', 'children']);
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
