/**
 * Temporary contribution relief (*keringanan / penyesuaian iuran*), each a measure that applies
 * only within its iuran months and only to those its conditions name.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { percent, RateSchema, type Rate } from '../../core/money';
import { text } from '../../core/explain';
import { defineParameter } from '../timeline';
import { cites } from '../sources';
import { ratesByRiskClassSchema, showRatesByRiskClass, type RatesByRiskClass } from './common';

/** PP 49/2020 relief: the share of the normal contribution that is payable. */
export interface Pp49Relief {
  /** Payable share of the normal JKK contribution (PU and BPU). */
  readonly jkkPayable: Rate;
  /** Payable share of the normal JKM contribution (PU and BPU). */
  readonly jkmPayable: Rate;
  /** Payable share of the JP contribution for employers granted the deferral; the rest is deferred, not waived. */
  readonly jpPayable: Rate;
}

/** PP 49/2020 COVID-19 relief, iuran months 2020-08 to 2021-01. */
export const reliefPp49 = defineParameter<Pp49Relief>({
  id: 'relief.pp49_2020',
  title: text('Keringanan iuran PP 49/2020 (COVID-19)', 'PP 49/2020 COVID-19 contribution relief'),
  description:
    'For iuran months August 2020 to January 2021: JKK and JKM contributions reduced by 99 % (1 % payable) for PU and BPU; for employers granted it, 99 % of the JP contribution deferred (1 % payable now, the rest repaid by 15 April 2022).',
  unit: 'relief',
  granularity: 'month',
  kind: 'measure',
  schema: ownStrictObject({ jkkPayable: RateSchema, jkmPayable: RateSchema, jpPayable: RateSchema }),
  display: (v) => `pay JKK ${v.jkkPayable.percent} %, JKM ${v.jkmPayable.percent} %, JP ${v.jpPayable.percent} % (deferral) of normal`,
  values: [
    {
      from: '2020-08',
      to: '2021-01',
      value: { jkkPayable: percent('1'), jkmPayable: percent('1'), jpPayable: percent('1') },
      citations: cites.pp49('Art. 9 (JKM), Art. 12 (construction), Art. 17 (JP deferral)', 'Art. 9: "Keringanan Iuran JKM diberikan sebesar 99%"; the JKK article number is not verified. BPU JKM: 1 % × Rp6,800 = Rp68. The JP deferral (Art. 17) applies only to employers that meet the requirements; the library applies it only when the caller says the employer was granted it.'),
    },
  ],
});

/** The six industries of PP 7/2025 (*industri padat karya tertentu*). */
export type LaborIntensiveIndustry = 'food_beverage_tobacco' | 'textile_apparel' | 'leather' | 'footwear' | 'childrens_toys' | 'furniture';

/** PP 7/2025 JKK relief for labour-intensive industries. */
export interface Pp7Relief {
  /** The reduced JKK rates by risk class (half the normal rates). */
  readonly rates: RatesByRiskClass;
  /** Industries the relief covers. */
  readonly industries: readonly LaborIntensiveIndustry[];
  /** Least number of active workers the employer must have. */
  readonly minimumActiveWorkers: number;
  /** Contribution month up to which the employer's JKK must be paid to qualify. */
  readonly jkkPaidUpTo: string;
}

const industries: readonly LaborIntensiveIndustry[] = ['food_beverage_tobacco', 'textile_apparel', 'leather', 'footwear', 'childrens_toys', 'furniture'];
const pp7Value: Pp7Relief = {
  rates: { 1: percent('0.12'), 2: percent('0.27'), 3: percent('0.445'), 4: percent('0.635'), 5: percent('0.87') },
  industries,
  minimumActiveWorkers: 50,
  jkkPaidUpTo: '2025-01',
};

/** PP 7/2025 and PP 36/2025 labour-intensive JKK relief, iuran months 2025-02 to 2026-01. */
export const reliefPp7 = defineParameter<Pp7Relief>({
  id: 'relief.pp7_2025',
  title: text('Penyesuaian iuran JKK industri padat karya (PP 7/2025, PP 36/2025)', 'JKK relief for labour-intensive industry (PP 7/2025, PP 36/2025)'),
  description:
    'JKK rates halved for employers with at least 50 active workers in six labour-intensive industries (food, beverages and tobacco; textiles and apparel; leather; footwear; children\'s toys; furniture) whose JKK is paid up to January 2025.',
  unit: 'relief',
  granularity: 'month',
  kind: 'measure',
  schema: ownStrictObject({
    rates: ratesByRiskClassSchema,
    industries: z.array(z.enum(['food_beverage_tobacco', 'textile_apparel', 'leather', 'footwear', 'childrens_toys', 'furniture'])).min(1),
    minimumActiveWorkers: z.number().int().positive(),
    jkkPaidUpTo: z.string().regex(/^\d{4}-\d{2}$/),
  }),
  display: (v) => `${showRatesByRiskClass(v.rates)}; ≥ ${v.minimumActiveWorkers} workers in ${v.industries.join(', ')}`,
  values: [
    {
      from: '2025-02',
      to: '2025-07',
      value: pp7Value,
      citations: cites.pp7('Art. 3 (≥ 50 active workers, six industries), Art. 4(1) (rates), Art. 8 (benefits unchanged), Art. 10', 'Rates 0.120 / 0.270 / 0.445 / 0.635 / 0.87 % (Kontan quoting Art. 4(1)).'),
    },
    { from: '2025-08', to: '2026-01', value: pp7Value, citations: cites.pp36('Art. I (Art. 10A)', 'Extends the PP 7/2025 relief to iuran month January 2026 (signed 2025-09-04). Employers that missed the deadline may pay at the relief rates until 2026-06-30 (Art. 11; not modelled). No further extension is known.') },
  ],
});

/** A funding source of a BPU participant's contributions. */
export type FundingSource = 'self' | 'apbn' | 'apbd' | 'apbdes' | 'employer' | 'donor';

/** The BPU occupation sectors PP 50/2025 distinguishes. */
export type BpuSector = 'transport' | 'other';

/** PP 50/2025 BPU relief in force for a month. */
export interface Pp50Relief {
  /** Payable share of the normal JKK and JKM contributions. */
  readonly payable: Rate;
  /** Sectors the relief covers in this month. */
  readonly sectors: readonly BpuSector[];
  /** Funding sources whose participants are excluded (contributions paid through APBN or APBD). */
  readonly excludedFunding: readonly FundingSource[];
}

const pp50Citation = (months: string) =>
  cites.pp50(
    'Art. 3-4',
    `JKK and JKM at 50 % (Art. 4(1)); JHT not discounted. ${months}. Excluded: BPU whose JKK and JKM are paid through APBN or APBD (Art. 3). Reading: village budgets (APBDes, including Dana Desa) are not APBN or APBD, so village-funded participants keep the discount; the exclusion list is data and can be overridden. Mixed funding (not addressed by the sources): funding is decided per participant-month; a month whose contribution is paid even in part from APBN or APBD counts as paid through APBN/APBD (no discount), and a funder's cap overflowing to another payer does not re-price the month (see docs/funding.md).`,
  );
const pp50Schema = ownStrictObject({
  payable: RateSchema,
  sectors: z.array(z.enum(['transport', 'other'])).min(1),
  excludedFunding: z.array(z.enum(['self', 'apbn', 'apbd', 'apbdes', 'employer', 'donor'])),
});

/** PP 50/2025 BPU JKK/JKM discount: transport 2026-01 to 2027-03, other sectors 2026-04 to 2026-12. */
export const reliefPp50 = defineParameter<Pp50Relief>({
  id: 'relief.pp50_2025',
  title: text('Penyesuaian iuran JKK dan JKM peserta BPU (PP 50/2025)', 'BPU JKK and JKM discount (PP 50/2025)'),
  description:
    'JKK and JKM contributions of BPU participants at 50 %: for the transport sector (drivers, couriers, ride-hailing) in iuran months January 2026 to March 2027; for all other BPU in April to December 2026. Not for participants whose JKK and JKM are paid through APBN or APBD. Benefits are unchanged.',
  unit: 'relief',
  granularity: 'month',
  kind: 'measure',
  schema: pp50Schema,
  display: (v) => `pay ${v.payable.percent} % of JKK and JKM for ${v.sectors.join(' and ')}; not if funded by ${v.excludedFunding.join(' or ')}`,
  values: [
    { from: '2026-01', to: '2026-03', value: { payable: percent('50'), sectors: ['transport'], excludedFunding: ['apbn', 'apbd'] }, citations: pp50Citation('Transport sector only in these months') },
    { from: '2026-04', to: '2026-12', value: { payable: percent('50'), sectors: ['transport', 'other'], excludedFunding: ['apbn', 'apbd'] }, citations: pp50Citation('Every sector in these months') },
    { from: '2027-01', to: '2027-03', value: { payable: percent('50'), sectors: ['transport'], excludedFunding: ['apbn', 'apbd'] }, citations: pp50Citation('Transport sector only in these months') },
  ],
});
