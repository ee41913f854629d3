import { describe, expect, it } from 'vitest';
import { baselineLaw } from '../../../src/law/registry';
import { timelineProblems, valueAt } from '../../../src/law/timeline';

const IDS = ['pu.lateFine', 'bpu.lateFine', 'bpu.lapse', 'bpu.advancePayment', 'bpu.jkmWaitingPeriod', 'scholarship.contributionPeriod', 'jkp.contributionPeriod'] as const;

describe('payment parameters', () => {
  it('are registered with sound timelines and a citation on every value', () => {
    for (const id of IDS) {
      const p = baselineLaw.parameter(id);
      expect(timelineProblems(p.granularity, p.kind, p.values)).toEqual([]);
      for (const v of p.values) expect(v.citations.length).toBeGreaterThan(0);
    }
  });
  it('PU fine: 2 %, 0.5 % for PP 49/2020 iuran months, simple, started months, no cap', () => {
    const fine = baselineLaw.parameter('pu.lateFine');
    expect(valueAt(fine, '2020-07').value.rate.percent).toBe('2');
    expect(valueAt(fine, '2020-08').value.rate.percent).toBe('0.5');
    expect(valueAt(fine, '2021-01').value.rate.percent).toBe('0.5');
    expect(valueAt(fine, '2026-01').value).toMatchObject({ monthCounting: 'started', interest: 'simple', maxMonths: null });
    expect(valueAt(fine, '2020-08').citations[0]).toMatchObject({ instrument: 'PP', number: '49', article: 'Art. 23(1)' });
    expect(valueAt(fine, '2020-08').confidence).toBe('M');
  });
  it('BPU: no fine; lapse after more than 3 months; 12 months in advance', () => {
    expect(valueAt(baselineLaw.parameter('bpu.lateFine'), '2026-01').value.rate.numerator).toBe(0);
    const lapse = valueAt(baselineLaw.parameter('bpu.lapse'), '2026-01');
    expect(lapse.value).toEqual({ maxConsecutiveUnpaidMonths: 3, arrearsWindowMonths: 3, stateIfJhtClaimed: 'inactive' });
    expect(lapse.confidence).toBe('H');
    expect(valueAt(baselineLaw.parameter('bpu.lapse'), '2020-01').confidence).toBe('L');
    expect(valueAt(baselineLaw.parameter('bpu.advancePayment'), '2026-01').value.maxMonths).toBe(12);
  });
  it('benefit periods: JKM 3 months (prepaid reading L), scholarship 3 years from 2019-12-02, JKP 12 in 24 and 6 consecutive', () => {
    const jkm = valueAt(baselineLaw.parameter('bpu.jkmWaitingPeriod'), '2026-02-10');
    expect(jkm.value).toEqual({ consecutivePaidMonths: 3, prepaidMonthsCount: false });
    expect(jkm.confidence).toBe('L');
    expect(valueAt(baselineLaw.parameter('scholarship.contributionPeriod'), '2019-12-01').value.years).toBe(5);
    expect(valueAt(baselineLaw.parameter('scholarship.contributionPeriod'), '2019-12-02').value.years).toBe(3);
    expect(valueAt(baselineLaw.parameter('jkp.contributionPeriod'), '2025-02-06').value).toEqual({ monthsInWindow: 12, windowMonths: 24, consecutiveMonthsBeforePhk: 6 });
    expect(valueAt(baselineLaw.parameter('jkp.contributionPeriod'), '2025-02-07').confidence).toBe('M');
  });
});
