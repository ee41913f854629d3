/**
 * `allocate`: split an amount of rupiah by ratios or percentages so that the parts always add up
 * to the whole, with a named policy for the indivisible rupiah left over after rounding down.
 *
 * Why not dinero.js: its `allocate` gives the leftover units to the largest ratios first, which is
 * not the largest-remainder (Hamilton) method: 7 split 3:2 gives dinero [5, 2] but Hamilton [4, 3]
 * (quotas 4.2 and 2.8; the second part has the larger fractional remainder).
 *
 * @module
 */
import * as z from 'zod';
import { fail, showValue } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { formatRupiah, senSchema, type AmountInput, type Rupiah } from '../core/money';
import { isArray, ownStrictObject, parseInput } from '../core/validate';
import { decimalToUnits, rationalText } from './rational';

/** A share as a caller writes it: a non-negative number or decimal text with at most 8 decimals (`3`, `"33.5"`). */
export type ShareInput = number | string;

/**
 * What to do with the rupiah left over after every part is rounded down to its whole-rupiah
 * quota (at most one rupiah fewer than there are parts):
 * - `largest_remainder` (Hamilton, the default): one rupiah each to the parts with the largest
 *   fractional remainders. Ties are broken deterministically: the larger remainder first, then
 *   the larger share, then the earlier position. Position matters only between parties with
 *   equal shares (their remainders are then equal too), so reordering the shares moves no rupiah
 *   between parties with different shares. For a record, the position is the order of
 *   `Object.keys`: names that are array indexes ("1", "2") first, in numeric order, then the
 *   others in the order written. No part then differs from its exact quota by a whole rupiah or
 *   more.
 * - `to_party`: every leftover rupiah to one named party (by name, or by position for an array of
 *   shares), e.g. the province that agreed to absorb rounding.
 */
export type RemainderPolicy = { readonly method: 'largest_remainder' } | { readonly method: 'to_party'; readonly party: string | number };

/** How {@link allocate} reads the shares and assigns the remainder. */
export interface AllocationPolicy {
  /** `ratio` (default): shares are relative weights; `percent`: shares are percentages that must add up to exactly 100. */
  readonly shares?: 'ratio' | 'percent';
  /** The remainder policy (default `largest_remainder`). */
  readonly remainder?: RemainderPolicy;
}

/** One part of an allocation. */
export interface AllocationPart {
  /** The party: its name for a record of shares, its position (0-based) for an array. */
  readonly party: string | number;
  /** The share as given (decimal text). */
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
  /** The parts, in the order of the shares (for a record: its own keys in `Object.keys` order). */
  readonly parts: readonly AllocationPart[];
  /** Just the amounts, in the order of the shares. */
  readonly amounts: readonly Rupiah[];
  /**
   * The amounts by party name (for a record of shares); by position as text for an array. A
   * prototype-less record: every party is an own key (also one named `__proto__`), and a name
   * that is not a party (`constructor`, `toString`) reads as `undefined`.
   */
  readonly byParty: Readonly<Record<string, Rupiah>>;
  /** Rupiah left over after rounding every quota down, assigned by the policy. */
  readonly remainder: Rupiah;
  /** The policy applied, with defaults filled in. */
  readonly policy: { readonly shares: 'ratio' | 'percent'; readonly remainder: RemainderPolicy };
  /** The arithmetic, step by step, in Bahasa Indonesia and English. */
  readonly explanation: readonly BilingualText[];
}

const SHARE_SCALE = 8;
const SHARE_TEXT = /^\d{1,15}(?:\.\d{1,8})?$/;

/** Schema of one share: a non-negative number or decimal text with at most 8 decimals; parsed into decimal text. */
export const ShareSchema = z.union([z.number(), z.string()]).transform((value, ctx): string => {
  const textValue = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : 'x') : value;
  if (!SHARE_TEXT.test(textValue)) {
    ctx.addIssue({ code: 'custom', message: `Expected a share of zero or more with at most 8 decimals (e.g. 3 or "33.5"), got ${showValue(value)}`, input: value });
    return z.NEVER;
  }
  return textValue;
});

/** Schema of a {@link RemainderPolicy}. */
export const RemainderPolicySchema = z.discriminatedUnion('method', [
  ownStrictObject({ method: z.literal('largest_remainder') }),
  ownStrictObject({ method: z.literal('to_party'), party: z.union([z.string().min(1).max(100), z.number().int().nonnegative()]) }),
]);

/** Schema of an {@link AllocationPolicy}. */
export const AllocationPolicySchema = ownStrictObject({
  shares: z.enum(['ratio', 'percent']).optional(),
  remainder: RemainderPolicySchema.optional(),
})
  .optional();

/** Schema of a whole-rupiah amount of zero or more (an {@link AmountInput} without sen); parses into a safe integer. */
export const WholeRupiahSchema = senSchema.transform((sen, ctx): Rupiah => {
  if (sen % 100 !== 0) {
    ctx.addIssue({ code: 'custom', message: 'Expected whole rupiah (no sen)', input: sen });
    return z.NEVER;
  }
  return (sen / 100) as Rupiah;
});

const ShareListSchema = z.array(ShareSchema).min(1).max(1000);

const MAX_PARTIES = 1000;
const MAX_PARTY_NAME = 100;

/** True for an object literal, a `JSON.parse` object or a prototype-less object (not an array, a Map or a class instance). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null; // Object.prototype of any realm
}

/**
 * Schema of a record of shares, from party name to share. Read by its own keys only (inherited
 * keys never count) into a prototype-less record, so that a party named `__proto__`,
 * `constructor` or `toString` (as `JSON.parse` makes them) keeps its share: zod's `z.record`
 * drops a `__proto__` key. @internal
 */
const ShareRecordSchema = z.unknown().transform((value, ctx): Record<string, string> => {
  if (!isPlainRecord(value)) {
    ctx.addIssue({ code: 'custom', message: `Expected the shares as an array or an object from party name to share, got ${showValue(value)}`, input: value });
    return z.NEVER;
  }
  const keys = Reflect.ownKeys(value).filter((key) => Object.prototype.propertyIsEnumerable.call(value, key));
  if (keys.length < 1 || keys.length > MAX_PARTIES) {
    ctx.addIssue({ code: 'custom', message: `Expected 1 to ${MAX_PARTIES} parties, got ${keys.length}`, input: value });
    return z.NEVER;
  }
  const shares = Object.create(null) as Record<string, string>;
  for (const key of keys) {
    if (typeof key === 'symbol') {
      ctx.addIssue({ code: 'custom', message: 'A party is named by text; a symbol key cannot own a share', input: value, path: [String(key)] });
      continue;
    }
    if (key.length < 1 || key.length > MAX_PARTY_NAME) {
      ctx.addIssue({ code: 'custom', message: `A party name has 1 to ${MAX_PARTY_NAME} characters; got ${showValue(key)}`, input: value, path: [key] });
      continue;
    }
    const share = ShareSchema.safeParse(value[key]);
    if (share.success) shares[key] = share.data; // a prototype-less record: "__proto__" is an own key
    else for (const issue of share.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, input: value[key], path: [key, ...issue.path] });
  }
  return shares;
}) as unknown as z.ZodType<Readonly<Record<string, string>>, Readonly<Record<string, ShareInput>>>;

/**
 * Schema of the shares: an array of shares, or a record from party name to share (1 to 1000
 * parties, own keys only; a record parses into a prototype-less record, so that a party named
 * `__proto__` keeps its share).
 */
export const SharesSchema = z.union([ShareListSchema, ShareRecordSchema]);

/** The leftover policy with the party resolved to a position. @internal */
export type ResolvedRemainder = { readonly method: 'largest_remainder' } | { readonly method: 'to_party'; readonly index: number };

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
    if (remainder.method === 'to_party') {
      amounts[remainder.index] = (amounts[remainder.index] ?? 0n) + leftover;
    } else {
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
      for (let k = 0n; k < leftover; k++) {
        const i = order[Number(k)]!;
        amounts[i] = amounts[i]! + 1n;
      }
    }
  }
  return { amounts, floors, remainders, total, leftover };
}

/**
 * Refuse a party named by a symbol, as the record schema does: the door's own-data snapshot keeps
 * string keys only, so the schema would not see it, and a share would be dropped without a word.
 */
function refuseSymbolParties(shares: unknown): void {
  if (typeof shares !== 'object' || shares === null) return;
  let symbols: symbol[];
  try {
    symbols = Object.getOwnPropertySymbols(shares).filter((symbol) => Object.prototype.propertyIsEnumerable.call(shares, symbol));
  } catch {
    return; // a Proxy that cannot be read: the snapshot reports it
  }
  // By length: an empty array's [0] would be read from Object.prototype.
  if (symbols.length > 0) fail({ code: 'invalid_input', path: ['shares', String(symbols[0])], message: 'A party is named by text; a symbol key cannot own a share', reason: 'custom' });
}

/** The parties, for an error message: the first ten, then how many in all. */
function listParties(parties: readonly (string | number)[]): string {
  const shown = parties.slice(0, 10).map(showValue).join(', ');
  return parties.length > 10 ? `${shown}, … (${parties.length} in all)` : shown;
}

/**
 * Split an amount of whole rupiah by ratios or percentages (*pembagian iuran antar penyandang
 * dana*). The parts always add up exactly to the amount; the rupiah that rounding leaves over go
 * by a named {@link RemainderPolicy}: largest remainder (Hamilton) by default, with a
 * deterministic tie-break (larger remainder, then larger share, then earlier position), or all to
 * one named party. Arithmetic is exact (BigInt), whatever the size of the shares.
 *
 * @example
 * ```ts
 * import { allocate } from 'jamsostek';
 * allocate(7, [3, 2]).amounts;                                   // [4, 3] (Hamilton; dinero.js gives [5, 2])
 * allocate(100, { province: '50', regency: '30', village: '20' }, { shares: 'percent' }).byParty;
 * // { province: 50, regency: 30, village: 20 }
 * allocate(100, [1, 1, 1]).amounts;                              // [34, 33, 33] (tie: earlier position)
 * allocate(100, { province: 1, regency: 1, village: 1 }, { remainder: { method: 'to_party', party: 'village' } }).amounts;
 * // [33, 33, 34]
 * ```
 */
export function allocate(amount: AmountInput, shares: readonly ShareInput[] | Readonly<Record<string, ShareInput>>, policy?: AllocationPolicy): Allocation {
  const whole = parseInput(WholeRupiahSchema, amount, ['amount']);
  // An array is read as a list, anything else as a record, so the error names the share at fault
  // (a union would only say "Invalid input").
  if (!isArray(shares)) refuseSymbolParties(shares);
  const parsedShares = isArray(shares) ? parseInput(ShareListSchema, shares, ['shares']) : parseInput(ShareRecordSchema, shares, ['shares']);
  // Own keys only, in and out (core/validate: the snapshot of the policy, and `given`).
  const parsedPolicy = parseInput(AllocationPolicySchema, policy, ['policy']);
  const given = (key: 'shares' | 'remainder') => (parsedPolicy !== undefined && Object.hasOwn(parsedPolicy, key) ? parsedPolicy[key] : undefined);
  const named = !Array.isArray(parsedShares);
  const parties: (string | number)[] = named ? Object.keys(parsedShares) : parsedShares.map((_, i) => i);
  const shareTexts: string[] = named ? Object.values(parsedShares as Record<string, string>) : (parsedShares as string[]);
  const weights = shareTexts.map((s) => decimalToUnits(s, SHARE_SCALE));
  const kind = (given('shares') as AllocationPolicy['shares']) ?? 'ratio';
  let sum = 0n;
  for (const w of weights) sum += w;
  if (sum === 0n) fail({ code: 'invalid_input', path: ['shares'], message: 'At least one share must be greater than zero', reason: 'too_small' });
  if (kind === 'percent' && sum !== 100n * 10n ** BigInt(SHARE_SCALE)) {
    fail({ code: 'invalid_input', path: ['shares'], message: `Percentages must add up to exactly 100; they add up to ${rationalText(sum, 10n ** BigInt(SHARE_SCALE))}`, reason: 'custom' });
  }
  const remainderPolicy: RemainderPolicy = (given('remainder') as RemainderPolicy | undefined) ?? { method: 'largest_remainder' };
  let resolved: ResolvedRemainder = { method: 'largest_remainder' };
  let policyText = text(
    'sisa terbesar (Hamilton): 1 rupiah ke bagian dengan sisa pecahan terbesar; seri: bagian lebih besar, lalu urutan lebih awal',
    'largest remainder (Hamilton): 1 rupiah each to the largest fractional remainders; ties: larger share, then earlier position',
  );
  if (remainderPolicy.method === 'to_party') {
    const index = parties.indexOf(remainderPolicy.party);
    if (index < 0) {
      fail({ code: 'invalid_input', path: ['policy', 'remainder', 'party'], message: `Unknown party ${showValue(remainderPolicy.party)}; parties are ${listParties(parties)}`, reason: 'custom' });
    }
    resolved = { method: 'to_party', index };
    policyText = text(`sisa pembulatan seluruhnya ke ${String(remainderPolicy.party)}`, `rounding remainder all to ${String(remainderPolicy.party)}`);
  }
  const split = splitUnits(BigInt(whole), weights, resolved);
  const parts: AllocationPart[] = parties.map((party, i) => ({
    party,
    share: shareTexts[i]!,
    quota: rationalText(BigInt(whole) * weights[i]!, split.total),
    floor: Number(split.floors[i]!) as Rupiah,
    remainderAdded: Number(split.amounts[i]! - split.floors[i]!) as Rupiah,
    amount: Number(split.amounts[i]!) as Rupiah,
  }));
  // Prototype-less: a party named "__proto__" is an own key, and no inherited key reads as a party.
  const byParty = Object.create(null) as Record<string, Rupiah>;
  for (const p of parts) byParty[String(p.party)] = p.amount;
  const explanation: BilingualText[] = [
    text(
      `${formatRupiah(whole)} dibagi menurut ${kind === 'percent' ? 'persentase' : 'rasio'} ${shareTexts.join(' : ')}`,
      `${formatRupiah(whole)} split by ${kind === 'percent' ? 'percentages' : 'ratios'} ${shareTexts.join(' : ')}`,
    ),
    ...parts.map((p) =>
      text(
        `${String(p.party)}: kuota tepat ${p.quota}, dibulatkan ke bawah ${formatRupiah(p.floor)}${p.remainderAdded > 0 ? ` + ${p.remainderAdded} sisa` : ''} = ${formatRupiah(p.amount)}`,
        `${String(p.party)}: exact quota ${p.quota}, rounded down ${formatRupiah(p.floor)}${p.remainderAdded > 0 ? ` + ${p.remainderAdded} remainder` : ''} = ${formatRupiah(p.amount)}`,
      ),
    ),
    text(`Sisa ${formatRupiah(Number(split.leftover))}: ${policyText.id}`, `Remainder ${formatRupiah(Number(split.leftover))}: ${policyText.en}`),
  ];
  return {
    amount: whole,
    parts,
    amounts: parts.map((p) => p.amount),
    byParty,
    remainder: Number(split.leftover) as Rupiah,
    policy: { shares: kind, remainder: remainderPolicy },
    explanation,
  };
}
