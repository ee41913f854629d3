/**
 * Payments and arrears: the late fine (*denda*), the BPU lapse rule (*kepesertaan berakhir /
 * nonaktif*) and advance payment. The contribution-period conditions of benefits (*masa iur*: the
 * BPU JKM waiting rule, the scholarship period, the JKP conditions) are benefit conditions and
 * live once, in the benefit parameters (`benefit.jkm.bpuWaitingRule`,
 * `benefit.jkm.scholarshipMinContributionMonths`, `benefit.jkp.rules`).
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

/** How the late fine on a contribution is computed. */
export interface LateFineRule {
  /** Fine per month of delay, as a share of the late contribution. */
  readonly rate: Rate;
  /** `started`: every begun month of delay counts (one day late = one month); `completed`: only whole months. */
  readonly monthCounting: 'started' | 'completed';
  /** `simple`: rate × late contribution × months; the fine never bears a fine itself. */
  readonly interest: 'simple';
  /** Most months of delay that are fined; `null` where the law sets no cap (none is known). */
  readonly maxMonths: number | null;
}

const lateFineSchema = ownStrictObject({
  rate: RateSchema,
  monthCounting: z.enum(['started', 'completed']),
  interest: z.literal('simple'),
  maxMonths: z.number().int().positive().max(600).nullable(),
});
const showLateFine = (r: LateFineRule): string =>
  `${r.rate.percent} % of the late contribution per ${r.monthCounting} month of delay, ${r.interest}${r.maxMonths === null ? ', no cap known' : `, at most ${r.maxMonths} months`}`;

const fineReading =
  'Wording (H): "denda 2 % (dua persen) untuk setiap bulan keterlambatan yang dihitung dari iuran yang seharusnya dibayar", borne by the employer and paid with the next remittance (Kontan/Kompas summaries of the PP 44/2015, 45/2015 and 46/2015 rules; article not verified). ' +
  'Readings (M): the base is the contribution that was due and paid late (the unpaid part only, never contribution + earlier fines), so the fine is simple, not compounding; months of delay are counted per STARTED month from the due date ("tanggal 15 belum bayar, tanggal 16 bayar kena denda 2 %", BPJS quoted by detik), so one day late costs one month. ' +
  'Cap (L): none is known for BPJS Ketenagakerjaan; the 12-month / Rp30 juta caps quoted in some articles belong to BPJS Kesehatan (Perpres 64/2020) and are not applied. Results flag that no cap is applied.';

/** PU late fine: 2 % per started month of delay (0.5 % for PP 49/2020 iuran months). */
export const puLateFine = defineParameter<LateFineRule>({
  id: 'pu.lateFine',
  title: text('Denda keterlambatan iuran peserta penerima upah', 'PU late-payment fine'),
  description:
    'The fine an employer owes on a contribution paid after its due date: rate × the late contribution × months of delay (simple), keyed by the iuran month of the late contribution.',
  unit: 'percent per month',
  granularity: 'month',
  schema: lateFineSchema,
  display: showLateFine,
  values: [
    {
      from: '2015-07',
      to: '2020-07',
      value: { rate: percent('2'), monthCounting: 'started', interest: 'simple', maxMonths: null },
      citations: cites.pp44(undefined, fineReading),
      confidence: 'M',
      note: 'Rate and wording H; base (simple) and started-month counting M; absence of a cap L.',
    },
    {
      from: '2020-08',
      to: '2021-01',
      value: { rate: percent('0.5'), monthCounting: 'started', interest: 'simple', maxMonths: null },
      citations: cites.pp49(
        'Art. 23(1)',
        'During the COVID-19 relief the fine on late contributions for iuran months August 2020 to January 2021 is 0.5 % per month instead of 2 % (Kemnaker e-Kliping / detik summaries of Art. 23(1)). The library applies it by the iuran month of the late contribution, whenever it is paid (reading, M); base and month counting as for the normal 2 % fine.',
      ),
      confidence: 'M',
    },
    {
      from: '2021-02',
      value: { rate: percent('2'), monthCounting: 'started', interest: 'simple', maxMonths: null },
      citations: cites.pp44(undefined, fineReading),
      confidence: 'M',
      note: 'Rate and wording H; base (simple) and started-month counting M; absence of a cap L.',
    },
  ],
});

/** BPU late fine: none. */
export const bpuLateFine = defineParameter<LateFineRule>({
  id: 'bpu.lateFine',
  title: text('Denda keterlambatan iuran peserta bukan penerima upah', 'BPU late-payment fine'),
  description: 'BPU participants owe no fine on late contributions; instead protection stops while unpaid and membership ends after more than 3 consecutive unpaid months (bpu.lapse).',
  unit: 'percent per month',
  granularity: 'month',
  schema: lateFineSchema,
  display: showLateFine,
  values: [
    {
      from: '2015-07',
      value: { rate: percent('0'), monthCounting: 'started', interest: 'simple', maxMonths: null },
      citations: cites.perdir22(undefined, 'No fine for BPU (brief §3.4, H: four independent reports agree). Late payment is sanctioned by loss of protection and lapse instead.'),
    },
  ],
});

/** What happens to a BPU membership that stays unpaid. */
export interface BpuLapseRule {
  /** Membership ends when MORE than this many consecutive months are unpaid past their due dates. */
  readonly maxConsecutiveUnpaidMonths: number;
  /** Arrears may be paid for at most this many months after protection ends. */
  readonly arrearsWindowMonths: number;
  /** The state after lapse when the participant has already claimed JHT (`inactive` = *nonaktif*). */
  readonly stateIfJhtClaimed: 'inactive' | 'ended';
}

const lapseSchema = ownStrictObject({
  maxConsecutiveUnpaidMonths: z.number().int().min(1).max(24),
  arrearsWindowMonths: z.number().int().min(0).max(24),
  stateIfJhtClaimed: z.enum(['inactive', 'ended']),
});
const lapseNote =
  'Perdir 22/PERDIR.02/072022 (BPJS membership process manual): arrears can be paid for at most 3 months after protection ends; more than 3 consecutive unpaid months ends the membership ("berakhir/keluar"), or makes it "nonaktif" if JHT has already been claimed; no protection while unpaid (brief §3.4, H). ' +
  'The library reads both statements together: protection for a month stops the day after its due date; a run of 4 consecutive unpaid months ends the membership on the later of (a) the day after the latest due date among the 4 (the first day all of them are past due and unpaid) and (b) the day after the first month\'s due date plus the 3-month arrears window (same day of the month, the last day when shorter), unless a month of the run was paid in full before that day; the earliest such day of any run decides. Under the 15th-of-the-month rule (a) and (b) are the same day (the day after the 4th month\'s due date, = 3 months after protection ended); they differ only where due dates do not rise month by month (BPU 2021-01 due 2021-02-28, 2021-02 due 2021-02-15 after PP 49/2020 Art. 4(1)), where the library takes the later so that neither statement is broken and the PP 49/2020 relief does not shorten the arrears window (L; no source addresses it). A payment made on or after that day is not applied to the ended membership. Re-entry after lapse (from zero or under the same NIK) is an open question (L) and is not modelled.';

/** BPU lapse after more than 3 consecutive unpaid months. */
export const bpuLapse = defineParameter<BpuLapseRule>({
  id: 'bpu.lapse',
  title: text('Berakhirnya kepesertaan BPU karena menunggak iuran', 'BPU membership lapse for unpaid contributions'),
  description: 'Keyed by the iuran month of the first unpaid month of a run: how many consecutive unpaid months end the membership, and the arrears window. A run ends the membership on the later of the day after its latest due date and the day after the arrears window following its first due date, so an overlay that shortens one should shorten both.',
  unit: 'months',
  granularity: 'month',
  schema: lapseSchema,
  display: (r) => `ends after more than ${r.maxConsecutiveUnpaidMonths} consecutive unpaid months; arrears payable ${r.arrearsWindowMonths} months; after a JHT claim: ${r.stateIfJhtClaimed}`,
  values: [
    {
      from: '2015-07',
      to: '2022-06',
      value: { maxConsecutiveUnpaidMonths: 3, arrearsWindowMonths: 3, stateIfJhtClaimed: 'inactive' },
      citations: cites.perdir22(undefined, `Assumed to have applied before Perdir 22/PERDIR.02/072022 as well; the earlier BPJS rule was not read (L). ${lapseNote}`),
      confidence: 'L',
    },
    {
      from: '2022-07',
      value: { maxConsecutiveUnpaidMonths: 3, arrearsWindowMonths: 3, stateIfJhtClaimed: 'inactive' },
      citations: cites.perdir22(undefined, `${lapseNote} The Perdir is dated July 2022 (its number); its exact day of effect is not known, so iuran month 2022-07 is taken as the first.`),
      confidence: 'H',
    },
  ],
});

/** How far ahead a BPU participant may pay. */
export interface AdvancePaymentRule {
  /** Most months one payment may cover, counting the month in which it is paid. */
  readonly maxMonths: number;
}

/** BPU advance payment: 1 to 12 months at once. */
export const bpuAdvancePayment = defineParameter<AdvancePaymentRule>({
  id: 'bpu.advancePayment',
  title: text('Pembayaran iuran BPU di muka', 'BPU advance payment'),
  description: 'A BPU participant may pay monthly or several months in advance, up to 12 months; a payment may not cover an iuran month later than the 12th month counting the month of payment.',
  unit: 'months',
  granularity: 'month',
  schema: ownStrictObject({ maxMonths: z.number().int().min(1).max(60) }),
  display: (r) => `up to ${r.maxMonths} months in advance`,
  values: [
    {
      from: '2015-07',
      value: { maxMonths: 12 },
      citations: cites.practice(
        'BPJS Ketenagakerjaan BPU payment periods',
        2023,
        'Monthly, or 3, 6 or up to 12 months at once in advance, also by autodebit (BPJS Central Sulawesi branch heads quoted in the press; brief §3.4, M). One registration app offers 1-3 months; the library accepts any number from 1 to 12. Keyed by the iuran month of the month paid for.',
      ),
      confidence: 'M',
    },
  ],
});
