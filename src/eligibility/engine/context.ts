/**
 * What a criterion's test may read besides the facts: the screening date and the law in force on
 * it, read once per parameter and recorded for the result's `lawUsed`.
 *
 * @module
 * @internal
 */
import type { CalendarDate } from '../../core/calendar';
import { isJamsostekError, JamsostekError, type JamsostekIssue } from '../../core/errors';
import { lawUsedOf, type LawUsed } from '../../law/lawUsed';
import { CARRY_FORWARD, type ResolvedLawOptions } from '../../law/options';
import type { LawRegistry, ParameterId, ParameterValueOf } from '../../law/registry';
import { valueAt, type LookupOptions } from '../../law/lookup';
import type { ResolvedValue } from '../../law/timeline';
import type { CriterionContext } from '../rule';

/**
 * How to read a parameter beyond its last value. The parameters the rules read (an age limit, a
 * number of occupations) are not indexed by law, so either projection carries the last value
 * forward, marked `projected`.
 */
function lookupOptions(options: ResolvedLawOptions): LookupOptions | undefined {
  return options.projection === undefined ? { law: options.law } : { law: options.law, projection: CARRY_FORWARD };
}

/**
 * A lookup's issue as the caller of the screening sees it: the date looked up is the `asOf`
 * option (the lookup reports it at `['at']`), and a projection is asked for with the `projection`
 * option.
 */
function asOptionsIssue(issue: JamsostekIssue): JamsostekIssue {
  if (issue.path[0] !== 'at') return issue;
  const message = issue.message.replace(/; pass \{ projection: .*$/, "; pass the option projection: { method: 'carry_forward' } to carry the last value forward, marked as projected");
  return { ...issue, path: ['options', 'asOf'], message };
}

/** A context for tests: the date, the law, and a cache of parameter values. */
export class EvaluationContext implements CriterionContext {
  readonly asOf: CalendarDate;
  readonly law: LawRegistry;
  readonly explain: boolean;
  readonly #lookup: LookupOptions | undefined;
  readonly #cache = new Map<string, ResolvedValue<unknown>>();

  constructor(asOf: CalendarDate, options: ResolvedLawOptions, explain: boolean) {
    this.asOf = asOf;
    this.law = options.law;
    this.explain = explain;
    this.#lookup = lookupOptions(options);
  }

  parameter<K extends ParameterId>(id: K): ResolvedValue<ParameterValueOf<K>> {
    let value = this.#cache.get(id);
    if (value === undefined) {
      const parameter = this.law.parameter(id);
      try {
        value = valueAt(parameter, parameter.granularity === 'month' ? this.asOf.slice(0, 7) : this.asOf, this.#lookup) as ResolvedValue<unknown>;
      } catch (error) {
        if (isJamsostekError(error)) throw new JamsostekError(error.issues.map(asOptionsIssue));
        throw error;
      }
      this.#cache.set(id, value);
    }
    return value as ResolvedValue<ParameterValueOf<K>>;
  }

  /** Every parameter value read so far, by parameter id. */
  lawUsed(): LawUsed[] {
    return [...this.#cache].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => lawUsedOf(this.law, v));
  }
}
