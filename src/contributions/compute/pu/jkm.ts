/**
 * The PU JKM line (*Jaminan Kematian*): the employer pays 0.30 % of the whole monthly wage
 * (PP 44/2015 Art. 18), reduced by PP 49/2020 where it applies.
 *
 * @module
 * @internal
 */
import { applyRate, multiplyRates } from '../../../core/money';
import { lineExtra, rateLine } from '../rateLine';
import { pp49Factor } from '../relief';
import { PU_IDS, type PuLineContext } from './context';

/** Add the JKM line. @internal */
export function addPuJkm({ b, wage, rounding, pp49 }: PuLineContext): void {
  const jkm = b.need('pu.jkmRate');
  if (pp49 === undefined) {
    b.add(rateLine('JKM', 'employer', wage, jkm.value, rounding, PU_IDS.jkm, jkm.citations));
    return;
  }
  const { rate, relief } = pp49Factor(pp49, pp49.value.jkmPayable);
  const extra = lineExtra(true, { ...relief, normalAmount: applyRate(wage, jkm.value, rounding) });
  b.add(rateLine('JKM', 'employer', wage, multiplyRates(jkm.value, rate), rounding, ['pu.jkmRate', pp49.parameter], jkm.citations, extra));
}
