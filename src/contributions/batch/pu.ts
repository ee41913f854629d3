/**
 * The PU kernel of a batch: the line structure is worked out once per risk class by the same
 * engine as `monthlyContribution`; each worker then costs a few integer operations per line.
 *
 * @module
 * @internal
 */
import { fail, showValue } from '../../core/errors';
import { divideRounded, roundProduct, type Rounding } from '../../core/money';
import { parseInput } from '../../core/validate';
import { computePu, type ErrorRoots } from '../compute';
import type { MonthlyContribution } from '../lines';
import { need, type MonthLaw } from '../monthLaw';
import { PuParticipantSchema, type PuParticipant, type RiskClass } from '../participant';
import { finishBatch, lineKindOf, type BatchLineKind, type ContributionBatch } from './kinds';
import { senAt, type ParsedPuRoster } from './roster';

const CLASSES = [1, 2, 3, 4, 5] as const;

/** A kind of line with its rate per risk class as integers, and the cap of its base. */
interface PuKind {
  readonly meta: BatchLineKind;
  /** Per risk class 1-5 (index 0 unused): numerator and denominator × 100 × step of the rate. */
  readonly num: Float64Array;
  readonly den: Float64Array;
  /** Cap of the base in sen (Infinity if none). */
  readonly capSen: number;
}

/** One template result per risk class, from the roster's shared profile. */
function templates(r: ParsedPuRoster, m: MonthLaw, rounding: Rounding, roots: ErrorRoots): MonthlyContribution[] {
  const profile = (riskClass: RiskClass): PuParticipant =>
    parseInput(
      PuParticipantSchema,
      {
        segment: 'PU',
        wage: 1,
        riskClass,
        ...(r.employerScale === undefined ? {} : { employerScale: r.employerScale }),
        ...(r.programs === undefined ? {} : { programs: r.programs }),
        ...(r.jkp === undefined ? {} : { jkp: r.jkp }),
      },
      ['roster'],
    );
  const out: MonthlyContribution[] = [];
  for (const c of CLASSES) out[c] = computePu(profile(c), m, rounding, roots);
  return out;
}

/** Integer numerator and power-of-ten denominator of a percent text. */
function rateParts(percentText: string): [number, number] {
  const [int = '0', frac = ''] = percentText.split('.');
  return [Number(int + frac), 100 * 10 ** frac.length];
}

/** The kinds of line, with their rates per risk class and caps. */
function puKinds(byClass: readonly MonthlyContribution[], m: MonthLaw, rounding: Rounding): PuKind[] {
  return byClass[1]!.lines.map((line, j) => {
    const num = new Float64Array(6);
    const den = new Float64Array(6);
    for (const c of CLASSES) {
      const [n, d] = rateParts(byClass[c]!.lines[j]!.rate!);
      num[c] = n;
      den[c] = d * 100 * rounding.step;
    }
    const capSen = line.parameters.includes('jp.wageCap') ? need(m, 'jp.wageCap').value * 100 : line.parameters.includes('jkp.wageCap') ? need(m, 'jkp.wageCap').value * 100 : Number.POSITIVE_INFINITY;
    return { meta: lineKindOf(line), num, den, capSen };
  });
}

/** One month of a PU roster. @internal */
export function puBatch(r: ParsedPuRoster, m: MonthLaw, rounding: Rounding, roots: ErrorRoots): ContributionBatch {
  const byClass = templates(r, m, rounding, roots);
  const kinds = puKinds(byClass, m, rounding);
  const n = r.wage.length;
  const k = kinds.length;
  const amounts = new Float64Array(n * k);
  const totals = new Float64Array(k);
  const step = rounding.step;
  const mode = rounding.mode;
  const wages = r.wage;
  const classes = r.riskClass;
  for (let i = 0; i < n; i++) {
    const sen = senAt('wage', wages, i, true);
    const c = classes[i]!;
    if (c !== 1 && c !== 2 && c !== 3 && c !== 4 && c !== 5) fail({ code: 'invalid_input', path: ['roster', 'riskClass', i], message: `Expected a JKK risk class 1, 2, 3, 4 or 5, got ${showValue(c)}`, reason: 'invalid_value' });
    const row = i * k;
    for (let j = 0; j < k; j++) {
      const kind = kinds[j]!;
      const base = sen < kind.capSen ? sen : kind.capSen;
      const numerator = base * kind.num[c]!;
      const denominator = kind.den[c]!;
      let amount: number;
      if (numerator <= Number.MAX_SAFE_INTEGER) {
        if (mode === 'half_up') {
          const rem = numerator % denominator;
          amount = ((numerator - rem) / denominator + (2 * rem >= denominator ? 1 : 0)) * step;
        } else {
          amount = divideRounded(numerator, denominator, mode) * step;
        }
      } else {
        amount = roundProduct(base, kind.num[c]!, denominator / step, rounding);
      }
      amounts[row + j] = amount;
      totals[j] = totals[j]! + amount;
    }
  }
  const first = byClass[1]!;
  return finishBatch(m, { segment: 'PU', count: n, kinds: kinds.map((kind) => kind.meta), amounts, totals, dueDate: first.dueDate, lawUsed: first.lawUsed }, rounding);
}
