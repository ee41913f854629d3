import fc from 'fast-check';
import * as lib from '../../../src/index';
import { hostileAmount, hostileMonth, hostileNumber, hostileRange, junk, lawMonth, mutated } from '../arbitraries';
import { spec, type FuzzSpec } from '../harness';

const wage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileAmount },
  { weight: 1, arbitrary: fc.record({ basic: hostileAmount, fixedAllowances: fc.oneof(hostileAmount, fc.array(hostileAmount, { maxLength: 4 })) }, { requiredKeys: ['basic'] }) },
  { weight: 1, arbitrary: fc.record({ daily: hostileAmount }) },
  { weight: 1, arbitrary: fc.record({ pieceRate: fc.array(hostileAmount, { maxLength: 13 }), weatherDependent: fc.boolean() }, { requiredKeys: ['pieceRate'] }) },
  { weight: 1, arbitrary: junk },
);
const riskClass = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(1, 2, 3, 4, 5) }, { weight: 1, arbitrary: fc.oneof(hostileNumber, junk) });

const pu = fc.record(
  {
    segment: fc.constant('PU'),
    wage,
    riskClass,
    employerScale: fc.constantFrom('micro', 'small', 'medium', 'large'),
    programs: fc.oneof(fc.subarray(['JKK', 'JKM', 'JHT', 'JP']), fc.constantFrom(['JKK', 'JKK', 'JKM'], ['JP'])),
    jkp: fc.boolean(),
    laborIntensive: fc.record({ industry: fc.constantFrom('footwear', 'other', 'leather', 'x'), activeWorkers: fc.oneof(fc.integer({ min: 0, max: 2000 }), hostileNumber), jkkPaidUpToRequiredMonth: fc.boolean() }),
    pp49JpDeferral: fc.boolean(),
  },
  { requiredKeys: ['segment', 'wage', 'riskClass'] },
);
const bpu = fc.record(
  {
    segment: fc.constant('BPU'),
    income: hostileAmount,
    programs: fc.oneof(fc.subarray(['JKK', 'JKM', 'JHT']), fc.constantFrom(['JKK', 'JKM', 'JKM'])),
    sector: fc.constantFrom('transport', 'other'),
    fundedBy: fc.constantFrom('self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor', 'bank'),
    isEmployer: fc.boolean(),
  },
  { requiredKeys: ['segment', 'income'] },
);
/** A participant: plausible, with one field spoiled, or junk. */
export const participant: fc.Arbitrary<unknown> = fc.oneof(mutated(pu as fc.Arbitrary<Record<string, unknown>>), mutated(bpu as fc.Arbitrary<Record<string, unknown>>));

const options: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        rounding: fc.oneof(fc.record({ mode: fc.constantFrom('half_up', 'half_even', 'half_down', 'down', 'up'), step: fc.constantFrom(1, 100, 1000, 1_000_000_000) }), junk),
        projection: fc.oneof(fc.constantFrom({ method: 'carry_forward' }, { method: 'carryForward' }, { method: 'indexed', annualGrowthPercent: '5.0' }, { method: 'indexed', annualGrowthPercent: 5 }), junk),
        law: fc.oneof(fc.constant(lib.baselineLaw), junk, fc.constant({ parameter: () => null })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: junk },
);

const column = (values: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(values, { maxLength: 12 }) },
    { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 100_000_000 }), { maxLength: 12 }).map((a) => Float64Array.from(a)) },
    { weight: 1, arbitrary: fc.constantFrom(new Int8Array([1, -1]), new Float32Array([NaN]), new Uint8Array(0), { length: 2, 0: 1, 1: 2 }, { length: -1 }, { length: Infinity }) },
    { weight: 1, arbitrary: junk },
  );
const puRoster = fc
  .tuple(fc.array(fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 200_000_000 }) }, { weight: 1, arbitrary: hostileAmount }), riskClass), { maxLength: 12 }), fc.constantFrom('micro', 'small', 'medium', 'large'))
  .map(([members, employerScale]) => ({ segment: 'PU', wage: members.map(([w]) => w), riskClass: members.map(([, c]) => c), employerScale }));
const roster: fc.Arbitrary<unknown> = fc.oneof(
  mutated(puRoster as fc.Arbitrary<Record<string, unknown>>),
  mutated(fc.record({ segment: fc.constant('PU'), wage: column(hostileAmount), riskClass: column(riskClass), employerScale: fc.constantFrom('large', 'x'), programs: fc.subarray(['JKK', 'JKM', 'JHT', 'JP']), jkp: fc.boolean() }, { requiredKeys: ['segment', 'wage', 'riskClass'] }) as fc.Arbitrary<Record<string, unknown>>),
  mutated(fc.record({ segment: fc.constant('BPU'), income: column(hostileAmount), programs: fc.subarray(['JKK', 'JKM', 'JHT']), sector: fc.constantFrom('transport', 'other'), fundedBy: fc.constantFrom('self', 'apbd') }, { requiredKeys: ['segment', 'income'] }) as fc.Arbitrary<Record<string, unknown>>),
);
const month = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('2026-03', '2026-05', '2025-01', '2020-09') }, { weight: 3, arbitrary: lawMonth }, { weight: 2, arbitrary: hostileMonth });

const goodRange = fc
  .record({ y: fc.integer({ min: 2016, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), span: fc.integer({ min: 0, max: 14 }) })
  .map(({ y, m, span }) => {
    const from = `${y}-${String(m).padStart(2, '0')}`;
    return { from, to: lib.addMonths(from as never, span) };
  });
const plausiblePu = fc.record({ segment: fc.constant('PU'), wage: fc.integer({ min: 1, max: 100_000_000 }), riskClass: fc.constantFrom(1, 2, 3, 4, 5), employerScale: fc.constantFrom('micro', 'small', 'medium', 'large') });
const plausibleBpu = fc.record({ segment: fc.constant('BPU'), income: fc.integer({ min: 0, max: 30_000_000 }), sector: fc.constantFrom('transport', 'other') });

// Amounts, counts and rows are never negative in contribution results.
const money = { nonNegative: true } as const;

/** Entry points of src/contributions. */
export const contributionSpecs: readonly FuzzSpec[] = [
  spec('monthlyContribution', lib.monthlyContribution, fc.tuple(participant, month, options), { ...money, numRuns: 300 }),
  spec('contributionSchedule', lib.contributionSchedule, fc.oneof(fc.tuple(participant, hostileRange, options), fc.tuple(fc.oneof(plausiblePu, plausibleBpu), goodRange, fc.constant(undefined))), { ...money, numRuns: 100 }),
  spec('contributionBatch', lib.contributionBatch, fc.tuple(roster, month, options), { ...money, numRuns: 200 }),
  spec('bpuIncomeBracket', lib.bpuIncomeBracket, fc.tuple(hostileAmount, month, options), money),
  spec('jpWageCap', lib.jpWageCap, fc.tuple(month, fc.oneof(fc.constant(undefined), fc.record({ projection: fc.oneof(fc.constantFrom({ method: 'carry_forward' }, { method: 'carryForward' }), fc.record({ method: fc.constant('indexed'), annualGrowthPercent: fc.constantFrom('5.0', '-99.9999', '99.9999', '0', '5,0', '1e2', '-100') }), junk) }), junk)), money),
  spec('nextJpWageCap', lib.nextJpWageCap, fc.tuple(fc.oneof(fc.integer({ min: 1, max: 1e12 }), hostileNumber, junk), fc.oneof(fc.constantFrom('5.11', '-99.999999', '99.999999', '0', '-100', '5,11', ''), junk), fc.oneof(fc.constant(undefined), fc.record({ month: hostileMonth }), fc.record({ month: lawMonth, projection: fc.constantFrom({ method: 'carry_forward' }, { method: 'indexed', annualGrowthPercent: '5' }) }), junk)), money),
  spec(
    'streamContributionBatches',
    (roster: unknown, range: unknown, opts: unknown) => [...lib.streamContributionBatches(roster as never, range as never, opts as never)],
    fc.tuple(
      fc.oneof(
        roster.map((r) => {
          const o = r as Record<string, unknown> | null;
          if (typeof o !== 'object' || o === null || !Array.isArray(o['wage'])) return r;
          const { wage: wages, riskClass: classes, ...rest } = o;
          return { ...rest, members: (wages as unknown[]).map((wage, i) => ({ wage, riskClass: (classes as unknown[] | undefined)?.[i] })) };
        }),
        junk,
      ),
      fc.oneof(goodRange, hostileRange),
      fc.oneof(fc.constant(undefined), fc.record({ chunkSize: fc.oneof(fc.integer({ min: -1, max: 5 }), hostileNumber) }), junk),
    ),
    { ...money, numRuns: 100 },
  ),
];
