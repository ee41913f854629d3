/**
 * Every bilingual text of the payment functions (Bahasa Indonesia and English), in one place, so
 * that the logic holds no prose: the allocation rule, the rules that decide a month's state and
 * the membership, the fine arithmetic, the readings of the contribution periods and the risk
 * categories of a programme review.
 *
 * @module
 * @internal
 */
import { text, type BilingualText } from '../core/explain';
import { formatRupiah } from '../core/money';

// --- the payment record ---------------------------------------------------------------------

/** The allocation rule, as stated in every record. */
export const ALLOCATION_RULE: BilingualText = text(
  'Pembayaran diterapkan menurut tanggal bayar. Kredit dari pembayaran sebelumnya dipakai lebih dulu untuk bulan tertua yang belum lunas; lalu pembayaran melunasi bulan yang disebutkannya (tertua dulu) atau, bila tidak menyebut bulan, bulan tertua yang belum lunas. Bulan dianggap lunas pada tanggal pembayaran yang melunasinya; sisa pembayaran menjadi kredit untuk pembayaran berikutnya; kekurangan tetap menjadi tunggakan. BPU paling banyak 12 bulan di muka; pembayaran setelah kepesertaan BPU berakhir tidak diterapkan.',
  'Payments are applied in the order they were made. Credit from earlier payments is applied first, to the oldest outstanding month; then the payment pays the months it names (oldest first) or, if it names none, the oldest outstanding months. A month counts as paid on the date of the payment that completes it; what is left of a payment becomes credit for the next payment; a shortfall stays outstanding (arrears). A BPU payment may cover at most 12 months ahead; a payment made after a BPU membership lapsed is not applied.',
);

/** Why a payment made on or after the lapse day is not applied. @internal */
export function paidAfterLapse(paymentDate: string, lapseDate: string): BilingualText {
  return text(
    `Dibayar ${paymentDate}, setelah kepesertaan BPU berakhir pada ${lapseDate}; tidak diterapkan (pendaftaran ulang di luar cakupan).`,
    `Paid on ${paymentDate}, after the BPU membership lapsed on ${lapseDate}; not applied (re-registration is out of scope).`,
  );
}

// --- the state of a month -------------------------------------------------------------------

/** A month not paid in full when the BPU membership lapsed. @internal */
export function monthLapsed(lapseDate: string, maxUnpaid: number): BilingualText {
  return text(
    `Belum lunas ketika kepesertaan BPU berakhir pada ${lapseDate} (lebih dari ${maxUnpaid} bulan berturut-turut menunggak).`,
    `Not paid in full when the BPU membership lapsed on ${lapseDate} (more than ${maxUnpaid} consecutive unpaid months).`,
  );
}

/** A month paid in full by its due date. @internal */
export function monthPaidOnTime(paymentDate: string, dueDate: string): BilingualText {
  return text(`Lunas ${paymentDate}, paling lambat jatuh tempo ${dueDate}.`, `Paid in full on ${paymentDate}, by the due date ${dueDate}.`);
}

/** A month paid in full after its due date. @internal */
export function monthPaidLate(paymentDate: string, dueDate: string, daysLate: number, monthsLate: number, bpu: boolean): BilingualText {
  return text(
    `Lunas ${paymentDate}, ${daysLate} hari setelah jatuh tempo ${dueDate} (${monthsLate} bulan keterlambatan yang dimulai).${bpu ? ' Tanpa perlindungan selama menunggak.' : ''}`,
    `Paid in full on ${paymentDate}, ${daysLate} days after the due date ${dueDate} (${monthsLate} started months of delay).${bpu ? ' No protection while it was unpaid.' : ''}`,
  );
}

/** A month whose due date has not passed. @internal */
export function monthNotYetDue(dueDate: string, asOf: string): BilingualText {
  return text(`Jatuh tempo ${dueDate}, belum lewat pada ${asOf}.`, `Due on ${dueDate}, not yet past on ${asOf}.`);
}

/** A month past due with something outstanding. @internal */
export function monthOverdue(dueDate: string, asOf: string, outstanding: number, daysLate: number, bpu: boolean): BilingualText {
  return text(
    `Jatuh tempo ${dueDate}; pada ${asOf} masih kurang ${outstanding} rupiah (${daysLate} hari terlambat).${bpu ? ' Tanpa perlindungan sampai dibayar.' : ''}`,
    `Due on ${dueDate}; on ${asOf} ${outstanding} rupiah is still outstanding (${daysLate} days late).${bpu ? ' No protection until paid.' : ''}`,
  );
}

// --- the membership -------------------------------------------------------------------------

/** A BPU membership that lapsed (ended, or became inactive after a JHT claim). @internal */
export function membershipLapsed(months: readonly string[], maxUnpaid: number, jhtClaimed: boolean, lapseDate: string): BilingualText {
  return text(
    `Iuran ${months.join(', ')} tidak dibayar: lebih dari ${maxUnpaid} bulan berturut-turut, sehingga kepesertaan ${jhtClaimed ? 'nonaktif (JHT sudah diklaim)' : 'berakhir'} sejak ${lapseDate}.`,
    `Contributions for ${months.join(', ')} were not paid: more than ${maxUnpaid} consecutive months, so the membership ${jhtClaimed ? 'became inactive (JHT already claimed)' : 'ended'} on ${lapseDate}.`,
  );
}

/** No contribution is scheduled for the month of the date. @internal */
export function membershipNotScheduled(month: string, first: string, last: string): BilingualText {
  return text(
    `Tidak ada iuran terjadwal untuk ${month} (jadwal ${first} s.d. ${last}); tanpa iuran tidak ada perlindungan yang tercatat.`,
    `No contribution is scheduled for ${month} (the schedule runs ${first} to ${last}); without a contribution the record shows no protection.`,
  );
}

/** PU: the worker stays protected while the employer is in arrears. @internal */
export function employerInArrears(months: readonly string[]): BilingualText {
  return text(
    `Pekerja tetap terlindungi; pemberi kerja menunggak ${months.length} bulan (${months.join(', ')}) dan menanggung denda.`,
    `The worker stays protected; the employer is in arrears for ${months.length} months (${months.join(', ')}) and owes the fine.`,
  );
}

/** BPU: no protection while past-due months are unpaid. @internal */
export function participantInArrears(months: readonly string[], lapseDate: string | null): BilingualText {
  return text(
    `Iuran ${months.join(', ')} lewat jatuh tempo dan belum lunas: tidak ada perlindungan sampai tunggakan dibayar${lapseDate === null ? '' : `; kepesertaan berakhir ${lapseDate} bila tetap tidak dibayar`}.`,
    `Contributions for ${months.join(', ')} are past due and unpaid: no protection until the arrears are paid${lapseDate === null ? '' : `; the membership ends on ${lapseDate} if they stay unpaid`}.`,
  );
}

/** The current month is paid and nothing is in arrears. @internal */
export function membershipPaidUp(month: string): BilingualText {
  return text(`Iuran ${month} sudah lunas dan tidak ada tunggakan.`, `The contribution for ${month} is paid and nothing is in arrears.`);
}

/** The current month is not yet due and nothing is in arrears. @internal */
export function membershipWithinPaymentPeriod(month: string, dueDate: string): BilingualText {
  return text(`Iuran ${month} jatuh tempo ${dueDate}, belum lewat; tidak ada tunggakan.`, `The contribution for ${month} is due on ${dueDate}, not yet past; nothing is in arrears.`);
}

// --- fines ----------------------------------------------------------------------------------

/** No cap on the fine is known. @internal */
export const NO_FINE_CAP: BilingualText = text(
  'Tidak diketahui batas maksimum denda BPJS Ketenagakerjaan; tidak ada batas yang diterapkan. Batas 12 bulan / Rp30 juta berlaku untuk BPJS Kesehatan, bukan di sini.',
  'No cap on the BPJS Ketenagakerjaan fine is known; none is applied. The 12-month / Rp30 juta caps belong to BPJS Kesehatan and do not apply here.',
);

/** A cap on the fine from a layer of law. @internal */
export function fineCapFromLaw(cap: number): BilingualText {
  return text(`Batas ${cap} bulan dari lapisan hukum yang dipakai.`, `A cap of ${cap} months from the law layer in use.`);
}

/** The fine on one contribution. @internal */
export function lateFineRule(rate: string, contribution: number, months: number, fine: number, dueDate: string, paymentDate: string): BilingualText {
  return text(
    `Denda = ${rate} % × ${formatRupiah(contribution)} × ${months} bulan = ${formatRupiah(fine)} (jatuh tempo ${dueDate}, dibayar ${paymentDate}; tidak berbunga majemuk).`,
    `Fine = ${rate} % × ${formatRupiah(contribution)} × ${months} months = ${formatRupiah(fine)} (due ${dueDate}, paid ${paymentDate}; simple, not compounding).`,
  );
}

/** The fine on one iuran month of a statement. @internal */
export function monthFineStep(month: string, rate: string, terms: readonly { base: number; monthsLate: number }[], exact: string, fine: number, dueDate: string): BilingualText {
  const sum = terms.map((c) => `${formatRupiah(c.base)} × ${c.monthsLate}`).join(' + ');
  return text(
    `${month}: denda ${rate} % × (${sum} bulan) = ${exact} → ${formatRupiah(fine)} (jatuh tempo ${dueDate})`,
    `${month}: fine ${rate} % × (${sum} months) = ${exact} → ${formatRupiah(fine)} (due ${dueDate})`,
  );
}

/** What a statement adds up to. @internal */
export function owedNowStep(t: { arrears: number; finesOutstanding: number; finesAccrued: number; finesPaid: number; owedNow: number; credit: number }, asOf: string): BilingualText {
  return text(
    `Tunggakan iuran ${formatRupiah(t.arrears)} + denda terutang ${formatRupiah(t.finesOutstanding)} (denda ${formatRupiah(t.finesAccrued)} − dibayar ${formatRupiah(t.finesPaid)}) = ${formatRupiah(t.owedNow)} pada ${asOf}; kredit ${formatRupiah(t.credit)}.`,
    `Arrears ${formatRupiah(t.arrears)} + fines outstanding ${formatRupiah(t.finesOutstanding)} (fines ${formatRupiah(t.finesAccrued)} − paid ${formatRupiah(t.finesPaid)}) = ${formatRupiah(t.owedNow)} on ${asOf}; credit ${formatRupiah(t.credit)}.`,
  );
}

// --- contribution periods -------------------------------------------------------------------

/** Which months count towards a period. @internal */
export function countingReading(countPrepaid: boolean): BilingualText {
  return countPrepaid
    ? text('Bulan dihitung bila iurannya lunas pada tanggal itu, termasuk bulan yang dibayar di muka.', 'A month counts once its contribution is paid in full by the date, including months paid in advance.')
    : text(
        'Bulan dihitung bila iurannya lunas pada tanggal itu dan bulan iurannya sudah dimulai; bulan yang dibayar di muka belum dihitung (bacaan hati-hati, brief §12 butir 9a).',
        'A month counts once its contribution is paid in full by the date and its iuran month has begun; months paid in advance do not count yet (the cautious reading, brief §12 item 9a).',
      );
}

/** The JKM waiting rule does not apply to PU. @internal */
export const JKM_WAITING_NOT_FOR_PU: BilingualText = text('Masa tunggu JKM hanya berlaku bagi peserta BPU.', 'The JKM waiting rule applies to BPU participants only.');

/** The JKM waiting rule, judged. @internal */
export function jkmWaiting(actual: number, deathDate: string, required: number, met: boolean, totalBeforeWaiting: number, countPrepaid: boolean): BilingualText {
  const reading = countingReading(countPrepaid);
  return text(
    `${actual} bulan berturut-turut dibayar sejak pendaftaran pada ${deathDate}; syarat JKM penuh ${required} bulan: ${met ? 'terpenuhi' : `tidak terpenuhi (hanya ${formatRupiah(totalBeforeWaiting)})`}. ${reading.id}`,
    `${actual} consecutive months paid since registration on ${deathDate}; the full JKM needs ${required}: ${met ? 'met' : `not met (${formatRupiah(totalBeforeWaiting)} only)`}. ${reading.en}`,
  );
}

/** The scholarship's contribution period, judged. @internal */
export function scholarshipPeriod(total: number, eventDate: string, required: number, met: boolean): BilingualText {
  return text(
    `Masa iur ${total} bulan pada ${eventDate}; beasiswa memerlukan ${required} bulan: ${met ? 'terpenuhi' : 'tidak terpenuhi'}.`,
    `Contribution period ${total} months on ${eventDate}; the scholarship needs ${required} months: ${met ? 'met' : 'not met'}.`,
  );
}

/** The JKP contribution-period conditions, judged. @internal */
export function jkpPeriod(c: { inWindow: number; from: string; to: string; minContributionMonths: number; consecutive: number; required: number | null; met: boolean }): BilingualText {
  return text(
    `${c.inWindow} bulan iur dalam ${c.from} s.d. ${c.to} (syarat ${c.minContributionMonths}); ${c.consecutive} bulan berturut-turut sebelum PHK${c.required === null ? ' (syarat ini tidak diterapkan atas permintaan: PP 6/2025, sumber berbeda pendapat)' : ` (syarat ${c.required})`}: ${c.met ? 'terpenuhi' : 'tidak terpenuhi'}.`,
    `${c.inWindow} contribution months in ${c.from} to ${c.to} (needs ${c.minContributionMonths}); ${c.consecutive} consecutive months before the PHK${c.required === null ? " (condition not applied, at the caller's request: PP 6/2025, sources disagree)" : ` (needs ${c.required})`}: ${c.met ? 'met' : 'not met'}.`,
  );
}

// --- programme review -----------------------------------------------------------------------

/** The risk categories of a programme review. @internal */
export const RISK_RULE: BilingualText = text(
  'Hilang: kepesertaan berakhir (lebih dari 3 bulan berturut-turut menunggak, Perdir 22/PERDIR.02/072022). Tidak terlindungi: ada iuran lewat jatuh tempo yang belum dibayar (BPU tanpa perlindungan selama menunggak) atau tidak ada iuran terjadwal. Berisiko: terlindungi, tetapi iuran berikutnya jatuh tempo dalam jendela peringatan dan belum dibayar.',
  'Lost: the membership ended (more than 3 consecutive unpaid months, Perdir 22/PERDIR.02/072022). Unprotected: a contribution is past due and unpaid (no BPU protection while unpaid), or none is scheduled. At risk: protected, but the next contribution falls due within the warning window and is unpaid.',
);
