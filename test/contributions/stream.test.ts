import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionBatch, streamContributionBatches, type StreamedBatch } from '../../src/index';
import { expectError, thrown } from '../helpers';

function* puMembers(n: number) {
  for (let i = 0; i < n; i++) yield { wage: 1_000_000 + i * 997_003, riskClass: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 };
}

describe('streamContributionBatches', () => {
  it('yields, chunk by chunk, the same per-line amounts as contributionBatch on the whole roster', () => {
    const all = [...puMembers(23)];
    const batches = [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: puMembers(23) }, { from: '2026-01', to: '2026-03' }, { chunkSize: 10 })];
    // 3 chunks (10 + 10 + 3) × 3 months, chunk-major
    expect(batches.map((b) => `${b.offset}:${b.month}:${b.count}`)).toEqual([
      '0:2026-01:10', '0:2026-02:10', '0:2026-03:10',
      '10:2026-01:10', '10:2026-02:10', '10:2026-03:10',
      '20:2026-01:3', '20:2026-02:3', '20:2026-03:3',
    ]);
    for (const month of ['2026-01', '2026-02', '2026-03']) {
      const whole = contributionBatch({ segment: 'PU', employerScale: 'large', wage: all.map((m) => m.wage), riskClass: all.map((m) => m.riskClass) }, month);
      const k = whole.lineKinds.length;
      const streamed = batches.filter((b) => b.month === month);
      const joined = streamed.flatMap((b) => Array.from(b.amounts));
      expect(joined).toEqual(Array.from(whole.amounts));
      expect(streamed.reduce((t, b) => t + b.billed, 0)).toBe(whole.billed);
      expect(streamed[0]!.lineKinds.length).toBe(k);
    }
  });

  it('example: 25,000 workers at 5,000,000 for a year bill 25,000 × 462,000 × 12 = 138,600,000,000', () => {
    function* members() {
      for (let i = 0; i < 25_000; i++) yield { wage: 5_000_000, riskClass: 1 as const };
    }
    let billed = 0;
    let batches = 0;
    for (const batch of streamContributionBatches({ segment: 'PU', employerScale: 'large', members: members() }, { from: '2026-01', to: '2026-12' })) {
      billed += batch.billed;
      batches++;
    }
    expect(billed).toBe(138_600_000_000);
    expect(batches).toBe(3 * 12); // chunks of 10,000: 10,000 + 10,000 + 5,000
  });

  it('streams BPU rosters: 50,000 NTT participants × 12 × 16,800 = 10,080,000,000 (brief §13.1 example 3)', () => {
    const members = { *[Symbol.iterator]() { for (let i = 0; i < 50_000; i++) yield { income: 1_000_000 }; } };
    let billed = 0;
    for (const b of streamContributionBatches({ segment: 'BPU', fundedBy: 'apbd', members }, { from: '2026-01', to: '2026-12' }, { chunkSize: 20_000 })) billed += b.billed;
    expect(billed).toBe(10_080_000_000);
  });

  it('an empty roster yields one empty batch per month', () => {
    const batches = [...streamContributionBatches({ segment: 'BPU', fundedBy: 'apbd', members: [] }, { from: '2026-01', to: '2026-02' })];
    expect(batches.map((b) => [b.month, b.count, b.billed])).toEqual([['2026-01', 0, 0], ['2026-02', 0, 0]]);
  });

  it('property: any chunk size gives the same totals per month', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 30_000_000 }), fc.constantFrom(1, 2, 3, 4, 5)), { maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (members, chunkSize) => {
        const total = (size: number) => {
          const byMonth = new Map<string, number>();
          for (const b of streamContributionBatches({ segment: 'PU', employerScale: 'medium', members: members.map(([wage, riskClass]) => ({ wage, riskClass: riskClass as 1 })) }, { from: '2026-02', to: '2026-03' }, { chunkSize: size })) {
            byMonth.set(b.month, (byMonth.get(b.month) ?? 0) + b.billed);
          }
          return [...byMonth.entries()];
        };
        expect(total(chunkSize)).toEqual(total(1_000_000));
      }),
      { numRuns: 40 },
    );
  });

  it('names the bad member by its index in the whole roster', () => {
    const members = [...puMembers(15), { wage: '5.000.000', riskClass: 1 }];
    const seen: StreamedBatch[] = [];
    expectError(() => {
      for (const b of streamContributionBatches({ segment: 'PU', employerScale: 'large', members: members as never }, { from: '2026-01', to: '2026-01' }, { chunkSize: 10 })) seen.push(b);
    }, 'invalid_input', ['roster', 'members', 15, 'wage']);
    expect(seen.length).toBe(1); // the first chunk was yielded before the bad member was reached
    expectError(() => [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: [{ wage: 1, riskClass: 9 }] as never }, { from: '2026-01', to: '2026-01' })], 'invalid_input', ['roster', 'members', 0, 'riskClass']);
    expectError(() => [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: [null] as never }, { from: '2026-01', to: '2026-01' })], 'invalid_input', ['roster', 'members', 0]);
  });

  it('rejects a bad profile, range or chunk size', () => {
    expectError(() => [...streamContributionBatches({ segment: 'PU', members: 5 } as never, { from: '2026-01', to: '2026-01' })], 'invalid_input', ['roster', 'members']);
    expectError(() => [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: [] }, { from: '2026-01', to: '2076-01' })], 'invalid_input', ['period', 'to']);
    expectError(() => [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: [] }, { from: '2026-01', to: '2026-01' }, { chunkSize: 0 })], 'invalid_input', ['options', 'chunkSize']);
    expectError(() => [...streamContributionBatches({ segment: 'PU', members: puMembers(1) }, { from: '2026-01', to: '2026-01' })], 'missing_fact', ['roster', 'employerScale']);
  });
});

describe('streamContributionBatches in detail', () => {
  const range = { from: '2026-03', to: '2026-03' };
  it('a roster of exactly two chunks yields no trailing empty batch; options reach every batch', () => {
    const members = [{ wage: 5_012_345, riskClass: 1 }, { wage: 5_000_000, riskClass: 1 }, { wage: 1_000_000, riskClass: 2 }, { wage: 2_000_000, riskClass: 3 }] as const;
    const batches = [...streamContributionBatches({ segment: 'PU', employerScale: 'micro', members }, range, { chunkSize: 2, rounding: { mode: 'half_up', step: 100 } })];
    expect(batches.map((b) => [b.offset, b.count])).toEqual([[0, 2], [2, 2]]);
    // micro employer: JKK + JKM (+ JKP lines, not billed); JKK 0.24 % × 5,012,345 = 12,029.628 → Rp100 step: 12,000; JKM 0.3 % = 15,037.035 → 15,000
    expect(Array.from(batches[0]!.amounts.slice(0, 2))).toEqual([12_000, 15_000]);
    expect(batches[0]!.rounding).toEqual({ mode: 'half_up', step: 100 });
    expect(batches[0]!.lineKinds.map((k) => k.program)).toEqual(['JKK', 'JKM', 'JKP', 'JKP']);
  });
  it('relocates a bad BPU income to its member and keeps paths that name no member', () => {
    const incomes = [{ income: 1_000_000 }, { income: 2_000_000 }, { income: 3_000_000 }, { income: -5 }];
    expectError(() => [...streamContributionBatches({ segment: 'BPU', fundedBy: 'apbd', members: incomes }, range, { chunkSize: 2 })], 'invalid_input', ['roster', 'members', 3, 'income']);
    expectError(() => [...streamContributionBatches({ segment: 'BPU', members: [{ income: 1 }] }, { from: '2026-02', to: '2026-02' })], 'missing_fact', ['roster', 'sector']);
    expectError(() => [...streamContributionBatches({ segment: 'BPU', members: [7] as never }, range)], 'invalid_input', ['roster', 'members', 0]);
    expectError(() => [...streamContributionBatches({ segment: 'BPU', fundedBy: 'apbd', members: [] }, range, { chunkSize: 1_000_001 })], 'invalid_input', ['options', 'chunkSize']);
  });
});

describe('streamContributionBatches: profile fields and member messages', () => {
  const range = { from: '2026-03', to: '2026-03' };
  it('the profile\'s programmes and jkp reach every batch', () => {
    const [only, ...rest] = [...streamContributionBatches({ segment: 'PU', programs: ['JKK', 'JKM'], jkp: false, members: [{ wage: 5_000_000, riskClass: 2 }] }, range)];
    // class II: JKK 0.54 % × 5,000,000 = 27,000; JKM 0.3 % = 15,000; no JKP lines
    expect(rest).toEqual([]);
    expect(only!.lineKinds.map((k) => k.program)).toEqual(['JKK', 'JKM']);
    expect([Array.from(only!.amounts), only!.billed]).toEqual([[27_000, 15_000], 42_000]);
  });
  it('a member that is not an object is named with the shape expected for the segment', () => {
    const bpu = thrown(() => [...streamContributionBatches({ segment: 'BPU', members: [7] as never }, range)]);
    expect([bpu.issues[0]!.path, bpu.issues[0]!.message]).toEqual([['roster', 'members', 0], 'Expected a member object { income }, got 7']);
    const pu = thrown(() => [...streamContributionBatches({ segment: 'PU', employerScale: 'large', members: [{ wage: 1, riskClass: 1 }, null] as never }, range)]);
    expect([pu.issues[0]!.path, pu.issues[0]!.message]).toEqual([['roster', 'members', 1], 'Expected a member object { wage, riskClass }, got null']);
  });
});
