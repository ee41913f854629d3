import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionBatch, monthlyContribution } from '../../src/index';
import { expectError } from '../helpers';

describe('contributionBatch', () => {
  it('gives the same lines as monthlyContribution, member by member (PU)', () => {
    const wages = [5_000_000, 15_000_000, 4_900_000, 1_000_500, 11_086_301];
    const classes = [1, 5, 2, 3, 4];
    const b = contributionBatch({ segment: 'PU', wages, riskClasses: classes, employerScale: 'large' }, '2026-03');
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
      const b = contributionBatch({ segment: 'BPU', incomes, programs: ['JKK', 'JKM', 'JHT'], fundedBy }, '2026-05');
      const k = b.lineKinds.length;
      incomes.forEach((income, i) => {
        const single = monthlyContribution({ segment: 'BPU', income, programs: ['JKK', 'JKM', 'JHT'], fundedBy }, '2026-05');
        expect(Array.from(b.amounts.slice(i * k, i * k + k))).toEqual(single.lines.map((l) => l.amount));
      });
    }
    // the NTT roster: 50,000 at the lowest bracket → 50,000 × 16,800 = 840,000,000 a month
    const ntt = contributionBatch({ segment: 'BPU', incomes: new Float64Array(50_000).fill(1_000_000), fundedBy: 'apbd' }, '2026-01');
    expect(ntt.billed).toBe(840_000_000);
    expect(ntt.totalsByKind).toEqual([500_000_000, 340_000_000]);
  });

  it('property: matches monthlyContribution for random rosters, months and roundings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5_000_000_000 }), fc.constantFrom(1, 2, 3, 4, 5)), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('2020-09', '2024-02', '2025-01', '2025-02', '2026-03'),
        fc.constantFrom('halfUp', 'halfEven', 'down', 'up'),
        fc.constantFrom('micro', 'small', 'large'),
        (members, month, mode, scale) => {
          const wages = members.map(([sen]) => sen / 100); // whole rupiah and sen
          const rounding = { mode: mode as 'halfUp', step: 1 };
          const b = contributionBatch({ segment: 'PU', wages, riskClasses: members.map(([, c]) => c), employerScale: scale as 'large' }, month, { rounding });
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
    expectError(() => contributionBatch({ segment: 'PU', wages: [5_000_000, -1], riskClasses: [1, 1], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'wages', 1]);
    expectError(() => contributionBatch({ segment: 'PU', wages: [5_000_000, NaN], riskClasses: [1, 1], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'wages', 1]);
    expectError(() => contributionBatch({ segment: 'PU', wages: [5_000_000], riskClasses: [6], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'riskClasses', 0]);
    expectError(() => contributionBatch({ segment: 'PU', wages: [5_000_000], riskClasses: [1, 2], employerScale: 'large' }, '2026-01'), 'invalid_input', ['roster', 'riskClasses']);
    expectError(() => contributionBatch({ segment: 'PU', wages: '5000000', riskClasses: [1] } as never, '2026-01'), 'invalid_input', ['roster', 'wages']);
    expectError(() => contributionBatch({ segment: 'PU', wages: [5_000_000], riskClasses: [1] }, '2026-01'), 'missing_fact', ['employerScale']);
    expectError(() => contributionBatch({ segment: 'BPU', incomes: [1_000_000, '1.000.000' as never] }, '2025-01'), 'invalid_input', ['roster', 'incomes', 1]);
    expectError(() => contributionBatch({ segment: 'BPU', incomes: [1_000_000] }, '2026-02'), 'missing_fact', ['sector']);
    expectError(() => contributionBatch({ segment: 'BPU', incomes: [1_000_000] }, '2026-13'), 'invalid_input', ['month']);
  });
});
