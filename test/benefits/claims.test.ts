import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { claimsSummary, type PaidClaimInput } from '../../src/index';
import { expectError } from './helpers';

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
      { program: 'JKK', type: 'medicalCare', amount: 4_000_000, participantId: 'S20' },
      { program: 'JKK', type: 'medicalCare', amount: 2_000_000, participantId: 'S0', paidDate: '2026-01-05' },
    ];
    const s = claimsSummary({ claims: claims.slice(0, -1) });
    expect(s.total).toBe('846000000');
    expect(s.participants).toBe(38);
    expect(s.claims).toBe(40);
    expect(s.headline.id).toBe('Rp846.000.000 dibayarkan kepada 38 peserta (40 klaim).');
    expect(s.byProgram.map((g) => [g.program, g.claims, g.participants, g.total])).toEqual([
      ['JKK', 25, 23, '216000000'],
      ['JKM', 15, 15, '630000000'],
    ]);
    expect(s.byType.map((g) => `${g.program}/${g.type}`)).toEqual(['JKK/medicalCare', 'JKK/stmb', 'JKK/death', 'JKK/scholarship', 'JKM/death']);
  });

  it('a period filter needs paid dates and keeps only claims inside it; sen are kept exactly', () => {
    const s = claimsSummary({
      claims: [
        { program: 'JKM', type: 'funeral', amount: '10000000.50', participantId: 'a', paidDate: '2025-12-31' },
        { program: 'JKM', type: 'funeral', amount: '0.25', participantId: 'a', paidDate: '2025-01-01' },
        { program: 'JKM', type: 'funeral', amount: 5, participantId: 'b', paidDate: '2026-01-01' },
      ],
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(s.total).toBe('10000000.75');
    expect(s.participants).toBe(1);
  });

  it('empty list: zero, stated', () => {
    expect(claimsSummary({ claims: [] })).toMatchObject({ claims: 0, participants: 0, total: '0' });
  });

  it('bad input', () => {
    expectError(() => claimsSummary({ claims: [{ program: 'JKM', type: 'death', amount: -1, participantId: 'a' }] }), 'invalid_input', ['input', 'claims', 0, 'amount']);
    expectError(() => claimsSummary({ claims: [{ program: 'BPJS', type: 'death', amount: 1, participantId: 'a' }] } as never), 'invalid_input', ['input', 'claims', 0, 'program']);
    expectError(() => claimsSummary({ claims: [{ program: 'JKM', type: 'death', amount: 1, participantId: 'a' }], period: { from: '2025-01-01', to: '2025-12-31' } }), 'invalid_input', ['input', 'claims', 0, 'paidDate']);
  });

  it('property: the programme totals add up to the total', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ p: fc.constantFrom('JKK', 'JKM', 'JHT'), a: fc.integer({ min: 0, max: 100_000_000 }), id: fc.constantFrom('x', 'y', 'z') }), { maxLength: 30 }), (rows) => {
        const s = claimsSummary({ claims: rows.map((r) => ({ program: r.p as 'JKK', type: 'other', amount: r.a, participantId: r.id })) });
        expect(s.byProgram.reduce((t, g) => t + Number(g.total), 0)).toBe(Number(s.total));
        expect(s.claims).toBe(rows.length);
      }),
      { numRuns: 40 },
    );
  });
});
