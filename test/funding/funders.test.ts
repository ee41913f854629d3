import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET_TYPE, FunderSchema, resolveFunder } from '../../src/funding/funders';

describe('funders', () => {
  it('maps each kind to the budget it pays from (PP 50/2025 excludes APBN and APBD)', () => {
    expect(DEFAULT_BUDGET_TYPE).toEqual({ province: 'apbd', regency: 'apbd', city: 'apbd', village: 'apbdes', central: 'apbn', employer: 'employer', worker: 'self', donor: 'donor' });
    expect(resolveFunder(FunderSchema.parse({ id: 'ntt', kind: 'province', region: '53' }))).toEqual({
      id: 'ntt', kind: 'province', name: 'ntt', region: '53', budgetType: 'apbd', budget: null, cap: null, overflow: 'unfunded',
    });
    expect(resolveFunder(FunderSchema.parse({ id: 'dd', kind: 'village', region: '53.10.01.2001', budgetType: 'apbn', cap: '1000000' }))).toMatchObject({ budgetType: 'apbn', cap: 1_000_000 });
  });

  it('reads region codes in dotted or plain form and normalises them (53.71 = 5371)', () => {
    expect(FunderSchema.parse({ id: 'kupang', kind: 'city', region: '5371' }).region).toBe('53.71');
    expect(FunderSchema.parse({ id: 'ntt', kind: 'province', region: '53' }).region).toBe('53');
    expect(FunderSchema.safeParse({ id: 'x', kind: 'city', region: '53.7' }).success).toBe(false);
    expect(FunderSchema.safeParse({ id: 'x', kind: 'province', region: '05' }).success).toBe(false);
  });

  it('checks region codes against the kind and caps against overflows', () => {
    const issues = (input: unknown) => FunderSchema.safeParse(input).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];
    expect(issues({ id: 'x', kind: 'city', region: '53' })).toEqual([['region', 'A city funder\'s region must be a city code such as "53.71"; got "53"']]);
    expect(issues({ id: 'x', kind: 'central', region: '53' })).toEqual([['region', 'The central government has no region code']]);
    expect(issues({ id: 'x', kind: 'donor', overflow: 'unfunded' })).toEqual([['overflow', 'overflow needs a cap: it says where the excess above the cap goes']]);
    expect(issues({ id: 'x', kind: 'donor', cap: 1, overflow: { to: 'x' } })).toEqual([['overflow.to', 'A funder cannot overflow to itself']]);
    expect(issues({ id: 'x', kind: 'donor', cap: '1.50' })[0]![0]).toBe('cap');
    // the central government without a region, and a capped funder overflowing to 'unfunded' or to another funder, are fine
    expect(issues({ id: 'pusat', kind: 'central' })).toEqual([]);
    expect(issues({ id: 'x', kind: 'donor', cap: 1, overflow: 'unfunded' })).toEqual([]);
    expect(issues({ id: 'x', kind: 'donor', cap: 1, overflow: { to: 'y' } })).toEqual([]);
  });
});
