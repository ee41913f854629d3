/**
 * `jkpBenefit`: the job loss benefit (*Jaminan Kehilangan Pekerjaan*).
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import { formatRupiah, positiveSenSchema, senToDecimalString, sumRupiah, type AmountInput, type Rounding, type Rupiah, type Sen } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import type { LawRegistry } from '../law/registry';
import { addMonthsToDate, BenefitOptionsSchema, component, exactAmount, LawTrail, regimeOf, resolveBenefitOptions, rp, type BenefitComponent, type BenefitCondition } from './result';

/** Why the employment ended (*alasan PHK*). */
export type TerminationReason =
  /** Termination by the employer (PHK), including closure and bankruptcy. */
  | 'termination'
  /** A fixed-term (PKWT) contract ended early by the employer. */
  | 'pkwtEarlyTermination'
  /** The worker resigned. */
  | 'resignation'
  /** Retirement. */
  | 'retirement'
  /** Total permanent disability. */
  | 'totalPermanentDisability'
  /** Death. */
  | 'death';

/** Input of {@link jkpBenefit}. */
export interface JkpInput {
  /** Date of the termination of employment (PHK): decides the law. */
  readonly phkDate: string;
  /** Date the claim is filed. */
  readonly claimDate: string;
  /** Last wage reported to BPJS. */
  readonly wage: AmountInput;
  /** Why the employment ended. */
  readonly terminationReason: TerminationReason;
  /** Contribution months in the 24 months before the PHK. */
  readonly contributionMonthsInLast24: number;
  /** Consecutive months paid just before the PHK. */
  readonly consecutivePaidMonthsBeforePhk: number;
  /** True if the worker took a new job before claiming (the right is lost). */
  readonly newJobBeforeClaim?: boolean;
}

/** Options of {@link jkpBenefit}. */
export interface JkpOptions {
  /** The law to apply. */
  readonly law?: LawRegistry;
  /** Rounding of each monthly amount (default half-up to the rupiah). */
  readonly rounding?: Rounding;
  /**
   * Whether to apply the "6 consecutive paid months before the PHK" condition where the sources
   * disagree on whether it still applies (PP 6/2025). Default `true` (kept, as most sources
   * still list it); pass `false` to follow the one source that says PP 6/2025 dropped it.
   */
  readonly applyDisputedConsecutiveRule?: boolean;
}

/** Schema of {@link JkpInput}. */
export const JkpInputSchema = ownStrictObject({
  phkDate: CalendarDateSchema,
  claimDate: CalendarDateSchema,
  wage: positiveSenSchema.refine((s) => s <= 10_000_000_000_000, { message: 'A monthly wage above Rp100,000,000,000 is not accepted' }),
  terminationReason: z.enum(['termination', 'pkwtEarlyTermination', 'resignation', 'retirement', 'totalPermanentDisability', 'death']),
  contributionMonthsInLast24: z.number().int().min(0).max(24),
  consecutivePaidMonthsBeforePhk: z.number().int().min(0).max(1200),
  newJobBeforeClaim: z.boolean().optional(),
})
  .check((ctx) => {
    const v = ctx.value;
    if (v.claimDate < v.phkDate) ctx.issues.push({ code: 'custom', message: `The claim (${v.claimDate}) is before the PHK (${v.phkDate})`, input: v, path: ['claimDate'] });
  });

/** Schema of {@link JkpOptions}. */
export const JkpOptionsSchema = ownStrictObject({ ...BenefitOptionsSchema.unwrap().shape, applyDisputedConsecutiveRule: z.boolean().optional() }).optional();

/** One month of JKP cash. */
export interface JkpMonth {
  /** 1 for the first month after the claim. */
  readonly month: number;
  /** Share of the capped wage, percent text. */
  readonly percent: string;
  /** Amount. */
  readonly amount: Rupiah;
}

/** The JKP benefit. */
export interface JkpBenefit {
  /** The programme: JKP (*Jaminan Kehilangan Pekerjaan*). */
  readonly program: 'JKP';
  /** The PHK date. */
  readonly eventDate: CalendarDate;
  /** The regulation in force on the PHK date. */
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
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

const REASON_TEXT: Record<TerminationReason, BilingualText> = {
  termination: { id: 'PHK oleh pemberi kerja', en: 'termination by the employer' },
  pkwtEarlyTermination: { id: 'PKWT diakhiri sebelum waktunya', en: 'fixed-term contract ended early' },
  resignation: { id: 'mengundurkan diri', en: 'resignation' },
  retirement: { id: 'pensiun', en: 'retirement' },
  totalPermanentDisability: { id: 'cacat total tetap', en: 'total permanent disability' },
  death: { id: 'meninggal dunia', en: 'death' },
};

/**
 * The job loss benefit (*Jaminan Kehilangan Pekerjaan*, JKP) under the law in force on the PHK
 * date: PP 37/2021 (45 % of the wage for 3 months, then 25 % for 3 months; claim within 3 months)
 * or, from 2025-02-07, PP 6/2025 (60 % for 6 months; claim within 6 months), on the last wage
 * capped at Rp5,000,000. Eligibility: at least 12 contribution months in the last 24 and at
 * least 6 consecutive months paid before the PHK (the latter switchable for PP 6/2025); the
 * termination must not be a resignation, retirement, total permanent disability or death; a new
 * job before the claim ends the right.
 *
 * @example
 * ```ts
 * import { jkpBenefit } from 'jamsostek';
 * const b = jkpBenefit({ phkDate: '2025-06-10', claimDate: '2025-07-01', wage: 7_000_000, terminationReason: 'termination', contributionMonthsInLast24: 24, consecutivePaidMonthsBeforePhk: 24 });
 * console.log(b.total, b.months[0]?.amount); // 18000000 3000000
 * ```
 */
export function jkpBenefit(input: JkpInput, options?: JkpOptions): JkpBenefit {
  const p = parseInput(JkpInputSchema, input, ['input']);
  const { applyDisputedConsecutiveRule, ...shared } = parseInput(JkpOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const o = resolveBenefitOptions(shared);
  const trail = new LawTrail(o.law);
  const rules = trail.get('benefit.jkp.rules', p.phkDate);
  const r = rules.value;
  const cites = rules.citations;
  const conditions: BenefitCondition[] = [];
  const add = (id: string, met: boolean, ok: BilingualText, bad: BilingualText): void => {
    conditions.push({ id, met, decisive: !met, text: met ? ok : bad, citations: cites });
  };

  const excluded = p.terminationReason === 'resignation' || p.terminationReason === 'retirement' || p.terminationReason === 'totalPermanentDisability' || p.terminationReason === 'death';
  const reason = REASON_TEXT[p.terminationReason];
  add('jkp.terminationReason', !excluded, { id: `Alasan berakhirnya hubungan kerja: ${reason.id} — memenuhi syarat.`, en: `Reason employment ended: ${reason.en} — qualifies.` }, { id: `Alasan berakhirnya hubungan kerja: ${reason.id} — tidak memenuhi syarat JKP.`, en: `Reason employment ended: ${reason.en} — does not qualify for JKP.` });
  add(
    'jkp.contributionMonths',
    p.contributionMonthsInLast24 >= r.minContributionMonths,
    { id: `${p.contributionMonthsInLast24} bulan iuran dalam ${r.windowMonths} bulan terakhir ≥ ${r.minContributionMonths}.`, en: `${p.contributionMonthsInLast24} contribution months in the last ${r.windowMonths} ≥ ${r.minContributionMonths}.` },
    { id: `${p.contributionMonthsInLast24} bulan iuran dalam ${r.windowMonths} bulan terakhir < ${r.minContributionMonths}: tidak memenuhi syarat.`, en: `${p.contributionMonthsInLast24} contribution months in the last ${r.windowMonths} < ${r.minContributionMonths}: not eligible.` },
  );
  const applyConsecutive = !r.consecutiveRuleDisputed || applyDisputedConsecutiveRule !== false;
  if (applyConsecutive) {
    add(
      'jkp.consecutiveMonths',
      p.consecutivePaidMonthsBeforePhk >= r.minConsecutiveMonths,
      { id: `${p.consecutivePaidMonthsBeforePhk} bulan iuran berturut-turut sebelum PHK ≥ ${r.minConsecutiveMonths}.`, en: `${p.consecutivePaidMonthsBeforePhk} consecutive paid months before the PHK ≥ ${r.minConsecutiveMonths}.` },
      { id: `${p.consecutivePaidMonthsBeforePhk} bulan iuran berturut-turut sebelum PHK < ${r.minConsecutiveMonths}: tidak memenuhi syarat.`, en: `${p.consecutivePaidMonthsBeforePhk} consecutive paid months before the PHK < ${r.minConsecutiveMonths}: not eligible.` },
    );
  } else {
    conditions.push({
      id: 'jkp.consecutiveMonths',
      met: true,
      decisive: false,
      text: { id: 'Syarat iuran berturut-turut tidak diterapkan atas permintaan (PP 6/2025: sumber berbeda pendapat).', en: 'The consecutive-month condition is not applied, at the caller\'s request (PP 6/2025: sources disagree).' },
      citations: cites,
    });
  }
  const deadline = addMonthsToDate(p.phkDate, r.claimDeadlineMonths);
  add('jkp.claimDeadline', p.claimDate <= deadline, { id: `Klaim ${p.claimDate} tidak melewati batas ${deadline} (${r.claimDeadlineMonths} bulan setelah PHK).`, en: `Claim on ${p.claimDate} is within the deadline ${deadline} (${r.claimDeadlineMonths} months after the PHK).` }, { id: `Klaim ${p.claimDate} melewati batas ${deadline} (${r.claimDeadlineMonths} bulan setelah PHK): hak hilang.`, en: `Claim on ${p.claimDate} is after the deadline ${deadline} (${r.claimDeadlineMonths} months after the PHK): the right is lost.` });
  if (p.newJobBeforeClaim !== undefined) {
    add('jkp.noNewJob', !p.newJobBeforeClaim, { id: 'Belum bekerja kembali.', en: 'Not yet working again.' }, { id: 'Sudah bekerja kembali sebelum klaim: hak hilang.', en: 'Working again before the claim: the right is lost.' });
  }
  const eligible = conditions.every((c) => c.met);

  const capSen = r.wageCap * 100;
  const wage = (p.wage < capSen ? p.wage : capSen) as Sen;
  const months: JkpMonth[] = [];
  const components: BenefitComponent[] = [];
  if (eligible) {
    let month = 1;
    r.schedule.forEach((period, i) => {
      const amount = exactAmount(wage, 1, [period.rate], o.rounding);
      for (let k = 0; k < period.months; k++) months.push({ month: month++, percent: period.rate.percent, amount });
      components.push(
        component(
          `jkp.cash.${i + 1}`,
          { id: `Uang tunai bulan ${month - period.months}–${month - 1}`, en: `Cash, months ${month - period.months}–${month - 1}` },
          sumRupiah(Array.from({ length: period.months }, () => amount)),
          'computed',
          { id: `${period.months} × ${period.rate.percent} % × ${rp(wage)} = ${period.months} × ${formatRupiah(amount)}`, en: `${period.months} × ${period.rate.percent} % × ${rp(wage)} = ${period.months} × ${formatRupiah(amount)}` },
          rules,
        ),
      );
    });
  }
  const total = sumRupiah(months.map((m) => m.amount));
  const explanation: BilingualText[] = [
    { id: `PHK ${p.phkDate}: berlaku ${regimeOf(rules)} (rezim ditentukan oleh tanggal PHK).`, en: `PHK on ${p.phkDate}: ${regimeOf(rules)} applies (the PHK date decides the regime).` },
    { id: `Upah dasar: min(${rp(p.wage)}; ${formatRupiah(r.wageCap)}) = ${rp(wage)}.`, en: `Wage base: min(${rp(p.wage)}; ${formatRupiah(r.wageCap)}) = ${rp(wage)}.` },
    ...conditions.filter((c) => c.decisive).map((c) => c.text),
    ...components.map((c) => c.rule),
    { id: `Jumlah ${formatRupiah(total)}${eligible ? '' : ' (tidak memenuhi syarat)'}.`, en: `Total ${formatRupiah(total)}${eligible ? '' : ' (not eligible)'}.` },
  ];
  return {
    program: 'JKP',
    eventDate: p.phkDate,
    regime: regimeOf(rules),
    eligible,
    claimDeadline: deadline,
    benefitWage: senToDecimalString(wage),
    components,
    months,
    total,
    conditions,
    rounding: o.rounding,
    explanation,
    lawUsed: trail.used(),
  };
}
