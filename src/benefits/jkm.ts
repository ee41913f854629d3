/**
 * `jkmBenefit`: the death benefit (*Jaminan Kematian*) for a death not caused by work.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { addRupiah, formatRupiah, sumRupiah, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import { component, LawTrail, regimeOf, resolveBenefitOptions, type BenefitComponent, type BenefitCondition, type BenefitOptions } from './result';
import { scholarshipSummary, type ScholarshipSummary } from './scholarship';

/** Input of {@link jkmBenefit}. */
export interface JkmInput {
  /** Date of death: decides the law. */
  readonly deathDate: string;
  /** PU (wage earner) or BPU (non-wage). */
  readonly segment: 'PU' | 'BPU';
  /** Whether the participant was an active participant on the date of death. */
  readonly activeAtDeath: boolean;
  /** Date of registration (optional; checked against the date of death when given). */
  readonly membershipStartDate?: string;
  /** The participant's contribution period in months (decides the scholarship). */
  readonly contributionMonths: number;
  /** BPU: consecutive paid months since registration (decides the waiting rule). */
  readonly consecutivePaidMonthsSinceRegistration?: number;
  /** Children who may receive the scholarship (optional; the maximum is then given for the law's limit). */
  readonly scholarshipChildren?: number;
}

/** Schema of {@link JkmInput}. */
export const JkmInputSchema = ownStrictObject({
  deathDate: CalendarDateSchema,
  segment: z.enum(['PU', 'BPU']),
  activeAtDeath: z.boolean(),
  membershipStartDate: CalendarDateSchema.optional(),
  contributionMonths: z.number().int().min(0).max(1200),
  consecutivePaidMonthsSinceRegistration: z.number().int().min(0).max(1200).optional(),
  scholarshipChildren: z.number().int().min(0).max(20).optional(),
})
  .check((ctx) => {
    const v = ctx.value;
    if (v.membershipStartDate !== undefined && v.deathDate < v.membershipStartDate) {
      ctx.issues.push({ code: 'custom', message: `The death (${v.deathDate}) is before membership began (${v.membershipStartDate})`, input: v, path: ['deathDate'] });
    }
    if (v.consecutivePaidMonthsSinceRegistration !== undefined && v.consecutivePaidMonthsSinceRegistration > v.contributionMonths) {
      ctx.issues.push({ code: 'custom', message: 'Consecutive paid months cannot exceed the contribution months', input: v, path: ['consecutivePaidMonthsSinceRegistration'] });
    }
  });

/** A reading of a rule whose composition differs by source. */
export interface AlternativeReading {
  /** Where it comes from. */
  readonly source: BilingualText;
  /** The components under that reading (same total). */
  readonly components: readonly BenefitComponent[];
}

/** The JKM benefit. */
export interface JkmBenefit {
  /** The programme: JKM (*Jaminan Kematian*). */
  readonly program: 'JKM';
  /** The date of death. */
  readonly eventDate: CalendarDate;
  /** The regulation in force on that date. */
  readonly regime: string;
  /** False when a condition turns the whole benefit off (then `total` is 0 and a condition says why). */
  readonly eligible: boolean;
  /** Cash items. */
  readonly components: readonly BenefitComponent[];
  /** Sum of the cash items. */
  readonly total: Rupiah;
  /** The scholarship right and its maximum (paid over the years; not in `total`). */
  readonly scholarship: ScholarshipSummary;
  /** Cash plus the scholarship maximum. */
  readonly maximumTotal: Rupiah;
  /** Conditions checked; `decisive` marks those that changed the outcome. */
  readonly conditions: readonly BenefitCondition[];
  /** Other readings of the same rule, where the sources differ (the BPU waiting rule). */
  readonly alternativeReadings: readonly AlternativeReading[];
  /** Rounding (the JKM amounts are flat: nothing is rounded). */
  readonly rounding: Rounding;
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

/**
 * The death benefit (*Jaminan Kematian*, JKM) for a participant who dies of a cause other than a
 * work accident, under the law in force on the date of death: Rp42,000,000 from 2019-12-02
 * (PP 82/2019: lump sum 20 m + periodic 12 m + funeral 10 m), Rp24,000,000 from 2015-07-01
 * (16.2 m + 4.8 m + 3 m), Rp21,000,000 before (PP 53/2012, M). The scholarship needs a
 * contribution period (3 years from 2019-12-02). A BPU who dies before 3 consecutive paid months
 * since registration receives Rp10,000,000 in total. Every condition that changes the outcome is
 * reported.
 *
 * @example
 * ```ts
 * import { jkmBenefit } from 'jamsostek';
 * const b = jkmBenefit({ deathDate: '2026-02-10', segment: 'PU', activeAtDeath: true, contributionMonths: 36, scholarshipChildren: 2 });
 * console.log(b.total, b.scholarship.maximum, b.maximumTotal); // 42000000 174000000 216000000
 * ```
 */
export function jkmBenefit(input: JkmInput, options?: BenefitOptions): JkmBenefit {
  const p = parseInput(JkmInputSchema, input, ['input']);
  const o = resolveBenefitOptions(options);
  const trail = new LawTrail(o.law);
  const cash = trail.get('benefit.jkm.cash', p.deathDate);
  const conditions: BenefitCondition[] = [];
  const explanation: BilingualText[] = [{ id: `Meninggal ${p.deathDate}: berlaku ${regimeOf(cash)}.`, en: `Death on ${p.deathDate}: ${regimeOf(cash)} applies.` }];
  const alternativeReadings: AlternativeReading[] = [];

  const active: BenefitCondition = {
    id: 'jkm.activeParticipant',
    met: p.activeAtDeath,
    decisive: !p.activeAtDeath,
    text: p.activeAtDeath
      ? { id: 'Peserta aktif pada tanggal meninggal.', en: 'Active participant on the date of death.' }
      : { id: 'Bukan peserta aktif pada tanggal meninggal: tidak ada manfaat JKM.', en: 'Not an active participant on the date of death: no JKM benefit.' },
    citations: cash.citations,
  };
  conditions.push(active);

  let components: BenefitComponent[] = [];
  let blocked: BilingualText | undefined;
  if (!p.activeAtDeath) {
    blocked = active.text;
  } else {
    let waiting = false;
    if (p.segment === 'BPU') {
      if (p.consecutivePaidMonthsSinceRegistration === undefined) {
        fail({ code: 'missing_fact', path: ['input', 'consecutivePaidMonthsSinceRegistration'], message: 'For a BPU participant the JKM waiting rule needs the consecutive paid months since registration', fact: 'consecutivePaidMonthsSinceRegistration' });
      }
      const rule = trail.get('benefit.jkm.bpuWaitingRule', p.deathDate);
      const months = p.consecutivePaidMonthsSinceRegistration;
      waiting = months < rule.value.minConsecutivePaidMonths;
      const condition: BenefitCondition = {
        id: 'jkm.bpuWaitingRule',
        met: !waiting,
        decisive: waiting,
        text: waiting
          ? {
              id: `BPU: baru ${months} bulan iuran berturut-turut sejak mendaftar (< ${rule.value.minConsecutivePaidMonths}): hanya ${formatRupiah(rule.value.totalBeforeWaiting)} seluruhnya, tanpa beasiswa.`,
              en: `BPU: only ${months} consecutive paid months since registration (< ${rule.value.minConsecutivePaidMonths}): ${formatRupiah(rule.value.totalBeforeWaiting)} in total, no scholarship.`,
            }
          : {
              id: `BPU: ${months} bulan iuran berturut-turut sejak mendaftar (≥ ${rule.value.minConsecutivePaidMonths}): manfaat JKM penuh.`,
              en: `BPU: ${months} consecutive paid months since registration (≥ ${rule.value.minConsecutivePaidMonths}): full JKM.`,
            },
        citations: rule.citations,
      };
      conditions.push(condition);
      if (waiting) {
        blocked = condition.text;
        const r = rule.value;
        components = [
          component('jkm.funeral', { id: 'Biaya pemakaman', en: 'Funeral cost' }, r.brochureReading.funeral as Rupiah, 'computed', { id: `Kematian sebelum ${r.minConsecutivePaidMonths} bulan iuran berturut-turut: ${formatRupiah(r.totalBeforeWaiting)} sebagai biaya pemakaman (brosur BPU)`, en: `Death before ${r.minConsecutivePaidMonths} consecutive paid months: ${formatRupiah(r.totalBeforeWaiting)} as funeral cost (BPU brochure)` }, rule),
        ];
        alternativeReadings.push({
          source: { id: 'Kepala cabang BPJS (Meulaboh, 5-8-2025): santunan kematian + biaya pemakaman', en: 'BPJS branch head (Meulaboh, 5-Aug-2025): death lump sum + funeral cost' },
          components: [
            component('jkm.lumpSum', { id: 'Santunan kematian', en: 'Death lump sum' }, r.branchReading.lumpSum as Rupiah, 'computed', { id: 'Bacaan kepala cabang', en: 'Branch head\'s reading' }, rule),
            component('jkm.funeral', { id: 'Biaya pemakaman', en: 'Funeral cost' }, r.branchReading.funeral as Rupiah, 'computed', { id: 'Bacaan kepala cabang', en: 'Branch head\'s reading' }, rule),
          ],
        });
      }
    }
    if (!waiting) {
      const v = cash.value;
      components = [
        component('jkm.lumpSum', { id: 'Santunan sekaligus', en: 'Lump sum' }, v.lumpSum as Rupiah, 'computed', { id: `Santunan sekaligus ${formatRupiah(v.lumpSum)}`, en: `Lump sum ${formatRupiah(v.lumpSum)}` }, cash),
        component('jkm.periodic', { id: 'Santunan berkala (24 bulan, dibayar sekaligus)', en: 'Periodic benefit (24 months, paid at once)' }, v.periodic as Rupiah, 'computed', { id: `Santunan berkala ${formatRupiah(v.periodic)} (24 bulan, dibayar sekaligus)`, en: `Periodic benefit ${formatRupiah(v.periodic)} (24 months, paid at once)` }, cash),
        component('jkm.funeral', { id: 'Biaya pemakaman', en: 'Funeral cost' }, v.funeral as Rupiah, 'computed', { id: `Biaya pemakaman ${formatRupiah(v.funeral)}`, en: `Funeral cost ${formatRupiah(v.funeral)}` }, cash),
      ];
    }
  }

  const { summary, conditions: scholarshipConditions } = scholarshipSummary('JKM', p.deathDate, p.contributionMonths, p.scholarshipChildren, trail, o.law, blocked, ['input']);
  conditions.push(...scholarshipConditions);
  const total = sumRupiah(components.map((c) => c.amount ?? 0));
  for (const c of components) explanation.push({ id: `${c.label.id}: ${formatRupiah(c.amount ?? 0)}`, en: `${c.label.en}: ${formatRupiah(c.amount ?? 0)}` });
  for (const c of conditions) if (c.decisive) explanation.push(c.text);
  explanation.push({ id: `Jumlah uang tunai ${formatRupiah(total)}.`, en: `Total cash ${formatRupiah(total)}.` });
  explanation.push(summary.note);
  return {
    program: 'JKM',
    eventDate: p.deathDate,
    regime: regimeOf(cash),
    eligible: p.activeAtDeath,
    components,
    total,
    scholarship: summary,
    maximumTotal: addRupiah(total, summary.maximum),
    conditions,
    alternativeReadings,
    rounding: o.rounding,
    explanation,
    lawUsed: trail.used(),
  };
}
