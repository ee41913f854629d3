/**
 * Contribution assistance for vulnerable workers (*bantuan iuran pekerja rentan*), paid by a
 * province, regency or city (APBD) or a village: the national BPU basics plus the typical regional
 * criteria (domain brief §4.1): domicile in the funding region, registration in the national
 * social-economic data (DTKS/DTSEN) up to a decile ceiling, income below a threshold, not already
 * funded by another government payer in the months funded, and active informal work.
 *
 * These are typical criteria, to be confirmed against the region's own regulation (Pergub,
 * Perbup, Perwali). The thresholds are the region's configuration, not national law: each
 * carries the region's citation.
 *
 * @module
 */
import * as z from 'zod';
import { MonthRangeSchema, type MonthRange } from '../../core/calendar';
import type { BilingualText } from '../../core/explain';
import { containsNormalised, RegionCodeSchema, type RegionCode } from '../../core/region';
import { formatRupiah, senSchema, senToDecimalString, type AmountInput, type Sen } from '../../core/money';
import { fail } from '../../core/errors';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../../core/validate';
import { cite, type Citation } from '../../law/citation';
import { extendRuleSet } from '../extend';
import { ELIGIBILITY_FACTS, type EligibilityFacts } from '../facts';
import { assistanceText } from '../messages';
import { defineCriterion, type Criterion } from '../rule';
import type { RuleSet } from '../ruleSet';
import { BilingualTextSchema, CitationsSchema, EffectivePeriodSchema, RuleIdSchema, type EffectivePeriodInput } from '../schemas';
import { bpuBasicsRuleSet } from './bpuBasics';

/** The national guidance that allows regions to fund *pekerja rentan* (cited next to the region's own citations). */
const NATIONAL_GUIDANCE: readonly Citation[] = Object.freeze([
  cite('Inpres', '2', 2021, { title: 'Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan', note: 'Instructs governors, regents and mayors to budget Jamsostek, including for vulnerable and informal workers.' }),
  cite('Permendagri', '27', 2021, { title: 'Pedoman Penyusunan APBD Tahun Anggaran 2022', note: 'Allows budgeting Jamsostek contributions for pekerja rentan; repeated in later yearly guidelines.' }),
]);

function withGuidance(citations: readonly Citation[]): readonly Citation[] {
  return [...citations, ...NATIONAL_GUIDANCE];
}

function rupiahText(sen: Sen): string {
  return formatRupiah(senToDecimalString(sen));
}

/** Options of the regional criteria ({@link domicileIn}, {@link dtsenDecileAtMost}, {@link incomeBelow}, {@link notFundedByOtherGovernment}, {@link activeInformalWork}). */
export interface AssistanceCriterionOptions {
  /** When the criterion is in force (default: always), e.g. the programme's year. */
  readonly effective?: EffectivePeriodInput;
}

const AssistanceCriterionOptionsSchema = ownStrictObject({ effective: EffectivePeriodSchema.optional() }).optional();

/** The citations and options of a regional criterion, parsed (errors at `['citations']`, `['options', ...]`). */
function parseCommon(citations: unknown, options: unknown): { citations: readonly Citation[]; effective: EffectivePeriodInput | undefined } {
  const parsed = parseInput(CitationsSchema, citations, ['citations']);
  const o = parseInput(AssistanceCriterionOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  return { citations: parsed, effective: o.effective ?? undefined };
}

/** `effective` as a criterion spec field, when given. */
function dated(effective: EffectivePeriodInput | undefined): { effective?: EffectivePeriodInput } {
  return effective === undefined ? {} : { effective };
}

/**
 * Domicile in the funding region: the region code of the address (`domicileRegion`) is inside
 * `region` (by prefix: `53` contains `53.71.04`); without an address, the region of the NIK (where
 * it was first issued) is used. Undetermined when both are missing. `citations` is the region's
 * legal basis (the national guidance on funding *pekerja rentan* is cited with it).
 *
 * @example
 * ```ts
 * import { domicileIn, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rule = domicileIn('53', { instrument: 'Pergub', number: '1', year: 2026 });
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [rule] });
 * console.log(evaluateEligibility({ domicileRegion: '5371' }, rules, { asOf: '2026-01-15' }).outcome); // 'eligible'
 * const unknown = evaluateEligibility({}, rules, { asOf: '2026-01-15' });
 * if (unknown.outcome === 'undetermined') console.log(unknown.missingFacts); // ['domicileRegion', 'nik']
 * ```
 */
export function domicileIn(region: string, citations: Citation | readonly Citation[], options?: AssistanceCriterionOptions): Criterion<Pick<EligibilityFacts, 'domicileRegion' | 'nik'>> {
  const code = parseInput(RegionCodeSchema, region, ['region']);
  const common = parseCommon(citations, options);
  return defineCriterion({
    id: 'assistance.domicile',
    title: assistanceText.domicileTitle(code),
    citations: withGuidance(common.citations),
    ...dated(common.effective),
    facts: { domicileRegion: ELIGIBILITY_FACTS.domicileRegion.optional(), nik: ELIGIBILITY_FACTS.nik.optional() },
    test: ({ domicileRegion, nik }, context) => {
      if (domicileRegion !== undefined) {
        const met = containsNormalised(code, domicileRegion);
        return context.explain ? { met, reason: assistanceText.domicileByAddress(domicileRegion, code, met) } : met;
      }
      if (nik === undefined) return { missing: ['domicileRegion', 'nik'] };
      const district = `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}` as RegionCode;
      const met = containsNormalised(code, district);
      return context.explain ? { met, reason: assistanceText.domicileByNik(district, code, met) } : met;
    },
  });
}

/**
 * Registered in the national social-economic data (DTKS, now DTSEN) in a decile at or below the
 * ceiling (1 is the poorest tenth). `not_registered` fails; a missing decile is undetermined.
 *
 * @example
 * ```ts
 * import { dtsenDecileAtMost, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [dtsenDecileAtMost(4, { instrument: 'Perbup', number: '3', year: 2026 })] });
 * console.log(evaluateEligibility({ dtsenDecile: 5 }, rules, { asOf: '2026-01-15' }).outcome); // 'ineligible'
 * ```
 */
export function dtsenDecileAtMost(ceiling: number, citations: Citation | readonly Citation[], options?: AssistanceCriterionOptions): Criterion<Pick<EligibilityFacts, 'dtsenDecile'>> {
  const max = parseInput(z.number().int().min(1).max(10), ceiling, ['ceiling']);
  const common = parseCommon(citations, options);
  return defineCriterion({
    id: 'assistance.dtsenDecile',
    title: assistanceText.decileTitle(max),
    citations: common.citations,
    ...dated(common.effective),
    facts: { dtsenDecile: ELIGIBILITY_FACTS.dtsenDecile },
    test: ({ dtsenDecile }, context) => {
      const met = dtsenDecile !== 'not_registered' && dtsenDecile <= max;
      if (!context.explain) return met;
      return { met, reason: dtsenDecile === 'not_registered' ? assistanceText.notRegistered() : assistanceText.decile(dtsenDecile, max) };
    },
  });
}

/**
 * Monthly income strictly below a threshold (for example the provincial minimum wage, UMP),
 * compared exactly in sen.
 *
 * @example
 * ```ts
 * import { incomeBelow, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [incomeBelow(2_455_898, { instrument: 'Keputusan', number: '528/KEP/HK/2025', year: 2025 })] });
 * const r = evaluateEligibility({ monthlyIncome: '2455898' }, rules, { asOf: '2026-01-15' });
 * if (r.outcome === 'ineligible') console.log(r.failed[0]?.reason.en); // 'Monthly income Rp2.455.898 is not below Rp2.455.898.'
 * ```
 */
export function incomeBelow(threshold: AmountInput, citations: Citation | readonly Citation[], options?: AssistanceCriterionOptions): Criterion<Pick<EligibilityFacts, 'monthlyIncome'>> {
  const limit = parseInput(senSchema, threshold, ['threshold']);
  const common = parseCommon(citations, options);
  const shown = rupiahText(limit);
  return defineCriterion({
    id: 'assistance.income',
    title: assistanceText.incomeTitle(shown),
    citations: common.citations,
    ...dated(common.effective),
    facts: { monthlyIncome: ELIGIBILITY_FACTS.monthlyIncome },
    test: ({ monthlyIncome }, context) => {
      const met = monthlyIncome < limit;
      return context.explain ? { met, reason: assistanceText.income(rupiahText(monthlyIncome), shown, met) } : met;
    },
  });
}

/**
 * Not already funded by another government payer (APBN, another APBD, a village) in any month of
 * `period` (the months the programme funds). Entries whose payer is `funder` itself (a renewal)
 * are ignored. Reads `otherGovernmentFunding` (`[]` when none; missing when unknown).
 *
 * @example
 * ```ts
 * import { notFundedByOtherGovernment, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rule = notFundedByOtherGovernment({ from: '2026-01', to: '2026-12' }, 'apbd:53', { instrument: 'Pergub', number: '1', year: 2026 });
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [rule] });
 * const r = evaluateEligibility({ otherGovernmentFunding: [{ payer: 'apbd:53.71', from: '2025-07', to: '2026-03' }] }, rules, { asOf: '2026-01-15' });
 * if (r.outcome === 'ineligible') console.log(r.failed[0]?.reason.en); // 'Already funded by apbd:53.71 in 2026-01 to 2026-03.'
 * ```
 */
export function notFundedByOtherGovernment(period: MonthRange | { readonly from: string; readonly to: string }, funder: string, citations: Citation | readonly Citation[], options?: AssistanceCriterionOptions): Criterion<Pick<EligibilityFacts, 'otherGovernmentFunding'>> {
  const months = parseInput(MonthRangeSchema, period, ['period']);
  const own = parseInput(z.string().min(1).max(100), funder, ['funder']);
  const common = parseCommon(citations, options);
  return defineCriterion({
    id: 'assistance.notFundedElsewhere',
    title: assistanceText.notFundedTitle(months.from, months.to),
    citations: withGuidance(common.citations),
    ...dated(common.effective),
    facts: { otherGovernmentFunding: ELIGIBILITY_FACTS.otherGovernmentFunding },
    test: ({ otherGovernmentFunding }) => {
      const clashes: { payer: string; from: string; to: string }[] = [];
      for (const f of otherGovernmentFunding) {
        if (f.payer === own) continue;
        const from = f.from > months.from ? f.from : months.from;
        const to = f.to < months.to ? f.to : months.to;
        if (from <= to) clashes.push({ payer: f.payer, from, to });
      }
      return clashes.length === 0 ? { met: true, reason: assistanceText.noOtherFunding() } : { met: false, reason: assistanceText.fundedElsewhere(clashes) };
    },
  });
}

/**
 * Actively works in the informal sector now (fishers, farm labourers, motorcycle-taxi drivers,
 * parking attendants, port labourers, micro traders). Reads `activeInformalWork`.
 *
 * @example
 * ```ts
 * import { activeInformalWork, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [activeInformalWork({ instrument: 'Pergub', number: '1', year: 2026 })] });
 * console.log(evaluateEligibility({ activeInformalWork: true }, rules, { asOf: '2026-01-15' }).outcome); // 'eligible'
 * ```
 */
export function activeInformalWork(citations: Citation | readonly Citation[], options?: AssistanceCriterionOptions): Criterion<Pick<EligibilityFacts, 'activeInformalWork'>> {
  const common = parseCommon(citations, options);
  return defineCriterion({
    id: 'assistance.activeInformalWork',
    title: assistanceText.activeTitle(),
    citations: withGuidance(common.citations),
    ...dated(common.effective),
    facts: { activeInformalWork: ELIGIBILITY_FACTS.activeInformalWork },
    test: ({ activeInformalWork: active }, context) => (context.explain ? { met: active, reason: assistanceText.active(active) } : active),
  });
}

/** The BPJS programmes an assistance programme pays for. */
export type AssistedProgram = 'JKK' | 'JKM' | 'JHT';

/** A region's configuration of a *pekerja rentan* assistance rule set. Copy and edit it for your region. */
export interface PekerjaRentanConfig {
  /** Id of the rule set (the origin recorded for the regional criteria), e.g. `ntt2026`. */
  readonly id: string;
  /** Name in both languages. */
  readonly title: BilingualText;
  /** What it is and how sure its criteria are. */
  readonly description?: BilingualText;
  /** The funding region's code: a province (`53`) or a regency or city (`53.71`). */
  readonly region: string;
  /** Who pays, as recorded in `otherGovernmentFunding` entries (e.g. `apbd:53`); its own entries are not "another payer". */
  readonly funder: string;
  /** The programmes paid for (JKK and JKM at least). */
  readonly programs: readonly AssistedProgram[];
  /** The months the programme funds. */
  readonly period: { readonly from: string; readonly to: string };
  /** Highest DTSEN decile admitted (1 to 10). */
  readonly decileCeiling: number;
  /** Monthly income must be below this amount (e.g. the UMP). */
  readonly incomeThreshold: AmountInput;
  /** The region's legal basis for the programme (its Pergub, Perbup or Perwali), at least one citation. */
  readonly citations: Citation | readonly Citation[];
  /** The legal basis of the income threshold, cited before `citations` (e.g. the UMP decree). */
  readonly incomeThresholdCitations?: Citation | readonly Citation[];
  /** The legal basis of the decile ceiling, cited before `citations`. */
  readonly decileCeilingCitations?: Citation | readonly Citation[];
  /** When the regional criteria are in force (default: always). */
  readonly effective?: EffectivePeriodInput;
}

/**
 * Schema of a {@link PekerjaRentanConfig}.
 *
 * @example
 * ```ts
 * import { PekerjaRentanConfigSchema, NTT_2026_CONFIG } from 'jamsostek';
 * console.log(PekerjaRentanConfigSchema.safeParse({ ...NTT_2026_CONFIG, decileCeiling: 11 }).success); // false
 * ```
 */
export const PekerjaRentanConfigSchema = ownStrictObject({
  id: RuleIdSchema,
  title: BilingualTextSchema,
  description: BilingualTextSchema.optional(),
  region: RegionCodeSchema,
  funder: z.string().min(1).max(100),
  programs: z.array(z.enum(['JKK', 'JKM', 'JHT'])).min(2).max(3),
  period: MonthRangeSchema,
  decileCeiling: z.number().int().min(1).max(10),
  incomeThreshold: senSchema,
  citations: CitationsSchema,
  incomeThresholdCitations: CitationsSchema.optional(),
  decileCeilingCitations: CitationsSchema.optional(),
  effective: EffectivePeriodSchema.optional(),
})
  .check((ctx) => {
    const programs = ctx.value.programs;
    if (new Set(programs).size !== programs.length) ctx.issues.push({ code: 'custom', message: 'A programme is listed twice', input: programs, path: ['programs'] });
    for (const required of ['JKK', 'JKM'] as const) {
      if (!programs.includes(required)) ctx.issues.push({ code: 'custom', message: `${required} is part of every BPU membership and of every assistance programme`, input: programs, path: ['programs'] });
    }
  });

/** The facts of a *pekerja rentan* rule set: those of the BPU basics and of the five regional criteria (all the built-in facts). */
export type PekerjaRentanFacts = EligibilityFacts;

/**
 * A *pekerja rentan* contribution-assistance rule set for a region: the national BPU basics
 * (origin `bpu.basics`) plus the five regional criteria (origin `config.id`), which read every
 * built-in fact ({@link EligibilityFacts}). Bad configuration is a typed `invalid_input` error
 * under `['config', ...]`.
 *
 * @example
 * ```ts
 * import { pekerjaRentanRuleSet } from 'jamsostek';
 * const kupang = pekerjaRentanRuleSet({
 *   id: 'kupang2026',
 *   title: { id: 'Bantuan iuran Kota Kupang 2026', en: 'Kota Kupang assistance 2026' },
 *   region: '53.71', funder: 'apbd:53.71', programs: ['JKK', 'JKM'], period: { from: '2026-01', to: '2026-12' },
 *   decileCeiling: 4, incomeThreshold: 2_455_898,
 *   citations: { instrument: 'Perwali', number: '10', year: 2026, note: 'Example' },
 * });
 * console.log(kupang.layers); // ['bpu.basics', 'kupang2026']
 * ```
 */
export function pekerjaRentanRuleSet(config: PekerjaRentanConfig): RuleSet<PekerjaRentanFacts> {
  const c = parseInput(PekerjaRentanConfigSchema, config, ['config']);
  if (bpuBasicsRuleSet.layers.includes(c.id)) fail({ code: 'invalid_input', path: ['config', 'id'], message: `The id "${c.id}" is the id of the BPU basics this rule set builds on`, reason: 'duplicate_layer' });
  const options = c.effective === undefined ? {} : { effective: c.effective };
  const rules = [
    domicileIn(c.region, c.citations, options),
    dtsenDecileAtMost(c.decileCeiling, [...(c.decileCeilingCitations ?? []), ...c.citations], options),
    incomeBelow(senToDecimalString(c.incomeThreshold), [...(c.incomeThresholdCitations ?? []), ...c.citations], options),
    notFundedByOtherGovernment(c.period, c.funder, c.citations, options),
    activeInformalWork(c.citations, options),
  ] as const;
  return extendRuleSet(bpuBasicsRuleSet, { id: c.id, title: c.title, ...(c.description === undefined ? {} : { description: c.description }), add: rules });
}
