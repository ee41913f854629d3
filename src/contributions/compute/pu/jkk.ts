/**
 * The PU JKK line (*Jaminan Kecelakaan Kerja*): the employer pays the rate of the risk class on
 * the whole monthly wage (PP 44/2015 Art. 16, Lampiran I), reduced by PP 7/2025 or PP 49/2020
 * where they apply.
 *
 * @module
 * @internal
 */
import { applyRate, multiplyRates } from '../../../core/money';
import { lineExtra, rateLine } from '../rateLine';
import { pp49Factor, pp7Relief, type ReliefFactor } from '../relief';
import { PU_IDS, type PuLineContext } from './context';

/** Add the JKK line. @internal */
export function addPuJkk({ p, b, wage, rounding, pp49 }: PuLineContext): void {
  const rates = b.need('pu.jkkRates');
  const normal = rates.value[p.riskClass];
  let relief: ReliefFactor | undefined = b.m.values['relief.pp7_2025'] === undefined ? undefined : pp7Relief(p, b, pp49);
  if (pp49 !== undefined) {
    const factor = pp49Factor(pp49, pp49.value.jkkPayable);
    relief = { rate: multiplyRates(relief?.rate ?? normal, factor.rate), relief: factor.relief };
  }
  if (relief === undefined) {
    b.add(rateLine('JKK', 'employer', wage, normal, rounding, PU_IDS.jkk, rates.citations));
    return;
  }
  const extra = lineExtra(true, { ...relief.relief, normalAmount: applyRate(wage, normal, rounding) });
  b.add(rateLine('JKK', 'employer', wage, relief.rate, rounding, ['pu.jkkRates', relief.relief.measure], rates.citations, extra));
}
