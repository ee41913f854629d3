/**
 * `jhtBalance` and `jhtWithdrawal`: old-age savings (*Jaminan Hari Tua*): a projection of the
 * balance, and what may be withdrawn.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, ageOn, CalendarDateSchema, YearMonthSchema, type CalendarDate, type YearMonth } from '../core/calendar';
import { Dec } from '../core/decimal';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { formatRupiah, HALF_UP_TO_RUPIAH, RoundingSchema, roundRupiah, senSchema, senToDecimalString, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import type { JhtPayoutTrigger } from '../law/parameters/benefitsJhtJp';

import { addMonthsToDate, exactAmount, LawTrail, regimeOf, resolveBenefitOptions, type BenefitCondition, type BenefitOptions } from './result';

/**
 * How an assumed annual return becomes a monthly one: `effectiveAnnual` (the default) uses
 * i = (1 + r)^(1/12) − 1, so twelve months compound to exactly r; `nominalMonthly` uses i = r / 12
 * (twelve months then give slightly more than r).
 */
export type CompoundingConvention = 'effectiveAnnual' | 'nominalMonthly';

/** Input of {@link jhtBalance}. */
export interface JhtProjectionInput {
  /** The contribution month of the first amount. */
  readonly startMonth: string;
  /** The monthly contributions (employer + employee, or the BPU's), one per month from `startMonth`. */
  readonly contributions: readonly AmountInput[];
  /** The balance before `startMonth` (give 0 for a new account). */
  readonly openingBalance: AmountInput;
  /** Assumed annual return as percent text (`"5"` = 5 % a year; may be negative). Not law: an assumption. */
  readonly annualReturnPercent: string;
  /** How the annual return is turned into a monthly one (default `effectiveAnnual`). */
  readonly convention?: CompoundingConvention;
}

/** Schema of {@link JhtProjectionInput}. */
export const JhtProjectionInputSchema = ownStrictObject({
  startMonth: YearMonthSchema,
  contributions: z.array(senSchema).min(1).max(1200),
  openingBalance: senSchema,
  annualReturnPercent: z.string().regex(/^-?\d{1,2}(?:\.\d{1,6})?$/, 'Expected an annual return as percent text such as "5" or "4.75"'),
  convention: z.enum(['effectiveAnnual', 'nominalMonthly']).optional(),
});

/** One month of a projection. */
export interface JhtProjectionMonth {
  /** The month. */
  readonly month: YearMonth;
  /** Contribution credited at the end of the month. */
  readonly contribution: string;
  /** Return earned in the month on the opening balance (rounded for display). */
  readonly returns: Rupiah;
  /** Closing balance (rounded for display). */
  readonly balance: Rupiah;
  /** Closing balance, exact to 6 decimals (the projection itself is never rounded). */
  readonly exactBalance: string;
}

/** A JHT balance projection. */
export interface JhtProjection {
  /** The programme: JHT (*Jaminan Hari Tua*). */
  readonly program: 'JHT';
  /** The convention used. */
  readonly convention: CompoundingConvention;
  /** The monthly rate, to 20 decimals. */
  readonly monthlyRate: string;
  /** The timing rule, in both languages. */
  readonly timing: BilingualText;
  /** Month by month. */
  readonly months: readonly JhtProjectionMonth[];
  /** Opening balance. */
  readonly openingBalance: string;
  /** Sum of contributions. */
  readonly totalContributions: string;
  /** Final balance minus opening balance minus contributions, rounded. */
  readonly totalReturns: Rupiah;
  /** Final balance, rounded. */
  readonly finalBalance: Rupiah;
  /** Rounding of the displayed amounts (the arithmetic is not rounded). */
  readonly rounding: Rounding;
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
}

/**
 * Project a JHT (*Jaminan Hari Tua*) balance month by month from a list of monthly contributions
 * and an assumed annual return (*hasil pengembangan*; an input, not law). Each month the opening
 * balance earns the monthly rate, then the month's contribution is credited at its end. The
 * arithmetic runs on 60-digit decimals and is never rounded; only the displayed amounts are,
 * by the named rounding (default half-up to the rupiah).
 *
 * @example
 * ```ts
 * import { jhtBalance } from 'jamsostek';
 * const p = jhtBalance({ startMonth: '2026-01', contributions: Array(12).fill(285_000), openingBalance: 0, annualReturnPercent: '0' });
 * console.log(p.finalBalance); // 3420000
 * ```
 */
export function jhtBalance(input: JhtProjectionInput, options?: { readonly rounding?: Rounding }): JhtProjection {
  const p = parseInput(JhtProjectionInputSchema, input, ['input']);
  const rounding = parseInput(ownStrictObject({ rounding: RoundingSchema.optional() }).optional(), options, ['options'])?.rounding ?? HALF_UP_TO_RUPIAH;
  const convention = p.convention ?? 'effectiveAnnual';
  const r = new Dec(p.annualReturnPercent).div(100);
  const i = convention === 'effectiveAnnual' ? r.plus(1).pow(new Dec(1).div(12)).minus(1) : r.div(12);
  let balance = new Dec(senToDecimalString(p.openingBalance));
  let contributed = new Dec(0);
  const months: JhtProjectionMonth[] = [];
  p.contributions.forEach((c, k) => {
    const month = addMonths(p.startMonth, k);
    const earned = balance.times(i);
    const contribution = new Dec(senToDecimalString(c));
    balance = balance.plus(earned).plus(contribution);
    contributed = contributed.plus(contribution);
    months.push({ month, contribution: contribution.toString(), returns: roundRupiah(earned.toDecimalPlaces(20).toString(), rounding), balance: roundRupiah(balance.toDecimalPlaces(20).toString(), rounding), exactBalance: balance.toDecimalPlaces(6).toString() });
  });
  const opening = senToDecimalString(p.openingBalance);
  const finalBalance = roundRupiah(balance.toDecimalPlaces(20).toString(), rounding);
  const totalReturns = roundRupiah(balance.minus(opening).minus(contributed).toDecimalPlaces(20).toString(), rounding);
  const rateText = i.toDecimalPlaces(20).toString();
  const timing: BilingualText = {
    id: 'Setiap bulan saldo awal memperoleh hasil pengembangan bulanan, lalu iuran bulan itu dikreditkan pada akhir bulan (iuran mulai berkembang bulan berikutnya).',
    en: 'Each month the opening balance earns the monthly return, then the month\'s contribution is credited at its end (it earns from the next month).',
  };
  return {
    program: 'JHT',
    convention,
    monthlyRate: rateText,
    timing,
    months,
    openingBalance: opening,
    totalContributions: contributed.toString(),
    totalReturns,
    finalBalance,
    rounding,
    explanation: [
      {
        id: `Asumsi hasil ${p.annualReturnPercent} % setahun (bukan ketentuan hukum); tingkat bulanan ${convention === 'effectiveAnnual' ? '(1 + r)^(1/12) − 1' : 'r / 12'} = ${rateText}.`,
        en: `Assumed return ${p.annualReturnPercent} % a year (not law); monthly rate ${convention === 'effectiveAnnual' ? '(1 + r)^(1/12) − 1' : 'r / 12'} = ${rateText}.`,
      },
      timing,
      { id: `Saldo akhir ${formatRupiah(finalBalance)} setelah ${months.length} bulan (iuran ${formatRupiah(contributed.toString())}, hasil ${formatRupiah(totalReturns)}).`, en: `Final balance ${formatRupiah(finalBalance)} after ${months.length} months (contributions ${formatRupiah(contributed.toString())}, returns ${formatRupiah(totalReturns)}).` },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Withdrawal

/** Input of {@link jhtWithdrawal}. */
export type JhtWithdrawalInput =
  | {
      /** Partial withdrawal (*pengambilan sebagian*) while still a participant. */
      readonly kind: 'partial';
      readonly requestDate: string;
      readonly balance: AmountInput;
      /** Months of membership on the request date. */
      readonly membershipMonths: number;
      /** `housing` (up to 30 %) or `other` retirement preparation (up to 10 %). */
      readonly purpose: 'housing' | 'other';
      /** True if a partial withdrawal was already made (it is allowed once). */
      readonly previousPartialWithdrawal: boolean;
    }
  | {
      /** Full payout. */
      readonly kind: 'full';
      readonly requestDate: string;
      readonly balance: AmountInput;
      /** The triggering event. */
      readonly trigger: JhtPayoutTrigger;
      /** Date of the event (resignation, PHK, contract end, death...); for `retirementAge`, not needed. */
      readonly eventDate?: string;
      /** Date of birth (needed for `retirementAge`). */
      readonly birthDate?: string;
    };

/** Schema of {@link JhtWithdrawalInput}. */
export const JhtWithdrawalInputSchema = z.discriminatedUnion('kind', [
  ownStrictObject({
    kind: z.literal('partial'),
    requestDate: CalendarDateSchema,
    balance: senSchema,
    membershipMonths: z.number().int().min(0).max(1200),
    purpose: z.enum(['housing', 'other']),
    previousPartialWithdrawal: z.boolean(),
  }),
  ownStrictObject({
    kind: z.literal('full'),
    requestDate: CalendarDateSchema,
    balance: senSchema,
    trigger: z.enum(['retirementAge', 'totalPermanentDisability', 'death', 'resignation', 'termination', 'contractEnded', 'bpuStoppedWorking', 'leftIndonesia']),
    eventDate: CalendarDateSchema.optional(),
    birthDate: CalendarDateSchema.optional(),
  })
    .check((ctx) => {
      const v = ctx.value;
      if (v.eventDate !== undefined && v.requestDate < v.eventDate) ctx.issues.push({ code: 'custom', message: `The request (${v.requestDate}) is before the event (${v.eventDate})`, input: v, path: ['requestDate'] });
      if (v.birthDate !== undefined && v.requestDate < v.birthDate) ctx.issues.push({ code: 'custom', message: 'The request is before the birth date', input: v, path: ['requestDate'] });
    }),
]);

/** The outcome of a JHT withdrawal request. */
export interface JhtWithdrawal {
  /** The programme: JHT (*Jaminan Hari Tua*). */
  readonly program: 'JHT';
  /** Partial withdrawal (after 10 years) or full payout. */
  readonly kind: 'partial' | 'full';
  /** The regulation in force on the request (or event) date. */
  readonly regime: string;
  /** Whether the withdrawal is allowed now. */
  readonly allowed: boolean;
  /** The most that may be withdrawn now (0 when not allowed; the conditions say why). */
  readonly amount: Rupiah;
  /** Share of the balance, percent text (partial) or `"100"` (full). */
  readonly percent: string;
  /** For a full payout with a waiting period: the first date it may be paid. */
  readonly payableFrom: CalendarDate | null;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** Rounding applied to the amount. */
  readonly rounding: Rounding;
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

const TRIGGER_TEXT: Record<JhtPayoutTrigger, BilingualText> = {
  retirementAge: { id: 'mencapai usia pensiun', en: 'reaching the retirement age' },
  totalPermanentDisability: { id: 'cacat total tetap', en: 'total permanent disability' },
  death: { id: 'meninggal dunia', en: 'death' },
  resignation: { id: 'mengundurkan diri', en: 'resignation' },
  termination: { id: 'PHK', en: 'termination (PHK)' },
  contractEnded: { id: 'berakhirnya PKWT', en: 'end of a fixed-term contract' },
  bpuStoppedWorking: { id: 'BPU berhenti bekerja', en: 'a BPU stopping work' },
  leftIndonesia: { id: 'WNA meninggalkan Indonesia untuk selamanya', en: 'a foreigner leaving Indonesia for good' },
};

/**
 * Whether, and how much of, a JHT (*Jaminan Hari Tua*) balance may be withdrawn: a partial
 * withdrawal (*pengambilan sebagian*: once, after 10 years of membership, up to 30 % for housing
 * or 10 % for other needs) or the full payout on a trigger of Permenaker 4/2022 (age 56, total
 * permanent disability, death, resignation or PHK after a one-month wait, end of a PKWT, a BPU
 * stopping work, a foreigner leaving for good).
 *
 * @example
 * ```ts
 * import { jhtWithdrawal } from 'jamsostek';
 * const housing = jhtWithdrawal({ kind: 'partial', requestDate: '2026-01-15', balance: 50_000_000, membershipMonths: 120, purpose: 'housing', previousPartialWithdrawal: false });
 * const nineYears = jhtWithdrawal({ kind: 'partial', requestDate: '2026-01-15', balance: 50_000_000, membershipMonths: 108, purpose: 'other', previousPartialWithdrawal: false });
 * console.log(housing.amount, nineYears.allowed); // 15000000 false
 * ```
 */
export function jhtWithdrawal(input: JhtWithdrawalInput, options?: BenefitOptions): JhtWithdrawal {
  const p = parseInput(JhtWithdrawalInputSchema, input, ['input']);
  const o = resolveBenefitOptions(options);
  const trail = new LawTrail(o.law);
  const conditions: BenefitCondition[] = [];
  if (p.kind === 'partial') {
    const rule = trail.get('benefit.jht.partialWithdrawal', p.requestDate);
    const v = rule.value;
    const rate = p.purpose === 'housing' ? v.housing : v.other;
    const longEnough = p.membershipMonths >= v.minMembershipMonths;
    conditions.push({
      id: 'jht.partial.membership',
      met: longEnough,
      decisive: !longEnough,
      text: longEnough
        ? { id: `Kepesertaan ${p.membershipMonths} bulan ≥ ${v.minMembershipMonths}.`, en: `Membership ${p.membershipMonths} months ≥ ${v.minMembershipMonths}.` }
        : { id: `Kepesertaan ${p.membershipMonths} bulan < ${v.minMembershipMonths}: belum boleh diambil sebagian.`, en: `Membership ${p.membershipMonths} months < ${v.minMembershipMonths}: no partial withdrawal yet.` },
      citations: rule.citations,
    });
    conditions.push({
      id: 'jht.partial.once',
      met: !p.previousPartialWithdrawal,
      decisive: p.previousPartialWithdrawal,
      text: p.previousPartialWithdrawal ? { id: 'Pengambilan sebagian sudah pernah dilakukan (hanya sekali).', en: 'A partial withdrawal was already made (allowed once).' } : { id: 'Belum pernah mengambil sebagian.', en: 'No earlier partial withdrawal.' },
      citations: rule.citations,
    });
    const allowed = longEnough && !p.previousPartialWithdrawal;
    const amount = allowed ? exactAmount(p.balance, 1, [rate], o.rounding) : (0 as Rupiah);
    const purpose = p.purpose === 'housing' ? { id: 'perumahan', en: 'housing' } : { id: 'keperluan lain persiapan pensiun', en: 'other retirement preparation' };
    return {
      program: 'JHT',
      kind: 'partial',
      regime: regimeOf(rule),
      allowed,
      amount,
      percent: rate.percent,
      payableFrom: null,
      conditions,
      rounding: o.rounding,
      explanation: [
        ...conditions.filter((c) => c.decisive).map((c) => c.text),
        allowed
          ? { id: `Paling banyak ${rate.percent} % × ${formatRupiah(senToDecimalString(p.balance))} = ${formatRupiah(amount)} untuk ${purpose.id}.`, en: `At most ${rate.percent} % × ${formatRupiah(senToDecimalString(p.balance))} = ${formatRupiah(amount)} for ${purpose.en}.` }
          : { id: 'Tidak ada yang dapat diambil sekarang.', en: 'Nothing may be withdrawn now.' },
      ],
      lawUsed: trail.used(),
    };
  }
  const at = p.eventDate ?? p.requestDate;
  const rule = trail.get('benefit.jht.payoutTriggers', at);
  const v = rule.value;
  let payableFrom: CalendarDate;
  if (p.trigger === 'retirementAge') {
    if (p.birthDate === undefined) fail({ code: 'missing_fact', path: ['input', 'birthDate'], message: 'The retirement-age payout needs the date of birth', fact: 'birthDate' });
    const age = ageOn(p.birthDate, p.requestDate);
    const met = age >= v.retirementAge;
    conditions.push({
      id: 'jht.full.retirementAge',
      met,
      decisive: !met,
      text: met ? { id: `Usia ${age} ≥ ${v.retirementAge}.`, en: `Aged ${age} ≥ ${v.retirementAge}.` } : { id: `Usia ${age} < ${v.retirementAge}: belum dapat dibayar karena usia.`, en: `Aged ${age} < ${v.retirementAge}: not yet payable on account of age.` },
      citations: rule.citations,
    });
    payableFrom = p.requestDate;
  } else {
    if (p.eventDate === undefined) fail({ code: 'missing_fact', path: ['input', 'eventDate'], message: `The ${p.trigger} payout needs the date of the event`, fact: 'eventDate' });
    const wait = v.waitingMonths[p.trigger];
    payableFrom = addMonthsToDate(p.eventDate, wait);
    const met = p.requestDate >= payableFrom;
    conditions.push({
      id: 'jht.full.waitingPeriod',
      met,
      decisive: !met,
      text: met
        ? { id: `${TRIGGER_TEXT[p.trigger].id} pada ${p.eventDate}; dapat dibayar sejak ${payableFrom}.`, en: `${TRIGGER_TEXT[p.trigger].en} on ${p.eventDate}; payable from ${payableFrom}.` }
        : { id: `${TRIGGER_TEXT[p.trigger].id} pada ${p.eventDate}: masa tunggu ${wait} bulan, baru dapat dibayar sejak ${payableFrom}.`, en: `${TRIGGER_TEXT[p.trigger].en} on ${p.eventDate}: a ${wait}-month wait, payable only from ${payableFrom}.` },
      citations: rule.citations,
    });
  }
  const allowed = conditions.every((c) => c.met);
  const amount = allowed ? exactAmount(p.balance, 1, [], o.rounding) : (0 as Rupiah);
  return {
    program: 'JHT',
    kind: 'full',
    regime: regimeOf(rule),
    allowed,
    amount,
    percent: '100',
    payableFrom,
    conditions,
    rounding: o.rounding,
    explanation: [
      { id: `Pembayaran penuh karena ${TRIGGER_TEXT[p.trigger].id}: berlaku ${regimeOf(rule)}.`, en: `Full payout on ${TRIGGER_TEXT[p.trigger].en}: ${regimeOf(rule)} applies.` },
      ...conditions.map((c) => c.text),
      { id: allowed ? `Seluruh saldo ${formatRupiah(amount)}.` : 'Belum dapat dibayar.', en: allowed ? `The whole balance, ${formatRupiah(amount)}.` : 'Not payable yet.' },
    ],
    lawUsed: trail.used(),
  };
}


