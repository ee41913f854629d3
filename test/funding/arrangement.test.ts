import { describe, expect, it } from 'vitest';
import { ArrangementSchema, charge, fundingSourceOf, resolveArrangement, type CapState } from '../../src/funding/arrangement';
import { resolveFunder, FunderSchema, type Funder } from '../../src/funding/funders';
import { JamsostekError } from '../../src/core/errors';

const funders = new Map<string, Funder>(
  [
    { id: 'prov', kind: 'province', region: '53' },
    { id: 'kab', kind: 'regency', region: '53.10' },
    { id: 'desa', kind: 'village', region: '53.10.01.2001' },
    { id: 'self', kind: 'worker' },
    { id: 'pusat', kind: 'central' },
  ].map((f) => [f.id, resolveFunder(FunderSchema.parse(f))]),
);

describe('arrangements', () => {
  it('single, shares, fixed and waterfall split a participant-month into pieces', () => {
    const resolve = (a: unknown) => resolveArrangement(ArrangementSchema.parse(a), funders, ['a']);
    expect(resolve({ type: 'single', funder: 'prov' }).split(16_800)).toEqual([{ stages: ['prov'], amount: 16_800 }]);
    // 16,800 × 70 % = 11,760; × 30 % = 5,040
    expect(resolve({ type: 'shares', shares: [{ funder: 'prov', percent: 70 }, { funder: 'kab', percent: 30 }] }).split(16_800)).toEqual([
      { stages: ['prov'], amount: 11_760 },
      { stages: ['kab'], amount: 5_040 },
    ]);
    expect(resolve({ type: 'fixed', funder: 'desa', amount: 5_000, rest: 'self' }).split(8_400)).toEqual([
      { stages: ['desa'], amount: 5_000 },
      { stages: ['self'], amount: 3_400 },
    ]);
    expect(resolve({ type: 'waterfall', funders: ['prov', 'kab'] }).split(16_800)).toEqual([{ stages: ['prov', 'kab'], amount: 16_800 }]);
  });

  it('feeds the funding source into the law: APBN first, then APBD, else the first funder', () => {
    const f = (...ids: string[]) => fundingSourceOf(ids.map((id) => funders.get(id)!)).source;
    expect(f('prov')).toBe('apbd');
    expect(f('desa')).toBe('apbdes');
    expect(f('self', 'desa')).toBe('self');
    expect(f('desa', 'kab')).toBe('apbd');
    expect(f('kab', 'pusat')).toBe('apbn');
  });

  it('charges caps in order and follows overflows, reporting what stays unfunded', () => {
    const capped = new Map<string, Funder>([...funders, ['prov', { ...funders.get('prov')!, cap: 100 as never, overflow: { to: 'kab' } }], ['kab', { ...funders.get('kab')!, cap: 50 as never }]]);
    const caps = new Map<string, CapState>([
      ['prov', { remaining: 100, reachedIn: null }],
      ['kab', { remaining: 50, reachedIn: null }],
    ]);
    const paid: [string, number][] = [];
    const left = charge(['prov'], 180, capped, caps, '2026-01', (f, a) => paid.push([f, a]));
    expect(paid).toEqual([
      ['prov', 100],
      ['kab', 50],
    ]);
    expect(left).toBe(30);
    expect(caps.get('prov')).toEqual({ remaining: 0, reachedIn: '2026-01' });
  });

  it('rejects unknown funders and duplicates with paths', () => {
    const e = (a: unknown) => {
      try {
        resolveArrangement(ArrangementSchema.parse(a), funders, ['plan', 'arrangement']);
      } catch (err) {
        return (err as JamsostekError).path;
      }
      return null;
    };
    expect(e({ type: 'waterfall', funders: ['prov', 'nobody'] })).toEqual(['plan', 'arrangement', 'funders', 1]);
    expect(e({ type: 'waterfall', funders: ['prov', 'prov'] })).toEqual(['plan', 'arrangement', 'funders']);
    expect(e({ type: 'fixed', funder: 'prov', amount: 1, rest: 'prov' })).toEqual(['plan', 'arrangement', 'rest']);
    expect(e({ type: 'shares', shares: [{ funder: 'prov', percent: 100 }], remainder: { method: 'toParty', party: 'kab' } })).toEqual(['plan', 'arrangement', 'remainder', 'party']);
  });
});
