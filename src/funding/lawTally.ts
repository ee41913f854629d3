/**
 * The law a funding result used, gathered from the contributions it priced: each parameter value
 * once (by parameter, first month and layer), in order of first use, with the distinct citations
 * and whether any value was projected.
 *
 * @module
 * @internal
 */
import type { MonthlyContribution } from '../contributions/lines';
import type { LawUsed } from '../law/lawUsed';
import type { Citation } from '../law/citation';
import { uniqueCitations } from '../law/explanation';

/** What a result reports of the law it used. @internal */
export interface LawReport {
  readonly lawUsed: LawUsed[];
  readonly citations: Citation[];
  readonly projected: boolean;
}

/** A running tally of the law used. @internal */
export class LawTally {
  readonly #used = new Map<string, LawUsed>();
  #projected = false;

  /** Add a priced month's law. */
  addContribution(c: MonthlyContribution): void {
    if (c.projected) this.#projected = true;
    for (const l of c.lawUsed) this.add(l);
  }

  /** Add one value (a repeat is ignored). */
  add(l: LawUsed): void {
    const key = `${l.parameter}|${l.from}|${l.source}`;
    if (!this.#used.has(key)) this.#used.set(key, l);
  }

  /** Add another tally's values and projection flag. */
  addTally(other: LawTally): void {
    if (other.#projected) this.#projected = true;
    for (const l of other.#used.values()) this.add(l);
  }

  /** The values in order of first use, their distinct citations, and whether any was projected. */
  report(): LawReport {
    const lawUsed = [...this.#used.values()];
    return { lawUsed, citations: uniqueCitations(lawUsed.map((l) => l.citations)), projected: this.#projected };
  }
}
