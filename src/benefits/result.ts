/**
 * The shape every benefit result shares: itemised components with their rule and citations, the
 * conditions that decided the outcome, the law used, and a bilingual explanation. Also the
 * options, the wage base of PU and BPU participants, and exact arithmetic helpers.
 *
 * @module
 */
import * as z from 'zod';
import { addMonths, dateInMonth, yearMonthOf, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import { NO_OPTIONS, ownStrictObject, parseInput } from '../core/validate';
import type { BilingualText } from '../core/explain';
import { formatRupiah, HALF_UP_TO_RUPIAH, positiveSenSchema, RoundingSchema, senToDecimalString, type AmountInput, type Rate, type Rounding, type Rupiah, type Sen } from '../core/money';
import { formatCitation, type Citation } from '../law/citation';
import { baselineLaw, type LawRegistry, type ParameterId, type ParameterValueOf } from '../law/registry';
import type { Parameter, ResolvedValue } from '../law/timeline';
import { valueAt } from '../law/lookup';
import { bpuIncomeBracket } from '../contributions/bpuIncomeBracket';
import { lawUsedOf, type LawUsed } from '../law/lawUsed';

/** How a component's amount is known. */
export type ComponentBasis =
  /** Computed by the library from the facts and the law. */
  | 'computed'
  /** Paid as incurred (medical care): the law sets no amount, the library reports the rule only. */
  | 'asIncurred'
  /** An entitlement paid over time (scholarship), reported as its maximum. */
  | 'entitlement';

/** One item of a benefit: what is paid, how much, by which rule. */
export interface BenefitComponent {
  /** Stable key, e.g. `jkm.lumpSum`. */
  readonly key: string;
  /** Name in both languages. */
  readonly label: BilingualText;
  /** The amount, or `null` when it is paid as incurred (see `basis`). */
  readonly amount: Rupiah | null;
  /** How the amount is known. */
  readonly basis: ComponentBasis;
  /** The rule with its numbers, in both languages. */
  readonly rule: BilingualText;
  /** Where the rule comes from. */
  readonly citations: readonly Citation[];
  /** The parameter ids read. */
  readonly parameters: readonly string[];
}

/** A condition of a benefit and whether it was met. */
export interface BenefitCondition {
  /** Stable id, e.g. `jkm.scholarship.minContribution`. */
  readonly id: string;
  /** Whether the facts meet it. */
  readonly met: boolean;
  /** True when this condition decided (turned off or limited) a benefit. */
  readonly decisive: boolean;
  /** The condition and the facts, in both languages. */
  readonly text: BilingualText;
  /** Where it comes from. */
  readonly citations: readonly Citation[];
}

/** Options of the benefit functions. */
export interface BenefitOptions {
  /** The law to apply (default the baseline; `withOverlay(...)` for other values). */
  readonly law?: LawRegistry;
  /** How each computed component is rounded (default half-up to the whole rupiah). */
  readonly rounding?: Rounding;
}

const lawSchema = z.custom<LawRegistry>((v) => typeof v === 'object' && v !== null && typeof (v as LawRegistry).parameter === 'function', 'Expected a LawRegistry (baselineLaw or withOverlay(...))');

/** Schema of {@link BenefitOptions}. */
export const BenefitOptionsSchema = ownStrictObject({ law: lawSchema.optional(), rounding: RoundingSchema.optional() }).optional();

/** Parsed options. @internal */
export interface ResolvedBenefitOptions {
  readonly law: LawRegistry;
  readonly rounding: Rounding;
}

/** Validate options and fill defaults. @internal */
export function resolveBenefitOptions(options: unknown): ResolvedBenefitOptions {
  const o = parseInput(BenefitOptionsSchema, options, ['options']) ?? NO_OPTIONS;
  return { law: o.law ?? baselineLaw, rounding: o.rounding === undefined ? HALF_UP_TO_RUPIAH : Object.freeze({ ...o.rounding }) };
}

/** Collects the parameter values a computation reads, for the result's `lawUsed`. @internal */
export class LawTrail {
  readonly #law: LawRegistry;
  readonly #used = new Map<string, LawUsed>();

  constructor(law: LawRegistry) {
    this.#law = law;
  }

  /** The parameter (not recorded). */
  parameter<K extends ParameterId>(id: K): Parameter<ParameterValueOf<K>> {
    return this.#law.parameter(id);
  }

  /** The value in force at `at` (typed error if none), recorded. */
  get<K extends ParameterId>(id: K, at: string): ResolvedValue<ParameterValueOf<K>> {
    const parameter = this.#law.parameter(id);
    const found = valueAt(parameter, at);
    this.record(found);
    return found;
  }

  /** Record a value read elsewhere. */
  record(found: ResolvedValue<unknown>): void {
    const key = `${found.parameter}@${found.from}`;
    if (!this.#used.has(key)) this.#used.set(key, lawUsedOf(this.#law, found));
  }

  /** Every value used. */
  used(): readonly LawUsed[] {
    return [...this.#used.values()];
  }
}

/** The regime a value belongs to, as text (`PP 82/2019 Art. I (Art. 34)`). @internal */
export function regimeOf(value: ResolvedValue<unknown>): string {
  const first = value.citations[0];
  return first === undefined ? value.parameter : formatCitation(first);
}

// ---------------------------------------------------------------------------------------------
// Earnings base

/** The earnings on which wage-related benefits are computed. */
export type EarningsInput =
  /** PU: the last reported monthly wage (*upah sebulan*). */
  | { readonly segment: 'PU'; readonly wage: AmountInput }
  /** BPU: the declared monthly income; the benefit uses its bracket base (*dasar penghasilan*). */
  | { readonly segment: 'BPU'; readonly declaredIncome: AmountInput };

const MAX_WAGE_SEN = 100_000_000_000 * 100; // Rp100 billion: beyond any real wage, keeps products exact.

/** Schema of {@link EarningsInput}. */
export const EarningsSchema = z.discriminatedUnion('segment', [
  ownStrictObject({ segment: z.literal('PU'), wage: positiveSenSchema.refine((s) => s <= MAX_WAGE_SEN, { message: 'A monthly wage above Rp100,000,000,000 is not accepted' }) }),
  ownStrictObject({ segment: z.literal('BPU'), declaredIncome: positiveSenSchema.refine((s) => s <= MAX_WAGE_SEN, { message: 'A monthly income above Rp100,000,000,000 is not accepted' }) }),
]);

/** The wage base resolved for an event. */
export interface EarningsBase {
  /** PU or BPU. */
  readonly segment: 'PU' | 'BPU';
  /** The base in rupiah as exact decimal text. */
  readonly base: string;
  /** How it was found, in both languages. */
  readonly derivation: BilingualText;
}

/** Resolve the wage base (PU wage, or BPU bracket base in the event's month). @internal */
export function resolveEarnings(earnings: z.output<typeof EarningsSchema>, eventDate: CalendarDate, law: LawRegistry, trail: LawTrail): { sen: Sen; base: EarningsBase } {
  if (earnings.segment === 'PU') {
    const text = senToDecimalString(earnings.wage);
    return {
      sen: earnings.wage,
      base: { segment: 'PU', base: text, derivation: { id: `Upah sebulan terakhir yang dilaporkan: ${formatRupiah(text)}`, en: `Last reported monthly wage: ${formatRupiah(text)}` } },
    };
  }
  const month = yearMonthOf(eventDate);
  const bracket = bpuIncomeBracket(senToDecimalString(earnings.declaredIncome), month, { law });
  trail.record(valueAt(law.parameter('bpu.incomeBrackets'), month));
  const income = formatRupiah(senToDecimalString(earnings.declaredIncome));
  return {
    sen: (bracket.base * 100) as Sen,
    base: {
      segment: 'BPU',
      base: String(bracket.base),
      derivation: {
        id: `Penghasilan yang dilaporkan ${income} → baris ${bracket.row} tabel dasar penghasilan → dasar ${formatRupiah(bracket.base)}`,
        en: `Declared income ${income} → row ${bracket.row} of the income table → base ${formatRupiah(bracket.base)}`,
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Exact arithmetic

/**
 * `sen × multiple × rates… / divisor` in rupiah, rounded once. Exact for any size (BigInt). @internal
 */
export function exactAmount(sen: Sen | number, multiple: number, rates: readonly Rate[], rounding: Rounding, divisor = 1): Rupiah {
  let numerator = BigInt(sen) * BigInt(multiple);
  let denominator = 100n * BigInt(rounding.step) * BigInt(divisor);
  for (const rate of rates) {
    numerator *= BigInt(rate.numerator);
    denominator *= BigInt(rate.denominator);
  }
  const q = numerator / denominator;
  const r = numerator % denominator;
  let result = q;
  if (r !== 0n) {
    switch (rounding.mode) {
      case 'down':
        break;
      case 'up':
        result = q + 1n;
        break;
      case 'half_up':
        result = 2n * r >= denominator ? q + 1n : q;
        break;
      case 'half_down':
        result = 2n * r > denominator ? q + 1n : q;
        break;
      case 'half_even':
        result = 2n * r > denominator || (2n * r === denominator && q % 2n === 1n) ? q + 1n : q;
        break;
    }
  }
  const value = result * BigInt(rounding.step);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) fail({ code: 'amount_out_of_range', path: [], message: 'A benefit amount exceeds the exact range of the library' });
  return Number(value) as Rupiah;
}

/** Rupiah text of an amount in sen for explanations. @internal */
export function rp(sen: Sen | number): string {
  return formatRupiah(senToDecimalString(sen));
}

/** A component. @internal */
export function component(key: string, label: BilingualText, amount: Rupiah | null, basis: ComponentBasis, rule: BilingualText, value: ResolvedValue<unknown> | readonly ResolvedValue<unknown>[]): BenefitComponent {
  const values = Array.isArray(value) ? (value as readonly ResolvedValue<unknown>[]) : [value as ResolvedValue<unknown>];
  return {
    key,
    label,
    amount,
    basis,
    rule,
    citations: values.flatMap((v) => v.citations),
    parameters: [...new Set(values.map((v) => v.parameter))],
  };
}

/** The date `months` calendar months after `date`, clamped to the month's end (31 Jan + 1 → 28/29 Feb). @internal */
export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  return dateInMonth(addMonths(yearMonthOf(date), months), Number(date.slice(8, 10)), { overflow: 'clamp_to_month_end' });
}
