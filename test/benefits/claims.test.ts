import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimsSummary, type PaidClaimInput } from '../../src/index';
import { expectError } from '../helpers';

describe('claimsSummary', () => {
  it('an NTT-like list: 846,000,000 to 40 participants', () => {
    // 15 JKM deaths × 42 m = 630 m; 2 JKK deaths at the lowest base × 70 m = 140 m;
    // 2 scholarships to those JKK families (1.5 m + 1.5 m) = 3 m; 21 other participants with JKK STMB/medical claims
    // of 3,476,190.47… → use 20 × 3,450,000 + 1 × 4,000,000 = 73 m. Total 630 + 140 + 3 + 73 = 846 m.
    const claims: PaidClaimInput[] = [
      ...Array.from({ length: 15 }, (_, i) => ({ program: 'JKM' as const, type: 'death' as const, amount: 42_000_000, participantId: `M${i}` })),
      ...Array.from({ length: 2 }, (_, i) => ({ program: 'JKK' as const, type: 'death' as const, amount: 70_000_000, participantId: `K${i}` })),
      ...Array.from({ length: 2 }, (_, i) => ({ program: 'JKK' as const, type: 'scholarship' as const, amount: 1_500_000, participantId: `K${i}` })),
      ...Array.from({ length: 20 }, (_, i) => ({ program: 'JKK' as const, type: 'stmb' as const, amount: 3_450_000, participantId: `S${i}` })),
      { program: 'JKK', type: 'medical_care', amount: 4_000_000, participantId: 'S20' },
      { program: 'JKK', type: 'medical_care', amount: 2_000_000, participantId: 'S0', paymentDate: '2026-01-05' },
    ];
    const s = claimsSummary({ claims: claims.slice(0, -1) });
    expect(s.total).toBe('846000000');
    expect(s.participantCount).toBe(38);
    expect(s.claimCount).toBe(40);
    expect(s.headline.id).toBe('Rp846.000.000 dibayarkan kepada 38 peserta (40 klaim).');
    expect(s.byProgram.map((g) => [g.program, g.claimCount, g.participantCount, g.total])).toEqual([
      ['JKK', 25, 23, '216000000'],
      ['JKM', 15, 15, '630000000'],
    ]);
    expect(s.byType.map((g) => `${g.program}/${g.type}`)).toEqual(['JKK/medical_care', 'JKK/stmb', 'JKK/death', 'JKK/scholarship', 'JKM/death']);
  });

  it('a period filter needs paid dates and keeps only claims inside it; sen are kept exactly', () => {
    const s = claimsSummary({
      claims: [
        { program: 'JKM', type: 'funeral', amount: '10000000.50', participantId: 'a', paymentDate: '2025-12-31' },
        { program: 'JKM', type: 'funeral', amount: '0.25', participantId: 'a', paymentDate: '2025-01-01' },
        { program: 'JKM', type: 'funeral', amount: 5, participantId: 'b', paymentDate: '2026-01-01' },
      ],
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(s.total).toBe('10000000.75');
    expect(s.participantCount).toBe(1);
  });

  it('groups by programme and type with their own counts, participants and totals', () => {
    const s = claimsSummary({
      claims: [
        { program: 'JKK', type: 'stmb', amount: 1_000_000, participantId: 'a' },
        { program: 'JKK', type: 'stmb', amount: '2000000.25', participantId: 'a' },
        { program: 'JKK', type: 'medical_care', amount: 500_000, participantId: 'b' },
        { program: 'JHT', type: 'old_age_savings', amount: 7_000_000, participantId: 'a' },
      ],
    });
    // JKK/stmb: 2 claims, 1 participant, 1,000,000 + 2,000,000.25; JKK: 3 claims, a and b
    expect(s.byType.map((g) => [g.program, g.type, g.claimCount, g.participantCount, g.total])).toEqual([
      ['JKK', 'medical_care', 1, 1, '500000'],
      ['JKK', 'stmb', 2, 1, '3000000.25'],
      ['JHT', 'old_age_savings', 1, 1, '7000000'],
    ]);
    expect(s.byProgram.map((g) => [g.program, g.claimCount, g.participantCount, g.total])).toEqual([
      ['JKK', 3, 2, '3500000.25'],
      ['JHT', 1, 1, '7000000'],
    ]);
    expect(s).toMatchObject({ claimCount: 4, participantCount: 2, total: '10500000.25' });
  });

  it('a one-day period keeps the claims of that day only (both ends inclusive); a period ending before it starts is refused', () => {
    const claims = [
      { program: 'JKM', type: 'funeral', amount: 1, participantId: 'a', paymentDate: '2025-06-30' },
      { program: 'JKM', type: 'funeral', amount: 10, participantId: 'b', paymentDate: '2025-07-01' },
      { program: 'JKM', type: 'funeral', amount: 100, participantId: 'c', paymentDate: '2025-07-02' },
    ] as const;
    expect(claimsSummary({ claims, period: { from: '2025-07-01', to: '2025-07-01' } })).toMatchObject({ claimCount: 1, participantCount: 1, total: '10' });
    expect(claimsSummary({ claims, period: { from: '2025-07-01', to: '2025-07-02' } })).toMatchObject({ claimCount: 2, total: '110' });
    expectError(() => claimsSummary({ claims, period: { from: '2025-07-02', to: '2025-07-01' } }), 'invalid_input', ['input', 'period', 'to']);
  });

  it('totals beyond the safe integer range of sen stay exact: 2 × Rp50,000,000,000,000.05 = Rp100,000,000,000,000.1', () => {
    const big = (amount: string, participantId: string): PaidClaimInput => ({ program: 'JHT', type: 'old_age_savings', amount, participantId });
    // 10,000,000,000,000,010 sen > Number.MAX_SAFE_INTEGER (9,007,199,254,740,991)
    expect(claimsSummary({ claims: [big('50000000000000.05', 'a'), big('50000000000000.05', 'b')] }).total).toBe('100000000000000.1');
    expect(claimsSummary({ claims: [big('50000000000000.05', 'a'), big('50000000000000.02', 'b')] }).total).toBe('100000000000000.07');
    expect(claimsSummary({ claims: [big('50000000000000.5', 'a'), big('50000000000000.5', 'b')] }).total).toBe('100000000000001');
    expect(claimsSummary({ claims: [big('0.05', 'a')] }).total).toBe('0.05');
  });

  it('empty list: zero, stated', () => {
    expect(claimsSummary({ claims: [] })).toMatchObject({ claimCount: 0, participantCount: 0, total: '0' });
  });

  it('bad input', () => {
    expectError(() => claimsSummary({ claims: [{ program: 'JKM', type: 'death', amount: -1, participantId: 'a' }] }), 'invalid_input', ['input', 'claims', 0, 'amount']);
    expectError(() => claimsSummary({ claims: [{ program: 'BPJS', type: 'death', amount: 1, participantId: 'a' }] } as never), 'invalid_input', ['input', 'claims', 0, 'program']);
    expectError(() => claimsSummary({ claims: [{ program: 'JKM', type: 'death', amount: 1, participantId: 'a' }], period: { from: '2025-01-01', to: '2025-12-31' } }), 'invalid_input', ['input', 'claims', 0, 'paymentDate']);
  });

  it('property: the programme totals add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ p: fc.constantFrom('JKK', 'JKM', 'JHT'), a: fc.integer({ min: 0, max: 100_000_000 }), id: fc.constantFrom('x', 'y', 'z') }), { maxLength: 30 }), (rows) => {
        const s = claimsSummary({ claims: rows.map((r) => ({ program: r.p as 'JKK', type: 'other', amount: r.a, participantId: r.id })) });
        expect(s.byProgram.reduce((t, g) => t + Number(g.total), 0)).toBe(Number(s.total));
        expect(s.claimCount).toBe(rows.length);
      }),
      { numRuns: 40 },
    );
  });
});
