import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BpuParticipantSchema, monthlyContribution, ParticipantSchema, PuParticipantSchema } from '../../src/index';
import { thrown } from '../helpers';
import { fastParticipant } from '../../src/contributions/participant';

describe('participant schemas', () => {
  it('parse amounts into exact sen and wages into their derivation', () => {
    expect(PuParticipantSchema.parse({ segment: 'PU', wage: { basic: '5000000.50', fixedAllowances: 500_000 }, riskClass: 2 })).toEqual({
      segment: 'PU',
      wage: { kind: 'monthly', basic: 500_000_050, fixedAllowances: [50_000_000] },
      riskClass: 2,
    });
    expect(BpuParticipantSchema.parse({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' })).toEqual({ segment: 'BPU', income: 100_000_000, fundedBy: 'apbd' });
    expect(ParticipantSchema.safeParse({ segment: 'BPU', income: 1_000_000, isEmployer: true }).success).toBe(false); // employer without JHT
  });
});

describe('the fast path', () => {
  const pu = fc.record(
    {
      segment: fc.constant('PU'),
      wage: fc.oneof(fc.integer({ min: -5, max: 2_000_000_000 }), fc.constant(1.5), fc.constant('5000000'), fc.constant(90_071_992_547_410), fc.constant(90_071_992_547_409)),
      riskClass: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), fc.constantFrom(0, 6, 1.5, '1')),
      employerScale: fc.oneof(fc.constantFrom('micro', 'small', 'medium', 'large'), fc.constant('huge'), fc.constant(undefined)),
      programs: fc.oneof(fc.constant(undefined), fc.constant(['JKK', 'JKM'])),
      jkp: fc.oneof(fc.boolean(), fc.constant(undefined), fc.constant('yes')),
      pp49JpDeferral: fc.oneof(fc.boolean(), fc.constant(undefined)),
      extra: fc.constant(1),
    },
    { requiredKeys: ['segment'] },
  );
  const bpu = fc.record(
    {
      segment: fc.constant('BPU'),
      income: fc.oneof(fc.integer({ min: -5, max: 30_000_000 }), fc.constant(0), fc.constant('1000000'), fc.constant(NaN)),
      programs: fc.oneof(fc.constant(undefined), fc.constant(['JKK', 'JKM', 'JHT'])),
      sector: fc.oneof(fc.constantFrom('transport', 'other'), fc.constant('farm'), fc.constant(undefined)),
      fundedBy: fc.oneof(fc.constantFrom('self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor'), fc.constant('bank')),
      isEmployer: fc.oneof(fc.constant(undefined), fc.boolean()),
    },
    { requiredKeys: ['segment'] },
  );

  it('property: whenever it answers, zod gives an equal result; it never accepts what zod rejects', () => {
    fc.assert(
      fc.property(fc.oneof(pu, bpu, fc.anything()), (input) => {
        const fast = fastParticipant(input);
        const slow = ParticipantSchema.safeParse(input);
        if (fast !== undefined) {
          expect(slow.success).toBe(true);
          expect(fast).toEqual(slow.data);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers the common shapes (so the fast path is actually taken)', () => {
    expect(fastParticipant({ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' })).toEqual({
      segment: 'PU',
      wage: { kind: 'monthly', basic: 500_000_000, fixedAllowances: [] },
      riskClass: 1,
      employerScale: 'large',
    });
    expect(fastParticipant({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' })).toEqual({ segment: 'BPU', income: 100_000_000, fundedBy: 'apbd' });
    expect(fastParticipant({ segment: 'PU', wage: '5000000', riskClass: 1 })).toBeUndefined(); // strings go through zod
    expect(fastParticipant(JSON.parse('{"segment":"BPU","income":1,"__proto__":{"x":1}}'))).toBeUndefined();
  });
});

describe('the fast path, guard by guard', () => {
  const base = { segment: 'PU', wage: 5_000_000, riskClass: 1 } as const;
  const bpuBase = { segment: 'BPU', income: 1_000_000 } as const;

  it('answers each accepted value and field, with amounts in sen (× 100)', () => {
    for (const riskClass of [1, 2, 3, 4, 5]) expect(fastParticipant({ ...base, riskClass })).toEqual({ segment: 'PU', wage: { kind: 'monthly', basic: 500_000_000, fixedAllowances: [] }, riskClass });
    for (const employerScale of ['micro', 'small', 'medium', 'large']) expect(fastParticipant({ ...base, employerScale })).toMatchObject({ employerScale });
    expect(fastParticipant({ ...base, jkp: false, pp49JpDeferral: true })).toEqual({ ...base, wage: { kind: 'monthly', basic: 500_000_000, fixedAllowances: [] }, jkp: false, pp49JpDeferral: true });
    expect(fastParticipant({ ...base, jkp: true, pp49JpDeferral: false })).toMatchObject({ jkp: true, pp49JpDeferral: false });
    // the largest whole-rupiah wage whose sen count is safe: 90,071,992,547,409 × 100 = 9,007,199,254,740,900 ≤ 2^53 − 1
    expect(fastParticipant({ ...base, wage: 90_071_992_547_409 })).toMatchObject({ wage: { basic: 9_007_199_254_740_900 } });
    expect(fastParticipant({ ...base, wage: 1 })).toMatchObject({ wage: { basic: 100 } });
    // BPU: income 0 is a valid (lowest-bracket) income
    expect(fastParticipant({ ...bpuBase, income: 0 })).toEqual({ segment: 'BPU', income: 0 });
    expect(fastParticipant({ ...bpuBase, income: 90_071_992_547_409 })).toEqual({ segment: 'BPU', income: 9_007_199_254_740_900 });
    for (const sector of ['transport', 'other']) expect(fastParticipant({ ...bpuBase, sector })).toEqual({ segment: 'BPU', income: 100_000_000, sector });
    for (const fundedBy of ['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor']) expect(fastParticipant({ ...bpuBase, fundedBy })).toEqual({ segment: 'BPU', income: 100_000_000, fundedBy });
  });

  it.each([
    ['not an object', 5_000_000],
    ['null', null],
    ['an array', [base]],
    ['a null-prototype object', Object.assign(Object.create(null), base)],
    ['an unknown segment', { ...base, segment: 'PNS' }],
    ['an unknown PU field', { ...base, extra: 1 }],
    ['a PU laborIntensive (needs zod)', { ...base, laborIntensive: { industry: 'other', activeWorkers: 1, jkkPaidUpToRequiredMonth: true } }],
    ['wage 0', { ...base, wage: 0 }],
    ['wage −1', { ...base, wage: -1 }],
    ['wage with sen', { ...base, wage: 1.5 }],
    ['wage beyond the exact range', { ...base, wage: 90_071_992_547_410 }],
    ['wage as text', { ...base, wage: '5000000' }],
    ['risk class 0', { ...base, riskClass: 0 }],
    ['risk class 6', { ...base, riskClass: 6 }],
    ['an unknown scale', { ...base, employerScale: 'huge' }],
    ['programs given', { ...base, programs: ['JKK', 'JKM'] }],
    ['jkp not a boolean', { ...base, jkp: 'yes' }],
    ['pp49JpDeferral not a boolean', { ...base, pp49JpDeferral: 1 }],
    ['an unknown BPU field', { ...bpuBase, wage: 1 }],
    ['income −1', { ...bpuBase, income: -1 }],
    ['income with sen', { ...bpuBase, income: 0.5 }],
    ['income beyond the exact range', { ...bpuBase, income: 90_071_992_547_410 }],
    ['BPU programs given', { ...bpuBase, programs: ['JKK', 'JKM', 'JHT'] }],
    ['isEmployer given', { ...bpuBase, isEmployer: false }],
    ['an unknown sector', { ...bpuBase, sector: 'farm' }],
    ['an unknown funder', { ...bpuBase, fundedBy: 'bank' }],
  ] as const)('leaves %s to zod', (_, input) => {
    expect(fastParticipant(input)).toBeUndefined();
  });

  it('ignores every inherited field: a polluted Object.prototype changes nothing (regression #13.6)', () => {
    // riskClass inherited: the own fields lack it, so the fast path declines and zod reports it missing.
    // fundedBy inherited: the own fields are a complete BPU participant who pays for themself.
    for (const [key, input, clean] of [
      ['riskClass', { segment: 'PU', wage: 5_000_000 }, undefined],
      ['fundedBy', { segment: 'BPU', income: 1 }, { segment: 'BPU', income: 100, programs: undefined, sector: undefined, fundedBy: undefined, isEmployer: undefined }],
    ] as const) {
      const copy = { ...input };
      let answer: unknown = 'not called';
      Object.defineProperty(Object.prototype, key, { value: key === 'riskClass' ? 1 : 'apbn', enumerable: true, configurable: true, writable: true });
      try {
        answer = fastParticipant(copy);
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
      expect(answer).toStrictEqual(clean);
    }
  });
});

describe('participant schemas: every refusal with its path and message', () => {
  const issue = (participant: unknown) => {
    const error = thrown(() => monthlyContribution(participant as never, '2026-05'));
    expect(error.code).toBe('invalid_input');
    return [error.issues[0]!.path, error.issues[0]!.message];
  };
  const pu = { segment: 'PU', riskClass: 1, employerScale: 'large' } as const;

  it('wage: null, an unknown shape, and a bad amount inside a known shape', () => {
    expect(issue({ ...pu, wage: null })).toEqual([['participant', 'wage'], 'Expected an amount (number or decimal string), got null']);
    expect(issue({ ...pu, wage: { monthly: 5_000_000 } })).toEqual([['participant', 'wage'], 'Expected a wage: an amount, { basic, fixedAllowances }, { daily } or { pieceRate: [...] }']);
    expect(issue({ ...pu, wage: { basic: -1 } })).toEqual([['participant', 'wage', 'basic'], 'Expected an amount of zero or more, got -1']);
  });

  it('programme lists: no repeats, JKK and JKM mandatory (PU and BPU)', () => {
    expect(issue({ segment: 'PU', wage: 5_000_000, riskClass: 1, programs: ['JKK', 'JKM', 'JKM'] })).toEqual([['participant', 'programs'], 'A programme is listed twice']);
    expect(issue({ segment: 'PU', wage: 5_000_000, riskClass: 1, programs: ['JKM', 'JHT'] })).toEqual([['participant', 'programs'], 'JKK is mandatory for every PU participant (Perpres 109/2013 Art. 6)']);
    expect(issue({ segment: 'BPU', income: 1_000_000, programs: ['JKK', 'JKM', 'JKM'] })).toEqual([['participant', 'programs'], 'A programme is listed twice']);
    expect(issue({ segment: 'BPU', income: 1_000_000, programs: ['JKK', 'JHT'] })).toEqual([['participant', 'programs'], 'JKM is mandatory for every BPU participant']);
  });

  it('a BPU employer who pays JHT is accepted (Permenaker 5/2021 Art. 31-32)', () => {
    // income 2,000,000 → base 2,000,000: JKK 1 % = 20,000 + JKM 6,800 + JHT 2 % = 40,000 = 66,800 (APBD: no PP 50/2025 discount)
    expect(monthlyContribution({ segment: 'BPU', income: 2_000_000, isEmployer: true, programs: ['JKK', 'JKM', 'JHT'], fundedBy: 'apbd' }, '2026-05').totals.billed).toBe(66_800);
    expect(monthlyContribution({ segment: 'BPU', income: 2_000_000, isEmployer: false, fundedBy: 'apbd' }, '2026-05').totals.billed).toBe(26_800);
  });

  it('a monthly wage without allowances parses to an empty allowance list', () => {
    const parsed = PuParticipantSchema.parse({ segment: 'PU', wage: { basic: '5000000' }, riskClass: 1 });
    expect(parsed).toEqual({ segment: 'PU', wage: { kind: 'monthly', basic: 500_000_000, fixedAllowances: [] }, riskClass: 1 });
    expect(Object.keys(parsed)).toEqual(['segment', 'wage', 'riskClass']); // no key added for an absent field
    // Parsed objects have no prototype (regression #13.6): an absent field reads undefined, never Object.prototype's.
    expect(Object.getPrototypeOf(parsed)).toBeNull();
  });
});

describe('the fast path answers with every field the engine reads as an own key', () => {
  it('PU and BPU answers hold the fields given, and the absent ones as own undefined keys (never inherited)', () => {
    expect(fastParticipant({ segment: 'PU', wage: 5_000_000, riskClass: 1 })).toStrictEqual({
      segment: 'PU',
      wage: { kind: 'monthly', basic: 500_000_000, fixedAllowances: [] },
      riskClass: 1,
      employerScale: undefined,
      programs: undefined,
      jkp: undefined,
      laborIntensive: undefined,
      pp49JpDeferral: undefined,
    });
    expect(fastParticipant({ segment: 'BPU', income: 1_000_000 })).toStrictEqual({ segment: 'BPU', income: 100_000_000, programs: undefined, sector: undefined, fundedBy: undefined, isEmployer: undefined });
  });
  it('an unknown segment with BPU fields is left to zod', () => {
    expect(fastParticipant({ segment: 'PNS', income: 1_000_000 })).toBeUndefined();
  });
});
