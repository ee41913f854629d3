import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allOf, defineCriterion, defineRuleSet, evaluateEligibility, extendRuleSet, type CriterionVerdict, type RuleNode } from '../../src/index';
import { thrown } from '../helpers';

const basis = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const title = { id: 'Judul', en: 'Title' };
const asOf = { asOf: '2026-01-15' };
const set = (rules: RuleNode[]) => defineRuleSet({ id: 'demo', title, rules });
const flag = (id: string, fact: string, effective?: { from?: string; to?: string }) =>
  defineCriterion({ id, title, basis, facts: { [fact]: z.boolean() }, test: (f) => f[fact] === true, ...(effective === undefined ? {} : { effective }) });

describe('compiling a rule set for a date', () => {
  it('a group not in force is listed alone: its members are not compiled', () => {
    const rules = set([flag('t.a', 'a'), allOf([flag('t.b', 'b')], { id: 'g.later', effective: { from: '2027-01-01' } })]);
    expect(evaluateEligibility({ a: true }, rules, asOf).criteria.map((c) => [c.id, c.status])).toEqual([['t.a', 'met'], ['g.later', 'not_in_force']]);
  });
  it('overridden lists only the lower definitions in force on the date', () => {
    // the base rule starts in 2027; the override applies from always: on 2026-01-15 it overrides nothing
    const base = set([flag('t.a', 'a', { from: '2027-01-01' }), flag('t.b', 'b')]);
    const ext = extendRuleSet(base, { id: 'prov', title, overrides: [flag('t.a', 'a')] });
    expect(evaluateEligibility({ a: true, b: true }, ext, asOf).criteria[0]).toMatchObject({ id: 't.a', origin: 'prov', overridden: [] });
    expect(evaluateEligibility({ a: true, b: true }, ext, { asOf: '2027-01-01' }).criteria[0]).toMatchObject({ origin: 'prov', overridden: ['demo'] });
  });
  it('a test sees exactly its declared facts; other keys of the candidate are ignored', () => {
    let keys: string[] = [];
    const c = defineCriterion({ id: 't.a', title, basis, facts: { a: z.boolean(), note: z.string().optional() }, test: (f) => ((keys = Object.keys(f)), f.a) });
    expect(evaluateEligibility({ a: true, undefined: 'x', other: 1 }, set([c]), asOf).outcome).toBe('eligible');
    expect(keys).toEqual(['a', 'note']);
  });
  it('a requirement missing for two criteria is listed once', () => {
    const r = evaluateEligibility({}, set([flag('t.a', 'a'), flag('t.a2', 'a')]), asOf);
    expect(r.missingRequirements).toEqual([['a']]);
  });
});

describe('running a candidate', () => {
  it('refuses facts that are not an object, saying what they are', () => {
    const rules = set([flag('t.a', 'a')]);
    expect(thrown(() => evaluateEligibility(null as never, rules, asOf)).message).toContain('got null');
    expect(thrown(() => evaluateEligibility([] as never, rules, asOf)).message).toContain('got an array');
    expect(thrown(() => evaluateEligibility(5 as never, rules, asOf)).message).toContain('got number');
  });
  it('a verdict that is not true, false, { met } or { missing: [names] } is a rule_error naming the rule', () => {
    const answering = (verdict: unknown) => set([defineCriterion({ id: 'bad.answer', title, basis, facts: {}, test: () => verdict as CriterionVerdict })]);
    for (const verdict of [null, {}, { met: 'yes' }, { missing: ['a', 5] }, { missing: [5] }, Object.assign(() => true, { met: true })]) {
      const e = thrown(() => evaluateEligibility({}, answering(verdict), asOf));
      expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['ruleSet', 'bad.answer'], reason: 'rule_error' });
    }
    expect(thrown(() => evaluateEligibility({}, answering('yes'), asOf)).message).toContain('returned "yes"');
  });
});
