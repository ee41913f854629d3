/**
 * Exact money. Every amount the library returns is a whole number of rupiah held as a safe
 * integer ({@link Rupiah}): exact, plain data, lossless in JSON and fast. Inputs (wages, incomes)
 * may carry sen (two decimals); they are parsed into an integer count of sen, never into a binary
 * fraction. Rates are exact decimal percentages held as integer ratios with a power-of-ten
 * denominator (0.445 % = 445 / 100 000), so `base × rate` is an exact rational and is rounded once,
 * by a named {@link Rounding}, where a rule says so.
 *
 * Why integers rather than decimal.js objects: one contribution line (wage × rate, half-up) costs
 * about 3 ns in integer arithmetic against about 700 ns with decimal.js objects on the reference
 * machine, and the library must compute millions of lines. decimal.js (a private clone, see
 * `decimal.ts`) is kept for arbitrary-precision work such as projections and indexation.
 *
 * @module
 */
import * as z from 'zod';
import { fail, showValue, type PathSegment } from './errors';
import { isIterable, ownIterate, ownStrictObject, safeParseOwn } from './validate';

declare const rupiahBrand: unique symbol;
declare const senBrand: unique symbol;

/**
 * An exact amount of money in whole rupiah: a safe integer (|value| ≤ 2^53 − 1, about
 * Rp9 quadrillion). Every amount the library returns has this type. It is a plain `number` at
 * run time, so it serialises to JSON without loss and compares with `===`.
 */
export type Rupiah = number & { readonly [rupiahBrand]: true };

/** An exact amount in sen (1/100 rupiah) as a safe integer: the internal form of inputs. @internal */
export type Sen = number & { readonly [senBrand]: true };

/**
 * An amount as a caller may write it: a number of rupiah (at most two decimals, e.g. `5000000`
 * or `5000000.5`) or a plain decimal string (`"5000000.50"`). Thousands separators, currency
 * symbols and exponents are rejected with a typed error, because `"5.000.000"` means five
 * million in Indonesian notation and five in English notation.
 */
export type AmountInput = number | string;

const SEN_PER_RUPIAH = 100;
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Make a {@link Rupiah} from a whole number, checking that it is a safe integer.
 *
 * @example
 * ```ts
 * import { rupiah } from 'jamsostek';
 * const contribution = rupiah(16_800);
 * console.log(contribution + 0); // 16800
 * ```
 */
export function rupiah(value: number): Rupiah {
  if (!Number.isInteger(value)) {
    fail({ code: 'invalid_input', path: ['value'], message: `A rupiah amount must be a whole number; got ${showValue(value)}`, reason: 'not_integer' });
  }
  if (!Number.isSafeInteger(value)) {
    fail({ code: 'amount_out_of_range', path: ['value'], message: `A rupiah amount must be within ±${Number.MAX_SAFE_INTEGER}; got ${showValue(value)}` });
  }
  return (value + 0) as Rupiah; // + 0 turns -0 into 0: no amount is ever negative zero
}

/**
 * Why an amount could not be parsed: a sentence, and whether the amount is well formed but
 * outside the exact range (an `amount_out_of_range` error rather than `invalid_input`). @internal
 */
export interface AmountProblem {
  readonly problem: string;
  readonly outOfRange: boolean;
}

const invalidAmount = (problem: string): AmountProblem => ({ problem, outOfRange: false });
const outOfRange = (shown: string): AmountProblem => ({ problem: `Amount ${shown} is out of range (at most ${maxAmountText()})`, outOfRange: true });

/** Exponent notation (`"1e30"`, `"2.5E+20"`): refused, but reported as out of range when it is. */
const EXPONENT = /^(\d+)(?:\.(\d+))?[eE]\+?(\d{1,6})$/;

/** Digits before the decimal point of a number written in exponent notation (at least 1). */
function integerDigits(int: string, exponent: number): number {
  const significant = int.replace(/^0+/, '');
  return significant.length === 0 ? 1 : significant.length + exponent;
}

/**
 * Parse an {@link AmountInput} into exact sen, or say why it cannot be (see
 * {@link AmountProblem}). Never throws, so that zod schemas can report the problem at the
 * right path. @internal
 */
export function parseAmount(input: unknown): Sen | AmountProblem {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return invalidAmount(`Expected a finite amount, got ${showValue(input)}`);
    if (input < 0) return invalidAmount(`Expected an amount of zero or more, got ${showValue(input)}`);
    text = String(input);
    if (text.includes('e')) {
      // Number#toString uses an exponent only from 1e21 up and below 1e-6.
      return input >= 1 ? outOfRange(text) : invalidAmount(`Amount ${text} has more than two decimals (sen)`);
    }
  } else if (typeof input === 'string') {
    text = input;
    if (text.startsWith('-')) return invalidAmount(`Expected an amount of zero or more, got ${showValue(input)}`);
    const exponent = EXPONENT.exec(text);
    if (exponent !== null && integerDigits(exponent[1]!, Number(exponent[3])) > 14) return outOfRange(showValue(text));
    if (/[.,]\d{3}(?:[.,]|$)/.test(text) && !PLAIN_DECIMAL.test(text)) {
      return invalidAmount(`Amount ${showValue(input)} looks like it has thousands separators; write plain digits with an optional "." and at most two decimals, e.g. "5000000.50"`);
    }
  } else {
    return invalidAmount(`Expected an amount (number or decimal string), got ${input === null ? 'null' : typeof input}`);
  }
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) {
    return invalidAmount(`Amount ${showValue(text)} is not a plain decimal with at most two decimals (sen), e.g. "5000000" or "5000000.50"`);
  }
  const whole = (match[1] ?? '0').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  if (whole.length > 14) return outOfRange(clipDigits(text));
  const sen = Number(whole) * SEN_PER_RUPIAH + Number(fraction);
  if (!Number.isSafeInteger(sen)) return outOfRange(clipDigits(text));
  return sen as Sen;
}

/** {@link parseAmount} with the problem as a sentence. @internal */
export function amountToSen(input: unknown): Sen | string {
  const sen = parseAmount(input);
  return typeof sen === 'number' ? sen : sen.problem;
}

/** A number written in digits for an error message: whole up to 60 characters, else cut with its length. */
function clipDigits(digits: string): string {
  return digits.length > 60 ? `${digits.slice(0, 60)}… (${digits.length} characters)` : digits;
}

function maxAmountText(): string {
  return senToDecimalString(Number.MAX_SAFE_INTEGER as Sen);
}

/**
 * Schema of an {@link AmountInput} that must be zero or more; parses into exact sen.
 * @internal (the public schemas embed it)
 */
export const senSchema = /* @__PURE__ */ z.unknown().transform((value, ctx): Sen => {
  const sen = parseAmount(value);
  if (typeof sen !== 'number') {
    ctx.addIssue({ code: 'custom', message: sen.problem, input: value, ...(sen.outOfRange ? { params: { code: 'amount_out_of_range' } } : {}) });
    return z.NEVER;
  }
  return sen;
});

/** Schema of an {@link AmountInput} that must be strictly positive. @internal */
export const positiveSenSchema = /* @__PURE__ */ senSchema.refine((sen) => sen > 0, { message: 'Expected an amount greater than zero' });

/** Exact decimal text of an integer count of sen, without trailing zeros (`500000050` → `"5000000.5"`). @internal */
export function senToDecimalString(sen: Sen | number): string {
  return scaledToDecimalString(sen, 2);
}

/** Whole rupiah of an amount in sen, if it has no sen part. @internal */
export function senToRupiahIfWhole(sen: Sen): Rupiah | undefined {
  return sen % SEN_PER_RUPIAH === 0 ? ((sen / SEN_PER_RUPIAH) as Rupiah) : undefined;
}

/** Exact sen of a whole-rupiah amount. @internal */
export function rupiahToSen(amount: number): Sen {
  const sen = amount * SEN_PER_RUPIAH;
  if (!Number.isSafeInteger(sen)) {
    fail({ code: 'amount_out_of_range', path: [], message: `Amount ${amount} is out of range for sen arithmetic` });
  }
  return sen as Sen;
}

/**
 * Decimal text of `units / 10^scale` for an integer `units` (exact, no trailing zeros).
 * @internal
 */
export function scaledToDecimalString(units: number | bigint, scale: number): string {
  if (typeof units === 'number' && Number.isSafeInteger(units)) {
    // Fast path (the common whole-rupiah case): no digit slicing, one string.
    const power = POWERS_OF_TEN[scale];
    if (power !== undefined && units % power === 0) return String(units / power);
  }
  const negative = units < 0;
  let digits = typeof units === 'number' && Number.isSafeInteger(units) ? String(negative ? -units : units) : (negative ? -BigInt(units) : BigInt(units)).toString();
  if (scale > 0) {
    if (digits.length <= scale) digits = digits.padStart(scale + 1, '0');
    const int = digits.slice(0, digits.length - scale);
    let end = digits.length;
    while (end > int.length && digits.charCodeAt(end - 1) === 48) end--;
    digits = end === int.length ? int : `${int}.${digits.slice(int.length, end)}`;
  }
  return negative ? `-${digits}` : digits;
}

// ---------------------------------------------------------------------------------------------
// Rounding

/**
 * How an exact value is brought to a whole number of `step` rupiah. Modes are symmetric around
 * zero, as decimal.js names them: `half_up` rounds halves away from zero (the default of BPJS
 * practice), `half_even` to the even neighbour (banker's rounding), `half_down` towards zero,
 * `down` truncates towards zero (a floor for amounts ≥ 0), `up` away from zero (a ceiling for
 * amounts ≥ 0).
 */
export type RoundingMode = 'half_up' | 'half_even' | 'half_down' | 'down' | 'up';

/** The rounding modes, in a stable order. */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ Object.freeze(['half_up', 'half_even', 'half_down', 'down', 'up']);

/**
 * A named rounding: a mode and a step in whole rupiah (1, 100, 1000...). Stated in every result
 * that rounds, with the reason it applies.
 */
export interface Rounding {
  /** How to treat the part below one step. */
  readonly mode: RoundingMode;
  /** The step, in whole rupiah: 1 for the rupiah, 100 for "a multiple of Rp100". */
  readonly step: number;
}

/**
 * The default for contribution lines and cash benefits: half-up to the whole rupiah, per
 * programme and per payer; totals are sums of rounded lines. No regulation sets it; it is the
 * practice of BPJS and of the exact peer calculators (domain brief §11.1).
 */
export const HALF_UP_TO_RUPIAH: Rounding = /* @__PURE__ */ Object.freeze({ mode: 'half_up', step: 1 });

/** Schema of a {@link Rounding}. */
export const RoundingSchema = /* @__PURE__ */ ownStrictObject({
  mode: z.enum(['half_up', 'half_even', 'half_down', 'down', 'up']),
  step: z.number().int().positive().max(1_000_000_000),
});

/**
 * Divide integer `n` by positive integer `d` and round the quotient by `mode`. Exact for any safe
 * integers (falls back to BigInt when a product would leave the safe range). @internal
 */
export function divideRounded(n: number, d: number, mode: RoundingMode): number {
  if (n < 0) return 0 - divideRounded(-n, d, mode); // 0 - 0 is 0, where -0 would be negative zero
  const r = n % d;
  const q = (n - r) / d;
  if (r === 0) return q;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + 1;
    case 'half_up':
      return 2 * r >= d ? q + 1 : q;
    case 'half_down':
      return 2 * r > d ? q + 1 : q;
    case 'half_even':
      return 2 * r > d || (2 * r === d && q % 2 === 1) ? q + 1 : q;
  }
}

/** BigInt twin of {@link divideRounded}. @internal */
export function divideRoundedBig(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (n < 0n) return -divideRoundedBig(-n, d, mode);
  const q = n / d;
  const r = n % d;
  if (r === 0n) return q;
  switch (mode) {
    case 'down':
      return q;
    case 'up':
      return q + 1n;
    case 'half_up':
      return 2n * r >= d ? q + 1n : q;
    case 'half_down':
      return 2n * r > d ? q + 1n : q;
    case 'half_even':
      return 2n * r > d || (2n * r === d && q % 2n === 1n) ? q + 1n : q;
  }
}

/**
 * Round the exact rational `numerator / denominator` rupiah to a whole number of `rounding.step`
 * rupiah. Both must be integers, the denominator positive. @internal
 */
export function roundRational(numerator: number, denominator: number, rounding: Rounding): Rupiah {
  const d = denominator * rounding.step;
  if (Number.isSafeInteger(numerator) && Number.isSafeInteger(d)) {
    return safeRupiah(divideRounded(numerator, d, rounding.mode) * rounding.step);
  }
  const big = divideRoundedBig(BigInt(numerator), BigInt(denominator) * BigInt(rounding.step), rounding.mode) * BigInt(rounding.step);
  return checkedRupiah(big);
}

/**
 * Round the exact rational `a × b / denominator` rupiah by `rounding`, for integers `a`, `b` and a
 * positive integer `denominator`. The product is formed exactly: in doubles while it stays below
 * 2^53, in BigInt beyond. @internal
 */
export function roundProduct(a: number, b: number, denominator: number, rounding: Rounding): Rupiah {
  const n = a * b;
  const d = denominator * rounding.step;
  if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return safeRupiah(divideRounded(n, d, rounding.mode) * rounding.step);
  const step = BigInt(rounding.step);
  return checkedRupiah(divideRoundedBig(BigInt(a) * BigInt(b), BigInt(denominator) * step, rounding.mode) * step);
}

/** A rounded amount, checked to be exact (rounding up to a large step can leave the safe range). */
function safeRupiah(value: number): Rupiah {
  if (!Number.isSafeInteger(value)) fail({ code: 'amount_out_of_range', path: [], message: `Amount ${value} is beyond the exact range of the library (±${Number.MAX_SAFE_INTEGER} rupiah)` });
  return (value + 0) as Rupiah;
}

function checkedRupiah(value: bigint, path: readonly PathSegment[] = []): Rupiah {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    fail({ code: 'amount_out_of_range', path, message: `Amount ${clipDigits(String(value))} is beyond the exact range of the library (±${Number.MAX_SAFE_INTEGER} rupiah)` });
  }
  return Number(value) as Rupiah;
}

/** Options of {@link roundRupiah}. */
export interface RoundRupiahOptions {
  /** The rounding (default: half-up to the rupiah). */
  readonly rounding?: Rounding;
}

/** Schema of {@link RoundRupiahOptions}. */
export const RoundRupiahOptionsSchema = /* @__PURE__ */ ownStrictObject({ rounding: RoundingSchema.optional() }).optional();

/**
 * Round an exact decimal (a number with a finite decimal expansion, or a decimal string such as
 * `"3001.5"`) to whole rupiah by a named rounding.
 *
 * @example
 * ```ts
 * import { roundRupiah } from 'jamsostek';
 * roundRupiah('3001.5');                                // 3002 (half-up, the default)
 * roundRupiah('10042359.8', { rounding: { mode: 'down', step: 100 } }); // 10042300 (the JP wage cap rule)
 * roundRupiah('393406.74', { rounding: { mode: 'up', step: 100 } });    // 393500 (the JP benefit limit rule)
 * ```
 */
export function roundRupiah(value: string | number, options?: RoundRupiahOptions): Rupiah {
  const parsed = safeParseOwn(RoundRupiahOptionsSchema, options, ['options']);
  if (!parsed.success) {
    const at = parsed.error.issues[0]?.path.map(String) ?? [];
    fail({ code: 'invalid_input', path: ['options', ...at.slice(0, 1)], message: 'Invalid options: rounding must be { mode, step } with mode one of half_up, half_even, half_down, down, up and step a positive whole number', reason: 'custom' });
  }
  return roundRupiahBy(value, parsed.data?.rounding ?? HALF_UP_TO_RUPIAH);
}

/** {@link roundRupiah} with a rounding already validated (the library's own callers). @internal */
export function roundRupiahBy(value: string | number, rounding: Rounding): Rupiah {
  const { mode, step: stepSize } = rounding;
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberToPlainString(value) : 'x') : typeof value === 'string' && value.length <= 1000 ? value : 'x';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) {
    const exponent = EXPONENT.exec(text.startsWith('-') ? text.slice(1) : text);
    if (exponent !== null && integerDigits(exponent[1]!, Number(exponent[3])) > 16) {
      fail({ code: 'amount_out_of_range', path: ['value'], message: `Amount ${showValue(value)} is beyond the exact range of the library (±${Number.MAX_SAFE_INTEGER} rupiah)` });
    }
    fail({ code: 'invalid_input', path: ['value'], message: `Expected a plain decimal (at most 1000 characters), got ${showValue(value)}`, reason: 'custom' });
  }
  const fraction = match[3] ?? '';
  const units = BigInt(`${match[1]}${match[2]}${fraction}`);
  const denominator = 10n ** BigInt(fraction.length);
  const step = BigInt(stepSize);
  return checkedRupiah(divideRoundedBig(units, denominator * step, mode) * step, ['value']);
}

function numberToPlainString(value: number): string {
  const text = String(value);
  if (!text.includes('e')) return text;
  // Exponent form: expand exactly through BigInt-free string arithmetic.
  const [mantissa = '0', exponentText = '0'] = text.split('e');
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [int = '0', frac = ''] = mantissa.replace('-', '').split('.');
  const digits = int + frac;
  const point = int.length + exponent;
  // Number#toString writes an exponent only when the decimal point falls at or before the 6th
  // place after it (values below 1e-6: point ≤ -6) or at least 22 digits in (values of 1e21 and
  // more, which have at most 17 significant digits): the point is never inside the digits.
  const out = point <= 0 ? `0.${'0'.repeat(-point)}${digits}` : digits + '0'.repeat(point - digits.length);
  return negative ? `-${out}` : out;
}

// ---------------------------------------------------------------------------------------------
// Rates

/**
 * An exact percentage, held as an integer ratio with a power-of-ten denominator: 0.445 % is
 * `{ numerator: 445, denominator: 100000 }`. Made with {@link percent}; `percent` keeps the
 * decimal text for explanations.
 */
export interface Rate {
  /** The percentage as decimal text, e.g. `"0.445"` for 0.445 %. */
  readonly percent: string;
  /** Integer numerator of the fraction (not of the percentage). */
  readonly numerator: number;
  /** Power-of-ten denominator of the fraction. */
  readonly denominator: number;
}

/**
 * An exact percentage from its decimal text: `percent('0.24')` is 0.24 % (= 0.0024).
 *
 * @example
 * ```ts
 * import { percent } from 'jamsostek';
 * const jkkClass1 = percent('0.24');
 * console.log(jkkClass1.numerator, jkkClass1.denominator); // 24 10000
 * ```
 */
export function percent(text: string): Rate {
  const match = typeof text === 'string' ? /^(\d{1,6})(?:\.(\d{1,8}))?$/.exec(text) : null;
  if (match === null) {
    fail({ code: 'invalid_input', path: ['text'], message: `Expected a percentage as decimal text such as "0.445", got ${showValue(text)}`, reason: 'custom' });
  }
  const fraction = match[2] ?? ''; // trailing zeros are divided out below
  let numerator = Number(`${match[1]}${fraction}`);
  let denominator = 100 * 10 ** fraction.length;
  while (numerator !== 0 && numerator % 10 === 0 && denominator > 1) {
    numerator /= 10;
    denominator /= 10;
  }
  if (numerator === 0) denominator = 1;
  return Object.freeze({ percent: rateToPercentText(numerator, denominator), numerator, denominator });
}

function rateToPercentText(numerator: number, denominator: number): string {
  // percent = numerator * 100 / denominator; denominator is a power of ten.
  const scale = powerOfTen(denominator) - 2;
  return scale <= 0 ? String(numerator * 10 ** -scale) : scaledToDecimalString(numerator, scale);
}

/** 10^0 … 10^15, exact doubles. */
const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ Array.from({ length: 16 }, (_, i) => 10 ** i);

/** The exponent of a power of ten (`10000` → 4), without building a string. */
function powerOfTen(value: number): number {
  const exponent = POWERS_OF_TEN.indexOf(value);
  return exponent >= 0 ? exponent : String(value).length - 1;
}

/** Schema of a percentage written as decimal text (`"0.445"`), parsed into a {@link Rate}. */
export const RateSchema = /* @__PURE__ */ z
  .string()
  .regex(/^\d{1,6}(?:\.\d{1,8})?$/, 'Expected a percentage as decimal text such as "0.445"')
  .transform((text) => percent(text));

/**
 * The product of two rates, exact (e.g. a JKK rate times a relief factor of 50 %). @internal
 */
export function multiplyRates(a: Rate, b: Rate): Rate {
  let numerator = a.numerator * b.numerator;
  let denominator = a.denominator * b.denominator;
  while (numerator !== 0 && numerator % 10 === 0 && denominator > 1) {
    numerator /= 10;
    denominator /= 10;
  }
  if (numerator === 0) denominator = 1;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    fail({ code: 'amount_out_of_range', path: [], message: 'Rate product exceeds exact range' });
  }
  return Object.freeze({ percent: rateToPercentText(numerator, denominator), numerator, denominator });
}

/**
 * `base × rate` rounded by `rounding`, with `base` in exact sen. The hot path of every
 * contribution line: integer arithmetic only. @internal
 */
export function applyRate(base: Sen, rate: Rate, rounding: Rounding): Rupiah {
  return roundProduct(base, rate.numerator, rate.denominator * SEN_PER_RUPIAH, rounding);
}

/** The exact, unrounded `base × rate` in rupiah as decimal text (for explanations). @internal */
export function exactRateProduct(base: Sen, rate: Rate): string {
  const n = base * rate.numerator;
  const scale = powerOfTen(rate.denominator) + 2;
  return scaledToDecimalString(Number.isSafeInteger(n) ? n : BigInt(base) * BigInt(rate.numerator), scale);
}

// ---------------------------------------------------------------------------------------------
// Sums and formatting

/**
 * The exact sum of rupiah amounts. Throws a typed error instead of losing precision beyond the
 * safe-integer range.
 *
 * @example
 * ```ts
 * import { sumRupiah } from 'jamsostek';
 * sumRupiah([10_000, 6_800]); // 16800
 * ```
 */
export function sumRupiah(amounts: Iterable<number>): Rupiah {
  if (!isIterable(amounts)) {
    fail({ code: 'invalid_input', path: ['amounts'], message: `Expected an array (or other iterable) of whole rupiah amounts, got ${showValue(amounts)}`, reason: 'invalid_type' });
  }
  let total = 0;
  let index = 0;
  for (const amount of ownIterate(amounts, (i) => ['amounts', i])) {
    if (typeof amount !== 'number' || !Number.isSafeInteger(amount)) {
      if (typeof amount === 'number' && Number.isInteger(amount)) fail({ code: 'amount_out_of_range', path: ['amounts', index], message: `Amount ${showValue(amount)} is beyond the exact range of the library (±${Number.MAX_SAFE_INTEGER} rupiah)` });
      fail({ code: 'invalid_input', path: ['amounts', index], message: `Not a whole rupiah amount: ${showValue(amount)}`, reason: 'not_integer' });
    }
    total += amount;
    if (!Number.isSafeInteger(total)) fail({ code: 'amount_out_of_range', path: ['amounts', index], message: 'Sum exceeds the exact range of the library' });
    index++;
  }
  return (total + 0) as Rupiah;
}

/** Add two whole-rupiah amounts, checked. @internal */
export function addRupiah(a: number, b: number): Rupiah {
  const total = a + b;
  if (!Number.isSafeInteger(total)) fail({ code: 'amount_out_of_range', path: [], message: 'Sum exceeds the exact range of the library' });
  return (total + 0) as Rupiah;
}

/** Multiply a whole-rupiah amount by a whole count, checked. @internal */
export function multiplyRupiah(amount: number, count: number): Rupiah {
  const total = amount * count;
  if (!Number.isSafeInteger(total)) {
    const big = BigInt(amount) * BigInt(count);
    return checkedRupiah(big);
  }
  return (total + 0) as Rupiah;
}

/** `"10080000000"` → `"10.080.000.000"`, in one pass (a look-ahead regex is quadratic in the length). */
function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/**
 * Format an amount for Indonesian readers: `Rp16.800`, `Rp10.080.000.000`, `-Rp5.000`; an exact
 * decimal string keeps its decimals with a decimal comma (`"3001.5"` → `Rp3.001,5`). The output
 * does not depend on the runtime's locale data.
 *
 * @example
 * ```ts
 * import { formatRupiah } from 'jamsostek';
 * formatRupiah(10_080_000_000); // 'Rp10.080.000.000'
 * formatRupiah('3001.5');       // 'Rp3.001,5'
 * ```
 */
export function formatRupiah(amount: number | string): string {
  const text = typeof amount === 'number' ? (Number.isSafeInteger(amount) ? String(amount) : '') : typeof amount === 'string' && amount.length <= 1000 ? amount : '';
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) {
    if (typeof amount === 'number' && Number.isInteger(amount)) fail({ code: 'amount_out_of_range', path: ['amount'], message: `Cannot format ${showValue(amount)} as rupiah: it is beyond the exact range of the library (±${Number.MAX_SAFE_INTEGER} rupiah)` });
    fail({ code: 'invalid_input', path: ['amount'], message: `Cannot format ${showValue(amount)} as rupiah: expected a whole number or a plain decimal string (at most 1000 characters)`, reason: 'custom' });
  }
  const int = groupThousands(match[2] ?? '0');
  const frac = match[3] === undefined ? '' : `,${match[3]}`;
  return `${match[1]}Rp${int}${frac}`;
}
