import { describe, expect, it } from 'vitest';
import { baselineLaw, withOverlay } from '../../src/index';
import { lawUsedOf } from '../../src/law/lawUsed';

describe('lawUsedOf', () => {
  it('records a value with its display text, period, status, confidence, layer and citations', () => {
    const value = baselineLaw.parameter('bpu.jkmAmount').values[0]!;
    const used = lawUsedOf(baselineLaw, value);
    // bpu.jkmAmount is Rp6,800 a month from 2015-07, open-ended, with no note.
    expect(used).toStrictEqual({
      parameter: 'bpu.jkmAmount',
      value: 'Rp6.800',
      from: '2015-07',
      to: null,
      status: 'enacted',
      confidence: 'H',
      source: 'baseline',
      citations: value.citations,
    });
    expect('note' in used).toBe(false);
    expect(Object.isFrozen(used)).toBe(true);
  });
  it('carries the value\'s note', () => {
    const value = baselineLaw.parameter('jp.wageCap').values[11]!;
    const used = lawUsedOf(baselineLaw, value);
    expect(used.note).toBe(value.note);
    expect(used).toMatchObject({ parameter: 'jp.wageCap', value: 'Rp11.086.300', from: '2026-03', to: '2027-02' });
  });
  it('builds the record once per value and shares it', () => {
    const value = baselineLaw.parameter('bpu.jhtRate').values[0]!;
    const first = lawUsedOf(baselineLaw, value);
    expect(lawUsedOf(baselineLaw, value)).toBe(first);
    expect(first.value).toBe('2 %');
  });
  it('names an overlay layer and displays the overlay value', () => {
    const law = withOverlay(baselineLaw, {
      name: 'rate study',
      values: { 'bpu.jkmAmount': [{ from: '2027-01', to: '2027-06', value: 7_000, status: 'projected', citations: { instrument: 'Practice', number: 'study', year: 2026 }, note: 'assumed' }] },
    });
    const value = law.parameter('bpu.jkmAmount').values[1]!;
    // A projected overlay value without a stated confidence is graded L.
    expect(lawUsedOf(law, value)).toStrictEqual({
      parameter: 'bpu.jkmAmount',
      value: 'Rp7.000',
      from: '2027-01',
      to: '2027-06',
      status: 'projected',
      confidence: 'L',
      source: 'rate study',
      citations: [{ instrument: 'Practice', number: 'study', year: 2026 }],
      note: 'assumed',
    });
  });
});
