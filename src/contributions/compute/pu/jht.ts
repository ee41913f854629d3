/**
 * The PU JHT lines (*Jaminan Hari Tua*): 3.7 % paid by the employer and 2 % withheld from the
 * worker, on the whole monthly wage (PP 46/2015 Art. 16).
 *
 * @module
 * @internal
 */
import { rateLine } from '../rateLine';
import { PU_IDS, type PuLineContext } from './context';

/** Add the JHT lines. @internal */
export function addPuJht({ b, wage, rounding }: PuLineContext): void {
  const jht = b.need('pu.jhtRates');
  b.add(rateLine('JHT', 'employer', wage, jht.value.employer, rounding, PU_IDS.jht, jht.citations));
  b.add(rateLine('JHT', 'employee', wage, jht.value.employee, rounding, PU_IDS.jht, jht.citations));
}
