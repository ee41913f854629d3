/**
 * The types that carry a rule set's facts from its criteria to the caller: each criterion
 * declares its facts as zod schemas; a group or a rule set reads every fact its members read; and
 * `evaluateEligibility` and the screening functions take exactly those facts, so that a misspelt
 * fact (`monthlyIncom`) is a compile error, and at run time a typed `invalid_input` error.
 *
 * @module
 */
import type * as z from 'zod';
import type { Criterion } from './rule';
import type { RuleGroup } from './group';
import type { RuleSet } from './ruleSet';
import type { EligibilityFacts } from './facts';

/** The facts a criterion reads: a zod schema per fact name. A schema that accepts `undefined` marks an optional fact. */
export type FactSchemas = Readonly<Record<string, z.ZodType>>;

/** The parsed facts a test receives. */
export type FactsOf<S extends FactSchemas> = { readonly [K in keyof S]: z.output<S[K]> };

/**
 * A fact's value as a caller may give it: arrays and objects read-only all the way down, so that
 * frozen or `as const` data is accepted.
 */
export type FactInput<T> = T extends readonly (infer E)[]
  ? readonly FactInput<E>[]
  : T extends Date | ((...args: never[]) => unknown)
    ? T
    : T extends object
      ? { readonly [K in keyof T]: FactInput<T[K]> }
      : T;

/**
 * The type of each fact that schemas `S` declare, as a caller gives it (before parsing; `null`
 * and `undefined` are not values but a missing fact).
 */
export type FactValues<S extends FactSchemas> = { readonly [K in keyof S]: FactInput<NonNullable<z.input<S[K]>>> };

/** Facts of any name and type: the facts of a rule (or rule set) whose facts are not known to the compiler. */
export type AnyFacts = Readonly<Record<string, unknown>>;

/**
 * A candidate's facts for rules that read facts `F` (by default the facts the built-in rules
 * read, {@link EligibilityFacts}): every fact optional, since a fact that is absent, `undefined`
 * or `null` is missing (the answer is then `undetermined`, never a guess). A key that no rule
 * declares is not a fact of `F`: a compile error, and at run time an `invalid_input` error.
 */
export type CandidateFacts<F = EligibilityFacts> = { readonly [K in keyof F]?: F[K] | null | undefined };

/** The facts one rule (a criterion or a group), or a rule set, reads. */
export type FactsOfRule<N> = N extends Criterion<infer F> ? F : N extends RuleGroup<infer F> ? F : N extends RuleSet<infer F> ? F : never;

/**
 * The facts a list of rules reads: every fact of every rule (the intersection of their facts, as
 * one object type).
 */
export type FactsOfRules<N extends readonly unknown[]> =
  (N[number] extends infer U ? (U extends unknown ? (facts: FactsOfRule<U>) => void : never) : never) extends (facts: infer I) => void ? { [K in keyof I]: I[K] } & {} : never;
