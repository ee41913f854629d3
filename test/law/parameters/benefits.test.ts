import { describe, expect, it } from 'vitest';
import { baselineLaw, valueAt } from '../../../src/index';
import { timelineProblems } from '../../../src/law/timeline';

const ids = [
  'benefit.jkk.cash',
  'benefit.jkk.stmb',
  'benefit.jkk.transportCaps',
  'benefit.jkm.cash',
  'benefit.jkm.scholarshipMinContributionMonths',
  'benefit.jkm.bpuWaitingRule',
  'benefit.scholarship',
  'benefit.jht.partialWithdrawal',
  'benefit.jht.payoutTriggers',
  'benefit.jp.rules',
  'benefit.jp.retirementAge',
  'benefit.jp.benefitLimits',
  'benefit.jp.benefitLimitsDerived',
  'benefit.jp.benefitLimitIndexation',
  'benefit.jkp.rules',
] as const;

describe('benefit parameters', () => {
  it.each(ids)('%s is a sound, date-keyed timeline with citations', (id) => {
    const p = baselineLaw.parameter(id);
    expect(p.granularity).toBe('date');
    expect(timelineProblems(p.granularity, p.kind, p.values)).toEqual([]);
    for (const v of p.values) expect(v.citations.length).toBeGreaterThan(0);
  });

  it('regime boundaries: JKM cash 2015-06-30 / 2015-07-01 / 2019-12-01 / 2019-12-02; JKP 2025-02-06 / 2025-02-07', () => {
    const jkm = baselineLaw.parameter('benefit.jkm.cash');
    expect(valueAt(jkm, '2015-06-30').value.lumpSum).toBe(14_200_000);
    expect(valueAt(jkm, '2015-07-01').value.lumpSum).toBe(16_200_000);
    expect(valueAt(jkm, '2019-12-01').value.lumpSum).toBe(16_200_000);
    expect(valueAt(jkm, '2019-12-02').value.lumpSum).toBe(20_000_000);
    const jkp = baselineLaw.parameter('benefit.jkp.rules');
    expect(valueAt(jkp, '2025-02-06').value.claimDeadlineMonths).toBe(3);
    expect(valueAt(jkp, '2025-02-07').value.claimDeadlineMonths).toBe(6);
  });

  it('benefit periods (also read by src/payments): JKM waiting 3 months from 2019-12-02 (prepaid reading L), scholarship 60 → 36 months, JKP 12 in 24 and 6 consecutive', () => {
    const waiting = baselineLaw.parameter('benefit.jkm.bpuWaitingRule');
    const jkm = valueAt(waiting, '2026-02-10');
    expect(jkm.value).toEqual({ minConsecutivePaidMonths: 3, totalBeforeWaiting: 10_000_000, brochureReading: { funeral: 10_000_000 }, branchReading: { lumpSum: 8_000_000, funeral: 2_000_000 }, prepaidMonthsCount: false });
    expect(jkm.confidence).toBe('L');
    expect(jkm.from).toBe('2019-12-02'); // the PP 82/2019 regime: no waiting rule is stated before it
    expect(waiting.values[0]!.citations.map((c) => c.note).join(' ')).toMatch(/Cilegon/);
    const scholarship = baselineLaw.parameter('benefit.jkm.scholarshipMinContributionMonths');
    expect(valueAt(scholarship, '2019-12-01').value).toBe(60); // 5 years × 12
    expect(valueAt(scholarship, '2019-12-02').value).toBe(36); // 3 years × 12
    const jkp = baselineLaw.parameter('benefit.jkp.rules');
    expect(valueAt(jkp, '2025-02-06').value).toMatchObject({ minContributionMonths: 12, windowMonths: 24, minConsecutiveMonths: 6, consecutiveRuleDisputed: false });
    expect(valueAt(jkp, '2025-02-07').value).toMatchObject({ minContributionMonths: 12, windowMonths: 24, minConsecutiveMonths: 6, consecutiveRuleDisputed: true });
    expect(valueAt(jkp, '2025-02-07').confidence).toBe('M');
  });

  it('the JKP benefit wage cap (Art. 21(3)) and the contribution cap jkp.wageCap (Art. 11(7)) are separate rules, each citing its article', () => {
    const benefit = valueAt(baselineLaw.parameter('benefit.jkp.rules'), '2025-02-07');
    expect(benefit.value.wageCap).toBe(5_000_000);
    expect(benefit.citations[0]?.note).toMatch(/Art\. 21\(3\)/);
    const contribution = valueAt(baselineLaw.parameter('jkp.wageCap'), '2025-02');
    expect(contribution.value).toBe(5_000_000);
    expect(contribution.citations.map((c) => c.article)).toEqual(['Art. 11(7)', 'Art. I (Art. 11(7))']);
  });

  it('retirement age by year: 56 (2018-12-31), 57 (2019-01-01), 58 (2022), 59 (2026), 64 (2042-12-31), 65 (2043-01-01)', () => {
    const r = baselineLaw.parameter('benefit.jp.retirementAge');
    expect([valueAt(r, '2018-12-31').value, valueAt(r, '2019-01-01').value, valueAt(r, '2022-06-01').value, valueAt(r, '2026-06-01').value, valueAt(r, '2042-12-31').value, valueAt(r, '2043-01-01').value]).toEqual([56, 57, 58, 59, 64, 65]);
  });

  it('the JP limit indexation: rounded up to Rp100, and the reading that the limits never decrease (M), citing PP 45/2015 Art. 18(3)', () => {
    const v = valueAt(baselineLaw.parameter('benefit.jp.benefitLimitIndexation'), '2026-06-01');
    expect(v.value).toEqual({ rounding: { mode: 'up', step: 100 }, limitsNeverDecrease: true });
    expect([v.confidence, v.citations[0]?.article]).toEqual(['M', 'Art. 18(3)']);
    // The reading holds for the stored letters: each is at least the one before.
    const letters = baselineLaw.parameter('benefit.jp.benefitLimits').values.map((x) => x.value);
    expect(letters.every((l, i) => i === 0 || (l.minimum >= letters[i - 1]!.minimum && l.maximum >= letters[i - 1]!.maximum))).toBe(true);
  });

  it('the derived JP limits are marked derived and L; published ones are not', () => {
    const d = baselineLaw.parameter('benefit.jp.benefitLimitsDerived').values[0]!;
    expect([d.status, d.confidence, d.value.minimum, d.value.maximum]).toEqual(['derived', 'L', 411_400, 4_932_300]);
    expect(baselineLaw.parameter('benefit.jp.benefitLimits').values.every((v) => v.status === 'enacted' && v.confidence !== 'L')).toBe(true);
  });
});
