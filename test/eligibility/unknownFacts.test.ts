import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bpuBasicsRuleSet, evaluateEligibility, ntt2026RuleSet, screenCandidates, type CandidateFacts } from '../../src/index';
import { closestName } from '../../src/eligibility/engine/unknownFacts';
import { thrown } from '../helpers';

const asOf = { asOf: '2026-01-15' } as const;
const complete: CandidateFacts = {
  nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2,
  monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true,
};

describe('closestName: the declared fact a misspelt key resembles', () => {
  const facts = ntt2026RuleSet.facts;
  it('one edit, a swap of neighbours, or a difference of case is a misspelling', () => {
    expect(closestName('monthlyIncom', facts)).toBe('monthlyIncome'); // one letter missing
    expect(closestName('monthlyIncomee', facts)).toBe('monthlyIncome'); // one letter extra
    expect(closestName('dtsenDesil', facts)).toBe('dtsenDecile'); // two substitutions in 10 letters: 2 ≤ 10/3
    expect(closestName('emplyoment', facts)).toBe('employment'); // a swap counts as one edit
    expect(closestName('BIRTHDATE', facts)).toBe('birthDate'); // case aside: distance 0
    expect(closestName('nik', facts)).toBe('nik');
  });
  it('a name farther than a third of its letters resembles nothing', () => {
    expect(closestName('income', facts)).toBeUndefined(); // monthlyIncome is 7 letters away
    expect(closestName('name', facts)).toBeUndefined(); // nik: 3 edits, more than max(1, 3/3)
    expect(closestName('id', facts)).toBeUndefined(); // nik: 2 edits for 2 letters
    expect(closestName('x'.repeat(101), facts)).toBeUndefined(); // longer than any fact name: not compared
    expect(closestName('anything', [])).toBeUndefined();
  });
  it('a short name may be one edit away (the floor of one)', () => {
    expect(closestName('nk', facts)).toBe('nik');
    expect(closestName('ni', facts)).toBe('nik');
  });
});

describe('property: a key no criterion reads', () => {
  // Keys that look like fact names (so that the message can suggest one) but are none of the rule set's.
  const key = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,20}$/).filter((k) => !ntt2026RuleSet.facts.includes(k));
  it('is an invalid_input error at its key (reason unknown_fact); with unknownFacts: ignore the outcome is that without it', () => {
    fc.assert(
      fc.property(key, fc.oneof(fc.string(), fc.integer(), fc.constant(null)), (k, v) => {
        const facts = { ...complete, [k]: v };
        const e = thrown(() => evaluateEligibility(facts as never, ntt2026RuleSet, asOf));
        expect(e.issues).toEqual([expect.objectContaining({ code: 'invalid_input', path: ['facts', k], reason: 'unknown_fact' })]);
        const near = closestName(k, ntt2026RuleSet.facts);
        expect(e.issues[0]!.message.includes(`did you mean ${near}?`)).toBe(near !== undefined);
        expect(evaluateEligibility(facts, ntt2026RuleSet, { ...asOf, unknownFacts: 'ignore' })).toEqual(evaluateEligibility(complete, ntt2026RuleSet, asOf));
        // in a roster, at the candidate's index; counted as invalid with onInvalid: 'count'
        const summary = screenCandidates([complete, facts as never], ntt2026RuleSet, { ...asOf, onInvalid: 'count' });
        expect(summary.invalidSamples.map((s) => s.path)).toEqual([['candidates', 1, k]]);
      }),
      { numRuns: 100 },
    );
  });
  it('only own keys count: a key of Object.prototype, or a symbol key, is no fact of the candidate', () => {
    const withSymbol = { ...complete, [Symbol('row')]: 1 };
    expect(evaluateEligibility(withSymbol, ntt2026RuleSet, asOf).outcome).toBe('eligible');
    const inherited = Object.assign(Object.create({ name: 'Ani' }) as object, { employment: 'self_employed', birthDate: '1980-01-01', occupations: ['petani'] });
    expect(evaluateEligibility(inherited as CandidateFacts, bpuBasicsRuleSet, asOf).outcome).toBe('eligible');
  });
  it('at most 10 unknown keys are reported for one candidate', () => {
    const many = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`col${i}`, i]));
    const e = thrown(() => evaluateEligibility({ ...complete, ...many } as never, ntt2026RuleSet, asOf));
    expect(e.issues.map((i) => i.path[1])).toEqual(Array.from({ length: 10 }, (_, i) => `col${i}`));
  });
  it('a Proxy whose key listing throws is a typed error at the facts', () => {
    const hostile = new Proxy({ ...complete }, { ownKeys: () => { throw new RangeError('no keys'); } });
    const e = thrown(() => evaluateEligibility(hostile, ntt2026RuleSet, asOf));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['facts'], reason: 'unreadable' });
  });
});
