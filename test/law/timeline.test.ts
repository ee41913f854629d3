import { describe, expect, it } from 'vitest';
import { baselineLaw, valueAt, coverageOf } from '../../src/index';
import { deepFreeze, defineParameter, findValue, keyProblem, makeValue, nextKey, previousKey, timelineProblems, type Parameter } from '../../src/law/timeline';
import { lookupValue } from '../../src/law/lookup';
import { calendarDateProblem, yearMonthProblem } from '../../src/core/calendar';
import { expectError, thrown } from '../helpers';

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
      expect(e.message).toMatch(/carry_forward/);
    }
  });
  it('carries the last value forward only on request, marked projected, from the month after its end', () => {
    const v = valueAt(cap, '2030-12', { projection: { method: 'carry_forward' } });
    expect(v).toMatchObject({ value: 11_086_300, status: 'projected', projected: true, from: '2027-03', to: null });
    expect(v.note).toMatch(/^Carried forward at the caller's request/);
    // Carrying forward never fills a gap before the first value.
    expectError(() => valueAt(cap, '2015-06', { projection: { method: 'carry_forward' } }), 'parameter_not_in_force', ['at']);
  });
  it('indexes the JP wage cap on request (the law indexes it: PP 45/2015 Art. 29)', () => {
    // 11,086,300 × 1.05 = 11,640,615 → floor to Rp100 = 11,640,600, for March 2027 to February 2028
    expect(valueAt(cap, '2027-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } })).toMatchObject({ value: 11_640_600, from: '2027-03', to: '2028-02', status: 'projected', confidence: 'L', source: 'projection' });
    // In force: the letter, whatever the projection.
    expect(valueAt(cap, '2026-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).value).toBe(11_086_300);
  });
  it('refuses an indexed projection of a parameter the law does not index, even where a value is in force', () => {
    const jkm = baselineLaw.parameter('pu.jkmRate');
    const error = thrown(() => valueAt(jkm, '2026-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }));
    expect(error.issues[0]).toEqual({
      code: 'invalid_input',
      path: ['options', 'projection', 'method'],
      message: "The law does not index pu.jkmRate (indexed: jp.wageCap), so an indexed projection cannot apply to it: use { method: 'carry_forward' }",
      reason: 'invalid_value',
    });
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

const pp = { instrument: 'PP' as const, number: '1', year: 2020 };

/** A hand-made month parameter with the given values (for lookups the baseline has no case of). */
function handMade(values: Parameter<number>['values'], granularity: 'month' | 'date' = 'month'): Parameter<number> {
  return { ...cap, id: 'test.handMade', granularity, values } as unknown as Parameter<number>;
}

describe('keys', () => {
  it('steps a month or a day forward and back, across year and leap-day boundaries', () => {
    expect(nextKey('month', '2020-12')).toBe('2021-01');
    expect(previousKey('month', '2021-01')).toBe('2020-12');
    expect(nextKey('date', '2020-02-28')).toBe('2020-02-29');
    expect(previousKey('date', '2020-03-01')).toBe('2020-02-29');
  });
  it('checks a key against the granularity', () => {
    expect(keyProblem('month', '2020-01')).toBeUndefined();
    expect(keyProblem('month', '2020-01-01')).toBe(yearMonthProblem('2020-01-01'));
    expect(keyProblem('date', '2020-01-01')).toBeUndefined();
    expect(keyProblem('date', '2020-01')).toBe(calendarDateProblem('2020-01'));
    expect(keyProblem('date', '2020-01')).toMatch(/./);
  });
});

describe('timelineProblems, exact messages', () => {
  const c = [pp];
  it('names every invalid key and missing citation, and stops there', () => {
    expect(timelineProblems('month', 'continuous', [])).toEqual(['has no values']);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-13', to: '2020-01', citations: c }])).toEqual([`value 0: from: ${yearMonthProblem('2020-13')}`]);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-01', to: '2020-13', citations: [] }])).toEqual([`value 0: to: ${yearMonthProblem('2020-13')}`, 'value 0: has no citation']);
    // Value 1 also overlaps value 0, but key problems are reported alone.
    expect(timelineProblems('date', 'continuous', [{ from: '2020-01-01', to: null, citations: c }, { from: '2020-01', to: '2020-02-30', citations: c }])).toEqual([
      `value 1: from: ${calendarDateProblem('2020-01')}`,
      `value 1: to: ${calendarDateProblem('2020-02-30')}`,
    ]);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-06', to: '2020-05', citations: c }])).toEqual(['value 0: ends (2020-05) before it starts (2020-06)']);
  });
  it('accepts a value of one month or one day', () => {
    expect(timelineProblems('month', 'continuous', [{ from: '2020-06', to: '2020-06', citations: c }])).toEqual([]);
    expect(timelineProblems('date', 'measure', [{ from: '2020-06-01', to: '2020-06-01', citations: c }])).toEqual([]);
  });
  it('names overlaps, gaps and open ends with their keys', () => {
    expect(timelineProblems('month', 'continuous', [{ from: '2020-01', to: null, citations: c }, { from: '2020-06', to: '2020-08', citations: c }])).toEqual(['value 0 is open-ended but value 1 follows it']);
    expect(timelineProblems('month', 'measure', [{ from: '2020-01', to: '2020-06', citations: c }, { from: '2020-06', to: null, citations: c }])).toEqual(['values 0 and 1 overlap (2020-06 ≤ 2020-06)']);
    expect(timelineProblems('month', 'continuous', [{ from: '2020-01', to: '2020-06', citations: c }, { from: '2020-09', to: null, citations: c }])).toEqual(['gap between values 0 and 1: nothing covers 2020-07 to 2020-08']);
    expect(timelineProblems('date', 'continuous', [{ from: '2019-12-01', to: '2019-12-01', citations: c }, { from: '2019-12-04', to: null, citations: c }])).toEqual(['gap between values 0 and 1: nothing covers 2019-12-02 to 2019-12-03']);
    // Three values: problems between 0-1 and 1-2 are both found.
    expect(
      timelineProblems('month', 'continuous', [
        { from: '2020-01', to: '2020-03', citations: c },
        { from: '2020-03', to: '2020-05', citations: c },
        { from: '2020-07', to: null, citations: c },
      ]),
    ).toEqual(['values 0 and 1 overlap (2020-03 ≤ 2020-03)', 'gap between values 1 and 2: nothing covers 2020-06 to 2020-06']);
  });
});

describe('coverageOf', () => {
  it('gives the first and last key, null for an open end or no values', () => {
    expect(coverageOf(baselineLaw.parameter('bpu.jkmAmount'))).toEqual({ from: '2015-07', to: null });
    expect(coverageOf(baselineLaw.parameter('benefit.jp.benefitLimits'))).toEqual({ from: '2015-07-01', to: '2026-02-28' });
    expect(coverageOf({ values: [] })).toBeNull();
    // Granularity is not needed to read the coverage.
    expect(coverageOf({ values: [{ from: '2020-01', to: '2020-02' }] } as never)).toEqual({ from: '2020-01', to: '2020-02' });
  });
  it('refuses what is not a parameter, at path parameter', () => {
    for (const bad of [null, 'jp.wageCap', { values: 'x' }, { values: [null] }, { values: [undefined] }, { values: [{ from: 1, to: null }] }, { values: [{ from: '2020-01', to: 5 }] }, { values: [{ from: '2020-01' }] }]) {
      expectError(() => coverageOf(bad as never), 'invalid_input', ['parameter']);
    }
  });
});

describe('findValue', () => {
  it('finds the value on its first and last month, and nothing after the end', () => {
    expect(findValue(cap, '2026-03')?.value).toBe(11_086_300);
    expect(findValue(cap, '2026-02')?.value).toBe(10_547_400);
    expect(findValue(cap, '2027-02')?.value).toBe(11_086_300);
    expect(findValue(cap, '2015-07')?.value).toBe(7_000_000);
    expect(findValue(cap, '2027-03')).toBeUndefined();
    expect(findValue(cap, '2015-06')).toBeUndefined();
    // A value found in force is the stored value itself, not a copy.
    expect(findValue(cap, '2026-05')).toBe(cap.values[11]);
  });
});

describe('lookupValue: projections', () => {
  const carry = { method: 'carry_forward' } as const;
  const at = ['options', 'projection'];
  it('carries forward only the last value, never across a gap of a temporary measure', () => {
    const limits = baselineLaw.parameter('benefit.jp.benefitLimits');
    // Nothing covers 2017-03-01 .. 2019-02-28 (the letters of those years are not known).
    expect(lookupValue(baselineLaw, limits, '2018-01-01', carry, at)).toBeUndefined();
    // The last value ends 2026-02-28: the projection holds from the next day, open-ended.
    expect(lookupValue(baselineLaw, limits, '2026-03-01', carry, at)).toMatchObject({ from: '2026-03-01', to: null, projected: true });
    expect(lookupValue(baselineLaw, limits, '2026-03-01', undefined, at)).toBeUndefined();
  });
  it('marks a carried-forward value projected and says why, keeping its note', () => {
    const pp50 = baselineLaw.parameter('relief.pp50_2025');
    const carried = lookupValue(baselineLaw, pp50, '2027-04', carry, at)!;
    expect(carried).toMatchObject({ from: '2027-04', to: null, projected: true, status: 'projected', source: 'baseline' });
    expect(carried.note).toBe("Carried forward at the caller's request: the law's last value (2027-01 to 2027-03) reused beyond its end");
    expect(Object.isFrozen(carried)).toBe(true);
    const last = cap.values[11]!;
    expect(lookupValue(baselineLaw, cap, '2028-01', carry, at)!.note).toBe(`Carried forward at the caller's request: the law's last value (2026-03 to 2027-02) reused beyond its end; ${last.note!}`);
    expect(last.projected).toBe(false);
    expect(last.status).toBe('enacted');
  });
  it('indexes each March after the last letter, by the indexation rule in force at its end', () => {
    const indexed = (month: string, growth: string) => lookupValue(baselineLaw, cap, month, { method: 'indexed', annualGrowthPercent: growth }, at)!;
    // 11,086,300 × 1.05 = 11,640,615 → 11,640,600 (2027-03 … 2028-02); × 1.05 = 12,222,630 → 12,222,600 (2028-03 …)
    expect([indexed('2028-02', '5.0').value, indexed('2028-03', '5.0').value]).toEqual([11_640_600, 12_222_600]);
    expect(indexed('2028-03', '5.0')).toMatchObject({ from: '2028-03', to: '2029-02', citations: baselineLaw.parameter('jp.wageCapIndexation').values[0]!.citations });
    expect(indexed('2027-03', '5.0').note).toBe('Projected for 2027-03: the last known value (11086300, from 2026-03) indexed by an assumed 5.0 % a year, down to Rp100. Not law.');
    // A negative growth: 11,086,300 × 0.9793 = 10,856,813.59 → 10,856,800
    expect(indexed('2027-03', '-2.07').value).toBe(10_856_800);
  });
});

describe('valueAt, errors', () => {
  it('states the span, and the carry-forward hint only after the last value', () => {
    expect(thrown(() => valueAt(cap, '2027-03')).issues[0]!.message).toBe(
      "No value of jp.wageCap is in force at 2027-03 (values from 2015-07 to 2027-02); pass { projection: { method: 'carry_forward' } } (or { method: 'indexed', annualGrowthPercent: '5.0' }) to get a value marked as projected",
    );
    // A parameter the law does not index is offered carry_forward only.
    const relief = thrown(() => valueAt(baselineLaw.parameter('relief.pp50_2025'), '2027-04')).issues[0]!.message;
    expect(relief).toBe("No value of relief.pp50_2025 is in force at 2027-04 (values from 2026-01 to 2027-03); pass { projection: { method: 'carry_forward' } } to get a value marked as projected");
    expect(thrown(() => valueAt(cap, '2015-06')).issues[0]!.message).toBe('No value of jp.wageCap is in force at 2015-06 (values from 2015-07 to 2027-02)');
    expect(thrown(() => valueAt(baselineLaw.parameter('bpu.jkmAmount'), '2015-06')).issues[0]!.message).toBe('No value of bpu.jkmAmount is in force at 2015-06 (values from 2015-07 to open end)');
    const limits = baselineLaw.parameter('benefit.jp.benefitLimits');
    expect(thrown(() => valueAt(limits, '2018-01-01')).issues[0]!.message).toBe('No value of benefit.jp.benefitLimits is in force at 2018-01-01 (values from 2015-07-01 to 2026-02-28)');
    const empty = thrown(() => valueAt(handMade([]), '2020-01'));
    expect(empty.issues[0]!.message).toBe('No value of test.handMade is in force at 2020-01 (no values)');
    expect(empty.issues[0]).toMatchObject({ code: 'parameter_not_in_force', path: ['at'], parameter: 'test.handMade', at: '2020-01', coverage: null });
    expectError(() => valueAt(cap, '2027-03', {}), 'parameter_not_in_force', ['at']);
  });
  it('reads a date parameter by date and names the kind of bad key', () => {
    const jkm = baselineLaw.parameter('benefit.jkm.cash');
    expect(valueAt(jkm, '2019-12-02').from).toBe('2019-12-02');
    expect(valueAt(jkm, '2019-12-01').from).toBe('2015-07-01');
    expect(thrown(() => valueAt(jkm, '2019-12')).issues[0]).toMatchObject({ code: 'invalid_input', path: ['at'], reason: 'invalid_date', message: calendarDateProblem('2019-12') });
    expect(thrown(() => valueAt(cap, '2019-13')).issues[0]).toMatchObject({ code: 'invalid_input', path: ['at'], reason: 'invalid_year_month', message: yearMonthProblem('2019-13') });
  });
  it('checks the options, rooted at options', () => {
    expectError(() => valueAt(cap, '2026-03', null as never), 'invalid_input', ['options']);
    expectError(() => valueAt(cap, '2026-03', 'carry_forward' as never), 'invalid_input', ['options']);
    // The option of before issue 14 is an unknown key now.
    expectError(() => valueAt(cap, '2026-03', { beyondLastValue: 'carryForward' } as never), 'invalid_input', ['options']);
    for (const bad of [{ method: 'carryForward' }, { method: 'always' }, null, { method: 'indexed' }, { method: 'indexed', annualGrowthPercent: 5 }]) {
      expectError(() => valueAt(cap, '2026-03', { projection: bad } as never), 'invalid_input', ['options', 'projection']);
    }
    expectError(() => valueAt(cap, '2026-03', { law: {} } as never), 'invalid_input', ['options', 'law']);
    expect(valueAt(cap, '2026-03', {}).value).toBe(11_086_300);
    expect(valueAt(cap, '2026-03', { projection: undefined }).value).toBe(11_086_300);
    expect(valueAt(cap, '2026-03', { law: baselineLaw }).value).toBe(11_086_300);
  });
  it('refuses what is not a parameter, or one without a granularity', () => {
    for (const bad of [null, undefined, {}, { values: [] }, { values: [], granularity: 'year' }, { ...cap, values: [{ from: 202001, to: null }] }]) {
      expectError(() => valueAt(bad as never, '2026-03'), 'invalid_input', ['parameter']);
    }
    expect(valueAt(handMade([makeValue('test.handMade', { from: '2020-01-01', value: 5, citations: pp }, 'baseline')], 'date'), '2020-01-01').value).toBe(5);
  });
});

describe('makeValue and defineParameter', () => {
  it('fill the defaults: open end, enacted, confidence H, no note, citations as a frozen list', () => {
    const v = makeValue('x.y', { from: '2020-01', value: { a: [1, 2] }, citations: pp }, 'layer A');
    expect(v).toStrictEqual({ parameter: 'x.y', projected: false, from: '2020-01', to: null, value: { a: [1, 2] }, citations: [pp], status: 'enacted', confidence: 'H', source: 'layer A' });
    expect('note' in v).toBe(false);
    expect(Object.isFrozen(v) && Object.isFrozen(v.citations) && Object.isFrozen(v.value) && Object.isFrozen(v.value.a)).toBe(true);
  });
  it('keep what the spec states, copying the citation list', () => {
    const citations = [pp, { instrument: 'UU' as const, number: '24', year: 2011 }];
    const v = makeValue('x.y', { from: '2020-01', to: '2020-12', value: 3, citations, status: 'derived', confidence: 'M', note: 'inferred start' }, 'baseline');
    expect(v).toStrictEqual({ parameter: 'x.y', projected: false, from: '2020-01', to: '2020-12', value: 3, citations, status: 'derived', confidence: 'M', source: 'baseline', note: 'inferred start' });
    expect(v.citations).not.toBe(citations);
  });
  it('define a frozen parameter, continuous unless stated', () => {
    const title = { id: 'Uji', en: 'Test' };
    const spec = { id: 't.p', title, description: 'd', unit: 'rupiah', granularity: 'month' as const, schema: cap.schema, display: String, values: [{ from: '2020-01', value: 1, citations: pp }] };
    const p = defineParameter(spec);
    expect(p).toMatchObject({ id: 't.p', title: { id: 'Uji', en: 'Test' }, description: 'd', unit: 'rupiah', granularity: 'month', kind: 'continuous' });
    expect(p.schema).toBe(cap.schema);
    expect(p.display).toBe(String);
    expect(p.title).not.toBe(title);
    expect(Object.isFrozen(p) && Object.isFrozen(p.title) && Object.isFrozen(p.values)).toBe(true);
    expect(p.values).toStrictEqual([makeValue('t.p', spec.values[0]!, 'baseline')]);
    expect(defineParameter({ ...spec, kind: 'measure' }).kind).toBe('measure');
  });
  it('deepFreeze freezes nested arrays and objects, passes primitives and survives cycles', () => {
    const nested = { list: [{ n: 1 }], inner: { deeper: { x: 1 } } };
    expect(deepFreeze(nested)).toBe(nested);
    expect([nested, nested.list, nested.list[0], nested.inner, nested.inner.deeper].every((o) => Object.isFrozen(o))).toBe(true);
    expect(deepFreeze(5)).toBe(5);
    // Functions are not data: left as they are.
    const fn = (): number => 1;
    expect(Object.isFrozen(deepFreeze(fn))).toBe(false);
    expect(deepFreeze(null)).toBeNull();
    const cyclic: { self?: unknown; child: { n: number } } = { child: { n: 1 } };
    cyclic.self = cyclic;
    expect(deepFreeze(cyclic)).toBe(cyclic);
    expect(Object.isFrozen(cyclic.child)).toBe(true);
  });
});
