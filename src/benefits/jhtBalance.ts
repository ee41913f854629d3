/**
 * `jhtBalance`: a projection of an old-age savings (*Jaminan Hari Tua*) balance.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, YearMonthSchema, type YearMonth } from '../core/calendar';
import { Dec } from '../core/decimal';
import type { BilingualText } from '../core/explain';
import { HALF_UP_TO_RUPIAH, RoundingSchema, roundRupiahBy, senSchema, senToDecimalString, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import { jht as text } from './messages';
import { step } from './result';

/**
 * How an assumed annual return becomes a monthly one: `effective_annual` (the default) uses
 * i = (1 + r)^(1/12) − 1, so twelve months compound to exactly r; `nominal_monthly` uses i = r / 12
 * (twelve months then give slightly more than r).
 */
export type CompoundingConvention = 'effective_annual' | 'nominal_monthly';

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
  /** How the annual return is turned into a monthly one (default `effective_annual`). */
  readonly convention?: CompoundingConvention;
}

/** Schema of {@link JhtProjectionInput}. */
export const JhtProjectionInputSchema = /* @__PURE__ */ ownStrictObject({
  startMonth: YearMonthSchema,
  contributions: z.array(senSchema).min(1).max(1200),
  openingBalance: senSchema,
  annualReturnPercent: z.string().regex(/^-?\d{1,2}(?:\.\d{1,6})?$/, 'Expected an annual return as percent text such as "5" or "4.75"'),
  convention: z.enum(['effective_annual', 'nominal_monthly']).optional(),
});

/** Options of {@link jhtBalance} (it reads no law: only the display rounding). */
export interface JhtBalanceOptions {
  /** Rounding of the displayed amounts (default half-up to the rupiah; the arithmetic is not rounded). */
  readonly rounding?: Rounding;
}

const OptionsSchema = /* @__PURE__ */ ownStrictObject({ rounding: RoundingSchema.optional() }).optional();

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
  /** The steps (an assumption, not law: no citations). */
  readonly explanation: readonly ExplanationStep[];
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
export function jhtBalance(input: JhtProjectionInput, options?: JhtBalanceOptions): JhtProjection {
  const p = parseInput(JhtProjectionInputSchema, input, ['input']);
  const rounding = parseInput(OptionsSchema, options, ['options'])?.rounding ?? HALF_UP_TO_RUPIAH;
  const convention = p.convention ?? 'effective_annual';
  const r = new Dec(p.annualReturnPercent).div(100);
  const i = convention === 'effective_annual' ? r.plus(1).pow(new Dec(1).div(12)).minus(1) : r.div(12);
  const display = (d: Dec): Rupiah => roundRupiahBy(d.toDecimalPlaces(20).toString(), rounding);
  let balance = new Dec(senToDecimalString(p.openingBalance));
  let contributed = new Dec(0);
  const months: JhtProjectionMonth[] = p.contributions.map((c, k) => {
    const earned = balance.times(i);
    const contribution = new Dec(senToDecimalString(c));
    balance = balance.plus(earned).plus(contribution);
    contributed = contributed.plus(contribution);
    return { month: addMonths(p.startMonth, k), contribution: contribution.toString(), returns: display(earned), balance: display(balance), exactBalance: balance.toDecimalPlaces(6).toString() };
  });
  const opening = senToDecimalString(p.openingBalance);
  const finalBalance = display(balance);
  const totalReturns = display(balance.minus(opening).minus(contributed));
  const rateText = i.toDecimalPlaces(20).toString();
  const formula = convention === 'effective_annual' ? '(1 + r)^(1/12) − 1' : 'r / 12';
  return {
    program: 'JHT',
    convention,
    monthlyRate: rateText,
    timing: text.timing,
    months,
    openingBalance: opening,
    totalContributions: contributed.toString(),
    totalReturns,
    finalBalance,
    rounding,
    explanation: [step(text.assumedReturn(p.annualReturnPercent, formula, rateText)), step(text.timing), step(text.finalBalance(finalBalance, months.length, contributed.toString(), totalReturns))],
  };
}
