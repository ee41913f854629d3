/**
 * Contribution rates for wage earners (PU, *peserta penerima upah*), and the rules that set
 * their programme set and wage base.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { percent, type Rate } from '../../core/money';
import { text } from '../../core/explain';
import { defineParameter } from '../timeline';
import { cites } from '../sources';
import { ratesByRiskClassSchema, rateValueSchema, showRate, showRatesByRiskClass, type RatesByRiskClass } from './common';

/** JKK rates by risk class (PP 44/2015 Art. 16(1), Lampiran I). */
export const puJkkRates = defineParameter<RatesByRiskClass>({
  id: 'pu.jkkRates',
  title: text('Iuran JKK peserta penerima upah per kelompok risiko', 'PU JKK contribution rate by risk class'),
  description: 'Percentage of the monthly wage the employer pays for JKK, by the risk class BPJS assigns to the business (1 = very low to 5 = very high). No wage cap.',
  unit: 'percent',
  granularity: 'month',
  schema: ratesByRiskClassSchema,
  display: showRatesByRiskClass,
  values: [
    {
      from: '2015-07',
      value: { 1: percent('0.24'), 2: percent('0.54'), 3: percent('0.89'), 4: percent('1.27'), 5: percent('1.74') },
      citations: cites.pp44('Art. 16(1) and Lampiran I', 'Business list of Lampiran I replaced by PP 82/2019 Lampiran I; the five rates are unchanged. BPJS assigns the class (Art. 16(2)).'),
    },
  ],
});

/** JKM rate for PU (PP 44/2015 Art. 18(1)). */
export const puJkmRate = defineParameter<Rate>({
  id: 'pu.jkmRate',
  title: text('Iuran JKM peserta penerima upah', 'PU JKM contribution rate'),
  description: 'Percentage of the monthly wage the employer pays for JKM. No wage cap.',
  unit: 'percent',
  granularity: 'month',
  schema: rateValueSchema,
  display: showRate,
  values: [{ from: '2015-07', value: percent('0.30'), citations: cites.pp44('Art. 18(1)') }],
});

/** Employer and employee shares of a PU contribution. */
export interface PayerRates {
  /** Share paid by the employer (*pemberi kerja*). */
  readonly employer: Rate;
  /** Share withheld from the worker's wage (*pekerja*). */
  readonly employee: Rate;
}

const payerRatesSchema = ownStrictObject({ employer: rateValueSchema, employee: rateValueSchema });
const showPayerRates = (r: PayerRates): string => `employer ${r.employer.percent} % + employee ${r.employee.percent} %`;

/** JHT rates for PU (PP 46/2015 Art. 16). */
export const puJhtRates = defineParameter<PayerRates>({
  id: 'pu.jhtRates',
  title: text('Iuran JHT peserta penerima upah', 'PU JHT contribution rates'),
  description: 'JHT is 5.7 % of the monthly wage: 3.7 % paid by the employer and 2 % withheld from the worker. No wage cap.',
  unit: 'percent',
  granularity: 'month',
  schema: payerRatesSchema,
  display: showPayerRates,
  values: [{ from: '2015-07', value: { employer: percent('3.7'), employee: percent('2') }, citations: cites.pp46('Art. 16(1)-(2)') }],
});

/** JP rates for PU (PP 45/2015 Art. 28). */
export const puJpRates = defineParameter<PayerRates>({
  id: 'pu.jpRates',
  title: text('Iuran JP', 'JP contribution rates'),
  description: 'JP is 3 % of the monthly wage capped at the JP wage cap (jp.wageCap): 2 % paid by the employer and 1 % withheld from the worker.',
  unit: 'percent',
  granularity: 'month',
  schema: payerRatesSchema,
  display: showPayerRates,
  values: [{ from: '2015-07', value: { employer: percent('2'), employee: percent('1') }, citations: cites.pp45('Art. 28(3)', 'Employer 2 % and worker 1 % of the monthly wage; the wage is capped per Art. 29.') }],
});

/** Employer scale under PP 7/2021 (*usaha mikro, kecil, menengah, besar*). */
export type EmployerScale = 'micro' | 'small' | 'medium' | 'large';
/** A BPJS Ketenagakerjaan programme whose contributions a PU participant can owe. */
export type PuProgram = 'JKK' | 'JKM' | 'JHT' | 'JP';
/** Programmes required for each employer scale. */
export type ProgramsByScale = Readonly<Record<EmployerScale, readonly PuProgram[]>>;

const puProgramSchema = z.enum(['JKK', 'JKM', 'JHT', 'JP']);

/** Programmes by employer scale (Perpres 109/2013 Art. 6(3)). */
export const puProgramsByScale = defineParameter<ProgramsByScale>({
  id: 'pu.programsByScale',
  title: text('Program wajib menurut skala usaha', 'Required programmes by employer scale'),
  description: 'Programmes an employer must enrol its workers in, by business scale: micro JKK + JKM; small + JHT; medium and large + JP. More may be added voluntarily. JKP follows from enrolment and is not listed here.',
  unit: 'list',
  granularity: 'month',
  schema: ownStrictObject({ micro: z.array(puProgramSchema), small: z.array(puProgramSchema), medium: z.array(puProgramSchema), large: z.array(puProgramSchema) }),
  display: (v) => (['micro', 'small', 'medium', 'large'] as const).map((s) => `${s}: ${v[s].join(' + ')}`).join('; '),
  values: [
    {
      from: '2015-07',
      value: { micro: ['JKK', 'JKM'], small: ['JKK', 'JKM', 'JHT'], medium: ['JKK', 'JKM', 'JHT', 'JP'], large: ['JKK', 'JKM', 'JHT', 'JP'] },
      citations: cites.perpres109('Art. 6(3)', 'Scale per PP 7/2021: micro = capital up to Rp1 bn or sales up to Rp2 bn; small up to Rp5 bn / Rp15 bn; medium and large above (brief §1, M).'),
      confidence: 'H',
    },
  ],
});

/** How a wage that is not a fixed monthly amount becomes the monthly contribution wage. */
export interface WageBaseRules {
  /** Days of wage that make a month for daily-paid workers. */
  readonly dailyWageDays: number;
  /** Months averaged for piece-rate workers. */
  readonly pieceRateMonths: number;
  /** Months averaged for weather-dependent piece-rate work. */
  readonly weatherDependentPieceRateMonths: number;
}

/** Wage base rules for PU (letter B/11003/112020, Perdir 22/2022). */
export const puWageBaseRules = defineParameter<WageBaseRules>({
  id: 'pu.wageBaseRules',
  title: text('Upah sebulan untuk pekerja harian dan borongan', 'Monthly wage of daily and piece-rate workers'),
  description: 'The contribution wage (upah sebulan) is basic wage plus fixed allowances. For a daily-paid worker it is the daily wage times 25; for a piece-rate worker the average of the last 3 months (12 months for weather-dependent work).',
  unit: 'rules',
  granularity: 'month',
  schema: ownStrictObject({ dailyWageDays: z.number().int().min(1).max(31), pieceRateMonths: z.number().int().min(1).max(24), weatherDependentPieceRateMonths: z.number().int().min(1).max(24) }),
  display: (v) => `daily × ${v.dailyWageDays}; piece-rate: average of ${v.pieceRateMonths} months (${v.weatherDependentPieceRateMonths} if weather-dependent)`,
  values: [
    {
      from: '2015-07',
      value: { dailyWageDays: 25, pieceRateMonths: 3, weatherDependentPieceRateMonths: 12 },
      citations: [
        cites.letter('B/11003/112020', 2020, 'Upah sebulan sebagai dasar iuran', 'Quotes PP 44/2015 Art. 19 and PP 46/2015 Art. 17 on basic wage + fixed allowances; daily × 25; piece-rate averages.'),
        cites.perdir22('Proses bisnis kepesertaan, p. 15'),
      ],
    },
  ],
});
