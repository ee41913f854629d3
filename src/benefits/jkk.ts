/**
 * `jkkBenefit`: the work accident benefit (*Jaminan Kecelakaan Kerja*).
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { addRupiah, positiveSenSchema, RateSchema, senToDecimalString, sumRupiah, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { ExplanationStep } from '../law/explanation';
import type { LawUsed } from '../law/lawUsed';
import { EarningsSchema, resolveEarnings, type EarningsBase, type EarningsInput } from './earnings';
import { medicalCare, stmb, transport } from './jkk/items';
import { outcomePart } from './jkk/outcomes';
import { common, jkk as text } from './messages';
import { parseBenefitOptions, type BenefitOptions } from './options';
import { decisiveSteps, step, type BenefitComponent, type BenefitCondition } from './result';
import { scholarshipSummary, type ScholarshipSummary } from './scholarship/summary';
import { LawTrail, regimeOf } from './trail';

/** A mode of transport to hospital or home. */
export type TransportMode = 'land' | 'sea' | 'air';

/** What the accident led to. */
export type JkkOutcomeInput =
  /** Recovery (medical care, transport and STMB only). */
  | { readonly kind: 'recovery' }
  /** Permanent partial disability: the table percentage (*persentase tabel*, Lampiran PP 44/2015) as percent text, and for functional disability the percentage of function lost. */
  | { readonly kind: 'partial_disability'; readonly tablePercent: string; readonly functionLossPercent?: string }
  /** Total permanent disability (*cacat total tetap*). */
  | { readonly kind: 'total_permanent_disability' }
  /** Death from the work accident. */
  | { readonly kind: 'death' };

/** Input of {@link jkkBenefit}. */
export interface JkkInput {
  /** Date of the work accident (or diagnosis of an occupational disease): decides the law. */
  readonly accidentDate: string;
  /** Date of registration (optional; checked against the accident date when given). */
  readonly membershipStartDate?: string;
  /** The wage base: PU wage, or BPU income (its bracket base is used). */
  readonly earnings: EarningsInput;
  /** Transport costs incurred, per mode. */
  readonly transport?: readonly { readonly mode: TransportMode; readonly cost: AmountInput }[];
  /** Whole months of temporary incapacity to work (STMB). */
  readonly incapacityMonths?: number;
  /** The outcome. */
  readonly outcome: JkkOutcomeInput;
  /** How many children may receive the scholarship (death or total permanent disability; default: the law's maximum). */
  readonly scholarshipChildCount?: number;
}

const percentText = RateSchema.refine((r) => r.numerator <= r.denominator, { message: 'A percentage of at most 100 is expected' });

const OutcomeSchema = z.discriminatedUnion('kind', [
  ownStrictObject({ kind: z.literal('recovery') }),
  ownStrictObject({ kind: z.literal('partial_disability'), tablePercent: percentText, functionLossPercent: percentText.optional() }),
  ownStrictObject({ kind: z.literal('total_permanent_disability') }),
  ownStrictObject({ kind: z.literal('death') }),
]);

/** A parsed outcome. @internal */
export type ParsedOutcome = z.output<typeof OutcomeSchema>;

/** Schema of {@link JkkInput}. */
export const JkkInputSchema = /* @__PURE__ */ ownStrictObject({
  accidentDate: CalendarDateSchema,
  membershipStartDate: CalendarDateSchema.optional(),
  earnings: EarningsSchema,
  transport: z.array(ownStrictObject({ mode: z.enum(['land', 'sea', 'air']), cost: positiveSenSchema })).max(20).optional(),
  incapacityMonths: z.number().int().min(0).max(600).optional(),
  outcome: OutcomeSchema,
  scholarshipChildCount: z.number().int().min(0).max(20).optional(),
}).check((ctx) => {
  const v = ctx.value;
  if (v.membershipStartDate !== undefined && v.accidentDate < v.membershipStartDate) {
    ctx.issues.push({ code: 'custom', message: `The accident (${v.accidentDate}) is before membership began (${v.membershipStartDate})`, input: v, path: ['accidentDate'] });
  }
});

/** One month of STMB. */
export interface StmbMonth {
  /** 1 for the first month of incapacity. */
  readonly monthNumber: number;
  /** Share of the wage, percent text. */
  readonly percent: string;
  /** Amount. */
  readonly amount: Rupiah;
}

/** The JKK benefit. */
export interface JkkBenefit {
  /** The programme: JKK (*Jaminan Kecelakaan Kerja*). */
  readonly program: 'JKK';
  /** The accident date (from the input). */
  readonly accidentDate: CalendarDate;
  /** The regulation in force on that date. */
  readonly regime: string;
  /** The wage base used. */
  readonly earnings: EarningsBase;
  /** Items: medical care (as incurred), transport, STMB, disability or death lump sums, periodic benefit, funeral cost. */
  readonly components: readonly BenefitComponent[];
  /** STMB month by month. */
  readonly stmbMonths: readonly StmbMonth[];
  /** Sum of the computed cash items (medical care is not included: it is paid as incurred). */
  readonly total: Rupiah;
  /** Scholarship right (death or total permanent disability; no minimum contribution period). */
  readonly scholarship: ScholarshipSummary | null;
  /** Cash plus the scholarship maximum. */
  readonly maximumTotal: Rupiah;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** The rounding applied to computed items. */
  readonly rounding: Rounding;
  /** The steps, each with its legal basis. */
  readonly explanation: readonly ExplanationStep[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

/**
 * The work accident benefit (*Jaminan Kecelakaan Kerja*, JKK) under the law in force on the
 * accident date (PP 44/2015 from 2015-07-01; PP 82/2019 from 2019-12-02). Medical care is paid as
 * incurred (reported, not computed); transport is capped per mode; temporary incapacity (STMB) is
 * paid month by month; permanent partial disability is table % × 80 × wage (functional: × the
 * share of function lost); total permanent disability 70 % × 80 × wage plus the periodic
 * benefit (additive reading, M+); death 48 × wage (at least the JKM lump sum, M) plus the
 * periodic benefit and funeral cost; a scholarship without minimum contribution period. The base
 * is the PU wage or the BPU bracket base.
 *
 * @example
 * ```ts
 * import { jkkBenefit } from 'jamsostek';
 * const b = jkkBenefit({ accidentDate: '2026-03-05', earnings: { segment: 'BPU', income: 1_000_000 }, outcome: { kind: 'death' } });
 * console.log(b.total); // 70000000
 * ```
 */
export function jkkBenefit(input: JkkInput, options?: BenefitOptions): JkkBenefit {
  const p = parseInput(JkkInputSchema, input, ['input']);
  const o = parseBenefitOptions(options);
  const trail = new LawTrail(o.law, o.projection);
  const datePath = ['input', 'accidentDate'];
  const cash = trail.get('benefit.jkk.cash', p.accidentDate, datePath);
  const earnings = resolveEarnings(p.earnings, p.accidentDate, datePath, trail);
  const transportItems = transport(p.transport ?? [], p.accidentDate, trail, o.rounding);
  const incapacity = stmb(p.incapacityMonths ?? 0, earnings.sen, p.accidentDate, trail, o.rounding);
  const outcome = outcomePart({ accidentDate: p.accidentDate, cash, wage: earnings.sen, trail, rounding: o.rounding }, p.outcome);
  const components = [medicalCare(cash), ...transportItems, ...incapacity.components, ...outcome.components];
  const conditions = [...outcome.conditions];
  let scholarship: ScholarshipSummary | null = null;
  const scholarshipSteps: ExplanationStep[] = [];
  if (outcome.scholarship) {
    const line = scholarshipSummary({ program: 'JKK', eventDate: p.accidentDate, datePath, contributionMonths: undefined, inputPath: ['input'] }, p.scholarshipChildCount, undefined, trail);
    scholarship = line.summary;
    conditions.push(...line.conditions);
    scholarshipSteps.push(step(line.summary.note, line.citations));
  }
  const total = sumRupiah(components.map((c) => c.amount ?? 0));
  const explanation = [
    step(text.regime(p.accidentDate, regimeOf(cash)), cash.citations),
    step(earnings.base.derivation, earnings.citations),
    ...components.map((c) => step(common.componentStep(c.label, c.amount, c.rule), c.citations)),
    ...decisiveSteps(conditions),
    step(common.totalCash(total, 'medical')),
    ...scholarshipSteps,
  ];
  return {
    program: 'JKK',
    accidentDate: p.accidentDate,
    regime: regimeOf(cash),
    earnings: { ...earnings.base, base: senToDecimalString(earnings.sen) },
    components,
    stmbMonths: incapacity.months,
    total,
    scholarship,
    maximumTotal: addRupiah(total, scholarship?.maximum ?? 0),
    conditions,
    rounding: o.rounding,
    explanation,
    lawUsed: trail.used(),
  };
}
