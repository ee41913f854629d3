import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bpuBasicsRuleSet, bpuOutsideEmployment, bpuRegistrationAge, bpuOccupationLimit, defineRuleSet, evaluateEligibility, ageOn, calendarDate, type Criterion } from '../../../src/index';
import { ineligible, undetermined } from '../helpers';

const only = (c: Criterion) => defineRuleSet({ id: 'one', title: { id: 'Satu', en: 'One' }, rules: [c] });
const at = (asOf: string) => ({ asOf });

describe('BPU basics: each criterion has three outcomes', () => {
  it('outside an employment relationship', () => {
    const rules = only(bpuOutsideEmployment);
    expect(evaluateEligibility({ employment: 'self_employed' }, rules, at('2026-01-15')).outcome).toBe('eligible');
    expect(evaluateEligibility({ employment: 'individual_employer' }, rules, at('2026-01-15')).outcome).toBe('eligible');
    expect(evaluateEligibility({ employment: 'wage_earner' }, rules, at('2026-01-15')).outcome).toBe('ineligible');
    expect(undetermined(evaluateEligibility({}, rules, at('2026-01-15'))).missingFacts).toEqual(['employment']);
  });
  it('registration age: under 65 now (one day before the 65th birthday is 64)', () => {
    const rules = only(bpuRegistrationAge);
    expect(evaluateEligibility({ birthDate: '1961-06-15' }, rules, at('2026-06-14')).outcome).toBe('eligible'); // 64
    const r = ineligible(evaluateEligibility({ birthDate: '1961-06-15' }, rules, at('2026-06-15'))); // 65
    expect(r.outcome).toBe('ineligible');
    expect(r.failed[0]?.reason).toEqual({
      id: 'Usia 65 tahun pada 2026-06-15 (lahir 1961-06-15); batasnya di bawah 65 tahun.',
      en: 'Age 65 on 2026-06-15 (born 1961-06-15); the limit is under 65.',
    });
    const u = undetermined(evaluateEligibility({}, rules, at('2026-06-15')));
    expect(u.outcome).toBe('undetermined');
    expect(u.missingRequirements).toEqual([['birthDate', 'nik']]);
  });
  it('registration age from the NIK when no birth date is given; a stated birth date wins', () => {
    const rules = only(bpuRegistrationAge);
    // 5301014506600001: day 45 → 5th, woman, June 1960 → 65 on 2026-01-15 → ineligible
    const r = ineligible(evaluateEligibility({ nik: '5301014506600001' }, rules, at('2026-01-15')));
    expect(r.outcome).toBe('ineligible');
    expect(r.failed[0]?.reason.en).toBe('Age 65 on 2026-01-15 (born 1960-06-05, from the NIK); the limit is under 65.');
    expect(evaluateEligibility({ nik: '5301014506600001', birthDate: '1970-01-01' }, rules, at('2026-01-15')).outcome).toBe('eligible');
  });
  it('registration age is dated: 56 under Permenaker 1/2016, 65 from 2021-04-01 (assumed start)', () => {
    const rules = only(bpuRegistrationAge);
    const person = { birthDate: '1962-01-01' }; // 57 on 2019-06-01, 59 on 2021-06-01
    expect(evaluateEligibility(person, rules, at('2019-06-01')).outcome).toBe('ineligible');
    expect(evaluateEligibility(person, rules, at('2021-06-01')).outcome).toBe('eligible');
    expect(evaluateEligibility({ birthDate: '1965-01-01' }, rules, at('2020-12-31')).outcome).toBe('eligible'); // 55 < 56
  });
  it('occupations: at most 2 distinct', () => {
    const rules = only(bpuOccupationLimit);
    expect(evaluateEligibility({ occupations: ['nelayan', 'petani'] }, rules, at('2026-01-15')).outcome).toBe('eligible');
    expect(evaluateEligibility({ occupations: ['nelayan', 'nelayan', 'petani'] }, rules, at('2026-01-15')).outcome).toBe('eligible');
    expect(evaluateEligibility({ occupations: ['nelayan', 'petani', 'ojek'] }, rules, at('2026-01-15')).outcome).toBe('ineligible');
    expect(undetermined(evaluateEligibility({}, rules, at('2026-01-15'))).missingFacts).toEqual(['occupations']);
  });
  it('the rule set', () => {
    expect(bpuBasicsRuleSet.ruleIds).toEqual(['bpu.outsideEmploymentRelationship', 'bpu.registrationAge', 'bpu.occupations']);
    expect(bpuBasicsRuleSet.layers).toEqual(['bpu.basics']);
  });
  it('property: the age rule agrees with ageOn and the limit, batch or single', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000 }), fc.integer({ min: 0, max: 3000 }), (bornOffset, asOffset) => {
        const born = new Date(Date.UTC(1930, 0, 1) + bornOffset * 86_400_000).toISOString().slice(0, 10);
        const asOf = new Date(Date.UTC(2021, 3, 1) + asOffset * 86_400_000).toISOString().slice(0, 10);
        fc.pre(born <= asOf);
        const expected = ageOn(calendarDate(born), calendarDate(asOf)) < 65 ? 'eligible' : 'ineligible';
        expect(evaluateEligibility({ birthDate: born }, only(bpuRegistrationAge), { asOf }).outcome).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
