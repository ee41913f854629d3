import { describe, expect, it } from 'vitest';
import { budgetDuration, maxParticipants } from '../../src/funding/budget';
import { thrown } from '../helpers';


describe('maxParticipants', () => {
  it('NTT: Rp10,080,000,000 covers 50,000 APBD-funded participants for 2026 (12 × 16,800 = 201,600 each)', () => {
    const r = maxParticipants({ budget: 10_080_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' });
    expect(r).toMatchObject({ participants: 50_000, costPerParticipant: 201_600, required: 10_080_000_000, leftOver: 0 });
    expect(r.perMonth).toHaveLength(12);
  });

  it('one rupiah less covers one person less, with 201,599 left', () => {
    const r = maxParticipants({ budget: 10_079_999_999, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' });
    expect(r.participants).toBe(49_999);
    expect(r.leftOver).toBe(201_599);
  });

  it('a village budget (APBDes) keeps the PP 50/2025 discount: 126,000 a person, so 80,000 people', () => {
    // Jan–Mar 3 × 16,800 + Apr–Dec 9 × 8,400 = 50,400 + 75,600 = 126,000; 10,080,000,000 / 126,000 = 80,000
    const r = maxParticipants({ budget: 10_080_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000, sector: 'other' }, fundedBy: 'apbdes' });
    expect(r.costPerParticipant).toBe(126_000);
    expect(r.participants).toBe(80_000);
  });

  it('includes JHT when asked: 12 × 36,800 = 441,600 a person', () => {
    const r = maxParticipants({ budget: 1_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' });
    expect(r.costPerParticipant).toBe(441_600);
    expect(r.participants).toBe(2);
    expect(r.leftOver).toBe(116_800);
  });

  it('rejects bad input', () => {
    const e = thrown(() => maxParticipants({ budget: 1, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1 } } as never));
    expect(e.path).toEqual(['question', 'fundedBy']);
    expect(thrown(() => maxParticipants({ budget: -5, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1 }, fundedBy: 'apbd' })).path).toEqual(['question', 'budget']);
    const sector = thrown(() => maxParticipants({ budget: 1, period: { from: '2026-01', to: '2026-01' }, profile: { income: 1 }, fundedBy: 'self' }));
    expect(sector.code).toBe('missing_fact');
    expect(sector.path).toEqual(['question', 'profile', 'sector']);
  });
});

describe('budgetDuration', () => {
  it('Rp1 bn for 5,000 APBD-funded people lasts 11 months (84,000,000 a month), 76,000,000 left', () => {
    const r = budgetDuration({ budget: 1_000_000_000, from: '2026-01', cohorts: [{ count: 5_000, profile: { income: 1_000_000 } }], fundedBy: 'apbd' });
    // 11 × 84,000,000 = 924,000,000; left 76,000,000; December needs 84,000,000, short 8,000,000
    expect(r).toMatchObject({ months: 11, through: '2026-11', leftOver: 76_000_000, nextMonthCost: 84_000_000, nextMonthShortBy: 8_000_000, outlastsHorizon: false });
    expect(r.perMonth).toHaveLength(12);
  });

  it('prices each month under its own law: a self-paying roster gets cheaper from April 2026', () => {
    // 100 × 16,800 = 1,680,000 for Jan–Mar (5,040,000), then 100 × 8,400 = 840,000; 6,000,000 − 5,040,000 − 840,000 = 120,000
    const r = budgetDuration({ budget: 6_000_000, from: '2026-01', cohorts: [{ count: 100, profile: { income: 1_000_000, sector: 'other' } }], fundedBy: 'self' });
    expect(r).toMatchObject({ months: 4, through: '2026-04', leftOver: 120_000, nextMonthCost: 840_000, nextMonthShortBy: 720_000 });
  });

  it('says when the budget outlasts the horizon, and when it pays no month at all', () => {
    const long = budgetDuration({ budget: 1_000_000, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1_000_000 } }], fundedBy: 'apbd', maxMonths: 3 });
    expect(long).toMatchObject({ months: 3, through: '2026-03', leftOver: 949_600, nextMonthCost: null, outlastsHorizon: true });
    const none = budgetDuration({ budget: 10, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1_000_000 } }], fundedBy: 'apbd' });
    expect(none).toMatchObject({ months: 0, through: null, nextMonthShortBy: 16_790 });
  });

  it('rejects bad input', () => {
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-13', cohorts: [{ count: 1, profile: { income: 1 } }], fundedBy: 'apbd' })).path).toEqual(['question', 'from']);
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-01', cohorts: [], fundedBy: 'apbd' })).path).toEqual(['question', 'cohorts']);
    expect(thrown(() => budgetDuration({ budget: 1, from: '2026-01', cohorts: [{ count: 1, profile: { income: 1 } }], fundedBy: 'apbd', maxMonths: 0 })).path).toEqual(['question', 'maxMonths']);
  });
});
