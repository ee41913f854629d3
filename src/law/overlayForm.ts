/**
 * How an overlay writes the value of a parameter (its *input form*): as the library holds it,
 * except that a rate is percent text (`'0.24'` for 0.24 %) and a row's `confidence` may be left
 * out (it defaults to `H`). The type {@link OverlayForm} gives each parameter id its form, so a
 * wrong form fails to compile; at run time a wrong value is refused with a message naming the
 * form the parameter expects, with an example taken from the baseline.
 *
 * A rate given as a number is refused: `0.24` could mean 0.24 % or the fraction 0.24 (24 %), and
 * a binary fraction such as `0.1 + 0.2` is not the decimal it looks like.
 *
 * @module
 */
import type { Rate } from '../core/money';
import { showValue } from '../core/errors';
import type { Confidence } from './citation';
import type { Parameter } from './timeline';

/** The form in which an overlay writes a value of type `T` (rates as percent text). */
export type OverlayForm<T> = T extends Rate
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends readonly (infer E)[]
      ? readonly OverlayForm<E>[]
      : T extends object
        ? OverlayObject<T>
        : T;

/** An object value in overlay form: every field in its form, a `confidence` optional. */
export type OverlayObject<T> = { readonly [K in keyof T as T[K] extends Confidence ? never : K]: OverlayForm<T[K]> } & {
  readonly [K in keyof T as T[K] extends Confidence ? K : never]?: T[K];
};

/** True for a rate as the library holds it. */
function isRate(value: object): value is Rate {
  const keys = Object.keys(value);
  const r = value as Partial<Rate>;
  return keys.length === 3 && typeof r.percent === 'string' && typeof r.numerator === 'number' && typeof r.denominator === 'number';
}

/** A value as an overlay writes it: rates as percent text, the rest as it is. @internal */
export function overlayFormOf(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(overlayFormOf);
  if (isRate(value)) return value.percent;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, overlayFormOf(v)]));
}

const EXAMPLE_LENGTH = 160;

/**
 * What form a parameter's overlay values take, as a phrase with an example from the parameter's
 * last value: `JP contribution wage cap (jp.wageCap) as whole rupiah (a number such as 11086300)`.
 * @internal
 */
export function describeOverlayForm(parameter: Parameter<unknown>): string {
  const name = `${parameter.title.en} (${parameter.id})`;
  const example = parameter.values[parameter.values.length - 1]?.value;
  if (typeof example === 'number') {
    return parameter.unit === 'rupiah' ? `${name} as whole rupiah (a number such as ${example})` : `${name} as a whole number (${parameter.unit}) such as ${example}`;
  }
  if (typeof example === 'object' && example !== null && isRate(example)) return `${name} as a rate in percent text such as '${example.percent}' (${example.percent} %)`;
  const json = JSON.stringify(overlayFormOf(example)) ?? String(example);
  const shown = json.length > EXAMPLE_LENGTH ? `${json.slice(0, EXAMPLE_LENGTH)}…` : json;
  return `${name} in the form of its baseline values (rates as percent text), such as ${shown}`;
}

/** Extra advice when a number stands where percent text is expected. @internal */
export function rateNumberHint(given: unknown, expected: unknown): string {
  if (typeof given !== 'number' || expected !== 'string') return '';
  return `; a rate is not accepted as a number (${showValue(given)} could mean ${showValue(given)} % or the fraction ${showValue(given)}): write the percent as text, e.g. '${given}' for ${given} %`;
}
