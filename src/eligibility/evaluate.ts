/**
 * `evaluateEligibility`: screen one candidate against a rule set on a date, with every
 * criterion's result in order and a plain-language explanation in Bahasa Indonesia and English.
 *
 * @module
 */
import type * as z from 'zod';
import { lawUsedOf, type LawUsed } from '../law/lawUsed';
import { CalendarDateSchema, type CalendarDate } from '../core/calendar';
import { fail } from '../core/errors';
import { text, type BilingualText } from '../core/explain';
import { ownStrictObject, parseInput } from '../core/validate';
import { formatCitation, type Citation } from '../law/citation';
import { baselineLaw, LawRegistrySchema, type LawRegistry } from '../law/registry';
import { RuleSet, type GroupKind } from './compose';
import { compile, decisiveFailures, decisiveMissing, EvaluationContext, FAILED, MET, NOT_IN_FORCE, run, UNDETERMINED, type Plan, type PlanNode, type Run } from './engine';
import type { CandidateFacts } from './facts';

/** The outcome of a screening: eligible, ineligible (with the failed criteria) or undetermined (with the missing facts). */
export type EligibilityOutcome = 'eligible' | 'ineligible' | 'undetermined';

/** The result of one criterion or group: met, failed, undetermined, or not in force on the date (then not applied). */
export type CriterionStatus = 'met' | 'failed' | 'undetermined' | 'not_in_force';

/** One criterion's (or group's) result. */
export interface CriterionResult {
  /** The rule id (a generated label such as `any(a,b)` for an unlabelled group). */
  readonly id: string;
  /** A criterion or a group. */
  readonly kind: 'criterion' | GroupKind;
  /** What it requires. */
  readonly title: BilingualText;
  /** Its result. */
  readonly status: CriterionStatus;
  /** Why, in plain language. */
  readonly reason: BilingualText;
  /** Its legal basis. */
  readonly basis: readonly Citation[];
  /** The rule set (layer) whose definition applied. */
  readonly origin: string;
  /** Layers whose definitions of the same rule were in force but overridden, nearest first. */
  readonly overridden: readonly string[];
  /** Nesting depth (0 for the rule set's own rules). */
  readonly depth: number;
  /** The id of the enclosing group, or `null`. */
  readonly parent: string | null;
  /** When undetermined: the facts it needs; each entry lists alternatives (any one will do). */
  readonly missing: readonly (readonly string[])[];
}

/** A failed criterion that makes the candidate ineligible. */
export interface FailedCriterion {
  /** Rule id. */
  readonly id: string;
  /** What it requires. */
  readonly title: BilingualText;
  /** Why it failed. */
  readonly reason: BilingualText;
  /** Legal basis. */
  readonly basis: readonly Citation[];
  /** The rule set that decided. */
  readonly origin: string;
}


/** The result of a screening. Plain data: JSON-able. */
export interface EligibilityResult {
  /** Eligible, ineligible or undetermined. */
  readonly outcome: EligibilityOutcome;
  /** The screening (registration) date. */
  readonly asOf: CalendarDate;
  /** The rule set applied. */
  readonly ruleSet: { readonly id: string; readonly title: BilingualText; readonly layers: readonly string[] };
  /** Every criterion and group, in tree order. */
  readonly criteria: readonly CriterionResult[];
  /** When ineligible: the failed criteria that decide it, in order. */
  readonly failed: readonly FailedCriterion[];
  /** When undetermined: exactly the facts still needed (flattened, in order). */
  readonly missingFacts: readonly string[];
  /** When undetermined: the same as requirements; each lists alternatives (any one will do). */
  readonly missingRequirements: readonly (readonly string[])[];
  /** The parameters of law read, with citations, by parameter id. */
  readonly law: readonly LawUsed[];
  /** A plain-language explanation, one line per point. */
  readonly explanation: BilingualText;
}

/** Options of {@link evaluateEligibility}. */
export interface EligibilityOptions {
  /** The screening (registration) date `YYYY-MM-DD`: rules, parameters and ages are taken on it. */
  readonly asOf: string;
  /** The law to read (default the baseline; pass `withOverlay(...)` for another team's values). */
  readonly law?: LawRegistry;
}

/**
 * Schema of {@link EligibilityOptions}.
 *
 * @example
 * ```ts
 * import { EligibilityOptionsSchema } from 'jamsostek';
 * console.log(EligibilityOptionsSchema.safeParse({ asOf: '2026-02-30' }).success); // false
 * ```
 */
export const EligibilityOptionsSchema = ownStrictObject({
  asOf: CalendarDateSchema,
  law: LawRegistrySchema.optional(),
});

/** Validate the rule set and options and compile. @internal */
export function prepare(ruleSet: unknown, options: unknown, explain: boolean, extra?: z.ZodType): { plan: Plan; context: EvaluationContext; options: Record<string, unknown> } {
  if (!(ruleSet instanceof RuleSet)) fail({ code: 'invalid_input', path: ['ruleSet'], message: 'Expected a RuleSet made by defineRuleSet, extendRuleSet or a built-in rule set', reason: 'invalid_type' });
  const parsed = parseInput(extra ?? EligibilityOptionsSchema, options, ['options']) as { asOf: CalendarDate; law?: LawRegistry };
  const plan = compile(ruleSet, parsed.asOf);
  if (!plan.nodes[0]!.children.some((c) => plan.nodes[c]!.inForce)) {
    fail({ code: 'invalid_input', path: ['options', 'asOf'], message: `No rule of rule set ${ruleSet.id} is in force on ${parsed.asOf}`, reason: 'rule_set_not_in_force' });
  }
  return { plan, context: new EvaluationContext(parsed.asOf, parsed.law ?? baselineLaw, explain), options: parsed };
}

const STATUS: readonly CriterionStatus[] = ['met', 'failed', 'undetermined', 'not_in_force'];

/** The outcome of a run. @internal */
export function outcomeOf(r: Run): EligibilityOutcome {
  const s = r.status[0];
  return s === MET ? 'eligible' : s === FAILED ? 'ineligible' : 'undetermined';
}

function period(node: PlanNode): string {
  const e = (node.criterion ?? undefined)?.effective;
  return e === undefined ? '' : `${e.from ?? '…'} – ${e.to ?? '…'}`;
}

function missingText(reqs: readonly (readonly string[])[], or: string): string {
  return reqs.map((alternatives) => alternatives.join(` ${or} `)).join('; ');
}

function reasonOf(plan: Plan, r: Run, i: number): BilingualText {
  const node = plan.nodes[i]!;
  const given = r.reasons[i];
  if (given !== undefined) return given;
  const s = r.status[i];
  if (s === NOT_IN_FORCE) {
    const when = period(node);
    return text(`Tidak berlaku pada ${plan.asOf}${when === '' ? '' : ` (berlaku ${when})`}; tidak diterapkan.`, `Not in force on ${plan.asOf}${when === '' ? '' : ` (in force ${when})`}; not applied.`);
  }
  if (s === UNDETERMINED && node.kind === 'criterion') {
    const reqs = r.missing[i] ?? [];
    return text(`Fakta belum diketahui: ${missingText(reqs, 'atau')}.`, `Facts not known: ${missingText(reqs, 'or')}.`);
  }
  if (node.kind === 'criterion') return s === MET ? text('Terpenuhi.', 'Met.') : text('Tidak terpenuhi.', 'Not met.');
  const counts = { met: 0, failed: 0, undetermined: 0 };
  for (const c of node.children) {
    const cs = r.status[c];
    if (cs === MET) counts.met++;
    else if (cs === FAILED) counts.failed++;
    else if (cs === UNDETERMINED) counts.undetermined++;
  }
  if (node.kind === 'not') {
    return s === MET ? text('Kriteria di dalamnya tidak terpenuhi, seperti disyaratkan.', 'The criterion inside is not met, as required.') : s === FAILED ? text('Kriteria di dalamnya terpenuhi, padahal tidak boleh.', 'The criterion inside is met, and must not be.') : text('Kriteria di dalamnya belum dapat ditentukan.', 'The criterion inside cannot be decided yet.');
  }
  return text(
    `${counts.met} terpenuhi, ${counts.failed} tidak terpenuhi, ${counts.undetermined} belum dapat ditentukan (${node.kind === 'all' ? 'semua harus terpenuhi' : 'cukup satu'}).`,
    `${counts.met} met, ${counts.failed} not met, ${counts.undetermined} undetermined (${node.kind === 'all' ? 'all are required' : 'one is enough'}).`,
  );
}

function citationsText(basis: readonly Citation[]): string {
  return basis.length === 0 ? '—' : basis.map(formatCitation).join('; ');
}

const MARK = ['✓', '✗', '?', '–'];

/** Build the full result of a run. @internal */
export function buildResult(plan: Plan, r: Run, context: EvaluationContext): EligibilityResult {
  const nodes = plan.nodes;
  const criteria: CriterionResult[] = [];
  const reasons: BilingualText[] = nodes.map((_, i) => reasonOf(plan, r, i));
  for (let i = 1; i < nodes.length; i++) {
    const node = nodes[i]!;
    criteria.push({
      id: node.id,
      kind: node.kind,
      title: node.title,
      status: STATUS[r.status[i]!]!,
      reason: reasons[i]!,
      basis: node.basis,
      origin: node.origin,
      overridden: node.overridden,
      depth: node.depth,
      parent: node.parent <= 0 ? null : nodes[node.parent]!.id,
      missing: r.status[i] === UNDETERMINED && node.kind === 'criterion' ? (r.missing[i] ?? []) : [],
    });
  }
  const outcome = outcomeOf(r);
  const failed: FailedCriterion[] = outcome === 'ineligible' ? decisiveFailures(plan, r.status).map((i) => ({ id: nodes[i]!.id, title: nodes[i]!.title, reason: reasons[i]!, basis: nodes[i]!.basis.length > 0 ? nodes[i]!.basis : childBasis(plan, i), origin: nodes[i]!.origin })) : [];
  const missingRequirements = outcome === 'undetermined' ? decisiveMissing(plan, r) : [];
  const missingFacts: string[] = [];
  for (const req of missingRequirements) for (const f of req) if (!missingFacts.includes(f)) missingFacts.push(f);
  const law: LawUsed[] = [];
  for (const [, v] of [...(context.used ?? [])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) law.push(lawUsedOf(context.law, v));

  const title = plan.ruleSet.title;
  const head = {
    eligible: text(`Memenuhi syarat untuk "${title.id}" per ${plan.asOf}: semua kriteria yang berlaku terpenuhi.`, `Eligible for "${title.en}" as of ${plan.asOf}: every criterion in force is met.`),
    ineligible: text(`Tidak memenuhi syarat untuk "${title.id}" per ${plan.asOf}.`, `Ineligible for "${title.en}" as of ${plan.asOf}.`),
    undetermined: text(`Belum dapat ditentukan untuk "${title.id}" per ${plan.asOf}.`, `Undetermined for "${title.en}" as of ${plan.asOf}.`),
  }[outcome];
  const id: string[] = [head.id];
  const en: string[] = [head.en];
  if (outcome === 'ineligible') {
    id.push('Kriteria yang tidak terpenuhi:');
    en.push('Criteria not met:');
    for (const f of failed) {
      id.push(`- ${f.title.id} [${f.id}, dari ${f.origin}]: ${f.reason.id} Dasar hukum: ${citationsText(f.basis)}.`);
      en.push(`- ${f.title.en} [${f.id}, from ${f.origin}]: ${f.reason.en} Legal basis: ${citationsText(f.basis)}.`);
    }
  } else if (outcome === 'undetermined') {
    id.push(`Fakta yang masih diperlukan: ${missingText(missingRequirements, 'atau')}.`);
    en.push(`Facts still needed: ${missingText(missingRequirements, 'or')}.`);
  }
  id.push(`Semua kriteria (aturan ${plan.ruleSet.layers.join(' → ')}):`);
  en.push(`All criteria (rule set ${plan.ruleSet.layers.join(' → ')}):`);
  for (const c of criteria) {
    const indent = '  '.repeat(c.depth);
    const over = c.overridden.length === 0 ? '' : `; ${c.origin} menggantikan ${c.overridden.join(', ')}`;
    const overEn = c.overridden.length === 0 ? '' : `; ${c.origin} overrides ${c.overridden.join(', ')}`;
    id.push(`${indent}${MARK[STATUS.indexOf(c.status)]} ${c.title.id} [${c.id}, dari ${c.origin}${over}]: ${c.reason.id}`);
    en.push(`${indent}${MARK[STATUS.indexOf(c.status)]} ${c.title.en} [${c.id}, from ${c.origin}${overEn}]: ${c.reason.en}`);
  }
  return {
    outcome,
    asOf: plan.asOf,
    ruleSet: { id: plan.ruleSet.id, title: plan.ruleSet.title, layers: plan.ruleSet.layers },
    criteria,
    failed,
    missingFacts,
    missingRequirements,
    law,
    explanation: { id: id.join('\n'), en: en.join('\n') },
  };
}

function childBasis(plan: Plan, i: number): readonly Citation[] {
  const out: Citation[] = [];
  const walk = (at: number): void => {
    const node = plan.nodes[at]!;
    if (node.basis.length > 0) out.push(...node.basis);
    else for (const c of node.children) walk(c);
  };
  for (const c of plan.nodes[i]!.children) walk(c);
  return out;
}

/**
 * Screen one candidate (*calon penerima bantuan iuran*) against a rule set on the screening date
 * `asOf`: `eligible`; `ineligible` with each failed criterion, its reason and its legal basis;
 * or `undetermined` with exactly the facts still needed. Every criterion's result comes back in
 * order, with the rule set it came from and whether it overrode another, and an explanation in
 * Bahasa Indonesia and English. Rules not in force on `asOf` are listed but not applied. A
 * malformed fact is a typed `invalid_input` error at `['facts', name, ...]`.
 *
 * @example
 * ```ts
 * import { evaluateEligibility, ntt2026RuleSet } from 'jamsostek';
 * const r = evaluateEligibility(
 *   { nik: '5371041203800002', employment: 'self_employed', occupations: ['nelayan'], monthlyIncome: 3_000_000 },
 *   ntt2026RuleSet,
 *   { asOf: '2026-01-15' },
 * );
 * console.log(r.outcome);                // 'ineligible'
 * console.log(r.failed.map((f) => f.id)); // ['assistance.income']
 * ```
 */
export function evaluateEligibility(facts: CandidateFacts | Readonly<Record<string, unknown>>, ruleSet: RuleSet, options: EligibilityOptions): EligibilityResult {
  const { plan, context } = prepare(ruleSet, options, true);
  context.used = new Map();
  const r = run(plan, facts, context, ['facts'], undefined);
  return buildResult(plan, r, context);
}
