// Type tests: `tsc -p tsconfig.test.json` checks them (vitest runs the few runtime assertions).
// Results narrow on `outcome`; facts are typed from the rule set, so a misspelt fact is a compile
// error (and, at run time, a typed error: see evaluate.test.ts).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  allOf,
  anyOf,
  bpuBasicsRuleSet,
  defineCriterion,
  defineRuleSet,
  ELIGIBILITY_FACTS,
  evaluateEligibility,
  extendRuleSet,
  not,
  ntt2026RuleSet,
  screenCandidates,
  screenEach,
  type BpuBasicsFacts,
  type CandidateFacts,
  type CriterionResult,
  type EligibilityFacts,
  type EligibilityResult,
  type FactValues,
  type FailedCriterion,
  type RuleNode,
  type RuleSet,
  type ScreenedCandidate,
} from '../../src/index';
import type { LawUsed } from '../../src/law/lawUsed';
import type { ExplanationStep } from '../../src/law/explanation';
import type { Citation } from '../../src/law/citation';

/** One object type (as the library shows merged facts). */
type Flat<T> = { [K in keyof T]: T[K] } & {};

const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const asOf = { asOf: '2026-01-15' } as const;
const fisher = defineCriterion({ id: 'work.fisher', title: { id: 'Nelayan', en: 'Fisher' }, citations, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
const age = defineCriterion({ id: 'work.age', title: { id: 'Usia', en: 'Age' }, citations, facts: { age: z.number().int(), note: z.string().optional() }, test: (f) => f.age >= 18 });

describe('types: results narrow on outcome', () => {
  it('each outcome has its own fields, and only those', () => {
    const r = evaluateEligibility({ fisher: true }, defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [fisher] }), asOf);
    expectTypeOf(r).toEqualTypeOf<EligibilityResult>();
    expectTypeOf(r.lawUsed).toEqualTypeOf<readonly LawUsed[]>();
    expectTypeOf(r.citations).toEqualTypeOf<readonly Citation[]>();
    expectTypeOf(r.explanation).toEqualTypeOf<readonly ExplanationStep[]>();
    if (r.outcome === 'eligible') {
      expectTypeOf(r).not.toHaveProperty('failed');
      expectTypeOf(r).not.toHaveProperty('missingFacts');
      expectTypeOf(r).not.toHaveProperty('missingRequirements');
    } else if (r.outcome === 'ineligible') {
      expectTypeOf(r.failed).toEqualTypeOf<readonly FailedCriterion[]>();
      expectTypeOf(r).not.toHaveProperty('missingFacts');
    } else {
      expectTypeOf(r.outcome).toEqualTypeOf<'undetermined'>();
      expectTypeOf(r.missingFacts).toEqualTypeOf<readonly string[]>();
      expectTypeOf(r.missingRequirements).toEqualTypeOf<readonly (readonly string[])[]>();
      expectTypeOf(r).not.toHaveProperty('failed');
    }
    // at run time too: an eligible result carries neither `failed` nor `missingFacts`
    expect(Object.keys(r).sort()).toEqual(['asOf', 'citations', 'criteria', 'explanation', 'lawUsed', 'outcome', 'ruleSet']);
  });
  it('a criterion result has missingRequirements only when undetermined', () => {
    expectTypeOf<Extract<CriterionResult, { status: 'undetermined' }>['missingRequirements']>().toEqualTypeOf<readonly (readonly string[])[]>();
    const decided = (c: CriterionResult): void => {
      if (c.status !== 'undetermined') expectTypeOf(c).not.toHaveProperty('missingRequirements');
    };
    expect(typeof decided).toBe('function');
  });
  it('a screened candidate has failed only when ineligible, missingFacts only when undetermined, error only when invalid', () => {
    type Of<O> = Extract<ScreenedCandidate, { outcome: O }>;
    expectTypeOf<Of<'eligible'>>().not.toHaveProperty('failed');
    expectTypeOf<Of<'eligible'>>().not.toHaveProperty('missingFacts');
    expectTypeOf<Of<'ineligible'>['failed']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Of<'ineligible'>>().not.toHaveProperty('missingFacts');
    expectTypeOf<Of<'undetermined'>['missingFacts']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<Of<'undetermined'>>().not.toHaveProperty('failed');
    expectTypeOf<Of<'invalid'>['error']['path']>().toEqualTypeOf<readonly (string | number)[]>();
  });
});

describe('types: facts are typed from the rule set', () => {
  it('a criterion, a group and a rule set carry the facts of their rules', () => {
    const rules = defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [anyOf([fisher, not(age)])] });
    expectTypeOf(rules).toEqualTypeOf<RuleSet<{ readonly fisher: boolean; readonly age: number; readonly note: string }>>();
    expectTypeOf(allOf([fisher, age])).toEqualTypeOf<ReturnType<typeof allOf<[typeof fisher, typeof age]>>>();
    // the built-in facts, as a caller gives them, are the facts the built-in schemas declare
    expectTypeOf<FactValues<typeof ELIGIBILITY_FACTS>>().toEqualTypeOf<{ readonly [K in keyof EligibilityFacts]: EligibilityFacts[K] }>();
    expectTypeOf(bpuBasicsRuleSet).toEqualTypeOf<RuleSet<BpuBasicsFacts>>();
    expectTypeOf(ntt2026RuleSet).toEqualTypeOf<RuleSet<EligibilityFacts>>();
    expectTypeOf<CandidateFacts>().toEqualTypeOf<CandidateFacts<EligibilityFacts>>();
  });
  it('extendRuleSet adds the facts of the rules a layer writes', () => {
    const extended = extendRuleSet(bpuBasicsRuleSet, { id: 'kab', title: { id: 'K', en: 'K' }, overrides: [defineCriterion({ id: 'bpu.registrationAge', title: { id: 'Usia', en: 'Age' }, citations, facts: { age: z.number() }, test: () => true })], add: [fisher] });
    expectTypeOf(extended).toEqualTypeOf<RuleSet<Flat<BpuBasicsFacts & { readonly age: number; readonly fisher: boolean }>>>();
    evaluateEligibility({ age: 40, fisher: true, employment: 'self_employed' }, extended, asOf);
  });
  it('a misspelt or unknown fact does not compile; a mistyped one neither', () => {
    const rules = defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [fisher, age] });
    const typo = () =>
      // @ts-expect-error `fishr` is no fact of the rule set
      evaluateEligibility({ fishr: true }, rules, asOf);
    const wrongType = () =>
      // @ts-expect-error `age` is a number
      evaluateEligibility({ age: '40' }, rules, asOf);
    const nttTypo = () =>
      // @ts-expect-error the fact is monthlyIncome
      evaluateEligibility({ monthlyIncom: 1_200_000 }, ntt2026RuleSet, asOf);
    const badEnum = () =>
      // @ts-expect-error employment values are snake_case
      evaluateEligibility({ employment: 'selfEmployed' }, bpuBasicsRuleSet, asOf);
    const roster = () =>
      // @ts-expect-error a roster's candidates are typed too
      screenCandidates([{ fisher: true, name: 'Ani' }], rules, asOf);
    const each = () =>
      // @ts-expect-error so are screenEach's
      screenEach([{ fisher: true, name: 'Ani' }], rules, asOf);
    expect([typo, wrongType, nttTypo, badEnum, roster, each].length).toBe(6);
  });
  it("with unknownFacts: 'ignore', other keys are allowed; the declared ones stay typed", () => {
    const rules = defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [fisher] });
    expect(evaluateEligibility({ fisher: true, name: 'Ani' }, rules, { ...asOf, unknownFacts: 'ignore' }).outcome).toBe('eligible');
    expect(screenCandidates([{ fisher: true, rowId: 7 }], rules, { ...asOf, unknownFacts: 'ignore' }).outcomes.eligible).toBe(1);
    const wrongType = () =>
      // @ts-expect-error `fisher` is still a boolean
      evaluateEligibility({ fisher: 'yes', name: 'Ani' }, rules, { ...asOf, unknownFacts: 'ignore' });
    expect(typeof wrongType).toBe('function');
  });
  it('missing facts are absent, undefined or null: every fact is optional', () => {
    const rules = defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [fisher, age] });
    expect(evaluateEligibility({ fisher: null, age: undefined }, rules, asOf).outcome).toBe('undetermined');
    expect(evaluateEligibility({}, ntt2026RuleSet, asOf).outcome).toBe('undetermined');
    // read-only data (as const, a frozen record) is accepted
    const frozen = { employment: 'self_employed', occupations: ['nelayan'], otherGovernmentFunding: [] } as const;
    expect(evaluateEligibility(frozen, ntt2026RuleSet, asOf).outcome).toBe('undetermined');
  });
  it('rules typed only as RuleNode (built dynamically) take facts of any name; the run-time check remains', () => {
    const nodes: RuleNode[] = [fisher, age];
    const rules = defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: nodes });
    expectTypeOf(rules).toEqualTypeOf<RuleSet<{ readonly [x: string]: unknown }>>();
    expect(evaluateEligibility({ fisher: true, age: 20 }, rules, asOf).outcome).toBe('eligible');
  });
});
