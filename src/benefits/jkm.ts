/**
 * `jkmBenefit`: the death benefit (*Jaminan Kematian*) for a death not caused by work.
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { addRupiah, sumRupiah, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { BpuJkmWaitingRule, JkmCash } from '../law/parameters/benefitsJkkJkm';
import type { ResolvedValue } from '../law/timeline';
import { common, jkm as text } from './messages';
import { parseBenefitOptions, type BenefitOptions } from './options';
import { component, condition, decisiveSteps, step, type BenefitComponent, type BenefitCondition } from './result';
import { scholarshipSummary, type ScholarshipSummary } from './scholarship/summary';
import { LawTrail, regimeOf } from './trail';

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
  /** How many children may receive the scholarship (optional; the maximum is then given for the law's limit). */
  readonly scholarshipChildCount?: number;
}

/** Schema of {@link JkmInput}. */
export const JkmInputSchema = /* @__PURE__ */ ownStrictObject({
  deathDate: CalendarDateSchema,
  segment: z.enum(['PU', 'BPU']),
  activeAtDeath: z.boolean(),
  membershipStartDate: CalendarDateSchema.optional(),
  contributionMonths: z.number().int().min(0).max(1200),
  consecutivePaidMonthsSinceRegistration: z.number().int().min(0).max(1200).optional(),
  scholarshipChildCount: z.number().int().min(0).max(20).optional(),
}).check((ctx) => {
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
  /** The date of death (from the input). */
  readonly deathDate: CalendarDate;
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
  /** The steps, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

type Parsed = z.output<typeof JkmInputSchema>;
const DATE_PATH = ['input', 'deathDate'] as const;

/** The full cash: lump sum, periodic benefit (24 months, paid at once), funeral cost. */
function fullCash(cash: ResolvedValue<JkmCash>): BenefitComponent[] {
  const v = cash.value;
  return [
    component('jkm.lumpSum', common.lumpSumLabel, v.lumpSum as Rupiah, 'computed', text.lumpSumRule(v.lumpSum), cash),
    component('jkm.periodic', common.periodicLabel, v.periodic as Rupiah, 'computed', text.periodicRule(v.periodic), cash),
    component('jkm.funeral', common.funeralLabel, v.funeral as Rupiah, 'computed', text.funeralRule(v.funeral), cash),
  ];
}

/** A BPU's waiting rule: the condition, and if it is not met the smaller cash under both readings. */
function bpuWaiting(p: Parsed, trail: LawTrail): { condition: BenefitCondition; cash: BenefitComponent[] | null; alternative: AlternativeReading | null } {
  const months = p.consecutivePaidMonthsSinceRegistration;
  if (months === undefined) fail({ code: 'missing_fact', path: ['input', 'consecutivePaidMonthsSinceRegistration'], message: text.missingConsecutive, fact: 'consecutivePaidMonthsSinceRegistration' });
  const rule: ResolvedValue<BpuJkmWaitingRule> = trail.get('benefit.jkm.bpuWaitingRule', p.deathDate, DATE_PATH);
  const r = rule.value;
  const waiting = months < r.minConsecutivePaidMonths;
  const waitingCondition = condition('jkm.bpuWaitingRule', !waiting, text.bpuWaiting(months, r.minConsecutivePaidMonths, r.totalBeforeWaiting, waiting), rule.citations);
  if (!waiting) return { condition: waitingCondition, cash: null, alternative: null };
  return {
    condition: waitingCondition,
    cash: [component('jkm.funeral', common.funeralLabel, r.brochureReading.funeral as Rupiah, 'computed', text.waitingFuneral(r.minConsecutivePaidMonths, r.totalBeforeWaiting), rule)],
    alternative: {
      source: text.branchSource,
      components: [
        component('jkm.lumpSum', text.branchLumpSumLabel, r.branchReading.lumpSum as Rupiah, 'computed', text.branchRule, rule),
        component('jkm.funeral', common.funeralLabel, r.branchReading.funeral as Rupiah, 'computed', text.branchRule, rule),
      ],
    },
  };
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
 * const b = jkmBenefit({ deathDate: '2026-02-10', segment: 'PU', activeAtDeath: true, contributionMonths: 36, scholarshipChildCount: 2 });
 * console.log(b.total, b.scholarship.maximum, b.maximumTotal); // 42000000 174000000 216000000
 * ```
 */
export function jkmBenefit(input: JkmInput, options?: BenefitOptions): JkmBenefit {
  const p = parseInput(JkmInputSchema, input, ['input']);
  const o = parseBenefitOptions(options);
  const trail = new LawTrail(o.law, o.projection);
  const cash = trail.get('benefit.jkm.cash', p.deathDate, DATE_PATH);
  const active = condition('jkm.activeParticipant', p.activeAtDeath, text.active(p.activeAtDeath), cash.citations);
  const conditions = [active];
  const alternativeReadings: AlternativeReading[] = [];
  let components: BenefitComponent[] = [];
  let blocked: BenefitCondition | undefined = p.activeAtDeath ? undefined : active;
  if (p.activeAtDeath) {
    const waiting = p.segment === 'BPU' ? bpuWaiting(p, trail) : null;
    if (waiting !== null) conditions.push(waiting.condition);
    if (waiting?.cash != null) {
      blocked = waiting.condition;
      components = waiting.cash;
      if (waiting.alternative !== null) alternativeReadings.push(waiting.alternative);
    } else components = fullCash(cash);
  }
  const facts = { program: 'JKM', eventDate: p.deathDate, datePath: DATE_PATH, contributionMonths: p.contributionMonths, inputPath: ['input'] } as const;
  const line = scholarshipSummary(facts, p.scholarshipChildCount, blocked, trail);
  conditions.push(...line.conditions);
  const total = sumRupiah(components.map((c) => c.amount ?? 0));
  const explanation = [
    step(text.regime(p.deathDate, regimeOf(cash)), cash.citations),
    ...components.map((c) => step(text.componentStep(c.label, c.amount ?? 0), c.citations)),
    ...decisiveSteps(conditions),
    step(common.totalCash(total, 'none')),
    step(line.summary.note, line.citations),
  ];
  return {
    program: 'JKM',
    deathDate: p.deathDate,
    regime: regimeOf(cash),
    eligible: p.activeAtDeath,
    components,
    total,
    scholarship: line.summary,
    maximumTotal: addRupiah(total, line.summary.maximum),
    conditions,
    alternativeReadings,
    rounding: o.rounding,
    explanation,
    lawUsed: trail.used(),
  };
}
