import { describe, expect, it } from 'vitest';
import { NTT_2026_CONFIG, ntt2026RuleSet, pekerjaRentanRuleSet, evaluateEligibility, PekerjaRentanConfigSchema } from '../../../src/index';
import { ineligible } from '../helpers';

describe('the NTT 2026 preset', () => {
  it('is province 53, JKK + JKM, the 12 months of 2026, funded by the province', () => {
    expect(NTT_2026_CONFIG.region).toBe('53');
    expect(NTT_2026_CONFIG.programs).toEqual(['JKK', 'JKM']);
    expect(NTT_2026_CONFIG.period).toEqual({ from: '2026-01', to: '2026-12' });
    expect(NTT_2026_CONFIG.funder).toBe('apbd:53');
    // the UMP NTT 2026 (Keputusan Gubernur 528/KEP/HK/2025)
    expect(NTT_2026_CONFIG.incomeThreshold).toBe(2_455_898);
    expect(PekerjaRentanConfigSchema.safeParse(NTT_2026_CONFIG).success).toBe(true);
    expect(ntt2026RuleSet.layers).toEqual(['bpu.basics', 'ntt2026']);
  });
  it('a fisher in Kota Kupang, decile 2, earning Rp1.2m is eligible; the same person in NTB (52) is not', () => {
    const person = { nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2, monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true } as const;
    expect(evaluateEligibility(person, ntt2026RuleSet, { asOf: '2026-01-15' }).outcome).toBe('eligible');
    const r = ineligible(evaluateEligibility({ ...person, domicileRegion: '52.71' }, ntt2026RuleSet, { asOf: '2026-01-15' }));
    expect(r.failed.map((f) => [f.id, f.origin])).toEqual([['assistance.domicile', 'ntt2026']]);
  });
  it('a reader copies the configuration for another region', () => {
    const mine = pekerjaRentanRuleSet({ ...NTT_2026_CONFIG, id: 'kab5310', region: '53.10', funder: 'apbd:53.10' });
    expect(mine.layers).toEqual(['bpu.basics', 'kab5310']);
    expect(Object.isFrozen(NTT_2026_CONFIG)).toBe(true);
  });
});
