/**
 * Benefits of JKP (*Jaminan Kehilangan Pekerjaan*), keyed by the date of the termination (PHK):
 * PP 37/2021 from 2021-02-02, PP 6/2025 from 2025-02-07.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { formatRupiah, percent, type Rate } from '../../core/money';
import { text } from '../../core/explain';
import { defineParameter } from '../timeline';
import { cites } from '../sources';
import { rateValueSchema, rupiahValueSchema } from './common';

/** One period of the JKP cash benefit. */
export interface JkpCashPeriod {
  /** Months in the period (a count). */
  readonly monthCount: number;
  /** Share of the capped wage paid each month. */
  readonly rate: Rate;
}

/** The JKP benefit rules of a regime. */
export interface JkpBenefitRules {
  /** The cash schedule, period by period. */
  readonly schedule: readonly JkpCashPeriod[];
  /** The wage on which the cash is computed is capped at this amount. */
  readonly wageCap: number;
  /** The claim must be filed within this many months after the PHK. */
  readonly claimDeadlineMonths: number;
  /** Contribution months needed within the window. */
  readonly minContributionMonths: number;
  /** The window (months before the PHK) in which they are counted. */
  readonly windowMonths: number;
  /** Consecutive paid months needed just before the PHK. */
  readonly minConsecutiveMonths: number;
  /** True where the sources disagree on whether the consecutive-month condition still applies (PP 6/2025); jkpBenefit lets the caller switch it off there. */
  readonly consecutiveRuleDisputed: boolean;
}

const regimeNote =
  'The regime is decided by the PHK date, not by the claim date: the sources do not say which date decides (brief §12 item 17); the worked examples assume the PHK date.';
const periodReading =
  'Reading of the contribution-period conditions (L): the window is the 24 iuran months ending with the month of the PHK; the consecutive run counts back from the PHK month if it is paid, otherwise from the month before (jkpPeriodCheck counts both from the payment record; jkpBenefit takes them as inputs).';
const wageCapNote =
  'The wage cap here is the cap of the BENEFIT (Art. 21(3): the cash is a share of the last reported wage up to Rp5,000,000); it is a different rule from the cap of the CONTRIBUTION (Art. 11(7), parameter jkp.wageCap) and is kept as its own figure, though both are Rp5,000,000.';

/** JKP benefit rules by PHK date. */
export const benefitJkpRules = defineParameter<JkpBenefitRules>({
  id: 'benefit.jkp.rules',
  title: text('Manfaat uang tunai JKP', 'JKP cash benefit and conditions'),
  description: 'The JKP cash schedule (share of the wage capped at the limit, month by month), the claim deadline and the contribution-period conditions, by the date of the termination of employment (PHK).',
  unit: 'table',
  granularity: 'date',
  schema: ownStrictObject({
    schedule: z.array(ownStrictObject({ monthCount: z.number().int().positive().max(24), rate: rateValueSchema })).min(1).max(12),
    wageCap: rupiahValueSchema,
    claimDeadlineMonths: z.number().int().positive().max(60),
    minContributionMonths: z.number().int().nonnegative().max(120),
    windowMonths: z.number().int().positive().max(120),
    minConsecutiveMonths: z.number().int().nonnegative().max(120),
    consecutiveRuleDisputed: z.boolean(),
  }),
  display: (v) => `${v.schedule.map((p) => `${p.rate.percent} % × ${p.monthCount}`).join(' + ')} of the wage capped at ${formatRupiah(v.wageCap)}; claim within ${v.claimDeadlineMonths} months`,
  values: [
    {
      from: '2021-02-02',
      to: '2025-02-06',
      value: {
        schedule: [
          { monthCount: 3, rate: percent('45') },
          { monthCount: 3, rate: percent('25') },
        ],
        wageCap: 5_000_000,
        claimDeadlineMonths: 3,
        minContributionMonths: 12,
        windowMonths: 24,
        minConsecutiveMonths: 6,
        consecutiveRuleDisputed: false,
      },
      citations: cites.pp37(
        'Art. 19, 21',
        `45 % of the wage for months 1-3, 25 % for months 4-6, on the last reported wage capped at Rp5,000,000 (Art. 21; H); claim within 3 months of the PHK (H); "masa iur paling sedikit 12 bulan dalam 24 bulan dan telah membayar iuran paling singkat 6 bulan berturut-turut ... sebelum PHK" (Art. 19; H: several sources and BPJS's own FLAG_ENAM_BULAN_BERTURUT; brief §8). ${wageCapNote} ${periodReading} ${regimeNote}`,
      ),
    },
    {
      from: '2025-02-07',
      value: {
        schedule: [{ monthCount: 6, rate: percent('60') }],
        wageCap: 5_000_000,
        claimDeadlineMonths: 6,
        minContributionMonths: 12,
        windowMonths: 24,
        minConsecutiveMonths: 6,
        consecutiveRuleDisputed: true,
      },
      citations: cites.pp6(
        'Art. I (Art. 19, 21, 40)',
        `60 % of the wage capped at Rp5,000,000 for at most 6 months (Art. 21; H); claim within 6 months of the PHK, the right is lost on a new job or on death (Art. 40; H). The 6-consecutive-month condition is kept (M): Art. 19 was amended but a 2025 article still lists it; only one source says it was dropped (brief §8 and §12 item 5), so consecutiveRuleDisputed is true: jkpBenefit and jkpPeriodCheck apply it by default and drop it with the option { applyDisputedConsecutiveRule: false }; an overlay with minConsecutiveMonths 0 drops it for every call. ${wageCapNote} ${periodReading} ${regimeNote}`,
      ),
      confidence: 'M',
      note: 'Cash and deadline H; the 6-consecutive-month condition under PP 6/2025 M.',
    },
  ],
});
