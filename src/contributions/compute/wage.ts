/**
 * The monthly wage of a PU participant (*upah sebulan*): basic wage plus fixed allowances, a
 * daily wage times the days of `pu.wageBaseRules`, or the average of the last months of
 * piece-rate earnings; with its derivation in both languages.
 *
 * @module
 * @internal
 */
import type { BilingualText } from '../../core/explain';
import { fail } from '../../core/errors';
import { formatRupiah, roundRational, scaledToDecimalString, senToDecimalString, type Rounding, type Sen } from '../../core/money';
import { copiedAsData } from '../../core/validate';
import type { WageDerivation } from '../lines';
import { wageTexts } from '../messages';
import type { ParsedWage } from '../participant';
import type { Builder } from './builder';

/** A monthly wage and its derivation, whose texts are built on first access. */
class MonthlyWage implements WageDerivation {
  readonly #sen: Sen;
  readonly #basic: Sen;
  readonly #allowances: readonly Sen[];

  constructor(sen: Sen, basic: Sen, allowances: readonly Sen[]) {
    this.#sen = sen;
    this.#basic = basic;
    this.#allowances = allowances;
  }

  get monthly(): string {
    return senToDecimalString(this.#sen);
  }

  get derivation(): BilingualText {
    const parts = [this.#basic, ...this.#allowances].map((s) => formatRupiah(senToDecimalString(s)));
    return this.#allowances.length === 0 ? wageTexts.basic(parts[0]!) : wageTexts.withAllowances(parts, formatRupiah(this.monthly));
  }

  toJSON(): WageDerivation {
    return { monthly: this.monthly, derivation: this.derivation };
  }
}

copiedAsData(MonthlyWage.prototype);

/** The monthly wage in sen and how it was derived. @internal */
export interface PuWage {
  readonly sen: Sen;
  readonly derivation: WageDerivation;
}

/** The monthly wage of a PU participant, by the form of its wage. @internal */
export function puMonthlyWage(wage: ParsedWage, b: Builder, rounding: Rounding): PuWage {
  switch (wage.kind) {
    case 'monthly':
      return monthlyWage(wage, b);
    case 'daily':
      return dailyWage(wage, b);
    case 'piece_rate':
      return pieceRateWage(wage, b, rounding);
  }
}

function monthlyWage(wage: Extract<ParsedWage, { kind: 'monthly' }>, b: Builder): PuWage {
  let sen = wage.basic as number;
  for (const a of wage.fixedAllowances) sen += a;
  if (!Number.isSafeInteger(sen)) fail({ code: 'amount_out_of_range', path: [...b.roots.participant, 'wage'], message: 'Wage exceeds the exact range of the library' });
  return { sen: sen as Sen, derivation: new MonthlyWage(sen as Sen, wage.basic, wage.fixedAllowances) };
}

function dailyWage(wage: Extract<ParsedWage, { kind: 'daily' }>, b: Builder): PuWage {
  const days = b.need('pu.wageBaseRules').value.dailyWageDays;
  const sen = wage.daily * days;
  if (!Number.isSafeInteger(sen)) fail({ code: 'amount_out_of_range', path: [...b.roots.participant, 'wage', 'daily'], message: 'Wage exceeds the exact range of the library' });
  const monthly = senToDecimalString(sen);
  return { sen: sen as Sen, derivation: { monthly, derivation: wageTexts.daily(formatRupiah(senToDecimalString(wage.daily)), days, formatRupiah(monthly)) } };
}

function pieceRateWage(wage: Extract<ParsedWage, { kind: 'piece_rate' }>, b: Builder, rounding: Rounding): PuWage {
  const rules = b.need('pu.wageBaseRules').value;
  const count = wage.weatherDependent ? rules.weatherDependentPieceRateMonths : rules.pieceRateMonths;
  if (wage.months.length !== count) {
    fail({
      code: 'invalid_input',
      path: [...b.roots.participant, 'wage', 'pieceRate'],
      message: `A ${wage.weatherDependent ? 'weather-dependent ' : ''}piece-rate wage is the average of the last ${count} months; got ${wage.months.length} amounts`,
      reason: 'too_small',
    });
  }
  let total = 0;
  for (const s of wage.months) total += s;
  // The average is rounded to whole rupiah by the result's rounding: the law says "rata-rata" and sets no rounding.
  const averageRupiah = roundRational(total, count * 100, rounding);
  const monthly = String(averageRupiah);
  return {
    sen: (averageRupiah * 100) as Sen,
    derivation: { monthly, derivation: wageTexts.pieceRate(count, formatRupiah(scaledToDecimalString(total, 2)), rounding.mode, formatRupiah(monthly)) },
  };
}
