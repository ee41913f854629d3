/**
 * The PU JKP lines (*Jaminan Kehilangan Pekerjaan*), shown but never billed: the central
 * government's share and the shares recomposed from the employer's JKK (and, before PP 6/2025,
 * JKM) contributions, on the wage capped at the JKP cap (PP 37/2021 Art. 11, PP 6/2025).
 *
 * @module
 * @internal
 */
import type { Sen } from '../../../core/money';
import { capTexts } from '../../messages';
import { memo } from '../../monthLaw';
import { noteOf } from '../builder';
import { lineExtra, rateLine } from '../rateLine';
import { PU_IDS, type PuLineContext } from './context';

/** Add the JKP lines where JKP is in force (unless the participant is not covered). @internal */
export function addPuJkp({ p, b, wage, rounding }: PuLineContext): void {
  const m = b.m;
  const composition = m.values['jkp.composition'];
  if (composition === undefined || p.jkp === false) {
    if (p.jkp === true) b.notes.push(noteOf(capTexts.jkpNotInForce(m.month)));
    return;
  }
  b.use(composition);
  const cap = b.need('jkp.wageCap');
  const capSen = cap.value * 100;
  const base = (wage > capSen ? capSen : wage) as Sen;
  const citations = memo(m, 'citations:jkp', () => [...composition.citations, ...cap.citations]);
  const c = composition.value;
  b.add(rateLine('JKP', 'government', base, c.government, rounding, PU_IDS.jkp, citations, lineExtra(false, undefined, capTexts.jkpGovernment)));
  b.add(rateLine('JKP', 'employer', base, c.jkkRecomposition, rounding, PU_IDS.jkp, citations, lineExtra(false, undefined, capTexts.jkpRecomposed.JKK, undefined, 'JKK')));
  if (c.jkmRecomposition.numerator !== 0) {
    b.add(rateLine('JKP', 'employer', base, c.jkmRecomposition, rounding, PU_IDS.jkp, citations, lineExtra(false, undefined, capTexts.jkpRecomposed.JKM, undefined, 'JKM')));
  }
}
