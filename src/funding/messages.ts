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
    `${run.from} s.d. ${run.to}: ${formatCount(prof.count)} peserta (dasar ${formatRupiah(prof.base)}) × ${months} bulan × ${formatRupiah(run.amount)} (${parts}) = ${formatRupiah(amount)}`,
    `${run.from} to ${run.to}: ${formatCount(prof.count)} participants (base ${formatRupiah(prof.base)}) × ${months} months × ${formatRupiah(run.amount)} (${parts}) = ${formatRupiah(amount)}`,
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
