/**
 * The national basics of BPU membership (*kepesertaan bukan penerima upah*): the person works
 * outside an employment relationship, is under the registration age limit in force on the
 * registration date, and registers at most the number of occupations allowed. Typical criteria
 * from the law and BPJS practice; the figures are dated parameters of law.
 *
 * @module
 */
import { fail } from '../../core/errors';
import { hasOwn } from '../../core/validate';
import { cite } from '../../law/citation';
import { cites } from '../../law/sources';
import { ELIGIBILITY_FACTS, type EligibilityFacts } from '../facts';
import { bpuText } from '../messages';
import { readNik } from '../nik';
import { defineCriterion, type Criterion } from '../rule';
import { defineRuleSet, type RuleSet } from '../ruleSet';

const PERMENAKER_5_2021 = cite('Permenaker', '5', 2021, { title: 'Tata Cara Penyelenggaraan Program Jaminan Kecelakaan Kerja, Jaminan Kematian, dan Jaminan Hari Tua' });

/**
 * BPU category: the person works outside an employment relationship (self-employed, an
 * individual employer, or another non-wage worker), not as a wage earner, who is PU and enrolled
 * by the employer. Reads `employment`.
 *
 * @example
 * ```ts
 * import { bpuOutsideEmployment, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [bpuOutsideEmployment] });
 * console.log(evaluateEligibility({ employment: 'wage_earner' }, rules, { asOf: '2026-01-15' }).outcome); // 'ineligible'
 * ```
 */
export const bpuOutsideEmployment: Criterion<Pick<EligibilityFacts, 'employment'>> = defineCriterion({
  id: 'bpu.outsideEmploymentRelationship',
  title: bpuText.outsideEmploymentTitle(),
  citations: [
    cites.pp46('Art. 4(3)', 'BPU categories: individual employers; workers outside an employment relationship or self-employed; other non-wage workers. A wage earner is PU and is enrolled by the employer.'),
    PERMENAKER_5_2021,
  ],
  facts: { employment: ELIGIBILITY_FACTS.employment },
  test: ({ employment }, context) => {
    const met = employment !== 'wage_earner';
    if (!context.explain) return met;
    return { met, reason: met ? bpuText.employment(employment) : bpuText.wageEarner() };
  },
});

/**
 * Age at registration: younger than the limit in force on the registration date (`asOf`):
 * under 65 now (parameter `bpu.registrationAgeLimit`; lower before, see its values). Reads
 * `birthDate`, or the birth date in `nik` when it is absent (the century read against `asOf`).
 *
 * @example
 * ```ts
 * import { bpuRegistrationAge, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [bpuRegistrationAge] });
 * const r = evaluateEligibility({ birthDate: '1961-06-15' }, rules, { asOf: '2026-06-15' });
 * console.log(r.outcome, r.criteria[0]?.reason.en); // 'ineligible' 'Age 65 on 2026-06-15 (born 1961-06-15); the limit is under 65.'
 * ```
 */
export const bpuRegistrationAge: Criterion<Pick<EligibilityFacts, 'birthDate' | 'nik'>> = defineCriterion({
  id: 'bpu.registrationAge',
  title: bpuText.ageTitle(),
  citations: [PERMENAKER_5_2021, cites.perdir22(undefined, 'Registration must not exceed the age limit; a participant past it may continue paying.')],
  facts: { birthDate: ELIGIBILITY_FACTS.birthDate.optional(), nik: ELIGIBILITY_FACTS.nik.optional() },
  test: ({ birthDate, nik }, context) => {
    let born = birthDate;
    let fromNik = false;
    if (born === undefined) {
      if (nik === undefined) return { missing: ['birthDate', 'nik'] };
      const info = readNik(nik, context.asOf);
      if (hasOwn(info, 'reason')) fail({ code: 'invalid_input', path: ['facts', 'nik'], message: info.message, reason: info.reason });
      born = info.birthDate;
      fromNik = true;
    }
    if (born > context.asOf) fail({ code: 'invalid_input', path: ['facts', 'birthDate'], message: `The birth date ${born} is after the screening date ${context.asOf}`, reason: 'too_big' });
    // `ageOn`'s rule (the birthday counts from its own day; 29 February from 1 March), on dates
    // already validated (the fact schema, the NIK reading, asOf): no second validation per candidate.
    const years = Number(context.asOf.slice(0, 4)) - Number(born.slice(0, 4));
    const age = context.asOf.slice(5) >= born.slice(5) ? years : years - 1;
    const limit = context.parameter('bpu.registrationAgeLimit').value;
    const met = age < limit;
    if (!context.explain) return met;
    return { met, reason: bpuText.age(age, context.asOf, born, fromNik, limit) };
  },
});

/**
 * Occupations: at most the number a BPU participant may register (2, parameter
 * `bpu.maxOccupations`). Counts distinct entries of `occupations`.
 *
 * @example
 * ```ts
 * import { bpuOccupationLimit, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [bpuOccupationLimit] });
 * console.log(evaluateEligibility({ occupations: ['nelayan', 'petani', 'ojek'] }, rules, { asOf: '2026-01-15' }).outcome); // 'ineligible'
 * ```
 */
export const bpuOccupationLimit: Criterion<Pick<EligibilityFacts, 'occupations'>> = defineCriterion({
  id: 'bpu.occupations',
  title: bpuText.occupationsTitle(),
  citations: cites.practice('BPJS Ketenagakerjaan BPU brochure', 2026, 'At most 2 occupations per participant (M).'),
  facts: { occupations: ELIGIBILITY_FACTS.occupations },
  test: ({ occupations }, context) => {
    const count = occupations.length < 2 ? occupations.length : new Set(occupations).size;
    const max = context.parameter('bpu.maxOccupations').value;
    if (!context.explain) return count <= max;
    return { met: count <= max, reason: bpuText.occupations(count, max) };
  },
});

/** The facts of {@link bpuBasicsRuleSet}: `employment`, `birthDate`, `nik` and `occupations`. */
export type BpuBasicsFacts = Pick<EligibilityFacts, 'employment' | 'birthDate' | 'nik' | 'occupations'>;

/**
 * The national BPU basics as a rule set (id `bpu.basics`): {@link bpuOutsideEmployment},
 * {@link bpuRegistrationAge} and {@link bpuOccupationLimit}. Regions build on it with
 * `extendRuleSet`. Its facts are `employment`, `birthDate`, `nik` and `occupations`.
 *
 * @example
 * ```ts
 * import { bpuBasicsRuleSet, evaluateEligibility } from 'jamsostek';
 * const r = evaluateEligibility(
 *   { employment: 'self_employed', birthDate: '1980-02-01', occupations: ['petani'] },
 *   bpuBasicsRuleSet,
 *   { asOf: '2026-01-15' },
 * );
 * console.log(r.outcome); // 'eligible'
 * ```
 */
export const bpuBasicsRuleSet: RuleSet<BpuBasicsFacts> = defineRuleSet({
  id: 'bpu.basics',
  title: bpuText.basicsTitle(),
  description: bpuText.basicsDescription(),
  rules: [bpuOutsideEmployment, bpuRegistrationAge, bpuOccupationLimit],
});
