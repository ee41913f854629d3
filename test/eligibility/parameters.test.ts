import { describe, expect, it } from 'vitest';
import { baselineLaw, valueAt } from '../../src/index';

describe('eligibility parameters of law', () => {
  it('BPU registration age limit: 56 (Permenaker 1/2016), then 65 from 2021-04-01 (date unverified)', () => {
    const p = baselineLaw.parameter('bpu.registrationAgeLimit');
    expect(p.granularity).toBe('date');
    expect(p.values.map((v) => [v.from, v.to, v.value, v.confidence])).toEqual([
      ['2016-01-01', '2021-03-31', 56, 'M'],
      ['2021-04-01', null, 65, 'M'],
    ]);
    expect(valueAt(p, '2021-03-31').value).toBe(56);
    expect(valueAt(p, '2021-04-01').value).toBe(65);
    expect(p.values[0]?.citations[0]).toMatchObject({ instrument: 'Permenaker', number: '1', year: 2016 });
    expect(p.values[0]?.citations[0]?.note).toContain('dari usia 56 tahun menjadi 61 tahun');
    expect(p.values[1]?.note).toContain('(L)');
  });
  it('BPU occupations: at most 2', () => {
    const p = baselineLaw.parameter('bpu.maxOccupations');
    expect(valueAt(p, '2026-01-15')).toMatchObject({ value: 2, confidence: 'M' });
  });
});
