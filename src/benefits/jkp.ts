/**
 * `jkpBenefit`: the job loss benefit (*Jaminan Kehilangan Pekerjaan*).
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { senToDecimalString, sumRupiah, type Rounding, type Rupiah, type Sen } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { JkpBenefitRules } from '../law/parameters/benefitsJkp';
import type { ResolvedValue } from '../law/timeline';
import { addMonthsToDate, exactAmount, rp } from './amount';
import { EarningsSchema, type EarningsInput } from './earnings';
import { jkp as text } from './messages';
import { benefitOptionFields, resolveBenefitOptions, type BenefitOptions } from './options';
import { component, condition, decisiveSteps, step, type BenefitComponent, type BenefitCondition } from './result';
import { LawTrail, regimeOf } from './trail';

/** Why the employment ended (*alasan PHK*). */
export type TerminationReason =
  /** Termination by the employer (PHK), including closure and bankruptcy. */
  | 'termination'
  /** A fixed-term (PKWT) contract ended early by the employer. */
  | 'pkwt_early_termination'
  /** The worker resigned. */
  | 'resignation'
  /** Retirement. */
  | 'retirement'
  /** Total permanent disability. */
  | 'total_permanent_disability'
  /** Death. */
  | 'death';

/** Input of {@link jkpBenefit}. */
export interface JkpInput {
  /** Date of the termination of employment (*PHK*): decides the law. */
  readonly terminationDate: string;
  /** Date the claim is filed. */
  readonly claimDate: string;
  /** The last wage reported to BPJS: `{ segment: 'PU', wage }` (JKP is for wage earners only; a BPU is refused). */
  readonly earnings: EarningsInput;
  /** Why the employment ended. */
  readonly terminationReason: TerminationReason;
  /** Contribution months in the 24 months before the termination. */
  readonly contributionMonthsInLast24: number;
  /** Consecutive months paid just before the termination. */
  readonly consecutivePaidMonthsBeforeTermination: number;
  /** True if the worker took a new job before claiming (the right is lost). */
  readonly newJobBeforeClaim?: boolean;
}

/** Options of {@link jkpBenefit}. */
export interface JkpOptions extends BenefitOptions {
  /**
   * Whether to apply the "6 consecutive paid months before the PHK" condition where the sources
   * disagree on whether it still applies (PP 6/2025). Default `true` (kept, as most sources
   * still list it); pass `false` to follow the one source that says PP 6/2025 dropped it.
   */
  readonly applyDisputedConsecutiveRule?: boolean;
}

const REASONS = ['termination', 'pkwt_early_termination', 'resignation', 'retirement', 'total_permanent_disability', 'death'] as const;
/** The reasons that do not qualify for JKP. */
const EXCLUDED: ReadonlySet<TerminationReason> = new Set(['resignation', 'retirement', 'total_permanent_disability', 'death']);

/** Schema of {@link JkpInput}. */
export const JkpInputSchema = /* @__PURE__ */ ownStrictObject({
  terminationDate: CalendarDateSchema,
  claimDate: CalendarDateSchema,
  earnings: EarningsSchema,
  terminationReason: z.enum(REASONS),
  contributionMonthsInLast24: z.number().int().min(0).max(24),
  consecutivePaidMonthsBeforeTermination: z.number().int().min(0).max(1200),
  newJobBeforeClaim: z.boolean().optional(),
}).check((ctx) => {
  const v = ctx.value;
  if (v.earnings.segment === 'BPU') ctx.issues.push({ code: 'custom', message: text.puOnly, input: v, path: ['earnings', 'segment'] });
  if (v.claimDate < v.terminationDate) ctx.issues.push({ code: 'custom', message: `The claim (${v.claimDate}) is before the termination (${v.terminationDate})`, input: v, path: ['claimDate'] });
});

/** Schema of {@link JkpOptions}. */
export const JkpOptionsSchema = /* @__PURE__ */ ownStrictObject({ ...benefitOptionFields, applyDisputedConsecutiveRule: z.boolean().optional() }).optional();

/** One month of JKP cash. */
export interface JkpMonth {
  /** 1 for the first month after the claim. */
  readonly monthNumber: number;
  /** Share of the capped wage, percent text. */
  readonly percent: string;
  /** Amount. */
  readonly amount: Rupiah;
}

/** The JKP benefit. */
export interface JkpBenefit {
  /** The programme: JKP (*Jaminan Kehilangan Pekerjaan*). */
  readonly program: 'JKP';
  /** The termination date (from the input). */
  readonly terminationDate: CalendarDate;
  /** The regulation in force on the termination date. */
  readonly regime: string;
  /** Whether the cash benefit is payable. */
  readonly eligible: boolean;
  /** The last day on which the claim may be filed. */
  readonly claimDeadline: CalendarDate;
  /** The wage on which the cash is computed (capped), exact decimal text. */
  readonly benefitWage: string;
  /** The cash by period (empty when not eligible). */
  readonly components: readonly BenefitComponent[];
  /** The cash month by month (empty when not eligible). */
  readonly months: readonly JkpMonth[];
  /** Sum of the cash: 0 when not eligible, with the decisive conditions saying why. */
  readonly total: Rupiah;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** Rounding of each monthly amount. */
  readonly rounding: Rounding;
  /** The steps, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

type Parsed = z.output<typeof JkpInputSchema>;

/** The conditions of the cash benefit, in order. */
function conditionsOf(p: Parsed, rules: ResolvedValue<JkpBenefitRules>, deadline: CalendarDate, applyDisputed: boolean | undefined): BenefitCondition[] {
  const r = rules.value;
  const cites = rules.citations;
  const qualifies = !EXCLUDED.has(p.terminationReason);
  const out = [
    condition('jkp.terminationReason', qualifies, text.terminationReason(text.reason[p.terminationReason], qualifies), cites),
    condition('jkp.contributionMonths', p.contributionMonthsInLast24 >= r.minContributionMonths, text.contributionMonths(p.contributionMonthsInLast24, r.windowMonths, r.minContributionMonths), cites),
    !r.consecutiveRuleDisputed || applyDisputed !== false
      ? condition('jkp.consecutiveMonths', p.consecutivePaidMonthsBeforeTermination >= r.minConsecutiveMonths, text.consecutive(p.consecutivePaidMonthsBeforeTermination, r.minConsecutiveMonths), cites)
      : { id: 'jkp.consecutiveMonths', met: true, decisive: false, text: text.consecutiveNotApplied, citations: cites },
    condition('jkp.claimDeadline', p.claimDate <= deadline, text.deadline(p.claimDate, deadline, r.claimDeadlineMonths, p.claimDate <= deadline), cites),
  ];
  if (p.newJobBeforeClaim !== undefined) out.push(condition('jkp.noNewJob', !p.newJobBeforeClaim, text.newJob(p.newJobBeforeClaim), cites));
  return out;
}

/** The cash month by month and by period. */
function cash(rules: ResolvedValue<JkpBenefitRules>, wage: Sen, rounding: Rounding): { months: JkpMonth[]; components: BenefitComponent[] } {
  const months: JkpMonth[] = [];
  const components = rules.value.schedule.map((period, i) => {
    const amount = exactAmount(wage, 1, [period.rate], rounding);
    const first = months.length + 1;
    for (let k = 0; k < period.monthCount; k++) months.push({ monthNumber: first + k, percent: period.rate.percent, amount });
    const total = sumRupiah(Array.from({ length: period.monthCount }, () => amount));
    return component(`jkp.cash.${i + 1}`, text.cashLabel(first, first + period.monthCount - 1), total, 'computed', text.cashRule(period.monthCount, period.rate.percent, rp(wage), amount), rules);
  });
  return { months, components };
}

/**
 * The job loss benefit (*Jaminan Kehilangan Pekerjaan*, JKP) under the law in force on the
 * termination (PHK) date: PP 37/2021 (45 % of the wage for 3 months, then 25 % for 3 months; claim
 * within 3 months) or, from 2025-02-07, PP 6/2025 (60 % for 6 months; claim within 6 months), on
 * the last wage capped at Rp5,000,000. Eligibility: at least 12 contribution months in the last
 * 24 and at least 6 consecutive months paid before the PHK (the latter switchable for PP 6/2025);
 * the termination must not be a resignation, retirement, total permanent disability or death; a
 * new job before the claim ends the right. JKP is for wage earners (PU) only.
 *
 * @example
 * ```ts
 * import { jkpBenefit } from 'jamsostek';
 * const b = jkpBenefit({ terminationDate: '2025-06-10', claimDate: '2025-07-01', earnings: { segment: 'PU', wage: 7_000_000 }, terminationReason: 'termination', contributionMonthsInLast24: 24, consecutivePaidMonthsBeforeTermination: 24 });
 * console.log(b.total, b.months[0]?.amount); // 18000000 3000000
 * ```
 */
export function jkpBenefit(input: JkpInput, options?: JkpOptions): JkpBenefit {
  const p = parseInput(JkpInputSchema, input, ['input']);
  const parsed = parseInput(JkpOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const o = resolveBenefitOptions(parsed);
  const trail = new LawTrail(o.law, o.projection);
  const rules = trail.get('benefit.jkp.rules', p.terminationDate, ['input', 'terminationDate']);
  const r = rules.value;
  const deadline = addMonthsToDate(p.terminationDate, r.claimDeadlineMonths);
  const conditions = conditionsOf(p, rules, deadline, parsed.applyDisputedConsecutiveRule);
  const eligible = conditions.every((c) => c.met);
  const reported = p.earnings.segment === 'PU' ? p.earnings.wage : (0 as Sen); // a BPU is refused by the schema
  const capSen = r.wageCap * 100;
  const wage = (reported < capSen ? reported : capSen) as Sen;
  const paid = eligible ? cash(rules, wage, o.rounding) : { months: [], components: [] };
  const total = sumRupiah(paid.months.map((m) => m.amount));
  const explanation = [
    step(text.regime(p.terminationDate, regimeOf(rules)), rules.citations),
    step(text.wageBase(rp(reported), r.wageCap, rp(wage)), rules.citations),
    ...decisiveSteps(conditions),
    ...paid.components.map((c) => step(c.rule, c.citations)),
    step(text.total(total, eligible)),
  ];
  return {
    program: 'JKP',
    terminationDate: p.terminationDate,
    regime: regimeOf(rules),
    eligible,
    claimDeadline: deadline,
    benefitWage: senToDecimalString(wage),
    ...paid,
    total,
    conditions,
    rounding: o.rounding,
    explanation,
    lawUsed: trail.used(),
  };
}
