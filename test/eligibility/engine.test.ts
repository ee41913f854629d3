import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allOf, defineCriterion, defineRuleSet, evaluateEligibility, extendRuleSet, type CriterionVerdict, type RuleNode } from '../../src/index';
import { expectError, thrown } from '../helpers';
import { undetermined } from './helpers';

const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const title = { id: 'Judul', en: 'Title' };
const asOf = { asOf: '2026-01-15' };
const set = (rules: RuleNode[]) => defineRuleSet({ id: 'demo', title, rules });
const flag = (id: string, fact: string, effective?: { from?: string; to?: string }) =>
  defineCriterion({ id, title, citations, facts: { [fact]: z.boolean() }, test: (f) => f[fact] === true, ...(effective === undefined ? {} : { effective }) });

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
  it("a test sees exactly its declared facts; other keys of the candidate are an error, or with unknownFacts: 'ignore' skipped", () => {
    let keys: string[] = [];
    const c = defineCriterion({ id: 't.a', title, citations, facts: { a: z.boolean(), note: z.string().optional() }, test: (f) => ((keys = Object.keys(f)), f.a) });
    const rules = defineRuleSet({ id: 'demo', title, rules: [c] });
    expectError(() => evaluateEligibility({ a: true, undefined: 'x', other: 1 } as never, rules, asOf), 'invalid_input', ['facts', 'undefined']);
    expect(evaluateEligibility({ a: true, undefined: 'x', other: 1 }, rules, { ...asOf, unknownFacts: 'ignore' }).outcome).toBe('eligible');
    expect(keys).toEqual(['a', 'note']);
  });
  it('a requirement missing for two criteria is listed once', () => {
    const r = undetermined(evaluateEligibility({}, set([flag('t.a', 'a'), flag('t.a2', 'a')]), asOf));
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
    const answering = (verdict: unknown) => set([defineCriterion({ id: 'bad.answer', title, citations, facts: {}, test: () => verdict as CriterionVerdict })]);
    for (const verdict of [null, {}, { met: 'yes' }, { missing: ['a', 5] }, { missing: [5] }, Object.assign(() => true, { met: true })]) {
      const e = thrown(() => evaluateEligibility({}, answering(verdict), asOf));
      expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['ruleSet', 'bad.answer'], reason: 'rule_error' });
    }
    expect(thrown(() => evaluateEligibility({}, answering('yes'), asOf)).message).toContain('returned "yes"');
  });
  it('regression #13.9: a criterion returning NaN is a typed error that says NaN, never a silent null', () => {
    const answering = (verdict: unknown) => set([defineCriterion({ id: 'bad.answer', title, citations, facts: {}, test: () => verdict as CriterionVerdict })]);
    const message = (verdict: unknown) => {
      const e = thrown(() => evaluateEligibility({}, answering(verdict), asOf));
      expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['ruleSet', 'bad.answer'], reason: 'rule_error' });
      return e.issues[0]!.message;
    };
    const expected = (shown: string) => `Criterion bad.answer returned ${shown}; expected true, false, { met, reason } or { missing: [...] }`;
    // JSON.stringify wrote NaN as "null" and undefined as "undefined" by accident of typeof.
    expect(message(NaN)).toBe(expected('NaN'));
    expect(message({ met: NaN })).toBe(expected('{ met: NaN }'));
    expect(message(undefined)).toBe(expected('undefined'));
    expect(message(0)).toBe(expected('0'));
    expect(message(1n)).toBe(expected('1n')); // JSON.stringify threw a TypeError on a bigint
    const cycle: Record<string, unknown> = { met: 'x' };
    cycle['self'] = cycle;
    expect(message(cycle)).toBe(expected('{ met: "x", self: an object }')); // JSON.stringify threw on a cycle
    expect(message({ a: 1, b: 2, c: 3, d: 4 })).toBe(expected('{ a: 1, b: 2, c: 3, … }'));
    expect(message('x'.repeat(1_000_000))).toBe(expected(`"${'x'.repeat(60)}…"`)); // not a 1 MB message
  });
  it('regression #13.9: a reason that is not text in both languages is the rule\'s typed error', () => {
    const answering = (verdict: unknown) => set([defineCriterion({ id: 'bad.reason', title, citations, facts: {}, test: () => verdict as CriterionVerdict })]);
    for (const verdict of [{ met: true, reason: 'ok' }, { met: false, reason: { id: 'ya' } }, { missing: ['a'], reason: null }]) {
      const e = thrown(() => evaluateEligibility({}, answering(verdict), asOf));
      expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['ruleSet', 'bad.reason'], reason: 'rule_error' });
      expect(e.message).toMatch(/^Criterion bad\.reason gave a reason that is not text in both languages \(\{ id, en \}\)/);
    }
    // A well-formed reason, or none, is kept.
    const ok = evaluateEligibility({}, answering({ met: true, reason: { id: 'Ya', en: 'Yes' } }), asOf);
    expect(ok.criteria[0]!.reason).toEqual({ id: 'Ya', en: 'Yes' });
  });
  it('regression #13.9: a test that throws something without a prototype is a typed error, not a TypeError', () => {
    const throwing = (thrownValue: unknown) =>
      set([
        defineCriterion({
          id: 'bad.throws',
          title,
          citations,
          facts: {},
          test: () => {
            throw thrownValue;
          },
        }),
      ]);
    expect(thrown(() => evaluateEligibility({}, throwing(Object.create(null)), asOf)).message).toBe('Criterion bad.throws failed with an object (at ruleSet.bad.throws)');
    expect(thrown(() => evaluateEligibility({}, throwing(new RangeError('too deep')), asOf)).message).toBe('Criterion bad.throws failed with too deep (at ruleSet.bad.throws)');
    // A huge message is cut to the library's maximum (1,000 characters).
    expect(thrown(() => evaluateEligibility({}, throwing(new Error('y'.repeat(1_000_000))), asOf)).message).toHaveLength(1000);
  });
});
