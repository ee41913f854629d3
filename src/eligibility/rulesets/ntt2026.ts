/**
 * The NTT 2026 preset: Nusa Tenggara Timur (province code 53) pays the JKK and JKM contributions
 * of 50,000 vulnerable informal workers (*pekerja rentan*) for the 12 months of 2026 (domain brief
 * §0). Copy {@link NTT_2026_CONFIG}, change the region, payer, months, thresholds and citations,
 * and pass it to `pekerjaRentanRuleSet` to make your own region's preset.
 *
 * What is sourced and what is assumed: the region, programmes and months are reported facts
 * (haluanntt.com 31-01-2026; swarantt). The province has not published its screening criteria:
 * the income threshold is the NTT minimum wage for 2026 (Keputusan Gubernur NTT
 * 528/KEP/HK/2025: Rp2,455,898, several reports agree), and the DTSEN decile ceiling of 5 is an
 * assumption. Confirm both against the province's own regulation before relying on them.
 *
 * @module
 */
import { text } from '../../core/explain';
import { cite } from '../../law/citation';
import type { RuleSet } from '../ruleSet';
import { pekerjaRentanRuleSet, type PekerjaRentanConfig, type PekerjaRentanFacts } from './pekerjaRentan';

/**
 * The configuration of the NTT 2026 preset, as plain data to copy.
 *
 * @example
 * ```ts
 * import { NTT_2026_CONFIG, pekerjaRentanRuleSet } from 'jamsostek';
 * const mine = pekerjaRentanRuleSet({ ...NTT_2026_CONFIG, id: 'kab5310', region: '53.10', funder: 'apbd:53.10' });
 * console.log(NTT_2026_CONFIG.region, NTT_2026_CONFIG.programs, mine.id); // '53' ['JKK', 'JKM'] 'kab5310'
 * ```
 */
export const NTT_2026_CONFIG: PekerjaRentanConfig = Object.freeze({
  id: 'ntt2026',
  title: text('Bantuan iuran Jamsostek pekerja rentan Provinsi NTT 2026', 'NTT province contribution assistance for vulnerable workers, 2026'),
  description: text(
    'Provinsi NTT membayar iuran JKK dan JKM 50.000 pekerja rentan sektor informal selama 2026. Kriteria lazim; batas desil 5 adalah asumsi dan batas penghasilan adalah UMP NTT 2026: pastikan dengan peraturan provinsi.',
    'NTT pays the JKK and JKM contributions of 50,000 vulnerable informal workers through 2026. Typical criteria; the decile ceiling of 5 is an assumption and the income threshold is the NTT minimum wage for 2026: confirm against the province\'s own regulation.',
  ),
  region: '53',
  funder: 'apbd:53',
  programs: Object.freeze(['JKK', 'JKM'] as const),
  period: Object.freeze({ from: '2026-01', to: '2026-12' }),
  decileCeiling: 5,
  incomeThreshold: 2_455_898,
  citations: cite('Practice', 'NTT bantuan iuran pekerja rentan 2026', 2026, {
    note: 'Reported by haluanntt.com (31-01-2026) and swarantt: the province funds JKK and JKM for 50,000 pekerja rentan in the informal sector, January to December 2026, Rp10,080,000,000 (= 50,000 × 12 × 16,800). The regional regulation setting the screening criteria has not been found; these are typical criteria (domain brief §4.1) to confirm against it.',
  }),
  incomeThresholdCitations: cite('Keputusan', '528/KEP/HK/2025', 2025, {
    title: 'Keputusan Gubernur Nusa Tenggara Timur tentang Upah Minimum Provinsi NTT Tahun 2026',
    note: 'UMP NTT 2026 Rp2,455,898 (from Rp2,328,969 in 2025, +5.45 %), in force 1 January to 31 December 2026; signed 19-12-2025 (papilonnews.com, liputanntt.com, IDN Times, 23-12-2025). Using the UMP as the income threshold is this preset\'s assumption.',
  }),
  decileCeilingCitations: cite('Practice', 'DTSEN decile ceiling (assumed)', 2026, {
    note: 'Assumption: deciles 1 to 5 of DTSEN. NTT has not published its ceiling; Kabupaten Kepahiang, for example, admits decile 1 only (radarkepahiang). Confidence L.',
  }),
});

/**
 * The NTT 2026 rule set: the BPU basics (origin `bpu.basics`) plus the regional criteria (origin
 * `ntt2026`) configured by {@link NTT_2026_CONFIG}.
 *
 * @example
 * ```ts
 * import { ntt2026RuleSet, evaluateEligibility } from 'jamsostek';
 * const r = evaluateEligibility({
 *   nik: '5371044707900001', employment: 'self_employed', occupations: ['nelayan'],
 *   dtsenDecile: 2, monthlyIncome: 1_200_000, otherGovernmentFunding: [], activeInformalWork: true,
 * }, ntt2026RuleSet, { asOf: '2026-01-15' });
 * console.log(r.outcome); // 'eligible'
 * ```
 */
export const ntt2026RuleSet: RuleSet<PekerjaRentanFacts> = pekerjaRentanRuleSet(NTT_2026_CONFIG);
