/**
 * The record of a parameter value a result used: what a reader needs to check it against the
 * law (value as text, period, status, confidence, the layer it came from, citations). Every
 * module's results list these in the same shape.
 *
 * @module
 */
import type { Citation, Confidence, LegalStatus } from './citation';
import type { LawRegistry, ParameterId } from './registry';
import type { ParameterValue } from './timeline';
import { own } from '../core/validate';

/** A parameter value a result used, with its citations, for audit. */
export interface LawUsed {
  /** Parameter id. */
  readonly parameter: string;
  /** The value as text. */
  readonly value: string;
  /** First month or date of the value. */
  readonly from: string;
  /** Last month or date of the value (`null`: open-ended). */
  readonly to: string | null;
  /** Enacted, derived or projected. */
  readonly status: LegalStatus;
  /** Confidence of the source. */
  readonly confidence: Confidence;
  /** The layer that supplied it (`baseline` or an overlay's name). */
  readonly source: string;
  /** Its legal basis. */
  readonly citations: readonly Citation[];
  /** Anything a reader must know. */
  readonly note?: string;
}

const cache = new WeakMap<object, LawUsed>();

/**
 * The {@link LawUsed} record of a value, built once per value (values are immutable, so the
 * record is shared by every result that uses it). @internal
 */
export function lawUsedOf(law: LawRegistry, value: ParameterValue<unknown>): LawUsed {
  let used = cache.get(value);
  if (used === undefined) {
    const display = law.parameter(value.parameter as ParameterId).display as (v: unknown) => string;
    used = Object.freeze({
      parameter: value.parameter,
      value: display(value.value),
      from: value.from,
      to: value.to,
      status: value.status,
      confidence: value.confidence,
      source: value.source,
      citations: value.citations,
      ...(own(value, 'note') === undefined ? {} : { note: value.note }),
    });
    cache.set(value, used);
  }
  return used;
}
