import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { allOf, anyOf, not, defineCriterion, defineRuleSet, extendRuleSet, evaluateEligibility, bpuBasicsRuleSet, isJamsostekError, type RuleNode } from '../../src/index';
import { expectError } from '../helpers';

const basis = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const asOf = { asOf: '2026-01-15' };
/** A criterion met when fact `name` is true, failed when false, undetermined when missing. */
const flag = (name: string, extra: { effective?: { from?: string; to?: string } } = {}) =>
  defineCriterion({ id: `t.${name}`, title: { id: name, en: name }, basis, facts: { [name]: z.boolean() }, test: (f) => f[name] === true, ...extra });
const set = (rules: RuleNode[]) => defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules });

describe('three-valued composition', () => {
  const value = (v: boolean | undefined) => (v === undefined ? {} : v);
  const outcome = (node: RuleNode, a: boolean | undefined, b: boolean | undefined) => evaluateEligibility({ ...(a === undefined ? {} : { a }), ...(b === undefined ? {} : { b }) }, set([node]), asOf).outcome;
  // Kleene logic: true=eligible, false=ineligible, unknown=undetermined
  const k = (v: boolean | undefined) => (v === undefined ? 'undetermined' : v ? 'eligible' : 'ineligible');
  it('allOf / anyOf / not follow Kleene logic for every combination', () => {
    for (const a of [true, false, undefined]) {
      for (const b of [true, false, undefined]) {
        const and = a === false || b === false ? false : a === undefined || b === undefined ? undefined : true;
        const or = a === true || b === true ? true : a === undefined || b === undefined ? undefined : false;
        expect(outcome(allOf([flag('a'), flag('b')]), a, b), `all ${a} ${b}`).toBe(k(and));
        expect(outcome(anyOf([flag('a'), flag('b')]), a, b), `any ${a} ${b}`).toBe(k(or));
      }
      expect(outcome(not(flag('a')), a, undefined)).toBe(k(a === undefined ? undefined : !a));
    }
    void value;
  });
  it('an ineligible outcome lists only the decisive failures; a met anyOf hides its failed member', () => {
    const rules = set([anyOf([flag('a'), flag('b')], { id: 'g.ab' }), flag('c'), not(flag('d'), { id: 'g.notD' })]);
    const r = evaluateEligibility({ a: false, b: true, c: false, d: true }, rules, asOf);
    expect(r.outcome).toBe('ineligible');
    expect(r.failed.map((f) => f.id)).toEqual(['t.c', 'g.notD']);
    // the not-group has no basis of its own: its member's basis is cited
    expect(r.failed[1]?.basis).toEqual([basis]);
    expect(r.criteria.map((c) => [c.id, c.status, c.depth, c.parent])).toEqual([
      ['g.ab', 'met', 0, null], ['t.a', 'failed', 1, 'g.ab'], ['t.b', 'met', 1, 'g.ab'], ['t.c', 'failed', 0, null], ['g.notD', 'failed', 0, null], ['t.d', 'met', 1, 'g.notD'],
    ]);
  });
  it('undetermined lists exactly the facts that would decide, not those of met or failed branches', () => {
    const rules = set([anyOf([flag('a'), flag('b')]), flag('c')]);
    // a is true: the anyOf is met, so b is not needed; c is missing
    expect(evaluateEligibility({ a: true }, rules, asOf).missingFacts).toEqual(['c']);
    expect(evaluateEligibility({}, rules, asOf).missingFacts).toEqual(['a', 'b', 'c']);
    // one decisive failure: nothing is "missing" any more
    expect(evaluateEligibility({ c: false }, rules, asOf).missingFacts).toEqual([]);
  });
  it('group builders refuse bad input', () => {
    expectError(() => allOf([]), 'invalid_input', ['children']);
    expectError(() => anyOf([{} as never]), 'invalid_input', ['children', 0]);
    expectError(() => not(undefined as never), 'invalid_input', ['children', 0]);
    expectError(() => allOf([flag('a')], { id: 'Bad Id' }), 'invalid_input', ['options', 'id']);
    expectError(() => allOf([flag('a')], { color: 'red' } as never), 'invalid_input', ['options']);
  });
  it('property: not(not(x)) evaluates like x', () => {
    fc.assert(
      fc.property(fc.option(fc.boolean(), { nil: undefined }), (a) => {
        expect(outcome(not(not(flag('a'))), a, undefined)).toBe(outcome(flag('a'), a, undefined));
      }),
    );
  });
});

describe('rule sets and labelled overrides', () => {
  const younger = (id: string, limit: number, effective?: { from?: string; to?: string }) =>
    defineCriterion({
      id: 'bpu.registrationAge', title: { id: `Di bawah ${limit}`, en: `Under ${limit}` }, basis: { instrument: 'Pergub', number: id, year: 2026 },
      facts: { age: z.number().int() }, test: ({ age }) => age < limit, ...(effective === undefined ? {} : { effective }),
    });
  const person = { age: 62, employment: 'self_employed', occupations: ['petani'] };
  it('a province override replaces the national rule; the result records where the decisive rule came from', () => {
    const province = extendRuleSet(bpuBasicsRuleSet, { id: 'prov', title: { id: 'Prov', en: 'Prov' }, overrides: [younger('1', 60)] });
    expect(province.layers).toEqual(['bpu.basics', 'prov']);
    const r = evaluateEligibility(person, province, asOf);
    expect(r.outcome).toBe('ineligible');
    expect(r.failed).toEqual([expect.objectContaining({ id: 'bpu.registrationAge', origin: 'prov' })]);
    const age = r.criteria.find((c) => c.id === 'bpu.registrationAge');
    expect(age?.origin).toBe('prov');
    expect(age?.overridden).toEqual(['bpu.basics']);
    // the national rules it did not override still come from bpu.basics
    expect(r.criteria.find((c) => c.id === 'bpu.occupations')?.origin).toBe('bpu.basics');
    expect(r.explanation.en).toContain('prov overrides bpu.basics');
    expect(r.explanation.id).toContain('prov menggantikan bpu.basics');
  });
  it('a later layer takes precedence over an earlier one (regency on province on national)', () => {
    const province = extendRuleSet(bpuBasicsRuleSet, { id: 'prov', title: { id: 'P', en: 'P' }, overrides: [younger('1', 60)] });
    const regency = extendRuleSet(province, { id: 'kab', title: { id: 'K', en: 'K' }, overrides: [younger('2', 63)] });
    const r = evaluateEligibility(person, regency, asOf);
    expect(r.outcome).toBe('eligible');
    expect(r.criteria[1]).toMatchObject({ id: 'bpu.registrationAge', origin: 'kab', overridden: ['prov', 'bpu.basics'] });
  });
  it('two overrides of the same rule at the same level are a rule_conflict naming both', () => {
    let error: unknown;
    try {
      extendRuleSet(bpuBasicsRuleSet, [
        { id: 'provA', title: { id: 'A', en: 'A' }, overrides: [younger('1', 60)] },
        { id: 'provB', title: { id: 'B', en: 'B' }, overrides: [younger('2', 58)] },
      ]);
    } catch (e) {
      error = e;
    }
    expect(isJamsostekError(error)).toBe(true);
    const issue = (error as { issues: unknown[] }).issues[0];
    expect(issue).toMatchObject({ code: 'rule_conflict', rule: 'bpu.registrationAge', sources: ['provA', 'provB'], path: ['extensions', 1, 'overrides', 0] });
    // also within one layer
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'p', title: { id: 'P', en: 'P' }, overrides: [younger('1', 60), younger('2', 58)] }), 'rule_conflict', ['extensions', 'overrides', 1]);
    // and two same-level additions of one new rule
    expectError(() => extendRuleSet(bpuBasicsRuleSet, [{ id: 'a', title: { id: 'A', en: 'A' }, add: [flag('x')] }, { id: 'b', title: { id: 'B', en: 'B' }, add: [flag('x')] }]), 'rule_conflict', ['extensions', 1, 'add', 0]);
  });
  it('same-level overrides with disjoint effective periods are not a conflict: the one in force applies', () => {
    const both = extendRuleSet(bpuBasicsRuleSet, [
      { id: 'y2025', title: { id: 'A', en: 'A' }, overrides: [younger('1', 60, { to: '2025-12-31' })] },
      { id: 'y2026', title: { id: 'B', en: 'B' }, overrides: [younger('2', 63, { from: '2026-01-01' })] },
    ]);
    expect(evaluateEligibility(person, both, { asOf: '2025-06-01' }).criteria[1]?.origin).toBe('y2025');
    expect(evaluateEligibility(person, both, { asOf: '2025-06-01' }).outcome).toBe('ineligible');
    expect(evaluateEligibility(person, both, asOf).outcome).toBe('eligible');
  });
  it('an override not in force on asOf gives way to the rule it overrides', () => {
    const later = extendRuleSet(bpuBasicsRuleSet, { id: 'prov', title: { id: 'P', en: 'P' }, overrides: [younger('1', 60, { from: '2027-01-01' })] });
    const r = evaluateEligibility({ ...person, birthDate: '1964-01-01' }, later, asOf);
    expect(r.criteria[1]).toMatchObject({ origin: 'bpu.basics', overridden: [] });
    expect(r.outcome).toBe('eligible'); // 62 < 65 under the national rule
  });
  it('a rule not in force on asOf is listed but not applied', () => {
    const rules = set([flag('a'), flag('b', { effective: { from: '2027-01-01' } })]);
    const r = evaluateEligibility({ a: true, b: false }, rules, asOf);
    expect(r.outcome).toBe('eligible');
    expect(r.criteria[1]).toMatchObject({ id: 't.b', status: 'not_in_force' });
    expect(r.criteria[1]?.reason.en).toContain('Not in force on 2026-01-15');
    expect(evaluateEligibility({ a: true, b: false }, rules, { asOf: '2027-01-01' }).outcome).toBe('ineligible');
    // a missing fact of a rule not in force is not asked for
    expect(evaluateEligibility({ a: true }, rules, asOf).outcome).toBe('eligible');
  });
  it('when no rule is in force the rule set does not apply: a typed error, never "eligible"', () => {
    const rules = set([flag('a', { effective: { to: '2020-12-31' } })]);
    expectError(() => evaluateEligibility({ a: true }, rules, asOf), 'invalid_input', ['options', 'asOf']);
  });
  it('adds rules and overrides whole groups', () => {
    const base = set([anyOf([flag('a'), flag('b')], { id: 'g.work' }), flag('c')]);
    const ext = extendRuleSet(base, { id: 'kab', title: { id: 'K', en: 'K' }, overrides: [allOf([flag('d')], { id: 'g.work' })], add: [flag('e')] });
    expect(ext.ruleIds).toEqual(['g.work', 't.a', 't.b', 't.c', 't.d', 't.e']);
    const r = evaluateEligibility({ a: true, c: true, d: false, e: true }, ext, asOf);
    expect(r.failed.map((f) => [f.id, f.origin])).toEqual([['t.d', 'kab']]);
  });
  it('refuses bad rule sets and layers with typed errors', () => {
    expectError(() => defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [] }), 'invalid_input', ['ruleSet', 'rules']);
    expectError(() => defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [flag('a'), flag('a')] }), 'invalid_input', ['ruleSet', 'rules', 1, 'id']);
    expectError(() => defineRuleSet({ id: '__proto__', title: { id: 'D', en: 'D' }, rules: [flag('a')] }), 'invalid_input', ['ruleSet', 'id']);
    expectError(() => extendRuleSet({} as never, { id: 'x', title: { id: 'X', en: 'X' } }), 'invalid_input', ['base']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, overrides: [flag('zz')] }), 'invalid_input', ['extensions', 'overrides', 0, 'id']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, add: [younger('1', 60)] }), 'invalid_input', ['extensions', 'add', 0, 'id']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'bpu.basics', title: { id: 'X', en: 'X' } }), 'invalid_input', ['extensions', 'id']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, overrides: [anyOf([flag('q')])] }), 'invalid_input', ['extensions', 'overrides', 0]);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, JSON.parse('{"id":"x","title":{"id":"X","en":"X"},"__proto__":{"add":[]}}')), 'invalid_input', ['extensions']);
  });
});
