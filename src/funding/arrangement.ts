/**
 * Funding arrangements (*skema pendanaan iuran*) as data: who pays each participant-month's
 * contribution. Observed programmes assign whole people to one funder (separate rosters);
 * percentage shares, a fixed amount with the rest to another funder, and waterfalls are
 * generalisations (domain brief §4.2).
 *
 * @module
 */
import * as z from 'zod';
import { ownStrictObject } from '../core/validate';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import type { Rupiah } from '../core/money';
import type { FundingSource } from '../law/parameters/relief';
import {
  RemainderPolicySchema,
  resolveRemainder,
  shareKindOf,
  sharesSchema,
  shareText,
  shareUnits,
  splitUnits,
  WholeRupiahSchema,
  type ParsedShare,
  type RemainderPolicy,
  type Shares,
} from './allocate';
import type { Funder } from './funders';
import * as m from './messages';

/**
 * How one participant-month's contribution is paid:
 * - `single`: one funder pays it all (separate rosters per funder, the observed norm);
 * - `shares`: shares of each participant-month, as `allocate` takes them: `[{ party, percent }]`
 *   (adding up to 100) or `[{ party, ratio }]`, each party a funder id; split exactly with a named
 *   remainder policy (largest remainder by default; `to_party` names a funder id);
 * - `fixed`: `funder` pays a fixed amount per participant-month (or the whole contribution if it
 *   is smaller) and `rest` pays the rest;
 * - `waterfall`: the first funder pays until its cap is reached, then the next, and so on.
 *
 * Caps are declared on the funders (`FunderInput.cap`); they apply to every arrangement.
 */
export type ArrangementInput =
  | { readonly type: 'single'; readonly funder: string }
  | { readonly type: 'shares'; readonly shares: Shares; readonly remainder?: RemainderPolicy }
  | { readonly type: 'fixed'; readonly funder: string; readonly amount: number | string; readonly rest: string }
  | { readonly type: 'waterfall'; readonly funders: readonly string[] };

const funderId = z.string().min(1).max(100);

/** The most shares of a `shares` arrangement. */
const MAX_ARRANGEMENT_SHARES = 50;

/** Schema of an {@link ArrangementInput}. */
export const ArrangementSchema = z.discriminatedUnion('type', [
  ownStrictObject({ type: z.literal('single'), funder: funderId }),
  ownStrictObject({ type: z.literal('shares'), shares: sharesSchema(MAX_ARRANGEMENT_SHARES), remainder: RemainderPolicySchema.optional() }),
  ownStrictObject({ type: z.literal('fixed'), funder: funderId, amount: WholeRupiahSchema, rest: funderId }),
  ownStrictObject({ type: z.literal('waterfall'), funders: z.array(funderId).min(1).max(20) }),
]);

/** A parsed arrangement. @internal */
export type Arrangement = z.output<typeof ArrangementSchema>;

/** One piece of a participant-month's contribution and the funders that pay it, in order. @internal */
export interface Piece {
  /** Funders in the order they pay (caps then pass the excess on; after the last, its overflow). */
  readonly stages: readonly string[];
  /** Amount per participant-month. */
  readonly amount: number;
}

/** An arrangement checked against the plan's funders. @internal */
export interface ResolvedArrangement {
  readonly arrangement: Arrangement;
  /** Funder ids the arrangement names, in order. */
  readonly named: readonly string[];
  /** The funding source fed into the contribution calculation as the participant's `fundedBy`. */
  readonly fundedBy: FundingSource;
  /** Why that funding source (the mixed-funding reading, when it applies). */
  readonly fundedByReason: BilingualText;
  /** Split one participant-month's contribution into pieces. */
  readonly split: (amount: number) => readonly Piece[];
  /** The arrangement in words. */
  readonly description: BilingualText;
}

/** What resolving one type of arrangement gives. */
interface Resolved {
  readonly named: Funder[];
  readonly split: (amount: number) => readonly Piece[];
  readonly description: BilingualText;
}

/** Look a funder id up; an unknown id is a typed error at `path`. */
type FunderLookup = (id: string, path: readonly (string | number)[]) => Funder;

/**
 * The funding source of a participant-month under an arrangement (domain brief §12 item 22,
 * mixed funding). Reading: PP 50/2025 Art. 3 excludes BPU "whose JKK and JKM contributions are
 * paid through APBN or APBD"; a contribution paid partly from APBN/APBD is still paid through
 * APBN/APBD, so if any funder the arrangement names for the month pays from APBN (first) or APBD,
 * that is the source; otherwise the first named funder's budget (under the baseline every other
 * budget prices the same). `planProgramme` applies the same reading to each month's own PP 50/2025
 * exclusion list, so an overlay that excludes another budget is honoured too. Cap overflows do not
 * re-price a month: the law follows the arrangement as planned. @internal
 */
export function fundingSourceOf(named: readonly Funder[]): { source: FundingSource; reason: BilingualText } {
  const first = named[0]!;
  for (const source of ['apbn', 'apbd'] as const) {
    const publicFunder = named.find((f) => f.budgetType === source);
    if (publicFunder !== undefined) return { source, reason: named.length > 1 ? m.mixedFundingReason(publicFunder.name, source) : m.paysFrom(publicFunder.name, source) };
  }
  return { source: first.budgetType, reason: m.paysFromBudget(first.name, first.budgetType) };
}

/** Check an arrangement against the funders and prepare it. `path` locates it in the input. @internal */
export function resolveArrangement(arrangement: Arrangement, funders: ReadonlyMap<string, Funder>, path: readonly (string | number)[]): ResolvedArrangement {
  const check: FunderLookup = (id, at) => {
    const f = funders.get(id);
    if (f === undefined) fail({ code: 'invalid_input', path: [...path, ...at], message: `Unknown funder "${id}"; funders are ${[...funders.keys()].map((k) => `"${k}"`).join(', ')}`, reason: 'custom' });
    return f;
  };
  let resolved: Resolved;
  switch (arrangement.type) {
    case 'single': {
      const f = check(arrangement.funder, ['funder']);
      resolved = { named: [f], split: (amount) => [{ stages: [f.id], amount }], description: m.singlePayer(f.name) };
      break;
    }
    case 'shares':
      resolved = resolveShares(arrangement.shares, arrangement.remainder, check, path);
      break;
    case 'fixed':
      resolved = resolveFixed(arrangement.funder, arrangement.amount, arrangement.rest, check, path);
      break;
    case 'waterfall': {
      const named = arrangement.funders.map((id, i) => check(id, ['funders', i]));
      const ids = named.map((f) => f.id);
      if (new Set(ids).size !== ids.length) fail({ code: 'invalid_input', path: [...path, 'funders'], message: 'A funder is listed twice in the waterfall', reason: 'custom' });
      resolved = { named, split: (amount) => [{ stages: ids, amount }], description: m.waterfall(named.map((f) => f.name)) };
      break;
    }
  }
  const { source, reason } = fundingSourceOf(resolved.named);
  return { arrangement, named: resolved.named.map((f) => f.id), fundedBy: source, fundedByReason: reason, split: resolved.split, description: resolved.description };
}

/** Shares of each participant-month, split exactly (the pieces of an amount are computed once). */
function resolveShares(shares: readonly ParsedShare[], policy: RemainderPolicy | undefined, check: FunderLookup, path: readonly (string | number)[]): Resolved {
  const named = shares.map((s, i) => check(s.party, ['shares', i, 'party']));
  const ids = named.map((f) => f.id);
  const weights = shares.map(shareUnits);
  const remainder = resolveRemainder(policy, ids, [...path, 'remainder', 'party']);
  const cache = new Map<number, Piece[]>();
  const split = (amount: number): Piece[] => {
    let pieces = cache.get(amount);
    if (pieces === undefined) {
      const parts = splitUnits(BigInt(amount), weights, remainder);
      pieces = ids.map((id, i) => ({ stages: [id], amount: Number(parts.amounts[i]!) })).filter((p) => p.amount > 0);
      cache.set(amount, pieces);
    }
    return pieces;
  };
  const listed = shares.map((s, i) => ({ name: named[i]!.name, share: shareText(s) }));
  return {
    named: named.filter((_, i) => weights[i]! > 0n),
    split,
    description: m.sharesArrangement(shareKindOf(shares[0]!), listed, remainder.method === 'to_party' ? ids[remainder.index]! : null),
  };
}

/** A fixed amount per participant-month from one funder, the rest from another. */
function resolveFixed(funderId: string, fixed: number, restId: string, check: FunderLookup, path: readonly (string | number)[]): Resolved {
  const f = check(funderId, ['funder']);
  const rest = check(restId, ['rest']);
  if (f.id === rest.id) fail({ code: 'invalid_input', path: [...path, 'rest'], message: 'rest must be another funder', reason: 'custom' });
  const split = (amount: number): Piece[] => {
    const first = amount < fixed ? amount : fixed;
    const pieces: Piece[] = [];
    if (first > 0) pieces.push({ stages: [f.id], amount: first });
    if (amount - first > 0) pieces.push({ stages: [rest.id], amount: amount - first });
    return pieces;
  };
  return { named: fixed > 0 ? [f, rest] : [rest], split, description: m.fixedArrangement(f.name, fixed, rest.name) };
}

/** A cap's running state while a plan consumes it. @internal */
export interface CapState {
  remaining: number;
  reachedIn: string | null;
}

/**
 * Charge `total` rupiah to `stages` in order, each up to its remaining cap; after the last
 * stage, follow its overflow chain. Returns what each funder paid and what stayed unfunded.
 * @internal
 */
export function charge(
  stages: readonly string[],
  total: number,
  funders: ReadonlyMap<string, Funder>,
  caps: Map<string, CapState>,
  month: string,
  paid: (funder: string, amount: number) => void,
): Rupiah {
  if (total === 0) return 0 as Rupiah;
  // The commonest case: a first funder without a cap pays it all.
  if (!caps.has(stages[0]!)) {
    paid(stages[0]!, total);
    return 0 as Rupiah;
  }
  let left = total;
  const visited = new Set<string>();
  const pay = (id: string): void => {
    visited.add(id);
    const cap = caps.get(id);
    if (cap === undefined) {
      paid(id, left);
      left = 0;
      return;
    }
    const take = left < cap.remaining ? left : cap.remaining;
    if (take > 0) paid(id, take);
    cap.remaining -= take;
    left -= take;
    if (left > 0 && cap.reachedIn === null) cap.reachedIn = month;
  };
  for (const id of stages) {
    if (left === 0) return 0 as Rupiah;
    pay(id);
  }
  let last = funders.get(stages[stages.length - 1]!)!;
  while (left > 0 && last.overflow !== 'unfunded' && !visited.has(last.overflow.to)) {
    const next = funders.get(last.overflow.to)!;
    pay(next.id);
    last = next;
  }
  return left as Rupiah;
}
