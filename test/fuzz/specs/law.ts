import fc from 'fast-check';
import * as lib from '../../../src/index';
import { hostileAmount, hostileDate, hostileMonth, junk, lawMonth, mutated, pollutedObjects } from '../arbitraries';
import { spec, type FuzzSpec } from '../harness';

const citation = fc.oneof(
  { weight: 4, arbitrary: fc.record({ instrument: fc.constantFrom('PP', 'Practice', 'Surat'), number: fc.constantFrom('44', 'B/1/2027', 'x'), year: fc.integer({ min: 1940, max: 2200 }) }) },
  { weight: 1, arbitrary: mutated(fc.record({ instrument: fc.constantFrom('PP', 'Perpres'), number: fc.constantFrom('44'), year: fc.constant(2015), article: fc.constantFrom('Art. 1', '') })) },
);

const ids = lib.baselineLaw.ids;
const monthIds = ids.filter((id) => lib.baselineLaw.parameter(id).granularity === 'month');
const sampleValue = (id: string): unknown => {
  // A plausible input form of a parameter value: the display-independent cases the schemas accept.
  if (id === 'jp.wageCap' || id === 'jkp.wageCap') return 11_600_000;
  if (id === 'bpu.jkmAmount') return 6_800;
  if (id === 'pu.jkmRate' || id === 'bpu.jkkRate' || id === 'bpu.jhtRate') return '0.30';
  return null;
};

const overlayValue = fc.record({
  from: fc.oneof({ weight: 4, arbitrary: lawMonth }, { weight: 1, arbitrary: hostileMonth }, { weight: 1, arbitrary: hostileDate }),
  to: fc.oneof(fc.constant(null), lawMonth, hostileMonth),
  value: fc.oneof(hostileAmount, fc.constantFrom('0.30', '0.24', '-1', '5.000.000', 11_600_000, 0, 6_800), junk),
  citations: fc.oneof(citation, fc.array(citation, { minLength: 0, maxLength: 3 })),
  status: fc.constantFrom('enacted', 'derived', 'projected', 'rumoured'),
});

const overlay: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      name: fc.oneof(fc.constantFrom('Finance team', 'baseline', '', 'x'.repeat(101), '<script>', 'Tim (2027)'), fc.string({ maxLength: 12 })),
      values: fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'jp.nope') }), fc.array(mutated(overlayValue), { minLength: 0, maxLength: 3 }), { maxKeys: 3 }),
    }),
  },
  {
    // One plausible value for a well-known parameter: reaches the timeline merge.
    weight: 3,
    arbitrary: fc.record({ id: fc.constantFrom('jp.wageCap', 'jkp.wageCap', 'bpu.jkmAmount', 'pu.jkmRate'), from: lawMonth, span: fc.integer({ min: 0, max: 40 }), open: fc.boolean(), status: fc.constantFrom('enacted', 'projected') }).map(({ id, from, span, open, status }) => ({
      name: 'Fuzz team',
      values: { [id]: [{ from, to: open ? null : lib.addMonths(from as never, span), value: sampleValue(id), status, citations: { instrument: 'Practice', number: 'fuzz', year: 2026 } }] },
    })),
  },
  { weight: 1, arbitrary: fc.constantFrom(...pollutedObjects) },
  { weight: 1, arbitrary: junk },
);

const parameter = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...ids).map((id) => lib.baselineLaw.parameter(id)) }, { weight: 1, arbitrary: junk }, { weight: 1, arbitrary: fc.constantFrom({ values: [] }, { values: null }, { id: 'x', granularity: 'month', values: [{ from: '2026-01', to: null }] }) });

/** Entry points of src/law. */
export const lawSpecs: readonly FuzzSpec[] = [
  spec('formatCitation', lib.formatCitation, fc.tuple(fc.oneof(citation, junk))),
  spec(
    'valueAt',
    lib.valueAt,
    fc.tuple(
      parameter,
      fc.oneof(hostileMonth, hostileDate, lawMonth),
      fc.oneof(fc.constant(undefined), fc.record({ projection: fc.oneof(fc.constantFrom({ method: 'carry_forward' }, { method: 'carryForward' }, { method: 'indexed', annualGrowthPercent: '5.0' }, { method: 'indexed', annualGrowthPercent: '-99.9999' }), junk), law: fc.oneof(fc.constant(lib.baselineLaw), junk) }, { requiredKeys: [] }), junk),
    ),
  ),
  spec('coverageOf', lib.coverageOf, fc.tuple(parameter)),
  spec('withOverlay', lib.withOverlay, fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constant(lib.baselineLaw) }, { weight: 1, arbitrary: junk }), overlay), { numRuns: 200 }),
];

export { monthIds };
