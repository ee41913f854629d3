/**
 * The contributions of an informal worker (BPU, *peserta bukan penerima upah*) for one month:
 * the bracket of the declared income, relief (PP 49/2020 or PP 50/2025), then the JKK, JKM and
 * optional JHT lines.
 *
 * @module
 * @internal
 */
import { applyRate, formatRupiah, multiplyRates, roundRational, scaledToDecimalString, senToDecimalString, type Rounding, type Rupiah, type Sen } from '../../core/money';
import type { BracketUsed, MonthlyContribution } from '../lines';
import { lowIncomeText } from '../messages';
import type { MonthLaw } from '../monthLaw';
import type { BpuParticipant } from '../participant';
import { findBracket } from './bracket';
import { Builder, noteOf } from './builder';
import { lineExtra, rateLine } from './rateLine';
import { pp49Factor, pp49Of, pp50Relief, type ReliefFactor } from './relief';
import { finish } from './result';
import { PARTICIPANT_ROOTS, type ErrorRoots } from './roots';

const BPU_IDS = {
  jkk: ['bpu.jkkRate', 'bpu.incomeBrackets'],
  jkm: ['bpu.jkmAmount'],
  jht: ['bpu.jhtRate', 'bpu.incomeBrackets'],
} as const;

/** Below this income (in sen) a note asks whether a daily income was typed: Rp500,000. */
const LOW_INCOME_SEN = 50_000_000;

/** The inputs of a BPU line builder. */
interface BpuLineContext {
  readonly b: Builder;
  /** The bracket base in sen, and as text. */
  readonly base: Sen;
  readonly baseText: string;
  readonly rounding: Rounding;
  /** The relief that reduces JKK and JKM, if any, and the JKM share under PP 49/2020. */
  readonly factor: ReliefFactor | undefined;
  readonly jkmFactor: ReliefFactor | undefined;
}

/** BPU contributions for one month. @internal */
export function computeBpu(p: BpuParticipant, m: MonthLaw, rounding: Rounding, roots: ErrorRoots = PARTICIPANT_ROOTS): MonthlyContribution {
  const b = new Builder(m, roots);
  const row = findBracket(b.need('bpu.incomeBrackets').value, p.income);
  const pp49 = pp49Of(b);
  const pp50 = pp50Relief(p, b, pp49?.parameter);
  const factor = pp50 ?? (pp49 === undefined ? undefined : pp49Factor(pp49, pp49.value.jkkPayable));
  const jkmFactor = pp50 ?? (pp49 === undefined ? undefined : pp49Factor(pp49, pp49.value.jkmPayable));
  const c: BpuLineContext = { b, base: (row.base * 100) as Sen, baseText: String(row.base), rounding, factor, jkmFactor };
  addBpuJkk(c);
  addBpuJkm(c);
  if (p.programs?.includes('JHT') === true) addBpuJht(c);
  const due = b.need('bpu.dueDate');
  if (p.income < LOW_INCOME_SEN) b.notes.push(noteOf(lowIncomeText(formatRupiah(senToDecimalString(p.income)))));
  const bracket: BracketUsed = { row: row.row, from: row.from as Rupiah, upTo: row.upTo as Rupiah | null, base: row.base as Rupiah, confidence: row.confidence };
  return finish(b, 'BPU', m.bpuDueDate ?? due.from, rounding, bracket);
}

/** JKK: 1 % of the bracket base (PP 44/2015 Lampiran II), with the relief factor if any. */
function addBpuJkk({ b, base, baseText, rounding, factor }: BpuLineContext): void {
  const jkk = b.need('bpu.jkkRate');
  if (factor === undefined) {
    b.add(rateLine('JKK', 'participant', base, jkk.value, rounding, BPU_IDS.jkk, jkk.citations, lineExtra(true, undefined, undefined, baseText)));
    return;
  }
  const extra = lineExtra(true, { ...factor.relief, normalAmount: applyRate(base, jkk.value, rounding) }, undefined, baseText);
  b.add(rateLine('JKK', 'participant', base, multiplyRates(jkk.value, factor.rate), rounding, ['bpu.jkkRate', 'bpu.incomeBrackets', factor.relief.measure], jkk.citations, extra));
}

/** JKM: a flat amount (PP 44/2015 Lampiran II), times the relief share if any. */
function addBpuJkm({ b, rounding, jkmFactor }: BpuLineContext): void {
  const jkm = b.need('bpu.jkmAmount');
  if (jkmFactor === undefined) {
    b.add({ program: 'JKM', payer: 'participant', billed: true, base: null, rate: null, exact: String(jkm.value), amount: jkm.value as Rupiah, parameters: BPU_IDS.jkm, citations: jkm.citations, relief: undefined, note: undefined });
    return;
  }
  const share = jkmFactor.rate;
  const numerator = jkm.value * 100 * share.numerator; // at most 2^53: flat amounts are small
  b.add({
    program: 'JKM',
    payer: 'participant',
    billed: true,
    base: null,
    rate: null,
    exact: scaledToDecimalString(numerator, String(share.denominator).length - 1 + 2),
    amount: roundRational(numerator, share.denominator * 100, rounding),
    parameters: ['bpu.jkmAmount', jkmFactor.relief.measure],
    citations: jkm.citations,
    relief: { ...jkmFactor.relief, normalAmount: jkm.value as Rupiah },
    note: undefined,
  });
}

/** JHT (optional for BPU): 2 % of the bracket base. */
function addBpuJht({ b, base, baseText, rounding }: BpuLineContext): void {
  const jht = b.need('bpu.jhtRate');
  b.add(rateLine('JHT', 'participant', base, jht.value, rounding, BPU_IDS.jht, jht.citations, lineExtra(true, undefined, undefined, baseText)));
}
