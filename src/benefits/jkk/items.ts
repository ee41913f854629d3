/**
 * The items of a JKK benefit that do not depend on the outcome: medical care, transport and the
 * temporary incapacity benefit (STMB).
 *
 * @module
 * @internal
 */
import type { Rounding, Sen } from '../../core/money';
import { sumRupiah } from '../../core/money';
import type { JkkCash } from '../../law/parameters/benefitsJkkJkm';
import type { ResolvedValue } from '../../law/timeline';
import { exactAmount, rp } from '../amount';
import { jkk as text } from '../messages';
import { component, type BenefitComponent } from '../result';
import type { LawTrail } from '../trail';
import type { StmbMonth, TransportMode } from '../jkk';

/** Medical care: paid as incurred, reported with its rule only. */
export function medicalCare(cash: ResolvedValue<JkkCash>): BenefitComponent {
  return component('jkk.medicalCare', text.medicalLabel, null, 'as_incurred', text.medicalRule, cash);
}

/** Transport, one item per mode used, each capped. */
export function transport(costs: readonly { readonly mode: TransportMode; readonly cost: Sen }[], date: string, trail: LawTrail, rounding: Rounding): BenefitComponent[] {
  if (costs.length === 0) return [];
  const caps = trail.get('benefit.jkk.transportCaps', date, ['input', 'accidentDate']);
  return (['land', 'sea', 'air'] as const).flatMap((mode) => {
    const ofMode = costs.filter((t) => t.mode === mode);
    if (ofMode.length === 0) return [];
    const spent = ofMode.reduce((s, t) => s + t.cost, 0) as Sen;
    const capSen = caps.value[mode] * 100;
    const amount = exactAmount(spent < capSen ? spent : capSen, 1, [], rounding);
    return [component(`jkk.transport.${mode}`, text.transportLabel(text.transportMode[mode]), amount, 'computed', text.transportRule(rp(spent), caps.value[mode]), caps)];
  });
}

/** STMB month by month by the schedule in force, and its item (none for 0 months). */
export function stmb(months: number, wage: Sen, date: string, trail: LawTrail, rounding: Rounding): { months: StmbMonth[]; components: BenefitComponent[] } {
  if (months <= 0) return { months: [], components: [] };
  const schedule = trail.get('benefit.jkk.stmb', date, ['input', 'accidentDate']);
  const out: StmbMonth[] = [];
  let monthNumber = 1;
  for (const period of schedule.value) {
    const last = period.monthCount === null ? months : Math.min(months, monthNumber + period.monthCount - 1);
    for (; monthNumber <= last; monthNumber++) out.push({ monthNumber, percent: period.rate.percent, amount: exactAmount(wage, 1, [period.rate], rounding) });
  }
  const desc = schedule.value.map((x) => `${x.rate.percent} %${x.monthCount === null ? '' : ` × ${x.monthCount}`}`).join(', ');
  const item = component('jkk.stmb', text.stmbLabel, sumRupiah(out.map((m) => m.amount)), 'computed', text.stmbRule(months, rp(wage), desc), schedule);
  return { months: out, components: [item] };
}

