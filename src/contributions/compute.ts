/**
 * The contribution engine: PU and BPU lines for one participant and one month, on a month's
 * resolved law. Integer arithmetic only; each line is rounded once.
 *
 * @module
 * @internal
 */
import type { YearMonth } from '../core/calendar';
import { fail } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import {
  applyRate,
  exactRateProduct,
  formatRupiah,
  multiplyRates,
  roundRational,
  scaledToDecimalString,
  senToDecimalString,
  type Rate,
  type Rounding,
  type Rupiah,
  type Sen,
} from '../core/money';
import { formatCitation, type Citation } from '../law/citation';
import type { IncomeBracket } from '../law/parameters/bpu';
import type { FundingSource } from '../law/parameters/relief';
import { lawUsedOf } from '../law/lawUsed';
import type { ParameterValue } from '../law/timeline';
import type { BracketUsed, ContributionLine, ContributionPayer, ContributionProgram, ContributionTotals, ExplanationStep, LawUsed, LineRelief, MonthlyContribution, WageDerivation } from './lines';
import { memo, need, PARAMETER_BIT, type MonthLaw } from './monthLaw';
import { FUNDING_SOURCES, type BpuParticipant, type ParsedWage, type PuParticipant } from './participant';
import { copiedAsData, own } from '../core/validate';

/** Collects the lines and law of one result. */
class Builder {
  readonly lines: ContributionLine[] = [];
  readonly notes: BilingualText[] = [];
  readonly used: ParameterValue<unknown>[] = [];
  /** The parameters used, as a bit set in first-use order independent form (for memo keys). */
  mask = 0;
  employer = 0;
  employee = 0;
  participant = 0;
  government = 0;

  use<T>(value: ParameterValue<T>): ParameterValue<T> {
    // Each parameter is read once per calculation, so no duplicate check is needed.
    this.mask |= PARAMETER_BIT[value.parameter] ?? 0;
    this.used.push(value as ParameterValue<unknown>);
    return value;
  }

  add(line: ContributionLine): void {
    this.lines.push(line);
    if (!line.billed) {
      if (line.payer === 'government') this.government += line.amount;
      return;
    }
    if (line.payer === 'employer') this.employer += line.amount;
    else if (line.payer === 'employee') this.employee += line.amount;
    else this.participant += line.amount; // government lines are never billed
  }

  totals(): ContributionTotals {
    const billed = this.employer + this.employee + this.participant;
    for (const total of [billed, this.government]) {
      if (!Number.isSafeInteger(total)) fail({ code: 'amount_out_of_range', path: [], message: 'Contribution total exceeds the exact range of the library' });
    }
    return {
      employer: this.employer as Rupiah,
      employee: this.employee as Rupiah,
      participant: this.participant as Rupiah,
      billed: billed as Rupiah,
      government: this.government as Rupiah,
    };
  }
}

/**
 * A line computed from a base and a rate. The amount is computed at once; the decimal texts of
 * the base and of the exact product are built on first access (most batch callers never read
 * them) and are included by `toJSON`, so the line serialises as plain data.
 */
class RateLine implements ContributionLine {
  readonly amount: Rupiah;
  readonly rate: string;
  readonly #base: Sen;
  readonly #rate: Rate;
  readonly #baseText: string | undefined;

  constructor(
    readonly program: ContributionProgram,
    readonly payer: ContributionPayer,
    base: Sen,
    rate: Rate,
    rounding: Rounding,
    readonly parameters: readonly string[],
    readonly citations: readonly Citation[],
    readonly billed: boolean,
    readonly relief: LineRelief | undefined,
    readonly note: BilingualText | undefined,
    baseText: string | undefined,
  ) {
    this.#base = base;
    this.#rate = rate;
    this.#baseText = baseText;
    this.rate = rate.percent;
    this.amount = applyRate(base, rate, rounding);
  }

  get base(): string {
    return this.#baseText ?? senToDecimalString(this.#base);
  }

  get exact(): string {
    return exactRateProduct(this.#base, this.#rate);
  }

  toJSON(): object {
    return {
      program: this.program,
      payer: this.payer,
      billed: this.billed,
      base: this.base,
      rate: this.rate,
      exact: this.exact,
      amount: this.amount,
      parameters: this.parameters,
      citations: this.citations,
      ...(this.relief === undefined ? {} : { relief: this.relief }),
      ...(this.note === undefined ? {} : { note: this.note }),
    };
  }
}

function rateLine(
  program: ContributionProgram,
  payer: ContributionPayer,
  base: Sen,
  rate: Rate,
  rounding: Rounding,
  parameters: readonly string[],
  citations: readonly Citation[],
  extra?: LineExtra,
): ContributionLine {
  return extra === undefined
    ? new RateLine(program, payer, base, rate, rounding, parameters, citations, true, undefined, undefined, undefined)
    : new RateLine(program, payer, base, rate, rounding, parameters, citations, extra.billed, extra.relief, extra.note, extra.baseText);
}

/**
 * What a line may add to its base and rate. Made only by {@link lineExtra}, which gives every key
 * a value of its own, so that reading one never reaches a key set on Object.prototype (an
 * inherited `billed: false` would unbill every line).
 */
interface LineExtra {
  readonly billed: boolean;
  readonly relief: LineRelief | undefined;
  readonly note: BilingualText | undefined;
  readonly baseText: string | undefined;
}

function lineExtra(billed: boolean, relief?: LineRelief, note?: BilingualText, baseText?: string): LineExtra {
  return { billed, relief, note, baseText };
}

// ---------------------------------------------------------------------------------------------
// PU

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
    const monthly = formatRupiah(this.monthly);
    return this.#allowances.length === 0
      ? text(`Upah sebulan = upah pokok ${parts[0]}`, `Monthly wage = basic wage ${parts[0]}`)
      : text(`Upah sebulan = upah pokok + tunjangan tetap = ${parts.join(' + ')} = ${monthly}`, `Monthly wage = basic wage + fixed allowances = ${parts.join(' + ')} = ${monthly}`);
  }

  toJSON(): WageDerivation {
    return { monthly: this.monthly, derivation: this.derivation };
  }
}

/**
 * Two relief measures that both reduce the same contribution in the same month. The baseline law
 * never has two in force at once (PP 49/2020 ended with iuran month 2021-01); an overlay can. The
 * regulations do not say whether they stack or which one prevails, so the library does not pick:
 * it fails with `rule_conflict` and the overlay's author ends one of them.
 */
function reliefConflict(month: string, rule: string, a: string, b: string): never {
  fail({
    code: 'rule_conflict',
    path: [],
    message: `In iuran month ${month} both ${a} and ${b} reduce the same contribution; the law does not say whether they combine, so the library does not pick one: end one of them in your law overlay`,
    rule,
    sources: [a, b],
  });
}

/** The monthly wage in sen and how it was derived. @internal */
export function puMonthlyWage(wage: ParsedWage, m: MonthLaw, b: Builder, rounding: Rounding): { sen: Sen; derivation: WageDerivation } {
  switch (wage.kind) {
    case 'monthly': {
      let sen = wage.basic as number;
      for (const a of wage.fixedAllowances) sen += a;
      if (!Number.isSafeInteger(sen)) fail({ code: 'amount_out_of_range', path: ['wage'], message: 'Wage exceeds the exact range of the library' });
      return { sen: sen as Sen, derivation: new MonthlyWage(sen as Sen, wage.basic, wage.fixedAllowances) };
    }
    case 'daily': {
      const rules = need(m, 'pu.wageBaseRules');
      b.use(rules);
      const sen = wage.daily * rules.value.dailyWageDays;
      if (!Number.isSafeInteger(sen)) fail({ code: 'amount_out_of_range', path: ['wage', 'daily'], message: 'Wage exceeds the exact range of the library' });
      const monthly = senToDecimalString(sen);
      return {
        sen: sen as Sen,
        derivation: {
          monthly,
          derivation: text(
            `Upah sebulan pekerja harian = ${formatRupiah(senToDecimalString(wage.daily))} × ${rules.value.dailyWageDays} hari = ${formatRupiah(monthly)}`,
            `Monthly wage of a daily-paid worker = ${formatRupiah(senToDecimalString(wage.daily))} × ${rules.value.dailyWageDays} days = ${formatRupiah(monthly)}`,
          ),
        },
      };
    }
    case 'pieceRate': {
      const rules = need(m, 'pu.wageBaseRules');
      b.use(rules);
      const count = wage.weatherDependent ? rules.value.weatherDependentPieceRateMonths : rules.value.pieceRateMonths;
      if (wage.months.length !== count) {
        fail({
          code: 'invalid_input',
          path: ['wage', 'pieceRate'],
          message: `A ${wage.weatherDependent ? 'weather-dependent ' : ''}piece-rate wage is the average of the last ${count} months; got ${wage.months.length} amounts`,
          reason: 'too_small',
        });
      }
      let total = 0;
      for (const s of wage.months) total += s;
      // The average is rounded to whole rupiah (half-up): the law says "rata-rata" and sets no rounding.
      const averageRupiah = roundRational(total, count * 100, rounding);
      const sen = (averageRupiah * 100) as Sen;
      const monthly = String(averageRupiah);
      const exact = scaledToDecimalString(total, 2);
      return {
        sen,
        derivation: {
          monthly,
          derivation: text(
            `Upah sebulan borongan = rata-rata ${count} bulan terakhir = ${formatRupiah(exact)} / ${count}, dibulatkan (${rounding.mode}) = ${formatRupiah(monthly)}`,
            `Monthly piece-rate wage = average of the last ${count} months = ${formatRupiah(exact)} / ${count}, rounded (${rounding.mode}) = ${formatRupiah(monthly)}`,
          ),
        },
      };
    }
  }
}

const IDS = {
  jkk: ['pu.jkkRates'],
  jkm: ['pu.jkmRate'],
  jht: ['pu.jhtRates'],
  jp: ['pu.jpRates', 'jp.wageCap'],
  jkp: ['jkp.composition', 'jkp.wageCap'],
  bpuJkk: ['bpu.jkkRate', 'bpu.incomeBrackets'],
  bpuJkm: ['bpu.jkmAmount'],
  bpuJht: ['bpu.jhtRate', 'bpu.incomeBrackets'],
} as const;

const JKP_RECOMPOSITION_NOTE = {
  JKK: text('Bagian dari iuran JKK pemberi kerja yang direkomposisi ke JKP, bukan tagihan tambahan', "Part of the employer's JKK contribution recomposed to JKP; not billed on top"),
  JKM: text('Bagian dari iuran JKM pemberi kerja yang direkomposisi ke JKP, bukan tagihan tambahan', "Part of the employer's JKM contribution recomposed to JKP; not billed on top"),
};
const JKP_GOVERNMENT_NOTE = text('Dibayar Pemerintah Pusat, tidak ditagihkan', 'Paid by the central government; not billed');

/** PU contributions for one month. @internal */
export function computePu(p: PuParticipant, m: MonthLaw, rounding: Rounding): MonthlyContribution {
  const b = new Builder();
  const { sen: wage, derivation } = puMonthlyWage(p.wage, m, b, rounding);

  let programs: readonly string[];
  if (p.programs !== undefined) {
    programs = p.programs;
    const key = programs.join(',');
    b.notes.push(memo(m, `note:programs:${key}`, () => text(`Program sesuai masukan: ${programs.join(', ')}`, `Programmes as given: ${programs.join(', ')}`)));
  } else if (p.employerScale !== undefined) {
    const byScale = b.use(need(m, 'pu.programsByScale'));
    const scale = p.employerScale;
    programs = byScale.value[scale];
    b.notes.push(
      memo(m, `note:scale:${scale}`, () => text(
        `Program menurut skala usaha (${scale}): ${programs.join(', ')} (${formatCitation(byScale.citations[0]!)})`,
        `Programmes for employer scale ${scale}: ${programs.join(', ')} (${formatCitation(byScale.citations[0]!)})`,
      )),
    );
  } else {
    fail({ code: 'missing_fact', path: ['employerScale'], message: 'Give employerScale (micro, small, medium, large) or programs: the programme set depends on it (Perpres 109/2013 Art. 6)', fact: 'employerScale' });
  }

  const pp49 = m.values['relief.pp49_2020'];
  if (pp49 !== undefined) b.use(pp49);

  // JKK, with PP 7/2025 and PP 49/2020 relief where they apply.
  const jkkRates = b.use(need(m, 'pu.jkkRates'));
  const normalJkkRate = jkkRates.value[p.riskClass];
  let jkkRate = normalJkkRate;
  let jkkRelief: Omit<LineRelief, 'normalAmount'> | undefined;
  const pp7 = m.values['relief.pp7_2025'];
  if (pp7 !== undefined) {
    const facts = p.laborIntensive;
    const v = pp7.value;
    if (facts === undefined) {
      b.notes.push(
        text(
          'Keringanan JKK PP 7/2025 tidak diterapkan: data industri padat karya tidak diberikan',
          'PP 7/2025 labour-intensive JKK relief not applied: no labour-intensive facts were given',
        ),
      );
    } else {
      const reasons: string[] = [];
      if (!(v.industries as readonly string[]).includes(facts.industry)) reasons.push(`industry ${facts.industry} is not one of ${v.industries.join(', ')}`);
      if (facts.activeWorkers < v.minimumActiveWorkers) reasons.push(`${facts.activeWorkers} active workers < ${v.minimumActiveWorkers}`);
      if (!facts.jkkPaidUpToRequiredMonth) reasons.push(`JKK not paid up to ${v.jkkPaidUpTo}`);
      b.use(pp7);
      if (reasons.length === 0) {
        if (pp49 !== undefined) reliefConflict(m.month, 'pu.jkkRelief', pp49.parameter, pp7.parameter);
        jkkRate = v.rates[p.riskClass];
        jkkRelief = { measure: pp7.parameter, payable: jkkRate.percent, citations: pp7.citations };
        b.notes.push(text(`Keringanan JKK PP 7/2025 diterapkan: tarif ${jkkRate.percent} %`, `PP 7/2025 labour-intensive JKK relief applied: rate ${jkkRate.percent} %`));
      } else {
        b.notes.push(text(`Keringanan JKK PP 7/2025 tidak berlaku: ${reasons.join('; ')}`, `PP 7/2025 JKK relief does not apply: ${reasons.join('; ')}`));
      }
    }
  }
  if (pp49 !== undefined) {
    jkkRate = multiplyRates(jkkRate, pp49.value.jkkPayable);
    jkkRelief = { measure: pp49.parameter, payable: pp49.value.jkkPayable.percent, citations: pp49.citations };
  }
  b.add(
    rateLine(
      'JKK',
      'employer',
      wage,
      jkkRate,
      rounding,
      jkkRelief === undefined ? IDS.jkk : ['pu.jkkRates', jkkRelief.measure],
      jkkRates.citations,
      jkkRelief === undefined ? undefined : lineExtra(true, { ...jkkRelief, normalAmount: applyRate(wage, normalJkkRate, rounding) }),
    ),
  );

  // JKM
  const jkm = b.use(need(m, 'pu.jkmRate'));
  if (pp49 === undefined) {
    b.add(rateLine('JKM', 'employer', wage, jkm.value, rounding, IDS.jkm, jkm.citations));
  } else {
    b.add(
      rateLine(
        'JKM',
        'employer',
        wage,
        multiplyRates(jkm.value, pp49.value.jkmPayable),
        rounding,
        ['pu.jkmRate', pp49.parameter],
        jkm.citations,
        lineExtra(true, { measure: pp49.parameter, payable: pp49.value.jkmPayable.percent, citations: pp49.citations, normalAmount: applyRate(wage, jkm.value, rounding) }),
      ),
    );
  }

  // JHT
  if (programs.includes('JHT')) {
    const jht = b.use(need(m, 'pu.jhtRates'));
    b.add(rateLine('JHT', 'employer', wage, jht.value.employer, rounding, IDS.jht, jht.citations));
    b.add(rateLine('JHT', 'employee', wage, jht.value.employee, rounding, IDS.jht, jht.citations));
  }

  // JP on the capped wage
  if (programs.includes('JP')) {
    const jp = b.use(need(m, 'pu.jpRates'));
    const cap = b.use(need(m, 'jp.wageCap'));
    const capSen = cap.value * 100;
    const base = (wage > capSen ? capSen : wage) as Sen;
    const citations = memo(m, 'citations:jp', () => [...jp.citations, ...cap.citations]);
    const ids = IDS.jp;
    if (wage > capSen) {
      b.notes.push(
        memo(m, 'note:jpCap', () =>
          text(`Upah JP dibatasi ${formatRupiah(cap.value)} (batas upah ${cap.from} s.d. ${cap.to ?? '-'})`, `JP wage capped at ${formatRupiah(cap.value)} (cap for ${cap.from} to ${cap.to ?? 'open'})`),
        ),
      );
    }
    if (cap.projected) b.notes.push(memo(m, 'note:jpCapProjected', () => text(`Batas upah JP diproyeksikan: ${own(cap, 'note') ?? ''}`, `JP wage cap projected: ${own(cap, 'note') ?? ''}`)));
    for (const [payer, rate] of [['employer', jp.value.employer], ['employee', jp.value.employee]] as const) {
      if (pp49 !== undefined && p.pp49JpDeferral === true) {
        const normalAmount = applyRate(base, rate, rounding);
        const payable = multiplyRates(rate, pp49.value.jpPayable);
        const deferred = (normalAmount - applyRate(base, payable, rounding)) as Rupiah;
        b.add(rateLine('JP', payer, base, payable, rounding, [...ids, pp49.parameter], citations, lineExtra(true, { measure: pp49.parameter, payable: pp49.value.jpPayable.percent, citations: pp49.citations, normalAmount, deferred })));
      } else {
        b.add(rateLine('JP', payer, base, rate, rounding, ids, citations));
      }
    }
  }

  // JKP: shown, never billed.
  const jkpComposition = m.values['jkp.composition'];
  if (p.jkp !== false && jkpComposition !== undefined) {
    b.use(jkpComposition);
    const cap = b.use(need(m, 'jkp.wageCap'));
    const capSen = cap.value * 100;
    const base = (wage > capSen ? capSen : wage) as Sen;
    const ids = IDS.jkp;
    const citations = memo(m, 'citations:jkp', () => [...jkpComposition.citations, ...cap.citations]);
    const c = jkpComposition.value;
    b.add(rateLine('JKP', 'government', base, c.government, rounding, ids, citations, lineExtra(false, undefined, JKP_GOVERNMENT_NOTE)));
    b.add(rateLine('JKP', 'employer', base, c.jkkRecomposition, rounding, ids, citations, lineExtra(false, undefined, JKP_RECOMPOSITION_NOTE.JKK)));
    if (c.jkmRecomposition.numerator !== 0) b.add(rateLine('JKP', 'employer', base, c.jkmRecomposition, rounding, ids, citations, lineExtra(false, undefined, JKP_RECOMPOSITION_NOTE.JKM)));
  } else if (p.jkp === true) {
    b.notes.push(text(`JKP belum berlaku pada bulan iuran ${m.month}`, `JKP is not in force in iuran month ${m.month}`));
  }

  const dueDate = m.puDueDate ?? need(m, 'pu.dueDate').from;
  b.use(need(m, 'pu.dueDate'));
  return finish(b, m, 'PU', dueDate, rounding, { wage: derivation });
}

// ---------------------------------------------------------------------------------------------
// BPU

/** The bracket an income in sen falls in (half-open rows). @internal */
export function findBracket(rows: readonly IncomeBracket[], income: Sen): IncomeBracket {
  let lo = 0;
  let hi = rows.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rows[mid]!.from * 100 <= income) lo = mid;
    else hi = mid - 1;
  }
  return rows[lo]!;
}

/** The discount would apply unless the contributions are paid through an excluded budget: ask who pays. */
function missingFunder(month: string, payable: string, excluded: readonly FundingSource[]): never {
  fail({
    code: 'missing_fact',
    path: ['fundedBy'],
    message: `In iuran month ${month} the PP 50/2025 discount (JKK and JKM at ${payable} %) applies unless they are paid through ${excluded.map((s) => s.toUpperCase()).join(' or ')}: give fundedBy (${FUNDING_SOURCES.map((s) => `'${s}'`).join(', ')})`,
    fact: 'fundedBy',
  });
}

type ReliefFactor = { rate: Rate; relief: Omit<LineRelief, 'normalAmount'> };

/**
 * The PP 50/2025 discount for a BPU participant in the month, if it applies: not where every
 * funding source is excluded or the participant's is; where the sector or the funder decides and
 * is not given, a `missing_fact` error (the sector first: its answer may make the funder
 * irrelevant).
 */
function pp50Factor(p: BpuParticipant, m: MonthLaw, b: Builder, otherRelief: string | undefined): ReliefFactor | undefined {
  const pp50 = m.values['relief.pp50_2025'];
  if (pp50 === undefined) return undefined;
  b.use(pp50);
  const v = pp50.value;
  const fundedBy = p.fundedBy;
  if (FUNDING_SOURCES.every((s) => v.excludedFunding.includes(s))) {
    b.notes.push(text('Diskon PP 50/2025 tidak berlaku: semua sumber iuran dikecualikan', 'PP 50/2025 discount does not apply: every funding source is excluded'));
    return undefined;
  }
  if (fundedBy !== undefined && v.excludedFunding.includes(fundedBy)) {
    b.notes.push(
      memo(m, `note:pp50:excluded:${fundedBy}`, () =>
        text(
          `Diskon PP 50/2025 tidak berlaku: iuran JKK dan JKM dibayar melalui ${fundedBy.toUpperCase()} (${formatCitation(pp50.citations[0]!)})`,
          `PP 50/2025 discount does not apply: JKK and JKM are paid through ${fundedBy.toUpperCase()} (${formatCitation(pp50.citations[0]!)})`,
        ),
      ),
    );
    return undefined;
  }
  if (!(v.sectors.includes('transport') && v.sectors.includes('other'))) {
    if (p.sector === undefined) {
      fail({
        code: 'missing_fact',
        path: ['sector'],
        message: `In iuran month ${m.month} the PP 50/2025 discount covers only the ${v.sectors.join(' and ')} sector: give sector ('transport' or 'other')`,
        fact: 'sector',
      });
    }
    if (!v.sectors.includes(p.sector)) {
      b.notes.push(text(`Diskon PP 50/2025 belum/tidak berlaku untuk sektor ${p.sector} pada ${m.month}`, `PP 50/2025 discount does not cover the ${p.sector} sector in ${m.month}`));
      return undefined;
    }
  }
  // Who pays decides only when some sources are excluded (every one excluded is handled above).
  if (fundedBy === undefined && v.excludedFunding.length > 0) missingFunder(m.month, v.payable.percent, v.excludedFunding);
  if (otherRelief !== undefined) reliefConflict(m.month, 'bpu.jkkJkmRelief', otherRelief, pp50.parameter);
  b.notes.push(memo(m, 'note:pp50:applied', () => text(`Diskon PP 50/2025 diterapkan: JKK dan JKM ${v.payable.percent} %`, `PP 50/2025 discount applied: JKK and JKM at ${v.payable.percent} %`)));
  return { rate: v.payable, relief: { measure: pp50.parameter, payable: v.payable.percent, citations: pp50.citations } };
}

/** BPU contributions for one month. @internal */
export function computeBpu(p: BpuParticipant, m: MonthLaw, rounding: Rounding): MonthlyContribution {
  const b = new Builder();
  const brackets = b.use(need(m, 'bpu.incomeBrackets'));
  const row = findBracket(brackets.value, p.income);
  const base = (row.base * 100) as Sen;
  // Relief measures in force this month.
  const pp49 = m.values['relief.pp49_2020'];
  let factor: ReliefFactor | undefined;
  if (pp49 !== undefined) {
    b.use(pp49);
    factor = { rate: pp49.value.jkkPayable, relief: { measure: pp49.parameter, payable: pp49.value.jkkPayable.percent, citations: pp49.citations } };
  }
  factor = pp50Factor(p, m, b, pp49?.parameter) ?? factor;

  const baseText = String(row.base);
  const jkk = b.use(need(m, 'bpu.jkkRate'));
  if (factor === undefined) {
    b.add(rateLine('JKK', 'participant', base, jkk.value, rounding, IDS.bpuJkk, jkk.citations, lineExtra(true, undefined, undefined, baseText)));
  } else {
    b.add(
      rateLine(
        'JKK',
        'participant',
        base,
        multiplyRates(jkk.value, factor.rate),
        rounding,
        ['bpu.jkkRate', 'bpu.incomeBrackets', factor.relief.measure],
        jkk.citations,
        lineExtra(true, { ...factor.relief, normalAmount: applyRate(base, jkk.value, rounding) }, undefined, baseText),
      ),
    );
  }

  const jkm = b.use(need(m, 'bpu.jkmAmount'));
  if (factor === undefined) {
    b.add({ program: 'JKM', payer: 'participant', billed: true, base: null, rate: null, exact: String(jkm.value), amount: jkm.value as Rupiah, parameters: IDS.bpuJkm, citations: jkm.citations, relief: undefined, note: undefined });
  } else {
    const share = pp49 !== undefined ? pp49.value.jkmPayable : factor.rate;
    const numerator = jkm.value * 100 * share.numerator; // at most 2^53: flat amounts are small
    b.add({
      program: 'JKM',
      payer: 'participant',
      billed: true,
      base: null,
      rate: null,
      exact: scaledToDecimalString(numerator, String(share.denominator).length - 1 + 2),
      amount: roundRational(numerator, share.denominator * 100, rounding),
      parameters: ['bpu.jkmAmount', factor.relief.measure],
      citations: jkm.citations,
      relief: { ...factor.relief, payable: share.percent, normalAmount: jkm.value as Rupiah },
      note: undefined,
    });
  }

  if (p.programs?.includes('JHT') === true) {
    const jht = b.use(need(m, 'bpu.jhtRate'));
    b.add(rateLine('JHT', 'participant', base, jht.value, rounding, IDS.bpuJht, jht.citations, lineExtra(true, undefined, undefined, baseText)));
  }

  const dueDate = m.bpuDueDate ?? need(m, 'bpu.dueDate').from;
  b.use(need(m, 'bpu.dueDate'));
  const bracket: BracketUsed = { row: row.row, from: row.from as Rupiah, upTo: row.upTo as Rupiah | null, base: row.base as Rupiah, confidence: row.confidence };
  if (p.income < 50_000_000) {
    b.notes.push(
      text(
        `Penghasilan ${formatRupiah(senToDecimalString(p.income))} di bawah Rp500.000 sebulan: pastikan ini penghasilan bulanan, bukan harian`,
        `Income ${formatRupiah(senToDecimalString(p.income))} is below Rp500,000 a month: check that it is a monthly, not a daily, income`,
      ),
    );
  }
  return finish(b, m, 'BPU', dueDate, rounding, { bracket });
}

// ---------------------------------------------------------------------------------------------

function finish(
  b: Builder,
  m: MonthLaw,
  segment: 'PU' | 'BPU',
  dueDate: string,
  rounding: Rounding,
  extra: { wage?: WageDerivation; bracket?: BracketUsed },
): MonthlyContribution {
  // The law list depends on the set of parameters used and, through the order of first use, on
  // the code path; both are fixed by the set for a given segment, so the set keys the memo.
  const law = memo(m, b.mask, () => Object.freeze(b.used.map((v) => lawUsedOf(m.law, v))));
  const lines = b.lines;
  const totals = b.totals();
  const projected = b.used.some((v) => v.projected);
  const due = dueDate as MonthlyContribution['dueDate'];
  return segment === 'PU' ? new PuResult(m.month, due, extra.wage!, lines, totals, rounding, projected, b.notes, law) : new BpuResult(m.month, due, extra.bracket!, lines, totals, rounding, projected, b.notes, law);
}

/**
 * Results are plain data: every field is an own enumerable property, so JSON, structuredClone
 * and deep equality see them. The explanation is built on first access (most batch callers
 * never read it) and is included by `toJSON`.
 */
abstract class ResultBase {
  #explanation: readonly ExplanationStep[] | undefined;
  get explanation(): readonly ExplanationStep[] {
    this.#explanation ??= explain(this as unknown as MonthlyContribution);
    return this.#explanation;
  }
  toJSON(): object {
    return { ...this, explanation: this.explanation };
  }
}

class PuResult extends ResultBase implements MonthlyContribution {
  readonly segment = 'PU' as const;
  constructor(
    readonly month: YearMonth,
    readonly dueDate: MonthlyContribution['dueDate'],
    readonly wage: WageDerivation,
    readonly lines: readonly ContributionLine[],
    readonly totals: ContributionTotals,
    readonly rounding: Rounding,
    readonly projected: boolean,
    readonly notes: readonly BilingualText[],
    readonly law: readonly LawUsed[],
  ) {
    super();
  }
}

class BpuResult extends ResultBase implements MonthlyContribution {
  readonly segment = 'BPU' as const;
  constructor(
    readonly month: YearMonth,
    readonly dueDate: MonthlyContribution['dueDate'],
    readonly bracket: BracketUsed,
    readonly lines: readonly ContributionLine[],
    readonly totals: ContributionTotals,
    readonly rounding: Rounding,
    readonly projected: boolean,
    readonly notes: readonly BilingualText[],
    readonly law: readonly LawUsed[],
  ) {
    super();
  }
}

// A result passed back in (a schedule's months to applyPayments) is read as its own fields.
copiedAsData(PuResult.prototype, BpuResult.prototype, RateLine.prototype, MonthlyWage.prototype);

const PAYER_TEXT: Record<ContributionPayer, BilingualText> = {
  employer: text('pemberi kerja', 'employer'),
  employee: text('pekerja', 'employee'),
  participant: text('peserta', 'participant'),
  government: text('pemerintah', 'government'),
};

function explain(r: MonthlyContribution): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  // Own keys: a PU result has no `bracket` and a BPU result no `wage`; Object.prototype's do not count.
  const wage = own(r, 'wage');
  const bracket = own(r, 'bracket');
  if (wage !== undefined) steps.push({ text: wage.derivation });
  if (bracket !== undefined) {
    const range = `${formatRupiah(bracket.from)} ≤ penghasilan < ${bracket.upTo === null ? '∞' : formatRupiah(bracket.upTo)}`;
    const rangeEn = `${formatRupiah(bracket.from)} ≤ income < ${bracket.upTo === null ? '∞' : formatRupiah(bracket.upTo)}`;
    steps.push({
      text: text(`Baris ${bracket.row} tabel dasar penghasilan (${range}): dasar ${formatRupiah(bracket.base)}`, `Bracket row ${bracket.row} (${rangeEn}): base ${formatRupiah(bracket.base)}`),
      basis: 'PP 44/2015 Lampiran II',
    });
  }
  for (const line of r.lines) {
    const payer = PAYER_TEXT[line.payer];
    const formula = line.rate === null ? formatRupiah(line.exact) : `${line.rate} % × ${formatRupiah(line.base ?? '0')} = ${formatRupiah(line.exact)}`;
    const rounded = line.exact === String(line.amount) ? '' : ` → ${formatRupiah(line.amount)} (${r.rounding.mode})`;
    const relief = line.relief === undefined ? '' : `; ${line.relief.measure}: ${line.relief.payable} % (normal ${formatRupiah(line.relief.normalAmount)}${own(line.relief, 'deferred') === undefined ? '' : `, deferred ${formatRupiah(line.relief.deferred!)}`})`;
    const billed = line.billed ? '' : ' [tidak ditagihkan / not billed]';
    steps.push({
      text: text(`${line.program} ${payer.id}: ${formula}${rounded}${relief}${billed}`, `${line.program} ${payer.en}: ${formula}${rounded}${relief}${billed}`),
      basis: line.citations.map(formatCitation).join('; '),
    });
  }
  const t = r.totals;
  steps.push({
    text: text(
      `Jumlah ditagihkan ${formatRupiah(t.billed)} = pemberi kerja ${formatRupiah(t.employer)} + pekerja ${formatRupiah(t.employee)} + peserta ${formatRupiah(t.participant)}; pemerintah (JKP) ${formatRupiah(t.government)}; jatuh tempo ${r.dueDate}`,
      `Billed total ${formatRupiah(t.billed)} = employer ${formatRupiah(t.employer)} + employee ${formatRupiah(t.employee)} + participant ${formatRupiah(t.participant)}; government (JKP) ${formatRupiah(t.government)}; due ${r.dueDate}`,
    ),
  });
  for (const note of r.notes) steps.push({ text: note });
  return steps;
}
