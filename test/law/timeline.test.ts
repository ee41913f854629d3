import { describe, expect, it } from 'vitest';
import { baselineLaw, valueAt, coverageOf } from '../../src/index';
import { findValue, timelineProblems } from '../../src/law/timeline';
import { expectError } from '../helpers';

const cap = baselineLaw.parameter('jp.wageCap');

describe('valueAt', () => {
  it('finds the value in force at a month, with its citation', () => {
    const v = valueAt(cap, '2026-03');
    expect(v.value).toBe(11_086_300);
    expect(v.citations.map((c) => c.number)).toContain('B/1226/022026');
    expect(v.status).toBe('enacted');
    expect(v.source).toBe('baseline');
    expect(valueAt(cap, '2026-02').value).toBe(10_547_400);
  });
  it('fails loudly beyond the last value and before the first', () => {
    expectError(() => valueAt(cap, '2027-03'), 'parameter_not_in_force', ['at']);
    expectError(() => valueAt(cap, '2015-06'), 'parameter_not_in_force', ['at']);
    try {
      valueAt(cap, '2027-03');
    } catch (e: any) {
      expect(e.issues[0]).toMatchObject({ parameter: 'jp.wageCap', at: '2027-03', coverage: { from: '2015-07', to: '2027-02' } });
      expect(e.message).toMatch(/carryForward/);
    }
  });
  it('carries the last value forward only on request, marked projected', () => {
    const v = valueAt(cap, '2030-12', { beyondLastValue: 'carryForward' });
    expect(v).toMatchObject({ value: 11_086_300, status: 'projected', projected: true });
    expect(v.note).toMatch(/Carried forward/);
    // Carrying forward never fills a gap before the first value.
    expectError(() => valueAt(cap, '2015-06', { beyondLastValue: 'carryForward' }), 'parameter_not_in_force');
  });
  it('treats temporary measures as not applying outside their window', () => {
    const pp50 = baselineLaw.parameter('relief.pp50_2025');
    expect(findValue(pp50, '2025-12')).toBeUndefined();
    expect(findValue(pp50, '2026-01')?.value.sectors).toEqual(['transport']);
    expect(findValue(pp50, '2027-04')).toBeUndefined();
  });
  it('rejects a key of the wrong granularity', () => {
    expectError(() => valueAt(cap, '2026-03-01'), 'invalid_input', ['at']);
  });
  it('reports coverage', () => {
    expect(coverageOf(cap)).toEqual({ from: '2015-07', to: '2027-02' });
  });
});

describe('timelineProblems', () => {
  const c = [{ instrument: 'PP' as const, number: '1', year: 2020 }];
  it('finds gaps, overlaps, disorder and open ends', () => {
    expect(timelineProblems('month', 'continuous', [{ from: '2020-01', to: '2020-06', citations: c }, { from: '2020-08', to: null, citations: c }])[0]).toMatch(/gap.*2020-07 to 2020-07/);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-01', to: '2020-06', citations: c }, { from: '2020-06', to: null, citations: c }])[0]).toMatch(/overlap/);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-01', to: null, citations: c }, { from: '2020-06', to: null, citations: c }])[0]).toMatch(/open-ended/);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-06', to: '2020-01', citations: c }])[0]).toMatch(/ends/);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-06', to: null, citations: [] }])[0]).toMatch(/citation/);
    expect(timelineProblems('month', 'measure', [{ from: '2020-01', to: '2020-02', citations: c }, { from: '2020-08', to: '2020-09', citations: c }])).toEqual([]);
    expect(timelineProblems('date', 'continuous', [{ from: '2019-12-01', to: '2019-12-01', citations: c }, { from: '2019-12-02', to: null, citations: c }])).toEqual([]);
  });
});
