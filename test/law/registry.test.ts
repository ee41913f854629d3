import { describe, expect, it } from 'vitest';
import { baselineLaw, withOverlay, jpWageCap, monthlyContribution, type ParameterOverlay } from '../../src/index';
import { timelineProblems } from '../../src/law/timeline';
import { CitationSchema } from '../../src/law/citation';
import { expectError } from '../helpers';

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
    expect(r.law.find((l) => l.parameter === 'jp.wageCap')).toMatchObject({ source: 'Finance team 2027', status: 'projected' });
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
