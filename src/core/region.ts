/**
 * Region codes (*kode wilayah* of Kemendagri): a province is `53`, a regency or city `53.71`, a
 * district (*kecamatan*) `53.71.04`, a village (*desa/kelurahan*) `53.71.04.1001`. No table of
 * names is needed: a region is its code, and one region contains another when its code is a
 * prefix of the other's, segment by segment (`53` contains `53.71` and `5371`).
 *
 * @module
 */
import * as z from 'zod';
import { fail, showValue } from './errors';
import { hasOwn } from './validate';

declare const regionCodeBrand: unique symbol;

/** A region code in dotted form: `53`, `53.71`, `53.71.04` or `53.71.04.1001`. */
export type RegionCode = string & { readonly [regionCodeBrand]: true };

/** The level of a region code: province (*provinsi*), regency or city (*kabupaten/kota*), district (*kecamatan*), village (*desa/kelurahan*). */
export type RegionLevel = 'province' | 'regency' | 'district' | 'village';

const LEVELS: readonly RegionLevel[] = ['province', 'regency', 'district', 'village'];
/** Where each part starts and ends, in the dotted and the plain form, by total length. */
const DOTTED_PARTS: Readonly<Record<number, readonly (readonly [number, number])[]>> = {
  2: [[0, 2]],
  5: [[0, 2], [3, 5]],
  8: [[0, 2], [3, 5], [6, 8]],
  13: [[0, 2], [3, 5], [6, 8], [9, 13]],
};
const PLAIN_PARTS: Readonly<Record<number, readonly (readonly [number, number])[]>> = {
  2: [[0, 2]],
  4: [[0, 2], [2, 4]],
  6: [[0, 2], [2, 4], [4, 6]],
  10: [[0, 2], [2, 4], [4, 6], [6, 10]],
};

function shapeProblem(code: string): string {
  return `Expected a region code: 2 digits for a province ("53"), 4 for a regency ("53.71" or "5371"), 6 for a district ("53.71.04"), 10 for a village; got ${showValue(code)}`;
}

/** Why `code` is not a region code, or the normalised dotted code. Hand-written for speed: it runs once per candidate in a batch. @internal */
export function normaliseRegionCode(code: unknown): { code: RegionCode } | { problem: string } {
  if (typeof code !== 'string') return { problem: `Expected a region code as text such as "53" or "53.71", got ${code === null ? 'null' : typeof code}` };
  const dotted = code.charCodeAt(2) === 46; // NaN (not 46) when the code is shorter than 3
  const parts = (dotted ? DOTTED_PARTS : PLAIN_PARTS)[code.length];
  if (parts === undefined) return { problem: shapeProblem(code) };
  let out = '';
  for (let p = 0; p < parts.length; p++) {
    const [start, end] = parts[p]!;
    if (dotted && p > 0 && code.charCodeAt(start - 1) !== 46) return { problem: shapeProblem(code) };
    let value = 0;
    for (let i = start; i < end; i++) {
      const c = code.charCodeAt(i);
      if (c < 48 || c > 57) return { problem: shapeProblem(code) };
      value = value * 10 + (c - 48);
    }
    if (p === 0) {
      if (value < 11) return { problem: `Province code ${code.slice(0, 2)} does not exist (province codes run from 11) in "${code}"` };
    } else if (value === 0) return { problem: `The ${LEVELS[p]} part ${code.slice(start, end)} of "${code}" is zero, which no region has` };
    if (!dotted) out = p === 0 ? code.slice(0, 2) : `${out}.${code.slice(start, end)}`;
  }
  return { code: (dotted ? code : out) as RegionCode };
}

/**
 * Schema of a region code; accepts the dotted (`53.71`) and plain (`5371`) forms and outputs the dotted form.
 *
 * @example
 * ```ts
 * import { RegionCodeSchema } from 'jamsostek';
 * console.log(RegionCodeSchema.parse('537104')); // '53.71.04'
 * ```
 */
export const RegionCodeSchema = z.string().transform((value, ctx): RegionCode => {
  const result = normaliseRegionCode(value);
  if (hasOwn(result, 'problem')) {
    ctx.addIssue({ code: 'custom', message: result.problem, input: value });
    return z.NEVER;
  }
  return result.code;
});

/**
 * Validate a region code and return it in dotted form.
 *
 * @example
 * ```ts
 * import { regionCode } from 'jamsostek';
 * console.log(regionCode('5371')); // '53.71'
 * // regionCode('5') throws JamsostekError { code: 'invalid_input', path: ['code'] }
 * ```
 */
export function regionCode(code: string): RegionCode {
  const result = normaliseRegionCode(code);
  if (hasOwn(result, 'problem')) fail({ code: 'invalid_input', path: ['code'], message: result.problem, reason: 'invalid_region_code' });
  return result.code;
}

/**
 * The level of a region code.
 *
 * @example
 * ```ts
 * import { regionLevel } from 'jamsostek';
 * console.log(regionLevel('53'), regionLevel('53.71.04')); // 'province' 'district'
 * ```
 */
export function regionLevel(code: string): RegionLevel {
  const parsed = regionCode(code);
  return LEVELS[parsed.split('.').length - 1] ?? 'village';
}

/** True when dotted `outer` contains dotted `inner` (both normalised). @internal */
export function containsNormalised(outer: string, inner: string): boolean {
  // A different code that starts with `outer` is longer than it.
  return inner === outer || (inner.startsWith(outer) && inner.charCodeAt(outer.length) === 46);
}

/**
 * True when region `outer` contains region `inner` (or is the same region): its code is a prefix
 * of the other's, segment by segment. A region does not contain a larger one.
 *
 * @example
 * ```ts
 * import { regionContains } from 'jamsostek';
 * console.log(regionContains('53', '53.71'));   // true  (Kota Kupang is in NTT)
 * console.log(regionContains('53', '5371'));    // true  (the plain form works too)
 * console.log(regionContains('53.71', '53'));   // false (a city does not contain its province)
 * console.log(regionContains('52', '53.71'));   // false
 * ```
 */
export function regionContains(outer: string, inner: string): boolean {
  const a = normaliseRegionCode(outer);
  if (hasOwn(a, 'problem')) fail({ code: 'invalid_input', path: ['outer'], message: a.problem, reason: 'invalid_region_code' });
  const b = normaliseRegionCode(inner);
  if (hasOwn(b, 'problem')) fail({ code: 'invalid_input', path: ['inner'], message: b.problem, reason: 'invalid_region_code' });
  return containsNormalised(a.code, b.code);
}
