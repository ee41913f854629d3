import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCriterion, defineRuleSet, evaluateEligibility, extendRuleSet, Criterion, RuleIdSchema, EffectivePeriodSchema, CitationsSchema, type RuleSet } from '../../src/index';
import { expectError, thrown } from '../helpers';
import { undetermined } from './helpers';

const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const title = { id: 'Nelayan', en: 'Fisher' };

describe('defineCriterion', () => {
  it('makes a frozen criterion that lists its facts', () => {
    const c = defineCriterion({ id: 'work.fisher', title, citations, facts: { fisher: z.boolean(), boat: z.string().optional() }, test: (f) => f.fisher });
    expect(c).toBeInstanceOf(Criterion);
    expect(c.facts).toEqual(['fisher', 'boat']);
    expect(c.citations).toEqual([citations]);
    expect(c.effective).toEqual({ from: null, to: null });
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('refuses bad definitions with typed errors and paths', () => {
    const ok = { id: 'work.fisher', title, citations, facts: { fisher: z.boolean() }, test: () => true };
    expectError(() => defineCriterion({ ...ok, id: 'Work' }), 'invalid_input', ['spec', 'id']);
    expectError(() => defineCriterion({ ...ok, id: 'a.constructor' }), 'invalid_input', ['spec', 'id']);
    expectError(() => defineCriterion({ ...ok, id: 'a.__proto__' }), 'invalid_input', ['spec', 'id']);
    expectError(() => defineCriterion({ ...ok, title: { id: 'x' } as never }), 'invalid_input', ['spec', 'title']);
    expectError(() => defineCriterion({ ...ok, citations: [] }), 'invalid_input', ['spec', 'citations']);
    expectError(() => defineCriterion({ ...ok, effective: { from: '2026-02-30' } }), 'invalid_input', ['spec', 'effective', 'from']);
    expectError(() => defineCriterion({ ...ok, effective: { from: '2026-02-01', to: '2026-01-01' } }), 'invalid_input', ['spec', 'effective', 'to']);
    expectError(() => defineCriterion({ ...ok, test: 'yes' as never }), 'invalid_input', ['spec', 'test']);
    expectError(() => defineCriterion({ ...ok, facts: { fisher: 'boolean' as never } }), 'invalid_input', ['spec', 'facts', 'fisher']);
    expectError(() => defineCriterion({ ...ok, facts: { constructor: z.boolean() } as never }), 'invalid_input', ['spec', 'facts', 'constructor']);
    expectError(() => defineCriterion({ ...ok, facts: JSON.parse('{"__proto__": {}}') }), 'invalid_input', ['spec', 'facts', '__proto__']);
    expectError(() => defineCriterion({ ...ok, extra: 1 } as never), 'invalid_input', ['spec']);
    expectError(() => defineCriterion(null as never), 'invalid_input', ['spec']);
  });
});

describe('a criterion at evaluation', () => {
  const asOf = { asOf: '2026-01-15' };
  const rules = (c: Criterion) => defineRuleSet({ id: 'demo', title, rules: [c] });
  it('a missing required fact makes it undetermined before the test runs; null counts as missing', () => {
    let calls = 0;
    const c = defineCriterion({ id: 'work.fisher', title, citations, facts: { fisher: z.boolean() }, test: (f) => (calls++, f.fisher) });
    expect(undetermined(evaluateEligibility({}, rules(c), asOf)).missingFacts).toEqual(['fisher']);
    expect(evaluateEligibility({ fisher: null }, rules(c), asOf).outcome).toBe('undetermined');
    expect(calls).toBe(0);
  });
  it('a malformed fact is a typed error at facts.<name>, not a guess', () => {
    const c = defineCriterion({ id: 'work.fisher', title, citations, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
    expectError(() => evaluateEligibility({ fisher: 'yes' }, rules(c), asOf), 'invalid_input', ['facts', 'fisher']);
  });
  it('facts are read as own properties only', () => {
    const c = defineCriterion({ id: 'work.fisher', title, citations, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
    const inherited = Object.create({ fisher: true }) as Record<string, unknown>;
    expect(evaluateEligibility(inherited, rules(c), asOf).outcome).toBe('undetermined');
  });
  it('a test may answer { missing } with alternatives, or { met, reason }', () => {
    const c = defineCriterion({
      id: 'work.sector', title, citations, facts: { a: z.boolean().optional(), b: z.boolean().optional() },
      test: ({ a, b }) => (a === undefined && b === undefined ? { missing: ['a', 'b'] } : { met: a === true || b === true, reason: { id: 'alasan', en: 'reason' } }),
    });
    const u = undetermined(evaluateEligibility({}, rules(c), asOf));
    expect(u.missingRequirements).toEqual([['a', 'b']]);
    expect(u.missingFacts).toEqual(['a', 'b']);
    expect(evaluateEligibility({ b: true }, rules(c), asOf).criteria[0]?.reason).toEqual({ id: 'alasan', en: 'reason' });
  });
  it('a test that answers nonsense or throws is a typed error naming the rule', () => {
    const bad = defineCriterion({ id: 'bad.answer', title, citations, facts: {}, test: () => 'yes' as never });
    expectError(() => evaluateEligibility({}, rules(bad), asOf), 'invalid_input', ['ruleSet', 'bad.answer']);
    const empty = defineCriterion({ id: 'bad.missing', title, citations, facts: {}, test: () => ({ missing: [] }) });
    expectError(() => evaluateEligibility({}, rules(empty), asOf), 'invalid_input', ['ruleSet', 'bad.missing']);
    const thrower = defineCriterion({ id: 'bad.throw', title, citations, facts: {}, test: () => { throw new TypeError('boom'); } });
    expectError(() => evaluateEligibility({}, rules(thrower), asOf), 'invalid_input', ['ruleSet', 'bad.throw']);
  });
});

describe('names, ids and fact declarations', () => {
  const ok = { id: 'work.fisher', title, citations, facts: { fisher: z.boolean() }, test: () => true };
  it('RuleIdSchema refuses a malformed id with a custom issue that explains the form', () => {
    const r = RuleIdSchema.safeParse('Work.fisher');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('custom');
    expect(r.error?.issues[0]?.message).toContain('A rule id is one or more dot-separated names');
  });
  it('a fact name must start with a lowercase letter and hold letters, digits and _ only', () => {
    for (const name of ['Fisher', 'a-b', '1st']) {
      const e = thrown(() => defineCriterion({ ...ok, facts: { [name]: z.boolean() } }));
      expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['spec', 'facts', name], reason: 'invalid_fact_name' });
    }
  });
  it('facts must be a plain object: null, a string or an array is refused at spec.facts', () => {
    for (const facts of [null, '', [], [z.boolean()]]) {
      const e = thrown(() => defineCriterion({ ...ok, facts: facts as never }));
      expect(e.code).toBe('invalid_input');
      expect(e.path).toEqual(['spec', 'facts']);
    }
  });
  it('each fact must be a zod schema: look-alikes are refused as invalid_type', () => {
    const lookAlikes: unknown[] = [null, {}, { _zod: {} }, { safeParse: () => ({ success: true }) }, Object.assign(() => true, { safeParse: () => ({ success: true }), _zod: {} })];
    for (const schema of lookAlikes) {
      const e = thrown(() => defineCriterion({ ...ok, facts: { x: schema as never } }));
      expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['spec', 'facts', 'x'], reason: 'invalid_type' });
    }
  });
});

describe('effective periods', () => {
  const asOf = { asOf: '2026-01-15' };
  const rule = (effective: { from?: string; to?: string }, n = '1') =>
    defineCriterion({ id: 'work.fisher', title, citations: { instrument: 'Perbup', number: n, year: 2026 }, facts: { fisher: z.boolean() }, test: (f) => f.fisher, effective });
  it('a one-day period is valid; both bounds are inclusive', () => {
    expect(EffectivePeriodSchema.parse({ from: '2026-01-15', to: '2026-01-15' })).toEqual({ from: '2026-01-15', to: '2026-01-15' });
    const rules = defineRuleSet({ id: 'demo', title, rules: [rule({ from: '2026-01-15', to: '2026-01-15' })] });
    // in force on its only day: fisher false decides
    expect(evaluateEligibility({ fisher: false }, rules, asOf).outcome).toBe('ineligible');
    const lastDay = defineRuleSet({ id: 'demo', title, rules: [rule({ to: '2026-01-15' }), defineCriterion({ id: 'work.other', title, citations, facts: {}, test: () => true })] });
    expect(evaluateEligibility({ fisher: false }, lastDay, asOf).outcome).toBe('ineligible');
    expect(evaluateEligibility({ fisher: false }, lastDay, { asOf: '2026-01-16' }).outcome).toBe('eligible');
  });
  describe('same-level definitions conflict exactly when their periods share a day', () => {
    const base: RuleSet = defineRuleSet({ id: 'demo', title, rules: [rule({})] });
    const layers = (a: { from?: string; to?: string }, b: { from?: string; to?: string }) => () =>
      extendRuleSet(base, [
        { id: 'la', title, overrides: [rule(a, '2')] },
        { id: 'lb', title, overrides: [rule(b, '3')] },
      ]);
    it('disjoint in either order: no conflict', () => {
      expect(layers({ from: '2026-01-01' }, { to: '2025-12-31' })().layers).toEqual(['demo', 'la+lb']);
      expect(layers({ to: '2025-12-31' }, { from: '2026-01-01' })().layers).toEqual(['demo', 'la+lb']);
      expect(layers({ from: '2026-01-01', to: '2026-06-30' }, { from: '2025-01-01', to: '2025-12-31' })().layers).toEqual(['demo', 'la+lb']);
    });
    it('one shared day (the end of one is the start of the other), in either order, is a rule_conflict', () => {
      expectError(layers({ from: '2025-12-31' }, { to: '2025-12-31' }), 'rule_conflict', ['extensions', 1, 'overrides', 0]);
      expectError(layers({ to: '2025-12-31' }, { from: '2025-12-31' }), 'rule_conflict', ['extensions', 1, 'overrides', 0]);
    });
    it('closed periods that overlap in the middle are a rule_conflict', () => {
      expectError(layers({ from: '2025-01-01', to: '2026-12-31' }, { from: '2026-01-01', to: '2027-12-31' }), 'rule_conflict', ['extensions', 1, 'overrides', 0]);
      expectError(layers({ from: '2026-01-01', to: '2027-12-31' }, { from: '2025-01-01', to: '2026-12-31' }), 'rule_conflict', ['extensions', 1, 'overrides', 0]);
    });
  });
});

describe('CitationsSchema', () => {
  it('takes one citation or 1 to 20, and gives a frozen list', () => {
    const one = CitationsSchema.parse(citations);
    expect(one).toEqual([citations]);
    expect(Object.isFrozen(one) && Object.isFrozen(one[0])).toBe(true);
    expect(CitationsSchema.parse(Array.from({ length: 20 }, () => citations))).toHaveLength(20);
    for (const bad of [[], Array.from({ length: 21 }, () => citations), { instrument: 'Bylaw', number: '1', year: 2026 }, 'Perbup 7/2026']) {
      expect(CitationsSchema.safeParse(bad).success).toBe(false);
    }
  });
});
