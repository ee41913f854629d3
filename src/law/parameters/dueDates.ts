/**
 * Due dates of contributions (*batas waktu pembayaran iuran*).
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { text } from '../../core/explain';
import type { DayOverflow } from '../../core/calendar';
import { defineParameter } from '../timeline';
import { cites } from '../sources';

/** When the contribution for an iuran month is due. */
export interface DueDateRule {
  /** 0: in the iuran month itself; 1: in the following month. */
  readonly monthOffset: number;
  /** Day of that month. */
  readonly day: number;
  /** What to do if that month has no such day. */
  readonly overflow: DayOverflow;
}

const schema = ownStrictObject({ monthOffset: z.number().int().min(0).max(12), day: z.number().int().min(1).max(31), overflow: z.enum(['reject', 'clamp_to_month_end']) });
const display = (r: DueDateRule): string => `day ${r.day} of ${r.monthOffset === 0 ? 'the iuran month' : r.monthOffset === 1 ? 'the following month' : `the month ${r.monthOffset} months later`}${r.overflow === 'clamp_to_month_end' ? ' (last day if the month is shorter)' : ''}`;
const pp49Rule: DueDateRule = { monthOffset: 1, day: 30, overflow: 'clamp_to_month_end' };
const pp49Citation = cites.pp49(
  'Art. 4(1)',
  '"paling lambat tanggal 30 bulan berikutnya dari bulan iuran yang bersangkutan" (quoted in e-Kliping Kemnaker 8-Sep-2020). If the 30th is a holiday, payment falls due on the working day BEFORE it (detik 25-09-2020; holidays are not modelled). For iuran month January 2021 the following month has no 30th; the library takes the last day of February (2021-02-28) as the most defensible reading (no source found). Art. 3 extends the relaxation to PU and to "BPU tertentu"; the library applies it to every BPU (which BPU qualify was not found).',
);

/** PU due date: the 15th of the following month (30th during PP 49/2020). */
export const puDueDate = defineParameter<DueDateRule>({
  id: 'pu.dueDate',
  title: text('Batas pembayaran iuran peserta penerima upah', 'PU contribution due date'),
  description: 'The employer pays the contribution for an iuran month by the 15th of the following month. The nominal date is returned; the law moves it to the next working day when it is a holiday, which the library does not model.',
  unit: 'day',
  granularity: 'month',
  schema,
  display,
  values: [
    { from: '2015-07', to: '2020-07', value: { monthOffset: 1, day: 15, overflow: 'reject' }, citations: cites.pp44(undefined, 'PP 44/2015, PP 45/2015 and PP 46/2015 set the 15th of the following month (as summarised by Kontan/Kompas; article not verified).') },
    { from: '2020-08', to: '2021-01', value: pp49Rule, citations: pp49Citation },
    { from: '2021-02', value: { monthOffset: 1, day: 15, overflow: 'reject' }, citations: cites.pp44(undefined, 'The 15th of the following month again after the PP 49/2020 relief.') },
  ],
});

/** BPU due date: the 15th of the iuran month itself (paid in advance). */
export const bpuDueDate = defineParameter<DueDateRule>({
  id: 'bpu.dueDate',
  title: text('Batas pembayaran iuran peserta bukan penerima upah', 'BPU contribution due date'),
  description: 'A BPU participant pays the contribution for an iuran month by the 15th of that month (in advance).',
  unit: 'day',
  granularity: 'month',
  schema,
  display,
  values: [
    { from: '2015-07', to: '2020-07', value: { monthOffset: 0, day: 15, overflow: 'reject' }, citations: cites.perdir22(undefined, 'By the 15th of the iuran month itself, paid in advance (brief §3.4, H; article not verified).') },
    { from: '2020-08', to: '2021-01', value: pp49Rule, citations: pp49Citation },
    { from: '2021-02', value: { monthOffset: 0, day: 15, overflow: 'reject' }, citations: cites.perdir22(undefined, 'By the 15th of the iuran month again after the PP 49/2020 relief.') },
  ],
});
