import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateEligibility, ntt2026RuleSet, bpuBasicsRuleSet, bpuRegistrationAge, defineRuleSet, withOverlay, baselineLaw, formatCitation, allOf, anyOf, not, defineCriterion, type Citation } from '../../src/index';
import { expectError } from '../helpers';

const asOf = { asOf: '2026-01-15' };
const complete = {
  nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2,
  monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true,
} as const;

describe('evaluateEligibility', () => {
  it('eligible: every criterion met, in order, with origins', () => {
    const r = evaluateEligibility(complete, ntt2026RuleSet, asOf);
    expect(r.outcome).toBe('eligible');
    expect(r.criteria.map((c) => [c.id, c.status, c.origin])).toEqual([
      ['bpu.outsideEmploymentRelationship', 'met', 'bpu.basics'],
      ['bpu.registrationAge', 'met', 'bpu.basics'],
      ['bpu.occupations', 'met', 'bpu.basics'],
      ['assistance.domicile', 'met', 'ntt2026'],
      ['assistance.dtsenDecile', 'met', 'ntt2026'],
      ['assistance.income', 'met', 'ntt2026'],
      ['assistance.notFundedElsewhere', 'met', 'ntt2026'],
      ['assistance.activeInformalWork', 'met', 'ntt2026'],
    ]);
    expect(r.failed).toEqual([]);
    expect(r.missingFacts).toEqual([]);
    // the two parameters of law read, with their citations
    expect(r.law.map((l) => [l.parameter, l.value])).toEqual([['bpu.maxOccupations', 'at most 2 occupations'], ['bpu.registrationAgeLimit', 'under 65 years at registration']]);
    expect(r.explanation.en.split('\n')[0]).toBe('Eligible for "NTT province contribution assistance for vulnerable workers, 2026" as of 2026-01-15: every criterion in force is met.');
    expect(r.explanation.id.split('\n')[0]).toBe('Memenuhi syarat untuk "Bantuan iuran Jamsostek pekerja rentan Provinsi NTT 2026" per 2026-01-15: semua kriteria yang berlaku terpenuhi.');
  });
  it('ineligible: the explanation names each failed criterion with its citation in both languages', () => {
    // a wage earner (fails BPU category) with income 3,000,000 ≥ UMP 2,455,898 (fails income), decile 7 > 5 (fails DTSEN)
    const r = evaluateEligibility({ ...complete, employment: 'wage_earner', monthlyIncome: '3000000', dtsenDecile: 7 }, ntt2026RuleSet, asOf);
    expect(r.outcome).toBe('ineligible');
    expect(r.failed.map((f) => f.id)).toEqual(['bpu.outsideEmploymentRelationship', 'assistance.dtsenDecile', 'assistance.income']);
    for (const f of r.failed) {
      const cited = f.basis.map(formatCitation).join('; ');
      expect(cited.length).toBeGreaterThan(0);
      expect(r.explanation.en).toContain(`- ${f.title.en} [${f.id}, from ${f.origin}]: ${f.reason.en} Legal basis: ${cited}.`);
      expect(r.explanation.id).toContain(`- ${f.title.id} [${f.id}, dari ${f.origin}]: ${f.reason.id} Dasar hukum: ${cited}.`);
    }
    expect(r.explanation.en).toContain('Keputusan 528/KEP/HK/2025');
    expect(r.failed[2]?.reason).toEqual({ id: 'Penghasilan sebulan Rp3.000.000 tidak di bawah Rp2.455.898.', en: 'Monthly income Rp3.000.000 is not below Rp2.455.898.' });
  });
  it('undetermined: lists exactly the missing facts, in both languages', () => {
    const partial: Record<string, unknown> = { ...complete };
    delete partial.dtsenDecile;
    delete partial.activeInformalWork;
    const r = evaluateEligibility(partial, ntt2026RuleSet, asOf);
    expect(r.outcome).toBe('undetermined');
    expect(r.missingFacts).toEqual(['dtsenDecile', 'activeInformalWork']);
    expect(r.missingRequirements).toEqual([['dtsenDecile'], ['activeInformalWork']]);
    expect(r.explanation.en).toContain('Facts still needed: dtsenDecile; activeInformalWork.');
    expect(r.explanation.id).toContain('Fakta yang masih diperlukan: dtsenDecile; activeInformalWork.');
    expect(r.criteria.filter((c) => c.status === 'undetermined').map((c) => c.missing)).toEqual([[['dtsenDecile']], [['activeInformalWork']]]);
  });
  it('the result is plain JSON', () => {
    const r = evaluateEligibility(complete, ntt2026RuleSet, asOf);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('reads the law it is given (an overlay of the age limit)', () => {
    const law = withOverlay(baselineLaw, {
      name: 'Proposal 70',
      values: { 'bpu.registrationAgeLimit': [{ from: '2026-01-01', value: 70, status: 'projected', citations: { instrument: 'Practice', number: 'proposal', year: 2026, note: 'What-if' } }] },
    });
    const old = { employment: 'self_employed', occupations: ['petani'], birthDate: '1958-01-01' }; // 68 on 2026-01-15
    expect(evaluateEligibility(old, bpuBasicsRuleSet, asOf).outcome).toBe('ineligible');
    const r = evaluateEligibility(old, bpuBasicsRuleSet, { ...asOf, law });
    expect(r.outcome).toBe('eligible');
    expect(r.law.find((l) => l.parameter === 'bpu.registrationAgeLimit')).toMatchObject({ value: 'under 70 years at registration', source: 'Proposal 70', status: 'projected' });
  });
  it('bad input: typed errors with paths', () => {
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-13-01' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, undefined as never), 'invalid_input', ['options']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', today: 1 } as never), 'invalid_input', ['options']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', law: {} as never }), 'invalid_input', ['options', 'law']);
    expectError(() => evaluateEligibility(complete, {} as never, asOf), 'invalid_input', ['ruleSet']);
    expectError(() => evaluateEligibility(null as never, ntt2026RuleSet, asOf), 'invalid_input', ['facts']);
    expectError(() => evaluateEligibility([] as never, ntt2026RuleSet, asOf), 'invalid_input', ['facts']);
    expectError(() => evaluateEligibility({ ...complete, nik: '537104470790' }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'nik']);
    expectError(() => evaluateEligibility({ ...complete, monthlyIncome: '1.200.000' }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'monthlyIncome']);
    expectError(() => evaluateEligibility({ ...complete, dtsenDecile: 0 }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'dtsenDecile']);
    expectError(() => evaluateEligibility({ ...complete, otherGovernmentFunding: [{ payer: 'apbn', from: '2026-05', to: '2026-01' }] }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'otherGovernmentFunding', 0, 'to']);
    // a NIK whose birth date is impossible in the century read against asOf
    const ageOnly = defineRuleSet({ id: 'age', title: { id: 'Usia', en: 'Age' }, rules: [bpuRegistrationAge] });
    expectError(() => evaluateEligibility({ nik: '5301012902000001' }, ageOnly, { asOf: '1999-12-31' }), 'invalid_input', ['facts', 'nik']);
    // a birth date after asOf
    expectError(() => evaluateEligibility({ ...complete, birthDate: '2026-02-01' }, ntt2026RuleSet, asOf), 'invalid_input', ['facts', 'birthDate']);
    // before the age limit parameter has a value: loud, never a guess
    expectError(() => evaluateEligibility({ ...complete, birthDate: '1980-01-01' }, bpuBasicsRuleSet, { asOf: '2015-08-01' }), 'parameter_not_in_force');
  });
});

describe('evaluateEligibility: reasons and explanation of every criterion and group', () => {
  const basis = { instrument: 'Perbup', number: '7', year: 2026 } as const;
  /** Met when fact `name` is true, failed when false, undetermined when missing. */
  const flag = (name: string, extra: { effective?: { from?: string; to?: string }; basis?: Citation } = {}) =>
    defineCriterion({ id: `t.${name}`, title: { id: name, en: name }, basis: extra.basis ?? basis, facts: { [name]: z.boolean() }, test: (f) => f[name] === true, ...(extra.effective === undefined ? {} : { effective: extra.effective }) });
  const demo = (rules: Parameters<typeof defineRuleSet>[0]['rules']) => defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules });

  it('groups count met / not met / undetermined children (not those not in force); not-groups and periods are explained', () => {
    const rules = demo([
      allOf([flag('a'), flag('b'), flag('c'), flag('f', { effective: { from: '2027-01-01' } })], { id: 'g.all' }),
      anyOf([flag('d'), flag('e'), flag('g', { effective: { to: '2025-12-31' } })], { id: 'g.any' }),
      not(flag('h'), { id: 'g.notMet' }),
      not(flag('i'), { id: 'g.notFailed' }),
      not(flag('j'), { id: 'g.notUnknown' }),
      allOf([flag('k', { effective: { from: '2027-01-01', to: '2027-12-31' } })], { id: 'g.later' }),
    ]);
    const r = evaluateEligibility({ a: true, b: false, e: false, h: false, i: true }, rules, asOf);
    expect(r.outcome).toBe('ineligible');
    expect(r.ruleSet).toEqual({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, layers: ['demo'] });
    // only undetermined criteria list missing facts; groups and decided criteria list none
    expect(r.criteria.map((c) => [c.id, c.status, c.missing])).toEqual([
      ['g.all', 'failed', []], ['t.a', 'met', []], ['t.b', 'failed', []], ['t.c', 'undetermined', [['c']]], ['t.f', 'not_in_force', []],
      ['g.any', 'undetermined', []], ['t.d', 'undetermined', [['d']]], ['t.e', 'failed', []], ['t.g', 'not_in_force', []],
      ['g.notMet', 'met', []], ['t.h', 'failed', []],
      ['g.notFailed', 'failed', []], ['t.i', 'met', []],
      ['g.notUnknown', 'undetermined', []], ['t.j', 'undetermined', [['j']]],
      ['g.later', 'not_in_force', []], ['t.k', 'not_in_force', []],
    ]);
    // the decisive failures: b (fails the allOf) and the not-group whose member i is met;
    // ineligible, so no missing facts are asked for although c, d and j are unknown
    expect(r.failed.map((f) => f.id)).toEqual(['t.b', 'g.notFailed']);
    expect(r.missingFacts).toEqual([]);
    expect(r.missingRequirements).toEqual([]);
    // g.all: a met, b not met, c undetermined, f not in force (not counted) → 1, 1, 1
    // g.any: d undetermined, e not met, g not in force (ended 2025-12-31) → 0, 1, 1
    // a period open at one end is shown with '…'; a group has no period of its own
    expect(r.explanation.en.split('\n')).toEqual([
      'Ineligible for "Demo" as of 2026-01-15.',
      'Criteria not met:',
      '- b [t.b, from demo]: Not met. Legal basis: Perbup 7/2026.',
      '- Not: i [g.notFailed, from demo]: The criterion inside is met, and must not be. Legal basis: Perbup 7/2026.',
      'All criteria (rule set demo):',
      '✗ All of the following are met [g.all, from demo]: 1 met, 1 not met, 1 undetermined (all are required).',
      '  ✓ a [t.a, from demo]: Met.',
      '  ✗ b [t.b, from demo]: Not met.',
      '  ? c [t.c, from demo]: Facts not known: c.',
      '  – f [t.f, from demo]: Not in force on 2026-01-15 (in force 2027-01-01 – …); not applied.',
      '? At least one of the following is met [g.any, from demo]: 0 met, 1 not met, 1 undetermined (one is enough).',
      '  ? d [t.d, from demo]: Facts not known: d.',
      '  ✗ e [t.e, from demo]: Not met.',
      '  – g [t.g, from demo]: Not in force on 2026-01-15 (in force … – 2025-12-31); not applied.',
      '✓ Not: h [g.notMet, from demo]: The criterion inside is not met, as required.',
      '  ✗ h [t.h, from demo]: Not met.',
      '✗ Not: i [g.notFailed, from demo]: The criterion inside is met, and must not be.',
      '  ✓ i [t.i, from demo]: Met.',
      '? Not: j [g.notUnknown, from demo]: The criterion inside cannot be decided yet.',
      '  ? j [t.j, from demo]: Facts not known: j.',
      '– All of the following are met [g.later, from demo]: Not in force on 2026-01-15; not applied.',
      '  – k [t.k, from demo]: Not in force on 2026-01-15 (in force 2027-01-01 – 2027-12-31); not applied.',
    ]);
    const id = r.explanation.id.split('\n');
    expect(id[5]).toBe('✗ Semua kriteria berikut terpenuhi [g.all, dari demo]: 1 terpenuhi, 1 tidak terpenuhi, 1 belum dapat ditentukan (semua harus terpenuhi).');
    expect(id[8]).toBe('  ? c [t.c, dari demo]: Fakta belum diketahui: c.');
    expect(id[9]).toBe('  – f [t.f, dari demo]: Tidak berlaku pada 2026-01-15 (berlaku 2027-01-01 – …); tidak diterapkan.');
    expect(id[10]).toBe('? Sekurang-kurangnya satu kriteria berikut terpenuhi [g.any, dari demo]: 0 terpenuhi, 1 tidak terpenuhi, 1 belum dapat ditentukan (cukup satu).');
    expect(id[14]).toBe('✓ Bukan: h [g.notMet, dari demo]: Kriteria di dalamnya tidak terpenuhi, seperti disyaratkan.');
    expect(id[16]).toBe('✗ Bukan: i [g.notFailed, dari demo]: Kriteria di dalamnya terpenuhi, padahal tidak boleh.');
    expect(id[18]).toBe('? Bukan: j [g.notUnknown, dari demo]: Kriteria di dalamnya belum dapat ditentukan.');
    expect(id[20]).toBe('– Semua kriteria berikut terpenuhi [g.later, dari demo]: Tidak berlaku pada 2026-01-15; tidak diterapkan.');
  });

  it('eligible: no failures, no facts asked for, no override note', () => {
    const r = evaluateEligibility({ a: true }, demo([flag('a')]), asOf);
    expect(r.failed).toEqual([]);
    expect(r.missingRequirements).toEqual([]);
    expect(r.explanation).toEqual({
      id: 'Memenuhi syarat untuk "Demo" per 2026-01-15: semua kriteria yang berlaku terpenuhi.\nSemua kriteria (aturan demo):\n✓ a [t.a, dari demo]: Terpenuhi.',
      en: 'Eligible for "Demo" as of 2026-01-15: every criterion in force is met.\nAll criteria (rule set demo):\n✓ a [t.a, from demo]: Met.',
    });
  });

  it('undetermined: each missing fact once, although two requirements name it; no failures listed', () => {
    // t.x needs x; t.xy can be decided by x or by y: requirements [x], [x or y]; facts x, y
    const xy = defineCriterion({
      id: 't.xy', title: { id: 'xy', en: 'xy' }, basis, facts: { x: z.boolean().optional(), y: z.boolean().optional() },
      test: ({ x, y }) => (x === undefined && y === undefined ? { missing: ['x', 'y'] } : x === true || y === true),
    });
    const r = evaluateEligibility({ e: false }, demo([flag('x'), xy, anyOf([flag('d'), flag('e')])]), asOf);
    expect(r.outcome).toBe('undetermined');
    expect(r.missingRequirements).toEqual([['x'], ['x', 'y'], ['d']]);
    expect(r.missingFacts).toEqual(['x', 'y', 'd']);
    expect(r.failed).toEqual([]); // e failed, but inside an undecided anyOf: not decisive
    expect(r.explanation.en.split('\n')[1]).toBe('Facts still needed: x; x or y; d.');
    expect(r.explanation.id.split('\n')[1]).toBe('Fakta yang masih diperlukan: x; x atau y; d.');
  });

  it('a failed not-group cites the bases of the criteria inside its nested group', () => {
    const b1 = { instrument: 'Perbup', number: '1', year: 2026 } as const;
    const b2 = { instrument: 'Perbup', number: '2', year: 2026 } as const;
    const r = evaluateEligibility({ p: true, q: true }, demo([not(allOf([flag('p', { basis: b1 }), flag('q', { basis: b2 })]), { id: 'g.notBoth' })]), asOf);
    expect(r.failed).toEqual([expect.objectContaining({ id: 'g.notBoth', basis: [b1, b2] })]);
    expect(r.explanation.en).toContain('Legal basis: Perbup 1/2026; Perbup 2/2026.');
  });

  it('the law read is listed by parameter id, whatever order the rules read it in', () => {
    const readsLaw = defineCriterion({
      id: 't.law', title: { id: 'law', en: 'law' }, basis, facts: {},
      test: (_, ctx) => {
        for (const p of ['bpu.jkmAmount', 'bpu.jkkRate', 'bpu.jhtRate'] as const) ctx.parameter(p);
        return true;
      },
    });
    const r = evaluateEligibility({}, demo([readsLaw]), asOf);
    expect(r.law.map((l) => l.parameter)).toEqual(['bpu.jhtRate', 'bpu.jkkRate', 'bpu.jkmAmount']);
  });

  it('refuses a law option that is not a LawRegistry', () => {
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', law: null as never }), 'invalid_input', ['options', 'law']);
    // a function carrying a parameter method is still not a registry
    const fn = Object.assign(() => undefined, { parameter: baselineLaw.parameter.bind(baselineLaw) });
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', law: fn as never }), 'invalid_input', ['options', 'law']);
  });
});
