/**
 * `jhtWithdrawal`: what may be withdrawn from an old-age savings (*Jaminan Hari Tua*) balance.
 *
 * @module
 */
import * as z from 'zod';
import { ageOn, CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import { senSchema, senToDecimalString, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import type { JhtPayoutTrigger } from '../law/parameters/benefitsJhtJp';
import { addMonthsToDate, exactAmount } from './amount';
import { jht as text } from './messages';
import { parseBenefitOptions, type BenefitOptions, type ResolvedBenefitOptions } from './options';
import { condition, decisiveSteps, step, type BenefitCondition } from './result';
import { LawTrail, regimeOf } from './trail';

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
      /** The kind of event that triggers the payout. */
      readonly trigger: JhtPayoutTrigger;
      /** Date of the event (resignation, PHK, contract end, death...); for `retirement_age`, not needed. */
      readonly eventDate?: string;
      /** Date of birth (needed for `retirement_age`). */
      readonly birthDate?: string;
    };

const TRIGGERS = ['retirement_age', 'total_permanent_disability', 'death', 'resignation', 'termination', 'contract_ended', 'bpu_stopped_working', 'left_indonesia'] as const;

/** Schema of {@link JhtWithdrawalInput}. */
export const JhtWithdrawalInputSchema = /* @__PURE__ */ z.discriminatedUnion('kind', [
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
    trigger: z.enum(TRIGGERS),
    eventDate: CalendarDateSchema.optional(),
    birthDate: CalendarDateSchema.optional(),
  }).check((ctx) => {
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
  /** The steps, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

type Parsed = z.output<typeof JhtWithdrawalInputSchema>;
type Partial_ = Extract<Parsed, { kind: 'partial' }>;
type Full = Extract<Parsed, { kind: 'full' }>;

function partialWithdrawal(p: Partial_, o: ResolvedBenefitOptions, trail: LawTrail): JhtWithdrawal {
  const rule = trail.get('benefit.jht.partialWithdrawal', p.requestDate, ['input', 'requestDate']);
  const v = rule.value;
  const rate = p.purpose === 'housing' ? v.housing : v.other;
  const conditions = [
    condition('jht.partial.membership', p.membershipMonths >= v.minMembershipMonths, text.membership(p.membershipMonths, v.minMembershipMonths), rule.citations),
    condition('jht.partial.once', !p.previousPartialWithdrawal, text.once(p.previousPartialWithdrawal), rule.citations),
  ];
  const allowed = conditions.every((c) => c.met);
  const amount = allowed ? exactAmount(p.balance, 1, [rate], o.rounding) : (0 as Rupiah);
  const outcome = allowed ? text.partialAmount(rate.percent, senToDecimalString(p.balance), amount, text.purpose[p.purpose]) : text.nothingNow;
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
    explanation: [...decisiveSteps(conditions), step(outcome, rule.citations)],
    lawUsed: trail.used(),
  };
}

function fullPayout(p: Full, o: ResolvedBenefitOptions, trail: LawTrail): JhtWithdrawal {
  const atEvent = p.eventDate !== undefined;
  const rule = trail.get('benefit.jht.payoutTriggers', p.eventDate ?? p.requestDate, ['input', atEvent ? 'eventDate' : 'requestDate']);
  const v = rule.value;
  const trigger = text.trigger[p.trigger];
  let payableFrom: CalendarDate;
  let checked: BenefitCondition;
  if (p.trigger === 'retirement_age') {
    if (p.birthDate === undefined) fail({ code: 'missing_fact', path: ['input', 'birthDate'], message: text.missingBirthDate, fact: 'birthDate' });
    const age = ageOn(p.birthDate, p.requestDate);
    checked = condition('jht.full.retirementAge', age >= v.retirementAge, text.age(age, v.retirementAge), rule.citations);
    payableFrom = p.requestDate;
  } else {
    if (p.eventDate === undefined) fail({ code: 'missing_fact', path: ['input', 'eventDate'], message: text.missingEventDate(p.trigger), fact: 'eventDate' });
    const wait = v.waitingMonths[p.trigger];
    payableFrom = addMonthsToDate(p.eventDate, wait);
    const met = p.requestDate >= payableFrom;
    checked = condition('jht.full.waitingPeriod', met, text.waiting(trigger, p.eventDate, wait, payableFrom, met), rule.citations);
  }
  const allowed = checked.met;
  const amount = allowed ? exactAmount(p.balance, 1, [], o.rounding) : (0 as Rupiah);
  return {
    program: 'JHT',
    kind: 'full',
    regime: regimeOf(rule),
    allowed,
    amount,
    percent: '100',
    payableFrom,
    conditions: [checked],
    rounding: o.rounding,
    explanation: [step(text.fullHeading(trigger, regimeOf(rule)), rule.citations), step(checked.text, checked.citations), step(text.wholeBalance(amount, allowed), rule.citations)],
    lawUsed: trail.used(),
  };
}

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
  const o = parseBenefitOptions(options);
  const trail = new LawTrail(o.law, o.projection);
  return p.kind === 'partial' ? partialWithdrawal(p, o, trail) : fullPayout(p, o, trail);
}
