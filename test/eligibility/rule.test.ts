import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCriterion, defineRuleSet, evaluateEligibility, Criterion } from '../../src/index';
import { expectError } from '../helpers';

const basis = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const title = { id: 'Nelayan', en: 'Fisher' };

describe('defineCriterion', () => {
  it('makes a frozen criterion that lists its facts', () => {
    const c = defineCriterion({ id: 'work.fisher', title, basis, facts: { fisher: z.boolean(), boat: z.string().optional() }, test: (f) => f.fisher });
    expect(c).toBeInstanceOf(Criterion);
    expect(c.facts).toEqual(['fisher', 'boat']);
    expect(c.basis).toEqual([basis]);
    expect(c.effective).toEqual({ from: null, to: null });
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('refuses bad definitions with typed errors and paths', () => {
    const ok = { id: 'work.fisher', title, basis, facts: { fisher: z.boolean() }, test: () => true };
    expectError(() => defineCriterion({ ...ok, id: 'Work' }), 'invalid_input', ['criterion', 'id']);
    expectError(() => defineCriterion({ ...ok, id: 'a.constructor' }), 'invalid_input', ['criterion', 'id']);
    expectError(() => defineCriterion({ ...ok, id: 'a.__proto__' }), 'invalid_input', ['criterion', 'id']);
    expectError(() => defineCriterion({ ...ok, title: { id: 'x' } as never }), 'invalid_input', ['criterion', 'title']);
    expectError(() => defineCriterion({ ...ok, basis: [] }), 'invalid_input', ['criterion', 'basis']);
    expectError(() => defineCriterion({ ...ok, effective: { from: '2026-02-30' } }), 'invalid_input', ['criterion', 'effective', 'from']);
    expectError(() => defineCriterion({ ...ok, effective: { from: '2026-02-01', to: '2026-01-01' } }), 'invalid_input', ['criterion', 'effective', 'to']);
    expectError(() => defineCriterion({ ...ok, test: 'yes' as never }), 'invalid_input', ['criterion', 'test']);
    expectError(() => defineCriterion({ ...ok, facts: { fisher: 'boolean' as never } }), 'invalid_input', ['criterion', 'facts', 'fisher']);
    expectError(() => defineCriterion({ ...ok, facts: { constructor: z.boolean() } as never }), 'invalid_input', ['criterion', 'facts', 'constructor']);
    expectError(() => defineCriterion({ ...ok, facts: JSON.parse('{"__proto__": {}}') }), 'invalid_input', ['criterion', 'facts', '__proto__']);
    expectError(() => defineCriterion({ ...ok, extra: 1 } as never), 'invalid_input', ['criterion']);
    expectError(() => defineCriterion(null as never), 'invalid_input', ['criterion']);
  });
});

describe('a criterion at evaluation', () => {
  const asOf = { asOf: '2026-01-15' };
  const rules = (c: Criterion) => defineRuleSet({ id: 'demo', title, rules: [c] });
  it('a missing required fact makes it undetermined before the test runs; null counts as missing', () => {
    let calls = 0;
    const c = defineCriterion({ id: 'work.fisher', title, basis, facts: { fisher: z.boolean() }, test: (f) => (calls++, f.fisher) });
    expect(evaluateEligibility({}, rules(c), asOf).missingFacts).toEqual(['fisher']);
    expect(evaluateEligibility({ fisher: null }, rules(c), asOf).outcome).toBe('undetermined');
    expect(calls).toBe(0);
  });
  it('a malformed fact is a typed error at facts.<name>, not a guess', () => {
    const c = defineCriterion({ id: 'work.fisher', title, basis, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
    expectError(() => evaluateEligibility({ fisher: 'yes' }, rules(c), asOf), 'invalid_input', ['facts', 'fisher']);
  });
  it('facts are read as own properties only', () => {
    const c = defineCriterion({ id: 'work.fisher', title, basis, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
    const inherited = Object.create({ fisher: true }) as Record<string, unknown>;
    expect(evaluateEligibility(inherited, rules(c), asOf).outcome).toBe('undetermined');
  });
  it('a test may answer { missing } with alternatives, or { met, reason }', () => {
    const c = defineCriterion({
      id: 'work.sector', title, basis, facts: { a: z.boolean().optional(), b: z.boolean().optional() },
      test: ({ a, b }) => (a === undefined && b === undefined ? { missing: ['a', 'b'] } : { met: a === true || b === true, reason: { id: 'alasan', en: 'reason' } }),
    });
    const u = evaluateEligibility({}, rules(c), asOf);
    expect(u.missingRequirements).toEqual([['a', 'b']]);
    expect(u.missingFacts).toEqual(['a', 'b']);
    expect(evaluateEligibility({ b: true }, rules(c), asOf).criteria[0]?.reason).toEqual({ id: 'alasan', en: 'reason' });
  });
  it('a test that answers nonsense or throws is a typed error naming the rule', () => {
    const bad = defineCriterion({ id: 'bad.answer', title, basis, facts: {}, test: () => 'yes' as never });
    expectError(() => evaluateEligibility({}, rules(bad), asOf), 'invalid_input', ['ruleSet', 'bad.answer']);
    const empty = defineCriterion({ id: 'bad.missing', title, basis, facts: {}, test: () => ({ missing: [] }) });
    expectError(() => evaluateEligibility({}, rules(empty), asOf), 'invalid_input', ['ruleSet', 'bad.missing']);
    const thrower = defineCriterion({ id: 'bad.throw', title, basis, facts: {}, test: () => { throw new TypeError('boom'); } });
    expectError(() => evaluateEligibility({}, rules(thrower), asOf), 'invalid_input', ['ruleSet', 'bad.throw']);
  });
});
