/**
 * The law a benefit computation reads, and the record of it for the result's `lawUsed`.
 *
 * @module
 * @internal
 */
import { fail, type PathSegment } from '../core/errors';
import { formatCitation } from '../law/citation';
import { lawUsedOf, type LawUsed } from '../law/lawUsed';
import type { Projection } from '../law/options';
import type { LawRegistry, ParameterId, ParameterValueOf } from '../law/registry';
import { lookupValue } from '../law/lookup';
import { coverageOf, type Parameter, type ResolvedValue } from '../law/timeline';

/** Collects the parameter values a computation reads, for the result's `lawUsed`. @internal */
export class LawTrail {
  readonly #law: LawRegistry;
  readonly #projection: Projection | undefined;
  readonly #used = new Map<string, LawUsed>();

  /**
   * A trail over `law`. With a `carry_forward` projection, a parameter's last value is carried
   * beyond its end (marked projected); an `indexed` projection applies only where a function
   * indexes a value itself (the JP benefit limits).
   */
  constructor(law: LawRegistry, projection?: Projection) {
    this.#law = law;
    this.#projection = projection?.method === 'carry_forward' ? projection : undefined;
  }

  /** The law read. */
  get law(): LawRegistry {
    return this.#law;
  }

  /** The parameter (not recorded). */
  parameter<K extends ParameterId>(id: K): Parameter<ParameterValueOf<K>> {
    return this.#law.parameter(id);
  }

  /** The value in force on `date`, recorded; none is a typed `parameter_not_in_force` error at `path` (the date's input). */
  get<K extends ParameterId>(id: K, date: string, path: readonly PathSegment[]): ResolvedValue<ParameterValueOf<K>> {
    const parameter = this.#law.parameter(id);
    const found = lookupValue(this.#law, parameter, date, this.#projection, ['options', 'projection']);
    if (found === undefined) notInForce(parameter, date, path);
    this.record(found);
    return found;
  }

  /** Record a value read elsewhere. */
  record(found: ResolvedValue<unknown>): void {
    const key = `${found.parameter}@${found.from}@${found.status}`;
    if (!this.#used.has(key)) this.#used.set(key, lawUsedOf(this.#law, found));
  }

  /** Every value used, in the order first read. */
  used(): readonly LawUsed[] {
    return [...this.#used.values()];
  }
}

/** The typed error for a date no value of `parameter` covers. @internal */
export function notInForce(parameter: Pick<Parameter<unknown>, 'id' | 'values'>, date: string, path: readonly PathSegment[], advice = ''): never {
  const coverage = coverageOf(parameter);
  const span = coverage === null ? 'no values' : `values from ${coverage.from} to ${coverage.to ?? 'open end'}`;
  return fail({ code: 'parameter_not_in_force', path: [...path], message: `No value of ${parameter.id} is in force on ${date} (${span})${advice}`, parameter: parameter.id, at: date, coverage });
}

/** The regime a value belongs to, as text (`PP 82/2019 Art. I (Art. 34)`). @internal */
export function regimeOf(value: ResolvedValue<unknown>): string {
  const first = value.citations[0];
  return first === undefined ? value.parameter : formatCitation(first);
}
