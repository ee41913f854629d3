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
import { text, type BilingualText } from '../core/explain';
import { formatRupiah, type Rupiah } from '../core/money';
import type { FundingSource } from '../law/parameters/relief';
import { RemainderPolicySchema, ShareSchema, splitUnits, WholeRupiahSchema, type RemainderPolicy, type ResolvedRemainder } from './allocate';
import type { Funder } from './funders';
import { decimalToUnits, rationalText } from './rational';

/**
 * How one participant-month's contribution is paid:
 * - `single`: one funder pays it all (separate rosters per funder, the observed norm);
 * - `shares`: percentage shares of each participant-month (adding up to 100), split exactly with
 *   a named remainder policy (largest remainder by default; `to_party` names a funder id);
 * - `fixed`: `funder` pays a fixed amount per participant-month (or the whole contribution if it
 *   is smaller) and `rest` pays the rest;
 * - `waterfall`: the first funder pays until its cap is reached, then the next, and so on.
 *
 * Caps are declared on the funders ({@link FunderInput.cap}); they apply to every arrangement.
 */
export type ArrangementInput =
  | { readonly type: 'single'; readonly funder: string }
  | { readonly type: 'shares'; readonly shares: readonly { readonly funder: string; readonly percent: number | string }[]; readonly remainder?: RemainderPolicy }
  | { readonly type: 'fixed'; readonly funder: string; readonly amount: number | string; readonly rest: string }
  | { readonly type: 'waterfall'; readonly funders: readonly string[] };

const funderId = z.string().min(1).max(100);

/** Schema of an {@link ArrangementInput}. */
export const ArrangementSchema = z.discriminatedUnion('type', [
  ownStrictObject({ type: z.literal('single'), funder: funderId }),
  ownStrictObject({
    type: z.literal('shares'),
    shares: z.array(ownStrictObject({ funder: funderId, percent: ShareSchema })).min(1).max(50),
    remainder: RemainderPolicySchema.optional(),
  }),
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

const PERCENT_SCALE = 8;
const HUNDRED = 100n * 10n ** BigInt(PERCENT_SCALE);

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
    if (publicFunder !== undefined) {
      return {
        source,
        reason:
          named.length > 1
            ? text(
                `Pendanaan campuran: ${publicFunder.name} membayar dari ${source.toUpperCase()}, sehingga iuran bulan itu dianggap dibayar melalui ${source.toUpperCase()} (diskon PP 50/2025 tidak berlaku)`,
                `Mixed funding: ${publicFunder.name} pays from ${source.toUpperCase()}, so the month's contribution counts as paid through ${source.toUpperCase()} (no PP 50/2025 discount)`,
              )
            : text(`${publicFunder.name} membayar dari ${source.toUpperCase()}`, `${publicFunder.name} pays from ${source.toUpperCase()}`),
      };
    }
  }
  return { source: first.budgetType, reason: text(`${first.name} membayar dari anggaran ${first.budgetType}`, `${first.name} pays from a ${first.budgetType} budget`) };
}

/** Check an arrangement against the funders and prepare it. `path` locates it in the input. @internal */
export function resolveArrangement(arrangement: Arrangement, funders: ReadonlyMap<string, Funder>, path: readonly (string | number)[]): ResolvedArrangement {
  const check = (id: string, at: readonly (string | number)[]): Funder => {
    const f = funders.get(id);
    if (f === undefined) fail({ code: 'invalid_input', path: [...path, ...at], message: `Unknown funder "${id}"; funders are ${[...funders.keys()].map((k) => `"${k}"`).join(', ')}`, reason: 'custom' });
    return f;
  };
  let named: Funder[];
  let split: (amount: number) => Piece[];
  let description: BilingualText;
  switch (arrangement.type) {
    case 'single': {
      const f = check(arrangement.funder, ['funder']);
      named = [f];
      split = (amount) => [{ stages: [f.id], amount }];
      description = text(`Satu penyandang dana: ${f.name}`, `Single payer: ${f.name}`);
      break;
    }
    case 'shares': {
      const ids = arrangement.shares.map((s, i) => check(s.funder, ['shares', i, 'funder']).id);
      if (new Set(ids).size !== ids.length) fail({ code: 'invalid_input', path: [...path, 'shares'], message: 'A funder is listed twice in shares', reason: 'custom' });
      const weights = arrangement.shares.map((s) => decimalToUnits(s.percent, PERCENT_SCALE));
      const sum = weights.reduce((a, b) => a + b, 0n);
      if (sum !== HUNDRED) fail({ code: 'invalid_input', path: [...path, 'shares'], message: `Percentages must add up to exactly 100; they add up to ${rationalText(sum, 10n ** BigInt(PERCENT_SCALE))}`, reason: 'custom' });
      let remainder: ResolvedRemainder = { method: 'largest_remainder' };
      if (arrangement.remainder?.method === 'to_party') {
        const index = ids.indexOf(String(arrangement.remainder.party));
        if (index < 0) fail({ code: 'invalid_input', path: [...path, 'remainder', 'party'], message: `The remainder party must be one of the funders in shares: ${ids.join(', ')}`, reason: 'custom' });
        remainder = { method: 'to_party', index };
      }
      named = ids.filter((_, i) => weights[i]! > 0n).map((id) => funders.get(id)!);
      const cache = new Map<number, Piece[]>();
      split = (amount) => {
        let pieces = cache.get(amount);
        if (pieces === undefined) {
          const parts = splitUnits(BigInt(amount), weights, remainder);
          pieces = ids.map((id, i) => ({ stages: [id], amount: Number(parts.amounts[i]!) })).filter((p) => p.amount > 0);
          cache.set(amount, pieces);
        }
        return pieces;
      };
      const list = arrangement.shares.map((s) => `${funders.get(s.funder)!.name} ${s.percent} %`).join(', ');
      const rem = remainder.method === 'to_party' ? `sisa ke ${ids[remainder.index]}` : 'sisa terbesar';
      const remEn = remainder.method === 'to_party' ? `remainder to ${ids[remainder.index]}` : 'largest remainder';
      description = text(`Bagi persentase per peserta per bulan: ${list} (${rem})`, `Percentage shares of each participant-month: ${list} (${remEn})`);
      break;
    }
    case 'fixed': {
      const f = check(arrangement.funder, ['funder']);
      const rest = check(arrangement.rest, ['rest']);
      if (f.id === rest.id) fail({ code: 'invalid_input', path: [...path, 'rest'], message: 'rest must be another funder', reason: 'custom' });
      const fixed = arrangement.amount;
      named = fixed > 0 ? [f, rest] : [rest];
      split = (amount) => {
        const first = amount < fixed ? amount : fixed;
        const pieces: Piece[] = [];
        if (first > 0) pieces.push({ stages: [f.id], amount: first });
        if (amount - first > 0) pieces.push({ stages: [rest.id], amount: amount - first });
        return pieces;
      };
      description = text(
        `${f.name} membayar ${formatRupiah(fixed)} per peserta per bulan, sisanya ${rest.name}`,
        `${f.name} pays ${formatRupiah(fixed)} per participant-month, ${rest.name} pays the rest`,
      );
      break;
    }
    case 'waterfall': {
      named = arrangement.funders.map((id, i) => check(id, ['funders', i]));
      const ids = named.map((f) => f.id);
      if (new Set(ids).size !== ids.length) fail({ code: 'invalid_input', path: [...path, 'funders'], message: 'A funder is listed twice in the waterfall', reason: 'custom' });
      split = (amount) => [{ stages: ids, amount }];
      description = text(`Berjenjang: ${named.map((f) => f.name).join(' → ')} (masing-masing sampai plafonnya)`, `Waterfall: ${named.map((f) => f.name).join(' → ')} (each up to its cap)`);
      break;
    }
  }
  const { source, reason } = fundingSourceOf(named);
  return { arrangement, named: named.map((f) => f.id), fundedBy: source, fundedByReason: reason, split, description };
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
