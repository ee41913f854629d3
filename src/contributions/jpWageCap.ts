/**
 * `jpWageCap` and `nextJpWageCap`: the JP contribution wage cap (*batas upah tertinggi*).
 *
 * @module
 */
import * as z from 'zod';
import { YearMonthSchema, type YearMonth } from '../core/calendar';
import { Dec } from '../core/decimal';
import { roundRupiahBy, type Rupiah } from '../core/money';
import { own, ownStrictObject, parseInput } from '../core/validate';
import type { Citation, LegalStatus } from '../law/citation';
import { lookupValue, notInForce } from '../law/lookup';
import { lawOptionFields, lawOptionsOf, type LawOptions } from '../law/options';
import { parseMonth } from './monthly';

/** The JP wage cap for a month. */
export interface JpWageCapResult {
  /** The contribution month. */
  readonly month: YearMonth;
  /** The cap in rupiah. */
  readonly cap: Rupiah;
  /** First month of the value. */
  readonly from: string;
  /** Last month of the value (`null` for a value carried forward, or while the law has not ended it). */
  readonly to: string | null;
  /** `enacted`, or `projected` when beyond the law's last letter at the caller's request. */
  readonly status: LegalStatus;
  /** True for a projected value. */
  readonly projected: boolean;
  /** Legal basis (and, for a projection, how it was made). */
  readonly citations: readonly Citation[];
  /** The layer that supplied the value (`projection` for an indexed projection). */
  readonly source: string;
  /** Anything a reader must know. */
  readonly note?: string;
}

/**
 * Options of {@link jpWageCap}: the shared law options. Beyond the last letter, `projection`
 * gives a value marked projected: `{ method: 'carry_forward' }` or
 * `{ method: 'indexed', annualGrowthPercent: '5.0' }` (the assumed real GDP growth, applied each March).
 */
export type JpWageCapOptions = LawOptions;

/** Schema of {@link JpWageCapOptions}. */
export const JpWageCapOptionsSchema = ownStrictObject({ ...lawOptionFields }).optional();

/**
 * The JP wage cap in force for a contribution month: the wage above which JP contributions are
 * not computed. Each value runs from March to the following February, as the yearly BPJS letter
 * sets it. For a month after the last known letter the call fails with `parameter_not_in_force`
 * unless a projection is requested; a projected cap says so in `status` and `note`.
 *
 * @example
 * ```ts
 * import { jpWageCap } from 'jamsostek';
 * jpWageCap('2026-02').cap; // 10547400
 * jpWageCap('2026-03').cap; // 11086300
 * jpWageCap('2027-03', { projection: { method: 'indexed', annualGrowthPercent: '5.0' } }).cap; // 11640600
 * jpWageCap('2027-03', { projection: { method: 'carry_forward' } }).cap; // 11086300
 * ```
 */
export function jpWageCap(month: string, options?: JpWageCapOptions): JpWageCapResult {
  const ym = parseMonth(month, 'month');
  const { law, projection } = lawOptionsOf(parseInput(JpWageCapOptionsSchema, options, ['options']));
  const parameter = law.parameter('jp.wageCap');
  // A projection never fills the past: before the first letter, nothing is in force.
  const found = lookupValue(law, parameter, ym, projection, ['options', 'projection']) ?? notInForce(parameter, ym, ['month'], `No JP wage cap is known for iuran month ${ym}`);
  return {
    month: ym,
    cap: found.value as Rupiah,
    from: found.from,
    to: found.to,
    status: found.status,
    projected: found.projected,
    citations: found.citations,
    source: found.source,
    ...(own(found, 'note') === undefined ? {} : { note: found.note }),
  };
}

/** Options of {@link nextJpWageCap}: the shared law options and the month the new cap takes effect. */
export interface NextJpWageCapOptions extends LawOptions {
  /** The March the new cap takes effect (`YYYY-MM`), whose indexation rule applies (default: the latest rule). */
  readonly month?: string;
}

/** Schema of {@link NextJpWageCapOptions}. */
export const NextJpWageCapOptionsSchema = ownStrictObject({ ...lawOptionFields, month: YearMonthSchema.optional() }).optional();

/** The largest previous cap accepted (Rp1,000,000,000,000): a guard against a typo, far above any cap. */
const MAX_PREVIOUS_CAP = 1_000_000_000_000;

const NextCapInputSchema = ownStrictObject({
  previousCap: z.number().check((ctx) => {
    const cap = ctx.value;
    if (!Number.isInteger(cap)) ctx.issues.push({ code: 'custom', message: `Expected the previous cap as whole rupiah, got ${cap}`, input: cap });
    else if (!Number.isSafeInteger(cap)) ctx.issues.push({ code: 'custom', message: `A cap of ${cap} is beyond the exact range of the library`, input: cap, params: { code: 'amount_out_of_range' } });
    else if (cap <= 0) ctx.issues.push({ code: 'too_small', minimum: 0, origin: 'number', inclusive: false, message: 'Expected a previous cap greater than zero', input: cap });
    else if (cap > MAX_PREVIOUS_CAP) ctx.issues.push({ code: 'too_big', maximum: MAX_PREVIOUS_CAP, origin: 'number', inclusive: true, message: `Expected a previous cap of at most ${MAX_PREVIOUS_CAP}`, input: cap });
  }),
  growthPercent: z.string().regex(/^-?\d{1,2}(?:\.\d{1,6})?$/, 'Expected growth as percent text such as "5.11"'),
});

/**
 * The next JP wage cap from the previous one and the previous year's real GDP growth (percent
 * text): `previous × (1 + growth)`, rounded down to a multiple of Rp100 (PP 45/2015 Art. 29).
 *
 * @example
 * ```ts
 * import { nextJpWageCap } from 'jamsostek';
 * nextJpWageCap(10_547_400, '5.11'); // 11086300
 * nextJpWageCap(9_559_600, '5.05');  // 10042300 (not 10042400: floored)
 * nextJpWageCap(10_547_400, '5.11', { month: '2026-03' }); // 11086300
 * ```
 */
export function nextJpWageCap(previousCap: number, growthPercent: string, options?: NextJpWageCapOptions): Rupiah {
  const parsed = parseInput(NextCapInputSchema, { previousCap, growthPercent });
  const o = parseInput(NextJpWageCapOptionsSchema, options, ['options']);
  const { law, projection } = lawOptionsOf(o);
  const indexation = law.parameter('jp.wageCapIndexation');
  const at = o?.month;
  const rule = at === undefined ? indexation.values[indexation.values.length - 1]! : (lookupValue(law, indexation, at, projection, ['options', 'projection']) ?? notInForce(indexation, at, ['options', 'month']));
  const exact = new Dec(parsed.previousCap).times(new Dec(parsed.growthPercent).div(100).plus(1));
  return roundRupiahBy(exact.toString(), rule.value.rounding);
}
