import { describe, expect, it } from 'vitest';
import { baselineLaw } from '../../../src/law/registry';
import { timelineProblems } from '../../../src/law/timeline';
import { valueAt } from '../../../src/law/lookup';
import { BASELINE_PARAMETERS } from '../../../src/law/parameters/index';

const IDS = ['pu.lateFine', 'bpu.lateFine', 'bpu.lapse', 'bpu.advancePayment'] as const;

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
  it('the benefit contribution-period conditions are not duplicated here: one parameter per rule, in the benefits', () => {
    const ids = Object.keys(BASELINE_PARAMETERS);
    for (const removed of ['bpu.jkmWaitingPeriod', 'scholarship.contributionPeriod', 'jkp.contributionPeriod']) expect(ids).not.toContain(removed);
    expect(ids).toEqual(expect.arrayContaining(['benefit.jkm.bpuWaitingRule', 'benefit.jkm.scholarshipMinContributionMonths', 'benefit.jkp.rules']));
  });
});
