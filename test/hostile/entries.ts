/**
 * The hostile-input suite's table of public entries: for every function exported from src/index.ts,
 * one valid call (the worked example of its documentation, or close to it). The suite spoils each
 * argument of that call, each field inside it, its prototype, and the global Object.prototype,
 * and checks that the function still answers with a result or a typed JamsostekError.
 */
import { z } from 'zod';
import * as lib from '../../src/index';

/** One public entry: how to call it, with valid arguments. */
export interface Entry {
  /** Valid arguments (built fresh for every call: a case may spoil them). */
  readonly args: () => unknown[];
  /** Calls the function (default `fn(...args)`); lazy results are consumed here. */
  readonly call?: (args: unknown[]) => unknown;
  /** Hostile uses that need more than a spoiled argument, by case key. */
  readonly extra?: Readonly<Record<string, () => unknown>>;
}

const basis = () => ({ instrument: 'Perbup', number: '7', year: 2026 });
const fisherSpec = () => ({ id: 'work.fisher', title: { id: 'Nelayan', en: 'Fisher' }, citations: basis(), facts: { fisher: z.boolean() }, test: (f: { fisher: boolean }) => f.fisher });
const fisher = lib.defineCriterion(fisherSpec() as never);
const people = () => [
  { employment: 'self_employed', birthDate: '1980-02-01', occupations: ['petani'] },
  { employment: 'wage_earner', birthDate: '1990-05-05', occupations: ['kasir'] },
];
const nttCandidate = () => ({ nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'], dtsenDecile: 2, monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true });
const plan = () => ({
  name: 'NTT 2026',
  programs: ['JKK', 'JKM'],
  period: { from: '2026-01', to: '2026-12' },
  funders: [{ id: 'ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
  arrangement: { type: 'single', funder: 'ntt' },
  rosters: [{ name: 'Pekerja rentan NTT', region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }], participants: [{ income: 1_000_000 }, { income: 2_000_000, sector: 'transport' }] }],
  budget: 10_080_000_000,
});
const bpuSchedule = () => ({ segment: 'BPU', months: Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, amount: 16_800 })) });
const prepaid = () => [{ amount: 201_600, paymentDate: '2026-01-05', payer: 'Pemprov NTT' }];
const pu2025 = () => Array.from({ length: 12 }, (_, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, amount: 462_000 }));
const pu2025Paid = () => pu2025().map((m, i) => ({ amount: 462_000, paymentDate: i < 11 ? `2025-${String(i + 2).padStart(2, '0')}-10` : '2026-01-10' }));
const three = () => Array.from({ length: 36 }, (_, i) => ({ month: `${i < 12 ? 2023 : i < 24 ? 2024 : 2025}-${String((i % 12) + 1).padStart(2, '0')}`, amount: 16_800 }));
const cohorts = () => [
  {
    id: 'kupang-2026',
    funder: 'Pemkab Kupang',
    region: 'Kabupaten Kupang',
    period: { from: '2026-01', to: '2026-12' },
    contributionPerParticipant: 16_800,
    participants: ['A', 'B', 'C'],
    payments: [{ paymentDate: '2026-01-10', months: ['2026-01'] }, { paymentDate: '2026-02-25', months: ['2026-02'] }],
  },
];
const overlay = () => ({
  name: 'Finance team 2027 plan',
  values: { 'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: 11_600_000, status: 'projected', citations: { instrument: 'Practice', number: 'budget assumption', year: 2026 } }] },
});
/** `wrap` applied 10,000 times to the fisher criterion, in a rule set, evaluated. */
const nested = (wrap: (node: unknown) => unknown) => (): unknown => {
  let node: unknown = fisher;
  for (let i = 0; i < 10_000; i++) node = wrap(node);
  const ruleSet = lib.defineRuleSet({ id: 'deep', title: { id: 'Dalam', en: 'Deep' }, rules: [node as lib.RuleNode] });
  return lib.evaluateEligibility({ fisher: true }, ruleSet, { asOf: '2026-01-15' });
};
const consume = (iterable: unknown, max = 1_000): unknown[] => {
  const out: unknown[] = [];
  for (const x of iterable as Iterable<unknown>) {
    out.push(x);
    if (out.length >= max) break;
  }
  return out;
};
const bpuContributionSchedule = () => lib.contributionSchedule({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2026-01', to: '2026-06' });

/** Exported functions that are not entries, with the reason (everything else must be in ENTRIES). */
export const NOT_ENTRIES: Readonly<Record<string, string>> = {
  Criterion: 'class of defineCriterion results; its constructor is @internal (entry: defineCriterion)',
  RuleGroup: 'class of allOf/anyOf/not results; its constructor is @internal (entries: allOf, anyOf, not)',
  RuleSet: 'class of defineRuleSet results; its constructor is @internal (entries: defineRuleSet, extendRuleSet)',
};

/** Every public entry with a valid call. */
export const ENTRIES: Readonly<Record<string, Entry>> = {
  // --- core ---
  JamsostekError: { args: () => [[{ code: 'invalid_input', path: ['x'], message: 'Bad x', reason: 'custom' }]], call: (a) => new (lib.JamsostekError as unknown as new (...x: unknown[]) => unknown)(...a) },
  isJamsostekError: { args: () => [new Error('x')] },
  rupiah: { args: () => [16_800] },
  percent: { args: () => ['0.24'] },
  roundRupiah: { args: () => ['10042359.8', { rounding: { mode: 'down', step: 100 } }] },
  sumRupiah: { args: () => [[10_000, 6_800]] },
  formatRupiah: { args: () => [10_080_000_000] },
  yearMonth: { args: () => ['2026-03'] },
  calendarDate: { args: () => ['2024-02-29'] },
  addMonths: { args: () => ['2026-01', 14] },
  monthsBetween: { args: () => ['2026-01', '2027-03'] },
  monthRange: { args: () => ['2026-01', '2026-12'] },
  monthsIn: { args: () => [{ from: '2026-01', to: '2026-03' }] },
  isMonthInRange: { args: () => ['2026-02', { from: '2026-01', to: '2026-03' }] },
  daysInYearMonth: { args: () => ['2024-02'] },
  dateInMonth: { args: () => ['2026-02', 31, { overflow: 'clamp_to_month_end' }] },
  yearMonthOf: { args: () => ['2026-02-10'] },
  firstDayOf: { args: () => ['2026-02'] },
  lastDayOf: { args: () => ['2024-02'] },
  addDays: { args: () => ['2026-01-31', 30] },
  daysBetween: { args: () => ['2026-01-01', '2026-03-01'] },
  ageOn: { args: () => ['1990-07-07', '2026-01-15'] },
  compareCalendar: { args: () => ['2026-01', '2026-02'] },
  regionCode: { args: () => ['53.71.04'] },
  regionLevel: { args: () => ['53.71'] },
  regionContains: { args: () => ['53', '53.71.04'] },

  // --- law ---
  formatCitation: { args: () => [{ instrument: 'PP', number: '44', year: 2015, article: 'Art. 16(1)' }] },
  // carry_forward: an `indexed` projection of a spoiled (unknown) id is blamed on the projection, rightly
  valueAt: { args: () => [lib.baselineLaw.parameter('jp.wageCap'), '2027-03', { law: lib.baselineLaw, projection: { method: 'carry_forward' } }] },
  coverageOf: { args: () => [lib.baselineLaw.parameter('jp.wageCap')] },
  withOverlay: { args: () => [lib.baselineLaw, overlay()], call: (a) => (lib.withOverlay as (...x: unknown[]) => lib.LawRegistry)(...a).parameter('jp.wageCap') },

  // --- contributions ---
  monthlyContribution: { args: () => [{ segment: 'PU', wage: 5_000_000, riskClass: 1, employerScale: 'large' }, '2026-03', { rounding: { mode: 'half_up', step: 1 }, projection: { method: 'carry_forward' } }] },
  contributionSchedule: { args: () => [{ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, { from: '2026-01', to: '2026-03' }, {}] },
  contributionBatch: { args: () => [{ segment: 'PU', wage: [5_000_000, 15_000_000], riskClass: [1, 5], employerScale: 'large' }, '2026-03', { projection: { method: 'carry_forward' } }] },
  streamContributionBatches: {
    args: () => [{ segment: 'PU', employerScale: 'large', members: [{ wage: 5_000_000, riskClass: 1 }, { wage: 15_000_000, riskClass: 5 }] }, { from: '2026-01', to: '2026-02' }, { chunkSize: 1 }],
    call: (a) => consume((lib.streamContributionBatches as (...x: unknown[]) => unknown)(...a)),
  },
  bpuIncomeBracket: { args: () => [2_700_000, '2026-01', { law: lib.baselineLaw }] },
  jpWageCap: { args: () => ['2027-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }] },
  nextJpWageCap: { args: () => [10_547_400, '5.11', { law: lib.baselineLaw, month: '2026-03', projection: { method: 'carry_forward' } }] },

  // --- eligibility ---
  defineCriterion: { args: () => [fisherSpec()] },
  allOf: { args: () => [[lib.bpuRegistrationAge, lib.bpuOccupationLimit], { id: 'bpu.core' }], extra: { 'nested 10,000 deep, evaluated': nested((n) => lib.allOf([n as lib.RuleNode])) } },
  anyOf: { args: () => [[fisher], { id: 'g.any' }] },
  not: { args: () => [fisher, { id: 'g.not' }], extra: { 'nested 10,000 deep, evaluated': nested((n) => lib.not(n as lib.RuleNode)) } },
  defineRuleSet: { args: () => [{ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [lib.bpuOutsideEmployment] }] },
  extendRuleSet: { args: () => [lib.bpuBasicsRuleSet, { id: 'prov.example', title: { id: 'Contoh', en: 'Example' }, overrides: [] }] },
  evaluateEligibility: { args: () => [nttCandidate(), lib.ntt2026RuleSet, { asOf: '2026-01-15', projection: { method: 'carry_forward' } }] },
  screenCandidates: { args: () => [people(), lib.bpuBasicsRuleSet, { asOf: '2026-01-15', onInvalid: 'count', unknownFacts: 'error' }] },
  screenEach: { args: () => [people(), lib.bpuBasicsRuleSet, { asOf: '2026-01-15' }], call: (a) => consume((lib.screenEach as (...x: unknown[]) => unknown)(...a)) },
  parseNik: { args: () => ['5371044707900001', { asOf: '2026-01-15' }] },
  domicileIn: { args: () => ['53', basis(), { effective: { from: '2026-01-01' } }] },
  dtsenDecileAtMost: { args: () => [4, basis()] },
  incomeBelow: { args: () => [2_455_898, basis()] },
  notFundedByOtherGovernment: { args: () => [{ from: '2026-01', to: '2026-12' }, 'apbd:53', basis()] },
  activeInformalWork: { args: () => [basis()] },
  pekerjaRentanRuleSet: { args: () => [{ ...lib.NTT_2026_CONFIG, id: 'kab5310', region: '53.10', funder: 'apbd:53.10' }] },

  // --- funding ---
  allocate: { args: () => [100, [{ party: 'province', percent: '50' }, { party: 'regency', percent: '30' }, { party: 'village', percent: '20' }], { remainder: { method: 'to_party', party: 'village' } }] },
  planProgramme: { args: () => [plan(), {}] },
  maxParticipants: { args: () => [{ budget: 10_080_000_000, period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' }, { projection: { method: 'carry_forward' } }] },
  budgetDuration: { args: () => [{ budget: 1_000_000_000, from: '2026-01', cohorts: [{ count: 5_000, profile: { income: 1_000_000 } }], fundedBy: 'apbd' }, { rounding: { mode: 'half_up', step: 1 } }] },
  coverageRatio: { args: () => [{ participantCount: 49_000_000, workforce: 92_000_000 }, { rounding: { mode: 'down', decimals: 1 } }] },
  coverageChange: { args: () => [{ percent: '37.83' }, { percent: '45.83' }, { rounding: { decimals: 1 } }] },
  participantsForTarget: { args: () => [{ participantCount: 458_300, workforce: 1_000_000, targetPercent: '50', cost: { period: { from: '2026-01', to: '2026-12' }, profile: { income: 1_000_000 }, fundedBy: 'apbd' } }, { projection: { method: 'carry_forward' } }] },

  // --- payments ---
  applyPayments: { args: () => [bpuSchedule(), [{ amount: 40_000, paymentDate: '2026-01-10', payer: 'self' }], { asOf: '2026-03-31' }] },
  membershipStatus: { args: () => [bpuContributionSchedule(), [{ amount: 16_800, paymentDate: '2026-01-10', payer: 'Pemprov NTT' }], { asOf: '2026-05-20' }] },
  lateFine: { args: () => [{ segment: 'PU', month: '2026-01', contribution: 462_000, paymentDate: '2026-04-15' }, {}] },
  arrearsStatement: { args: () => [{ segment: 'PU', months: [{ month: '2026-01', amount: 462_000 }, { month: '2026-02', amount: 462_000 }] }, [{ amount: 462_000, paymentDate: '2026-04-15', months: ['2026-01'] }], { asOf: '2026-04-15' }] },
  contributionPeriods: { args: () => [bpuSchedule(), prepaid(), { asOf: '2026-02-10' }] },
  jkmWaitingPeriodCheck: { args: () => [bpuSchedule(), prepaid(), { deathDate: '2026-02-10' }] },
  scholarshipPeriodCheck: { args: () => [{ segment: 'BPU', months: three() }, three().map((m) => ({ amount: 16_800, paymentDate: `${m.month}-10`, months: [m.month] })), { eventDate: '2025-12-20' }] },
  jkpPeriodCheck: { args: () => [{ segment: 'PU', months: pu2025() }, pu2025Paid(), { terminationDate: '2025-12-20', asOf: '2026-01-20' }] },
  programmeProtection: { args: () => [cohorts(), { asOf: '2026-03-20' }] },

  // --- benefits ---
  jkkBenefit: { args: () => [{ accidentDate: '2026-03-05', earnings: { segment: 'BPU', income: 1_000_000 }, outcome: { kind: 'death' } }, {}] },
  jkmBenefit: { args: () => [{ deathDate: '2026-02-10', segment: 'PU', activeAtDeath: true, contributionMonths: 36, scholarshipChildCount: 2 }, {}] },
  scholarshipEntitlement: {
    args: () => [{ program: 'JKM', eventDate: '2025-03-10', claimDate: '2025-04-01', contributionMonths: 36, children: [{ birthDate: '2020-01-15', married: false, working: false, education: { level: 'TK', yearInLevel: 1 } }] }, {}],
  },
  jhtBalance: { args: () => [{ startMonth: '2026-01', contributions: Array<number>(12).fill(285_000), openingBalance: 0, annualReturnPercent: '5' }, {}] },
  jhtWithdrawal: { args: () => [{ kind: 'partial', requestDate: '2026-01-15', balance: 50_000_000, membershipMonths: 120, purpose: 'housing', previousPartialWithdrawal: false }, {}] },
  jpBenefit: { args: () => [{ retirementDate: '2025-05-01', birthDate: '1966-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, childCount: 0, parents: false } }, {}] },
  jpRetirementDate: { args: () => ['1969-03-01', {}] },
  jkpBenefit: { args: () => [{ terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 7_000_000 }, terminationReason: 'termination', contributionMonthsInLast24: 24, consecutivePaidMonthsBeforeTermination: 24 }, {}] },
  claimsSummary: {
    args: () => [
      {
        claims: [
          { program: 'JKM', type: 'death', amount: 42_000_000, participantId: 'A' },
          { program: 'JKK', type: 'death', amount: 70_000_000, participantId: 'B' },
          { program: 'JKK', type: 'scholarship', amount: 1_500_000, participantId: 'B' },
        ],
      },
    ],
  },
};
