/**
 * Every text of the eligibility rules in both languages (Bahasa Indonesia and English): titles
 * of the built-in criteria and groups, the reasons their tests give, and the lines of an
 * explanation. The logic calls these; none of it writes a sentence of its own.
 *
 * @module
 * @internal
 */
import { text, type BilingualText } from '../core/explain';

/** `a or b; c` (Indonesian `atau`): requirements, each a list of alternatives. */
function requirements(reqs: readonly (readonly string[])[], or: string): string {
  return reqs.map((alternatives) => alternatives.join(` ${or} `)).join('; ');
}

/** Texts of groups and of the reasons the engine gives when a test gave none. */
export const groupText = {
  allTitle: (): BilingualText => text('Semua kriteria berikut terpenuhi', 'All of the following are met'),
  anyTitle: (): BilingualText => text('Sekurang-kurangnya satu kriteria berikut terpenuhi', 'At least one of the following is met'),
  notTitle: (member: BilingualText): BilingualText => text(`Bukan: ${member.id}`, `Not: ${member.en}`),
  notMet: (): BilingualText => text('Kriteria di dalamnya tidak terpenuhi, seperti disyaratkan.', 'The criterion inside is not met, as required.'),
  notFailed: (): BilingualText => text('Kriteria di dalamnya terpenuhi, padahal tidak boleh.', 'The criterion inside is met, and must not be.'),
  notUndetermined: (): BilingualText => text('Kriteria di dalamnya belum dapat ditentukan.', 'The criterion inside cannot be decided yet.'),
  counts: (met: number, failed: number, undetermined: number, all: boolean): BilingualText =>
    text(
      `${met} terpenuhi, ${failed} tidak terpenuhi, ${undetermined} belum dapat ditentukan (${all ? 'semua harus terpenuhi' : 'cukup satu'}).`,
      `${met} met, ${failed} not met, ${undetermined} undetermined (${all ? 'all are required' : 'one is enough'}).`,
    ),
};

/** Reasons of a criterion the engine states. */
export const reasonText = {
  notInForce: (asOf: string, period: string): BilingualText =>
    text(`Tidak berlaku pada ${asOf}${period === '' ? '' : ` (berlaku ${period})`}; tidak diterapkan.`, `Not in force on ${asOf}${period === '' ? '' : ` (in force ${period})`}; not applied.`),
  factsNotKnown: (reqs: readonly (readonly string[])[]): BilingualText => text(`Fakta belum diketahui: ${requirements(reqs, 'atau')}.`, `Facts not known: ${requirements(reqs, 'or')}.`),
  met: (): BilingualText => text('Terpenuhi.', 'Met.'),
  notMet: (): BilingualText => text('Tidak terpenuhi.', 'Not met.'),
};

/** The lines of an explanation. */
export const explanationText = {
  eligible: (title: BilingualText, asOf: string): BilingualText =>
    text(`Memenuhi syarat untuk "${title.id}" per ${asOf}: semua kriteria yang berlaku terpenuhi.`, `Eligible for "${title.en}" as of ${asOf}: every criterion in force is met.`),
  ineligible: (title: BilingualText, asOf: string): BilingualText => text(`Tidak memenuhi syarat untuk "${title.id}" per ${asOf}.`, `Ineligible for "${title.en}" as of ${asOf}.`),
  undetermined: (title: BilingualText, asOf: string): BilingualText => text(`Belum dapat ditentukan untuk "${title.id}" per ${asOf}.`, `Undetermined for "${title.en}" as of ${asOf}.`),
  failedHeading: (): BilingualText => text('Kriteria yang tidak terpenuhi:', 'Criteria not met:'),
  failed: (title: BilingualText, id: string, origin: string, reason: BilingualText): BilingualText =>
    text(`- ${title.id} [${id}, dari ${origin}]: ${reason.id}`, `- ${title.en} [${id}, from ${origin}]: ${reason.en}`),
  stillNeeded: (reqs: readonly (readonly string[])[]): BilingualText =>
    text(`Fakta yang masih diperlukan: ${requirements(reqs, 'atau')}.`, `Facts still needed: ${requirements(reqs, 'or')}.`),
  criteriaHeading: (layers: readonly string[]): BilingualText => text(`Semua kriteria (aturan ${layers.join(' → ')}):`, `All criteria (rule set ${layers.join(' → ')}):`),
  criterion: (line: { depth: number; mark: string; title: BilingualText; id: string; origin: string; overridden: readonly string[]; reason: BilingualText }): BilingualText => {
    const indent = '  '.repeat(line.depth);
    const over = line.overridden.length === 0 ? '' : `; ${line.origin} menggantikan ${line.overridden.join(', ')}`;
    const overEn = line.overridden.length === 0 ? '' : `; ${line.origin} overrides ${line.overridden.join(', ')}`;
    return text(
      `${indent}${line.mark} ${line.title.id} [${line.id}, dari ${line.origin}${over}]: ${line.reason.id}`,
      `${indent}${line.mark} ${line.title.en} [${line.id}, from ${line.origin}${overEn}]: ${line.reason.en}`,
    );
  },
};

/** Titles and reasons of the national BPU basics. */
export const bpuText = {
  basicsTitle: (): BilingualText => text('Syarat dasar kepesertaan BPU', 'BPU membership basics'),
  basicsDescription: (): BilingualText =>
    text(
      'Syarat nasional yang lazim untuk mendaftar sebagai peserta bukan penerima upah; angka-angkanya parameter hukum bertanggal.',
      'Typical national conditions for registering as a non-wage (BPU) participant; the figures are dated parameters of law.',
    ),
  outsideEmploymentTitle: (): BilingualText => text('Bekerja di luar hubungan kerja (bukan penerima upah)', 'Works outside an employment relationship (not a wage earner)'),
  employment: (employment: string): BilingualText => text(`Status kerja: ${employment}.`, `Employment: ${employment}.`),
  wageEarner: (): BilingualText => text('Penerima upah (PU) didaftarkan oleh pemberi kerja, bukan sebagai BPU.', 'A wage earner (PU) is enrolled by the employer, not as BPU.'),
  ageTitle: (): BilingualText => text('Usia saat mendaftar di bawah batas usia', 'Under the age limit at registration'),
  age: (age: number, asOf: string, born: string, fromNik: boolean, limit: number): BilingualText =>
    text(
      `Usia ${age} tahun pada ${asOf} (lahir ${born}${fromNik ? ', menurut NIK' : ''}); batasnya di bawah ${limit} tahun.`,
      `Age ${age} on ${asOf} (born ${born}${fromNik ? ', from the NIK' : ''}); the limit is under ${limit}.`,
    ),
  occupationsTitle: (): BilingualText => text('Paling banyak dua jenis pekerjaan', 'At most two occupations'),
  occupations: (count: number, max: number): BilingualText => text(`${count} jenis pekerjaan; paling banyak ${max}.`, `${count} occupation${count === 1 ? '' : 's'}; at most ${max}.`),
};

/** Titles and reasons of the regional assistance (*pekerja rentan*) criteria. */
export const assistanceText = {
  domicileTitle: (region: string): BilingualText => text(`Berdomisili di wilayah ${region}`, `Lives in region ${region}`),
  domicileByAddress: (address: string, region: string, met: boolean): BilingualText =>
    text(`Alamat di wilayah ${address}, ${met ? '' : 'tidak '}di dalam ${region}.`, `Address in region ${address}, ${met ? '' : 'not '}within ${region}.`),
  domicileByNik: (district: string, region: string, met: boolean): BilingualText =>
    text(`Tanpa alamat: NIK diterbitkan di wilayah ${district}, ${met ? '' : 'tidak '}di dalam ${region}.`, `No address given: the NIK was issued in region ${district}, ${met ? '' : 'not '}within ${region}.`),
  decileTitle: (ceiling: number): BilingualText => text(`Terdaftar di DTSEN pada desil 1 sampai ${ceiling}`, `Listed in DTSEN in decile 1 to ${ceiling}`),
  notRegistered: (): BilingualText => text('Tidak terdaftar di DTKS/DTSEN.', 'Not listed in DTKS/DTSEN.'),
  decile: (decile: number, ceiling: number): BilingualText => text(`Desil ${decile}; batas desil ${ceiling}.`, `Decile ${decile}; the ceiling is decile ${ceiling}.`),
  incomeTitle: (threshold: string): BilingualText => text(`Penghasilan sebulan di bawah ${threshold}`, `Monthly income below ${threshold}`),
  income: (income: string, threshold: string, met: boolean): BilingualText =>
    text(`Penghasilan sebulan ${income} ${met ? '' : 'tidak '}di bawah ${threshold}.`, `Monthly income ${income} is ${met ? '' : 'not '}below ${threshold}.`),
  notFundedTitle: (from: string, to: string): BilingualText => text(`Belum dibiayai pemerintah lain pada ${from} s.d. ${to}`, `Not funded by another government payer in ${from} to ${to}`),
  noOtherFunding: (): BilingualText => text('Tidak ada pembiayaan pemerintah lain pada bulan-bulan tersebut.', 'No other government payer funds those months.'),
  fundedElsewhere: (clashes: readonly { readonly payer: string; readonly from: string; readonly to: string }[]): BilingualText =>
    text(`Sudah dibiayai ${clashes.map((c) => `${c.payer} pada ${c.from} s.d. ${c.to}`).join('; ')}.`, `Already funded by ${clashes.map((c) => `${c.payer} in ${c.from} to ${c.to}`).join('; ')}.`),
  activeTitle: (): BilingualText => text('Aktif bekerja di sektor informal', 'Actively works in the informal sector'),
  active: (active: boolean): BilingualText =>
    active ? text('Aktif bekerja di sektor informal.', 'Actively works in the informal sector.') : text('Tidak aktif bekerja di sektor informal.', 'Not actively working in the informal sector.'),
};
