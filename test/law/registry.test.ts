import { describe, expect, it } from 'vitest';
import { baselineLaw, withOverlay, jpWageCap, monthlyContribution, type OverlayValue, type ParameterOverlay } from '../../src/index';
import { describeOverlayForm, overlayFormOf } from '../../src/law/overlayForm';
import { timelineProblems } from '../../src/law/timeline';
import { CitationSchema } from '../../src/law/citation';
import { isLawRegistry } from '../../src/law/registry';
import { BASELINE_PARAMETERS } from '../../src/law/parameters/index';
import { yearMonthProblem } from '../../src/core/calendar';
import { expectError, thrown } from '../helpers';

const budgetNote = { instrument: 'Practice' as const, number: 'budget assumption', year: 2026, note: 'Assumed growth' };

describe('the baseline', () => {
  it('every parameter is a sound timeline over the span it claims, with valid citations', () => {
    expect(baselineLaw.ids.length).toBeGreaterThanOrEqual(19);
    for (const id of baselineLaw.ids) {
      const p = baselineLaw.parameter(id);
      expect(timelineProblems(p.granularity, p.kind, p.values), id).toEqual([]);
      for (const v of p.values) {
        expect(v.parameter).toBe(id);
        for (const c of v.citations) expect(CitationSchema.safeParse(c).success, `${id} ${v.from}`).toBe(true);
        expect(p.display(v.value as never).length, id).toBeGreaterThan(0);
      }
      expect(p.title.id.length * p.title.en.length, id).toBeGreaterThan(0);
    }
  });
  it('the JP wage cap chain follows the floor-to-Rp100 rule from 7,000,000 (brief §2.3)', () => {
    const growth = ['4.79', '5.02', '5.07', '5.17', '5.02', '-2.07', '3.69', '5.31', '5.05', '5.03', '5.11'];
    const values = baselineLaw.parameter('jp.wageCap').values;
    expect(values.map((v) => v.value)).toEqual([7_000_000, 7_335_300, 7_703_500, 8_094_000, 8_512_400, 8_939_700, 8_754_600, 9_077_600, 9_559_600, 10_042_300, 10_547_400, 11_086_300]);
    growth.forEach((g, i) => {
      // previous × (1 + g %), floored to Rp100, in exact integer arithmetic: (cap × (10000 + g×100)) / 10000
      const prev = BigInt(values[i]!.value);
      const factor = BigInt(Math.round((100 + Number(g)) * 100)); // test-side: growth has two decimals
      const next = ((prev * factor) / 10000n / 100n) * 100n;
      expect(Number(next), `${values[i + 1]!.from}`).toBe(values[i + 1]!.value);
    });
    // Every yearly value runs March to February.
    for (const v of values.slice(1)) expect([v.from.slice(5), v.to?.slice(5)]).toEqual(['03', '02']);
  });
  it('is immutable', () => {
    const values = baselineLaw.parameter('jp.wageCap').values as unknown as unknown[];
    expect(() => values.push({})).toThrow(TypeError);
    expect(Object.isFrozen(baselineLaw.parameter('bpu.incomeBrackets').values[0]!.value)).toBe(true);
  });
  it('rejects unknown and hostile parameter ids', () => {
    expectError(() => baselineLaw.parameter('jp.nope' as never), 'invalid_input', ['id']);
    expectError(() => baselineLaw.parameter('__proto__' as never), 'invalid_input', ['id']);
    expectError(() => baselineLaw.parameter('constructor' as never), 'invalid_input', ['id']);
  });
});

describe('overlays', () => {
  const next: ParameterOverlay = {
    name: 'Finance team 2027',
    values: { 'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: 11_600_000, status: 'projected', citations: budgetNote }] },
  };

  it('add next year\'s JP cap without touching the baseline', () => {
    const law = withOverlay(baselineLaw, next);
    expect(law.layers).toEqual(['baseline', 'Finance team 2027']);
    expect(jpWageCap('2027-03', { law })).toMatchObject({ cap: 11_600_000, status: 'projected', source: 'Finance team 2027' });
    expect(jpWageCap('2026-03', { law }).cap).toBe(11_086_300);
    expectError(() => jpWageCap('2027-03'), 'parameter_not_in_force');
    // A PU wage of 12,000,000 in 2027-03: JP employer 2 % × 11,600,000 = 232,000; the law used names the layer.
    const r = monthlyContribution({ segment: 'PU', wage: 12_000_000, riskClass: 1, employerScale: 'large' }, '2027-03', { law });
    expect(r.lines.find((l) => l.program === 'JP' && l.payer === 'employer')?.amount).toBe(232_000);
    expect(r.lawUsed.find((l) => l.parameter === 'jp.wageCap')).toMatchObject({ source: 'Finance team 2027', status: 'projected' });
  });

  it('replace part of an open-ended value, splitting it', () => {
    const law = withOverlay(baselineLaw, {
      name: 'rate study',
      values: { 'bpu.jkmAmount': [{ from: '2027-01', to: '2027-06', value: 7_000, status: 'projected', citations: budgetNote }] },
    });
    const values = law.parameter('bpu.jkmAmount').values;
    expect(values.map((v) => [v.from, v.to, v.value, v.source])).toEqual([
      ['2015-07', '2026-12', 6_800, 'baseline'],
      ['2027-01', '2027-06', 7_000, 'rate study'],
      ['2027-07', null, 6_800, 'baseline'],
    ]);
    expect(baselineLaw.parameter('bpu.jkmAmount').values).toHaveLength(1);
    // BPU minimum in 2027-03 under the overlay: 10,000 + 7,000 = 17,000.
    expect(monthlyContribution({ segment: 'BPU', income: 0, fundedBy: 'apbd' }, '2027-03', { law }).totals.billed).toBe(17_000);
  });

  it('parse values in the parameter\'s input form (rates as decimal text)', () => {
    const law = withOverlay(baselineLaw, {
      name: 'JKK study',
      values: { 'pu.jkkRates': [{ from: '2027-01', value: { '1': '0.3', '2': '0.54', '3': '0.89', '4': '1.27', '5': '1.74' }, status: 'projected', citations: budgetNote }] },
    });
    // 0.3 % × 5,000,000 = 15,000
    expect(monthlyContribution({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'micro' }, '2027-01', { law }).lines[0]!.amount).toBe(15_000);
  });

  it('refuse gaps, overlaps, bad values, unknown or hostile ids and duplicate layer names', () => {
    const gap: ParameterOverlay = { name: 'gap', values: { 'jp.wageCap': [{ from: '2028-03', to: '2029-02', value: 1, status: 'projected', citations: budgetNote }] } };
    expectError(() => withOverlay(baselineLaw, gap), 'invalid_overlay', ['overlay', 'values', 'jp.wageCap']);
    const overlap: ParameterOverlay = {
      name: 'overlap',
      values: {
        'jp.wageCap': [
          { from: '2027-03', to: '2028-02', value: 1, status: 'projected', citations: budgetNote },
          { from: '2028-01', to: '2029-02', value: 1, status: 'projected', citations: budgetNote },
        ],
      },
    };
    expectError(() => withOverlay(baselineLaw, overlap), 'invalid_overlay');
    expectError(() => withOverlay(baselineLaw, { name: 'neg', values: { 'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: -5, status: 'projected', citations: budgetNote }] } }), 'invalid_overlay', ['overlay', 'values', 'jp.wageCap', 0, 'value']);
    expectError(() => withOverlay(baselineLaw, { name: 'bad month', values: { 'jp.wageCap': [{ from: '2027-13', value: 1, status: 'projected', citations: budgetNote }] } }), 'invalid_overlay');
    expectError(() => withOverlay(baselineLaw, { name: 'x', values: { 'jp.nope': [{ from: '2027-03', value: 1, status: 'projected', citations: budgetNote }] } as never }), 'invalid_overlay');
    const hostile = JSON.parse('{"name":"evil","values":{"__proto__":[{"from":"2027-03","value":1,"status":"projected","citations":{"instrument":"PP","number":"1","year":2020}}]}}');
    expectError(() => withOverlay(baselineLaw, hostile), 'invalid_overlay');
    expect(({} as Record<string, unknown>)['from']).toBeUndefined();
    expectError(() => withOverlay(baselineLaw, { name: 'baseline', values: {} }), 'invalid_overlay', ['overlay', 'name']);
    expectError(() => withOverlay(baselineLaw, { name: '', values: {} }), 'invalid_input', ['overlay', 'name']);
    expectError(() => withOverlay(baselineLaw, { name: 'no cite', values: { 'jp.wageCap': [{ from: '2027-03', value: 1, status: 'projected', citations: [] }] } }), 'invalid_input');
    expectError(() => withOverlay({} as never, next), 'invalid_input', ['law']);
  });

  it('stack: a later layer wins on its span', () => {
    const a = withOverlay(baselineLaw, next);
    const b = withOverlay(a, { name: 'letter B/x/022027', values: { 'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: 11_650_000, status: 'enacted', citations: { instrument: 'Surat', number: 'B/x/022027', year: 2027 } }] } });
    expect(jpWageCap('2027-04', { law: b })).toMatchObject({ cap: 11_650_000, status: 'enacted', source: 'letter B/x/022027' });
    expect(b.layers).toEqual(['baseline', 'Finance team 2027', 'letter B/x/022027']);
  });
});

/** The [from, to, value, source] of each value of a parameter under `law`. */
function spans(law: ReturnType<typeof withOverlay>, id: 'jp.wageCap' | 'bpu.jkmAmount'): [string, string | null, unknown, string][] {
  return law.parameter(id).values.map((v) => [v.from, v.to, v.value, v.source]);
}
const capSpans = spans(baselineLaw as never, 'jp.wageCap');

describe('the registry object', () => {
  it('lists every baseline id in order and its layers, frozen', () => {
    expect(baselineLaw.ids).toEqual(Object.keys(BASELINE_PARAMETERS));
    expect(baselineLaw.layers).toEqual(['baseline']);
    expect(Object.isFrozen(baselineLaw.ids) && Object.isFrozen(baselineLaw.layers) && Object.isFrozen(baselineLaw)).toBe(true);
    expect(isLawRegistry(baselineLaw)).toBe(true);
    expect(isLawRegistry({ layers: ['baseline'], ids: [], parameter: () => undefined })).toBe(false);
  });
  it('names the unknown id and lists the known ones', () => {
    const e = thrown(() => baselineLaw.parameter('jp.nope' as never));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['id'], reason: 'unknown_parameter', message: `Unknown parameter "jp.nope"; known: ${baselineLaw.ids.join(', ')}` });
    expectError(() => baselineLaw.parameter(5 as never), 'invalid_input', ['id']);
    expectError(() => baselineLaw.parameter(undefined as never), 'invalid_input', ['id']);
    // A hostile id whose text conversion throws is still a typed error.
    expectError(() => baselineLaw.parameter({ toString: () => { throw new Error('boom'); } } as never), 'invalid_input', ['id']);
  });
});

describe('withOverlay, merging', () => {
  const cites = { instrument: 'Practice' as const, number: 'study', year: 2026 };
  const one = (id: string, from: string, to: string | null, value: unknown, extra: object = {}) => ({ name: 'L', values: { [id]: [{ from, to, value, status: 'projected' as const, citations: cites, ...extra }] } }) as ParameterOverlay;

  it('replaces a whole value exactly on its span', () => {
    const law = withOverlay(baselineLaw, one('jp.wageCap', '2025-03', '2026-02', 10_600_000));
    expect(spans(law, 'jp.wageCap')).toEqual([...capSpans.slice(0, 10), ['2025-03', '2026-02', 10_600_000, 'L'], ...capSpans.slice(11)]);
  });
  it('clips the values on both sides of a span that straddles two of them', () => {
    const law = withOverlay(baselineLaw, one('jp.wageCap', '2025-06', '2026-05', 10_600_000));
    // 2025-03..2026-02 keeps 2025-03..2025-05; 2026-03..2027-02 keeps 2026-06..2027-02.
    expect(spans(law, 'jp.wageCap')).toEqual([
      ...capSpans.slice(0, 10),
      ['2025-03', '2025-05', 10_547_400, 'baseline'],
      ['2025-06', '2026-05', 10_600_000, 'L'],
      ['2026-06', '2027-02', 11_086_300, 'baseline'],
    ]);
  });
  it('clips at the first and last month of a value', () => {
    const first = withOverlay(baselineLaw, one('jp.wageCap', '2026-03', '2026-03', 1));
    expect(spans(first, 'jp.wageCap').slice(10)).toEqual([capSpans[10], ['2026-03', '2026-03', 1, 'L'], ['2026-04', '2027-02', 11_086_300, 'baseline']]);
    const last = withOverlay(baselineLaw, one('jp.wageCap', '2027-02', '2027-02', 1));
    expect(spans(last, 'jp.wageCap').slice(10)).toEqual([capSpans[10], ['2026-03', '2027-01', 11_086_300, 'baseline'], ['2027-02', '2027-02', 1, 'L']]);
  });
  it('adds a value before the first one and after the last one', () => {
    const before = withOverlay(baselineLaw, one('jp.wageCap', '2015-01', '2015-06', 6_000_000));
    expect(spans(before, 'jp.wageCap')).toEqual([['2015-01', '2015-06', 6_000_000, 'L'], ...capSpans]);
    const into = withOverlay(baselineLaw, one('jp.wageCap', '2015-01', '2015-07', 6_000_000));
    expect(spans(into, 'jp.wageCap').slice(0, 2)).toEqual([['2015-01', '2015-07', 6_000_000, 'L'], ['2015-08', '2016-02', 7_000_000, 'baseline']]);
  });
  it('replaces the open end of a series, or all of it', () => {
    const tail = withOverlay(baselineLaw, one('bpu.jkmAmount', '2027-01', null, 7_000));
    expect(spans(tail, 'bpu.jkmAmount')).toEqual([['2015-07', '2026-12', 6_800, 'baseline'], ['2027-01', null, 7_000, 'L']]);
    const all = withOverlay(baselineLaw, one('bpu.jkmAmount', '2015-07', null, 7_000));
    expect(spans(all, 'bpu.jkmAmount')).toEqual([['2015-07', null, 7_000, 'L']]);
  });
  it('lets a temporary measure gain a separate window', () => {
    const law = withOverlay(baselineLaw, one('benefit.jp.benefitLimits', '2017-03-01', '2018-02-28', { minimum: 320_000, maximum: 3_840_000 }));
    // The letters of 2017 and 2018 are not in the baseline: the overlay fills one year, leaving a gap before 2019-03-01.
    expect(law.parameter('benefit.jp.benefitLimits').values.slice(0, 4).map((v) => [v.from, v.to, v.source])).toEqual([
      ['2015-07-01', '2016-02-29', 'baseline'],
      ['2016-03-01', '2017-02-28', 'baseline'],
      ['2017-03-01', '2018-02-28', 'L'],
      ['2019-03-01', '2020-02-29', 'baseline'],
    ]);
  });
  it('splits a date parameter by days', () => {
    const law = withOverlay(baselineLaw, one('benefit.jkm.cash', '2020-01-01', '2020-12-31', { lumpSum: 21_000_000, periodic: 12_000_000, funeral: 10_000_000 }));
    expect(law.parameter('benefit.jkm.cash').values.map((v) => [v.from, v.to, v.source])).toEqual([
      ['2012-01-01', '2015-06-30', 'baseline'],
      ['2015-07-01', '2019-12-01', 'baseline'],
      ['2019-12-02', '2019-12-31', 'baseline'],
      ['2020-01-01', '2020-12-31', 'L'],
      ['2021-01-01', null, 'baseline'],
    ]);
  });
  it('sorts an overlay\'s values, and grades confidence H for enacted, L otherwise, unless stated', () => {
    const law = withOverlay(baselineLaw, {
      name: 'plan',
      values: {
        'jp.wageCap': [
          { from: '2029-03', to: '2030-02', value: 3, status: 'projected', citations: cites },
          { from: '2027-03', to: '2028-02', value: 1, status: 'enacted', citations: cites, note: 'letter seen' },
          { from: '2028-03', to: '2029-02', value: 2, status: 'derived', citations: [cites, cites] },
          { from: '2030-03', to: null, value: 4, status: 'projected', confidence: 'M', citations: cites },
        ],
      },
    });
    const tail = law.parameter('jp.wageCap').values.slice(12);
    expect(tail.map((v) => [v.from, v.to, v.value, v.status, v.confidence, v.note ?? null, v.citations.length])).toEqual([
      ['2027-03', '2028-02', 1, 'enacted', 'H', 'letter seen', 1],
      ['2028-03', '2029-02', 2, 'derived', 'L', null, 2],
      ['2029-03', '2030-02', 3, 'projected', 'L', null, 1],
      ['2030-03', null, 4, 'projected', 'M', null, 1],
    ]);
    expect(tail.every((v) => v.parameter === 'jp.wageCap' && v.source === 'plan' && !v.projected && Object.isFrozen(v))).toBe(true);
    expect(Object.isFrozen(law.parameter('jp.wageCap').values)).toBe(true);
    // Parameters the overlay does not name are the baseline's own objects.
    expect(law.parameter('bpu.jkmAmount')).toBe(baselineLaw.parameter('bpu.jkmAmount'));
  });
});

describe('withOverlay, errors', () => {
  const cites = { instrument: 'PP' as const, number: '1', year: 2020 };
  // Values of any form, to reach the run-time checks (the types refuse a wrong form: see 'overlay values typed per parameter').
  const entry = (from: string, to: string | null, value: unknown = 1): OverlayValue<never> => ({ from, to, value: value as never, status: 'projected', citations: cites });
  it('refuses an overlay that is not one, with the path of the first problem', () => {
    expectError(() => withOverlay(baselineLaw, null as never), 'invalid_input', ['overlay']);
    expectError(() => withOverlay(baselineLaw, 'x' as never), 'invalid_input', ['overlay']);
    expectError(() => withOverlay(baselineLaw, undefined as never), 'invalid_input', ['overlay']);
    expect(thrown(() => withOverlay(baselineLaw, { values: {} } as never)).issues[0]).toMatchObject({ code: 'invalid_input', path: ['overlay', 'name'], reason: 'invalid_type' });
    expect(thrown(() => withOverlay(baselineLaw, { name: 'n', values: null } as never)).issues[0]).toMatchObject({ code: 'invalid_input', path: ['overlay', 'values'] });
    expect(thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [{ ...entry('2027-03', null), status: 'guessed' }] } } as never)).issues[0]).toMatchObject({
      code: 'invalid_input',
      path: ['overlay', 'values', 'jp.wageCap', '0', 'status'],
      reason: 'invalid_value',
    });
  });
  it('names an unknown parameter before anything else', () => {
    const e = thrown(() => withOverlay(baselineLaw, { name: '', values: { 'jp.nope': 'junk' } } as never));
    expect(e.issues).toEqual([{ code: 'invalid_overlay', path: ['overlay', 'values', 'jp.nope'], message: 'Unknown parameter "jp.nope"', parameter: 'jp.nope' }]);
  });
  it('refuses a layer name already used', () => {
    const law = withOverlay(baselineLaw, { name: 'A', values: {} });
    expect(law.layers).toEqual(['baseline', 'A']);
    expect(thrown(() => withOverlay(law, { name: 'A', values: {} })).issues[0]).toEqual({ code: 'invalid_overlay', path: ['overlay', 'name'], message: 'A layer named "A" is already in this registry', parameter: '' });
  });
  it('names a bad key or value at its own path', () => {
    const at = ['overlay', 'values', 'jp.wageCap', 0];
    expect(thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [entry('2027-13', null, -1)] } })).issues[0]).toEqual({ code: 'invalid_overlay', path: [...at, 'from'], message: yearMonthProblem('2027-13'), parameter: 'jp.wageCap' });
    expect(thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [entry('2027-03', '2028-13')] } })).issues[0]).toEqual({ code: 'invalid_overlay', path: [...at, 'to'], message: yearMonthProblem('2028-13'), parameter: 'jp.wageCap' });
    const value = thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'benefit.jkm.cash': [entry('2027-03-01', null, { lumpSum: 1, periodic: 1 })] } })).issues[0]!;
    expect(value).toMatchObject({ code: 'invalid_overlay', path: ['overlay', 'values', 'benefit.jkm.cash', 0, 'value', 'funeral'], parameter: 'benefit.jkm.cash' });
  });
  it('states the timeline problem of the overlay itself, then of the result', () => {
    const path = ['overlay', 'values', 'jp.wageCap'];
    const own = thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [entry('2028-01', '2029-02'), entry('2027-03', '2028-02')] } })).issues[0];
    expect(own).toEqual({ code: 'invalid_overlay', path, message: 'Overlay values: values 0 and 1 overlap (2028-01 ≤ 2028-02)', parameter: 'jp.wageCap' });
    // Two values starting together keep the order they were given in.
    const same = thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [entry('2027-03', '2027-05'), entry('2027-03', '2027-08')] } })).issues[0];
    expect(same).toMatchObject({ message: 'Overlay values: values 0 and 1 overlap (2027-03 ≤ 2027-05)' });
    const sameReversed = thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [entry('2027-03', '2027-08'), entry('2027-03', '2027-05')] } })).issues[0];
    expect(sameReversed).toMatchObject({ message: 'Overlay values: values 0 and 1 overlap (2027-03 ≤ 2027-08)' });
    const after = thrown(() => withOverlay(baselineLaw, { name: 'n', values: { 'jp.wageCap': [entry('2027-05', '2028-02')] } })).issues[0];
    expect(after).toEqual({ code: 'invalid_overlay', path, message: 'After layering: gap between values 11 and 12: nothing covers 2027-03 to 2027-04', parameter: 'jp.wageCap' });
  });
});

describe('parameter ids of any type', () => {
  it('a bigint or symbol id is a typed error, not a TypeError from the message', () => {
    expectError(() => baselineLaw.parameter(5n as never), 'invalid_input', ['id']);
    expectError(() => baselineLaw.parameter(Symbol('x') as never), 'invalid_input', ['id']);
  });
});

describe('overlay values typed per parameter id (issue 14)', () => {
  const cite = { instrument: 'Practice', number: 'plan', year: 2026 } as const;
  it('the types take each parameter in its form and refuse another form', () => {
    const ok: ParameterOverlay = {
      name: 'typed',
      values: {
        'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: 11_600_000, status: 'projected', citations: cite }],
        'pu.jkmRate': [{ from: '2027-01', value: '0.30', status: 'projected', citations: cite }],
        'pu.jhtRates': [{ from: '2027-01', value: { employer: '3.7', employee: '2' }, status: 'projected', citations: cite }],
        // A row's confidence may be left out (it defaults to H).
        'bpu.incomeBrackets': [{ from: '2027-01', value: [{ row: 1, from: 0, upTo: null, base: 1_000_000 }], status: 'projected', citations: cite }],
      },
    };
    expect(withOverlay(baselineLaw, ok).layers).toEqual(['baseline', 'typed']);
    const wrong: ParameterOverlay = {
      name: 'wrong',
      values: {
        // @ts-expect-error a cap is whole rupiah, not text
        'jp.wageCap': [{ from: '2027-03', value: '11600000', status: 'projected', citations: cite }],
        // @ts-expect-error a rate is percent text, not a number
        'pu.jkmRate': [{ from: '2027-01', value: 0.3, status: 'projected', citations: cite }],
      },
    };
    expect(Object.keys(wrong.values)).toHaveLength(2);
  });
  it('every baseline value, written in its overlay form, parses back to itself (the form the types describe)', () => {
    for (const id of baselineLaw.ids) {
      const p = baselineLaw.parameter(id);
      for (const v of p.values) {
        const parsed = p.schema.safeParse(overlayFormOf(v.value));
        expect(parsed.success, `${id} ${v.from}`).toBe(true);
        expect(JSON.parse(JSON.stringify(parsed.data)), `${id} ${v.from}`).toEqual(JSON.parse(JSON.stringify(v.value)));
      }
    }
  });
  it('a wrong value says what form the parameter expects, with an example from the baseline', () => {
    const at = (id: string) => ['overlay', 'values', id, 0, 'value'];
    const issue = (id: string, value: unknown) => thrown(() => withOverlay(baselineLaw, { name: 'n', values: { [id]: [{ from: '2027-03', value, status: 'projected', citations: cite }] } } as never)).issues[0]!;
    expect(issue('jp.wageCap', '11600000')).toEqual({
      code: 'invalid_overlay',
      path: at('jp.wageCap'),
      message: 'Expected JP contribution wage cap (jp.wageCap) as whole rupiah (a number such as 11086300): Invalid input: expected number, received string',
      parameter: 'jp.wageCap',
    });
    expect(issue('pu.jkmRate', 0.3).message).toBe(
      "Expected PU JKM contribution rate (pu.jkmRate) as a rate in percent text such as '0.3' (0.3 %): Invalid input: expected string, received number; a rate is not accepted as a number (0.3 could mean 0.3 % or the fraction 0.3): write the percent as text, e.g. '0.3' for 0.3 %",
    );
    // Inside a table, the path goes down to the field, and the form shows the baseline's shape.
    const jht = issue('pu.jhtRates', { employer: 3.7, employee: '2' });
    expect(jht.path).toEqual([...at('pu.jhtRates'), 'employer']);
    expect(jht.message).toMatch(/^Expected .* \(pu\.jhtRates\) in the form of its baseline values \(rates as percent text\), such as \{"employer":"3\.7","employee":"2"\}: /);
    expect(jht.message).toMatch(/write the percent as text, e\.g\. '3\.7' for 3\.7 %$/);
    // A number where a number is expected gets no rate advice.
    expect(issue('jp.wageCap', -1).message).not.toMatch(/rate/);
  });
  it('describes each kind of value', () => {
    expect(describeOverlayForm(baselineLaw.parameter('bpu.jkmAmount') as never)).toBe('BPU JKM contribution (bpu.jkmAmount) as whole rupiah (a number such as 6800)');
    expect(describeOverlayForm(baselineLaw.parameter('bpu.registrationAgeLimit') as never)).toMatch(/ as a whole number \(.+\) such as \d+$/);
    expect(describeOverlayForm(baselineLaw.parameter('bpu.incomeBrackets') as never)).toMatch(/such as \[\{"row":1,"from":0,.*…$/);
  });
});
