// Regression #13.10: an application that loads the library twice (its ESM and its CJS build side by
// side, or two installed copies) has two sets of classes. A law registry, criterion, group or rule
// set made by one copy must be accepted by the other. Here the second copy is a fresh instance of
// the source modules (vi.resetModules + dynamic import): its classes and symbols-by-identity are
// its own, as a second build's would be. scripts/check-package.mjs checks the built ESM and CJS
// files the same way.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import * as one from '../../src/index';
import { isLawRegistry } from '../../src/law/registry';
import { thrown } from '../helpers';
import { ineligible } from '../eligibility/helpers';

type Library = typeof one;
let two: Library;

beforeAll(async () => {
  vi.resetModules();
  two = (await import('../../src/index')) as Library;
});

const cites = { instrument: 'Practice' as const, number: 'budget assumption', year: 2026 };
const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;

describe('regression #13.10: values made by another copy of the library are accepted', () => {
  it('the second copy really is another copy: other classes, other baseline object', () => {
    expect(two.baselineLaw).not.toBe(one.baselineLaw);
    expect(two.RuleSet).not.toBe(one.RuleSet);
    expect(two.Criterion).not.toBe(one.Criterion);
    expect(two.JamsostekError).not.toBe(one.JamsostekError);
  });

  it('regression #13.10: a law built by one copy\'s withOverlay works in the other copy\'s jpWageCap', () => {
    const law = two.withOverlay(two.baselineLaw, { name: 'Plan 2027', values: { 'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: 11_600_000, status: 'projected', citations: cites }] } });
    // Before the fix: "Expected a LawRegistry" from the other copy.
    expect(one.jpWageCap('2027-03', { law }).cap).toBe(11_600_000);
    expect(isLawRegistry(law)).toBe(true);
    expect(isLawRegistry(two.baselineLaw)).toBe(true);
    // The other way round, and layered further by the other copy.
    const layered = one.withOverlay(law, { name: 'Plan 2028', values: { 'jp.wageCap': [{ from: '2028-03', to: '2029-02', value: 12_000_000, status: 'projected', citations: cites }] } });
    expect(layered.layers).toEqual(['baseline', 'Plan 2027', 'Plan 2028']);
    expect(two.jpWageCap('2028-03', { law: layered }).cap).toBe(12_000_000);
    expect(two.jpWageCap('2027-03', { law: layered }).cap).toBe(11_600_000);
    // A contribution with the other copy's baseline: BPU minimum Rp16,800 (JKK 10,000 + JKM 6,800).
    expect(one.monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-01', { law: two.baselineLaw }).totals.billed).toBe(16_800);
  });

  it('regression #13.10: criteria, groups and rule sets of one copy are rules of the other', () => {
    const fisher = two.defineCriterion({ id: 'work.fisher', title: { id: 'Nelayan', en: 'Fisher' }, citations, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
    const farmer = one.defineCriterion({ id: 'work.farmer', title: { id: 'Petani', en: 'Farmer' }, citations, facts: { farmer: z.boolean() }, test: (f) => f.farmer });
    expect(fisher instanceof one.Criterion && farmer instanceof two.Criterion).toBe(true);
    const group = one.anyOf([fisher, farmer], { id: 'work.sector' });
    const notFisher = two.not(fisher, { id: 'work.notFisher' });
    expect(group instanceof two.RuleGroup && notFisher instanceof one.RuleGroup).toBe(true);
    const rules = one.defineRuleSet({ id: 'mixed', title: { id: 'Campuran', en: 'Mixed' }, rules: [group] });
    expect(rules instanceof two.RuleSet).toBe(true);
    // Evaluated by either copy, with either copy's law.
    expect(two.evaluateEligibility({ fisher: true }, rules, { asOf: '2026-01-15', law: one.baselineLaw }).outcome).toBe('eligible');
    expect(ineligible(one.evaluateEligibility({ fisher: false, farmer: false }, rules, { asOf: '2026-01-15', law: two.baselineLaw })).failed.map((f) => f.id)).toEqual(['work.fisher', 'work.farmer']);
    expect(two.screenCandidates([{ fisher: true }, { farmer: false, fisher: false }, {}], rules, { asOf: '2026-01-15' }).outcomes).toEqual({ eligible: 1, ineligible: 1, undetermined: 1 });
    // A built-in rule set of one copy, extended and evaluated by the other.
    const extended = one.extendRuleSet(two.bpuBasicsRuleSet, { id: 'local', title: { id: 'Lokal', en: 'Local' }, add: [notFisher] });
    expect(extended.layers).toEqual(['bpu.basics', 'local']);
    const candidate = { birthDate: '1990-01-01', employment: 'self_employed', occupations: ['petani'], fisher: true } as const;
    expect(ineligible(two.evaluateEligibility(candidate, extended, { asOf: '2026-01-15' })).failed.map((f) => [f.id, f.origin])).toEqual([['work.notFisher', 'local']]);
  });

  it('regression #13.10: an error of one copy is recognised by the other', () => {
    const error = thrown(() => two.yearMonth('2026-13'));
    expect(one.isJamsostekError(error)).toBe(true);
    expect(error instanceof one.JamsostekError).toBe(false); // instanceof stays class-based for errors: use isJamsostekError
  });

  it('regression #13.10: the brand is not enough without the shape, nor the shape without the brand or at another layout version', () => {
    const brand = (name: string, version: number, shape: object) => Object.assign(Object.create(null) as object, shape, { [Symbol.for(name)]: version });
    const registryShape = { layers: ['baseline'], ids: [], parameter: () => undefined };
    expect(isLawRegistry(brand('jamsostek.LawRegistry', 1, registryShape))).toBe(true); // a structural check, not a security boundary
    expect(isLawRegistry(brand('jamsostek.LawRegistry', 2, registryShape))).toBe(false); // a future layout
    expect(isLawRegistry(brand('jamsostek.LawRegistry', 1, { layers: ['baseline'] }))).toBe(false);
    expect(isLawRegistry(registryShape)).toBe(false);
    expect(thrown(() => one.jpWageCap('2026-01', { law: brand('jamsostek.LawRegistry', 2, registryShape) as never })).path).toEqual(['options', 'law']);
    expect({} instanceof one.RuleSet).toBe(false);
    expect(brand('jamsostek.RuleSet', 1, { id: 'x' }) instanceof one.RuleSet).toBe(false);
    expect(brand('jamsostek.Criterion', 1, { kind: 'criterion', id: 'x' }) instanceof one.Criterion).toBe(false);
    expect((null as unknown) instanceof one.RuleGroup).toBe(false);
    // A revoked proxy throws on every read: it is simply not one of ours.
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(isLawRegistry(proxy)).toBe(false);
    expect(proxy instanceof one.Criterion).toBe(false);
  });
});
