/**
 * The library's private decimal.js configuration. decimal.js keeps a global, mutable
 * configuration; the library never touches it and uses this clone instead. Use it for arbitrary
 * precision work (projections, indexation, parsing decimal strings), never for per-line
 * contribution arithmetic, which runs on exact integers (see `money.ts`).
 *
 * @module
 * @internal
 */
import Decimal from 'decimal.js';

/** A decimal.js constructor with 60 significant digits, half-up rounding and no exponent notation. @internal */
export const Dec = Decimal.clone({
  precision: 60,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
  modulo: Decimal.ROUND_DOWN,
});

/** An instance of the private decimal clone. @internal */
export type Dec = InstanceType<typeof Dec>;
