/**
 * Every text of the contribution results, in Bahasa Indonesia and English: notes, wage
 * derivations and explanation steps. The logic decides; this module words it.
 *
 * @module
 * @internal
 */
import { text, type BilingualText } from '../core/explain';
import { formatRupiah } from '../core/money';
import type { ContributionPayer, RecomposedProgram } from './lines';

/** How the programmes of a PU participant were decided. */
export const programmeTexts = {
  given: (programs: readonly string[]): BilingualText => text(`Program sesuai masukan: ${programs.join(', ')}`, `Programmes as given: ${programs.join(', ')}`),
  byScale: (scale: string, programs: readonly string[], citation: string): BilingualText =>
    text(`Program menurut skala usaha (${scale}): ${programs.join(', ')} (${citation})`, `Programmes for employer scale ${scale}: ${programs.join(', ')} (${citation})`),
};

/** The monthly wage of a PU participant and how it was derived. */
export const wageTexts = {
  basic: (basic: string): BilingualText => text(`Upah sebulan = upah pokok ${basic}`, `Monthly wage = basic wage ${basic}`),
  withAllowances: (parts: readonly string[], monthly: string): BilingualText =>
    text(`Upah sebulan = upah pokok + tunjangan tetap = ${parts.join(' + ')} = ${monthly}`, `Monthly wage = basic wage + fixed allowances = ${parts.join(' + ')} = ${monthly}`),
  daily: (daily: string, days: number, monthly: string): BilingualText =>
    text(`Upah sebulan pekerja harian = ${daily} × ${days} hari = ${monthly}`, `Monthly wage of a daily-paid worker = ${daily} × ${days} days = ${monthly}`),
  pieceRate: (count: number, exact: string, mode: string, monthly: string): BilingualText =>
    text(
      `Upah sebulan borongan = rata-rata ${count} bulan terakhir = ${exact} / ${count}, dibulatkan (${mode}) = ${monthly}`,
      `Monthly piece-rate wage = average of the last ${count} months = ${exact} / ${count}, rounded (${mode}) = ${monthly}`,
    ),
};

/** Why a condition of PP 7/2025 is not met. */
export const pp7Reasons = {
  industry: (industry: string, industries: readonly string[]): BilingualText =>
    text(`industri ${industry} bukan salah satu dari ${industries.join(', ')}`, `industry ${industry} is not one of ${industries.join(', ')}`),
  workers: (active: number, minimum: number): BilingualText => text(`${active} pekerja aktif < ${minimum}`, `${active} active workers < ${minimum}`),
  paidUpTo: (month: string): BilingualText => text(`iuran JKK belum dibayar sampai ${month}`, `JKK not paid up to ${month}`),
};

/** Relief measures applied or not, and why. */
export const reliefTexts = {
  pp7NoFacts: text('Keringanan JKK PP 7/2025 tidak diterapkan: data industri padat karya tidak diberikan', 'PP 7/2025 labour-intensive JKK relief not applied: no labour-intensive facts were given'),
  pp7Applied: (rate: string): BilingualText => text(`Keringanan JKK PP 7/2025 diterapkan: tarif ${rate} %`, `PP 7/2025 labour-intensive JKK relief applied: rate ${rate} %`),
  pp7NotMet: (reasons: readonly BilingualText[]): BilingualText =>
    text(`Keringanan JKK PP 7/2025 tidak berlaku: ${reasons.map((r) => r.id).join('; ')}`, `PP 7/2025 JKK relief does not apply: ${reasons.map((r) => r.en).join('; ')}`),
  pp50AllExcluded: text('Diskon PP 50/2025 tidak berlaku: semua sumber iuran dikecualikan', 'PP 50/2025 discount does not apply: every funding source is excluded'),
  pp50Excluded: (funder: string, citation: string): BilingualText =>
    text(`Diskon PP 50/2025 tidak berlaku: iuran JKK dan JKM dibayar melalui ${funder} (${citation})`, `PP 50/2025 discount does not apply: JKK and JKM are paid through ${funder} (${citation})`),
  pp50Sector: (sector: string, month: string): BilingualText =>
    text(`Diskon PP 50/2025 belum/tidak berlaku untuk sektor ${sector} pada ${month}`, `PP 50/2025 discount does not cover the ${sector} sector in ${month}`),
  pp50Applied: (payable: string): BilingualText => text(`Diskon PP 50/2025 diterapkan: JKK dan JKM ${payable} %`, `PP 50/2025 discount applied: JKK and JKM at ${payable} %`),
};

/** The JP wage cap and JKP. */
export const capTexts = {
  jpCapped: (cap: number, from: string, to: string | null): BilingualText =>
    text(`Upah JP dibatasi ${formatRupiah(cap)} (batas upah ${from} s.d. ${to ?? '-'})`, `JP wage capped at ${formatRupiah(cap)} (cap for ${from} to ${to ?? 'open'})`),
  jpCapProjected: (note: string): BilingualText => text(`Batas upah JP diproyeksikan: ${note}`, `JP wage cap projected: ${note}`),
  jkpNotInForce: (month: string): BilingualText => text(`JKP belum berlaku pada bulan iuran ${month}`, `JKP is not in force in iuran month ${month}`),
  jkpGovernment: text('Dibayar Pemerintah Pusat, tidak ditagihkan', 'Paid by the central government; not billed'),
  jkpRecomposed: {
    JKK: text('Bagian dari iuran JKK pemberi kerja yang direkomposisi ke JKP, bukan tagihan tambahan', "Part of the employer's JKK contribution recomposed to JKP; not billed on top"),
    JKM: text('Bagian dari iuran JKM pemberi kerja yang direkomposisi ke JKP, bukan tagihan tambahan', "Part of the employer's JKM contribution recomposed to JKP; not billed on top"),
  } satisfies Record<RecomposedProgram, BilingualText>,
};

/** A BPU income low enough to be a daily income typed by mistake. */
export const lowIncomeText = (income: string): BilingualText =>
  text(`Penghasilan ${income} di bawah Rp500.000 sebulan: pastikan ini penghasilan bulanan, bukan harian`, `Income ${income} is below Rp500,000 a month: check that it is a monthly, not a daily, income`);

const PAYER_TEXT: Readonly<Record<ContributionPayer, BilingualText>> = {
  employer: text('pemberi kerja', 'employer'),
  employee: text('pekerja', 'employee'),
  participant: text('peserta', 'participant'),
  government: text('pemerintah', 'government'),
};

/** The steps of an explanation. */
export const explanationTexts = {
  bracket: (row: number, from: number, upTo: number | null, base: number): BilingualText => {
    const top = upTo === null ? '∞' : formatRupiah(upTo);
    return text(
      `Baris ${row} tabel dasar penghasilan (${formatRupiah(from)} ≤ penghasilan < ${top}): dasar ${formatRupiah(base)}`,
      `Bracket row ${row} (${formatRupiah(from)} ≤ income < ${top}): base ${formatRupiah(base)}`,
    );
  },
  /** A line: `formula` and `detail` are language-neutral arithmetic. */
  line: (program: string, payer: ContributionPayer, arithmetic: string, billed: boolean): BilingualText => {
    const notBilled = billed ? '' : ' [tidak ditagihkan / not billed]';
    return text(`${program} ${PAYER_TEXT[payer].id}: ${arithmetic}${notBilled}`, `${program} ${PAYER_TEXT[payer].en}: ${arithmetic}${notBilled}`);
  },
  totals: (t: { billed: number; employer: number; employee: number; participant: number; government: number }, dueDate: string): BilingualText =>
    text(
      `Jumlah ditagihkan ${formatRupiah(t.billed)} = pemberi kerja ${formatRupiah(t.employer)} + pekerja ${formatRupiah(t.employee)} + peserta ${formatRupiah(t.participant)}; pemerintah (JKP) ${formatRupiah(t.government)}; jatuh tempo ${dueDate}`,
      `Billed total ${formatRupiah(t.billed)} = employer ${formatRupiah(t.employer)} + employee ${formatRupiah(t.employee)} + participant ${formatRupiah(t.participant)}; government (JKP) ${formatRupiah(t.government)}; due ${dueDate}`,
    ),
};
