/**
 * The national identity number (*Nomor Induk Kependudukan*, NIK): 16 digits that encode the
 * region of first registration, the birth date and the sex.
 *
 * Layout: `PP RR DD` region (province, regency or city, district), `DD MM YY` birth date, where
 * women's day of birth is written plus 40 (a woman born on the 7th has `47`), then a 4-digit serial.
 *
 * Reading the century: `YY` alone does not say 19YY or 20YY. The library reads the birth year as
 * the latest year ending in `YY` whose birth date is on or before the date the NIK is read on,
 * `asOf` (the screening date): on 2026-01-15, `YY = 25` is 2025 and `YY = 30` is 1930.
 * Nobody can be born after `asOf`, and nobody screened is 100 or older, so the reading
 * is exact for every living applicant; a person of 100 or more would be read a century too young.
 * The region is where the NIK was first issued, not necessarily where the person lives now.
 *
 * @module
 */
import * as z from 'zod';
import { calendarDateProblem, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import { normaliseRegionCode, type RegionCode } from '../core/region';
import { hasOwn, ownValue } from '../core/validate';

/** The sex a NIK encodes (*jenis kelamin*): `female` when 40 was added to the day of birth. */
export type NikSex = 'male' | 'female';

/** What a NIK says. */
export interface NikInfo {
  /** The NIK itself (16 digits). */
  readonly nik: string;
  /** Province code, e.g. `53`. */
  readonly province: RegionCode;
  /** Regency or city code, e.g. `53.71`. */
  readonly regency: RegionCode;
  /** District (*kecamatan*) code, e.g. `53.71.04`. */
  readonly district: RegionCode;
  /** Birth date, with the century read against `asOf`. */
  readonly birthDate: CalendarDate;
  /** Sex, from the day-plus-40 convention. */
  readonly sex: NikSex;
  /** The last four digits (registration serial). */
  readonly serial: string;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface NikProblem {
  readonly reason: string;
  readonly message: string;
}

/** Problems with the form of a NIK that do not depend on the century. @internal */
export function nikFormatProblem(nik: unknown): NikProblem | undefined {
  if (typeof nik !== 'string') return { reason: 'invalid_type', message: `Expected a NIK as a text of 16 digits, got ${nik === null ? 'null' : typeof nik}` };
  for (let i = 0; i < nik.length; i++) {
    const c = nik.charCodeAt(i);
    if (c < 48 || c > 57) return { reason: 'nik_not_digits', message: `A NIK has digits only (no spaces, dots or letters); got "${nik}"` };
  }
  if (nik.length !== 16) return { reason: 'nik_length', message: `A NIK has exactly 16 digits; got ${nik.length} in "${nik}"` };
  const region = normaliseRegionCode(nik.slice(0, 6));
  if (hasOwn(region, 'problem')) return { reason: 'nik_region', message: `The region part of NIK "${nik}" is not a region code: ${region.problem}` };
  const rawDay = two(nik, 6);
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  const month = two(nik, 8);
  const yy = two(nik, 10);
  if (rawDay === 0 || (rawDay > 31 && rawDay < 41) || rawDay > 71) {
    return { reason: 'nik_impossible_date', message: `Day ${nik.slice(6, 8)} in NIK "${nik}" is neither a day of birth (01-31) nor one plus 40 (41-71)` };
  }
  if (month < 1 || month > 12) return { reason: 'nik_impossible_date', message: `Month ${nik.slice(8, 10)} in NIK "${nik}" does not exist` };
  const max = month === 2 && yy % 4 !== 0 ? 28 : (DAYS_IN_MONTH[month - 1] ?? 31);
  if (day > max) return { reason: 'nik_impossible_date', message: `Day ${day} of month ${nik.slice(8, 10)} in NIK "${nik}" does not exist in 19${nik.slice(10, 12)} or 20${nik.slice(10, 12)}` };
  return undefined;
}

/** The two-digit number at `at` of an all-digit string. */
function two(text: string, at: number): number {
  return (text.charCodeAt(at) - 48) * 10 + (text.charCodeAt(at + 1) - 48);
}

/**
 * Schema of a NIK as a fact: 16 digits, a real region code, and a day and month that exist. The
 * century, and so the exact birth date, is read by {@link parseNik} against the date it is read on.
 *
 * @example
 * ```ts
 * import { NikSchema } from 'jamsostek';
 * console.log(NikSchema.safeParse('5371044707900001').success, NikSchema.safeParse('5371043507900001').success); // true false
 * ```
 */
export const NikSchema = z.string().check((ctx) => {
  const problem = nikFormatProblem(ctx.value);
  if (problem !== undefined) ctx.issues.push({ code: 'custom', message: problem.message, input: ctx.value, params: { reason: problem.reason } });
});

/** Parse a NIK whose form is already checked; returns the problem instead of throwing. @internal */
export function readNik(nik: string, asOf: CalendarDate): NikInfo | NikProblem {
  const format = nikFormatProblem(nik);
  if (format !== undefined) return format;
  const rawDay = Number(nik.slice(6, 8));
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  const monthDay = `${nik.slice(8, 10)}-${day < 10 ? '0' : ''}${day}`;
  const yy = nik.slice(10, 12);
  let birthDate = `20${yy}-${monthDay}`;
  if (birthDate > asOf) birthDate = `19${yy}-${monthDay}`;
  // The form check allowed 29 February only in years ending in a multiple of 4; of those, only 1900 is not a leap year.
  if (birthDate === '1900-02-29') {
    return { reason: 'nik_impossible_date', message: `NIK "${nik}" gives the birth date ${birthDate}, which does not exist` };
  }
  if (birthDate > asOf) {
    return { reason: 'nik_born_after_as_of', message: `NIK "${nik}" gives a birth date (${birthDate}) after the date it is read on (asOf ${asOf})` };
  }
  return Object.freeze({
    nik,
    province: nik.slice(0, 2) as RegionCode,
    regency: `${nik.slice(0, 2)}.${nik.slice(2, 4)}` as RegionCode,
    district: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}` as RegionCode,
    birthDate: birthDate as CalendarDate,
    sex: female ? 'female' : 'male',
    serial: nik.slice(12),
  });
}

/** Options of {@link parseNik}. */
export interface ParseNikOptions {
  /** The date the NIK is read on (usually the screening date), `YYYY-MM-DD`: the century of the birth year is read against it. */
  readonly asOf: string;
}

/**
 * Read a NIK (*Nomor Induk Kependudukan*): region codes, birth date (the century read against
 * `asOf`, see the module notes) and sex (day plus 40 for women). Bad input is a typed
 * `invalid_input` error at path `['nik']` whose `issues[0].reason` says what is wrong:
 * `nik_not_digits`, `nik_length`, `nik_region`, `nik_impossible_date` or `nik_born_after_as_of`;
 * a bad `asOf` is one at `['options', 'asOf']`.
 *
 * @example
 * ```ts
 * import { parseNik } from 'jamsostek';
 * const info = parseNik('5371044707900001', { asOf: '2026-01-15' });
 * console.log(info.regency, info.birthDate, info.sex); // '53.71' '1990-07-07' 'female'
 * // parseNik('53710447079000', { asOf: '2026-01-15' }) throws: a NIK has 16 digits
 * ```
 */
export function parseNik(nik: string, options: ParseNikOptions): NikInfo {
  const asOf = typeof options === 'object' && options !== null ? ownValue(options, 'asOf', ['options']) : undefined;
  const asOfProblem = calendarDateProblem(asOf);
  if (asOfProblem !== undefined) fail({ code: 'invalid_input', path: ['options', 'asOf'], message: asOfProblem, reason: 'invalid_date' });
  const result = readNik(nik, asOf as CalendarDate);
  if (hasOwn(result, 'reason')) fail({ code: 'invalid_input', path: ['nik'], message: result.message, reason: result.reason });
  return result;
}
