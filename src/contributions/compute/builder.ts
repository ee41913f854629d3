/**
 * What one calculation collects: its lines with running totals per payer, the parameter values
 * it read (in order of first use, with a bit set of them for memo keys), and its notes.
 *
 * @module
 * @internal
 */
import { fail } from '../../core/errors';
import type { Rupiah } from '../../core/money';
import type { BilingualText } from '../../core/explain';
import type { Citation } from '../../law/citation';
import type { ExplanationStep } from '../../law/explanation';
import type { ParameterValue } from '../../law/timeline';
import type { ContributionLine, ContributionTotals } from '../lines';
import { need, PARAMETER_BIT, type ContributionParameterId, type MonthLaw } from '../monthLaw';
import type { ParameterValueOf } from '../../law/registry';
import type { ErrorRoots } from './roots';

/** A note of a result: a decision in both languages, with the law that decided it. @internal */
export function noteOf(text: BilingualText, citations: readonly Citation[] = []): ExplanationStep {
  return { text, citations };
}

/** Collects the lines, law and notes of one result. @internal */
export class Builder {
  readonly m: MonthLaw;
  readonly roots: ErrorRoots;
  readonly lines: ContributionLine[];
  readonly notes: ExplanationStep[];
  readonly used: ParameterValue<unknown>[];
  /** The parameters used, as a bit set (for memo keys). */
  mask: number;
  employer: number;
  employee: number;
  participant: number;
  government: number;

  constructor(m: MonthLaw, roots: ErrorRoots) {
    // Every field set here, in one order: one hidden class for every builder.
    this.m = m;
    this.roots = roots;
    this.lines = [];
    this.notes = [];
    this.used = [];
    this.mask = 0;
    this.employer = 0;
    this.employee = 0;
    this.participant = 0;
    this.government = 0;
  }

  /** Record a value as used and return it. */
  use<T>(value: ParameterValue<T>): ParameterValue<T> {
    // Each parameter is read once per calculation, so no duplicate check is needed.
    this.mask |= PARAMETER_BIT[value.parameter] ?? 0;
    this.used.push(value as ParameterValue<unknown>);
    return value;
  }

  /** The value of a parameter the calculation needs (a typed error when none is in force), recorded as used. */
  need<K extends ContributionParameterId>(id: K): ParameterValue<ParameterValueOf<K>> {
    return this.use(need(this.m, id, this.roots.month));
  }

  /** Add a line and its amount to its payer's total. */
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

  /** The totals per payer, checked to be exact. */
  totals(): ContributionTotals {
    const billed = this.employer + this.employee + this.participant;
    if (!Number.isSafeInteger(billed) || !Number.isSafeInteger(this.government)) {
      fail({ code: 'amount_out_of_range', path: [...this.roots.participant], message: 'Contribution total exceeds the exact range of the library' });
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
