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
    expect(resolve({ type: 'shares', shares: [{ party: 'prov', percent: 70 }, { party: 'kab', percent: 30 }] }).split(16_800)).toEqual([
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
    expect(e({ type: 'shares', shares: [{ party: 'prov', percent: 100 }], remainder: { method: 'to_party', party: 'kab' } })).toEqual(['plan', 'arrangement', 'remainder', 'party']);
    // ratios are shares too: 2 : 1 of 16,800 → 11,200 and 5,600
    expect(resolveArrangement(ArrangementSchema.parse({ type: 'shares', shares: [{ party: 'prov', ratio: 2 }, { party: 'kab', ratio: 1 }] }), funders, ['a']).split(16_800)).toEqual([
      { stages: ['prov'], amount: 11_200 },
      { stages: ['kab'], amount: 5_600 },
    ]);
  });

  const resolve = (a: unknown) => resolveArrangement(ArrangementSchema.parse(a), funders, ['plan', 'arrangement']);

  it('says why a funding source was chosen: one public funder, or a mixed month read as paid through APBN/APBD', () => {
    expect(fundingSourceOf([funders.get('prov')!]).reason).toEqual({ id: 'prov membayar dari APBD', en: 'prov pays from APBD' });
    expect(fundingSourceOf([funders.get('desa')!, funders.get('kab')!]).reason).toEqual({
      id: 'Pendanaan campuran: kab membayar dari APBD, sehingga iuran bulan itu dianggap dibayar melalui APBD (diskon PP 50/2025 tidak berlaku)',
      en: "Mixed funding: kab pays from APBD, so the month's contribution counts as paid through APBD (no PP 50/2025 discount)",
    });
    expect(fundingSourceOf([funders.get('self')!, funders.get('desa')!]).reason).toEqual({ id: 'self membayar dari anggaran self', en: 'self pays from a self budget' });
  });

  it('shares: a 0 % funder is not named, pays nothing and does not decide the law', () => {
    // pusat (APBN) 0 %, desa (APBDes) 100 %: the month is paid from APBDes only
    const r = resolve({ type: 'shares', shares: [{ party: 'pusat', percent: 0 }, { party: 'desa', percent: 100 }] });
    expect([r.named, r.fundedBy]).toEqual([['desa'], 'apbdes']);
    expect(r.split(8_400)).toEqual([{ stages: ['desa'], amount: 8_400 }]);
    // 1 rupiah split 50 : 50 → quotas 0.5 each, the leftover rupiah to the earlier one; no 0-rupiah piece for the other
    expect(resolve({ type: 'shares', shares: [{ party: 'prov', percent: 50 }, { party: 'kab', percent: 50 }] }).split(1)).toEqual([{ stages: ['prov'], amount: 1 }]);
    // asked twice for the same amount, the same pieces
    const twice = resolve({ type: 'shares', shares: [{ party: 'prov', percent: 70 }, { party: 'kab', percent: 30 }] });
    expect(twice.split(16_801)).toEqual(twice.split(16_801));
  });

  it('shares: the description names the shares and the remainder policy', () => {
    const largest = resolve({ type: 'shares', shares: [{ party: 'prov', percent: 70 }, { party: 'kab', percent: '30' }] });
    expect(largest.description).toEqual({ id: 'Bagi persentase per peserta per bulan: prov 70 %, kab 30 % (sisa terbesar)', en: 'Percentage shares of each participant-month: prov 70 %, kab 30 % (largest remainder)' });
    expect(largest.named).toEqual(['prov', 'kab']);
    // remainder to the first funder (position 0): 16,801 × 50 % = 8,400.5 each → floors 8,400 + 8,400, 1 rupiah to prov
    const toFirst = resolve({ type: 'shares', shares: [{ party: 'prov', percent: 50 }, { party: 'kab', percent: 50 }], remainder: { method: 'to_party', party: 'prov' } });
    expect(toFirst.split(16_801)).toEqual([{ stages: ['prov'], amount: 8_401 }, { stages: ['kab'], amount: 8_400 }]);
    expect(toFirst.description).toEqual({ id: 'Bagi persentase per peserta per bulan: prov 50 %, kab 50 % (sisa ke prov)', en: 'Percentage shares of each participant-month: prov 50 %, kab 50 % (remainder to prov)' });
    const ratio = resolve({ type: 'shares', shares: [{ party: 'prov', ratio: 2 }, { party: 'kab', ratio: '1.5' }] });
    expect(ratio.description).toEqual({ id: 'Bagi rasio per peserta per bulan: prov 2, kab 1.5 (sisa terbesar)', en: 'Ratio shares of each participant-month: prov 2, kab 1.5 (largest remainder)' });
  });

  it('fixed: the fixed funder pays up to its amount; a 0 fixed amount names only the rest', () => {
    const fixed = resolve({ type: 'fixed', funder: 'prov', amount: 5_000, rest: 'desa' });
    expect([fixed.named, fixed.fundedBy]).toEqual([['prov', 'desa'], 'apbd']);
    // a contribution below the fixed amount is paid by the fixed funder alone; exactly the amount too
    expect(fixed.split(4_000)).toEqual([{ stages: ['prov'], amount: 4_000 }]);
    expect(fixed.split(5_000)).toEqual([{ stages: ['prov'], amount: 5_000 }]);
    expect(fixed.description).toEqual({ id: 'prov membayar Rp5.000 per peserta per bulan, sisanya desa', en: 'prov pays Rp5.000 per participant-month, desa pays the rest' });
    const none = resolve({ type: 'fixed', funder: 'prov', amount: 0, rest: 'desa' });
    expect([none.named, none.fundedBy]).toEqual([['desa'], 'apbdes']);
    expect(none.split(8_400)).toEqual([{ stages: ['desa'], amount: 8_400 }]);
  });

  it('waterfall: described in order', () => {
    const w = resolve({ type: 'waterfall', funders: ['prov', 'kab', 'pusat'] });
    expect(w.description).toEqual({ id: 'Berjenjang: prov → kab → pusat (masing-masing sampai plafonnya)', en: 'Waterfall: prov → kab → pusat (each up to its cap)' });
    expect([w.named, w.fundedBy]).toEqual([['prov', 'kab', 'pusat'], 'apbn']);
  });

  it('records only real payments: no 0-rupiah charge after the money runs out or a cap is used up', () => {
    // prov capped at 100 overflowing to kab (no cap)
    const capped = new Map<string, Funder>([...funders, ['prov', { ...funders.get('prov')!, cap: 100 as never, overflow: { to: 'kab' } }]]);
    const caps = new Map<string, CapState>([['prov', { remaining: 100, reachedIn: null }]]);
    const paid: [string, number][] = [];
    const record = (f: string, a: number) => paid.push([f, a]);
    // 80 fits under the cap: nothing flows on
    expect(charge(['prov'], 80, capped, caps, '2026-01', record)).toBe(0);
    // 20 left under the cap, 30 asked: 20 from prov, 10 overflows to kab
    expect(charge(['prov'], 30, capped, caps, '2026-02', record)).toBe(0);
    // cap used up: all 40 overflows to kab, prov is not charged 0
    expect(charge(['prov'], 40, capped, caps, '2026-03', record)).toBe(0);
    // an uncapped first stage pays all; the later stage is not charged 0
    expect(charge(['self', 'kab'], 50, capped, caps, '2026-03', record)).toBe(0);
    expect(paid).toEqual([
      ['prov', 80],
      ['prov', 20],
      ['kab', 10],
      ['kab', 40],
      ['self', 50],
    ]);
    expect(caps.get('prov')).toEqual({ remaining: 0, reachedIn: '2026-02' });
  });

  it('points at the unknown funder, lists the funders, and refuses duplicate or unbalanced shares', () => {
    const error = (a: unknown) => {
      try {
        resolve(a);
      } catch (err) {
        return [(err as JamsostekError).path, (err as JamsostekError).issues[0]!.message];
      }
      return null;
    };
    expect(error({ type: 'single', funder: 'nobody' })).toEqual([['plan', 'arrangement', 'funder'], 'Unknown funder "nobody"; funders are "prov", "kab", "desa", "self", "pusat"']);
    expect(error({ type: 'shares', shares: [{ party: 'prov', percent: 50 }, { party: 'x', percent: 50 }] })![0]).toEqual(['plan', 'arrangement', 'shares', 1, 'party']);
    expect(error({ type: 'fixed', funder: 'x', amount: 1, rest: 'prov' })![0]).toEqual(['plan', 'arrangement', 'funder']);
    expect(error({ type: 'fixed', funder: 'prov', amount: 1, rest: 'x' })![0]).toEqual(['plan', 'arrangement', 'rest']);
    // the shares themselves are checked by the schema, as allocate checks them
    const issue = (a: unknown) => ArrangementSchema.safeParse(a).error?.issues.map((i) => [i.path, i.message]);
    expect(issue({ type: 'shares', shares: [{ party: 'prov', percent: 50 }, { party: 'prov', percent: 50 }] })).toEqual([[['shares', 1, 'party'], 'Party "prov" is listed twice']]);
    expect(issue({ type: 'shares', shares: [{ party: 'prov', percent: 60 }, { party: 'kab', percent: '30.5' }] })).toEqual([[['shares'], 'Percentages must add up to exactly 100; they add up to 90.5']]);
    expect(issue({ type: 'shares', shares: [{ party: 'prov', percent: 60 }, { party: 'kab', ratio: 1 }] })).toEqual([[['shares', 1], 'Shares are all percentages or all ratios: share 0 is a percent, share 1 a ratio']]);
  });
});
