import { describe, expect, it } from 'vitest';
import { contributionSchedule } from '../../src/index';
import { expectError } from '../helpers';

describe('contributionSchedule', () => {
  it('crosses 1 March: the JP cap changes in 2026-03 and the totals are sums of the months', () => {
    const s = contributionSchedule({ segment: 'PU', wage: 15_000_000, riskClass: 1, employerScale: 'large' }, { from: '2026-01', to: '2026-12' });
    expect(s.months).toHaveLength(12);
    expect(s.lawChanges).toEqual([{ month: '2026-03', parameters: ['jp.wageCap'] }]);
    // JP employer: 2 months × 210,948 + 10 months × 221,726 = 421,896 + 2,217,260 = 2,639,156
    expect(s.billedByProgram.JP).toBe(2 * (210_948 + 105_474) + 10 * (221_726 + 110_863));
    // JKK 36,000 + JKM 45,000 + JHT 855,000 a month, all year
    expect(s.billedByProgram.JKK).toBe(12 * 36_000);
    expect(s.totals.billed).toBe(s.months.reduce((t, m) => t + m.totals.billed, 0));
    expect(s.totals.employer + s.totals.employee).toBe(s.totals.billed);
    expect(s.months.map((m) => m.dueDate).slice(0, 2)).toEqual(['2026-02-15', '2026-03-15']);
    expect(s.billedByProgram.JKP).toBe(0); // JKP is never billed
    expect(s.totals.government).toBe(12 * 11_000);
  });

  it('a self-funded transport BPU across the PP 50/2025 window: relief starts and ends by iuran month', () => {
    const s = contributionSchedule({ segment: 'BPU', income: 1_000_000, sector: 'transport' }, { from: '2025-12', to: '2027-04' });
    expect(s.months.map((m) => m.totals.billed)).toEqual([16_800, ...Array(15).fill(8_400), 16_800]);
    expect(s.lawChanges.map((c) => c.month)).toEqual(['2026-01', '2026-04', '2027-01', '2027-04']);
    expect(s.totals.billed).toBe(2 * 16_800 + 15 * 8_400);
  });

  it('the NTT profile: APBD-funded BPU at the lowest bracket costs 16,800 every month of 2026', () => {
    const s = contributionSchedule({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2026-01', to: '2026-12' });
    expect(s.totals.billed).toBe(12 * 16_800); // 201,600
    expect(s.months.every((m) => m.lines.every((l) => l.relief === undefined))).toBe(true);
  });

  it('stops at a month whose law is not known, unless a projection is asked for', () => {
    const puLarge = { segment: 'PU', wage: 12_000_000, riskClass: 1, employerScale: 'large' } as const;
    expectError(() => contributionSchedule(puLarge, { from: '2026-12', to: '2027-03' }), 'parameter_not_in_force');
    const s = contributionSchedule(puLarge, { from: '2026-12', to: '2027-03' }, { beyondLastValue: 'carryForward' });
    expect(s.projected).toBe(true);
    expect(s.months.map((m) => m.projected)).toEqual([false, false, false, true]);
  });

  it('rejects bad ranges and participants', () => {
    const p = { segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' } as const;
    expectError(() => contributionSchedule(p, { from: '2026-12', to: '2026-01' }), 'invalid_input', ['range', 'to']);
    expectError(() => contributionSchedule(p, { from: '2000-01', to: '2050-12' }), 'invalid_input', ['range', 'to']);
    expectError(() => contributionSchedule(p, { from: '2026-1', to: '2026-12' }), 'invalid_input', ['range', 'from']);
    expectError(() => contributionSchedule({ ...p, income: -1 }, { from: '2026-01', to: '2026-12' }), 'invalid_input', ['participant', 'income']);
  });
});
