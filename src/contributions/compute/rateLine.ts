/**
 * A contribution line computed from a base and a rate: the amount at once, the decimal texts of
 * the base and of the exact product on first access (most batch callers never read them).
 *
 * @module
 * @internal
 */
import type { BilingualText } from '../../core/explain';
import { applyRate, exactRateProduct, senToDecimalString, type Rate, type Rounding, type Rupiah, type Sen } from '../../core/money';
import { copiedAsData } from '../../core/validate';
import type { Citation } from '../../law/citation';
import type { ContributionLine, ContributionPayer, ContributionProgram, LineRelief, RecomposedProgram } from '../lines';

/**
 * What a line may add to its base and rate. Made only by {@link lineExtra}, which gives every key
 * a value of its own, so that reading one never reaches a key set on Object.prototype (an
 * inherited `billed: false` would unbill every line). @internal
 */
export interface LineExtra {
  readonly billed: boolean;
  readonly relief: LineRelief | undefined;
  readonly note: BilingualText | undefined;
  readonly baseText: string | undefined;
  readonly recomposedFrom: RecomposedProgram | undefined;
}

/** Make a {@link LineExtra}. @internal */
export function lineExtra(billed: boolean, relief?: LineRelief, note?: BilingualText, baseText?: string, recomposedFrom?: RecomposedProgram): LineExtra {
  return { billed, relief, note, baseText, recomposedFrom };
}

/**
 * A line computed from a base and a rate. The decimal texts are included by `toJSON`, so the line
 * serialises as plain data.
 */
class RateLine implements ContributionLine {
  readonly amount: Rupiah;
  readonly rate: string;
  readonly #base: Sen;
  readonly #rate: Rate;
  readonly #baseText: string | undefined;

  constructor(
    readonly program: ContributionProgram,
    readonly payer: ContributionPayer,
    base: Sen,
    rate: Rate,
    rounding: Rounding,
    readonly parameters: readonly string[],
    readonly citations: readonly Citation[],
    readonly billed: boolean,
    readonly relief: LineRelief | undefined,
    readonly note: BilingualText | undefined,
    baseText: string | undefined,
    readonly recomposedFrom: RecomposedProgram | undefined,
  ) {
    this.#base = base;
    this.#rate = rate;
    this.#baseText = baseText;
    this.rate = rate.percent;
    this.amount = applyRate(base, rate, rounding);
  }

  get base(): string {
    return this.#baseText ?? senToDecimalString(this.#base);
  }

  get exact(): string {
    return exactRateProduct(this.#base, this.#rate);
  }

  toJSON(): object {
    return {
      program: this.program,
      payer: this.payer,
      billed: this.billed,
      base: this.base,
      rate: this.rate,
      exact: this.exact,
      amount: this.amount,
      parameters: this.parameters,
      citations: this.citations,
      ...(this.relief === undefined ? {} : { relief: this.relief }),
      ...(this.recomposedFrom === undefined ? {} : { recomposedFrom: this.recomposedFrom }),
      ...(this.note === undefined ? {} : { note: this.note }),
    };
  }
}

// A line passed back in (a schedule's months to applyPayments) is read as its own fields.
copiedAsData(RateLine.prototype);

/** A line of `rate × base`, rounded once by `rounding`; billed unless `extra` says otherwise. @internal */
export function rateLine(
  program: ContributionProgram,
  payer: ContributionPayer,
  base: Sen,
  rate: Rate,
  rounding: Rounding,
  parameters: readonly string[],
  citations: readonly Citation[],
  extra?: LineExtra,
): ContributionLine {
  return extra === undefined
    ? new RateLine(program, payer, base, rate, rounding, parameters, citations, true, undefined, undefined, undefined, undefined)
    : new RateLine(program, payer, base, rate, rounding, parameters, citations, extra.billed, extra.relief, extra.note, extra.baseText, extra.recomposedFrom);
}
