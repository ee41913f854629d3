/**
 * `allocate`: split an amount of rupiah by percentages or ratios so that the parts always add up
 * to the whole, with a named policy for the indivisible rupiah left over after rounding down.
 *
 * Shares are a list, `[{ party, percent }]` or `[{ party, ratio }]`, the same shape as a funding
 * arrangement's shares; the order of the list is the tie-break order.
 *
 * Why not dinero.js: its `allocate` gives the leftover units to the largest ratios first, which is
 * not the largest-remainder (Hamilton) method: 7 split 3:2 gives dinero [5, 2] but Hamilton [4, 3]
 * (quotas 4.2 and 2.8; the second part has the larger fractional remainder).
 *
 * @module
 */
import * as z from 'zod';
import { fail, showValue } from '../core/errors';
import { senSchema, type AmountInput, type Rupiah } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import * as m from './messages';
import { decimalToUnits, rationalText } from './rational';

/** The size of a share as a caller writes it: a non-negative number or decimal text with at most 8 decimals (`3`, `"33.5"`). */
export type ShareValue = number | string;

/** A party's share as a percentage of the whole: the percentages of a split add up to exactly 100. */
export interface PercentShare {
  /** The party (1 to 100 characters): a name, a funder id. */
  readonly party: string;
  /** Its percentage (`"60"`, `33.5`). */
  readonly percent: ShareValue;
}

/** A party's share as a ratio: a relative weight (the ratios of a split need not add up to anything). */
export interface RatioShare {
  /** The party (1 to 100 characters): a name, a funder id. */
  readonly party: string;
  /** Its weight (`3`, `"0.5"`). */
  readonly ratio: ShareValue;
}

/** One share: a party and its percentage or ratio. */
export type ShareInput = PercentShare | RatioShare;

/**
 * The shares of a split, in tie-break order: all percentages (adding up to exactly 100) or all
 * ratios; mixing the two in one split is a typed error. Each party appears once.
 */
export type Shares = readonly PercentShare[] | readonly RatioShare[];

/**
 * What to do with the rupiah left over after every part is rounded down to its whole-rupiah
 * quota (at most one rupiah fewer than there are parts):
 * - `largest_remainder` (Hamilton, the default): one rupiah each to the parts with the largest
 *   fractional remainders. Ties are broken deterministically: the larger remainder first, then
 *   the larger share, then the earlier position in the list. Position matters only between
 *   parties with equal shares (their remainders are then equal too), so reordering the shares
 *   moves no rupiah between parties with different shares. No part then differs from its exact
 *   quota by a whole rupiah or more.
 * - `to_party`: every leftover rupiah to one named party, e.g. the province that agreed to absorb
 *   rounding.
 */
export type RemainderPolicy = { readonly method: 'largest_remainder' } | { readonly method: 'to_party'; readonly party: string };

/** The options of {@link allocate}. */
export interface AllocateOptions {
  /** Where the rupiah left over by rounding down go (default `{ method: 'largest_remainder' }`). */
  readonly remainder?: RemainderPolicy;
}

/** One part of an allocation. */
export interface AllocationPart {
  /** The party, as given. */
  readonly party: string;
  /** Its share as given (decimal text): the percentage or the ratio. */
  readonly share: string;
  /** The exact quota `amount × share / Σ shares`: a terminating decimal, or a reduced fraction `n/d`. */
  readonly quota: string;
  /** The quota rounded down to whole rupiah. */
  readonly floor: Rupiah;
  /** Rupiah added to the floor by the remainder policy. */
  readonly remainderAdded: Rupiah;
  /** The part: floor + remainder added. */
  readonly amount: Rupiah;
}

/** The result of {@link allocate}. */
export interface Allocation {
  /** The amount split. */
  readonly amount: Rupiah;
  /** The parts, in the order of the shares. */
  readonly parts: readonly AllocationPart[];
  /** Just the amounts, in the order of the shares. */
  readonly amounts: readonly Rupiah[];
  /**
   * The amounts by party. A prototype-less record: every party is an own key (also one named
   * `__proto__`), and a name that is not a party (`constructor`, `toString`) reads as `undefined`.
   */
  readonly byParty: Readonly<Record<string, Rupiah>>;
  /** Rupiah left over after rounding every quota down, assigned by the remainder policy. */
  readonly remainder: Rupiah;
  /** Whether the shares were percentages or ratios. */
  readonly shareKind: 'percent' | 'ratio';
  /** The remainder policy applied, with the default filled in. */
  readonly remainderPolicy: RemainderPolicy;
  /** The arithmetic, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly ExplanationStep[];
}

const SHARE_SCALE = 8;
const SHARE_TEXT = /^\d{1,15}(?:\.\d{1,8})?$/;
const HUNDRED = 100n * 10n ** BigInt(SHARE_SCALE);
const MAX_PARTY_NAME = 100;
const LARGEST_REMAINDER = Object.freeze({ method: 'largest_remainder' } as const);

/** Schema of a {@link ShareValue}: a non-negative number or decimal text with at most 8 decimals; parsed into decimal text. */
export const ShareValueSchema = z.union([z.number(), z.string()]).transform((value, ctx): string => {
  const textValue = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'x') : value;
  if (!SHARE_TEXT.test(textValue)) {
    ctx.addIssue({ code: 'custom', message: `Expected a share of zero or more with at most 8 decimals (e.g. 3 or "33.5"), got ${showValue(value)}`, input: value });
    return z.NEVER;
  }
  return textValue;
});

const PartySchema = z.string().check((ctx) => {
  if (ctx.value.length < 1 || ctx.value.length > MAX_PARTY_NAME) {
    ctx.issues.push({ code: 'custom', message: `A party name has 1 to ${MAX_PARTY_NAME} characters; got ${showValue(ctx.value)}`, input: ctx.value });
  }
});

/**
 * Schema of a {@link ShareInput}: `{ party, percent }` or `{ party, ratio }` (exactly one of the
 * two), the size parsed into decimal text.
 */
export const ShareSchema = ownStrictObject({ party: PartySchema, percent: ShareValueSchema.optional(), ratio: ShareValueSchema.optional() }).check((ctx) => {
  const { percent, ratio } = ctx.value;
  if ((percent === undefined) === (ratio === undefined)) {
    const message = percent === undefined ? 'A share needs its size: { party, percent } or { party, ratio }' : 'A share is a percent or a ratio, not both';
    ctx.issues.push({ code: 'custom', message, input: ctx.value, path: percent === undefined ? ['percent'] : ['ratio'] });
  }
});

/** A parsed share. @internal */
export type ParsedShare = z.output<typeof ShareSchema>;

/** The kind of a parsed share. @internal */
export function shareKindOf(share: ParsedShare): 'percent' | 'ratio' {
  return share.percent === undefined ? 'ratio' : 'percent';
}

/** A parsed share's size as decimal text. @internal */
export function shareText(share: ParsedShare): string {
  return (share.percent ?? share.ratio)!;
}

/** A parsed share's size in units of 10^-8. @internal */
export function shareUnits(share: ParsedShare): bigint {
  return decimalToUnits(shareText(share), SHARE_SCALE);
}

/**
 * Schema of a list of 1 to `max` shares, checked as a whole: one kind, each party once, at least
 * one share above zero, percentages adding up to exactly 100. @internal
 */
export function sharesSchema(max: number) {
  return z.array(ShareSchema).check((ctx) => {
    const shares = ctx.value;
    if (shares.length < 1 || shares.length > max) {
      ctx.issues.push({ code: 'custom', message: `Expected 1 to ${max} shares, got ${shares.length}`, input: shares });
      return;
    }
    const kind = shareKindOf(shares[0]!);
    const mixed = shares.findIndex((s) => shareKindOf(s) !== kind);
    if (mixed >= 0) {
      ctx.issues.push({ code: 'custom', message: `Shares are all percentages or all ratios: share 0 is a ${kind}, share ${mixed} a ${shareKindOf(shares[mixed]!)}`, input: shares, path: [mixed] });
      return;
    }
    const seen = new Set<string>();
    shares.forEach((s, i) => {
      if (seen.has(s.party)) ctx.issues.push({ code: 'custom', message: `Party ${showValue(s.party)} is listed twice`, input: shares, path: [i, 'party'] });
      seen.add(s.party);
    });
    let sum = 0n;
    for (const s of shares) sum += shareUnits(s);
    if (sum === 0n) ctx.issues.push({ code: 'custom', message: 'At least one share must be greater than zero', input: shares });
    else if (kind === 'percent' && sum !== HUNDRED) {
      ctx.issues.push({ code: 'custom', message: `Percentages must add up to exactly 100; they add up to ${rationalText(sum, 10n ** BigInt(SHARE_SCALE))}`, input: shares });
    }
  });
}

/**
 * Schema of {@link Shares}: 1 to 1000 shares, all percentages (adding up to exactly 100) or all
 * ratios, each party once, at least one above zero.
 */
export const SharesSchema = sharesSchema(1000);

/** Schema of a {@link RemainderPolicy}. */
export const RemainderPolicySchema = z.discriminatedUnion('method', [
  ownStrictObject({ method: z.literal('largest_remainder') }),
  ownStrictObject({ method: z.literal('to_party'), party: z.string().min(1).max(MAX_PARTY_NAME) }),
]);

/** Schema of {@link AllocateOptions}. */
export const AllocateOptionsSchema = ownStrictObject({ remainder: RemainderPolicySchema.optional() }).optional();

/** Schema of a whole-rupiah amount of zero or more (an {@link AmountInput} without sen); parses into a safe integer. */
export const WholeRupiahSchema = senSchema.transform((sen, ctx): Rupiah => {
  if (sen % 100 !== 0) {
    ctx.addIssue({ code: 'custom', message: 'Expected whole rupiah (no sen)', input: sen });
    return z.NEVER;
  }
  return (sen / 100) as Rupiah;
});

/** The leftover policy with the party resolved to a position. @internal */
export type ResolvedRemainder = { readonly method: 'largest_remainder' } | { readonly method: 'to_party'; readonly index: number };

/** Resolve a remainder policy against the parties; an unknown party is a typed error at `path`. @internal */
export function resolveRemainder(policy: RemainderPolicy | undefined, parties: readonly string[], path: readonly (string | number)[]): ResolvedRemainder {
  if (policy === undefined || policy.method === 'largest_remainder') return LARGEST_REMAINDER;
  const index = parties.indexOf(policy.party);
  if (index < 0) fail({ code: 'invalid_input', path: [...path], message: `Unknown party ${showValue(policy.party)}; parties are ${listParties(parties)}`, reason: 'custom' });
  return { method: 'to_party', index };
}

/** The parties, for an error message: the first ten, then how many in all. */
function listParties(parties: readonly string[]): string {
  const shown = parties.slice(0, 10).map(showValue).join(', ');
  return parties.length > 10 ? `${shown}, … (${parties.length} in all)` : shown;
}

/** An exact split of whole units. @internal */
export interface UnitSplit {
  /** Amount per part. */
  readonly amounts: bigint[];
  /** Floor of each quota. */
  readonly floors: bigint[];
  /** `amount × weight mod Σ weights` per part (the fractional remainder times Σ weights). */
  readonly remainders: bigint[];
  /** Σ weights. */
  readonly total: bigint;
  /** Units left after the floors. */
  readonly leftover: bigint;
}

/**
 * Split `amount` units by integer `weights` (at least one positive). Exact; the parts sum to
 * `amount`. Hamilton tie-break: larger remainder, then larger weight, then earlier position.
 * @internal
 */
export function splitUnits(amount: bigint, weights: readonly bigint[], remainder: ResolvedRemainder): UnitSplit {
  let total = 0n;
  for (const w of weights) total += w;
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let assigned = 0n;
  for (const w of weights) {
    const product = amount * w;
    const f = product / total;
    floors.push(f);
    remainders.push(product - f * total);
    assigned += f;
  }
  const leftover = amount - assigned;
  const amounts = [...floors];
  if (leftover > 0n) {
    if (remainder.method === 'to_party') amounts[remainder.index] = (amounts[remainder.index] ?? 0n) + leftover;
    else for (const i of hamiltonOrder(weights, remainders).slice(0, Number(leftover))) amounts[i] = amounts[i]! + 1n;
  }
  return { amounts, floors, remainders, total, leftover };
}

/** Positions in Hamilton order: larger remainder, then larger weight, then earlier position. */
function hamiltonOrder(weights: readonly bigint[], remainders: readonly bigint[]): number[] {
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    if (ra !== rb) return ra > rb ? -1 : 1;
    const wa = weights[a]!;
    const wb = weights[b]!;
    if (wa !== wb) return wa > wb ? -1 : 1;
    return a - b;
  });
  return order;
}

/**
 * Split an amount of whole rupiah by percentages or ratios (*pembagian iuran antar penyandang
 * dana*). The shares are a list, `[{ party, percent }]` (adding up to exactly 100) or
 * `[{ party, ratio }]`; the parts always add up exactly to the amount; the rupiah that rounding
 * leaves over go by a named {@link RemainderPolicy}: largest remainder (Hamilton) by default, with
 * a deterministic tie-break (larger remainder, then larger share, then earlier position in the
 * list), or all to one named party. Arithmetic is exact (BigInt), whatever the size of the shares.
 *
 * @example
 * ```ts
 * import { allocate } from 'jamsostek';
 * allocate(7, [{ party: 'a', ratio: 3 }, { party: 'b', ratio: 2 }]).amounts; // [4, 3] (Hamilton; dinero.js gives [5, 2])
 * allocate(100, [{ party: 'province', percent: '50' }, { party: 'regency', percent: '30' }, { party: 'village', percent: '20' }]).byParty;
 * // { province: 50, regency: 30, village: 20 }
 * const equal = [{ party: 'province', ratio: 1 }, { party: 'regency', ratio: 1 }, { party: 'village', ratio: 1 }];
 * allocate(100, equal).amounts;                                                      // [34, 33, 33] (tie: earlier position)
 * allocate(100, equal, { remainder: { method: 'to_party', party: 'village' } }).amounts; // [33, 33, 34]
 * ```
 */
export function allocate(amount: AmountInput, shares: Shares, options?: AllocateOptions): Allocation {
  const whole = parseInput(WholeRupiahSchema, amount, ['amount']);
  const list = parseInput(SharesSchema, shares, ['shares']);
  // Own keys only (core/validate): the parsed options have no prototype.
  const remainderPolicy = (parseInput(AllocateOptionsSchema, options, ['options']) ?? NO_OPTIONS).remainder ?? LARGEST_REMAINDER;
  const parties = list.map((s) => s.party);
  const texts = list.map(shareText);
  const weights = list.map(shareUnits);
  const shareKind = shareKindOf(list[0]!);
  const split = splitUnits(BigInt(whole), weights, resolveRemainder(remainderPolicy, parties, ['options', 'remainder', 'party']));
  const parts: AllocationPart[] = parties.map((party, i) => ({
    party,
    share: texts[i]!,
    quota: rationalText(BigInt(whole) * weights[i]!, split.total),
    floor: Number(split.floors[i]!) as Rupiah,
    remainderAdded: Number(split.amounts[i]! - split.floors[i]!) as Rupiah,
    amount: Number(split.amounts[i]!) as Rupiah,
  }));
  // Prototype-less: a party named "__proto__" is an own key, and no inherited key reads as a party.
  const byParty = Object.create(null) as Record<string, Rupiah>;
  for (const p of parts) byParty[p.party] = p.amount;
  const remainder = Number(split.leftover) as Rupiah;
  return {
    amount: whole,
    parts,
    amounts: parts.map((p) => p.amount),
    byParty,
    remainder,
    shareKind,
    remainderPolicy,
    explanation: m.allocationSteps(whole, shareKind, texts, parts, remainder, remainderPolicy),
  };
}
