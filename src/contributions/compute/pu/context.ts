/**
 * What every PU line builder reads: the participant, the calculation being built, the monthly
 * wage in sen, the rounding, and PP 49/2020 if it is in force this month.
 *
 * @module
 * @internal
 */
import type { Rounding, Sen } from '../../../core/money';
import type { Pp49Relief } from '../../../law/parameters/relief';
import type { ParameterValue } from '../../../law/timeline';
import type { PuParticipant } from '../../participant';
import type { Builder } from '../builder';

/** The inputs of a PU line builder. @internal */
export interface PuLineContext {
  readonly p: PuParticipant;
  readonly b: Builder;
  /** The monthly wage (*upah sebulan*) in sen. */
  readonly wage: Sen;
  readonly rounding: Rounding;
  readonly pp49: ParameterValue<Pp49Relief> | undefined;
}

/** The parameter ids each PU line reads (shared arrays: lines are many, ids few). @internal */
export const PU_IDS = {
  jkk: ['pu.jkkRates'],
  jkm: ['pu.jkmRate'],
  jht: ['pu.jhtRates'],
  jp: ['pu.jpRates', 'jp.wageCap'],
  jkp: ['jkp.composition', 'jkp.wageCap'],
} as const;
