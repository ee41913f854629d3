/**
 * `jkkBenefit`: the work accident benefit (*Jaminan Kecelakaan Kerja*).
 *
 * @module
 */
import * as z from 'zod';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import type { BilingualText } from '../core/explain';
import { addRupiah, formatRupiah, multiplyRates, positiveSenSchema, RateSchema, senToDecimalString, sumRupiah, type AmountInput, type Rate, type Rounding, type Rupiah, type Sen } from '../core/money';
import { ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import { component, EarningsSchema, exactAmount, LawTrail, regimeOf, resolveBenefitOptions, resolveEarnings, rp, type BenefitComponent, type BenefitCondition, type BenefitOptions, type EarningsBase, type EarningsInput } from './result';
import { scholarshipSummary, type ScholarshipSummary } from './scholarship';

/** A mode of transport to hospital or home. */
export type TransportMode = 'land' | 'sea' | 'air';

/** What the accident led to. */
export type JkkOutcomeInput =
  /** Recovery (medical care, transport and STMB only). */
  | { readonly kind: 'recovery' }
  /** Permanent partial disability: the table percentage (*persentase tabel*, Lampiran PP 44/2015) as percent text, and for functional disability the percentage of function lost. */
  | { readonly kind: 'partialDisability'; readonly tablePercent: string; readonly functionLossPercent?: string }
  /** Total permanent disability (*cacat total tetap*). */
  | { readonly kind: 'totalPermanentDisability' }
  /** Death from the work accident. */
  | { readonly kind: 'death' };

/** Input of {@link jkkBenefit}. */
export interface JkkInput {
  /** Date of the work accident (or diagnosis of an occupational disease): decides the law. */
  readonly accidentDate: string;
  /** Date of registration (optional; checked against the accident date when given). */
  readonly membershipStartDate?: string;
  /** The wage base: PU wage, or BPU declared income (its bracket base is used). */
  readonly earnings: EarningsInput;
  /** Transport costs incurred, per mode. */
  readonly transport?: readonly { readonly mode: TransportMode; readonly cost: AmountInput }[];
  /** Whole months of temporary incapacity to work (STMB). */
  readonly incapacityMonths?: number;
  /** The outcome. */
  readonly outcome: JkkOutcomeInput;
  /** Children who may receive the scholarship (death or total permanent disability). */
  readonly scholarshipChildren?: number;
}

const percentText = RateSchema.refine((r) => r.numerator <= r.denominator, { message: 'A percentage of at most 100 is expected' });

/** Schema of {@link JkkInput}. */
export const JkkInputSchema = ownStrictObject({
  accidentDate: CalendarDateSchema,
  membershipStartDate: CalendarDateSchema.optional(),
  earnings: EarningsSchema,
  transport: z.array(ownStrictObject({ mode: z.enum(['land', 'sea', 'air']), cost: positiveSenSchema })).max(20).optional(),
  incapacityMonths: z.number().int().min(0).max(600).optional(),
  outcome: z.discriminatedUnion('kind', [
    ownStrictObject({ kind: z.literal('recovery') }),
    ownStrictObject({ kind: z.literal('partialDisability'), tablePercent: percentText, functionLossPercent: percentText.optional() }),
    ownStrictObject({ kind: z.literal('totalPermanentDisability') }),
    ownStrictObject({ kind: z.literal('death') }),
  ]),
  scholarshipChildren: z.number().int().min(0).max(20).optional(),
})
  .check((ctx) => {
    const v = ctx.value;
    if (v.membershipStartDate !== undefined && v.accidentDate < v.membershipStartDate) {
      ctx.issues.push({ code: 'custom', message: `The accident (${v.accidentDate}) is before membership began (${v.membershipStartDate})`, input: v, path: ['accidentDate'] });
    }
  });

/** One month of STMB. */
export interface StmbMonth {
  /** 1 for the first month of incapacity. */
  readonly month: number;
  /** Share of the wage, percent text. */
  readonly percent: string;
  /** Amount. */
  readonly amount: Rupiah;
}

/** The JKK benefit. */
export interface JkkBenefit {
  /** The programme: JKK (*Jaminan Kecelakaan Kerja*). */
  readonly program: 'JKK';
  /** The accident date. */
  readonly eventDate: CalendarDate;
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
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

const MODE_LABEL: Record<TransportMode, BilingualText> = {
  land: { id: 'darat/sungai', en: 'land/river' },
  sea: { id: 'laut', en: 'sea' },
  air: { id: 'udara', en: 'air' },
};

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
 * const b = jkkBenefit({ accidentDate: '2026-03-05', earnings: { segment: 'BPU', declaredIncome: 1_000_000 }, outcome: { kind: 'death' } });
 * console.log(b.total); // 70000000
 * ```
 */
export function jkkBenefit(input: JkkInput, options?: BenefitOptions): JkkBenefit {
  const p = parseInput(JkkInputSchema, input, ['input']);
  const o = resolveBenefitOptions(options);
  const trail = new LawTrail(o.law);
  const cash = trail.get('benefit.jkk.cash', p.accidentDate);
  const v = cash.value;
  const { sen: wage, base } = resolveEarnings(p.earnings, p.accidentDate, o.law, trail);
  const w = rp(wage);
  const components: BenefitComponent[] = [];
  const conditions: BenefitCondition[] = [];
  const explanation: BilingualText[] = [
    { id: `Kecelakaan kerja ${p.accidentDate}: berlaku ${regimeOf(cash)}.`, en: `Work accident on ${p.accidentDate}: ${regimeOf(cash)} applies.` },
    base.derivation,
  ];

  components.push(
    component(
      'jkk.medicalCare',
      { id: 'Perawatan dan pengobatan', en: 'Medical care' },
      null,
      'asIncurred',
      { id: 'Sesuai kebutuhan medis, tanpa batas, di fasilitas kesehatan kerja sama (PLKK): dibayar sesuai biaya, tidak dihitung di sini.', en: 'As medically needed, without limit, at partner facilities (PLKK): paid as incurred, not computed here.' },
      cash,
    ),
  );

  if (p.transport !== undefined && p.transport.length > 0) {
    const caps = trail.get('benefit.jkk.transportCaps', p.accidentDate);
    for (const mode of ['land', 'sea', 'air'] as const) {
      const costs = p.transport.filter((t) => t.mode === mode);
      if (costs.length === 0) continue;
      const spent = costs.reduce((s, t) => s + t.cost, 0) as Sen;
      const capSen = caps.value[mode] * 100;
      const paidSen = spent < capSen ? spent : capSen;
      const amount = exactAmount(paidSen, 1, [], o.rounding);
      components.push(
        component(
          `jkk.transport.${mode}`,
          { id: `Biaya pengangkutan (${MODE_LABEL[mode].id})`, en: `Transport (${MODE_LABEL[mode].en})` },
          amount,
          'computed',
          { id: `min(biaya ${rp(spent)}; batas ${formatRupiah(caps.value[mode])})`, en: `min(cost ${rp(spent)}; cap ${formatRupiah(caps.value[mode])})` },
          caps,
        ),
      );
    }
  }

  const stmbMonths: StmbMonth[] = [];
  if (p.incapacityMonths !== undefined && p.incapacityMonths > 0) {
    const schedule = trail.get('benefit.jkk.stmb', p.accidentDate);
    let month = 1;
    for (const period of schedule.value) {
      const last = period.months === null ? p.incapacityMonths : Math.min(p.incapacityMonths, month + period.months - 1);
      for (; month <= last; month++) stmbMonths.push({ month, percent: period.rate.percent, amount: exactAmount(wage, 1, [period.rate], o.rounding) });
    }
    const amount = sumRupiah(stmbMonths.map((m) => m.amount));
    const desc = schedule.value.map((x) => `${x.rate.percent} %${x.months === null ? '' : ` × ${x.months}`}`).join(', ');
    components.push(
      component(
        'jkk.stmb',
        { id: 'Santunan sementara tidak mampu bekerja (STMB)', en: 'Temporary incapacity benefit (STMB)' },
        amount,
        'computed',
        { id: `${p.incapacityMonths} bulan × ${w} menurut jadwal ${desc} (bulan penuh)`, en: `${p.incapacityMonths} months × ${w} by the schedule ${desc} (whole months)` },
        schedule,
      ),
    );
  }

  let scholarship: ScholarshipSummary | null = null;
  const outcome = p.outcome;
  if (outcome.kind === 'partialDisability') {
    const rates: Rate[] = outcome.functionLossPercent === undefined ? [outcome.tablePercent] : [multiplyRates(outcome.functionLossPercent, outcome.tablePercent)];
    const amount = exactAmount(wage, v.disabilityWageMonths, rates, o.rounding);
    const functional = outcome.functionLossPercent !== undefined;
    components.push(
      component(
        functional ? 'jkk.disability.functional' : 'jkk.disability.anatomical',
        functional ? { id: 'Cacat sebagian fungsi', en: 'Partial functional disability' } : { id: 'Cacat sebagian anatomis', en: 'Partial anatomical disability' },
        amount,
        'computed',
        functional
          ? { id: `${outcome.functionLossPercent!.percent} % × ${outcome.tablePercent.percent} % × ${v.disabilityWageMonths} × ${w}`, en: `${outcome.functionLossPercent!.percent} % × ${outcome.tablePercent.percent} % × ${v.disabilityWageMonths} × ${w}` }
          : { id: `${outcome.tablePercent.percent} % × ${v.disabilityWageMonths} × ${w}`, en: `${outcome.tablePercent.percent} % × ${v.disabilityWageMonths} × ${w}` },
        cash,
      ),
    );
  } else if (outcome.kind === 'totalPermanentDisability') {
    const amount = exactAmount(wage, v.disabilityWageMonths, [v.totalDisabilityRate], o.rounding);
    components.push(
      component('jkk.disability.total', { id: 'Cacat total tetap', en: 'Total permanent disability' }, amount, 'computed', { id: `${v.totalDisabilityRate.percent} % × ${v.disabilityWageMonths} × ${w}`, en: `${v.totalDisabilityRate.percent} % × ${v.disabilityWageMonths} × ${w}` }, cash),
    );
    if (v.totalDisabilityAddsPeriodic) {
      components.push(
        component(
          'jkk.periodic',
          { id: 'Santunan berkala (24 bulan, dibayar sekaligus)', en: 'Periodic benefit (24 months, paid at once)' },
          v.periodic as Rupiah,
          'computed',
          { id: `${formatRupiah(v.periodic)}, ditambahkan pada santunan cacat total tetap (bacaan aditif, M+)`, en: `${formatRupiah(v.periodic)}, added to the total disability lump sum (additive reading, M+)` },
          cash,
        ),
      );
    }
  } else if (outcome.kind === 'death') {
    const formula = exactAmount(wage, v.deathWageMonths, [], o.rounding);
    // The minimum is the JKM lump sum ("santunan kematian JKM"), read from its own parameter.
    const jkmCash = trail.get('benefit.jkm.cash', p.accidentDate);
    const minimum = jkmCash.value.lumpSum;
    const binds = formula < minimum;
    const amount = binds ? (minimum as Rupiah) : formula;
    conditions.push({
      id: 'jkk.death.minimum',
      met: !binds,
      decisive: binds,
      text: binds
        ? { id: `${v.deathWageMonths} × ${w} = ${formatRupiah(formula)} < minimum ${formatRupiah(minimum)} (santunan sekaligus JKM): dibayar minimum.`, en: `${v.deathWageMonths} × ${w} = ${formatRupiah(formula)} < the minimum ${formatRupiah(minimum)} (the JKM lump sum): the minimum is paid.` }
        : { id: `${v.deathWageMonths} × ${w} = ${formatRupiah(formula)} ≥ minimum ${formatRupiah(minimum)}.`, en: `${v.deathWageMonths} × ${w} = ${formatRupiah(formula)} ≥ the minimum ${formatRupiah(minimum)}.` },
      citations: [...cash.citations, ...jkmCash.citations],
    });
    components.push(
      component(
        'jkk.death.lumpSum',
        { id: 'Santunan kematian karena kecelakaan kerja', en: 'Death lump sum (work accident)' },
        amount,
        'computed',
        { id: `max(${v.deathWageMonths} × ${w}; ${formatRupiah(minimum)})`, en: `max(${v.deathWageMonths} × ${w}; ${formatRupiah(minimum)})` },
        [cash, jkmCash],
      ),
      component('jkk.periodic', { id: 'Santunan berkala (24 bulan, dibayar sekaligus)', en: 'Periodic benefit (24 months, paid at once)' }, v.periodic as Rupiah, 'computed', { id: formatRupiah(v.periodic), en: formatRupiah(v.periodic) }, cash),
      component('jkk.funeral', { id: 'Biaya pemakaman', en: 'Funeral cost' }, v.funeral as Rupiah, 'computed', { id: formatRupiah(v.funeral), en: formatRupiah(v.funeral) }, cash),
    );
  }
  if (outcome.kind === 'death' || outcome.kind === 'totalPermanentDisability') {
    const s = scholarshipSummary('JKK', p.accidentDate, undefined, p.scholarshipChildren, trail, o.law, undefined, ['input']);
    scholarship = s.summary;
    conditions.push(...s.conditions);
  }

  const total = sumRupiah(components.map((c) => c.amount ?? 0));
  for (const c of components) explanation.push({ id: `${c.label.id}: ${c.amount === null ? 'sesuai biaya' : formatRupiah(c.amount)} — ${c.rule.id}`, en: `${c.label.en}: ${c.amount === null ? 'as incurred' : formatRupiah(c.amount)} — ${c.rule.en}` });
  for (const c of conditions) if (c.decisive) explanation.push(c.text);
  explanation.push({ id: `Jumlah uang tunai ${formatRupiah(total)} (di luar perawatan medis).`, en: `Total cash ${formatRupiah(total)} (medical care excluded).` });
  if (scholarship !== null) explanation.push(scholarship.note);
  return {
    program: 'JKK',
    eventDate: p.accidentDate,
    regime: regimeOf(cash),
    earnings: { ...base, base: senToDecimalString(wage) },
    components,
    stmbMonths,
    total,
    scholarship,
    maximumTotal: addRupiah(total, scholarship?.maximum ?? 0),
    conditions,
    rounding: o.rounding,
    explanation,
    lawUsed: trail.used(),
  };
}
