/**
 * The bilingual texts of the funding area (Bahasa Indonesia and English), in one place: what a
 * plan, a split, a budget question or an arrangement says about itself. The logic decides which
 * text and which figures; this module only words them.
 *
 * @module
 * @internal
 */
import type { MonthRange, YearMonth } from '../core/calendar';
import { text, type BilingualText } from '../core/explain';
import { formatRupiah, type Rounding, type Rupiah } from '../core/money';
import type { BpuProgram } from '../contributions/participant';
import type { Citation } from '../law/citation';
import { explanationStep, type ExplanationStep } from '../law/explanation';
import type { FundingSource } from '../law/parameters/relief';
import type { AllocationPart, RemainderPolicy } from './allocate';
import type { AmountRun, BudgetFit, FunderTotal, ProfileSummary, RosterSummary } from './plan/types';

/** A count with thousands separators (`50,000`), as the explanations write it. @internal */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// --- plans -------------------------------------------------------------------------------------

/** The plan in one line: name, programmes, months, people. @internal */
export function planHeader(name: string | null, programs: readonly BpuProgram[], period: MonthRange, participants: number, participantMonths: number): BilingualText {
  const named = name === null ? '' : ` ${name}`;
  return text(
    `Rencana${named}: program ${programs.join(' + ')}, bulan iuran ${period.from} s.d. ${period.to}, ${formatCount(participants)} peserta BPU, ${formatCount(participantMonths)} peserta-bulan`,
    `Plan${named}: programmes ${programs.join(' + ')}, iuran months ${period.from} to ${period.to}, ${formatCount(participants)} BPU participants, ${formatCount(participantMonths)} participant-months`,
  );
}

/** A roster: its arrangement, why its funding source, and the source priced. @internal */
export function rosterFunding(r: RosterSummary): BilingualText {
  return text(
    `Daftar "${r.name}"${r.region === null ? '' : ` (wilayah ${r.region})`}: ${r.arrangement.id}. ${r.fundedByReason.id}; sumber dana dihitung sebagai fundedBy = ${r.fundedBy}`,
    `Roster "${r.name}"${r.region === null ? '' : ` (region ${r.region})`}: ${r.arrangement.en}. ${r.fundedByReason.en}; priced with fundedBy = ${r.fundedBy}`,
  );
}

/** A run of months of a profile: head count × months × the amount, per programme. @internal */
export function profileRun(run: AmountRun, prof: ProfileSummary, months: number, amount: Rupiah): BilingualText {
  const parts = (Object.entries(run.byProgram) as [BpuProgram, Rupiah][]).map(([prog, amt]) => `${prog} ${formatRupiah(amt)}`).join(' + ');
  return text(
    `${run.period.from} s.d. ${run.period.to}: ${formatCount(prof.count)} peserta (dasar ${formatRupiah(prof.base)}) × ${months} bulan × ${formatRupiah(run.amount)} (${parts}) = ${formatRupiah(amount)}`,
    `${run.period.from} to ${run.period.to}: ${formatCount(prof.count)} participants (base ${formatRupiah(prof.base)}) × ${months} months × ${formatRupiah(run.amount)} (${parts}) = ${formatRupiah(amount)}`,
  );
}

/** A roster's total. @internal */
export function rosterTotal(name: string, total: Rupiah): BilingualText {
  return text(`Jumlah daftar "${name}": ${formatRupiah(total)}`, `Roster "${name}" total: ${formatRupiah(total)}`);
}

/** What a funder pays, and its cap. @internal */
export function funderPays(f: FunderTotal): BilingualText {
  const cap = f.cap === null ? '' : f.cap.reachedIn === null ? `; plafon ${formatRupiah(f.cap.amount)} tidak tercapai` : `; plafon ${formatRupiah(f.cap.amount)} tercapai pada ${f.cap.reachedIn}`;
  const capEn = f.cap === null ? '' : f.cap.reachedIn === null ? `; cap ${formatRupiah(f.cap.amount)} not reached` : `; cap ${formatRupiah(f.cap.amount)} reached in ${f.cap.reachedIn}`;
  const budget = f.budgetType.toUpperCase();
  return text(`${f.name} (${budget}) membayar ${formatRupiah(f.total)}${cap}`, `${f.name} (${budget}) pays ${formatRupiah(f.total)}${capEn}`);
}

/** What no funder pays. @internal */
export function planUnfunded(unfunded: Rupiah): BilingualText {
  return text(`Tidak terdanai (plafon tercapai tanpa limpahan): ${formatRupiah(unfunded)}`, `Unfunded (caps reached with no overflow): ${formatRupiah(unfunded)}`);
}

/** The grand total as the sum of the funders' totals and the unfunded part. @internal */
export function planGrandTotal(total: Rupiah, byFunder: readonly FunderTotal[], unfunded: Rupiah): BilingualText {
  const sum = byFunder.map((f) => formatRupiah(f.total)).join(' + ');
  return text(
    `Jumlah seluruhnya ${formatRupiah(total)} = ${sum}${unfunded > 0 ? ` + tidak terdanai ${formatRupiah(unfunded)}` : ''}`,
    `Grand total ${formatRupiah(total)} = ${sum}${unfunded > 0 ? ` + unfunded ${formatRupiah(unfunded)}` : ''}`,
  );
}

/** Whether a budget fits. @internal */
export function budgetFit(fit: BudgetFit): BilingualText {
  return fit.fits
    ? text(`Anggaran ${formatRupiah(fit.budget)} cukup; sisa ${formatRupiah(fit.leftOver)}`, `Budget ${formatRupiah(fit.budget)} fits; ${formatRupiah(fit.leftOver)} left over`)
    : text(`Anggaran ${formatRupiah(fit.budget)} kurang ${formatRupiah(fit.shortBy)}`, `Budget ${formatRupiah(fit.budget)} is short by ${formatRupiah(fit.shortBy)}`);
}

/** The parameters whose value changes in a month. @internal */
export function lawChangesFrom(month: YearMonth, parameters: readonly string[]): BilingualText {
  return text(
    `Nilai parameter yang berlaku berubah mulai ${month}: ${parameters.join(', ')} (catatan daftar menyebut apakah berlaku)`,
    `Parameter values in force change from ${month}: ${parameters.join(', ')} (the roster notes say whether they apply)`,
  );
}

/** How a plan rounds. @internal */
export function planRounding(rounding: Rounding): BilingualText {
  return text(
    `Pembulatan: setiap baris iuran dibulatkan sekali (${rounding.mode}, kelipatan Rp${rounding.step}); jumlah adalah penjumlahan baris yang sudah dibulatkan, dikalikan jumlah peserta`,
    `Rounding: each contribution line is rounded once (${rounding.mode}, step Rp${rounding.step}); totals are sums of rounded lines multiplied by head counts`,
  );
}

// --- allocate -------------------------------------------------------------------------------------

/** The steps of a split: the shares, each part (exact quota, floor, remainder added), and where the remainder went. @internal */
export function allocationSteps(
  amount: Rupiah,
  kind: 'percent' | 'ratio',
  shares: readonly string[],
  parts: readonly AllocationPart[],
  remainder: Rupiah,
  policy: RemainderPolicy,
): ExplanationStep[] {
  const policyText =
    policy.method === 'to_party'
      ? text(`sisa pembulatan seluruhnya ke ${policy.party}`, `rounding remainder all to ${policy.party}`)
      : text(
          'sisa terbesar (Hamilton): 1 rupiah ke bagian dengan sisa pecahan terbesar; seri: bagian lebih besar, lalu urutan lebih awal',
          'largest remainder (Hamilton): 1 rupiah each to the largest fractional remainders; ties: larger share, then earlier position',
        );
  return [
    explanationStep(
      `${formatRupiah(amount)} dibagi menurut ${kind === 'percent' ? 'persentase' : 'rasio'} ${shares.join(' : ')}`,
      `${formatRupiah(amount)} split by ${kind === 'percent' ? 'percentages' : 'ratios'} ${shares.join(' : ')}`,
    ),
    ...parts.map((p) =>
      explanationStep(
        `${p.party}: kuota tepat ${p.quota}, dibulatkan ke bawah ${formatRupiah(p.floor)}${p.remainderAdded > 0 ? ` + ${p.remainderAdded} sisa` : ''} = ${formatRupiah(p.amount)}`,
        `${p.party}: exact quota ${p.quota}, rounded down ${formatRupiah(p.floor)}${p.remainderAdded > 0 ? ` + ${p.remainderAdded} remainder` : ''} = ${formatRupiah(p.amount)}`,
      ),
    ),
    explanationStep(`Sisa ${formatRupiah(remainder)}: ${policyText.id}`, `Remainder ${formatRupiah(remainder)}: ${policyText.en}`),
  ];
}

// --- arrangements and funding sources --------------------------------------------------------

/** A `single` arrangement. @internal */
export function singlePayer(name: string): BilingualText {
  return text(`Satu penyandang dana: ${name}`, `Single payer: ${name}`);
}

/** A `shares` arrangement: each funder's share and the remainder policy (`toParty`: the funder that takes the remainder). @internal */
export function sharesArrangement(kind: 'percent' | 'ratio', shares: readonly { readonly name: string; readonly share: string }[], toParty: string | null): BilingualText {
  const list = shares.map((s) => (kind === 'percent' ? `${s.name} ${s.share} %` : `${s.name} ${s.share}`)).join(', ');
  const rem = toParty === null ? 'sisa terbesar' : `sisa ke ${toParty}`;
  const remEn = toParty === null ? 'largest remainder' : `remainder to ${toParty}`;
  return kind === 'percent'
    ? text(`Bagi persentase per peserta per bulan: ${list} (${rem})`, `Percentage shares of each participant-month: ${list} (${remEn})`)
    : text(`Bagi rasio per peserta per bulan: ${list} (${rem})`, `Ratio shares of each participant-month: ${list} (${remEn})`);
}

/** A `fixed` arrangement. @internal */
export function fixedArrangement(funder: string, amount: number, rest: string): BilingualText {
  return text(`${funder} membayar ${formatRupiah(amount)} per peserta per bulan, sisanya ${rest}`, `${funder} pays ${formatRupiah(amount)} per participant-month, ${rest} pays the rest`);
}

/** A `waterfall` arrangement. @internal */
export function waterfall(names: readonly string[]): BilingualText {
  return text(`Berjenjang: ${names.join(' → ')} (masing-masing sampai plafonnya)`, `Waterfall: ${names.join(' → ')} (each up to its cap)`);
}

/** Mixed funding read as paid through a public budget (no PP 50/2025 discount). @internal */
export function mixedFundingReason(name: string, source: 'apbn' | 'apbd'): BilingualText {
  const budget = source.toUpperCase();
  return text(
    `Pendanaan campuran: ${name} membayar dari ${budget}, sehingga iuran bulan itu dianggap dibayar melalui ${budget} (diskon PP 50/2025 tidak berlaku)`,
    `Mixed funding: ${name} pays from ${budget}, so the month's contribution counts as paid through ${budget} (no PP 50/2025 discount)`,
  );
}

/** One public funder's budget. @internal */
export function paysFrom(name: string, source: 'apbn' | 'apbd'): BilingualText {
  return text(`${name} membayar dari ${source.toUpperCase()}`, `${name} pays from ${source.toUpperCase()}`);
}

/** Another funder's budget. @internal */
export function paysFromBudget(name: string, budget: FundingSource): BilingualText {
  return text(`${name} membayar dari anggaran ${budget}`, `${name} pays from a ${budget} budget`);
}

// --- budget questions --------------------------------------------------------------------------

/** One participant's contributions over a period, month by month (citing the law that priced them). @internal */
export function participantCostStep(period: MonthRange, fundedBy: FundingSource, months: readonly { readonly amount: Rupiah }[], cost: Rupiah, citations: readonly Citation[]): ExplanationStep {
  const sum = months.map((month) => formatRupiah(month.amount)).join(' + ');
  return explanationStep(
    `Iuran satu peserta ${period.from} s.d. ${period.to} (dibayar ${fundedBy}): ${sum} = ${formatRupiah(cost)}`,
    `One participant's contributions ${period.from} to ${period.to} (paid by ${fundedBy}): ${sum} = ${formatRupiah(cost)}`,
    citations,
  );
}

/** A budget divided by one participant's cost. @internal */
export function participantsCoveredStep(budget: Rupiah, cost: Rupiah, count: number, required: Rupiah, leftOver: Rupiah): ExplanationStep {
  return explanationStep(
    `${formatRupiah(budget)} ÷ ${formatRupiah(cost)} = ${count} peserta (dibulatkan ke bawah); terpakai ${formatRupiah(required)}, sisa ${formatRupiah(leftOver)}`,
    `${formatRupiah(budget)} ÷ ${formatRupiah(cost)} = ${count} participants (rounded down); used ${formatRupiah(required)}, left over ${formatRupiah(leftOver)}`,
  );
}

/** The months a budget pays in full (citing the law that priced them). @internal */
export function monthsPaidStep(budget: Rupiah, paidMonths: number, from: YearMonth, through: YearMonth | null, remaining: Rupiah, citations: readonly Citation[]): ExplanationStep {
  return explanationStep(
    `Anggaran ${formatRupiah(budget)} membayar ${paidMonths} bulan penuh${through === null ? '' : ` (${from} s.d. ${through})`}; sisa ${formatRupiah(remaining)}`,
    `Budget ${formatRupiah(budget)} pays ${paidMonths} full months${through === null ? '' : ` (${from} to ${through})`}; ${formatRupiah(remaining)} left over`,
    citations,
  );
}

/** The first month a budget cannot pay in full. @internal */
export function nextMonthShortStep(month: YearMonth, cost: Rupiah, shortBy: Rupiah): ExplanationStep {
  return explanationStep(`Bulan ${month} memerlukan ${formatRupiah(cost)}, kurang ${formatRupiah(shortBy)}`, `Month ${month} needs ${formatRupiah(cost)}, short by ${formatRupiah(shortBy)}`);
}

/** A budget that outlasts the months looked at. @internal */
export function outlastsStep(horizon: number): ExplanationStep {
  return explanationStep(`Anggaran masih tersisa setelah ${horizon} bulan`, `The budget still has money after ${horizon} months`);
}

// --- coverage --------------------------------------------------------------------------------------

/** The head count a target needs, rounded up, and how many more that is. @internal */
export function targetStep(targetPercent: string, workforce: number, exact: string, required: number, participantCount: number, additional: number): ExplanationStep {
  return explanationStep(
    `Target ${targetPercent} % × ${workforce} pekerja / 100 = ${exact}, dibulatkan ke atas = ${required} peserta; tambahan ${required} − ${participantCount} = ${additional}`,
    `Target ${targetPercent} % × ${workforce} workers / 100 = ${exact}, rounded up = ${required} participants; more needed ${required} − ${participantCount} = ${additional}`,
  );
}

/** The budget for the participants a target needs (citing the law that priced one, if any). @internal */
export function targetBudgetStep(additional: number, cost: Rupiah, budget: Rupiah, citations: readonly Citation[]): ExplanationStep {
  return explanationStep(`Anggaran: ${additional} × ${formatRupiah(cost)} = ${formatRupiah(budget)}`, `Budget: ${additional} × ${formatRupiah(cost)} = ${formatRupiah(budget)}`, citations);
}
