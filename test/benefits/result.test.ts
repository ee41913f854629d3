import { describe, expect, it } from 'vitest';
import { baselineLaw, calendarDate, HALF_UP_TO_RUPIAH, isJamsostekError, percent, rupiah, withOverlay, type Rounding } from '../../src/index';
import { exactAmount, rp } from '../../src/benefits/amount';
import { EarningsSchema, resolveEarnings } from '../../src/benefits/earnings';
import { parseBenefitOptions } from '../../src/benefits/options';
import { component } from '../../src/benefits/result';
import { LawTrail, regimeOf } from '../../src/benefits/trail';
import { expectError } from '../helpers';

const study = { instrument: 'Practice', number: 'study', year: 2026 } as const;
const mode = (m: Rounding['mode'], step = 1): Rounding => ({ mode: m, step });

describe('parseBenefitOptions', () => {
  it('defaults: the baseline law and half-up to the rupiah', () => {
    const o = parseBenefitOptions(undefined);
    expect(o.law).toBe(baselineLaw);
    expect(o.rounding).toBe(HALF_UP_TO_RUPIAH);
  });

  it('keeps the law given and a frozen copy of the rounding', () => {
    const law = withOverlay(baselineLaw, { name: 'x', values: { 'benefit.jp.retirementAge': [{ from: '2043-01-01', value: 60, status: 'projected', citations: study }] } });
    const rounding = { mode: 'down', step: 100 } as const;
    const o = parseBenefitOptions({ law, rounding });
    expect(o.law).toBe(law);
    expect(o.rounding).toEqual(rounding);
    expect(o.rounding).not.toBe(rounding);
    expect(Object.isFrozen(o.rounding)).toBe(true);
  });

  it('refuses a law that is not a registry (an object without parameter(), null, a non-function parameter) with its path', () => {
    expectError(() => parseBenefitOptions({ law: {} }), 'invalid_input', ['options', 'law']);
    expectError(() => parseBenefitOptions({ law: null }), 'invalid_input', ['options', 'law']);
    expectError(() => parseBenefitOptions({ law: { parameter: 'jp.wageCap' } }), 'invalid_input', ['options', 'law']);
    expectError(() => parseBenefitOptions({ rounding: { mode: 'nearest', step: 1 } }), 'invalid_input', ['options', 'rounding', 'mode']);
  });
});

describe('LawTrail and regimeOf', () => {
  it('records each parameter value once, in the order first read', () => {
    const trail = new LawTrail(baselineLaw);
    const rules = trail.get('benefit.jp.rules', '2025-05-01', ['d']);
    trail.get('benefit.jp.rules', '2026-01-01', ['d']); // the same value (from 2015-07-01)
    trail.get('benefit.jkp.rules', '2025-06-10', ['d']);
    trail.record(rules);
    expect(trail.used().map((u) => [u.parameter, u.from])).toEqual([
      ['benefit.jp.rules', '2015-07-01'],
      ['benefit.jkp.rules', '2025-02-07'],
    ]);
  });

  it('the regime is the first citation as text, or the parameter id when a value has no citation', () => {
    const rules = new LawTrail(baselineLaw).get('benefit.jp.rules', '2025-05-01', ['d']);
    expect(regimeOf(rules)).toBe('PP 45/2015 Art. 17, 19-22');
    expect(regimeOf({ ...rules, citations: [] })).toBe('benefit.jp.rules');
  });
});

describe('earnings base', () => {
  it('accepts a wage or declared income up to Rp100,000,000,000, not one sen more', () => {
    expect(EarningsSchema.safeParse({ segment: 'PU', wage: 100_000_000_000 }).success).toBe(true);
    expect(EarningsSchema.safeParse({ segment: 'PU', wage: '100000000000.01' }).success).toBe(false);
    expect(EarningsSchema.safeParse({ segment: 'BPU', income: 100_000_000_000 }).success).toBe(true);
    expect(EarningsSchema.safeParse({ segment: 'BPU', income: '100000000000.01' }).success).toBe(false);
  });

  it('PU: the last reported wage itself, no law read', () => {
    const trail = new LawTrail(baselineLaw);
    const r = resolveEarnings(EarningsSchema.parse({ segment: 'PU', wage: '6000000.5' }), calendarDate('2025-05-01'), ['input', 'date'], trail);
    expect(r).toEqual({ sen: 600_000_050, base: { segment: 'PU', base: '6000000.5', derivation: { id: 'Upah sebulan terakhir yang dilaporkan: Rp6.000.000,5', en: 'Last reported monthly wage: Rp6.000.000,5' } }, citations: [] });
    expect(trail.used()).toEqual([]);
  });

  it('BPU: the bracket base of the event month (1,100,000 → row 2, base 1,200,000), recorded; an overlay table is followed', () => {
    const trail = new LawTrail(baselineLaw);
    const r = resolveEarnings(EarningsSchema.parse({ segment: 'BPU', income: 1_100_000 }), calendarDate('2026-01-15'), ['input', 'date'], trail);
    expect(r).toEqual({
      sen: 120_000_000,
      base: {
        segment: 'BPU',
        base: '1200000',
        derivation: { id: 'Penghasilan yang dilaporkan Rp1.100.000 → baris 2 tabel dasar penghasilan → dasar Rp1.200.000', en: 'Declared income Rp1.100.000 → row 2 of the income table → base Rp1.200.000' },
      },
      citations: baselineLaw.parameter('bpu.incomeBrackets').values.at(-1)!.citations,
    });
    expect(trail.used().map((u) => u.parameter)).toEqual(['bpu.incomeBrackets']);
    // Overlay of two rows from 2027-01: below 2,000,000 → base 1,500,000 (the baseline would give row 2, 1,200,000)
    const table = [
      { row: 1, from: 0, upTo: 2_000_000, base: 1_500_000, confidence: 'L' },
      { row: 2, from: 2_000_000, upTo: null, base: 3_000_000, confidence: 'L' },
    ] as const;
    const law = withOverlay(baselineLaw, { name: 'two rows', values: { 'bpu.incomeBrackets': [{ from: '2027-01', value: table, status: 'projected', citations: study }] } });
    const o = resolveEarnings(EarningsSchema.parse({ segment: 'BPU', income: 1_100_000 }), calendarDate('2027-01-15'), ['input', 'date'], new LawTrail(law));
    expect(o.sen).toBe(150_000_000);
    expect(o.base.derivation.en).toBe('Declared income Rp1.100.000 → row 1 of the income table → base Rp1.500.000');
  });
});

describe('exactAmount', () => {
  // Rupiah = sen × multiple × rates / (100 × step × divisor), rounded once
  const at = (sen: number, rounding: Rounding): number => exactAmount(sen, 1, [], rounding);

  it('each rounding mode on Rp1.4, 1.5, 2.0, 2.4, 2.5, 2.6, 3.5', () => {
    const sens = [140, 150, 200, 240, 250, 260, 350];
    const table = (m: Rounding['mode']): number[] => sens.map((s) => at(s, mode(m)));
    expect(table('down')).toEqual([1, 1, 2, 2, 2, 2, 3]);
    expect(table('up')).toEqual([2, 2, 2, 3, 3, 3, 4]);
    expect(table('half_up')).toEqual([1, 2, 2, 2, 3, 3, 4]);
    expect(table('half_down')).toEqual([1, 1, 2, 2, 2, 3, 3]);
    expect(table('half_even')).toEqual([1, 2, 2, 2, 2, 3, 4]);
  });

  it('multiple, rates, divisor and step: 1 % × 240/12 × Rp6,000,000 = 1,200,000; Rp1,234,567 half-up to Rp100 = 1,234,600', () => {
    expect(exactAmount(600_000_000, 240, [percent('1')], HALF_UP_TO_RUPIAH, 12)).toBe(1_200_000);
    // 60 % × 50 % × Rp1,000,001 = 300,000.3 → 300,000
    expect(exactAmount(100_000_100, 1, [percent('60'), percent('50')], HALF_UP_TO_RUPIAH)).toBe(300_000);
    expect(at(123_456_700, mode('half_up', 100))).toBe(1_234_600);
    expect(at(123_456_700, mode('down', 1_000))).toBe(1_234_000);
    expect(at(123_400_000, mode('up', 1_000))).toBe(1_234_000); // exact: not raised
  });

  it('the largest safe amount is returned; one rupiah more is amount_out_of_range', () => {
    expect(exactAmount(100, Number.MAX_SAFE_INTEGER, [], HALF_UP_TO_RUPIAH)).toBe(Number.MAX_SAFE_INTEGER);
    try {
      exactAmount(200, Number.MAX_SAFE_INTEGER, [], HALF_UP_TO_RUPIAH);
      expect.unreachable();
    } catch (e) {
      expect(isJamsostekError(e)).toBe(true);
      expect(e).toMatchObject({ code: 'amount_out_of_range', path: [] });
    }
  });
});

describe('rp and component', () => {
  it('rp writes sen as rupiah text', () => {
    expect(rp(600_000_000)).toBe('Rp6.000.000');
    expect(rp(12_345)).toBe('Rp123,45');
  });

  it('a component carries the citations and the distinct parameter ids of the values it used', () => {
    const trail = new LawTrail(baselineLaw);
    const a = trail.get('benefit.jkp.rules', '2024-06-10', ['d']);
    const b = trail.get('benefit.jkp.rules', '2025-06-10', ['d']);
    const label = { id: 'Uang tunai', en: 'Cash' };
    const rule = { id: '60 %', en: '60 %' };
    const one = component('jkp.cash.1', label, rupiah(1_000), 'computed', rule, b);
    expect(one).toEqual({ key: 'jkp.cash.1', label, amount: 1_000, amountKind: 'computed', rule, citations: b.citations, parameters: ['benefit.jkp.rules'] });
    expect(b.citations.length).toBeGreaterThan(0);
    const two = component('x', label, null, 'as_incurred', rule, [a, b]);
    expect(two.citations).toEqual([...a.citations, ...b.citations]);
    expect(two.parameters).toEqual(['benefit.jkp.rules']);
  });
});
