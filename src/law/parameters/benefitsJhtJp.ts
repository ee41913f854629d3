/**
 * Benefits of JHT (*Jaminan Hari Tua*) and JP (*Jaminan Pensiun*), keyed by event date.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { formatRupiah, percent, RoundingSchema, type Rate, type Rounding } from '../../core/money';
import { text } from '../../core/explain';
import { cite } from '../citation';
import { defineParameter, type ValueSpec } from '../timeline';
import { cites } from '../sources';
import { rateValueSchema, rupiahValueSchema } from './common';

// ---------------------------------------------------------------------------------------------
// JHT

/** The JHT partial withdrawal rule. */
export interface JhtPartialWithdrawal {
  /** Months of membership required. */
  readonly minMembershipMonths: number;
  /** Share of the balance for housing. */
  readonly housing: Rate;
  /** Share of the balance for other retirement preparation. */
  readonly other: Rate;
}

/** JHT partial withdrawal by request date. */
export const benefitJhtPartial = defineParameter<JhtPartialWithdrawal>({
  id: 'benefit.jht.partialWithdrawal',
  title: text('Pengambilan sebagian JHT', 'JHT partial withdrawal'),
  description: 'Once, after a minimum membership period: up to a share of the balance for housing, or a smaller share for other preparation for retirement.',
  unit: 'table',
  granularity: 'date',
  schema: ownStrictObject({ minMembershipMonths: z.number().int().nonnegative().max(1200), housing: rateValueSchema, other: rateValueSchema }),
  display: (v) => `after ${v.minMembershipMonths} months: housing ${v.housing.percent} %, other ${v.other.percent} %`,
  values: [
    {
      from: '2015-07-01',
      value: { minMembershipMonths: 120, housing: percent('30'), other: percent('10') },
      citations: cites.pp46('Art. 22(4)-(5)', 'As amended by PP 60/2015: once, after at least 10 years of membership, up to 30 % for housing or up to 10 % for other retirement preparation (H). Article numbers from the brief (M).'),
    },
  ],
});

/** A full JHT payout trigger. */
export type JhtPayoutTrigger = 'retirement_age' | 'total_permanent_disability' | 'death' | 'resignation' | 'termination' | 'contract_ended' | 'bpu_stopped_working' | 'left_indonesia';

/** The full payout triggers in force. */
export interface JhtPayoutRules {
  /** Age at which the balance is paid in full. */
  readonly retirementAge: number;
  /** Waiting months after the event, per trigger (0: at once). */
  readonly waitingMonths: Readonly<Record<JhtPayoutTrigger, number>>;
}

const triggerSchema = ownStrictObject({
  retirementAge: z.number().int().min(40).max(80),
  waitingMonths: ownStrictObject({
    retirement_age: z.number().int().nonnegative().max(24),
    total_permanent_disability: z.number().int().nonnegative().max(24),
    death: z.number().int().nonnegative().max(24),
    resignation: z.number().int().nonnegative().max(24),
    termination: z.number().int().nonnegative().max(24),
    contract_ended: z.number().int().nonnegative().max(24),
    bpu_stopped_working: z.number().int().nonnegative().max(24),
    left_indonesia: z.number().int().nonnegative().max(24),
  }),
});

const waiting = { retirement_age: 0, total_permanent_disability: 0, death: 0, resignation: 1, termination: 1, contract_ended: 0, bpu_stopped_working: 0, left_indonesia: 0 } as const;

/** JHT full payout triggers by event date. */
export const benefitJhtPayout = defineParameter<JhtPayoutRules>({
  id: 'benefit.jht.payoutTriggers',
  title: text('Syarat pembayaran manfaat JHT', 'JHT full payout triggers'),
  description:
    'The events on which the whole JHT balance is paid: retirement age, total permanent disability, death, resignation and termination (after a one-month wait), end of a fixed-term contract, a BPU stopping work, a foreign worker leaving Indonesia for good.',
  unit: 'table',
  granularity: 'date',
  schema: triggerSchema,
  display: (v) => `age ${v.retirementAge}; waits: ${Object.entries(v.waitingMonths).map(([k, m]) => `${k} ${m}`).join(', ')}`,
  values: [
    {
      from: '2015-07-01',
      to: '2022-04-25',
      value: { retirementAge: 56, waitingMonths: waiting },
      citations: [
        cites.pp46('Art. 26', 'As amended by PP 60/2015 (payout on resignation and termination restored).'),
        cite('Permenaker', '19', 2015, { title: 'Tata Cara dan Persyaratan Pembayaran Manfaat JHT', note: 'The same triggers as Permenaker 4/2022 (brief §6 history); the one-month wait for resignation and termination is read as the same (M). Permenaker 2/2022 (payout only at 56) never applied.' }),
      ],
      confidence: 'M',
    },
    {
      from: '2022-04-26',
      value: { retirementAge: 56, waitingMonths: waiting },
      citations: cite('Permenaker', '4', 2022, {
        title: 'Tata Cara dan Persyaratan Pembayaran Manfaat JHT',
        article: 'Art. 4-9',
        note: 'Age 56; total permanent disability; death; resignation (paid after a one-month wait from the resignation date); PHK (one month after the PHK date); end of a PKWT contract; a BPU stopping work; a foreigner leaving Indonesia for good (H). Signed in April 2022; the day 2022-04-26 used as its first day is not sourced (L).',
      }),
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// JP

/** The JP pension formula constants. */
export interface JpPensionRules {
  /** Contribution months needed for a monthly pension (otherwise a lump sum). */
  readonly minMonthsForPension: number;
  /** Accrual rate per year of contributions. */
  readonly accrualRate: Rate;
  /** Survivor pension shares of the old-age pension. */
  readonly survivorShares: { readonly spouse: Rate; readonly child: Rate; readonly parent: Rate };
  /** Most children receiving a survivor pension. */
  readonly maxChildren: number;
}

/** JP formula constants by pension start date. */
export const benefitJpRules = defineParameter<JpPensionRules>({
  id: 'benefit.jp.rules',
  title: text('Manfaat Jaminan Pensiun', 'JP pension rules'),
  description: 'Monthly old-age pension = accrual rate × (contribution months / 12) × average indexed monthly wage, after 180 contribution months; survivor pensions as shares of it.',
  unit: 'table',
  granularity: 'date',
  schema: ownStrictObject({
    minMonthsForPension: z.number().int().positive().max(1200),
    accrualRate: rateValueSchema,
    survivorShares: ownStrictObject({ spouse: rateValueSchema, child: rateValueSchema, parent: rateValueSchema }),
    maxChildren: z.number().int().positive().max(10),
  }),
  display: (v) => `${v.accrualRate.percent} % a year; pension after ${v.minMonthsForPension} months`,
  values: [
    {
      from: '2015-07-01',
      value: { minMonthsForPension: 180, accrualRate: percent('1'), survivorShares: { spouse: percent('50'), child: percent('50'), parent: percent('20') }, maxChildren: 2 },
      citations: cites.pp45(
        'Art. 17, 19-22',
        'Formula 1 % × contribution years × average indexed wage (H); 15 years (180 months) for a monthly pension, otherwise a lump sum of contributions plus returns (H). Survivor shares: widow or widower 50 %, child 50 % (at most 2, until 23, working or married), parent 20 % (M: article numbers unverified, brief §12 item 15). The indexation method of the wage is not modelled: the average indexed wage is an input.',
      ),
      confidence: 'M+',
    },
  ],
});

/** The JP retirement age (*usia pensiun*) by date. */
export const benefitJpRetirementAge = defineParameter<number>({
  id: 'benefit.jp.retirementAge',
  title: text('Usia pensiun', 'JP retirement age'),
  description: 'The retirement age in force on a date: 56 from the start of JP, 57 from 2019-01-01, then one year more every three years until 65 from 2043-01-01.',
  unit: 'years',
  granularity: 'date',
  schema: z.number().int().min(40).max(80),
  display: (v) => `${v} years`,
  values: [
    { from: '2015-07-01', to: '2018-12-31', value: 56, citations: cites.pp45('Art. 15(1)', 'Retirement age first set at 56.') },
    ...[57, 58, 59, 60, 61, 62, 63, 64].map(
      (age, i): ValueSpec<number> => ({
        from: `${2019 + 3 * i}-01-01`,
        to: `${2021 + 3 * i}-12-31`,
        value: age,
        citations: cites.pp45('Art. 15(2)-(3)', '57 from 1 January 2019, then one year more every 3 years until 65.'),
      }),
    ),
    { from: '2043-01-01', value: 65, citations: cites.pp45('Art. 15(3)', 'The final retirement age of 65, from 2043.') },
  ],
});

/** The JP monthly benefit limits. */
export interface JpBenefitLimits {
  /** Lowest monthly pension. */
  readonly minimum: number;
  /** Highest monthly pension. */
  readonly maximum: number;
}

const limitsSchema = ownStrictObject({ minimum: rupiahValueSchema, maximum: rupiahValueSchema });
const showLimits = (v: JpBenefitLimits): string => `${formatRupiah(v.minimum)} – ${formatRupiah(v.maximum)}`;

/**
 * JP minimum and maximum monthly benefit by March letter. Only published values (H or M) are
 * stored; the years without one are gaps (a lookup there fails), which is why this series is of
 * kind `measure` (gaps allowed) rather than `continuous`.
 */
export const benefitJpLimits = defineParameter<JpBenefitLimits>({
  id: 'benefit.jp.benefitLimits',
  title: text('Manfaat pensiun minimum dan maksimum', 'JP minimum and maximum monthly benefit'),
  description:
    'The lowest and highest monthly JP benefit, indexed each year by the previous year\'s inflation and published in the March letter. Only published values are stored: a date in a year whose letter the library has not seen fails with parameter_not_in_force.',
  unit: 'table',
  granularity: 'date',
  kind: 'measure',
  schema: limitsSchema,
  display: showLimits,
  values: [
    { from: '2015-07-01', to: '2016-02-29', value: { minimum: 300_000, maximum: 3_600_000 }, citations: cites.pp45('Art. 18(1)-(2)', 'Base values Rp300,000 and Rp3,600,000.') },
    {
      from: '2016-03-01',
      to: '2017-02-28',
      value: { minimum: 310_050, maximum: 3_720_600 },
      citations: cites.pp45('Art. 18(3)', 'Exactly 300,000 × 1.0335 and 3,600,000 × 1.0335 (2015 CPI 3.35 %), without rounding (310,050 is not a multiple of Rp100). Single source (M).'),
      confidence: 'M',
    },
    {
      from: '2019-03-01',
      to: '2020-02-29',
      value: { minimum: 341_400, maximum: 4_095_750 },
      citations: [
        cites.pp45('Art. 18(3)', 'Minimum Rp341,400 (2018 CPI 3.13 %), single source (M).'),
        cites.practice('jimmybudhi.com citing a BPJS letter', 2019, 'Maximum Rp4,095,750 for 2019, single source citing a BPJS letter that has not been seen (M).'),
      ],
      confidence: 'M',
    },
    {
      from: '2023-03-01',
      to: '2024-02-29',
      value: { minimum: 383_400, maximum: 4_598_100 },
      citations: cites.letter('B/77/022023', 2023, 'Batasan upah dan manfaat JP 2023', 'Letter of 27-02-2023; values quoted by Kontan (25-10-2023) and a second source (H).'),
    },
    {
      from: '2024-03-01',
      to: '2025-02-28',
      value: { minimum: 393_500, maximum: 4_718_200 },
      citations: cites.letter('B/1387/022024', 2024, 'Batasan upah dan manfaat JP 2024', 'Minimum H (three sources); maximum M+ (one code file plus an exact fit of the round-up rule: 4,598,100 × 1.0261 = 4,718,110.41 → 4,718,200).'),
      confidence: 'M+',
    },
    {
      from: '2025-03-01',
      to: '2026-02-28',
      value: { minimum: 399_700, maximum: 4_792_300 },
      citations: cites.letter('B/726/022025', 2025, 'Perubahan Batasan Upah dan Manfaat JP 2025', 'One source ("minimum Rp399.700 s.d. maksimum Rp4.792.300/bulan per 2025") plus an exact fit of the round-up rule (M).'),
      confidence: 'M',
    },
  ],
});

/**
 * JP limits derived by the indexation rule from published inflation but not yet seen in a letter.
 * Never used as the limits in force without a projection: `jpBenefit` reads them as the most the
 * letter can give (the round-up rule is the most generous rounding) to decide whether the unknown
 * limits can bind, and uses them as the limits only when the caller asks for a projection
 * (results then say `projected: true`, the limits `derived`).
 */
export const benefitJpLimitsDerived = defineParameter<JpBenefitLimits>({
  id: 'benefit.jp.benefitLimitsDerived',
  title: text('Manfaat pensiun minimum dan maksimum (turunan)', 'JP benefit limits (derived, not published)'),
  description: 'Minimum and maximum monthly JP benefit derived by the round-up indexation rule from the last published values and published inflation; not law until the letter is read: an upper bound of the limits in force, and the projected limits when a projection is asked for.',
  unit: 'table',
  granularity: 'date',
  kind: 'measure',
  schema: limitsSchema,
  display: showLimits,
  values: [
    {
      from: '2026-03-01',
      to: '2027-02-28',
      value: { minimum: 411_400, maximum: 4_932_300 },
      citations: cites.pp45('Art. 18(3)', 'Derived: 399,700 × 1.0292 = 411,371.24 → 411,400; 4,792,300 × 1.0292 = 4,932,235.16 → 4,932,300 (2025 CPI 2.92 %, BPS; rounded up to Rp100, the rule that fits the 2023-2025 letters). Letter B/1226/022026 has not been read for these lines (L).'),
      status: 'derived',
      confidence: 'L',
    },
  ],
});

/** How the JP benefit limits are indexed, and what a computation may conclude without a letter. */
export interface JpLimitIndexation {
  /** Rounding of an indexed limit (used by an `indexed` projection). */
  readonly rounding: Rounding;
  /**
   * Reading: the limits never decrease from one March letter to the next. Then the limits in
   * force on a date whose letter is not known lie between the nearest known values before and
   * after it (a derived value, rounded up, is the most the letter can give), and `jpBenefit`
   * answers without the letter when the pension lies between those bounds. `false`: it refuses.
   */
  readonly limitsNeverDecrease: boolean;
}

/** The indexation of the JP benefit limits (PP 45/2015 Art. 18(3)). */
export const benefitJpLimitIndexation = defineParameter<JpLimitIndexation>({
  id: 'benefit.jp.benefitLimitIndexation',
  title: text('Penyesuaian manfaat pensiun minimum dan maksimum', 'Indexation of the JP benefit limits'),
  description:
    'New limit = previous limit × (1 + general inflation of the previous year), rounded up to a multiple of Rp100; and the reading that the limits never decrease, which lets a pension be computed without the letter when the unknown limits cannot bind it.',
  unit: 'table',
  granularity: 'date',
  schema: ownStrictObject({ rounding: RoundingSchema, limitsNeverDecrease: z.boolean() }),
  display: (v) => `${v.rounding.mode} to Rp${v.rounding.step}; ${v.limitsNeverDecrease ? 'never decrease' : 'may decrease'}`,
  values: [
    {
      from: '2015-07-01',
      value: { rounding: { mode: 'up', step: 100 }, limitsNeverDecrease: true },
      citations: cites.pp45(
        'Art. 18(3)',
        'The limits "disesuaikan setiap tahun berdasarkan tingkat inflasi umum tahun sebelumnya". Rounding up to Rp100 is the only rule that fits the 2023 → 2024 → 2025 letters (M; 2016 was not rounded). Reading (M): the limits never decrease, because the adjustment follows the previous year\'s general inflation and that was positive in every year since JP began (BPS, December on December: 2015 3.35 %, 2016 3.02 %, 2017 3.61 %, 2018 3.13 %, 2019 2.72 %, 2020 1.68 %, 2021 1.87 %, 2022 5.51 %, 2023 2.61 %, 2024 1.57 %, 2025 2.92 %; the 2016-2017 and 2019-2021 figures are not in the domain brief, M). jpBenefit relies on it only between known values (a letter before and a letter or derived value after the date), never for years whose inflation is not yet published.',
      ),
      confidence: 'M',
    },
  ],
});
