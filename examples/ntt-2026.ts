/**
 * The NTT 2026 programme: the province of Nusa Tenggara Timur pays JKK + JKM contributions of
 * 50,000 vulnerable informal workers (BPU, income bracket base Rp1,000,000) for the 12 months of
 * 2026 from its APBD, so the PP 50/2025 discount does not apply. A second, co-funded variant adds
 * regency/city rosters funded from their own APBD and a village roster funded from its APBDes.
 *
 *   npm run example            a readable report
 *   npm run example -- --json  the same plans as JSON
 *
 * In your own code, import from 'jamsostek' instead of '../src/index'.
 */
import { formatRupiah, planProgramme, type ProgrammePlan, type ProgrammePlanInput } from '../src/index';

const YEAR_2026 = { from: '2026-01', to: '2026-12' };
const LOWEST_BRACKET = { income: 1_000_000 }; // base Rp1,000,000: JKK 1 % = 10,000 + JKM 6,800

/** The province plan as published (brief §0): 50,000 persons, Jan–Dec 2026, JKK + JKM, APBD. */
const provincePlan: ProgrammePlanInput = {
  name: 'NTT 2026 — bantuan iuran Jamsostek pekerja rentan (APBD Provinsi)',
  programs: ['JKK', 'JKM'],
  period: YEAR_2026,
  funders: [{ id: 'prov-ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
  arrangement: { type: 'single', funder: 'prov-ntt' },
  rosters: [{ name: 'Pekerja rentan (provinsi)', region: '53', cohorts: [{ count: 50_000, profile: LOWEST_BRACKET }] }],
  budget: 10_080_000_000,
};

/**
 * The co-funded variant. Regencies and cities "reinforce" the programme from their own APBD with
 * separate rosters (brief §0: no amounts published), so the head counts below are ILLUSTRATIVE.
 * A village roster paid from APBDes shows that the funding source changes the law: under the
 * library's reading APBDes is not APBN/APBD, so its non-transport members get the PP 50/2025
 * discount from April to December 2026.
 */
const coFundedPlan: ProgrammePlanInput = {
  name: 'NTT 2026 — co-funded variant (regency/city head counts illustrative)',
  programs: ['JKK', 'JKM'],
  period: YEAR_2026,
  funders: [
    { id: 'prov-ntt', kind: 'province', region: '53', name: 'Pemprov NTT' },
    { id: 'kota-kupang', kind: 'city', region: '53.71', name: 'Pemkot Kupang' },
    { id: 'kab-kupang', kind: 'regency', region: '53.03', name: 'Pemkab Kupang' },
    { id: 'kab-sikka', kind: 'regency', region: '53.10', name: 'Pemkab Sikka' },
    { id: 'kab-manggarai', kind: 'regency', region: '53.13', name: 'Pemkab Manggarai' },
    { id: 'desa-contoh', kind: 'village', region: '53.10.01.2001', name: 'Desa (Dana Desa)' },
  ],
  rosters: [
    { name: 'Pekerja rentan (provinsi)', region: '53', arrangement: { type: 'single', funder: 'prov-ntt' }, cohorts: [{ count: 50_000, profile: LOWEST_BRACKET }] },
    { name: 'Kota Kupang', region: '53.71', arrangement: { type: 'single', funder: 'kota-kupang' }, cohorts: [{ count: 2_000, profile: LOWEST_BRACKET }] },
    { name: 'Kabupaten Kupang', region: '53.03', arrangement: { type: 'single', funder: 'kab-kupang' }, cohorts: [{ count: 1_500, profile: LOWEST_BRACKET }] },
    { name: 'Kabupaten Sikka', region: '53.10', arrangement: { type: 'single', funder: 'kab-sikka' }, cohorts: [{ count: 1_000, profile: LOWEST_BRACKET }] },
    { name: 'Kabupaten Manggarai', region: '53.13', arrangement: { type: 'single', funder: 'kab-manggarai' }, cohorts: [{ count: 1_000, profile: LOWEST_BRACKET }] },
    {
      name: 'Desa (Dana Desa), petani dan nelayan',
      region: '53.10.01.2001',
      arrangement: { type: 'single', funder: 'desa-contoh' },
      cohorts: [{ count: 200, profile: { income: 1_000_000, sector: 'other' } }],
    },
  ],
};

const plans = [planProgramme(provincePlan), planProgramme(coFundedPlan)] as const;

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ provincePlan: plans[0], coFundedPlan: plans[1] }, null, 2));
} else {
  for (const plan of plans) console.log(report(plan));
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function report(plan: ProgrammePlan): string {
  const out: string[] = [];
  out.push('='.repeat(100), plan.name ?? 'Plan', '='.repeat(100));
  out.push(
    `Programmes ${plan.programs.join(' + ')} · iuran months ${plan.period.from} to ${plan.period.to} · ${count(plan.participantCount)} participants · ${count(plan.participantMonths)} participant-months`,
    '',
    `GRAND TOTAL  ${formatRupiah(plan.total)}`,
  );
  if (plan.budget !== null) {
    out.push(plan.budget.fits ? `Budget ${formatRupiah(plan.budget.budget)}: fits, ${formatRupiah(plan.budget.leftOver)} left over` : `Budget ${formatRupiah(plan.budget.budget)}: short by ${formatRupiah(plan.budget.shortBy)}`);
  }
  out.push('', 'Per funder');
  out.push(
    table(
      ['Funder', 'Region', 'Budget', 'Total'],
      plan.byFunder.map((f) => [f.name, f.region ?? '-', f.budgetType.toUpperCase(), formatRupiah(f.total)]),
    ),
  );
  if (plan.unfunded > 0) out.push(`Unfunded: ${formatRupiah(plan.unfunded)}`);
  out.push('', 'Per roster (each month priced under the law in force, with the funder as fundedBy)');
  out.push(
    table(
      ['Roster', 'People', 'fundedBy', 'Per person per month', 'Total'],
      plan.rosters.map((r) => [
        r.name,
        count(r.participantCount),
        r.fundedBy,
        r.profiles.flatMap((p) => p.runs.map((run) => `${formatRupiah(run.amount)} (${run.period.from.slice(5)}–${run.period.to.slice(5)})`)).join(', '),
        formatRupiah(r.total),
      ]),
    ),
  );
  out.push('', 'Per month');
  const funderIds = plan.byFunder.map((f) => f.funder);
  out.push(
    table(
      ['Month', 'People', ...(funderIds.length > 1 ? funderIds : []), 'Total'],
      [
        ...plan.months.map((m) => [m.month, count(m.participantCount), ...(funderIds.length > 1 ? funderIds.map((id) => formatRupiah(m.byFunder[id] ?? 0)) : []), formatRupiah(m.total)]),
        ['Total', '', ...(funderIds.length > 1 ? plan.byFunder.map((f) => formatRupiah(f.total)) : []), formatRupiah(plan.total)],
      ],
    ),
  );
  out.push('', 'Per programme: ' + Object.entries(plan.byProgram).map(([p, a]) => `${p} ${formatRupiah(a ?? 0)}`).join(' · '));
  out.push('', 'How it was computed');
  for (const step of plan.explanation) out.push(`  - ${step.text.en}`);
  out.push('', 'Law applied: ' + [...new Set(plan.lawUsed.map((l) => l.parameter))].join(', '), '');
  return out.join('\n');
}
