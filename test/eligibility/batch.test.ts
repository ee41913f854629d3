import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { screenCandidates, screenEach, evaluateEligibility, ntt2026RuleSet, bpuBasicsRuleSet, type CandidateFacts } from '../../src/index';
import { expectError, thrown } from '../helpers';

const asOf = { asOf: '2026-01-15' };
const ok: CandidateFacts = { nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2, monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true };

describe('screenCandidates', () => {
  it('counts per outcome, per decisive failed criterion and per missing fact', () => {
    const roster: CandidateFacts[] = [
      ok, // eligible
      { ...ok, dtsenDecile: 9 }, // ineligible: decile
      { ...ok, dtsenDecile: 'not_registered', monthlyIncome: 5_000_000 }, // ineligible: decile and income
      { ...ok, activeInformalWork: undefined }, // undetermined: activeInformalWork
      { ...ok, nik: undefined, domicileRegion: '53.71' }, // undetermined: birthDate or nik
    ];
    const s = screenCandidates(roster, ntt2026RuleSet, asOf);
    expect(s.total).toBe(5);
    expect(s.outcomes).toEqual({ eligible: 1, ineligible: 2, undetermined: 2 });
    expect(s.invalid).toBe(0);
    expect(s.failedByCriterion.map((f) => [f.id, f.count])).toEqual([
      ['bpu.outsideEmploymentRelationship', 0], ['bpu.registrationAge', 0], ['bpu.occupations', 0], ['assistance.domicile', 0],
      ['assistance.dtsenDecile', 2], ['assistance.income', 1], ['assistance.notFundedElsewhere', 0], ['assistance.activeInformalWork', 0],
    ]);
    // in the order the rules declare their facts: the age rule reads birthDate, then nik
    expect(s.missingByFact).toEqual([{ fact: 'birthDate', count: 1 }, { fact: 'nik', count: 1 }, { fact: 'activeInformalWork', count: 1 }]);
  });
  it('agrees with evaluateEligibility candidate by candidate (property)', () => {
    const candidate = fc.record(
      {
        employment: fc.constantFrom('wage_earner', 'self_employed', 'outside_employment_relationship'),
        birthDate: fc.constantFrom('1955-01-01', '1961-01-16', '1961-01-15', '1990-06-30'),
        occupations: fc.constantFrom(['nelayan'], ['a', 'b'], ['a', 'b', 'c']),
        domicileRegion: fc.constantFrom('53', '53.71', '52.01'),
        dtsenDecile: fc.constantFrom<number | 'not_registered'>(1, 5, 6, 'not_registered'),
        monthlyIncome: fc.integer({ min: 0, max: 5_000_000 }),
        otherGovernmentFunding: fc.constantFrom([], [{ payer: 'apbn', from: '2025-01', to: '2025-12' }], [{ payer: 'apbd:53.71', from: '2026-06', to: '2026-06' }], [{ payer: 'apbd:53', from: '2026-01', to: '2026-12' }]),
        activeInformalWork: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 20 }), (roster) => {
        const s = screenCandidates(roster, ntt2026RuleSet, asOf);
        const singles = roster.map((c) => evaluateEligibility(c, ntt2026RuleSet, asOf));
        expect(s.outcomes.eligible).toBe(singles.filter((r) => r.outcome === 'eligible').length);
        expect(s.outcomes.ineligible).toBe(singles.filter((r) => r.outcome === 'ineligible').length);
        expect(s.outcomes.undetermined).toBe(singles.filter((r) => r.outcome === 'undetermined').length);
        for (const f of s.failedByCriterion) expect(f.count).toBe(singles.filter((r) => r.outcome === 'ineligible' && r.failed.some((x) => x.id === f.id)).length);
        const each = [...screenEach(roster, ntt2026RuleSet, asOf)];
        each.forEach((e, i) => {
          const single = singles[i]!;
          expect(e.outcome).toBe(single.outcome);
          if (e.outcome === 'ineligible' && single.outcome === 'ineligible') expect(e.failed).toEqual(single.failed.map((f) => f.id));
          if (e.outcome === 'undetermined' && single.outcome === 'undetermined') expect(e.missingFacts).toEqual(single.missingFacts);
          // each compact outcome carries exactly the fields of its case
          expect(Object.keys(e).sort()).toEqual({ eligible: ['index', 'outcome'], ineligible: ['failed', 'index', 'outcome'], undetermined: ['index', 'missingFacts', 'outcome'], invalid: [] }[e.outcome]);
        });
      }),
      { numRuns: 30 },
    );
  });
  it('reads a generator once, holding one candidate at a time', () => {
    let produced = 0;
    function* roster() {
      for (let i = 0; i < 5000; i++) {
        produced++;
        yield { ...ok, dtsenDecile: (i % 10) + 1 };
      }
    }
    const s = screenCandidates(roster(), ntt2026RuleSet, asOf);
    expect(produced).toBe(5000);
    // deciles 1-5 pass, 6-10 fail: half of 5000
    expect(s.outcomes).toEqual({ eligible: 2500, ineligible: 2500, undetermined: 0 });
  });
  it('malformed candidates: an error with the candidate index, or counted with onInvalid "count"', () => {
    const roster = [ok, { ...ok, nik: '123' }, 'not an object' as never, ok];
    expectError(() => screenCandidates(roster, ntt2026RuleSet, asOf), 'invalid_input', ['candidates', 1, 'nik']);
    const s = screenCandidates(roster, ntt2026RuleSet, { ...asOf, onInvalid: 'count' });
    expect(s.total).toBe(4);
    expect(s.invalid).toBe(2);
    expect(s.outcomes.eligible).toBe(2);
    expect(s.invalidSamples.map((x) => [x.index, x.path])).toEqual([[1, ['candidates', 1, 'nik']], [2, ['candidates', 2]]]);
    const each = [...screenEach(roster, ntt2026RuleSet, { ...asOf, onInvalid: 'count' })];
    expect(each.map((e) => e.outcome)).toEqual(['eligible', 'invalid', 'invalid', 'eligible']);
    expect(each[1]).toEqual({ index: 1, outcome: 'invalid', error: s.invalidSamples[0] });
  });
  it("a roster's extra columns: an invalid candidate each (unknown_fact), or with unknownFacts: 'ignore' skipped", () => {
    const roster = [{ ...ok, name: 'Ani', rowId: 1 }, { ...ok, name: 'Budi', rowId: 2, dtsenDecile: 9 }];
    expectError(() => screenCandidates(roster as never, ntt2026RuleSet, asOf), 'invalid_input', ['candidates', 0, 'name']);
    const counted = screenCandidates(roster as never, ntt2026RuleSet, { ...asOf, onInvalid: 'count' });
    expect(counted.invalid).toBe(2);
    expect(counted.invalidSamples[1]).toMatchObject({ index: 1, code: 'invalid_input', path: ['candidates', 1, 'name'] });
    const s = screenCandidates(roster, ntt2026RuleSet, { ...asOf, unknownFacts: 'ignore' });
    expect(s.outcomes).toEqual({ eligible: 1, ineligible: 1, undetermined: 0 });
    expect([...screenEach(roster, ntt2026RuleSet, { ...asOf, unknownFacts: 'ignore' })].map((e) => e.outcome)).toEqual(['eligible', 'ineligible']);
    // a misspelt column is still a fact of no rule: with 'ignore' it is skipped, so the default is 'error'
    expect(thrown(() => screenCandidates([{ ...ok, dtsenDesil: 2 }] as never, ntt2026RuleSet, asOf)).message).toContain('did you mean dtsenDecile?');
  });
  it('the summary lists the law the rules read', () => {
    const s = screenCandidates([ok], ntt2026RuleSet, asOf);
    expect(s.lawUsed.map((l) => [l.parameter, l.value])).toEqual([['bpu.maxOccupations', 'at most 2 occupations'], ['bpu.registrationAgeLimit', 'under 65 years at registration']]);
  });
  it('bad input: typed errors with paths', () => {
    expectError(() => screenCandidates(42 as never, bpuBasicsRuleSet, asOf), 'invalid_input', ['candidates']);
    expectError(() => screenCandidates('abc' as never, bpuBasicsRuleSet, asOf), 'invalid_input', ['candidates']);
    expectError(() => screenCandidates([], {} as never, asOf), 'invalid_input', ['ruleSet']);
    expectError(() => screenCandidates([], bpuBasicsRuleSet, { asOf: 'today' }), 'invalid_input', ['options', 'asOf']);
    expectError(() => screenCandidates([], bpuBasicsRuleSet, { ...asOf, onInvalid: 'skip' as never }), 'invalid_input', ['options', 'onInvalid']);
    expectError(() => screenEach(null as never, bpuBasicsRuleSet, asOf), 'invalid_input', ['candidates']);
    expectError(() => screenEach([], bpuBasicsRuleSet, {} as never), 'invalid_input', ['options', 'asOf']);
  });
  it('is fast: 20,000 NTT candidates in well under the time budget (a loose bound: shared CI machines vary; the benchmark measures)', () => {
    const roster = Array.from({ length: 20_000 }, (_, i) => ({ ...ok, monthlyIncome: 1_000_000 + (i % 30) * 100_000 }));
    const start = performance.now();
    const s = screenCandidates(roster, ntt2026RuleSet, asOf);
    expect(performance.now() - start).toBeLessThan(3000);
    // incomes 1,000,000 + k × 100,000 (k = i mod 30) below 2,455,898: k ≤ 14, 15 of every 30;
    // 666 full cycles (19,980 candidates) give 9,990, the last 20 (k = 0..19) give 15: 10,005
    expect(s.outcomes.eligible).toBe(10_005);
  });
});
