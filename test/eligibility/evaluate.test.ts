import { describe, expect, it } from 'vitest';
import { evaluateEligibility, ntt2026RuleSet, bpuBasicsRuleSet, bpuRegistrationAge, defineRuleSet, withOverlay, baselineLaw, formatCitation } from '../../src/index';
import { expectError } from '../helpers';

const asOf = { asOf: '2026-01-15' };
const complete = {
  nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2,
  monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true,
} as const;

describe('evaluateEligibility', () => {
  it('eligible: every criterion met, in order, with origins', () => {
    const r = evaluateEligibility(complete, ntt2026RuleSet, asOf);
    expect(r.outcome).toBe('eligible');
    expect(r.criteria.map((c) => [c.id, c.status, c.origin])).toEqual([
      ['bpu.outsideEmploymentRelationship', 'met', 'bpu.basics'],
      ['bpu.registrationAge', 'met', 'bpu.basics'],
      ['bpu.occupations', 'met', 'bpu.basics'],
      ['assistance.domicile', 'met', 'ntt2026'],
      ['assistance.dtsenDecile', 'met', 'ntt2026'],
      ['assistance.income', 'met', 'ntt2026'],
      ['assistance.notFundedElsewhere', 'met', 'ntt2026'],
      ['assistance.activeInformalWork', 'met', 'ntt2026'],
    ]);
    expect(r.failed).toEqual([]);
    expect(r.missingFacts).toEqual([]);
    // the two parameters of law read, with their citations
    expect(r.law.map((l) => [l.parameter, l.value])).toEqual([['bpu.maxOccupations', 'at most 2 occupations'], ['bpu.registrationAgeLimit', 'under 65 years at registration']]);
    expect(r.explanation.en.split('\n')[0]).toBe('Eligible for "NTT province contribution assistance for vulnerable workers, 2026" as of 2026-01-15: every criterion in force is met.');
    expect(r.explanation.id.split('\n')[0]).toBe('Memenuhi syarat untuk "Bantuan iuran Jamsostek pekerja rentan Provinsi NTT 2026" per 2026-01-15: semua kriteria yang berlaku terpenuhi.');
  });
  it('ineligible: the explanation names each failed criterion with its citation in both languages', () => {
    // a wage earner (fails BPU category) with income 3,000,000 ≥ UMP 2,455,898 (fails income), decile 7 > 5 (fails DTSEN)
    const r = evaluateEligibility({ ...complete, employment: 'wage_earner', monthlyIncome: '3000000', dtsenDecile: 7 }, ntt2026RuleSet, asOf);
    expect(r.outcome).toBe('ineligible');
    expect(r.failed.map((f) => f.id)).toEqual(['bpu.outsideEmploymentRelationship', 'assistance.dtsenDecile', 'assistance.income']);
    for (const f of r.failed) {
      const cited = f.basis.map(formatCitation).join('; ');
      expect(cited.length).toBeGreaterThan(0);
      expect(r.explanation.en).toContain(`- ${f.title.en} [${f.id}, from ${f.origin}]: ${f.reason.en} Legal basis: ${cited}.`);
      expect(r.explanation.id).toContain(`- ${f.title.id} [${f.id}, dari ${f.origin}]: ${f.reason.id} Dasar hukum: ${cited}.`);
    }
    expect(r.explanation.en).toContain('Keputusan 528/KEP/HK/2025');
    expect(r.failed[2]?.reason).toEqual({ id: 'Penghasilan sebulan Rp3.000.000 tidak di bawah Rp2.455.898.', en: 'Monthly income Rp3.000.000 is not below Rp2.455.898.' });
  });
  it('undetermined: lists exactly the missing facts, in both languages', () => {
    const partial: Record<string, unknown> = { ...complete };
    delete partial.dtsenDecile;
    delete partial.activeInformalWork;
    const r = evaluateEligibility(partial, ntt2026RuleSet, asOf);
    expect(r.outcome).toBe('undetermined');
    expect(r.missingFacts).toEqual(['dtsenDecile', 'activeInformalWork']);
    expect(r.missingRequirements).toEqual([['dtsenDecile'], ['activeInformalWork']]);
    expect(r.explanation.en).toContain('Facts still needed: dtsenDecile; activeInformalWork.');
    expect(r.explanation.id).toContain('Fakta yang masih diperlukan: dtsenDecile; activeInformalWork.');
    expect(r.criteria.filter((c) => c.status === 'undetermined').map((c) => c.missing)).toEqual([[['dtsenDecile']], [['activeInformalWork']]]);
  });
  it('the result is plain JSON', () => {
    const r = evaluateEligibility(complete, ntt2026RuleSet, asOf);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('reads the law it is given (an overlay of the age limit)', () => {
    const law = withOverlay(baselineLaw, {
      name: 'Proposal 70',
      values: { 'bpu.registrationAgeLimit': [{ from: '2026-01-01', value: 70, status: 'projected', citations: { instrument: 'Practice', number: 'proposal', year: 2026, note: 'What-if' } }] },
    });
    const old = { employment: 'self_employed', occupations: ['petani'], birthDate: '1958-01-01' }; // 68 on 2026-01-15
    expect(evaluateEligibility(old, bpuBasicsRuleSet, asOf).outcome).toBe('ineligible');
    const r = evaluateEligibility(old, bpuBasicsRuleSet, { ...asOf, law });
    expect(r.outcome).toBe('eligible');
    expect(r.law.find((l) => l.parameter === 'bpu.registrationAgeLimit')).toMatchObject({ value: 'under 70 years at registration', source: 'Proposal 70', status: 'projected' });
  });
  it('bad input: typed errors with paths', () => {
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-13-01' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, undefined as never), 'invalid_input', ['options']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', today: 1 } as never), 'invalid_input', ['options']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', law: {} as never }), 'invalid_input', ['options', 'law']);
    expectError(() => evaluateEligibility(complete, {} as never, asOf), 'invalid_input', ['ruleSet']);
    expectError(() => evaluateEligibility(null as never, ntt2026RuleSet, asOf), 'invalid_input', ['facts']);
    expectError(() => evaluateEligibility([] as never, ntt2026RuleSet, asOf), 'invalid_input', ['facts']);
    expectError(() => evaluateEligibility({ ...complete, nik: '537104470790' }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'nik']);
    expectError(() => evaluateEligibility({ ...complete, monthlyIncome: '1.200.000' }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'monthlyIncome']);
    expectError(() => evaluateEligibility({ ...complete, dtsenDecile: 0 }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'dtsenDecile']);
    expectError(() => evaluateEligibility({ ...complete, otherGovernmentFunding: [{ payer: 'apbn', from: '2026-05', to: '2026-01' }] }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'otherGovernmentFunding', 0, 'to']);
    // a NIK whose birth date is impossible in the century read against asOf
    const ageOnly = defineRuleSet({ id: 'age', title: { id: 'Usia', en: 'Age' }, rules: [bpuRegistrationAge] });
    expectError(() => evaluateEligibility({ nik: '5301012902000001' }, ageOnly, { asOf: '1999-12-31' }), 'invalid_input', ['facts', 'nik']);
    // a birth date after asOf
    expectError(() => evaluateEligibility({ ...complete, birthDate: '2026-02-01' }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'birthDate']);
    // before the age limit parameter has a value: loud, never a guess
    expectError(() => evaluateEligibility({ ...complete, birthDate: '1980-01-01' }, bpuBasicsRuleSet, { asOf: '2015-08-01' }), 'parameter_not_in_force');
  });
});
