/**
 * The PU JP lines (*Jaminan Pensiun*): 2 % paid by the employer and 1 % withheld from the worker,
 * on the wage capped at the JP wage cap of the month (PP 45/2015 Art. 28-29); under PP 49/2020
 * an employer granted the deferral pays 1 % of them now and owes the rest later.
 *
 * @module
 * @internal
 */
import { applyRate, multiplyRates, type Rate, type Rupiah, type Sen } from '../../../core/money';
import { own } from '../../../core/validate';
import type { Citation } from '../../../law/citation';
import { capTexts } from '../../messages';
import { memo } from '../../monthLaw';
import { noteOf } from '../builder';
import { lineExtra, rateLine } from '../rateLine';
import { PU_IDS, type PuLineContext } from './context';

/** Add the JP lines, with notes when the cap binds or is projected. @internal */
export function addPuJp(c: PuLineContext): void {
  const { b, wage } = c;
  const m = b.m;
  const jp = b.need('pu.jpRates');
  const cap = b.need('jp.wageCap');
  const capSen = cap.value * 100;
  const base = (wage > capSen ? capSen : wage) as Sen;
  const citations = memo(m, 'citations:jp', () => [...jp.citations, ...cap.citations]);
  if (wage > capSen) b.notes.push(memo(m, 'note:jpCap', () => noteOf(capTexts.jpCapped(cap.value, cap.from, cap.to), cap.citations)));
  if (cap.projected) b.notes.push(memo(m, 'note:jpCapProjected', () => noteOf(capTexts.jpCapProjected(own(cap, 'note') ?? ''), cap.citations)));
  jpLine(c, 'employer', base, jp.value.employer, citations);
  jpLine(c, 'employee', base, jp.value.employee, citations);
}

/** One JP line, deferred in part under PP 49/2020 when the employer was granted it. */
function jpLine({ p, b, rounding, pp49 }: PuLineContext, payer: 'employer' | 'employee', base: Sen, rate: Rate, citations: readonly Citation[]): void {
  if (pp49 === undefined || p.pp49JpDeferral !== true) {
    b.add(rateLine('JP', payer, base, rate, rounding, PU_IDS.jp, citations));
    return;
  }
  const normalAmount = applyRate(base, rate, rounding);
  const payable = multiplyRates(rate, pp49.value.jpPayable);
  const deferred = (normalAmount - applyRate(base, payable, rounding)) as Rupiah;
  const relief = { measure: pp49.parameter, payable: pp49.value.jpPayable.percent, citations: pp49.citations, normalAmount, deferred };
  b.add(rateLine('JP', payer, base, payable, rounding, [...PU_IDS.jp, pp49.parameter], citations, lineExtra(true, relief)));
}
