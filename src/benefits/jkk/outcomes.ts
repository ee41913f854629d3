/**
 * What a work accident led to, one handler per outcome (*akibat kecelakaan kerja*): recovery,
 * permanent partial disability, total permanent disability, death. Each returns its items and the
 * conditions it checked, and says whether the scholarship applies.
 *
 * @module
 * @internal
 */
import { multiplyRates, type Rate, type Rounding, type Rupiah, type Sen } from '../../core/money';
import type { JkkCash } from '../../law/parameters/benefitsJkkJkm';
import type { ResolvedValue } from '../../law/timeline';
import { exactAmount, rp } from '../amount';
import { common, jkk as text } from '../messages';
import { component, type BenefitComponent, type BenefitCondition } from '../result';
import type { LawTrail } from '../trail';
import type { ParsedOutcome } from '../jkk';

/** What a handler reads. */
export interface OutcomeContext {
  readonly accidentDate: string;
  readonly cash: ResolvedValue<JkkCash>;
  /** The wage base in sen. */
  readonly wage: Sen;
  readonly trail: LawTrail;
  readonly rounding: Rounding;
}

/** What a handler adds to the benefit. */
export interface OutcomePart {
  readonly components: readonly BenefitComponent[];
  readonly conditions: readonly BenefitCondition[];
  /** True for the outcomes that give the children the scholarship (death, total permanent disability). */
  readonly scholarship: boolean;
}

type Handler<K extends ParsedOutcome['kind']> = (ctx: OutcomeContext, outcome: Extract<ParsedOutcome, { kind: K }>) => OutcomePart;

const periodic = (ctx: OutcomeContext, rule = common.amount(ctx.cash.value.periodic)): BenefitComponent =>
  component('jkk.periodic', common.periodicLabel, ctx.cash.value.periodic as Rupiah, 'computed', rule, ctx.cash);

/** Recovery: medical care, transport and STMB only. */
const recovery: Handler<'recovery'> = () => ({ components: [], conditions: [], scholarship: false });

/** Permanent partial disability: table % × 80 × wage; functional: × the share of function lost. */
const partialDisability: Handler<'partial_disability'> = (ctx, outcome) => {
  const v = ctx.cash.value;
  const functional = outcome.functionLossPercent;
  const rates: Rate[] = functional === undefined ? [outcome.tablePercent] : [multiplyRates(functional, outcome.tablePercent)];
  const amount = exactAmount(ctx.wage, v.disabilityWageMonths, rates, ctx.rounding);
  const formula = `${functional === undefined ? '' : `${functional.percent} % × `}${outcome.tablePercent.percent} % × ${v.disabilityWageMonths} × ${rp(ctx.wage)}`;
  const item = functional === undefined ? component('jkk.disability.anatomical', text.anatomicalLabel, amount, 'computed', common.formula(formula), ctx.cash) : component('jkk.disability.functional', text.functionalLabel, amount, 'computed', common.formula(formula), ctx.cash);
  return { components: [item], conditions: [], scholarship: false };
};

/** Total permanent disability: 70 % × 80 × wage, plus the periodic benefit where the law adds it (M+). */
const totalPermanentDisability: Handler<'total_permanent_disability'> = (ctx) => {
  const v = ctx.cash.value;
  const amount = exactAmount(ctx.wage, v.disabilityWageMonths, [v.totalDisabilityRate], ctx.rounding);
  const items = [component('jkk.disability.total', text.totalDisabilityLabel, amount, 'computed', common.formula(`${v.totalDisabilityRate.percent} % × ${v.disabilityWageMonths} × ${rp(ctx.wage)}`), ctx.cash)];
  if (v.totalDisabilityAddsPeriodic) items.push(periodic(ctx, text.periodicAdded(v.periodic)));
  return { components: items, conditions: [], scholarship: true };
};

/** Death: 48 × wage, at least the JKM lump sum (M), plus the periodic benefit and the funeral cost. */
const death: Handler<'death'> = (ctx) => {
  const v = ctx.cash.value;
  const formula = exactAmount(ctx.wage, v.deathWageMonths, [], ctx.rounding);
  // The minimum is the JKM lump sum ("santunan kematian JKM"), read from its own parameter.
  const jkmCash = ctx.trail.get('benefit.jkm.cash', ctx.accidentDate, ['input', 'accidentDate']);
  const minimum = jkmCash.value.lumpSum;
  const binds = formula < minimum;
  const minimumCondition: BenefitCondition = {
    id: 'jkk.death.minimum',
    met: !binds,
    decisive: binds,
    text: text.deathMinimum(v.deathWageMonths, rp(ctx.wage), formula, minimum, binds),
    citations: [...ctx.cash.citations, ...jkmCash.citations],
  };
  const lumpSum = component('jkk.death.lumpSum', text.deathLabel, binds ? (minimum as Rupiah) : formula, 'computed', common.formula(`max(${v.deathWageMonths} × ${rp(ctx.wage)}; ${common.amount(minimum).en})`), [ctx.cash, jkmCash]);
  const funeral = component('jkk.funeral', common.funeralLabel, v.funeral as Rupiah, 'computed', common.amount(v.funeral), ctx.cash);
  return { components: [lumpSum, periodic(ctx), funeral], conditions: [minimumCondition], scholarship: true };
};

const HANDLERS: { readonly [K in ParsedOutcome['kind']]: Handler<K> } = {
  recovery,
  partial_disability: partialDisability,
  total_permanent_disability: totalPermanentDisability,
  death,
};

/** The part of the benefit that the outcome decides. @internal */
export function outcomePart(ctx: OutcomeContext, outcome: ParsedOutcome): OutcomePart {
  return (HANDLERS[outcome.kind] as Handler<ParsedOutcome['kind']>)(ctx, outcome as never);
}
