import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evaluateEligibility, ntt2026RuleSet, bpuBasicsRuleSet, bpuRegistrationAge, defineRuleSet, withOverlay, baselineLaw, formatCitation, allOf, anyOf, not, defineCriterion, type Citation } from '../../src/index';
import { expectError, thrown } from '../helpers';
import { ineligible, lines, undetermined } from './helpers';

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
    // eligible: no `failed`, no `missingFacts` (the result is a union on `outcome`)
    expect('failed' in r || 'missingFacts' in r || 'missingRequirements' in r).toBe(false);
    // the two parameters of law read, with their citations
    expect(r.lawUsed.map((l) => [l.parameter, l.value])).toEqual([['bpu.maxOccupations', 'at most 2 occupations'], ['bpu.registrationAgeLimit', 'under 65 years at registration']]);
    // the basis of an eligible outcome: every criterion applied, each citation once
    const applied = r.criteria.flatMap((c) => c.citations.map(formatCitation));
    expect(r.citations.map(formatCitation)).toEqual([...new Set(applied)]);
    expect(r.citations.map(formatCitation)).toContain('PP 46/2015 Art. 4(3)');
    expect(lines(r)[0]).toBe('Eligible for "NTT province contribution assistance for vulnerable workers, 2026" as of 2026-01-15: every criterion in force is met.');
    expect(lines(r, 'id')[0]).toBe('Memenuhi syarat untuk "Bantuan iuran Jamsostek pekerja rentan Provinsi NTT 2026" per 2026-01-15: semua kriteria yang berlaku terpenuhi.');
    expect(r.explanation[0]!.citations).toEqual([]);
  });
  it('ineligible: the explanation names each failed criterion, in both languages, with its citations', () => {
    // a wage earner (fails BPU category) with income 3,000,000 ≥ UMP 2,455,898 (fails income), decile 7 > 5 (fails DTSEN)
    const r = ineligible(evaluateEligibility({ ...complete, employment: 'wage_earner', monthlyIncome: '3000000', dtsenDecile: 7 }, ntt2026RuleSet, asOf));
    expect(r.failed.map((f) => f.id)).toEqual(['bpu.outsideEmploymentRelationship', 'assistance.dtsenDecile', 'assistance.income']);
    expect('missingFacts' in r).toBe(false);
    for (const f of r.failed) {
      expect(f.citations.length).toBeGreaterThan(0);
      const step = r.explanation.find((s) => s.text.en === `- ${f.title.en} [${f.id}, from ${f.origin}]: ${f.reason.en}`);
      expect(step?.text.id).toBe(`- ${f.title.id} [${f.id}, dari ${f.origin}]: ${f.reason.id}`);
      expect(step?.citations).toEqual(f.citations);
    }
    // the income criterion cites the UMP decree first, then the province's own basis
    expect(r.failed[2]?.citations.map(formatCitation)[0]).toBe('Keputusan 528/KEP/HK/2025');
    expect(r.failed[2]?.reason).toEqual({ id: 'Penghasilan sebulan Rp3.000.000 tidak di bawah Rp2.455.898.', en: 'Monthly income Rp3.000.000 is not below Rp2.455.898.' });
    // the basis of the outcome: the failed criteria's citations, each once
    expect(r.citations.map(formatCitation)).toEqual([...new Set(r.failed.flatMap((f) => f.citations.map(formatCitation)))]);
  });
  it('undetermined: lists exactly the missing facts, in both languages', () => {
    const partial = { ...complete, dtsenDecile: undefined, activeInformalWork: undefined };
    const r = undetermined(evaluateEligibility(partial, ntt2026RuleSet, asOf));
    expect(r.missingFacts).toEqual(['dtsenDecile', 'activeInformalWork']);
    expect(r.missingRequirements).toEqual([['dtsenDecile'], ['activeInformalWork']]);
    expect('failed' in r).toBe(false);
    expect(lines(r)).toContain('Facts still needed: dtsenDecile; activeInformalWork.');
    expect(lines(r, 'id')).toContain('Fakta yang masih diperlukan: dtsenDecile; activeInformalWork.');
    expect(r.criteria.flatMap((c) => (c.status === 'undetermined' ? [[c.id, c.missingRequirements]] : []))).toEqual([
      ['assistance.dtsenDecile', [['dtsenDecile']]],
      ['assistance.activeInformalWork', [['activeInformalWork']]],
    ]);
    // the basis of the outcome: the criteria still undetermined (DTSEN: its ceiling's and the
    // province's; active work: the province's and the national guidance), each citation once
    expect(r.citations.map(formatCitation)).toEqual(['Practice (DTSEN decile ceiling (assumed), 2026)', 'Practice (NTT bantuan iuran pekerja rentan 2026, 2026)', 'Inpres 2/2021', 'Permendagri 27/2021']);
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
    const old = { employment: 'self_employed', occupations: ['petani'], birthDate: '1958-01-01' } as const; // 68 on 2026-01-15
    expect(evaluateEligibility(old, bpuBasicsRuleSet, asOf).outcome).toBe('ineligible');
    const r = evaluateEligibility(old, bpuBasicsRuleSet, { ...asOf, law });
    expect(r.outcome).toBe('eligible');
    expect(r.lawUsed.find((l) => l.parameter === 'bpu.registrationAgeLimit')).toMatchObject({ value: 'under 70 years at registration', source: 'Proposal 70', status: 'projected' });
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
    // before the age limit parameter has a value: loud, never a guess, at the date that was asked
    const basics = { nik: complete.nik, employment: complete.employment, occupations: complete.occupations };
    expectError(() => evaluateEligibility({ ...basics, birthDate: '1980-01-01' }, bpuBasicsRuleSet, { asOf: '2015-08-01' }), 'parameter_not_in_force', ['options', 'asOf']);
  });
});

describe('evaluateEligibility: reasons and explanation of every criterion and group', () => {
  const citations = { instrument: 'Perbup', number: '7', year: 2026 } as const;
  /** Met when fact `name` is true, failed when false, undetermined when missing. */
  const flag = (name: string, extra: { effective?: { from?: string; to?: string }; citations?: Citation } = {}) =>
    defineCriterion({ id: `t.${name}`, title: { id: name, en: name }, citations: extra.citations ?? citations, facts: { [name]: z.boolean() }, test: (f) => f[name] === true, ...(extra.effective === undefined ? {} : { effective: extra.effective }) });
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
    const r = ineligible(evaluateEligibility({ a: true, b: false, e: false, h: false, i: true }, rules, asOf));
    expect(r.ruleSet).toEqual({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, layers: ['demo'] });
    // only undetermined criteria list missing facts; groups and decided criteria list none
    // an undetermined criterion lists the facts it needs; an undetermined group those of its
    // undetermined members; decided ones list none
    expect(r.criteria.map((c) => [c.id, c.status, c.status === 'undetermined' ? c.missingRequirements : '-'])).toEqual([
      ['g.all', 'failed', '-'], ['t.a', 'met', '-'], ['t.b', 'failed', '-'], ['t.c', 'undetermined', [['c']]], ['t.f', 'not_in_force', '-'],
      ['g.any', 'undetermined', [['d']]], ['t.d', 'undetermined', [['d']]], ['t.e', 'failed', '-'], ['t.g', 'not_in_force', '-'],
      ['g.notMet', 'met', '-'], ['t.h', 'failed', '-'],
      ['g.notFailed', 'failed', '-'], ['t.i', 'met', '-'],
      ['g.notUnknown', 'undetermined', [['j']]], ['t.j', 'undetermined', [['j']]],
      ['g.later', 'not_in_force', '-'], ['t.k', 'not_in_force', '-'],
    ]);
    expect(r.criteria.filter((c) => c.status !== 'undetermined').every((c) => !('missingRequirements' in c))).toBe(true);
    // the decisive failures: b (fails the allOf) and the not-group whose member i is met;
    // ineligible, so no missing facts are asked for although c, d and j are unknown
    expect(r.failed.map((f) => f.id)).toEqual(['t.b', 'g.notFailed']);
    expect('missingFacts' in r || 'missingRequirements' in r).toBe(false);
    // g.all: a met, b not met, c undetermined, f not in force (not counted) → 1, 1, 1
    // g.any: d undetermined, e not met, g not in force (ended 2025-12-31) → 0, 1, 1
    // a period open at one end is shown with '…'; a group has no period of its own
    expect(lines(r)).toEqual([
      'Ineligible for "Demo" as of 2026-01-15.',
      'Criteria not met:',
      '- b [t.b, from demo]: Not met.',
      '- Not: i [g.notFailed, from demo]: The criterion inside is met, and must not be.',
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
    // each failed criterion's step carries its citations (the not-group's, those of the criterion inside)
    expect(r.explanation.slice(2, 4).map((step) => step.citations)).toEqual([[citations], [citations]]);
    // each criterion's step carries its own citations; a group without its own has none
    expect(r.explanation[6]!.citations).toEqual([citations]);
    expect(r.explanation[5]!.citations).toEqual([]);
    const id = lines(r, 'id');
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
    expect(r.outcome).toBe('eligible');
    expect(r.explanation).toEqual([
      { text: { id: 'Memenuhi syarat untuk "Demo" per 2026-01-15: semua kriteria yang berlaku terpenuhi.', en: 'Eligible for "Demo" as of 2026-01-15: every criterion in force is met.' }, citations: [] },
      { text: { id: 'Semua kriteria (aturan demo):', en: 'All criteria (rule set demo):' }, citations: [] },
      { text: { id: '✓ a [t.a, dari demo]: Terpenuhi.', en: '✓ a [t.a, from demo]: Met.' }, citations: [citations] },
    ]);
    expect(r.citations).toEqual([citations]);
  });

  it('undetermined: each missing fact once, although two requirements name it; no failures listed', () => {
    // t.x needs x; t.xy can be decided by x or by y: requirements [x], [x or y]; facts x, y
    const xy = defineCriterion({
      id: 't.xy', title: { id: 'xy', en: 'xy' }, citations, facts: { x: z.boolean().optional(), y: z.boolean().optional() },
      test: ({ x, y }) => (x === undefined && y === undefined ? { missing: ['x', 'y'] } : x === true || y === true),
    });
    const r = undetermined(evaluateEligibility({ e: false }, demo([flag('x'), xy, anyOf([flag('d'), flag('e')])]), asOf));
    expect(r.missingRequirements).toEqual([['x'], ['x', 'y'], ['d']]);
    expect(r.missingFacts).toEqual(['x', 'y', 'd']);
    expect('failed' in r).toBe(false); // e failed, but inside an undecided anyOf: not decisive
    expect(lines(r)[1]).toBe('Facts still needed: x; x or y; d.');
    expect(lines(r, 'id')[1]).toBe('Fakta yang masih diperlukan: x; x atau y; d.');
  });

  it('a failed not-group cites the citations of the criteria inside its nested group', () => {
    const b1 = { instrument: 'Perbup', number: '1', year: 2026 } as const;
    const b2 = { instrument: 'Perbup', number: '2', year: 2026 } as const;
    const r = ineligible(evaluateEligibility({ p: true, q: true }, demo([not(allOf([flag('p', { citations: b1 }), flag('q', { citations: b2 })]), { id: 'g.notBoth' })]), asOf));
    expect(r.failed).toEqual([expect.objectContaining({ id: 'g.notBoth', citations: [b1, b2] })]);
    expect(r.explanation[2]).toEqual({ text: expect.objectContaining({ en: '- Not: All of the following are met [g.notBoth, from demo]: The criterion inside is met, and must not be.' }), citations: [b1, b2] });
    expect(r.citations).toEqual([b1, b2]);
  });

  it('the law read is listed by parameter id, whatever order the rules read it in', () => {
    const readsLaw = defineCriterion({
      id: 't.law', title: { id: 'law', en: 'law' }, citations, facts: {},
      test: (_, ctx) => {
        for (const p of ['bpu.jkmAmount', 'bpu.jkkRate', 'bpu.jhtRate'] as const) ctx.parameter(p);
        return true;
      },
    });
    const r = evaluateEligibility({}, demo([readsLaw]), asOf);
    expect(r.lawUsed.map((l) => l.parameter)).toEqual(['bpu.jhtRate', 'bpu.jkkRate', 'bpu.jkmAmount']);
  });

  it('refuses a law option that is not a LawRegistry', () => {
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', law: null as never }), 'invalid_input', ['options', 'law']);
    // a function carrying a parameter method is still not a registry
    const fn = Object.assign(() => undefined, { parameter: baselineLaw.parameter.bind(baselineLaw) });
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { asOf: '2026-01-15', law: fn as never }), 'invalid_input', ['options', 'law']);
  });
});

describe('evaluateEligibility: keys no criterion reads', () => {
  it('a misspelt fact is an invalid_input error at its key, suggesting the fact it resembles', () => {
    // `monthlyIncom` (one letter short) would otherwise be ignored, and the income rule left undetermined
    const typo = { ...complete, monthlyIncom: 1_200_000 } as never;
    const e = thrown(() => evaluateEligibility(typo, ntt2026RuleSet, asOf));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ code: 'invalid_input', path: ['facts', 'monthlyIncom'], reason: 'unknown_fact' });
    expect(e.message).toBe(`No criterion of rule set ntt2026 reads a fact "monthlyIncom"; did you mean monthlyIncome? (pass unknownFacts: 'ignore' to skip keys no rule reads) (at facts.monthlyIncom)`);
    // case and swapped letters are typos too
    expect(thrown(() => evaluateEligibility({ birthdate: '1990-01-01' } as never, bpuBasicsRuleSet, asOf)).message).toContain('did you mean birthDate?');
    expect(thrown(() => evaluateEligibility({ emplyoment: 'self_employed' } as never, bpuBasicsRuleSet, asOf)).message).toContain('did you mean employment?');
  });
  it('a key like no fact lists the facts the rule set reads; every unknown key is reported', () => {
    const e = thrown(() => evaluateEligibility({ employment: 'self_employed', name: 'Ani', rowId: 7 } as never, bpuBasicsRuleSet, asOf));
    expect(e.issues.map((i) => i.path)).toEqual([['facts', 'name'], ['facts', 'rowId']]);
    expect(e.issues[0]!.message).toBe(`No criterion of rule set bpu.basics reads a fact "name"; it reads employment, birthDate, nik, occupations (pass unknownFacts: 'ignore' to skip keys no rule reads)`);
  });
  it("unknownFacts: 'ignore' skips them; the facts the rules read are still checked", () => {
    const record = { ...complete, name: 'Ani', monthlyIncom: 9_000_000 };
    expect(evaluateEligibility(record, ntt2026RuleSet, { ...asOf, unknownFacts: 'ignore' }).outcome).toBe('eligible');
    expectError(() => evaluateEligibility({ ...record, dtsenDecile: 0 }, ntt2026RuleSet, { ...asOf, unknownFacts: 'ignore' }), 'invalid_input', ['facts', 'dtsenDecile']);
    expectError(() => evaluateEligibility(complete, ntt2026RuleSet, { ...asOf, unknownFacts: 'skip' as never }), 'invalid_input', ['options', 'unknownFacts']);
  });
  it('a fact read only by a rule not in force on the date, or only by an overridden rule, is still a fact of the rule set', () => {
    const later = defineCriterion({ id: 't.later', title: { id: 'l', en: 'l' }, citations: { instrument: 'Perbup', number: '7', year: 2026 }, effective: { from: '2027-01-01' }, facts: { later: z.boolean() }, test: (f) => f.later });
    const rules = defineRuleSet({ id: 'demo', title: { id: 'D', en: 'D' }, rules: [bpuRegistrationAge, later] });
    expect(rules.facts).toEqual(['birthDate', 'nik', 'later']);
    expect(evaluateEligibility({ birthDate: '1990-01-01', later: false }, rules, asOf).outcome).toBe('eligible');
  });
  it('keys on Object.prototype are not keys of the facts', () => {
    const facts = Object.create({ monthlyIncom: 1 }) as Record<string, unknown>;
    Object.assign(facts, complete);
    expect(evaluateEligibility(facts as typeof complete, ntt2026RuleSet, asOf).outcome).toBe('eligible');
  });
});

describe('evaluateEligibility: the law options', () => {
  it('beyond the last value of a parameter: a typed error at options.asOf, or with a projection the value carried forward, marked projected', () => {
    // A rule that reads the JP wage cap, whose last letter covers iuran months to 2027-02.
    const capRule = defineCriterion({
      id: 't.cap', title: { id: 'cap', en: 'cap' }, citations: { instrument: 'Perbup', number: '7', year: 2026 }, facts: { wage: z.number() },
      test: ({ wage }, ctx) => wage <= ctx.parameter('jp.wageCap').value,
    });
    const rules = defineRuleSet({ id: 'cap', title: { id: 'Cap', en: 'Cap' }, rules: [capRule] });
    const e = thrown(() => evaluateEligibility({ wage: 5_000_000 }, rules, { asOf: '2027-05-01' }));
    expect(e.issues[0]).toMatchObject({ code: 'parameter_not_in_force', path: ['options', 'asOf'], parameter: 'jp.wageCap', at: '2027-05' });
    expect(e.message).toBe(`No value of jp.wageCap is in force at 2027-05 (values from 2015-07 to 2027-02); pass the option projection: { method: 'carry_forward' } to carry the last value forward, marked as projected (at options.asOf)`);
    // The parameters rules read are not indexed here: either projection carries the last value
    // (Rp11,086,300 from 2026-03, known to 2027-02) forward, marked projected from 2027-03.
    for (const projection of [{ method: 'carry_forward' }, { method: 'indexed', annualGrowthPercent: '5.0' }] as const) {
      const r = evaluateEligibility({ wage: 11_086_300 }, rules, { asOf: '2027-05-01', projection });
      expect(r.outcome).toBe('eligible');
      expect(r.lawUsed[0]).toMatchObject({ parameter: 'jp.wageCap', from: '2027-03', to: null, status: 'projected' });
      expect(evaluateEligibility({ wage: 11_086_301 }, rules, { asOf: '2027-05-01', projection }).outcome).toBe('ineligible');
    }
    expectError(() => evaluateEligibility({ wage: 1 }, rules, { asOf: '2027-05-01', projection: { method: 'carryForward' } as never }), 'invalid_input', ['options', 'projection']);
  });
});
