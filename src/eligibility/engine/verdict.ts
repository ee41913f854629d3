/**
 * A criterion's test, run and read: its answer must be `true`, `false`, `{ met, reason? }` or
 * `{ missing: [names], reason? }`, read by its own keys only; anything else, or a test that
 * throws, is the rule's typed error at `['ruleSet', id]` (reason `rule_error`).
 *
 * @module
 * @internal
 */
import { fail, isJamsostekError, JamsostekError, showValue, type PathSegment } from '../../core/errors';
import type { BilingualText } from '../../core/explain';
import { own } from '../../core/validate';
import type { Criterion, CriterionContext } from '../rule';
import { FAILED, MET, UNDETERMINED, type Status } from './status';

/** What a test decided. */
export interface Verdict {
  readonly status: Status;
  readonly reason: BilingualText | undefined;
  /** When undetermined: the facts it needs, each requirement a list of alternatives. */
  readonly missing: readonly (readonly string[])[] | undefined;
}

const MET_VERDICT: Verdict = { status: MET, reason: undefined, missing: undefined };
const FAILED_VERDICT: Verdict = { status: FAILED, reason: undefined, missing: undefined };

/** A verdict for an error message: a value as {@link showValue} shows it, an object by its first keys (`{ met: NaN }`). */
function showVerdict(verdict: unknown): string {
  if (typeof verdict !== 'object' || verdict === null || Array.isArray(verdict)) return showValue(verdict);
  const keys = Object.keys(verdict);
  const shown = keys.slice(0, 3).map((k) => `${showValue(k).slice(1, -1)}: ${showValue((verdict as Record<string, unknown>)[k])}`);
  return `{ ${shown.join(', ')}${keys.length > 3 ? ', …' : ''} }`;
}

/** The reason of a verdict: absent, or text in both languages; anything else is the rule's error. */
function verdictReason(verdict: object, id: string): BilingualText | undefined {
  const reason = own(verdict as { reason?: unknown }, 'reason'); // a `reason` on Object.prototype is not this verdict's
  if (reason === undefined) return undefined;
  const r = reason as Partial<Record<keyof BilingualText, unknown>> | null;
  if (typeof r === 'object' && r !== null && typeof r.id === 'string' && typeof r.en === 'string') return reason as BilingualText;
  fail({ code: 'invalid_input', path: ['ruleSet', id], message: `Criterion ${id} gave a reason that is not text in both languages ({ id, en }): ${showVerdict(reason)}`, reason: 'rule_error' });
}

/** Read a test's answer. */
function readVerdict(verdict: unknown, id: string): Verdict {
  if (verdict === true) return MET_VERDICT;
  if (verdict === false) return FAILED_VERDICT;
  if (typeof verdict === 'object' && verdict !== null && Object.hasOwn(verdict, 'missing')) {
    // A verdict is read by its own keys only: `reason` or `missing` on Object.prototype is not a verdict.
    const list = (verdict as { missing: unknown }).missing;
    if (!Array.isArray(list) || list.length === 0 || !list.every((f) => typeof f === 'string')) {
      fail({ code: 'invalid_input', path: ['ruleSet', id], message: `Criterion ${id} returned "missing" without a list of fact names`, reason: 'rule_error' });
    }
    return { status: UNDETERMINED, reason: verdictReason(verdict, id), missing: [list as string[]] };
  }
  if (typeof verdict === 'object' && verdict !== null && typeof own(verdict as { met?: unknown }, 'met') === 'boolean') {
    return { status: (verdict as { met: boolean }).met ? MET : FAILED, reason: verdictReason(verdict, id), missing: undefined };
  }
  fail({ code: 'invalid_input', path: ['ruleSet', id], message: `Criterion ${id} returned ${showVerdict(verdict)}; expected true, false, { met, reason } or { missing: [...] }`, reason: 'rule_error' });
}

/**
 * Run a criterion's test on its parsed facts. A test that reports a bad fact at
 * `['facts', name, ...]` has it re-rooted at `factsPath` (where the caller's facts are); any other
 * throw is the rule's error.
 */
export function testCriterion(criterion: Criterion, input: Record<string, unknown>, context: CriterionContext, factsPath: () => PathSegment[]): Verdict {
  let verdict: unknown;
  try {
    verdict = criterion.test(input, context);
  } catch (error) {
    if (isJamsostekError(error)) {
      throw new JamsostekError(error.issues.map((issue) => (issue.path[0] === 'facts' ? { ...issue, path: [...factsPath(), ...issue.path.slice(1)] } : issue)));
    }
    const said = error instanceof Error && typeof error.message === 'string' ? error.message : showValue(error);
    fail({ code: 'invalid_input', path: ['ruleSet', criterion.id], message: `Criterion ${criterion.id} failed with ${said}`, reason: 'rule_error' });
  }
  return readVerdict(verdict, criterion.id);
}
