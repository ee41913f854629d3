/**
 * `planProgramme`: the contribution budget of a programme of contribution assistance
 * (*program bantuan iuran*): rosters of BPU participants, months, programmes, funders and the
 * arrangement that says who pays, with totals per funder, month, region and programme.
 *
 * A pipeline of small parts: resolve funders and rosters (`rosters`), merge participants into
 * price classes (`priceClasses`), price each class once per month in the price book
 * (`priceBook`), charge the months to the funders (`ledger`), then add up funder totals
 * (`funderTotals`), roster summaries and totals per region and programme (`summaries`), and
 * explain (`explain`).
 *
 * Cost grows with price classes and months, not with people or rosters: participants whose
 * incomes fall in the same bracket in every month form one price class, priced once per month
 * (the law once per month) and shared by every roster that has it; rosters that share an
 * arrangement are charged together, month by month. Two documented limits bound what cannot be
 * shared: funder-months (the result reports every funder month by month) and price-group-months.
 *
 * @module
 */
import type { Rupiah } from '../../core/money';
import { parseInput } from '../../core/validate';
import { resolveFundingOptions, type FundingOptions } from '../options';
import type { BpuProgram } from '../../contributions/participant';
import { explainPlan } from './explain';
import { funderTotals, fit } from './funderTotals';
import { runLedger } from './ledger';
import { priceRosters } from './priceBook';
import { resolveFunders, resolveRosters } from './rosters';
import { ProgrammePlanSchema } from './schema';
import { planTotals, rosterReport } from './summaries';
import type { ProgrammePlan, ProgrammePlanInput } from './types';

export { PlanProfileSchema, ProgrammePlanSchema } from './schema';
export type { AmountRun, BudgetFit, CohortInput, FunderTotal, PlanMonth, PlanProfileInput, ProfileSummary, ProgrammePlan, ProgrammePlanInput, RosterInput, RosterSummary } from './types';

/**
 * Plan a programme of contribution assistance (*rencana anggaran bantuan iuran*): the covered
 * programmes, a month range, rosters of BPU participants (one by one, or as cohorts of N people
 * with the same profile) and the funding arrangement. Each month is priced under the law in force
 * for it, and the funders' budget type is fed into that calculation as the participant's
 * `fundedBy` (PP 50/2025 relief does not apply to contributions paid through APBN or APBD).
 * Every funder has a budget type (given, or by its kind), so a plan never prices a month without
 * knowing who pays. Returns totals per funder, per month, per region and per programme, the grand
 * total, the fit of any budget, and a bilingual explanation.
 *
 * Limits: at most 600,000 funder-months (funders × months of the plan) and 6,000,000
 * price-group-months (distinct combinations of arrangement, income brackets, sector, employer
 * status and roster months, times their months); beyond them an `invalid_input` error names the
 * limit.
 *
 * @example
 * ```ts
 * import { planProgramme, formatRupiah } from 'jamsostek';
 * const ntt = planProgramme({
 *   name: 'NTT 2026',
 *   programs: ['JKK', 'JKM'],
 *   period: { from: '2026-01', to: '2026-12' },
 *   funders: [{ id: 'ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
 *   arrangement: { type: 'single', funder: 'ntt' },
 *   rosters: [{ name: 'Pekerja rentan NTT', region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
 *   budget: 10_080_000_000,
 * });
 * console.log(formatRupiah(ntt.total)); // Rp10.080.000.000
 * console.log(ntt.budget?.fits);        // true
 * ```
 */
export function planProgramme(plan: ProgrammePlanInput, options?: FundingOptions): ProgrammePlan {
  const resolved = resolveFundingOptions(options);
  const input = parseInput(ProgrammePlanSchema, plan, ['plan']);
  const programs = input.programs ?? (['JKK', 'JKM'] as BpuProgram[]);
  const funders = resolveFunders(input);
  const rosters = resolveRosters(input, funders, programs);
  priceRosters(rosters, resolved, programs, input.period);
  const ledger = runLedger(rosters, funders, input.period);
  const totals = planTotals(rosters);
  const report = rosterReport(rosters, totals.rosterTotals);
  const result: Omit<ProgrammePlan, 'explanation'> = {
    name: input.name ?? null,
    period: { from: input.period.from, to: input.period.to },
    programs,
    participantCount: report.rosters.reduce((a, r) => a + r.participantCount, 0),
    participantMonths: ledger.participantMonths,
    total: ledger.total,
    funded: (ledger.total - ledger.unfunded) as Rupiah,
    unfunded: ledger.unfunded,
    byFunder: funderTotals(funders, ledger.paidByFunder, ledger.caps),
    months: ledger.months,
    byRegion: totals.byRegion,
    byProgram: totals.byProgram,
    rosters: report.rosters,
    budget: input.budget === undefined ? null : fit(input.budget, ledger.total),
    lawChanges: report.lawChanges,
    lawUsed: report.lawUsed,
    citations: report.citations,
    rounding: resolved.rounding,
    projected: report.projected,
  };
  return { ...result, explanation: explainPlan(result, rosters) };
}
