/**
 * `jpWageCap` and `nextJpWageCap`: the JP contribution wage cap (*batas upah tertinggi*).
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, fromMonthIndex, monthIndex, yearAndMonth, type YearMonth } from '../core/calendar';
import { Dec } from '../core/decimal';
import { fail } from '../core/errors';
import { roundRupiah, type Rupiah } from '../core/money';
import { NO_OPTIONS, own, ownStrictObject, parseInput } from '../core/validate';
import type { Citation, LegalStatus } from '../law/citation';
import { baselineLaw, LawRegistrySchema, type LawRegistry } from '../law/registry';
import { coverageOf, findValue, valueAt } from '../law/timeline';
import { parseMonth } from './monthly';

/** The JP wage cap for a month. */
export interface JpWageCapResult {
  /** The contribution month. */
  readonly month: YearMonth;
  /** The cap in rupiah. */
  readonly cap: Rupiah;
  /** First month of the value. */
  readonly from: string;
  /** Last month of the value (`null` for a projection, or while the law has not ended it). */
  readonly to: string | null;
  /** `enacted`, or `projected` when beyond the law's last letter at the caller's request. */
  readonly status: LegalStatus;
  /** True for a projected value. */
  readonly projected: boolean;
  /** Legal basis (and, for a projection, how it was made). */
  readonly citations: readonly Citation[];
  /** The layer that supplied the value. */
  readonly source: string;
  /** Anything a reader must know. */
  readonly note?: string;
}

/** How to answer for a month after the last known cap letter. */
export type JpWageCapProjection =
  | { readonly method: 'carryForward' }
  | {
      readonly method: 'indexed';
      /** Assumed real GDP growth per year as percent text (e.g. `"5.0"`), applied each March. */
      readonly annualGrowthPercent: string;
    };

/** Options of {@link jpWageCap}. */
export interface JpWageCapOptions {
  /** The law to apply (default the baseline). */
  readonly law?: LawRegistry;
  /** Beyond the last letter: none (default: a typed error), or a projection, marked as such. */
  readonly projection?: JpWageCapProjection;
}

const OptionsSchema = ownStrictObject({
  law: LawRegistrySchema.optional(),
  projection: z
    .discriminatedUnion('method', [
      ownStrictObject({ method: z.literal('carryForward') }),
      ownStrictObject({ method: z.literal('indexed'), annualGrowthPercent: z.string().regex(/^-?\d{1,2}(?:\.\d{1,4})?$/, 'Expected growth as percent text such as "5.0"') }),
    ])
    .optional(),
})
  .optional();

const NextCapOptionsSchema = ownStrictObject({ law: LawRegistrySchema.optional(), month: z.unknown().optional() }).optional();

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
 * ```
 */
export function jpWageCap(month: string, options?: JpWageCapOptions): JpWageCapResult {
  const ym = parseMonth(month, 'month');
  const o = parseInput(OptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const law = o.law ?? baselineLaw;
  const parameter = law.parameter('jp.wageCap');
  const found = findValue(parameter, ym);
  const base = { month: ym };
  if (found !== undefined) {
    return { ...base, cap: found.value as Rupiah, from: found.from, to: found.to, status: found.status, projected: false, citations: found.citations, source: found.source, ...(own(found, 'note') === undefined ? {} : { note: found.note }) };
  }
  // A parameter always has a value. When nothing is in force, `ym` is either before `last.from`
  // or after `last.to`; the first case is refused (a projection never fills the past), which
  // covers an open-ended last value too.
  const last = parameter.values[parameter.values.length - 1]!;
  if (o.projection === undefined || ym < last.from) {
    const coverage = coverageOf(parameter)!;
    fail({
      code: 'parameter_not_in_force',
      path: ['month'],
      message: `No JP wage cap is known for iuran month ${ym} (letters cover ${coverage.from} to ${coverage.to ?? 'open end'}); pass { projection: { method: 'carryForward' } } or an indexed projection to get a value marked as projected`,
      parameter: 'jp.wageCap',
      at: ym,
      coverage,
    });
  }
  if (o.projection.method === 'carryForward') {
    return {
      ...base,
      cap: last.value as Rupiah,
      from: addMonths(last.to as YearMonth, 1),
      to: null,
      status: 'projected',
      projected: true,
      citations: last.citations,
      source: last.source,
      note: `Projected: the ${last.from} cap carried forward beyond the last known letter (ends ${last.to}).`,
    };
  }
  // Indexed: apply the assumed growth each March after the last value, floored per jp.wageCapIndexation.
  const indexation = law.parameter('jp.wageCapIndexation');
  const rounding = valueAt(indexation, last.to as YearMonth).value.rounding;
  let cap = last.value;
  let start = monthIndex(addMonths(last.to as YearMonth, 1));
  while (start <= monthIndex(ym)) {
    cap = roundRupiah(new Dec(cap).times(new Dec(o.projection.annualGrowthPercent).div(100).plus(1)).toString(), rounding);
    start += 12;
  }
  const from = fromMonthIndex(start - 12);
  const { year } = yearAndMonth(from);
  return {
    ...base,
    cap: cap as Rupiah,
    from,
    to: fromMonthIndex(start - 1),
    status: 'projected',
    projected: true,
    citations: law.parameter('jp.wageCapIndexation').values[0]!.citations,
    source: 'projection',
    note: `Projected for March ${year}: the last known cap (${last.value}, from ${last.from}) indexed by an assumed ${o.projection.annualGrowthPercent} % a year, ${rounding.mode} to Rp${rounding.step}. Not law.`,
  };
}

/**
 * The next JP wage cap from the previous one and the previous year's real GDP growth (percent
 * text): `previous × (1 + growth)`, rounded down to a multiple of Rp100 (PP 45/2015 Art. 29).
 *
 * @example
 * ```ts
 * import { nextJpWageCap } from 'jamsostek';
 * nextJpWageCap(10_547_400, '5.11'); // 11086300
 * nextJpWageCap(9_559_600, '5.05');  // 10042300 (not 10042400: floored)
 * ```
 */
export function nextJpWageCap(previousCap: number, growthPercent: string, options?: { readonly law?: LawRegistry; readonly month?: string }): Rupiah {
  const parsed = parseInput(
    ownStrictObject({
      previousCap: z.number().int().positive().max(1_000_000_000_000),
      growthPercent: z.string().regex(/^-?\d{1,2}(?:\.\d{1,6})?$/, 'Expected growth as percent text such as "5.11"'),
    }),
    { previousCap, growthPercent },
  );
  const o = parseInput(NextCapOptionsSchema, options, ['options']);
  const law = o?.law ?? baselineLaw;
  const indexation = law.parameter('jp.wageCapIndexation');
  const at = o?.month === undefined ? undefined : parseMonth(o.month, 'month');
  const rule = at === undefined ? indexation.values[indexation.values.length - 1]! : valueAt(indexation, at);
  const exact = new Dec(parsed.previousCap).times(new Dec(parsed.growthPercent).div(100).plus(1));
  return roundRupiah(exact.toString(), rule.value.rounding);
}
