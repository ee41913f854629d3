/**
 * Contributions of informal workers (BPU, *peserta bukan penerima upah*): rates and the income
 * bracket table of PP 44/2015 Lampiran II.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { formatRupiah, percent, type Rate } from '../../core/money';
import { text } from '../../core/explain';
import { defineParameter } from '../timeline';
import { cites } from '../sources';
import type { Confidence } from '../citation';
import { ConfidenceSchema } from '../citation';
import { rateValueSchema, rupiahValueSchema, showRate, showRupiah } from './common';

/** BPU JKK rate on the bracket base (PP 44/2015 Lampiran II). */
export const bpuJkkRate = defineParameter<Rate>({
  id: 'bpu.jkkRate',
  title: text('Iuran JKK peserta bukan penerima upah', 'BPU JKK contribution rate'),
  description: 'Percentage of the bracket base (dasar penghasilan, bpu.incomeBrackets) a BPU participant pays for JKK.',
  unit: 'percent',
  granularity: 'month',
  schema: rateValueSchema,
  display: showRate,
  values: [{ from: '2015-07', value: percent('1'), citations: cites.pp44('Lampiran II', '1 % of the bracket base; PP 44/2015 as amended up to PP 49/2023, quoted by PP 50/2025.') }],
});

/** BPU JKM flat amount. */
export const bpuJkmAmount = defineParameter<number>({
  id: 'bpu.jkmAmount',
  title: text('Iuran JKM peserta bukan penerima upah', 'BPU JKM contribution'),
  description: 'Flat monthly JKM contribution of a BPU participant, whatever the income.',
  unit: 'rupiah',
  granularity: 'month',
  schema: rupiahValueSchema,
  display: showRupiah,
  values: [{ from: '2015-07', value: 6_800, citations: cites.pp44('Lampiran II', 'Rp6,800 a month; quoted by PP 50/2025 and the BPU brochure 2026.') }],
});

/** BPU JHT rate on the bracket base (optional programme). */
export const bpuJhtRate = defineParameter<Rate>({
  id: 'bpu.jhtRate',
  title: text('Iuran JHT peserta bukan penerima upah', 'BPU JHT contribution rate'),
  description: 'Percentage of the bracket base a BPU participant pays for JHT, when enrolled in it (optional for BPU, mandatory for BPU who are employers).',
  unit: 'percent',
  granularity: 'month',
  schema: rateValueSchema,
  display: showRate,
  values: [
    {
      from: '2015-07',
      value: percent('2'),
      citations: cites.pp46(undefined, 'The JHT column of the Lampiran II table equals 2 % × base in every row (brillianmusyafa/lara_bpjs; star.grid.id).'),
    },
  ],
});

/** One row of the BPU income bracket table. */
export interface IncomeBracket {
  /** Row number, 1-based. */
  readonly row: number;
  /** Lowest monthly income of the row, inclusive. */
  readonly from: number;
  /** Monthly income at which the next row starts (exclusive); `null` for the top row. */
  readonly upTo: number | null;
  /** The contribution base (*dasar penghasilan*) of every income in the row. */
  readonly base: number;
  /** Confidence of this row (rows 31-33 rest on one transcription). */
  readonly confidence: Confidence;
}

const B = (row: number, from: number, upTo: number | null, base: number, confidence: Confidence = 'H'): IncomeBracket => ({ row, from, upTo, base, confidence });

/** The 33-row bracket table, half-open ranges. */
export const BPU_BRACKETS_2015: readonly IncomeBracket[] = [
  B(1, 0, 1_100_000, 1_000_000),
  B(2, 1_100_000, 1_300_000, 1_200_000),
  B(3, 1_300_000, 1_500_000, 1_400_000),
  B(4, 1_500_000, 1_700_000, 1_600_000),
  B(5, 1_700_000, 1_900_000, 1_800_000),
  B(6, 1_900_000, 2_100_000, 2_000_000),
  B(7, 2_100_000, 2_300_000, 2_200_000),
  B(8, 2_300_000, 2_500_000, 2_400_000),
  B(9, 2_500_000, 2_700_000, 2_600_000),
  B(10, 2_700_000, 3_200_000, 2_950_000),
  B(11, 3_200_000, 3_700_000, 3_450_000),
  B(12, 3_700_000, 4_200_000, 3_950_000),
  B(13, 4_200_000, 4_700_000, 4_450_000),
  B(14, 4_700_000, 5_200_000, 4_950_000),
  B(15, 5_200_000, 5_700_000, 5_450_000),
  B(16, 5_700_000, 6_200_000, 5_950_000),
  B(17, 6_200_000, 6_700_000, 6_450_000),
  B(18, 6_700_000, 7_200_000, 6_950_000),
  B(19, 7_200_000, 7_700_000, 7_450_000),
  B(20, 7_700_000, 8_200_000, 7_950_000),
  B(21, 8_200_000, 9_200_000, 8_700_000),
  B(22, 9_200_000, 10_200_000, 9_700_000),
  B(23, 10_200_000, 11_200_000, 10_700_000),
  B(24, 11_200_000, 12_200_000, 11_700_000),
  B(25, 12_200_000, 13_200_000, 12_700_000),
  B(26, 13_200_000, 14_200_000, 13_700_000),
  B(27, 14_200_000, 15_200_000, 14_700_000),
  B(28, 15_200_000, 16_200_000, 15_700_000),
  B(29, 16_200_000, 17_200_000, 16_700_000),
  B(30, 17_200_000, 18_200_000, 17_700_000),
  B(31, 18_200_000, 19_200_000, 18_700_000, 'M'),
  B(32, 19_200_000, 20_200_000, 19_700_000, 'M'),
  B(33, 20_200_000, null, 20_700_000, 'M'),
];

const bracketRowsSchema = z
  .array(ownStrictObject({ row: z.number().int().positive(), from: rupiahValueSchema, upTo: rupiahValueSchema.nullable(), base: rupiahValueSchema, confidence: ConfidenceSchema.default('H') }))
  .min(1)
  .max(200)
  .check((ctx) => {
    const rows = ctx.value;
    if (rows[0]?.from !== 0) ctx.issues.push({ code: 'custom', message: 'The first bracket must start at income 0', input: rows });
    rows.forEach((r, i) => {
      const next = rows[i + 1];
      if (next === undefined ? r.upTo !== null : r.upTo !== next.from) {
        ctx.issues.push({ code: 'custom', message: `Bracket ${i + 1} must end where the next starts (half-open ranges; only the last is open)`, input: rows, path: [i, 'upTo'] });
      }
      if (r.upTo !== null && r.upTo <= r.from) ctx.issues.push({ code: 'custom', message: `Bracket ${i + 1} is empty`, input: rows, path: [i, 'upTo'] });
    });
  });

/** The BPU income bracket table (PP 44/2015 Lampiran II). */
export const bpuIncomeBrackets = defineParameter<readonly IncomeBracket[]>({
  id: 'bpu.incomeBrackets',
  title: text('Tabel dasar penghasilan peserta bukan penerima upah', 'BPU income bracket table'),
  description:
    'A BPU participant declares a monthly income; contributions are computed on the fixed base (dasar penghasilan) of the bracket the income falls in. Ranges are half-open: a row covers incomes from its "from" up to, but not including, the next row\'s "from", so every income maps to exactly one row.',
  unit: 'table',
  granularity: 'month',
  schema: bracketRowsSchema,
  display: (rows) => `${rows.length} brackets, bases ${formatRupiah(rows[0]?.base ?? 0)} to ${formatRupiah(rows[rows.length - 1]?.base ?? 0)}`,
  values: [
    {
      from: '2015-07',
      value: BPU_BRACKETS_2015,
      citations: cites.pp44(
        'Lampiran II',
        'Rows 1-30 agree exactly in two independent transcriptions (hibahtiar/jaga-pekerja simulasi-bpu.html; brillianmusyafa/lara_bpjs tbl_master_dasar_penghasilan.csv). Rows 31-32: lara_bpjs gives bases 18,200,000 / 19,200,000 (the lower bounds, apparently a copy error); the library keeps jaga-pekerja\'s 18,700,000 / 19,700,000, which follow the midpoint pattern of every other row. Row 33 (base 20,700,000) is in jaga-pekerja only and matches the published BPU JKK maximum of Rp207,000. Half-open ranges are the library\'s modelling of the transcriptions\' closed "…99,000" ranges. The Lampiran II text itself has not been read.',
      ),
      confidence: 'M+',
      note: 'Per-row confidence: rows 1-30 H, rows 31-33 M.',
    },
  ],
});
