/**
 * Fuzz specs for the areas of issues 3–6 (eligibility, funding, payments, benefits). Each starts
 * from the worked example in the function's documentation and spoils it: one argument replaced by
 * junk, one field of an object argument replaced, dropped or shadowed by a `__proto__` key.
 */
import fc from 'fast-check';
import { z } from 'zod';
import * as lib from '../../../src/index';
import { hostileAmount, hostileDate, hostileMonth, junk, mutated } from '../arbitraries';
import { spec, type FuzzSpec } from '../harness';

/** The example's arguments, or the example with one argument (or one field of one) spoiled. */
function around(...args: readonly unknown[]): fc.Arbitrary<readonly unknown[]> {
  const field = fc.oneof(junk, hostileAmount, hostileMonth, hostileDate);
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(args) },
    { weight: 3, arbitrary: fc.tuple(fc.nat(args.length - 1), junk).map(([i, v]) => args.map((a, j) => (i === j ? v : a))) },
    {
      weight: 4,
      arbitrary: fc.nat(Math.max(0, args.length - 1)).chain((i) => {
        const a = args[i];
        if (typeof a !== 'object' || a === null || Array.isArray(a)) return fc.constant(args);
        return mutated(fc.constant(a as Record<string, unknown>), field).map((m) => args.map((x, j) => (i === j ? m : x)));
      }),
    },
  );
}

const basis = { instrument: 'Perbup', number: '7', year: 2026 } as const;
const fisherSpec = { id: 'work.fisher', title: { id: 'Nelayan', en: 'Fisher' }, citations: basis, facts: { fisher: z.boolean() }, test: (f: { fisher: boolean }) => f.fisher };
const fisher = lib.defineCriterion(fisherSpec as never);
const rules = lib.defineRuleSet({ id: 'my.basics', title: { id: 'Syarat dasar', en: 'Basics' }, rules: [lib.bpuRegistrationAge, lib.bpuOccupationLimit] });
const people = [
  { employment: 'self_employed', birthDate: '1980-02-01', occupations: ['petani'] },
  { employment: 'wage_earner', birthDate: '1990-05-05', occupations: ['kasir'] },
  { employment: 'self_employed', occupations: ['nelayan'] },
];
const nttCandidate = { nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2, monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true };
const asOf = { asOf: '2026-01-15' };
const ruleSet = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(lib.ntt2026RuleSet, lib.bpuBasicsRuleSet, rules) }, { weight: 1, arbitrary: junk });

const plan = {
  name: 'NTT 2026',
  programs: ['JKK', 'JKM'],
  period: { from: '2026-01', to: '2026-12' },
  funders: [{ id: 'ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
  arrangement: { type: 'single', funder: 'ntt' },
  rosters: [{ name: 'Pekerja rentan NTT', region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
  budget: 10_080_000_000,
};
const bpuMonths = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, amount: 16_800 }));
const bpuSchedule = { segment: 'BPU', months: bpuMonths };
const prepaid = [{ amount: 201_600, paymentDate: '2026-01-05', payer: 'Pemprov NTT' }];
const puSchedule = { segment: 'PU', months: [{ month: '2026-01', amount: 462_000 }, { month: '2026-02', amount: 462_000 }] };
const pu2025 = Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, amount: 462_000 }));
const pu2025Paid = pu2025.map((m, i) => ({ amount: 462_000, paymentDate: i < 11 ? `2025-${String(i + 2).padStart(2, '0')}-10` : '2026-01-10' }));
const three = Array.from({ length: 36 }, (_, i) => ({ month: `${i < 12 ? 2023 : i < 24 ? 2024 : 2025}-${String((i % 12) + 1).padStart(2, '0')}`, amount: 16_800 }));
const threePaid = three.map((m) => ({ amount: 16_800, paymentDate: `${m.month}-10`, months: [m.month] }));
const bpuContributionSchedule = lib.contributionSchedule({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2026-01', to: '2026-06' });
const cohorts = [{ id: 'kupang-2026', funder: 'Pemkab Kupang', region: 'Kabupaten Kupang', period: { from: '2026-01', to: '2026-12' }, contributionPerParticipant: 16_800, participants: ['A', 'B', 'C'], payments: [{ paymentDate: '2026-01-10', months: ['2026-01'] }, { paymentDate: '2026-02-25', months: ['2026-02'] }] }];

// Results of these areas carry signed figures by design (differences, points, days), so the sign
// check is limited to the money-only functions below.
const money = { nonNegative: true } as const;

/** Entry points of src/eligibility. */
export const eligibilitySpecs: readonly FuzzSpec[] = [
  spec('defineCriterion', lib.defineCriterion, around(fisherSpec)),
  spec('allOf', lib.allOf, around([lib.bpuRegistrationAge, lib.bpuOccupationLimit], { id: 'bpu.core' })),
  spec('anyOf', lib.anyOf, around([fisher], { id: 'g.any' })),
  spec('not', lib.not, around(fisher, { id: 'g.not' })),
  spec('defineRuleSet', lib.defineRuleSet, around({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [lib.bpuOutsideEmployment] })),
  spec('extendRuleSet', lib.extendRuleSet, around(lib.bpuBasicsRuleSet, { id: 'prov.example', title: { id: 'Contoh', en: 'Example' }, overrides: [] })),
  spec('evaluateEligibility', lib.evaluateEligibility, fc.oneof(around(nttCandidate, lib.ntt2026RuleSet, asOf), fc.tuple(junk, ruleSet, fc.oneof(fc.constant(asOf), junk)))),
  spec('screenCandidates', lib.screenCandidates, fc.oneof(around(people, lib.bpuBasicsRuleSet, asOf), fc.tuple(fc.array(junk, { maxLength: 4 }), ruleSet, fc.constantFrom(asOf, { ...asOf, onInvalid: 'count' }, { ...asOf, onInvalid: 'count', unknownFacts: 'ignore' })))),
  spec('screenEach', (...a: unknown[]) => [...(lib.screenEach as (...x: unknown[]) => Iterable<unknown>)(...a)], around(people, lib.bpuBasicsRuleSet, asOf)),
  spec('parseNik', lib.parseNik, around('5371044707900001', { asOf: '2026-01-15' })),
  spec('regionCode', lib.regionCode, around('53.71.04')),
  spec('regionLevel', lib.regionLevel, around('53.71')),
  spec('regionContains', lib.regionContains, around('53', '53.71.04')),
  spec('domicileIn', lib.domicileIn, around('53', basis, { effective: { from: '2026-01-01' } })),
  spec('dtsenDecileAtMost', lib.dtsenDecileAtMost, around(4, basis)),
  spec('incomeBelow', lib.incomeBelow, around(2_455_898, basis)),
  spec('notFundedByOtherGovernment', lib.notFundedByOtherGovernment, around({ from: '2026-01', to: '2026-12' }, 'apbd:53', basis)),
  spec('activeInformalWork', lib.activeInformalWork, around(basis)),
  spec('pekerjaRentanRuleSet', lib.pekerjaRentanRuleSet, around({ ...lib.NTT_2026_CONFIG, id: 'kab5310', region: '53.10', funder: 'apbd:53.10' })),
];

/** Entry points of src/funding (issue 4). */
export const fundingSpecs: readonly FuzzSpec[] = [
  spec(
    'allocate',
    lib.allocate,
    fc.oneof(
      around(100, [{ party: 'province', percent: '50' }, { party: 'regency', percent: '30' }, { party: 'village', percent: '20' }]),
      around(7, [{ party: 'a', ratio: 3 }, { party: 'b', ratio: 2 }], { remainder: { method: 'to_party', party: 'b' } }),
      fc.tuple(hostileAmount, fc.array(hostileAmount, { maxLength: 4 }).map((sizes) => sizes.map((ratio, i) => ({ party: `p${i}`, ratio })))),
    ),
  ),
  spec('planProgramme', lib.planProgramme, around(plan, { projection: { method: 'carry_forward' } }), { numRuns: 100 }),
  spec('maxParticipants', lib.maxParticipants, around({ budget: 10_080_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' })),
  spec('budgetDuration', lib.budgetDuration, around({ budget: 1_000_000_000, from: '2026-01', cohorts: [{ count: 5_000, profile: { income: 1_000_000 } }], fundedBy: 'apbd' }, { rounding: { mode: 'half_up', step: 1 } })),
  spec('coverageRatio', lib.coverageRatio, around({ participantCount: 49_000_000, workforce: 92_000_000 }, { rounding: { mode: 'down', decimals: 1 } })),
  spec('coverageChange', lib.coverageChange, around({ percent: '37.83' }, { percent: '45.83' }, { rounding: { decimals: 1 } })),
  spec('participantsForTarget', lib.participantsForTarget, around({ participantCount: 458_300, workforce: 1_000_000, targetPercent: '50', cost: { period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' } }, {})),
];

/** Entry points of src/payments (issue 5). */
export const paymentSpecs: readonly FuzzSpec[] = [
  spec('applyPayments', lib.applyPayments, around(bpuSchedule, [{ amount: 40_000, paymentDate: '2026-01-10', payer: 'self' }], { asOf: '2026-03-31' })),
  spec('membershipStatus', lib.membershipStatus, around(bpuContributionSchedule, [{ amount: 16_800, paymentDate: '2026-01-10', payer: 'Pemprov NTT' }], { asOf: '2026-05-20' })),
  spec('lateFine', lib.lateFine, around({ segment: 'PU', month: '2026-01', contribution: 462_000, paymentDate: '2026-04-15' }), money),
  spec('arrearsStatement', lib.arrearsStatement, around(puSchedule, [{ amount: 462_000, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' })),
  spec('contributionPeriods', lib.contributionPeriods, around(bpuSchedule, prepaid, { asOf: '2026-02-10' })),
  spec('jkmWaitingPeriodCheck', lib.jkmWaitingPeriodCheck, around(bpuSchedule, prepaid, { deathDate: '2026-02-10' })),
  spec('scholarshipPeriodCheck', lib.scholarshipPeriodCheck, around({ segment: 'BPU', months: three }, threePaid, { eventDate: '2025-12-20' })),
  spec('jkpPeriodCheck', lib.jkpPeriodCheck, around({ segment: 'PU', months: pu2025 }, pu2025Paid, { terminationDate: '2025-12-20', asOf: '2026-01-20' })),
  spec('programmeProtection', lib.programmeProtection, around(cohorts, { asOf: '2026-03-20' })),
];

/** Entry points of src/benefits (issue 6). */
export const benefitSpecs: readonly FuzzSpec[] = [
  spec('jkkBenefit', lib.jkkBenefit, around({ accidentDate: '2026-03-05', earnings: { segment: 'BPU', income: 1_000_000 }, outcome: { kind: 'death' } })),
  spec('jkmBenefit', lib.jkmBenefit, around({ deathDate: '2026-02-10', segment: 'PU', activeAtDeath: true, contributionMonths: 36, scholarshipChildCount: 2 })),
  spec('scholarshipEntitlement', lib.scholarshipEntitlement, fc.tuple(junk), { mayNeverSucceed: true }),
  spec('jhtBalance', lib.jhtBalance, around({ startMonth: '2026-01', contributions: Array(12).fill(285_000), openingBalance: 0, annualReturnPercent: '0' })),
  spec('jhtWithdrawal', lib.jhtWithdrawal, around({ kind: 'partial', requestDate: '2026-01-15', balance: 50_000_000, membershipMonths: 120, purpose: 'housing', previousPartialWithdrawal: false })),
  spec('jpBenefit', lib.jpBenefit, around({ retirementDate: '2027-06-01', birthDate: '1966-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, childCount: 0, parents: false } }, { projection: { method: 'indexed', annualGrowthPercent: '5' } })),
  spec('jpRetirementDate', lib.jpRetirementDate, around('1969-03-01')),
  spec('jkpBenefit', lib.jkpBenefit, around({ terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 7_000_000 }, terminationReason: 'termination', contributionMonthsInLast24: 24, consecutivePaidMonthsBeforeTermination: 24 })),
  spec('claimsSummary', lib.claimsSummary, fc.tuple(junk), { mayNeverSucceed: true }),
];
