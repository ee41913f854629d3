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
import { text, type BilingualText } from '../../core/explain';
import { formatRupiah, senSchema, senToDecimalString, type AmountInput, type Sen } from '../../core/money';
import { ownStrictObject, parseInput } from '../../core/validate';
import { cite, type Citation } from '../../law/citation';
import { extendRuleSet, type RuleSet } from '../compose';
import { ELIGIBILITY_FACTS } from '../facts';
import { containsNormalised, RegionCodeSchema, type RegionCode } from '../../core/region';
import { BasisSchema, BilingualTextSchema, defineCriterion, EffectivePeriodSchema, RuleIdSchema, type Criterion, type EffectivePeriodInput } from '../rule';
import { bpuBasicsRuleSet } from './bpuBasics';

/** The national guidance that allows regions to fund *pekerja rentan* (cited next to the region's own basis). */
const NATIONAL_GUIDANCE: readonly Citation[] = Object.freeze([
  cite('Inpres', '2', 2021, { title: 'Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan', note: 'Instructs governors, regents and mayors to budget Jamsostek, including for vulnerable and informal workers.' }),
  cite('Permendagri', '27', 2021, { title: 'Pedoman Penyusunan APBD Tahun Anggaran 2022', note: 'Allows budgeting Jamsostek contributions for pekerja rentan; repeated in later yearly guidelines.' }),
]);

function withGuidance(basis: readonly Citation[]): readonly Citation[] {
  return [...basis, ...NATIONAL_GUIDANCE];
}

function rupiahText(sen: Sen): string {
  return formatRupiah(senToDecimalString(sen));
}

/**
 * Domicile in the funding region: the region code of the address (`domicileRegion`) is inside
 * `region` (by prefix: `53` contains `53.71.04`); without an address, the region of the NIK (where
 * it was first issued) is used. Undetermined when both are missing.
 *
 * @example
 * ```ts
 * import { domicileIn, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rule = domicileIn('53', { instrument: 'Pergub', number: '1', year: 2026 });
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [rule] });
 * console.log(evaluateEligibility({ domicileRegion: '5371' }, rules, { asOf: '2026-01-15' }).outcome); // 'eligible'
 * console.log(evaluateEligibility({}, rules, { asOf: '2026-01-15' }).missingFacts); // ['domicileRegion', 'nik']
 * ```
 */
export function domicileIn(region: string, basis: Citation | readonly Citation[]): Criterion {
  const code = parseInput(RegionCodeSchema, region, ['region']);
  const cites = parseInput(BasisSchema, basis, ['basis']);
  return defineCriterion({
    id: 'assistance.domicile',
    title: text(`Berdomisili di wilayah ${code}`, `Lives in region ${code}`),
    basis: withGuidance(cites),
    facts: { domicileRegion: ELIGIBILITY_FACTS.domicileRegion.optional(), nik: ELIGIBILITY_FACTS.nik.optional() },
    test: ({ domicileRegion, nik }, context) => {
      if (domicileRegion !== undefined) {
        const met = containsNormalised(code, domicileRegion);
        if (!context.explain) return met;
        return { met, reason: text(`Alamat di wilayah ${domicileRegion}, ${met ? '' : 'tidak '}di dalam ${code}.`, `Address in region ${domicileRegion}, ${met ? '' : 'not '}within ${code}.`) };
      }
      if (nik === undefined) return { missing: ['domicileRegion', 'nik'] };
      const district = `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}` as RegionCode;
      const met = containsNormalised(code, district);
      if (!context.explain) return met;
      return {
        met,
        reason: text(`Tanpa alamat: NIK diterbitkan di wilayah ${district}, ${met ? '' : 'tidak '}di dalam ${code}.`, `No address given: the NIK was issued in region ${district}, ${met ? '' : 'not '}within ${code}.`),
      };
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
export function dtsenDecileAtMost(ceiling: number, basis: Citation | readonly Citation[]): Criterion {
  const max = parseInput(z.number().int().min(1).max(10), ceiling, ['ceiling']);
  const cites = parseInput(BasisSchema, basis, ['basis']);
  return defineCriterion({
    id: 'assistance.dtsenDecile',
    title: text(`Terdaftar di DTSEN pada desil 1 sampai ${max}`, `Listed in DTSEN in decile 1 to ${max}`),
    basis: cites,
    facts: { dtsenDecile: ELIGIBILITY_FACTS.dtsenDecile },
    test: ({ dtsenDecile }, context) =>
      !context.explain
        ? dtsenDecile !== 'not_registered' && dtsenDecile <= max
        : dtsenDecile === 'not_registered'
        ? { met: false, reason: text('Tidak terdaftar di DTKS/DTSEN.', 'Not listed in DTKS/DTSEN.') }
        : { met: dtsenDecile <= max, reason: text(`Desil ${dtsenDecile}; batas desil ${max}.`, `Decile ${dtsenDecile}; the ceiling is decile ${max}.`) },
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
 * console.log(r.outcome, r.failed[0]?.reason.en); // 'ineligible' 'Monthly income Rp2.455.898 is not below Rp2.455.898.'
 * ```
 */
export function incomeBelow(threshold: AmountInput, basis: Citation | readonly Citation[]): Criterion {
  const limit = parseInput(senSchema, threshold, ['threshold']);
  const cites = parseInput(BasisSchema, basis, ['basis']);
  const shown = rupiahText(limit);
  return defineCriterion({
    id: 'assistance.income',
    title: text(`Penghasilan sebulan di bawah ${shown}`, `Monthly income below ${shown}`),
    basis: cites,
    facts: { monthlyIncome: ELIGIBILITY_FACTS.monthlyIncome },
    test: ({ monthlyIncome }, context) => {
      const met = monthlyIncome < limit;
      if (!context.explain) return met;
      return {
        met,
        reason: text(`Penghasilan sebulan ${rupiahText(monthlyIncome)} ${met ? '' : 'tidak '}di bawah ${shown}.`, `Monthly income ${rupiahText(monthlyIncome)} is ${met ? '' : 'not '}below ${shown}.`),
      };
    },
  });
}

/**
 * Not already funded by another government payer (APBN, another APBD, a village) in any month the
 * programme funds. Entries whose payer is `funder` itself (a renewal) are ignored. Reads
 * `otherGovernmentFunding` (`[]` when none; missing when unknown).
 *
 * @example
 * ```ts
 * import { notFundedByOtherGovernment, defineRuleSet, evaluateEligibility } from 'jamsostek';
 * const rule = notFundedByOtherGovernment({ from: '2026-01', to: '2026-12' }, 'apbd:53', { instrument: 'Pergub', number: '1', year: 2026 });
 * const rules = defineRuleSet({ id: 'demo', title: { id: 'Demo', en: 'Demo' }, rules: [rule] });
 * const r = evaluateEligibility({ otherGovernmentFunding: [{ payer: 'apbd:53.71', from: '2025-07', to: '2026-03' }] }, rules, { asOf: '2026-01-15' });
 * console.log(r.outcome, r.failed[0]?.reason.en); // 'ineligible' 'Already funded by apbd:53.71 in 2026-01 to 2026-03.'
 * ```
 */
export function notFundedByOtherGovernment(period: MonthRange | { from: string; to: string }, funder: string, basis: Citation | readonly Citation[]): Criterion {
  const months = parseInput(MonthRangeSchema, period, ['period']);
  const own = parseInput(z.string().min(1).max(100), funder, ['funder']);
  const cites = parseInput(BasisSchema, basis, ['basis']);
  return defineCriterion({
    id: 'assistance.notFundedElsewhere',
    title: text(`Belum dibiayai pemerintah lain pada ${months.from} s.d. ${months.to}`, `Not funded by another government payer in ${months.from} to ${months.to}`),
    basis: withGuidance(cites),
    facts: { otherGovernmentFunding: ELIGIBILITY_FACTS.otherGovernmentFunding },
    test: ({ otherGovernmentFunding }) => {
      const clashesId: string[] = [];
      const clashesEn: string[] = [];
      for (const f of otherGovernmentFunding) {
        if (f.payer === own) continue;
        const from = f.from > months.from ? f.from : months.from;
        const to = f.to < months.to ? f.to : months.to;
        if (from <= to) {
          clashesId.push(`${f.payer} pada ${from} s.d. ${to}`);
          clashesEn.push(`${f.payer} in ${from} to ${to}`);
        }
      }
      if (clashesEn.length === 0) return { met: true, reason: text('Tidak ada pembiayaan pemerintah lain pada bulan-bulan tersebut.', 'No other government payer funds those months.') };
      return { met: false, reason: text(`Sudah dibiayai ${clashesId.join('; ')}.`, `Already funded by ${clashesEn.join('; ')}.`) };
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
export function activeInformalWork(basis: Citation | readonly Citation[]): Criterion {
  const cites = parseInput(BasisSchema, basis, ['basis']);
  return defineCriterion({
    id: 'assistance.activeInformalWork',
    title: text('Aktif bekerja di sektor informal', 'Actively works in the informal sector'),
    basis: withGuidance(cites),
    facts: { activeInformalWork: ELIGIBILITY_FACTS.activeInformalWork },
    test: ({ activeInformalWork: active }, context) =>
      !context.explain ? active : active ? { met: true, reason: text('Aktif bekerja di sektor informal.', 'Actively works in the informal sector.') } : { met: false, reason: text('Tidak aktif bekerja di sektor informal.', 'Not actively working in the informal sector.') },
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
  readonly basis: Citation | readonly Citation[];
  /** Basis of the income threshold, if other than `basis` (e.g. the UMP decree). */
  readonly incomeThresholdBasis?: Citation | readonly Citation[];
  /** Basis of the decile ceiling, if other than `basis`. */
  readonly decileCeilingBasis?: Citation | readonly Citation[];
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
  basis: BasisSchema,
  incomeThresholdBasis: BasisSchema.optional(),
  decileCeilingBasis: BasisSchema.optional(),
  effective: EffectivePeriodSchema.optional(),
})
  .check((ctx) => {
    const programs = ctx.value.programs;
    if (new Set(programs).size !== programs.length) ctx.issues.push({ code: 'custom', message: 'A programme is listed twice', input: programs, path: ['programs'] });
    for (const required of ['JKK', 'JKM'] as const) {
      if (!programs.includes(required)) ctx.issues.push({ code: 'custom', message: `${required} is part of every BPU membership and of every assistance programme`, input: programs, path: ['programs'] });
    }
  });

/**
 * A *pekerja rentan* contribution-assistance rule set for a region: the national BPU basics
 * (origin `bpu.basics`) plus the five regional criteria (origin `config.id`). Bad configuration
 * is a typed `invalid_input` error under `['config', ...]`.
 *
 * @example
 * ```ts
 * import { pekerjaRentanRuleSet } from 'jamsostek';
 * const kupang = pekerjaRentanRuleSet({
 *   id: 'kupang2026',
 *   title: { id: 'Bantuan iuran Kota Kupang 2026', en: 'Kota Kupang assistance 2026' },
 *   region: '53.71', funder: 'apbd:53.71', programs: ['JKK', 'JKM'], period: { from: '2026-01', to: '2026-12' },
 *   decileCeiling: 4, incomeThreshold: 2_455_898,
 *   basis: { instrument: 'Perwali', number: '10', year: 2026, note: 'Example' },
 * });
 * console.log(kupang.layers); // ['bpu.basics', 'kupang2026']
 * ```
 */
export function pekerjaRentanRuleSet(config: PekerjaRentanConfig): RuleSet {
  const c = parseInput(PekerjaRentanConfigSchema, config, ['config']);
  const effective = c.effective === undefined ? undefined : { from: c.effective.from, to: c.effective.to };
  const dated = (criterion: Criterion): Criterion =>
    effective === undefined
      ? criterion
      : defineCriterion({ id: criterion.id, title: criterion.title, basis: criterion.basis, effective, facts: Object.fromEntries(criterion.slots.map((s) => [s.name, s.schema])), test: criterion.test });
  const rules = [
    domicileIn(c.region, c.basis),
    dtsenDecileAtMost(c.decileCeiling, c.decileCeilingBasis === undefined ? c.basis : [...c.decileCeilingBasis, ...c.basis]),
    incomeBelow(senToDecimalString(c.incomeThreshold), c.incomeThresholdBasis === undefined ? c.basis : [...c.incomeThresholdBasis, ...c.basis]),
    notFundedByOtherGovernment(c.period, c.funder, c.basis),
    activeInformalWork(c.basis),
  ].map(dated);
  return extendRuleSet(bpuBasicsRuleSet, { id: c.id, title: c.title, ...(c.description === undefined ? {} : { description: c.description }), add: rules });
}
