import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jkmBenefit, withOverlay, baselineLaw } from '../../src/index';
import { expectError } from './helpers';

const pu = { segment: 'PU' as const, activeAtDeath: true, contributionMonths: 36 };

describe('jkmBenefit', () => {
  it('PP 82/2019: 20 m + 12 m + 10 m = 42 m; 2 children with 36 months: scholarship 174 m, maximum 216 m (brief §13.1 ex. 10)', () => {
    const b = jkmBenefit({ ...pu, deathDate: '2026-02-10', scholarshipChildren: 2 });
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
    const b = jkmBenefit({ ...pu, contributionMonths: 24, deathDate: '2026-02-10', scholarshipChildren: 2 });
    expect(b.total).toBe(42_000_000);
    expect(b.scholarship.entitled).toBe(false);
    expect(b.scholarship.maximum).toBe(0);
    const c = b.conditions.find((x) => x.id === 'jkm.scholarship.minContribution');
    expect(c?.met).toBe(false);
    expect(c?.decisive).toBe(true);
  });

  it('35 months: no scholarship; 36: scholarship (boundary of the 3-year condition)', () => {
    expect(jkmBenefit({ ...pu, contributionMonths: 35, deathDate: '2026-02-10', scholarshipChildren: 1 }).scholarship.maximum).toBe(0);
    expect(jkmBenefit({ ...pu, contributionMonths: 36, deathDate: '2026-02-10', scholarshipChildren: 1 }).scholarship.maximum).toBe(87_000_000);
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
    const b = jkmBenefit({ ...pu, contributionMonths: 60, deathDate: '2018-05-01', scholarshipChildren: 2 });
    expect(b.scholarship.kind).toBe('lumpSum');
    expect(b.scholarship.maximum).toBe(12_000_000);
    expect(jkmBenefit({ ...pu, contributionMonths: 59, deathDate: '2018-05-01', scholarshipChildren: 2 }).scholarship.maximum).toBe(0);
  });

  it('no scholarship rule before 2015-07-01: said explicitly, not a silent zero', () => {
    const b = jkmBenefit({ ...pu, deathDate: '2014-01-01', scholarshipChildren: 1 });
    expect(b.scholarship.kind).toBeNull();
    expect(b.scholarship.note.en).toMatch(/no scholarship rule/);
  });

  it('BPU waiting rule (ex. 22): 2 consecutive paid months → 10 m in total, both readings recorded; 3 → 42 m', () => {
    const early = jkmBenefit({ deathDate: '2026-03-20', segment: 'BPU', activeAtDeath: true, contributionMonths: 2, consecutivePaidMonthsSinceRegistration: 2, scholarshipChildren: 2 });
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
    const b = jkmBenefit({ ...pu, activeAtDeath: false, deathDate: '2026-01-01', scholarshipChildren: 2 });
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

  it('property: total is the sum of the components and never depends on the wage-free facts beyond the rules', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 5 }), fc.date({ min: new Date('2012-01-02T12:00:00Z'), max: new Date('2030-12-31T12:00:00Z'), noInvalidDate: true }), (months, kids, d) => {
        const deathDate = d.toISOString().slice(0, 10);
        const b = jkmBenefit({ ...pu, contributionMonths: months, deathDate, scholarshipChildren: kids });
        expect(b.total).toBe(b.components.reduce((s, c) => s + (c.amount ?? 0), 0));
        expect([21_000_000, 24_000_000, 42_000_000]).toContain(b.total);
        expect(b.maximumTotal).toBe(b.total + b.scholarship.maximum);
      }),
      { numRuns: 60 },
    );
  });
});
