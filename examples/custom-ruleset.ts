/**
 * Extending the eligibility rules: a regency builds its own rule set on the NTT 2026 preset,
 * overrides one national criterion, adds one of its own, and checks the result with the same
 * tooling the library uses. Run it with `npx tsx examples/custom-ruleset.ts`.
 *
 * In your own project, import from 'jamsostek' instead of '../src/index'.
 */
import { z } from 'zod';
import { defineCriterion, extendRuleSet, evaluateEligibility, screenCandidates, ntt2026RuleSet, ELIGIBILITY_FACTS, formatCitation, isJamsostekError, type CandidateFacts, type EligibilityFacts } from '../src/index';

// 1. The regency's legal basis (its citations): its own regulation (here an invented example).
const perbup = { instrument: 'Perbup', number: '12', year: 2026, title: 'Bantuan iuran Jamsostek pekerja rentan (contoh)' } as const;

// 2. A new criterion: the regency funds fishers and farm labourers only. It reads a fact the
//    library already knows (`occupations`), with the library's own schema.
const fishersAndFarmers = defineCriterion({
  id: 'kab.occupationSector',
  title: { id: 'Nelayan atau buruh tani', en: 'Fisher or farm labourer' },
  citations: { ...perbup, article: 'Pasal 4' },
  facts: { occupations: ELIGIBILITY_FACTS.occupations },
  test: ({ occupations }) => {
    const met = occupations.some((o) => o === 'nelayan' || o === 'buruh tani');
    return { met, reason: { id: `Pekerjaan: ${occupations.join(', ')}.`, en: `Occupations: ${occupations.join(', ')}.` } };
  },
});

// 3. An override of a national criterion, by its label `bpu.registrationAge`: the regency admits
//    people aged 18 to 59 on the screening date. It reads its own fact `age` (a zod schema).
const ageRange = defineCriterion({
  id: 'bpu.registrationAge',
  title: { id: 'Berusia 18 sampai 59 tahun', en: 'Aged 18 to 59' },
  citations: { ...perbup, article: 'Pasal 3' },
  facts: { age: z.number().int().min(0).max(130) },
  test: ({ age }) => ({ met: age >= 18 && age <= 59, reason: { id: `Usia ${age} tahun.`, en: `Age ${age}.` } }),
});

const regency = extendRuleSet(ntt2026RuleSet, {
  id: 'kab5310',
  title: { id: 'Bantuan iuran Kabupaten 53.10 (contoh)', en: 'Regency 53.10 assistance (example)' },
  overrides: [ageRange],
  add: [fishersAndFarmers],
});
console.log('layers:', regency.layers.join(' → '));
// The regency's rule set reads the NTT facts and `age`: its facts are typed from its criteria.
console.log('facts:', regency.facts.join(', '));

// 4. Screen one person, and read why. The facts are typed from the rule set: a misspelt fact
//    (`monthlyIncom`) does not compile, and at run time is a typed error that suggests the right name.
type RegencyFacts = CandidateFacts<{ readonly age: number } & EligibilityFacts>;
const person: RegencyFacts = {
  nik: '5310044707900001', age: 35, employment: 'self_employed', occupations: ['ojek'],
  dtsenDecile: 3, monthlyIncome: 1_500_000, otherGovernmentFunding: [], activeInformalWork: true,
};
const result = evaluateEligibility(person, regency, { asOf: '2026-01-15' });
console.log(result.outcome); // ineligible: a motorcycle-taxi driver is neither fisher nor farm labourer
for (const step of result.explanation) {
  const cited = step.citations.map(formatCitation).join('; ');
  console.log(cited === '' ? step.text.en : `${step.text.en} (${cited})`);
}
console.log(result.criteria.find((c) => c.id === 'bpu.registrationAge')); // origin 'kab5310', overridden ['bpu.basics']

// 5. Test the rule set the way the library tests its own: exact expectations, three outcomes
//    per criterion, and a batch whose counts you can reason about.
function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  console.log(`ok - ${what}`);
}
const asOf = { asOf: '2026-01-15' };
expectEqual(evaluateEligibility({ ...person, occupations: ['nelayan'] }, regency, asOf).outcome, 'eligible', 'a fisher is eligible');
const tooOld = evaluateEligibility({ ...person, age: 60, occupations: ['nelayan'] }, regency, asOf);
expectEqual(tooOld.outcome === 'ineligible' ? tooOld.failed.map((f) => [f.id, f.origin]) : tooOld.outcome, [['bpu.registrationAge', 'kab5310']], 'age 60 fails the regency range');
const unknownAge = evaluateEligibility({ ...person, age: undefined, occupations: ['nelayan'] }, regency, asOf);
expectEqual(unknownAge.outcome === 'undetermined' ? unknownAge.missingFacts : unknownAge.outcome, ['age'], 'without age, the form asks for age');
function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (isJamsostekError(error)) {
      const issue = error.issues[0];
      return [error.code, error.path, issue !== undefined && 'reason' in issue ? issue.reason : undefined];
    }
  }
  return 'no error';
}
expectEqual(errorOf(() => evaluateEligibility({ ...person, age: 'thirty' } as never, regency, asOf)), ['invalid_input', ['facts', 'age'], 'invalid_type'], 'a malformed age is a typed error');
expectEqual(errorOf(() => evaluateEligibility({ ...person, umur: 35 } as never, regency, asOf)), ['invalid_input', ['facts', 'umur'], 'unknown_fact'], 'a fact no rule reads is a typed error');
// A roster with an extra column (a row id): `unknownFacts: 'ignore'` says so explicitly.
const roster = Array.from({ length: 1000 }, (_, i) => ({ ...person, rowId: i, age: 16 + (i % 50), occupations: [i % 2 === 0 ? 'nelayan' : 'ojek'] }));
const summary = screenCandidates(roster, regency, { ...asOf, unknownFacts: 'ignore' });
// ages 16..65 cycle; 18..59 is 42 of 50 ages; even i are fishers: 1000 / 2 × 42 / 50 = 420 eligible
expectEqual(summary.outcomes, { eligible: 420, ineligible: 580, undetermined: 0 }, 'batch counts');
console.log(summary.failedByCriterion.filter((f) => f.count > 0).map((f) => `${f.id} (${f.origin}): ${f.count}`).join('\n'));
