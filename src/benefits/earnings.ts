/**
 * The earnings behind a wage-related benefit: one shape for every benefit that reads earnings,
 * `{ segment: 'PU', wage }` or `{ segment: 'BPU', income }`.
 *
 * @module
 */
import * as z from 'zod';
import { yearMonthOf, type CalendarDate } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import { positiveSenSchema, senToDecimalString, type AmountInput, type Sen } from '../core/money';
import { ownStrictObject } from '../core/validate';
import type { PathSegment } from '../core/errors';
import type { Citation } from '../law/citation';
import { bpuIncomeBracket } from '../contributions/bpuIncomeBracket';
import { common } from './messages';
import type { LawTrail } from './trail';

/** The earnings on which wage-related benefits are computed. */
export type EarningsInput =
  /** PU: the last reported monthly wage (*upah sebulan*). */
  | { readonly segment: 'PU'; readonly wage: AmountInput }
  /** BPU: the declared monthly income (*penghasilan*); the benefit uses its bracket base (*dasar penghasilan*). */
  | { readonly segment: 'BPU'; readonly income: AmountInput };

/** Rp100 billion in sen: beyond any real wage, and it keeps every product exact. */
const MAX_EARNINGS_SEN = 100_000_000_000 * 100;
const earningsAmount = (what: string) => positiveSenSchema.refine((s) => s <= MAX_EARNINGS_SEN, { message: `A monthly ${what} above Rp100,000,000,000 is not accepted` });

/** Schema of {@link EarningsInput}. */
export const EarningsSchema = /* @__PURE__ */ z.discriminatedUnion('segment', [
  ownStrictObject({ segment: z.literal('PU'), wage: earningsAmount('wage') }),
  ownStrictObject({ segment: z.literal('BPU'), income: earningsAmount('income') }),
]);

/** The wage base resolved for an event. */
export interface EarningsBase {
  /** PU or BPU. */
  readonly segment: 'PU' | 'BPU';
  /** The base in rupiah as exact decimal text. */
  readonly base: string;
  /** How it was found, in both languages. */
  readonly derivation: BilingualText;
}

/** The base in sen, the base as a result reports it, and the citations of its derivation. @internal */
export interface ResolvedEarnings {
  readonly sen: Sen;
  readonly base: EarningsBase;
  readonly citations: readonly Citation[];
}

/**
 * Resolve the wage base: the PU wage, or the BPU bracket base in the month of the event (a month
 * without an income table is an error at `datePath`, the event date's input). @internal
 */
export function resolveEarnings(earnings: z.output<typeof EarningsSchema>, eventDate: CalendarDate, datePath: readonly PathSegment[], trail: LawTrail): ResolvedEarnings {
  if (earnings.segment === 'PU') {
    const wage = senToDecimalString(earnings.wage);
    return { sen: earnings.wage, base: { segment: 'PU', base: wage, derivation: common.lastWage(wage) }, citations: [] };
  }
  const month = yearMonthOf(eventDate);
  const income = senToDecimalString(earnings.income);
  const table = trail.get('bpu.incomeBrackets', month, datePath);
  const bracket = bpuIncomeBracket(income, month, { law: trail.law });
  return {
    sen: (bracket.base * 100) as Sen,
    base: { segment: 'BPU', base: String(bracket.base), derivation: common.bpuIncome(income, bracket.row, bracket.base) },
    citations: table.citations,
  };
}
