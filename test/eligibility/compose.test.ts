import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { allOf, anyOf, not, defineCriterion, defineRuleSet, extendRuleSet, evaluateEligibility, bpuBasicsRuleSet, isJamsostekError, type RuleNode } from '../../src/index';
import { expectError, thrown } from '../helpers';
import { ineligible, lines, undetermined } from './helpers';

const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const asOf = { asOf: '2026-01-15' };
/** A criterion met when fact `name` is true, failed when false, undetermined when missing. */
const flag = (name: string, extra: { effective?: { from?: string; to?: string } } = {}) =>
  defineCriterion({ id: `t.${name}`, title: { id: name, en: name }, citations, facts: { [name]: z.boolean() }, test: (f) => f[name] === true, ...extra });
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
    const r = ineligible(evaluateEligibility({ a: false, b: true, c: false, d: true }, rules, asOf));
    expect(r.outcome).toBe('ineligible');
    expect(r.failed.map((f) => f.id)).toEqual(['t.c', 'g.notD']);
    // the not-group has no citations of its own: its member's are cited
    expect(r.failed[1]?.citations).toEqual([citations]);
    expect(r.criteria.map((c) => [c.id, c.status, c.depth, c.parent])).toEqual([
      ['g.ab', 'met', 0, null], ['t.a', 'failed', 1, 'g.ab'], ['t.b', 'met', 1, 'g.ab'], ['t.c', 'failed', 0, null], ['g.notD', 'failed', 0, null], ['t.d', 'met', 1, 'g.notD'],
    ]);
  });
  it('undetermined lists exactly the facts that would decide, not those of met or failed branches', () => {
    const rules = set([anyOf([flag('a'), flag('b')]), flag('c')]);
    // a is true: the anyOf is met, so b is not needed; c is missing
    expect(undetermined(evaluateEligibility({ a: true }, rules, asOf)).missingFacts).toEqual(['c']);
    expect(undetermined(evaluateEligibility({}, rules, asOf)).missingFacts).toEqual(['a', 'b', 'c']);
    // one decisive failure: nothing is "missing" any more
    const decided = evaluateEligibility({ c: false }, rules, asOf);
    expect(decided.outcome).toBe('ineligible');
    expect('missingFacts' in decided).toBe(false);
  });
  it('group builders refuse bad input', () => {
    expectError(() => allOf([]), 'invalid_input', ['children']);
    expectError(() => anyOf([{} as never]), 'invalid_input', ['children', 0]);
    expectError(() => not(undefined as never), 'invalid_input', ['child']);
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
      id: 'bpu.registrationAge', title: { id: `Di bawah ${limit}`, en: `Under ${limit}` }, citations: { instrument: 'Pergub', number: id, year: 2026 },
      facts: { age: z.number().int() }, test: ({ age }) => age < limit, ...(effective === undefined ? {} : { effective }),
    });
  const person = { age: 62, employment: 'self_employed', occupations: ['petani'] } as const;
  it('a province override replaces the national rule; the result records where the decisive rule came from', () => {
    const province = extendRuleSet(bpuBasicsRuleSet, { id: 'prov', title: { id: 'Prov', en: 'Prov' }, overrides: [younger('1', 60)] });
    expect(province.layers).toEqual(['bpu.basics', 'prov']);
    const r = ineligible(evaluateEligibility(person, province, asOf));
    expect(r.outcome).toBe('ineligible');
    expect(r.failed).toEqual([expect.objectContaining({ id: 'bpu.registrationAge', origin: 'prov' })]);
    const age = r.criteria.find((c) => c.id === 'bpu.registrationAge');
    expect(age?.origin).toBe('prov');
    expect(age?.overridden).toEqual(['bpu.basics']);
    // the national rules it did not override still come from bpu.basics
    expect(r.criteria.find((c) => c.id === 'bpu.occupations')?.origin).toBe('bpu.basics');
    expect(lines(r).join('\n')).toContain('prov overrides bpu.basics');
    expect(lines(r, 'id').join('\n')).toContain('prov menggantikan bpu.basics');
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
    const r = ineligible(evaluateEligibility({ a: true, c: true, d: false, e: true }, ext, asOf));
    expect(r.failed.map((f) => [f.id, f.origin])).toEqual([['t.d', 'kab']]);
  });
  it('refuses bad rule sets and layers with typed errors', () => {
    expectError(() => defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [] }), 'invalid_input', ['spec', 'rules']);
    expectError(() => defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [flag('a'), flag('a')] }), 'invalid_input', ['spec', 'rules', 1, 'id']);
    expectError(() => defineRuleSet({ id: '__proto__', title: { id: 'D', en: 'D' }, rules: [flag('a')] }), 'invalid_input', ['spec', 'id']);
    expectError(() => extendRuleSet({} as never, { id: 'x', title: { id: 'X', en: 'X' } }), 'invalid_input', ['base']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, overrides: [flag('zz')] }), 'invalid_input', ['extensions', 'overrides', 0, 'id']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, add: [younger('1', 60)] }), 'invalid_input', ['extensions', 'add', 0, 'id']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'bpu.basics', title: { id: 'X', en: 'X' } }), 'invalid_input', ['extensions', 'id']);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, overrides: [anyOf([flag('q')])] }), 'invalid_input', ['extensions', 'overrides', 0]);
    expectError(() => extendRuleSet(bpuBasicsRuleSet, JSON.parse('{"id":"x","title":{"id":"X","en":"X"},"__proto__":{"add":[]}}')), 'invalid_input', ['extensions']);
  });
});

describe('titles, descriptions and rule ids of groups and rule sets', () => {
  const title = { id: 'Judul', en: 'Title' };
  const description = { id: 'Uraian', en: 'Description' };
  it('groups carry the given title, else a default that describes the combination', () => {
    expect(allOf([flag('a')]).title).toEqual({ id: 'Semua kriteria berikut terpenuhi', en: 'All of the following are met' });
    expect(anyOf([flag('a')]).title).toEqual({ id: 'Sekurang-kurangnya satu kriteria berikut terpenuhi', en: 'At least one of the following is met' });
    // not(): "Bukan: " / "Not: " + the member's title (flag('a') is titled 'a' in both languages)
    expect(not(flag('a')).title).toEqual({ id: 'Bukan: a', en: 'Not: a' });
    expect(allOf([flag('a')], { title }).title).toEqual(title);
    expect(anyOf([flag('a')], { title }).title).toEqual(title);
    expect(not(flag('a'), { title }).title).toEqual(title);
  });
  it('defineRuleSet keeps title, description (or null) and lists labelled ids only, in tree order', () => {
    const plain = set([anyOf([flag('a'), flag('b')]), flag('c')]);
    expect(plain.title).toEqual({ id: 'Demo', en: 'Demo' });
    expect(plain.description).toBeNull();
    expect(plain.layers).toEqual(['demo']);
    // the unlabelled anyOf is not an id others could override
    expect(plain.ruleIds).toEqual(['t.a', 't.b', 't.c']);
    const described = defineRuleSet({ id: 'demo', title, description, rules: [flag('a')] });
    expect(described.description).toEqual(description);
    // a duplicate id inside a group is reported at its place in the tree
    expectError(() => set([allOf([flag('a'), flag('a')])]), 'invalid_input', ['spec', 'rules', 0, 'children', 1, 'id']);
  });
  it('extendRuleSet: one layer gives its title and description; several are joined; no description keeps the base one', () => {
    const base = defineRuleSet({ id: 'base', title, description, rules: [anyOf([flag('a'), flag('b')]), flag('c')] });
    const one = extendRuleSet(base, { id: 'l1', title: { id: 'Satu', en: 'One' }, description: { id: 'U1', en: 'D1' } });
    expect(one.id).toBe('l1');
    expect(one.title).toEqual({ id: 'Satu', en: 'One' });
    expect(one.description).toEqual({ id: 'U1', en: 'D1' });
    // unlabelled groups of the base stay out of ruleIds in the copy too
    expect(one.ruleIds).toEqual(['t.a', 't.b', 't.c']);
    const bare = extendRuleSet(base, { id: 'l1', title: { id: 'Satu', en: 'One' } });
    expect(bare.description).toEqual(description);
    const two = extendRuleSet(base, [
      { id: 'l1', title: { id: 'Satu', en: 'One' }, description: { id: 'U1', en: 'D1' } },
      { id: 'l2', title: { id: 'Dua', en: 'Two' } },
    ]);
    expect(two.id).toBe('l1+l2');
    expect(two.layers).toEqual(['base', 'l1+l2']);
    expect(two.title).toEqual({ id: 'Satu + Dua', en: 'One + Two' });
    // with several layers no single description applies: the base's is kept
    expect(two.description).toEqual(description);
  });
  it('an override must name the rule it replaces', () => {
    const e = thrown(() => extendRuleSet(bpuBasicsRuleSet, { id: 'x', title: { id: 'X', en: 'X' }, overrides: [anyOf([flag('q')])] }));
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['extensions', 'overrides', 0], reason: 'missing_id' });
  });
});

describe('additions', () => {
  const base = () => set([flag('a')]);
  const layer = (id: string, add: RuleNode[]) => ({ id, title: { id, en: id }, add });
  it('unlabelled additions are applied, never conflict with each other and get no id', () => {
    const ext = extendRuleSet(base(), layer('l', [allOf([flag('b')]), allOf([flag('c')])]));
    expect(ext.ruleIds).toEqual(['t.a', 't.b', 't.c']);
    expect(evaluateEligibility({ a: true, b: true, c: true }, ext, asOf).outcome).toBe('eligible');
    const r = ineligible(evaluateEligibility({ a: true, b: true, c: false }, ext, asOf));
    expect(r.outcome).toBe('ineligible');
    expect(r.failed.map((f) => f.id)).toEqual(['t.c']);
  });
  it('one new rule added by two layers with disjoint periods is one slot; the one in force applies', () => {
    const ext = extendRuleSet(base(), [
      layer('y2025', [flag('b', { effective: { to: '2025-12-31' } })]),
      layer('y2026', [flag('b', { effective: { from: '2026-01-01' } })]),
    ]);
    expect(ext.ruleIds).toEqual(['t.a', 't.b']);
    const early = ineligible(evaluateEligibility({ a: true, b: false }, ext, { asOf: '2025-06-01' }));
    expect(early.failed.map((f) => [f.id, f.origin])).toEqual([['t.b', 'y2025']]);
    const late = ineligible(evaluateEligibility({ a: true, b: false }, ext, asOf));
    expect(late.failed.map((f) => [f.id, f.origin])).toEqual([['t.b', 'y2026']]);
  });
  it('adding an existing id is refused before any conflict check, even when added twice', () => {
    const e = thrown(() => extendRuleSet(base(), layer('l', [flag('a'), flag('a')])));
    expect(e.code).toBe('invalid_input');
    expect(e.issues[0]).toMatchObject({ path: ['extensions', 'add', 0, 'id'], reason: 'duplicate_rule_id' });
  });
  it('an added rule whose id an added group already uses is a duplicate at its own path', () => {
    expectError(() => extendRuleSet(base(), layer('l', [allOf([flag('x')], { id: 'g.x' }), flag('x')])), 'invalid_input', ['extensions', 'add', 1, 'id']);
    expectError(() => extendRuleSet(base(), layer('l', [allOf([flag('x'), flag('x')])])), 'invalid_input', ['extensions', 'add', 0, 'children', 1, 'id']);
  });
});
