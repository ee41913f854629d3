/**
 * `jpBenefit` and `jpRetirementDate`: the pension (*Jaminan Pensiun*).
 *
 * @module
 */
import * as z from 'zod';
import { ageOn, CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import type { BilingualText } from '../core/explain';
import { formatRupiah, positiveSenSchema, senSchema, type AmountInput, type Rounding, type Rupiah } from '../core/money';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { LawUsed } from '../law/lawUsed';
import type { JpBenefitLimits } from '../law/parameters/benefitsJhtJp';
import { baselineLaw, type LawRegistry } from '../law/registry';
import { coverageOf, findValue, type ResolvedValue } from '../law/timeline';
import { BenefitOptionsSchema, exactAmount, LawTrail, regimeOf, resolveBenefitOptions, rp, type BenefitCondition } from './result';

/** Input of {@link jpBenefit}. */
export interface JpInput {
  /** The date the old-age pension starts (or is claimed): decides the limits and the retirement age. */
  readonly pensionDate: string;
  /** Date of birth (checks that the retirement age is reached). */
  readonly birthDate: string;
  /** Contribution months (*masa iur*). */
  readonly contributionMonths: number;
  /** Average indexed monthly wage (*upah tertimbang*), as BPJS computes it. */
  readonly averageIndexedWage: AmountInput;
  /** Below 180 months: the balance of contributions plus returns, if known (reported as the lump sum). */
  readonly lumpSumBalance?: AmountInput;
  /** Survivors to show survivor pensions for (optional). */
  readonly survivors?: { readonly spouse: boolean; readonly children: number; readonly parents: boolean };
}

/** Options of {@link jpBenefit}. */
export interface JpOptions {
  /** The law to apply. */
  readonly law?: LawRegistry;
  /** Rounding of the monthly pension (default half-up to the rupiah). */
  readonly rounding?: Rounding;
  /**
   * For a date whose March letter the library has not seen, use limits derived by the indexation
   * rule (marked `derived`) instead of failing. Default `false`.
   */
  readonly allowDerivedLimits?: boolean;
}

/** Schema of {@link JpInput}. */
export const JpInputSchema = ownStrictObject({
  pensionDate: CalendarDateSchema,
  birthDate: CalendarDateSchema,
  contributionMonths: z.number().int().min(0).max(1200),
  averageIndexedWage: positiveSenSchema.refine((s) => s <= 10_000_000_000_000, { message: 'A wage above Rp100,000,000,000 is not accepted' }),
  lumpSumBalance: senSchema.optional(),
  survivors: ownStrictObject({ spouse: z.boolean(), children: z.number().int().min(0).max(20), parents: z.boolean() }).optional(),
})
  .check((ctx) => {
    const v = ctx.value;
    if (v.birthDate >= v.pensionDate) ctx.issues.push({ code: 'custom', message: `The pension date (${v.pensionDate}) must be after the birth date (${v.birthDate})`, input: v, path: ['pensionDate'] });
  });

/** Schema of {@link JpOptions}. */
export const JpOptionsSchema = ownStrictObject({ ...BenefitOptionsSchema.unwrap().shape, allowDerivedLimits: z.boolean().optional() }).optional();

/** A survivor pension line. */
export interface SurvivorPension {
  /** Who receives it. */
  readonly survivor: 'spouse' | 'children' | 'parents';
  /** Share of the old-age pension, percent text. */
  readonly percent: string;
  /** Monthly amount. */
  readonly monthly: Rupiah;
}

/** The retirement date of a person. */
export interface JpRetirementDate {
  /** The first date on which the person's age reaches the retirement age in force on that date. */
  readonly date: CalendarDate;
  /** The retirement age in force on that date. */
  readonly age: number;
  /** Its legal basis. */
  readonly citations: ResolvedValue<number>['citations'];
}

/** The JP benefit. */
export interface JpBenefit {
  /** The programme: JP (*Jaminan Pensiun*). */
  readonly program: 'JP';
  /** The pension date. */
  readonly eventDate: CalendarDate;
  /** The regulation. */
  readonly regime: string;
  /** `monthlyPension` (≥ 180 months), `lumpSum` (fewer), or `notYetDue` (retirement age not reached). */
  readonly kind: 'monthlyPension' | 'lumpSum' | 'notYetDue';
  /** When the person reaches the retirement age. */
  readonly retirement: JpRetirementDate;
  /** 1 % × months / 12 × wage, before the limits (null unless a monthly pension). */
  readonly formulaAmount: Rupiah | null;
  /** Limits applied (null unless a monthly pension), with their status (`enacted` or `derived`). */
  readonly limits: (JpBenefitLimits & { readonly status: 'enacted' | 'derived' | 'projected'; readonly from: string; readonly to: string | null }) | null;
  /** The monthly old-age pension (*manfaat pensiun hari tua*), or null. */
  readonly monthlyPension: Rupiah | null;
  /** The lump sum (contributions + returns) when fewer than 180 months and the balance was given; otherwise null. */
  readonly lumpSum: Rupiah | null;
  /** Survivor pensions (paid in the order the law sets: spouse, then children, then parents of an unmarried participant). */
  readonly survivorPensions: readonly SurvivorPension[];
  /** True when a derived (not published) limit was used. */
  readonly derived: boolean;
  /** Conditions checked. */
  readonly conditions: readonly BenefitCondition[];
  /** Rounding of the monthly amounts. */
  readonly rounding: Rounding;
  /** Steps in both languages. */
  readonly explanation: readonly BilingualText[];
  /** The law used. */
  readonly lawUsed: readonly LawUsed[];
}

function anniversary(birthDate: string, years: number): CalendarDate {
  const year = Number(birthDate.slice(0, 4)) + years;
  const md = birthDate.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  // Born on 29 February: a year older on 1 March in years without one (as ageOn counts).
  return `${String(year).padStart(4, '0')}-${md === '02-29' && !leap ? '03-01' : md}` as CalendarDate;
}

/**
 * The date a person reaches the JP retirement age (*usia pensiun*): the first date on which their
 * age is at least the retirement age in force on that date (56 until 2018, 57 from 2019, one
 * more every three years, 65 from 2043). Reading (brief §12 item 18): the age in force on the
 * candidate date applies; once reached, the right is kept even if the age in force rises later.
 *
 * @example
 * ```ts
 * import { jpRetirementDate } from 'jamsostek';
 * console.log(jpRetirementDate('1969-03-01').date); // 2029-03-01 (at 59 in 2028 too young: the age in force is 60)
 * ```
 */
export function jpRetirementDate(birthDate: string, options?: { readonly law?: LawRegistry }): JpRetirementDate {
  const birth = parseInput(CalendarDateSchema, birthDate, ['birthDate']);
  const law = parseInput(ownStrictObject({ law: BenefitOptionsSchema.unwrap().shape.law }).optional(), options, ['options'])?.law ?? baselineLaw;
  return retirementDate(birth, new LawTrail(law));
}

function retirementDate(birth: CalendarDate, trail: LawTrail): JpRetirementDate {
  const parameter = trail.parameter('benefit.jp.retirementAge');
  // A parameter always has a value, and the series is continuous and open-ended (an overlay can
  // only add values), so the only dates it does not cover lie before its start: there (JP began
  // on 2015-07-01) the first retirement age is read as in force.
  const first = parameter.values[0]!;
  // The loop ends at the latest at the highest age of the series: no age in force is above it.
  for (let age = Math.min(...parameter.values.map((v) => v.value)); ; age++) {
    const candidate = anniversary(birth, age);
    const inForce = findValue(parameter, candidate) ?? first;
    if (age >= inForce.value) {
      trail.record(inForce);
      return { date: candidate, age: inForce.value, citations: inForce.citations };
    }
  }
}

/**
 * The pension (*Jaminan Pensiun*, JP) on a pension date: with at least 180 contribution months a
 * monthly old-age pension of 1 % × (months / 12) × the average indexed wage, kept between the
 * minimum and maximum of the March letter in force; with fewer, a lump sum of contributions plus
 * returns. Limits are stored only as published; for a date without a published value the call
 * fails with `parameter_not_in_force` unless `allowDerivedLimits` is set, and the result then
 * says `derived`. Survivor pensions: spouse 50 %, children 50 %, parents 20 % (M).
 *
 * @example
 * ```ts
 * import { jpBenefit } from 'jamsostek';
 * const b = jpBenefit({ pensionDate: '2025-05-01', birthDate: '1966-05-01', contributionMonths: 240, averageIndexedWage: 6_000_000, survivors: { spouse: true, children: 0, parents: false } });
 * console.log(b.monthlyPension, b.survivorPensions[0]?.monthly); // 1200000 600000
 * ```
 */
export function jpBenefit(input: JpInput, options?: JpOptions): JpBenefit {
  const p = parseInput(JpInputSchema, input, ['input']);
  const { allowDerivedLimits, ...shared } = parseInput(JpOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  const o = resolveBenefitOptions(shared);
  const trail = new LawTrail(o.law);
  const rules = trail.get('benefit.jp.rules', p.pensionDate);
  const r = rules.value;
  const retirement = retirementDate(p.birthDate, trail);
  const conditions: BenefitCondition[] = [];
  const explanation: BilingualText[] = [{ id: `Tanggal pensiun ${p.pensionDate}: berlaku ${regimeOf(rules)}.`, en: `Pension date ${p.pensionDate}: ${regimeOf(rules)} applies.` }];
  const ageReached = p.pensionDate >= retirement.date;
  const age = ageOn(p.birthDate, p.pensionDate);
  conditions.push({
    id: 'jp.retirementAge',
    met: ageReached,
    decisive: !ageReached,
    text: ageReached
      ? { id: `Usia pensiun ${retirement.age} tercapai pada ${retirement.date}.`, en: `Retirement age ${retirement.age} reached on ${retirement.date}.` }
      : { id: `Usia ${age} pada ${p.pensionDate}: usia pensiun baru tercapai pada ${retirement.date} (usia ${retirement.age}).`, en: `Aged ${age} on ${p.pensionDate}: the retirement age is reached only on ${retirement.date} (age ${retirement.age}).` },
    citations: retirement.citations,
  });
  const enough = p.contributionMonths >= r.minMonthsForPension;
  conditions.push({
    id: 'jp.minimumContributionMonths',
    met: enough,
    decisive: !enough,
    text: enough
      ? { id: `Masa iur ${p.contributionMonths} bulan ≥ ${r.minMonthsForPension}: pensiun bulanan.`, en: `${p.contributionMonths} contribution months ≥ ${r.minMonthsForPension}: monthly pension.` }
      : { id: `Masa iur ${p.contributionMonths} bulan < ${r.minMonthsForPension}: tidak ada pensiun bulanan, hanya manfaat sekaligus (iuran + hasil pengembangan).`, en: `${p.contributionMonths} contribution months < ${r.minMonthsForPension}: no monthly pension, a lump sum of contributions plus returns instead.` },
    citations: rules.citations,
  });
  const base = { program: 'JP' as const, eventDate: p.pensionDate, regime: regimeOf(rules), retirement, conditions, rounding: o.rounding, explanation };
  if (!ageReached) {
    return { ...base, kind: 'notYetDue', formulaAmount: null, limits: null, monthlyPension: null, lumpSum: null, survivorPensions: [], derived: false, lawUsed: trail.used() };
  }
  if (!enough) {
    const lumpSum = p.lumpSumBalance === undefined ? null : exactAmount(p.lumpSumBalance, 1, [], o.rounding);
    explanation.push(
      lumpSum === null
        ? { id: 'Saldo iuran + hasil pengembangan tidak diberikan: jumlah sekaligus tidak dihitung.', en: 'The balance of contributions plus returns was not given: the lump sum is not computed.' }
        : { id: `Manfaat sekaligus ${formatRupiah(lumpSum)}.`, en: `Lump sum ${formatRupiah(lumpSum)}.` },
    );
    return { ...base, kind: 'lumpSum', formulaAmount: null, limits: null, monthlyPension: null, lumpSum, survivorPensions: [], derived: false, lawUsed: trail.used() };
  }

  const formula = exactAmount(p.averageIndexedWage, p.contributionMonths, [r.accrualRate], o.rounding, 12);
  explanation.push({ id: `${r.accrualRate.percent} % × ${p.contributionMonths}/12 × ${rp(p.averageIndexedWage)} = ${formatRupiah(formula)}.`, en: `${r.accrualRate.percent} % × ${p.contributionMonths}/12 × ${rp(p.averageIndexedWage)} = ${formatRupiah(formula)}.` });
  const limits = limitsAt(o.law, p.pensionDate, allowDerivedLimits === true, trail);
  const l = limits.value;
  let monthly = formula;
  if (formula < l.minimum) monthly = l.minimum as Rupiah;
  else if (formula > l.maximum) monthly = l.maximum as Rupiah;
  const bound = monthly !== formula;
  conditions.push({
    id: 'jp.benefitLimits',
    met: true,
    decisive: bound,
    text: bound
      ? { id: `${formatRupiah(formula)} di luar batas ${formatRupiah(l.minimum)}–${formatRupiah(l.maximum)} (berlaku ${limits.from}): dibayar ${formatRupiah(monthly)}${limits.status === 'derived' ? ' (batas turunan, belum diterbitkan)' : ''}.`, en: `${formatRupiah(formula)} is outside the limits ${formatRupiah(l.minimum)}–${formatRupiah(l.maximum)} (from ${limits.from}): ${formatRupiah(monthly)} is paid${limits.status === 'derived' ? ' (derived limits, not published)' : ''}.` }
      : { id: `Di dalam batas ${formatRupiah(l.minimum)}–${formatRupiah(l.maximum)} (berlaku ${limits.from}).`, en: `Within the limits ${formatRupiah(l.minimum)}–${formatRupiah(l.maximum)} (from ${limits.from}).` },
    citations: limits.citations,
  });
  if (bound) explanation.push(conditions[conditions.length - 1]!.text);
  const survivorPensions: SurvivorPension[] = [];
  if (p.survivors !== undefined) {
    const s = r.survivorShares;
    if (p.survivors.spouse) survivorPensions.push({ survivor: 'spouse', percent: s.spouse.percent, monthly: exactAmount(monthly * 100, 1, [s.spouse], o.rounding) });
    if (p.survivors.children > 0) survivorPensions.push({ survivor: 'children', percent: s.child.percent, monthly: exactAmount(monthly * 100, 1, [s.child], o.rounding) });
    if (p.survivors.parents) survivorPensions.push({ survivor: 'parents', percent: s.parent.percent, monthly: exactAmount(monthly * 100, 1, [s.parent], o.rounding) });
    for (const x of survivorPensions) explanation.push({ id: `Pensiun ahli waris (${x.survivor}): ${x.percent} % × ${formatRupiah(monthly)} = ${formatRupiah(x.monthly)}.`, en: `Survivor pension (${x.survivor}): ${x.percent} % × ${formatRupiah(monthly)} = ${formatRupiah(x.monthly)}.` });
  }
  explanation.push({ id: `Manfaat pensiun hari tua ${formatRupiah(monthly)} per bulan.`, en: `Old-age pension ${formatRupiah(monthly)} a month.` });
  return {
    ...base,
    kind: 'monthlyPension',
    formulaAmount: formula,
    limits: { minimum: l.minimum, maximum: l.maximum, status: limits.status, from: limits.from, to: limits.to },
    monthlyPension: monthly,
    lumpSum: null,
    survivorPensions,
    derived: limits.status === 'derived',
    lawUsed: trail.used(),
  };
}

function limitsAt(law: LawRegistry, date: CalendarDate, allowDerived: boolean, trail: LawTrail): ResolvedValue<JpBenefitLimits> {
  const published = law.parameter('benefit.jp.benefitLimits');
  const found = findValue(published, date);
  if (found !== undefined) {
    trail.record(found);
    return found;
  }
  if (allowDerived) {
    const derivedParameter = law.parameter('benefit.jp.benefitLimitsDerived');
    const derived = findValue(derivedParameter, date);
    if (derived !== undefined) {
      trail.record(derived);
      return derived;
    }
  }
  fail({
    code: 'parameter_not_in_force',
    path: ['input', 'pensionDate'],
    message: `No published JP benefit minimum/maximum is known for ${date} (the library stores only the March letters it has seen)${allowDerived ? '' : '; pass { allowDerivedLimits: true } to use a value derived by the indexation rule where one exists'}`,
    parameter: published.id,
    at: date,
    coverage: coverageOf(published),
  });
}

