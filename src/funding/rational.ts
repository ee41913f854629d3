/**
 * Exact rationals on BigInt for the funding module: reduced fractions, exact decimal text when
 * the fraction terminates, and named rounding to a number of decimals. No floats.
 *
 * @module
 * @internal
 */
import { divideRoundedBig, type RoundingMode } from '../core/money';

/** Greatest common divisor of two non-negative BigInts. @internal */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** A reduced fraction `numerator / denominator` (denominator positive), as decimal-digit strings. */
export interface Fraction {
  /** Numerator, as integer text (may be negative). */
  readonly numerator: string;
  /** Denominator, as positive integer text. */
  readonly denominator: string;
}

/** Reduce `n / d` (d ≠ 0). @internal */
export function reduced(n: bigint, d: bigint): { n: bigint; d: bigint } {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return { n: n / g, d: d / g };
}

/** `n / d` as a reduced {@link Fraction}. @internal */
export function fraction(n: bigint, d: bigint): Fraction {
  const r = reduced(n, d);
  return { numerator: r.n.toString(), denominator: r.d.toString() };
}

/**
 * The exact decimal text of `n / d` if it terminates (the reduced denominator has no prime
 * factors but 2 and 5), otherwise `undefined`. @internal
 */
export function exactDecimal(n: bigint, d: bigint): string | undefined {
  const r = reduced(n, d);
  let den = r.d;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  if (den !== 1n) return undefined;
  const scale = Math.max(twos, fives);
  const units = (r.n * 10n ** BigInt(scale)) / r.d;
  return decimalText(units, scale);
}

/** `units / 10^scale` as decimal text, trailing zeros removed. @internal */
export function decimalText(units: bigint, scale: number): string {
  const negative = units < 0n;
  // padStart is a no-op on a longer string, and at scale 0 the fraction is empty
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const int = digits.slice(0, digits.length - scale);
  const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = frac === '' ? int : `${int}.${frac}`;
  return negative ? `-${text}` : text;
}

/** `n / d` rounded to `decimals` decimals by `mode`, as text with exactly `decimals` decimals. @internal */
export function roundedDecimal(n: bigint, d: bigint, decimals: number, mode: RoundingMode): string {
  const units = divideRoundedBig(n * 10n ** BigInt(decimals), d, mode);
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (decimals > 0) {
    digits = digits.padStart(decimals + 1, '0');
    digits = `${digits.slice(0, digits.length - decimals)}.${digits.slice(digits.length - decimals)}`;
  }
  return negative ? `-${digits}` : digits;
}

/** The exact value `n / d` as text: a terminating decimal, or `n/d` reduced. @internal */
export function rationalText(n: bigint, d: bigint): string {
  const decimal = exactDecimal(n, d);
  if (decimal !== undefined) return decimal;
  const r = reduced(n, d);
  return `${r.n}/${r.d}`;
}

/** Parse a non-negative decimal text (`"33.5"`) into units of 10^-scale. @internal */
export function decimalToUnits(textValue: string, scale: number): bigint {
  const [int = '0', frac = ''] = textValue.split('.');
  return BigInt(int + frac.padEnd(scale, '0'));
}
