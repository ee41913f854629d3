/**
 * The parts every benefit result shares: itemised components with their rule and citations, the
 * conditions that decided the outcome, and the explanation steps built from them.
 *
 * @module
 */
import type { BilingualText } from '../core/explain';
import type { Rupiah } from '../core/money';
import type { Citation } from '../law/citation';
import { explanationStep, type ExplanationStep } from '../law/explanation';
import type { ResolvedValue } from '../law/timeline';

/** How a component's amount is known. */
export type AmountKind =
  /** Computed by the library from the facts and the law. */
  | 'computed'
  /** Paid as incurred (medical care): the law sets no amount, the library reports the rule only. */
  | 'as_incurred'
  /** An entitlement paid over time (scholarship), reported as its maximum. */
  | 'entitlement';

/** One item of a benefit: what is paid, how much, by which rule. */
export interface BenefitComponent {
  /** Stable key, e.g. `jkm.lumpSum`. */
  readonly key: string;
  /** Name in both languages. */
  readonly label: BilingualText;
  /** The amount, or `null` when it is paid as incurred (see `amountKind`). */
  readonly amount: Rupiah | null;
  /** How the amount is known: computed, paid as incurred, or an entitlement. */
  readonly amountKind: AmountKind;
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

/** A component built from the law values it used. @internal */
export function component(key: string, label: BilingualText, amount: Rupiah | null, amountKind: AmountKind, rule: BilingualText, value: ResolvedValue<unknown> | readonly ResolvedValue<unknown>[]): BenefitComponent {
  const values = Array.isArray(value) ? (value as readonly ResolvedValue<unknown>[]) : [value as ResolvedValue<unknown>];
  return { key, label, amount, amountKind, rule, citations: values.flatMap((v) => v.citations), parameters: [...new Set(values.map((v) => v.parameter))] };
}

/** A condition that is decisive exactly when it is not met. @internal */
export function condition(id: string, met: boolean, text: BilingualText, citations: readonly Citation[]): BenefitCondition {
  return { id, met, decisive: !met, text, citations };
}

/** An explanation step from a text and its citations. @internal */
export function step(text: BilingualText, citations: readonly Citation[] = []): ExplanationStep {
  return explanationStep(text.id, text.en, citations);
}

/** The steps of the decisive conditions. @internal */
export function decisiveSteps(conditions: readonly BenefitCondition[]): ExplanationStep[] {
  return conditions.filter((c) => c.decisive).map((c) => step(c.text, c.citations));
}
