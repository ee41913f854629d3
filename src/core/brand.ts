/**
 * Brands that survive a second copy of the library. An application can load the package twice
 * (its ESM and its CJS build side by side, or two installed versions); each copy has its own
 * classes, so `instanceof` fails for a value made by the other copy. A brand is a
 * non-enumerable property under a registered symbol (`Symbol.for`, shared by every copy in the
 * process) whose value is the layout version of the branded object: a copy accepts a value of
 * another copy only when both agree on the layout.
 *
 * @module
 * @internal
 */

/** The layout version every brand of this copy carries. Raise it when a branded object changes shape. @internal */
export const BRAND_VERSION = 1;

/** Mark `target` (before it is frozen) with the brand `key`. @internal */
export function setBrand(target: object, key: symbol): void {
  Object.defineProperty(target, key, { value: BRAND_VERSION, enumerable: false, writable: false, configurable: false });
}

/** True when `value` is an object carrying the brand `key` at this copy's layout version. @internal */
export function hasBrand(value: unknown, key: symbol): value is object {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[key] === BRAND_VERSION;
  } catch {
    return false; // a revoked proxy, or a getter that throws: not one of ours
  }
}
