/**
 * Benefits of JKK (*Jaminan Kecelakaan Kerja*), JKM (*Jaminan Kematian*) and their scholarship
 * (*beasiswa pendidikan anak*), keyed by the date of the event (accident, death): PP 53/2012
 * before 2015-07-01 (JKM only), PP 44/2015 from 2015-07-01, PP 82/2019 from 2019-12-02.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { formatRupiah, percent, type Rate } from '../../core/money';
import { text } from '../../core/explain';
import { cite } from '../citation';
import { defineParameter } from '../timeline';
import { cites } from '../sources';
import { rateValueSchema, rupiahValueSchema, showRupiah } from './common';

/** PP 53/2012 (the eighth amendment of PP 14/1993, Jamsostek era). */
const pp53 = (note: string) => cite('PP', '53', 2012, { title: 'Perubahan Kedelapan atas PP 14/1993 tentang Penyelenggaraan Program Jaminan Sosial Tenaga Kerja', note });
/** Permenaker 5/2021 (benefit procedures, details of the scholarship). */
const permenaker5 = (article: string, note: string) => cite('Permenaker', '5', 2021, { title: 'Tata Cara Penyelenggaraan Program JKK, JKM dan JHT', article, note });

const PP82_FROM = '2019-12-02';
const PP44_TO = '2019-12-01';
const PP44_FROM = '2015-07-01';

// ---------------------------------------------------------------------------------------------
// JKM cash

/** The JKM cash benefit for a death not caused by work. */
export interface JkmCash {
  /** Lump sum (*santunan sekaligus*). */
  readonly lumpSum: number;
  /** Periodic benefit (*santunan berkala*, 24 months, paid at once). */
  readonly periodic: number;
  /** Funeral cost (*biaya pemakaman*). */
  readonly funeral: number;
}

const jkmCashSchema = ownStrictObject({ lumpSum: rupiahValueSchema, periodic: rupiahValueSchema, funeral: rupiahValueSchema });
const showJkmCash = (v: JkmCash): string => `lump sum ${formatRupiah(v.lumpSum)} + periodic ${formatRupiah(v.periodic)} + funeral ${formatRupiah(v.funeral)}`;

/** JKM cash by date of death. */
export const benefitJkmCash = defineParameter<JkmCash>({
  id: 'benefit.jkm.cash',
  title: text('Santunan Jaminan Kematian', 'JKM death benefit'),
  description: 'The cash paid to the heirs of an active participant who dies of a cause other than a work accident, by date of death.',
  unit: 'table',
  granularity: 'date',
  schema: jkmCashSchema,
  display: showJkmCash,
  values: [
    {
      from: '2012-01-01',
      to: '2015-06-30',
      value: { lumpSum: 14_200_000, periodic: 4_800_000, funeral: 2_000_000 },
      citations: pp53('Rp21,000,000 = 14,200,000 + 4,800,000 + 2,000,000 ("JKM Rp24 juta, sebelumnya Rp21 juta", Kontan 2015-07-02). Single source (M). The start of this row (2012-01-01) is a lower bound chosen by the library: the date PP 53/2012 took effect was not sourced.'),
      confidence: 'M',
      note: 'Start date of the row not sourced (L); amounts M.',
    },
    {
      from: PP44_FROM,
      to: PP44_TO,
      value: { lumpSum: 16_200_000, periodic: 4_800_000, funeral: 3_000_000 },
      citations: cites.pp44('Art. 34', 'Rp24,000,000 = 16,200,000 + 4,800,000 (24 × 200,000) + 3,000,000, confirmed by several independent reports (brief §5.2, §12 item 10). One article giving a Rp6 m periodic benefit is an error (16.2 + 6 + 3 ≠ 24).'),
    },
    {
      from: PP82_FROM,
      value: { lumpSum: 20_000_000, periodic: 12_000_000, funeral: 10_000_000 },
      citations: cites.pp82('Art. I (Art. 34)', 'Rp42,000,000 = 20,000,000 + 12,000,000 (24 × 500,000, paid at once) + 10,000,000; in force from 2019-12-02.'),
    },
  ],
});

const scholarshipCounting =
  'Reading (M): the contribution period is the number of paid contribution months, consecutive or not, at the date of death (scholarshipPeriodCheck counts them from the payment record; jkmBenefit takes them as an input).';

/** The JKM scholarship condition: a minimum contribution period. */
export const benefitJkmScholarshipMinMonths = defineParameter<number>({
  id: 'benefit.jkm.scholarshipMinContributionMonths',
  title: text('Masa iur minimal beasiswa JKM', 'JKM scholarship: minimum contribution period'),
  description: 'The contribution period (in months) a participant who dies of a cause other than work must have reached for the children to receive the scholarship. Applies to PU and BPU alike.',
  unit: 'months',
  granularity: 'date',
  schema: z.number().int().nonnegative().max(1200),
  display: (v) => `${v} months`,
  values: [
    {
      from: PP44_FROM,
      to: PP44_TO,
      value: 60,
      citations: cites.pp44('Art. 34', `Before PP 82/2019: one child, Rp12 m, after at least 5 years (60 months) of membership (Kontan 2015-07-02; brief §5.2). One Dec-2019 summary gives a different old minimum period; unresolved (M). ${scholarshipCounting}`),
      confidence: 'M',
    },
    {
      from: PP82_FROM,
      value: 36,
      citations: cites.pp82('Art. I (Art. 34)', `At least 3 years (36 months) of contributions; for PU and BPU alike (BPJS site, Kompas TV, kompas.com quoting BPJS: "penerima upah maupun bukan penerima upah"; brief §5.2, H). ${scholarshipCounting}`),
    },
  ],
});

/** The BPU waiting rule for JKM. */
export interface BpuJkmWaitingRule {
  /** Consecutive paid months since registration needed for the full JKM. */
  readonly minConsecutivePaidMonths: number;
  /** What is paid for a death before that: the total. */
  readonly totalBeforeWaiting: number;
  /** The BPU brochure's reading: all of it is funeral cost. */
  readonly brochureReading: { readonly funeral: number };
  /** A BPJS branch head's reading: santunan kematian + funeral cost. */
  readonly branchReading: { readonly lumpSum: number; readonly funeral: number };
  /**
   * Reading (L): whether months paid in advance count towards the consecutive paid months before
   * their iuran month has begun. `false` (the cautious default): a prepaid month counts only once
   * its iuran month has begun. Read by the payment-record checks (`jkmWaitingPeriodCheck`,
   * `programmeProtection`); `jkmBenefit` takes the count as an input.
   */
  readonly prepaidMonthsCount: boolean;
}

/** The BPU 3-consecutive-month rule for JKM. */
export const benefitJkmBpuWaiting = defineParameter<BpuJkmWaitingRule>({
  id: 'benefit.jkm.bpuWaitingRule',
  title: text('Masa tunggu JKM peserta bukan penerima upah', 'JKM waiting rule for BPU'),
  description:
    'A BPU participant receives the full JKM only after paying a number of consecutive months since registration; a death before that pays a smaller total. Its composition differs by source; both readings are kept.',
  unit: 'table',
  granularity: 'date',
  schema: ownStrictObject({
    minConsecutivePaidMonths: z.number().int().nonnegative().max(120),
    totalBeforeWaiting: rupiahValueSchema,
    brochureReading: ownStrictObject({ funeral: rupiahValueSchema }),
    branchReading: ownStrictObject({ lumpSum: rupiahValueSchema, funeral: rupiahValueSchema }),
    prepaidMonthsCount: z.boolean(),
  }),
  display: (v) =>
    `full JKM after ${v.minConsecutivePaidMonths} consecutive paid months; before that ${formatRupiah(v.totalBeforeWaiting)}; prepaid months ${v.prepaidMonthsCount ? 'count' : 'count only once their iuran month has begun'}`,
  values: [
    {
      from: PP82_FROM,
      value: { minConsecutivePaidMonths: 3, totalBeforeWaiting: 10_000_000, brochureReading: { funeral: 10_000_000 }, branchReading: { lumpSum: 8_000_000, funeral: 2_000_000 }, prepaidMonthsCount: false },
      citations: [
        permenaker5('BPU provisions', 'Rule (at least 3 consecutive paid months since registration) and Rp10,000,000 total H (BPU brochure 2026; BPJS Meulaboh branch head, 5-Aug-2025; brief §3.4). Composition M: the brochure calls all of it funeral cost; the branch head gives santunan kematian Rp8,000,000 + funeral Rp2,000,000.'),
        cites.pp82(
          undefined,
          'Start date (L): no source dates the rule; the sources describing it are from 2025-2026. The library applies it from 2019-12-02, the start of the PP 82/2019 regime, and not from 2015-07-01 (the BPJS BPU programme start, which an earlier payments parameter used): the Rp10,000,000 total is the PP 82/2019 funeral cost (Rp3,000,000 before), so the rule as described belongs to that regime, and stating no rule before it (a BPU death before 2019-12-02 fails with parameter_not_in_force, in jkmBenefit and jkmWaitingPeriodCheck alike) is more defensible than back-dating a 2025 description four years further.',
        ),
        cites.practice(
          'Reading of prepaid months (brief §12 item 9a)',
          2026,
          'Open question (L): whether months paid in advance at registration (e.g. an APBD roster paid a year ahead) count towards the 3 months. The KPPS case in Cilegon (Rp42 m after about one month, Jan-Feb 2024) suggests they can, but may have been a special arrangement. The library\'s default (prepaidMonthsCount: false) is the cautious reading: a prepaid month counts only once its iuran month has begun (a death in the 2nd month after registration counts 2 months however many were prepaid). Override per call with { countPrepaidMonths: true } (jkmWaitingPeriodCheck) or with an overlay of this value.',
        ),
      ],
      confidence: 'L',
      note: 'Rule (3 consecutive paid months) and the Rp10,000,000 total H; composition M; start date and the prepaid-months reading L.',
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// JKK

/** The cash rules of JKK for one regime. */
export interface JkkCash {
  /** Death from a work accident: months of wage (48 = 60 % × 80). */
  readonly deathWageMonths: number;
  /** Months of wage in the disability formulas (80). */
  readonly disabilityWageMonths: number;
  /** Share of the disability formula paid for total permanent disability (70 %). */
  readonly totalDisabilityRate: Rate;
  /** Periodic benefit for death or total permanent disability, paid at once. */
  readonly periodic: number;
  /** Whether total permanent disability adds the periodic benefit to the lump sum. */
  readonly totalDisabilityAddsPeriodic: boolean;
  /** Funeral cost for a death from a work accident. */
  readonly funeral: number;
}

const totalDisabilityNote =
  'Total permanent disability: lump sum 70 % × 80 × wage (= 56 × wage) PLUS the periodic benefit paid at once. Additive reading (M+): the Kotlin app [S5] adds it; Antara [S33a] lists "santunan berkala cacat total tetap Rp12 juta, sebelumnya Rp4,8 juta" as an item next to the lump sum; the pre-2019 package was additive [S33b]; Perban BKN 4/2020 Art. 19 has the same structure. Contrary: one BPJS brochure [S2] words it with "or" (single source). The PP 82/2019 Lampiran III text has not been read (brief §12 item 7).';
const deathMinimumNote =
  'Death minimum: "paling sedikit sebesar santunan kematian JKM" (BPJS via detik; older BPJS material). The law states the minimum by reference to the JKM figure, so the library keeps no figure of its own: jkkBenefit reads the lump sum of benefit.jkm.cash in force on the accident date (one figure, one parameter; an overlay of the JKM lump sum moves the JKK minimum with it). Reading (M, brief §12 item 8): "santunan kematian" is the JKM lump sum (Rp20,000,000; Rp16,200,000 before 2019-12-02), not the whole JKM cash (Rp42 m). It binds only below a wage of Rp416,667 (Rp337,500 before), under the lowest BPU base.';

const jkkCashSchema = ownStrictObject({
  deathWageMonths: z.number().int().positive().max(1000),
  disabilityWageMonths: z.number().int().positive().max(1000),
  totalDisabilityRate: rateValueSchema,
  periodic: rupiahValueSchema,
  totalDisabilityAddsPeriodic: z.boolean(),
  funeral: rupiahValueSchema,
});

/** JKK cash rules by accident date. */
export const benefitJkkCash = defineParameter<JkkCash>({
  id: 'benefit.jkk.cash',
  title: text('Santunan Jaminan Kecelakaan Kerja', 'JKK cash benefits'),
  description: 'Lump sums of JKK for death, total permanent disability and partial disability, the periodic benefit and the funeral cost, by the date of the work accident.',
  unit: 'table',
  granularity: 'date',
  schema: jkkCashSchema,
  display: (v) =>
    `death ${v.deathWageMonths} × wage (min the JKM lump sum); disability ${v.disabilityWageMonths} × wage × %; total ${v.totalDisabilityRate.percent} %; periodic ${formatRupiah(v.periodic)}${v.totalDisabilityAddsPeriodic ? ' (added for total disability)' : ''}; funeral ${formatRupiah(v.funeral)}`,
  values: [
    {
      from: PP44_FROM,
      to: PP44_TO,
      value: { deathWageMonths: 48, disabilityWageMonths: 80, totalDisabilityRate: percent('70'), periodic: 4_800_000, totalDisabilityAddsPeriodic: true, funeral: 3_000_000 },
      citations: cites.pp44(
        'Lampiran I',
        `48 × wage, periodic Rp4,800,000 (24 × 200,000), funeral Rp3,000,000 (H: Antara, Kontan and others; the old package was 48 × wage + 4.8 m + 3 m + a Rp12 m scholarship). ${deathMinimumNote} ${totalDisabilityNote}`,
      ),
      confidence: 'M+',
    },
    {
      from: PP82_FROM,
      value: { deathWageMonths: 48, disabilityWageMonths: 80, totalDisabilityRate: percent('70'), periodic: 12_000_000, totalDisabilityAddsPeriodic: true, funeral: 10_000_000 },
      citations: cites.pp82('Art. I (Lampiran I)', `48 × wage (60 % × 80), periodic Rp12,000,000 (24 × 500,000, paid at once), funeral Rp10,000,000 (H). ${deathMinimumNote} ${totalDisabilityNote}`),
      confidence: 'M+',
    },
  ],
});

/** One period of temporary incapacity benefit (STMB). */
export interface StmbPeriod {
  /** Length in months (a count); `null` for "until recovery, disability or death". */
  readonly monthCount: number | null;
  /** Share of the wage paid. */
  readonly rate: Rate;
}

/** STMB (*santunan sementara tidak mampu bekerja*) by accident date. */
export const benefitJkkStmb = defineParameter<readonly StmbPeriod[]>({
  id: 'benefit.jkk.stmb',
  title: text('Santunan sementara tidak mampu bekerja (STMB)', 'Temporary incapacity benefit (STMB)'),
  description: 'The share of the monthly wage paid for each month a worker cannot work after a work accident, period by period; the last period is open-ended.',
  unit: 'table',
  granularity: 'date',
  schema: z.array(ownStrictObject({ monthCount: z.number().int().positive().max(600).nullable(), rate: rateValueSchema })).min(1).max(10),
  display: (v) => v.map((p) => `${p.rate.percent} % ${p.monthCount === null ? 'thereafter' : `for ${p.monthCount} months`}`).join(', '),
  values: [
    {
      from: PP44_FROM,
      to: PP44_TO,
      value: [
        { monthCount: 6, rate: percent('100') },
        { monthCount: 6, rate: percent('75') },
        { monthCount: null, rate: percent('50') },
      ],
      citations: cites.pp44('Lampiran I', '6 months 100 %, 6 months 75 %, then 50 % until recovery (M: the pre-2019 scheme as reported).'),
      confidence: 'M',
    },
    {
      from: PP82_FROM,
      value: [
        { monthCount: 12, rate: percent('100') },
        { monthCount: null, rate: percent('50') },
      ],
      citations: cites.pp82('Art. I (Lampiran I)', '100 % of the wage for the first 12 months, then 50 % until recovery, disability or death (H). The library counts whole months; a daily amount (wage / 30 in one peer) is not sourced.'),
    },
  ],
});

/** Transport caps by mode. */
export interface TransportCaps {
  /** Land or river transport. */
  readonly land: number;
  /** Sea transport. */
  readonly sea: number;
  /** Air transport. */
  readonly air: number;
}

/** JKK transport caps by accident date. */
export const benefitJkkTransport = defineParameter<TransportCaps>({
  id: 'benefit.jkk.transportCaps',
  title: text('Biaya pengangkutan peserta kecelakaan kerja', 'JKK transport cost caps'),
  description: 'The most JKK pays for taking an injured worker to hospital or home, per mode of transport; when several modes are used, each mode has its own cap.',
  unit: 'table',
  granularity: 'date',
  schema: ownStrictObject({ land: rupiahValueSchema, sea: rupiahValueSchema, air: rupiahValueSchema }),
  display: (v) => `land/river ${formatRupiah(v.land)}, sea ${formatRupiah(v.sea)}, air ${formatRupiah(v.air)}`,
  values: [
    {
      from: PP82_FROM,
      value: { land: 5_000_000, sea: 2_000_000, air: 10_000_000 },
      citations: cites.pp82(
        'Art. I (Lampiran I)',
        'Land/river Rp5,000,000, sea Rp2,000,000, air Rp10,000,000 (H). The PP 44/2015 caps were lower but are not sourced (brief: unverified recollection), so the library has no value before 2019-12-02 and a transport claim for an earlier accident fails with parameter_not_in_force.',
      ),
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Scholarship

/** An education level of the scholarship schedule. */
export type EducationLevel = 'TK' | 'SD' | 'SMP' | 'SMA' | 'higher';

/** One level of the scholarship schedule. */
export interface ScholarshipLevel {
  /** The level. */
  readonly level: EducationLevel;
  /** Amount per child per school year. */
  readonly yearly: number;
  /** Most school years paid at this level. */
  readonly maxYears: number;
}

/** The scholarship rules of a regime. */
export type ScholarshipRules =
  | {
      /** Paid yearly for the level the child is in (PP 82/2019). */
      readonly kind: 'yearly';
      readonly maxChildren: number;
      readonly levels: readonly ScholarshipLevel[];
      /** The child must be under this age. */
      readonly ageLimit: number;
      /** Previous school years that may be claimed together. */
      readonly maxPreviousYears: number;
    }
  | {
      /** One lump sum (PP 44/2015). */
      readonly kind: 'lump_sum';
      readonly maxChildren: number;
      readonly amount: number;
      readonly ageLimit: number;
    };

const levelSchema = ownStrictObject({ level: z.enum(['TK', 'SD', 'SMP', 'SMA', 'higher']), yearly: rupiahValueSchema, maxYears: z.number().int().positive().max(20) });

/** Scholarship rules by event date (death or total permanent disability). */
export const benefitScholarship = defineParameter<ScholarshipRules>({
  id: 'benefit.scholarship',
  title: text('Beasiswa pendidikan anak', 'Children\'s education scholarship'),
  description:
    'The scholarship for the children of a participant who dies or becomes totally and permanently disabled: from 2019-12-02 paid every school year for the level a child is in, for at most two children; before that one lump sum for one child.',
  unit: 'table',
  granularity: 'date',
  schema: z.discriminatedUnion('kind', [
    ownStrictObject({ kind: z.literal('yearly'), maxChildren: z.number().int().positive().max(10), levels: z.array(levelSchema).min(1).max(10), ageLimit: z.number().int().positive().max(99), maxPreviousYears: z.number().int().nonnegative().max(20) }),
    ownStrictObject({ kind: z.literal('lump_sum'), maxChildren: z.number().int().positive().max(10), amount: rupiahValueSchema, ageLimit: z.number().int().positive().max(99) }),
  ]),
  display: (v) => (v.kind === 'lump_sum' ? `${showRupiah(v.amount)} once, ${v.maxChildren} child` : v.levels.map((l) => `${l.level} ${showRupiah(l.yearly)} × ${l.maxYears}`).join(', ') + `; at most ${v.maxChildren} children`),
  values: [
    {
      from: PP44_FROM,
      to: PP44_TO,
      value: { kind: 'lump_sum', maxChildren: 1, amount: 12_000_000, ageLimit: 23 },
      citations: cites.pp44('Lampiran I; Art. 34', 'Rp12,000,000 for one child (the old JKK package [S33b]; H). The age condition of the old regime is not sourced; the library applies the current one (under 23, unmarried, not working) (L).'),
      confidence: 'M',
    },
    {
      from: PP82_FROM,
      value: {
        kind: 'yearly',
        maxChildren: 2,
        levels: [
          { level: 'TK', yearly: 1_500_000, maxYears: 2 },
          { level: 'SD', yearly: 1_500_000, maxYears: 6 },
          { level: 'SMP', yearly: 2_000_000, maxYears: 3 },
          { level: 'SMA', yearly: 3_000_000, maxYears: 3 },
          { level: 'higher', yearly: 12_000_000, maxYears: 5 },
        ],
        ageLimit: 23,
        maxPreviousYears: 3,
      },
      citations: [
        cites.pp82('Art. I (Art. 25, 34)', 'At most 2 children; Rp87,000,000 a child (TK 1.5 m × 2, SD 1.5 m × 6, SMP 2 m × 3, SMA 3 m × 3, higher education or training 12 m × 5), Rp174,000,000 for two (H).'),
        permenaker5('Beasiswa', 'Paid every year for the level the child actually attends, not as one lump sum; the child must be under 23, unmarried and not working; a child not yet of school age receives it on starting school; up to 3 previous school years may be claimed together (M).'),
      ],
    },
  ],
});
