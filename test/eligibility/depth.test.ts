// Regression #13.7: rules nested thousands of levels deep overflowed the stack (a RangeError from
// defineRuleSet). Rules now nest at most MAX_RULE_DEPTH (64) levels, checked where a tree is built.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  allOf,
  anyOf,
  not,
  defineCriterion,
  defineRuleSet,
  extendRuleSet,
  evaluateEligibility,
  screenCandidates,
  screenEach,
  isJamsostekError,
  MAX_RULE_DEPTH,
  RuleGroup,
  RuleSet,
  type RuleNode,
} from '../../src/index';
import { thrown } from '../helpers';
import { undetermined } from './helpers';

const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const asOf = { asOf: '2026-01-15' };
const flag = (name: string) => defineCriterion({ id: `t.${name}`, title: { id: name, en: name }, citations, facts: { [name]: z.boolean() }, test: (f) => f[name] === true });
const set = (rules: RuleNode[]) => defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules });

/** `node` wrapped in `groups` groups, alternating allOf and not (both keep one member). */
function tower(node: RuleNode, groups: number, label?: (i: number) => string): RuleNode {
  let at = node;
  for (let i = 0; i < groups; i++) {
    const options = label === undefined ? undefined : { id: label(i) };
    at = i % 2 === 0 ? allOf([at], options) : not(at, options);
  }
  return at;
}

/** Whatever `fn` throws (or `undefined`). */
function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('regression #13.7: deep rule nesting is a typed error, never a stack overflow', () => {
  it('the limit is 64 levels: a criterion inside 63 groups', () => {
    expect(MAX_RULE_DEPTH).toBe(64);
  });

  it('regression #13.7: allOf/not about 3,000 deep stops at level 65 with invalid_input, not a RangeError', () => {
    let at: RuleNode = flag('a');
    let error: unknown;
    let built = 1; // levels built so far: the criterion is level 1
    for (let i = 0; i < 3000 && error === undefined; i++) {
      const below = at;
      error = caught(() => {
        at = i % 2 === 0 ? allOf([below]) : not(below);
      });
      if (error === undefined) built++;
    }
    // 63 groups around the criterion make 64 levels; the 64th group (level 65) is refused.
    expect(built).toBe(64);
    expect(isJamsostekError(error)).toBe(true);
    const e = thrown(() => {
      throw error;
    });
    // i = 63 is odd: the refused builder is not(), whose argument is `child`.
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['child'], reason: 'rule_too_deep' });
    expect(e.message).toBe('Rules nest at most 64 levels deep (a criterion inside at most 63 groups); this rule is 64 levels deep: a group around it would be one level too many (at child)');
    // allOf and anyOf name the member at fault.
    expect(thrown(() => allOf([flag('b'), at])).issues[0]).toMatchObject({ path: ['children', 1], reason: 'rule_too_deep' });
    expect(thrown(() => anyOf([at])).issues[0]).toMatchObject({ path: ['children', 0], reason: 'rule_too_deep' });
  });

  it('regression #13.7: a rule set exactly 64 levels deep is built, evaluated and screened', () => {
    const deepest = tower(flag('a'), MAX_RULE_DEPTH - 1);
    const rules = set([deepest]);
    // 63 groups alternate allOf (even i) and not (odd i): 31 nots around a → met iff a is false.
    const met = evaluateEligibility({ a: false }, rules, asOf);
    expect(met.outcome).toBe('eligible');
    expect(met.criteria).toHaveLength(64);
    expect(met.criteria.at(-1)).toMatchObject({ id: 't.a', depth: 63, status: 'failed' });
    expect(evaluateEligibility({ a: true }, rules, asOf).outcome).toBe('ineligible');
    expect(undetermined(evaluateEligibility({}, rules, asOf)).missingFacts).toEqual(['a']);
    const summary = screenCandidates([{ a: true }, { a: false }, {}], rules, asOf);
    expect(summary.outcomes).toEqual({ eligible: 1, ineligible: 1, undetermined: 1 });
    expect([...screenEach([{ a: false }], rules, asOf)].map((c) => c.outcome)).toEqual(['eligible']);
  });

  it('regression #13.7: a tower made with the RuleGroup constructor is refused by defineRuleSet and the builders', () => {
    // The constructor is internal, but public: it can build any height. 5,000 levels here.
    let at: RuleNode = flag('a');
    for (let i = 0; i < 5000; i++) at = new RuleGroup('all', null, { id: 'x', en: 'x' }, [], { from: null, to: null }, [at]);
    const e = thrown(() => set([at]));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['spec', 'rules', 0], reason: 'rule_too_deep' });
    expect(e.message).toBe('Rules nest at most 64 levels deep (a criterion inside at most 63 groups); this rule is more than 64 levels deep (at spec.rules.0)');
    expect(thrown(() => allOf([at])).issues[0]).toMatchObject({ path: ['children', 0], reason: 'rule_too_deep' });
    expect(thrown(() => not(at)).issues[0]).toMatchObject({ path: ['child'], reason: 'rule_too_deep' });
    const base = set([flag('b')]);
    expect(thrown(() => extendRuleSet(base, { id: 'l', title: { id: 'l', en: 'l' }, add: [at] })).issues[0]).toMatchObject({ path: ['extensions', 'add', 0], reason: 'rule_too_deep' });
  });

  it('regression #13.7: a hand-made RuleSet deeper than the limit is refused by its constructor', () => {
    type Slot = RuleSet['root'][number];
    const leaf = flag('a');
    let slot: Slot = { id: 't.a', levels: [[{ node: leaf, origin: 'x', children: [] }]] };
    const group = allOf([leaf]);
    for (let i = 0; i < 3000; i++) slot = { id: 'all(x)', levels: [[{ node: group, origin: 'x', children: [slot] }]] };
    const e = thrown(() => new RuleSet('x', { id: 'x', en: 'x' }, null, ['x'], [slot], []));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['root'], reason: 'rule_too_deep' });
  });

  it('regression #13.7: an override may not push a rule set past the limit', () => {
    // The base: t.b at level 60 (59 labelled groups above it). An override of t.b with a rule 5
    // levels deep reaches level 60 + 5 − 1 = 64 (allowed); 6 levels reach 65 (refused).
    const base = set([tower(flag('b'), 59, (i) => `g.l${i}`)]);
    const layer = (node: RuleNode) => ({ id: 'l', title: { id: 'l', en: 'l' }, overrides: [node] });
    const five = allOf([tower(flag('c'), 3)], { id: 't.b' });
    const fine = extendRuleSet(base, layer(five));
    expect(evaluateEligibility({ c: true }, fine, asOf).criteria.at(-1)).toMatchObject({ id: 't.c', depth: 63 });
    const six = allOf([tower(flag('c'), 4)], { id: 't.b' });
    const e = thrown(() => extendRuleSet(base, layer(six)));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['extensions', 'overrides', 0], reason: 'rule_too_deep' });
    expect(e.message).toBe('Rules nest at most 64 levels deep (a criterion inside at most 63 groups); this rule is 6 levels deep; in place of a rule at level 60, it would pass level 64 (at extensions.overrides.0)');
  });

  it('regression #13.7: a wide tree of unlabelled groups gives a typed error, not a string too long for memory', () => {
    // Reusing one unlabelled group 500 times, 6 times over, names 500^6 leaves: its generated
    // label ("any(any(...") would be far longer than any string; the label is cut at 200
    // characters and the repeated criterion is reported as a duplicate id.
    let wide: RuleNode = anyOf([flag('a'), flag('b')]);
    for (let i = 0; i < 6; i++) wide = anyOf(Array.from({ length: 500 }, () => wide));
    const e = thrown(() => set([wide]));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', reason: 'duplicate_rule_id' });
    // One unlabelled group: its label is the kind and its members' labels, cut at 200 characters.
    const many = anyOf(Array.from({ length: 40 }, (_, i) => flag(`f${i}`)));
    const label = evaluateEligibility({}, set([many]), asOf).criteria[0]!.id;
    expect(label).toHaveLength(200);
    expect(label.startsWith('any(t.f0,t.f1,')).toBe(true);
    expect(label.endsWith('…)')).toBe(true);
  });
});
