/**
 * Schemas and display helpers shared by the parameter files.
 *
 * @module
 * @internal
 */
import * as z from 'zod';
import { ownStrictObject } from '../../core/validate';
import { formatRupiah, RateSchema, type Rate } from '../../core/money';

/** A whole-rupiah amount in an overlay. */
export const rupiahValueSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A percentage in an overlay, as decimal text. */
export const rateValueSchema = RateSchema;
/** Display a rate. */
export const showRate = (rate: Rate): string => `${rate.percent} %`;
/** Display a rupiah amount. */
export const showRupiah = (amount: number): string => formatRupiah(amount);
/** The five JKK risk classes. */
export const RISK_CLASSES = [1, 2, 3, 4, 5] as const;
/** A JKK risk class (*kelompok tingkat risiko lingkungan kerja*), 1 (very low) to 5 (very high). */
export type RiskClass = (typeof RISK_CLASSES)[number];
/** Rates per JKK risk class. */
export type RatesByRiskClass = Readonly<Record<RiskClass, Rate>>;
/** Schema of rates per risk class, keyed "1".."5". */
export const ratesByRiskClassSchema = ownStrictObject({ '1': RateSchema, '2': RateSchema, '3': RateSchema, '4': RateSchema, '5': RateSchema })
  .transform((v): RatesByRiskClass => ({ 1: v['1'], 2: v['2'], 3: v['3'], 4: v['4'], 5: v['5'] }));
/** Display rates per risk class. */
export const showRatesByRiskClass = (rates: RatesByRiskClass): string => RISK_CLASSES.map((c) => `class ${c}: ${rates[c].percent} %`).join('; ');
