import { describe, expect, it } from 'vitest';
import { domicileIn, dtsenDecileAtMost, incomeBelow, notFundedByOtherGovernment, activeInformalWork, pekerjaRentanRuleSet, defineRuleSet, evaluateEligibility, type Criterion } from '../../../src/index';
import { expectError } from '../../helpers';
import { ineligible, undetermined } from '../helpers';

const citations = { instrument: 'Pergub', number: '1', year: 2026 } as const;
const only = (c: Criterion) => defineRuleSet({ id: 'one', title: { id: 'Satu', en: 'One' }, rules: [c] });
const asOf = { asOf: '2026-01-15' };
const outcome = (c: Criterion, facts: Record<string, unknown>) => evaluateEligibility(facts, only(c), asOf).outcome;

describe('pekerja rentan criteria: three outcomes each', () => {
  it('domicile by address, else by NIK region, compared by prefix', () => {
    const c = domicileIn('53', citations);
    expect(outcome(c, { domicileRegion: '5371' })).toBe('eligible');
    expect(outcome(c, { domicileRegion: '52.01' })).toBe('ineligible');
    expect(outcome(c, { nik: '5371044707900001' })).toBe('eligible');
    expect(outcome(c, { nik: '5201044707900001' })).toBe('ineligible');
    // the address decides over the NIK (people move; a NIK keeps the region where it was issued)
    expect(outcome(c, { nik: '5201044707900001', domicileRegion: '53.71.04' })).toBe('eligible');
    expect(undetermined(evaluateEligibility({}, only(c), asOf)).missingRequirements).toEqual([['domicileRegion', 'nik']]);
    // a regency-level region
    expect(outcome(domicileIn('53.71', citations), { domicileRegion: '53.10' })).toBe('ineligible');
  });
  it('DTSEN decile at most the ceiling; not registered fails', () => {
    const c = dtsenDecileAtMost(4, citations);
    expect(outcome(c, { dtsenDecile: 4 })).toBe('eligible');
    expect(outcome(c, { dtsenDecile: 5 })).toBe('ineligible');
    expect(outcome(c, { dtsenDecile: 'not_registered' })).toBe('ineligible');
    expect(outcome(c, {})).toBe('undetermined');
  });
  it('income strictly below the threshold, exact to the sen', () => {
    const c = incomeBelow('2455898', citations);
    expect(outcome(c, { monthlyIncome: '2455897.99' })).toBe('eligible');
    expect(outcome(c, { monthlyIncome: 2_455_898 })).toBe('ineligible');
    expect(outcome(c, {})).toBe('undetermined');
  });
  it('not funded by another government payer in the programme months; own funding is not "another"', () => {
    const c = notFundedByOtherGovernment({ from: '2026-01', to: '2026-12' }, 'apbd:53', citations);
    expect(outcome(c, { otherGovernmentFunding: [] })).toBe('eligible');
    expect(outcome(c, { otherGovernmentFunding: [{ payer: 'apbn', from: '2025-01', to: '2025-12' }] })).toBe('eligible');
    expect(outcome(c, { otherGovernmentFunding: [{ payer: 'apbd:53', from: '2026-01', to: '2026-12' }] })).toBe('eligible');
    const r = ineligible(evaluateEligibility({ otherGovernmentFunding: [{ payer: 'apbdes:53.71.04.2001', from: '2026-12', to: '2027-02' }] }, only(c), asOf));
    expect(r.outcome).toBe('ineligible');
    expect(r.failed[0]?.reason).toEqual({ id: 'Sudah dibiayai apbdes:53.71.04.2001 pada 2026-12 s.d. 2026-12.', en: 'Already funded by apbdes:53.71.04.2001 in 2026-12 to 2026-12.' });
    expect(outcome(c, {})).toBe('undetermined');
  });
  it('active informal work', () => {
    const c = activeInformalWork(citations);
    expect(outcome(c, { activeInformalWork: true })).toBe('eligible');
    expect(outcome(c, { activeInformalWork: false })).toBe('ineligible');
    expect(outcome(c, {})).toBe('undetermined');
  });
  it('factories refuse bad configuration', () => {
    expectError(() => domicileIn('5', citations), 'invalid_input', ['region']);
    expectError(() => domicileIn('53', [] as never), 'invalid_input', ['citations']);
    expectError(() => dtsenDecileAtMost(11, citations), 'invalid_input', ['ceiling']);
    expectError(() => incomeBelow('2.455.898', citations), 'invalid_input', ['threshold']);
    expectError(() => notFundedByOtherGovernment({ from: '2026-12', to: '2026-01' }, 'apbd:53', citations), 'invalid_input', ['period', 'to']);
    expectError(() => notFundedByOtherGovernment({ from: '2026-01', to: '2026-12' }, '', citations), 'invalid_input', ['funder']);
    expectError(() => activeInformalWork({ instrument: 'Bylaw' } as never), 'invalid_input', ['citations']);
  });
  it('options last: `effective` dates a criterion; bad options are errors under options', () => {
    const c = incomeBelow(2_455_898, citations, { effective: { from: '2026-01-01', to: '2026-12-31' } });
    expect(c.effective).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    // in force in 2026: Rp3,000,000 is not below the threshold; in 2027 the rule is not applied
    expect(outcome(c, { monthlyIncome: 3_000_000 })).toBe('ineligible');
    expect(() => evaluateEligibility({ monthlyIncome: 3_000_000 }, only(c), { asOf: '2027-01-05' })).toThrow('No rule of rule set one is in force on 2027-01-05');
    expect(domicileIn('53', citations).effective).toEqual({ from: null, to: null });
    expectError(() => domicileIn('53', citations, { effective: { from: '2026-02-30' } }), 'invalid_input', ['options', 'effective', 'from']);
    expectError(() => activeInformalWork(citations, { from: '2026-01-01' } as never), 'invalid_input', ['options']);
    expectError(() => notFundedByOtherGovernment({ from: '2026-01', to: '2026-12' }, 'apbd:53', citations, null as never), 'invalid_input', ['options']);
  });
  it('each criterion cites the region (and, for domicile, funding and active work, the national guidance)', () => {
    const own = [citations];
    expect(dtsenDecileAtMost(4, citations).citations).toEqual(own);
    expect(incomeBelow(1, [citations, citations]).citations).toEqual([citations, citations]);
    for (const c of [domicileIn('53', citations), notFundedByOtherGovernment({ from: '2026-01', to: '2026-12' }, 'apbd:53', citations), activeInformalWork(citations)]) {
      expect(c.citations.map((x) => `${x.instrument} ${x.number}/${x.year}`)).toEqual(['Pergub 1/2026', 'Inpres 2/2021', 'Permendagri 27/2021']);
    }
  });
});

describe('pekerjaRentanRuleSet', () => {
  const config = {
    id: 'kupang2026', title: { id: 'Kupang', en: 'Kupang' }, region: '53.71', funder: 'apbd:53.71', programs: ['JKK', 'JKM'] as const,
    period: { from: '2026-01', to: '2026-12' }, decileCeiling: 4, incomeThreshold: 2_455_898, citations,
  };
  it('is the BPU basics plus five regional criteria from the region', () => {
    const rules = pekerjaRentanRuleSet(config);
    expect(rules.layers).toEqual(['bpu.basics', 'kupang2026']);
    // it reads every built-in fact: the basics', then the regional criteria's, in tree order
    expect(rules.facts).toEqual(['employment', 'birthDate', 'nik', 'occupations', 'domicileRegion', 'dtsenDecile', 'monthlyIncome', 'otherGovernmentFunding', 'activeInformalWork']);
    expect(rules.ruleIds).toEqual([
      'bpu.outsideEmploymentRelationship', 'bpu.registrationAge', 'bpu.occupations',
      'assistance.domicile', 'assistance.dtsenDecile', 'assistance.income', 'assistance.notFundedElsewhere', 'assistance.activeInformalWork',
    ]);
  });
  it('an effective period dates the regional criteria', () => {
    const rules = pekerjaRentanRuleSet({ ...config, effective: { from: '2026-01-01', to: '2026-12-31' } });
    const r = evaluateEligibility({ employment: 'self_employed', birthDate: '1980-01-01', occupations: ['ojek'] }, rules, { asOf: '2027-01-05' });
    expect(r.outcome).toBe('eligible'); // only the national basics are in force in 2027
    expect(r.criteria.filter((c) => c.status === 'not_in_force').length).toBe(5);
  });
  it('the threshold and ceiling cite their own citations before the region\'s', () => {
    const ump = { instrument: 'Keputusan', number: '528/KEP/HK/2025', year: 2025 } as const;
    const rules = pekerjaRentanRuleSet({ ...config, incomeThresholdCitations: ump });
    const r = ineligible(evaluateEligibility({ monthlyIncome: 3_000_000 }, rules, { ...asOf, unknownFacts: 'ignore' }));
    expect(r.failed.find((f) => f.id === 'assistance.income')?.citations).toEqual([ump, citations]);
  });
  it('refuses bad configuration with paths under config', () => {
    expectError(() => pekerjaRentanRuleSet({ ...config, programs: ['JKK'] as never }), 'invalid_input', ['config', 'programs']);
    expectError(() => pekerjaRentanRuleSet({ ...config, programs: ['JKK', 'JKM', 'JKM'] as never }), 'invalid_input', ['config', 'programs']);
    expectError(() => pekerjaRentanRuleSet({ ...config, region: '99.99.99.99' }), 'invalid_input', ['config', 'region']);
    expectError(() => pekerjaRentanRuleSet({ ...config, decileCeiling: 0 }), 'invalid_input', ['config', 'decileCeiling']);
    expectError(() => pekerjaRentanRuleSet({ ...config, incomeThreshold: -1 }), 'invalid_input', ['config', 'incomeThreshold']);
    expectError(() => pekerjaRentanRuleSet({ ...config, id: 'bpu.basics' }), 'invalid_input', ['config', 'id']);
    expectError(() => pekerjaRentanRuleSet({ ...config, quota: 5 } as never), 'invalid_input', ['config']);
  });
});
