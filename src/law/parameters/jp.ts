/**
 * The JP wage cap (*batas upah tertinggi*) series and its indexation rule.
 *
 * @module
 * @internal
 */
import { ownStrictObject } from '../../core/validate';
import { RoundingSchema, type Rounding } from '../../core/money';
import { text } from '../../core/explain';
import { defineParameter, type ValueSpec } from '../timeline';
import { cites } from '../sources';
import { rupiahValueSchema, showRupiah } from './common';

const indexRule = 'Indexed each year by the previous year\'s real GDP growth and floored to a multiple of Rp100, from the March iuran month (PP 45/2015 Art. 29(2)-(4)).';

function yearlyCap(year: number, cap: number, growth: string, extra: Partial<ValueSpec<number>> & { letter?: { number: string; date: string } }): ValueSpec<number> {
  const letter = extra.letter;
  const citations = [
    cites.pp45('Art. 29(3)-(4)', `${indexRule} Growth used: ${growth} (${year - 1}). Check: previous cap × (1 + ${growth}) floored to Rp100 gives ${cap}.`),
    ...(letter === undefined ? [] : [cites.letter(letter.number, year, `Batas upah dan manfaat JP ${year}`, `Letter dated ${letter.date}.`)]),
  ];
  return {
    from: `${year}-03`,
    to: `${year + 1}-02`,
    value: cap,
    citations,
    ...(extra.confidence === undefined ? {} : { confidence: extra.confidence }),
    ...(extra.note === undefined ? {} : { note: extra.note }),
  };
}

/** The JP wage cap by contribution month. */
export const jpWageCap = defineParameter<number>({
  id: 'jp.wageCap',
  title: text('Batas upah tertinggi iuran JP', 'JP contribution wage cap'),
  description:
    'The highest monthly wage on which JP contributions are computed. Each value runs from the March iuran month to the following February, as the yearly BPJS letter sets it; beyond the last letter a lookup fails unless the caller asks for a projection.',
  unit: 'rupiah',
  granularity: 'month',
  schema: rupiahValueSchema,
  display: showRupiah,
  values: [
    { from: '2015-07', to: '2016-02', value: 7_000_000, citations: cites.pp45('Art. 29(2)', 'Initial cap Rp7,000,000 from the start of JP on 1 July 2015.') },
    yearlyCap(2016, 7_335_300, '4.79 %', { note: 'Published 2016-2019 series (krishandsoftware article 300); growth rates 2015-2021 are unverified recollections of BPS figures.' }),
    yearlyCap(2017, 7_703_500, '5.02 %', { note: 'Published 2016-2019 series; also an undated constant in steevenz/id-payroll-calculator.' }),
    yearlyCap(2018, 8_094_000, '5.07 %', { note: 'Published 2016-2019 series.' }),
    yearlyCap(2019, 8_512_400, '5.17 %', { note: 'Published series; CNBC (2021) quotes 8,512,400.' }),
    yearlyCap(2020, 8_939_700, '5.02 %', { note: 'Payroll code: "JP (Mar-Dec 2020) 8.939.700".' }),
    yearlyCap(2021, 8_754_600, '-2.07 %', {
      confidence: 'M',
      note: 'The cap fell with 2020 GDP. One code source plus the derivation; a news report (rbtv.disway.id) ties it to BPJS letter B/0246/022021, which has not been seen.',
    }),
    yearlyCap(2022, 9_077_600, '3.69 %', { confidence: 'M', note: 'Value H (cited as the 2022 cap by letter B/77/022023); the March 2022 start is inferred from the yearly rule.' }),
    yearlyCap(2023, 9_559_600, '5.31 %', { letter: { number: 'B/77/022023', date: '2023-02-27' } }),
    yearlyCap(2024, 10_042_300, '5.05 %', { letter: { number: 'B/1387/022024', date: '2024-02-28' } }),
    yearlyCap(2025, 10_547_400, '5.03 %', { letter: { number: 'B/726/022025', date: '2025-02-27' } }),
    yearlyCap(2026, 11_086_300, '5.11 %', {
      letter: { number: 'B/1226/022026', date: '2026-02-25' },
      note: 'Some sources cite "B/3307/022026" for this value; that number is an error (brief §12 item 2).',
    }),
  ],
});

/** How the JP wage cap is indexed. */
export interface CapIndexation {
  /** Rounding of the indexed cap. */
  readonly rounding: Rounding;
}

/** The rounding of the JP wage cap indexation (floor to Rp100). */
export const jpWageCapIndexation = defineParameter<CapIndexation>({
  id: 'jp.wageCapIndexation',
  title: text('Pembulatan penyesuaian batas upah JP', 'Rounding of the JP wage cap indexation'),
  description: 'New cap = previous cap × (1 + real GDP growth of the previous year), rounded down to a multiple of Rp100.',
  unit: 'rounding',
  granularity: 'month',
  schema: ownStrictObject({ rounding: RoundingSchema }),
  display: (v) => `${v.rounding.mode} to Rp${v.rounding.step}`,
  values: [
    {
      from: '2015-07',
      value: { rounding: { mode: 'down', step: 100 } },
      citations: cites.pp45('Art. 29(3)-(4)', 'Floor, not round-to-nearest: 9,559,600 × 1.0505 = 10,042,359.8 became 10,042,300 (letter B/1387/022024). Applying the floor reproduces every published cap since 2015.'),
    },
  ],
});
