import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BpuParticipantSchema, ParticipantSchema, PuParticipantSchema } from '../../src/index';
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
