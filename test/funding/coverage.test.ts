import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coverageChange, coverageRatio, participantsForTarget } from '../../src/funding/coverage';
import { thrown } from '../helpers';
import { zeroCostLaw } from './helpers';


describe('coverageRatio', () => {
  it('is exact, with a named display rounding', () => {
    // 49,000,000 / 92,000,000 = 49/92; × 100 = 1225/23 = 53.2608695...
    const r = coverageRatio({ participantCount: 49_000_000, workforce: 92_000_000 });
    expect(r.fraction).toEqual({ numerator: '49', denominator: '92' });
    expect(r.percentExact).toBe('1225/23');
    expect(r.percent).toBe('53.26');
    expect(r.rounding).toEqual({ mode: 'half_up', decimals: 2 });
    expect(coverageRatio({ participantCount: 49_000_000, workforce: 92_000_000 }, { rounding: { mode: 'down', decimals: 3 } }).percent).toBe('53.260');
    expect(coverageRatio({ participantCount: 49_000_000, workforce: 92_000_000 }, { rounding: { mode: 'up', decimals: 0 } }).percent).toBe('54');
  });

  it('gives a terminating percentage as a decimal: NTT 4,583 of 10,000 = 45.83 %', () => {
    expect(coverageRatio({ participantCount: 4_583, workforce: 10_000 }).percentExact).toBe('45.83');
    expect(coverageRatio({ participantCount: 1, workforce: 8 }).percentExact).toBe('12.5');
  });

  it('property: the display percentage is within half a unit of the last decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (p, w) => {
        const r = coverageRatio({ participantCount: p, workforce: w });
        // |shown × 100 − p × 100 × 100 / w| ≤ 1/2 (in hundredths)  ⇔  |shown·100·w − p·10,000| ≤ w/2
        const shown = BigInt(r.percent.replace('.', ''));
        const diff = shown * BigInt(w) - BigInt(p) * 10_000n;
        expect((diff < 0n ? -diff : diff) * 2n).toBeLessThanOrEqual(BigInt(w));
      }),
      { numRuns: 200 },
    );
  });

  it('rejects bad input', () => {
    expect(thrown(() => coverageRatio({ participantCount: 1, workforce: 0 })).path).toEqual(['counts', 'workforce']);
    expect(thrown(() => coverageRatio({ participantCount: 1.5, workforce: 10 })).path).toEqual(['counts', 'participantCount']);
    expect(thrown(() => coverageRatio({ participantCount: 1, workforce: 10 }, { rounding: { decimals: 11 } })).path).toEqual(['options', 'rounding', 'decimals']);
  });
});

describe('coverageChange', () => {
  it('NTT: 45.83 % in 2025, about 8 points above 2024 (37.83 % assumed)', () => {
    const c = coverageChange({ percent: '37.83' }, { percent: '45.83' });
    expect(c.pointsExact).toBe('8');
    expect(c.points).toBe('8.00');
  });

  it('from counts, exact: 1/3 → 1/2 is +16.666... points', () => {
    const c = coverageChange({ participantCount: 1, workforce: 3 }, { participantCount: 1, workforce: 2 });
    // 50 − 100/3 = 50/3
    expect(c.pointsExact).toBe('50/3');
    expect(c.points).toBe('16.67');
    expect(coverageChange({ percent: '45.83' }, { percent: '37.83' }).points).toBe('-8.00');
  });

  it('rounds the change by the rounding asked for, and checks it', () => {
    // 50/3 = 16.666… points: down to 1 decimal 16.6
    expect(coverageChange({ participantCount: 1, workforce: 3 }, { participantCount: 1, workforce: 2 }, { rounding: { mode: 'down', decimals: 1 } })).toMatchObject({ points: '16.6', rounding: { mode: 'down', decimals: 1 } });
    const e = thrown(() => coverageChange({ percent: '1' }, { percent: '2' }, { rounding: { decimals: 11 } }));
    expect([e.code, e.path]).toEqual(['invalid_input', ['options', 'rounding', 'decimals']]);
  });

  it('rejects bad input', () => {
    expect(thrown(() => coverageChange({ percent: '45,83' }, { percent: '1' })).path[0]).toBe('from');
    expect(thrown(() => coverageChange({ percent: '1' }, { participantCount: 1 } as never)).path[0]).toBe('to');
  });
});

describe('participantsForTarget', () => {
  it('needs ⌈target × workforce / 100⌉ − participants more, and their budget', () => {
    // 50 % of 1,000,000 = 500,000; 500,000 − 458,300 = 41,700; × 201,600 (12 × 16,800, APBD) = 8,406,720,000
    const r = participantsForTarget({
      participantCount: 458_300,
      workforce: 1_000_000,
      targetPercent: '50',
      cost: { period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' },
    });
    expect(r).toMatchObject({ requiredParticipantCount: 500_000, additionalParticipantCount: 41_700, costPerParticipant: 201_600, budget: 8_406_720_000 });
    expect(r.reached.percent).toBe('50.00');
  });

  it('rounds the required head count up, so the target is reached', () => {
    // 52.15 % of 999 = 520.9785 → 521
    const r = participantsForTarget({ participantCount: 500, workforce: 999, targetPercent: '52.15', cost: 201_600 });
    expect(r.requiredParticipantCount).toBe(521);
    expect(r.additionalParticipantCount).toBe(21);
    expect(r.budget).toBe(21 * 201_600);
  });

  it('needs nobody when the target is met, and no budget without a cost', () => {
    const r = participantsForTarget({ participantCount: 600, workforce: 1_000, targetPercent: '50' });
    expect(r).toMatchObject({ requiredParticipantCount: 500, additionalParticipantCount: 0, costPerParticipant: null, budget: null });
    // 50 % × 1,000 = 500 (exact, so rounding up keeps 500); 600 already ≥ 500
    expect(r.explanation.map((s) => s.text)).toEqual([
      {
        id: 'Target 50 % × 1000 pekerja / 100 = 500, dibulatkan ke atas = 500 peserta; tambahan 500 − 600 = 0',
        en: 'Target 50 % × 1000 workers / 100 = 500, rounded up = 500 participants; more needed 500 − 600 = 0',
      },
    ]);
  });

  it('explains the head count and the budget', () => {
    // 52.15 % × 999 / 100 = 520.9785 → 521; 521 − 500 = 21; 21 × 201,600 = 4,233,600
    const r = participantsForTarget({ participantCount: 500, workforce: 999, targetPercent: '52.15', cost: 201_600 });
    expect(r.explanation.map((s) => s.text)).toEqual([
      {
        id: 'Target 52.15 % × 999 pekerja / 100 = 520.9785, dibulatkan ke atas = 521 peserta; tambahan 521 − 500 = 21',
        en: 'Target 52.15 % × 999 workers / 100 = 520.9785, rounded up = 521 participants; more needed 521 − 500 = 21',
      },
      { id: 'Anggaran: 21 × Rp201.600 = Rp4.233.600', en: 'Budget: 21 × Rp201.600 = Rp4.233.600' },
    ]);
  });

  it('refuses a head count beyond the safe-integer range, up to exactly 2^53 − 1', () => {
    const workforce = Number.MAX_SAFE_INTEGER;
    // 100 % of 9,007,199,254,740,991 is exactly 2^53 − 1: still a safe count
    expect(participantsForTarget({ participantCount: 0, workforce, targetPercent: '100' }).requiredParticipantCount).toBe(Number.MAX_SAFE_INTEGER);
    // 100.00000001 % of it is ⌈9,007,199,254,740,991 × 1.0000000001⌉ = 9,007,199,255,641,711 > 2^53 − 1
    const e = thrown(() => participantsForTarget({ participantCount: 0, workforce, targetPercent: '100.00000001' }));
    expect([e.code, e.path]).toEqual(['amount_out_of_range', ['question', 'targetPercent']]);
  });

  it('rejects bad input', () => {
    expect(thrown(() => participantsForTarget({ participantCount: 1, workforce: 10, targetPercent: '1000' })).path).toEqual(['question', 'targetPercent']);
    const e = thrown(() => participantsForTarget({ participantCount: 1, workforce: 10, targetPercent: '50', cost: { period: { from: '2026-01', to: '2026-12' }, profile: { income: 1 } } as never }));
    expect(e.path).toEqual(['question', 'cost', 'fundedBy']);
  });
});

describe('participantsForTarget: pricing the cost', () => {
  const cost = (from: string, to: string) => ({ period: { from, to }, profile: { income: 1_000_000 }, fundedBy: 'apbd' as const });

  it('prices a period that costs nothing (an overlay with JKK 0 % and JKM Rp0): the extra budget is Rp0', () => {
    const law = zeroCostLaw;
    // 20 % × 100 = 20 participants; 20 − 10 = 10 more, at Rp0 each
    const r = participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: cost('2027-01', '2027-02') }, { law });
    expect([r.additionalParticipantCount, r.costPerParticipant, r.budget]).toEqual([10, 0, 0]);
  });

  it('reports the law that priced the cost, and cites it in the budget step; none for a cost given as an amount', () => {
    const priced = participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: cost('2026-01', '2026-12') });
    // 10 more × 201,600 (12 × 16,800 at APBD)
    expect([priced.additionalParticipantCount, priced.budget]).toEqual([10, 2_016_000]);
    expect(priced.lawUsed.map((l) => l.parameter)).toContain('bpu.incomeBrackets');
    expect(priced.explanation.map((s) => s.citations)).toEqual([[], priced.citations]);
    const given = participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: 201_600 });
    expect([given.lawUsed, given.citations, given.projected]).toEqual([[], [], false]);
  });

  it('refuses a priced cost with keys it does not read (a budget among them), and checks options even without a cost', () => {
    const withBudget = thrown(() => participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: { ...cost('2026-01', '2026-02'), budget: 5 } as never }));
    expect([withBudget.code, withBudget.path]).toEqual(['invalid_input', ['question', 'cost']]);
    const options = thrown(() => participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20' }, { law: 'baseline' } as never));
    expect([options.code, options.path[0]]).toEqual(['invalid_input', 'options']);
  });

  it('an options error keeps its own path; a cost error is reported under question.cost', () => {
    const options = thrown(() => participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: cost('2026-01', '2026-02') }, { rounding: 'sideways' } as never));
    expect([options.code, options.path[0]]).toEqual(['invalid_input', 'options']);
    const period = thrown(() => participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: cost('2026-03', '2026-02') }));
    expect([period.code, period.path.slice(0, 3)]).toEqual(['invalid_input', ['question', 'cost', 'period']]);
    const early = thrown(() => participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: cost('2015-06', '2015-07') }));
    expect([early.code, early.path]).toEqual(['parameter_not_in_force', ['question', 'cost', 'period']]);
    const sector = thrown(() => participantsForTarget({ participantCount: 10, workforce: 100, targetPercent: '20', cost: { ...cost('2026-01', '2026-01'), fundedBy: 'self' } }));
    expect([sector.code, sector.path]).toEqual(['missing_fact', ['question', 'cost', 'profile', 'sector']]);
  });
});
