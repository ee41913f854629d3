/**
 * Every sentence the benefit functions write, in Bahasa Indonesia (`id`) and English (`en`), in
 * one place: the logic computes the values, these functions word them. Amounts are written with
 * {@link formatRupiah} (Indonesian notation, `Rp1.200.000`).
 *
 * @module
 * @internal
 */
import type { BilingualText } from '../core/explain';
import { formatRupiah as rp } from '../core/money';

const t = (id: string, en: string): BilingualText => ({ id, en });
/** The same text in both languages (a formula). */
const same = (text: string): BilingualText => ({ id: text, en: text });
const ge = (met: boolean): string => (met ? '≥' : '<');

/** Shared by several benefits. */
export const common = {
  lastWage: (wage: string) => t(`Upah sebulan terakhir yang dilaporkan: ${rp(wage)}`, `Last reported monthly wage: ${rp(wage)}`),
  bpuIncome: (income: string, row: number, base: number) =>
    t(`Penghasilan yang dilaporkan ${rp(income)} → baris ${row} tabel dasar penghasilan → dasar ${rp(base)}`, `Declared income ${rp(income)} → row ${row} of the income table → base ${rp(base)}`),
  formula: same,
  amount: (amount: number) => same(rp(amount)),
  lumpSumLabel: t('Santunan sekaligus', 'Lump sum'),
  periodicLabel: t('Santunan berkala (24 bulan, dibayar sekaligus)', 'Periodic benefit (24 months, paid at once)'),
  funeralLabel: t('Biaya pemakaman', 'Funeral cost'),
  componentStep: (label: BilingualText, amount: number | null, rule: BilingualText) =>
    t(`${label.id}: ${amount === null ? 'sesuai biaya' : rp(amount)} — ${rule.id}`, `${label.en}: ${amount === null ? 'as incurred' : rp(amount)} — ${rule.en}`),
  totalCash: (total: number, note: 'medical' | 'none') =>
    note === 'medical' ? t(`Jumlah uang tunai ${rp(total)} (di luar perawatan medis).`, `Total cash ${rp(total)} (medical care excluded).`) : t(`Jumlah uang tunai ${rp(total)}.`, `Total cash ${rp(total)}.`),
};

/** `jkkBenefit`. */
export const jkk = {
  regime: (date: string, regime: string) => t(`Kecelakaan kerja ${date}: berlaku ${regime}.`, `Work accident on ${date}: ${regime} applies.`),
  medicalLabel: t('Perawatan dan pengobatan', 'Medical care'),
  medicalRule: t(
    'Sesuai kebutuhan medis, tanpa batas, di fasilitas kesehatan kerja sama (PLKK): dibayar sesuai biaya, tidak dihitung di sini.',
    'As medically needed, without limit, at partner facilities (PLKK): paid as incurred, not computed here.',
  ),
  transportMode: { land: t('darat/sungai', 'land/river'), sea: t('laut', 'sea'), air: t('udara', 'air') } as const,
  transportLabel: (mode: BilingualText) => t(`Biaya pengangkutan (${mode.id})`, `Transport (${mode.en})`),
  transportRule: (spent: string, cap: number) => t(`min(biaya ${spent}; batas ${rp(cap)})`, `min(cost ${spent}; cap ${rp(cap)})`),
  stmbLabel: t('Santunan sementara tidak mampu bekerja (STMB)', 'Temporary incapacity benefit (STMB)'),
  stmbRule: (months: number, wage: string, schedule: string) =>
    t(`${months} bulan × ${wage} menurut jadwal ${schedule} (bulan penuh)`, `${months} months × ${wage} by the schedule ${schedule} (whole months)`),
  anatomicalLabel: t('Cacat sebagian anatomis', 'Partial anatomical disability'),
  functionalLabel: t('Cacat sebagian fungsi', 'Partial functional disability'),
  totalDisabilityLabel: t('Cacat total tetap', 'Total permanent disability'),
  periodicAdded: (periodic: number) =>
    t(`${rp(periodic)}, ditambahkan pada santunan cacat total tetap (bacaan aditif, M+)`, `${rp(periodic)}, added to the total disability lump sum (additive reading, M+)`),
  deathLabel: t('Santunan kematian karena kecelakaan kerja', 'Death lump sum (work accident)'),
  deathMinimum: (months: number, wage: string, formula: number, minimum: number, binds: boolean) =>
    binds
      ? t(
          `${months} × ${wage} = ${rp(formula)} < minimum ${rp(minimum)} (santunan sekaligus JKM): dibayar minimum.`,
          `${months} × ${wage} = ${rp(formula)} < the minimum ${rp(minimum)} (the JKM lump sum): the minimum is paid.`,
        )
      : t(`${months} × ${wage} = ${rp(formula)} ≥ minimum ${rp(minimum)}.`, `${months} × ${wage} = ${rp(formula)} ≥ the minimum ${rp(minimum)}.`),
};

/** `jkmBenefit`. */
export const jkm = {
  regime: (date: string, regime: string) => t(`Meninggal ${date}: berlaku ${regime}.`, `Death on ${date}: ${regime} applies.`),
  active: (active: boolean) =>
    active
      ? t('Peserta aktif pada tanggal meninggal.', 'Active participant on the date of death.')
      : t('Bukan peserta aktif pada tanggal meninggal: tidak ada manfaat JKM.', 'Not an active participant on the date of death: no JKM benefit.'),
  bpuWaiting: (months: number, required: number, total: number, waiting: boolean) =>
    waiting
      ? t(
          `BPU: baru ${months} bulan iuran berturut-turut sejak mendaftar (< ${required}): hanya ${rp(total)} seluruhnya, tanpa beasiswa.`,
          `BPU: only ${months} consecutive paid months since registration (< ${required}): ${rp(total)} in total, no scholarship.`,
        )
      : t(`BPU: ${months} bulan iuran berturut-turut sejak mendaftar (≥ ${required}): manfaat JKM penuh.`, `BPU: ${months} consecutive paid months since registration (≥ ${required}): full JKM.`),
  waitingFuneral: (required: number, total: number) =>
    t(
      `Kematian sebelum ${required} bulan iuran berturut-turut: ${rp(total)} sebagai biaya pemakaman (brosur BPU)`,
      `Death before ${required} consecutive paid months: ${rp(total)} as funeral cost (BPU brochure)`,
    ),
  branchSource: t('Kepala cabang BPJS (Meulaboh, 5-8-2025): santunan kematian + biaya pemakaman', 'BPJS branch head (Meulaboh, 5-Aug-2025): death lump sum + funeral cost'),
  branchLumpSumLabel: t('Santunan kematian', 'Death lump sum'),
  branchRule: t('Bacaan kepala cabang', "Branch head's reading"),
  lumpSumRule: (amount: number) => t(`Santunan sekaligus ${rp(amount)}`, `Lump sum ${rp(amount)}`),
  periodicRule: (amount: number) => t(`Santunan berkala ${rp(amount)} (24 bulan, dibayar sekaligus)`, `Periodic benefit ${rp(amount)} (24 months, paid at once)`),
  funeralRule: (amount: number) => t(`Biaya pemakaman ${rp(amount)}`, `Funeral cost ${rp(amount)}`),
  componentStep: (label: BilingualText, amount: number) => t(`${label.id}: ${rp(amount)}`, `${label.en}: ${rp(amount)}`),
  missingConsecutive: 'For a BPU participant the JKM waiting rule needs the consecutive paid months since registration',
};

/** `scholarshipEntitlement` and the scholarship line of JKK and JKM results. */
export const scholarship = {
  noMinimum: t('JKK: beasiswa tanpa syarat masa iur minimal (PU maupun BPU).', 'JKK: the scholarship has no minimum contribution period (PU and BPU alike).'),
  contribution: (months: number, required: number, met: boolean) =>
    t(
      `Masa iur ${months} bulan ${ge(met)} ${required} bulan yang disyaratkan untuk beasiswa JKM${met ? '' : ': tidak ada beasiswa'}.`,
      `Contribution period ${months} months ${ge(met)} the ${required} months the JKM scholarship requires${met ? '' : ': no scholarship'}.`,
    ),
  missingContribution: (required: number) => `The JKM scholarship requires at least ${required} contribution months: give contributionMonths`,
  regime: (eventDate: string, regime: string, claimDate: string) =>
    t(`Peristiwa ${eventDate}: berlaku ${regime}; klaim ${claimDate}.`, `Event on ${eventDate}: ${regime} applies; claim on ${claimDate}.`),
  tooOld: (age: number, limit: number) => t(`Anak berusia ${age} tahun pada tanggal klaim (batas: di bawah ${limit}).`, `The child is ${age} on the claim date (the limit: under ${limit}).`),
  married: t('Anak sudah menikah.', 'The child is married.'),
  working: t('Anak sudah bekerja.', 'The child is working.'),
  notSelected: (max: number) => t(`Sudah ${max} anak yang memenuhi syarat dipilih (urutan masukan).`, `${max} eligible children already selected (input order).`),
  childPaid: (who: string, payments: number, total: number) => t(`Anak ${who}: ${payments} pembayaran, jumlah ${rp(total)}.`, `Child ${who}: ${payments} payments, total ${rp(total)}.`),
  childNothing: (who: string, reasons: readonly BilingualText[]) =>
    t(`Anak ${who}: tidak menerima — ${reasons.map((r) => r.id).join(' ')}`, `Child ${who}: receives nothing — ${reasons.map((r) => r.en).join(' ')}`),
  summary: (perChild: number, maxChildren: number, total: number) =>
    t(
      `Maksimum per anak ${rp(perChild)}; paling banyak ${maxChildren} anak; jumlah terjadwal ${rp(total)}.`,
      `Maximum per child ${rp(perChild)}; at most ${maxChildren} children; total scheduled ${rp(total)}.`,
    ),
  missingEducation: "From 2019-12-02 the scholarship is paid per level attended: give the child's education in the school year of the claim",
  noRule: (date: string) =>
    t(`Pustaka ini tidak memiliki aturan beasiswa untuk tanggal ${date} (sebelum PP 44/2015); tidak dihitung.`, `The library has no scholarship rule for ${date} (before PP 44/2015); none is computed.`),
  upToUnknown: (perChild: number, maxChildren: number) =>
    t(`Hingga ${rp(perChild)} per anak, paling banyak ${maxChildren} anak (jumlah anak tidak diberikan).`, `Up to ${rp(perChild)} a child, at most ${maxChildren} children (number of children not given).`),
  upTo: (perChild: number, count: number, maximum: number, yearly: boolean) =>
    t(
      `Hingga ${rp(perChild)} × ${count} anak = ${rp(maximum)}, dibayar ${yearly ? 'setiap tahun sesuai jenjang' : 'sekaligus'}.`,
      `Up to ${rp(perChild)} × ${count} children = ${rp(maximum)}, paid ${yearly ? 'yearly by level attended' : 'at once'}.`,
    ),
};

/** `jhtBalance` and `jhtWithdrawal`. */
export const jht = {
  timing: t(
    'Setiap bulan saldo awal memperoleh hasil pengembangan bulanan, lalu iuran bulan itu dikreditkan pada akhir bulan (iuran mulai berkembang bulan berikutnya).',
    "Each month the opening balance earns the monthly return, then the month's contribution is credited at its end (it earns from the next month).",
  ),
  assumedReturn: (percent: string, formula: string, rate: string) =>
    t(`Asumsi hasil ${percent} % setahun (bukan ketentuan hukum); tingkat bulanan ${formula} = ${rate}.`, `Assumed return ${percent} % a year (not law); monthly rate ${formula} = ${rate}.`),
  finalBalance: (balance: number, months: number, contributed: string, returns: number) =>
    t(
      `Saldo akhir ${rp(balance)} setelah ${months} bulan (iuran ${rp(contributed)}, hasil ${rp(returns)}).`,
      `Final balance ${rp(balance)} after ${months} months (contributions ${rp(contributed)}, returns ${rp(returns)}).`,
    ),
  membership: (months: number, required: number) =>
    months >= required
      ? t(`Kepesertaan ${months} bulan ≥ ${required}.`, `Membership ${months} months ≥ ${required}.`)
      : t(`Kepesertaan ${months} bulan < ${required}: belum boleh diambil sebagian.`, `Membership ${months} months < ${required}: no partial withdrawal yet.`),
  once: (already: boolean) =>
    already ? t('Pengambilan sebagian sudah pernah dilakukan (hanya sekali).', 'A partial withdrawal was already made (allowed once).') : t('Belum pernah mengambil sebagian.', 'No earlier partial withdrawal.'),
  purpose: { housing: t('perumahan', 'housing'), other: t('keperluan lain persiapan pensiun', 'other retirement preparation') } as const,
  partialAmount: (percent: string, balance: string, amount: number, purpose: BilingualText) =>
    t(`Paling banyak ${percent} % × ${rp(balance)} = ${rp(amount)} untuk ${purpose.id}.`, `At most ${percent} % × ${rp(balance)} = ${rp(amount)} for ${purpose.en}.`),
  nothingNow: t('Tidak ada yang dapat diambil sekarang.', 'Nothing may be withdrawn now.'),
  trigger: {
    retirement_age: t('mencapai usia pensiun', 'reaching the retirement age'),
    total_permanent_disability: t('cacat total tetap', 'total permanent disability'),
    death: t('meninggal dunia', 'death'),
    resignation: t('mengundurkan diri', 'resignation'),
    termination: t('PHK', 'termination (PHK)'),
    contract_ended: t('berakhirnya PKWT', 'end of a fixed-term contract'),
    bpu_stopped_working: t('BPU berhenti bekerja', 'a BPU stopping work'),
    left_indonesia: t('WNA meninggalkan Indonesia untuk selamanya', 'a foreigner leaving Indonesia for good'),
  } as const,
  age: (age: number, required: number) =>
    age >= required ? t(`Usia ${age} ≥ ${required}.`, `Aged ${age} ≥ ${required}.`) : t(`Usia ${age} < ${required}: belum dapat dibayar karena usia.`, `Aged ${age} < ${required}: not yet payable on account of age.`),
  waiting: (trigger: BilingualText, eventDate: string, wait: number, payableFrom: string, met: boolean) =>
    met
      ? t(`${trigger.id} pada ${eventDate}; dapat dibayar sejak ${payableFrom}.`, `${trigger.en} on ${eventDate}; payable from ${payableFrom}.`)
      : t(`${trigger.id} pada ${eventDate}: masa tunggu ${wait} bulan, baru dapat dibayar sejak ${payableFrom}.`, `${trigger.en} on ${eventDate}: a ${wait}-month wait, payable only from ${payableFrom}.`),
  fullHeading: (trigger: BilingualText, regime: string) => t(`Pembayaran penuh karena ${trigger.id}: berlaku ${regime}.`, `Full payout on ${trigger.en}: ${regime} applies.`),
  wholeBalance: (amount: number, allowed: boolean) => (allowed ? t(`Seluruh saldo ${rp(amount)}.`, `The whole balance, ${rp(amount)}.`) : t('Belum dapat dibayar.', 'Not payable yet.')),
  missingBirthDate: 'The retirement-age payout needs the date of birth',
  missingEventDate: (trigger: string) => `The ${trigger} payout needs the date of the event`,
};

/** `jpBenefit`. */
export const jp = {
  regime: (date: string, regime: string) => t(`Tanggal pensiun ${date}: berlaku ${regime}.`, `Retirement date ${date}: ${regime} applies.`),
  ageReached: (age: number, date: string) => t(`Usia pensiun ${age} tercapai pada ${date}.`, `Retirement age ${age} reached on ${date}.`),
  ageNotReached: (age: number, date: string, reachedOn: string, retirementAge: number) =>
    t(
      `Usia ${age} pada ${date}: usia pensiun baru tercapai pada ${reachedOn} (usia ${retirementAge}).`,
      `Aged ${age} on ${date}: the retirement age is reached only on ${reachedOn} (age ${retirementAge}).`,
    ),
  contributionMonths: (months: number, required: number) =>
    months >= required
      ? t(`Masa iur ${months} bulan ≥ ${required}: pensiun bulanan.`, `${months} contribution months ≥ ${required}: monthly pension.`)
      : t(
          `Masa iur ${months} bulan < ${required}: tidak ada pensiun bulanan, hanya manfaat sekaligus (iuran + hasil pengembangan).`,
          `${months} contribution months < ${required}: no monthly pension, a lump sum of contributions plus returns instead.`,
        ),
  lumpSum: (amount: number | null) =>
    amount === null
      ? t('Saldo iuran + hasil pengembangan tidak diberikan: jumlah sekaligus tidak dihitung.', 'The balance of contributions plus returns was not given: the lump sum is not computed.')
      : t(`Manfaat sekaligus ${rp(amount)}.`, `Lump sum ${rp(amount)}.`),
  formula: (rate: string, months: number, wage: string, amount: number) => same(`${rate} % × ${months}/12 × ${wage} = ${rp(amount)}.`),
  limitsBind: (formula: number, min: number, max: number, from: string, paid: number, status: 'enacted' | 'derived' | 'projected') =>
    t(
      `${rp(formula)} di luar batas ${rp(min)}–${rp(max)} (berlaku ${from}): dibayar ${rp(paid)}${statusNote(status).id}.`,
      `${rp(formula)} is outside the limits ${rp(min)}–${rp(max)} (from ${from}): ${rp(paid)} is paid${statusNote(status).en}.`,
    ),
  limitsWithin: (min: number, max: number, from: string, status: 'enacted' | 'derived' | 'projected') =>
    t(`Di dalam batas ${rp(min)}–${rp(max)} (berlaku ${from})${statusNote(status).id}.`, `Within the limits ${rp(min)}–${rp(max)} (from ${from})${statusNote(status).en}.`),
  limitsCannotBind: (date: string, formula: number, minimumAtMost: number, upperFrom: string, maximumAtLeast: number, lowerFrom: string) =>
    t(
      `Batas manfaat untuk ${date} belum diketahui (surat Maret belum dibaca), tetapi tidak dapat mengubah ${rp(formula)}: batas disesuaikan setiap tahun dengan inflasi tahun sebelumnya, yang positif, sehingga minimum paling tinggi ${rp(minimumAtMost)} (nilai ${upperFrom}) dan maksimum paling rendah ${rp(maximumAtLeast)} (nilai ${lowerFrom}).`,
      `The limits for ${date} are not known (the March letter has not been read), but they cannot change ${rp(formula)}: they are adjusted each year by the previous year's inflation, which was positive, so the minimum is at most ${rp(minimumAtMost)} (the ${upperFrom} value) and the maximum at least ${rp(maximumAtLeast)} (the ${lowerFrom} value).`,
    ),
  survivor: (who: string, percent: string, pension: number, amount: number) =>
    t(`Pensiun ahli waris (${who}): ${percent} % × ${rp(pension)} = ${rp(amount)}.`, `Survivor pension (${who}): ${percent} % × ${rp(pension)} = ${rp(amount)}.`),
  monthly: (amount: number) => t(`Manfaat pensiun hari tua ${rp(amount)} per bulan.`, `Old-age pension ${rp(amount)} a month.`),
};

function statusNote(status: 'enacted' | 'derived' | 'projected'): BilingualText {
  if (status === 'derived') return t(' (batas turunan, belum diterbitkan)', ' (derived limits, not published)');
  if (status === 'projected') return t(' (batas proyeksi, bukan hukum)', ' (projected limits, not law)');
  return t('', '');
}

/** `jkpBenefit`. */
export const jkp = {
  reason: {
    termination: t('PHK oleh pemberi kerja', 'termination by the employer'),
    pkwt_early_termination: t('PKWT diakhiri sebelum waktunya', 'fixed-term contract ended early'),
    resignation: t('mengundurkan diri', 'resignation'),
    retirement: t('pensiun', 'retirement'),
    total_permanent_disability: t('cacat total tetap', 'total permanent disability'),
    death: t('meninggal dunia', 'death'),
  } as const,
  terminationReason: (reason: BilingualText, qualifies: boolean) =>
    qualifies
      ? t(`Alasan berakhirnya hubungan kerja: ${reason.id} — memenuhi syarat.`, `Reason employment ended: ${reason.en} — qualifies.`)
      : t(`Alasan berakhirnya hubungan kerja: ${reason.id} — tidak memenuhi syarat JKP.`, `Reason employment ended: ${reason.en} — does not qualify for JKP.`),
  contributionMonths: (months: number, window: number, required: number) =>
    months >= required
      ? t(`${months} bulan iuran dalam ${window} bulan terakhir ≥ ${required}.`, `${months} contribution months in the last ${window} ≥ ${required}.`)
      : t(`${months} bulan iuran dalam ${window} bulan terakhir < ${required}: tidak memenuhi syarat.`, `${months} contribution months in the last ${window} < ${required}: not eligible.`),
  consecutive: (months: number, required: number) =>
    months >= required
      ? t(`${months} bulan iuran berturut-turut sebelum PHK ≥ ${required}.`, `${months} consecutive paid months before the PHK ≥ ${required}.`)
      : t(`${months} bulan iuran berturut-turut sebelum PHK < ${required}: tidak memenuhi syarat.`, `${months} consecutive paid months before the PHK < ${required}: not eligible.`),
  consecutiveNotApplied: t(
    'Syarat iuran berturut-turut tidak diterapkan atas permintaan (PP 6/2025: sumber berbeda pendapat).',
    "The consecutive-month condition is not applied, at the caller's request (PP 6/2025: sources disagree).",
  ),
  deadline: (claimDate: string, deadline: string, months: number, met: boolean) =>
    met
      ? t(`Klaim ${claimDate} tidak melewati batas ${deadline} (${months} bulan setelah PHK).`, `Claim on ${claimDate} is within the deadline ${deadline} (${months} months after the PHK).`)
      : t(`Klaim ${claimDate} melewati batas ${deadline} (${months} bulan setelah PHK): hak hilang.`, `Claim on ${claimDate} is after the deadline ${deadline} (${months} months after the PHK): the right is lost.`),
  newJob: (working: boolean) => (working ? t('Sudah bekerja kembali sebelum klaim: hak hilang.', 'Working again before the claim: the right is lost.') : t('Belum bekerja kembali.', 'Not yet working again.')),
  cashLabel: (first: number, last: number) => t(`Uang tunai bulan ${first}–${last}`, `Cash, months ${first}–${last}`),
  cashRule: (months: number, percent: string, wage: string, amount: number) => same(`${months} × ${percent} % × ${wage} = ${months} × ${rp(amount)}`),
  regime: (date: string, regime: string) => t(`PHK ${date}: berlaku ${regime} (rezim ditentukan oleh tanggal PHK).`, `PHK on ${date}: ${regime} applies (the PHK date decides the regime).`),
  wageBase: (wage: string, cap: number, base: string) => t(`Upah dasar: min(${wage}; ${rp(cap)}) = ${base}.`, `Wage base: min(${wage}; ${rp(cap)}) = ${base}.`),
  total: (total: number, eligible: boolean) => t(`Jumlah ${rp(total)}${eligible ? '' : ' (tidak memenuhi syarat)'}.`, `Total ${rp(total)}${eligible ? '' : ' (not eligible)'}.`),
  puOnly: 'JKP (Jaminan Kehilangan Pekerjaan) is for wage earners (PU) only: a BPU participant has no JKP benefit; give earnings { segment: "PU", wage }',
};

/** `claimsSummary`. */
export const claims = {
  headline: (total: string, participants: number, count: number) =>
    t(`${rp(total)} dibayarkan kepada ${participants} peserta (${count} klaim).`, `${rp(total)} paid to ${participants} participants (${count} claims).`),
};
