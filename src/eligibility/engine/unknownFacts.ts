/**
 * Keys of a candidate that no criterion of the rule set reads: a misspelt fact (`monthlyIncom`)
 * would otherwise be silently ignored and the answer given without it. Each is a typed
 * `invalid_input` error at its key (reason `unknown_fact`), suggesting the closest fact the rule
 * set reads; `unknownFacts: 'ignore'` skips them (a roster with extra columns).
 *
 * @module
 * @internal
 */
import { JamsostekError, showValue, type JamsostekIssue, type PathSegment } from '../../core/errors';
import { unreadable } from '../../core/validate';
import type { Plan } from './compile';

/** What to do with a key of a candidate that no criterion of the rule set reads: an error (default), or skip it. */
export type UnknownFactsPolicy = 'error' | 'ignore';

/** The most unknown keys reported for one candidate. */
const MAX_REPORTED = 10;
/** Names longer than this are not compared (fact names have at most 64 characters). */
const MAX_COMPARED = 100;

/** The edit distance of two texts (insertions, deletions, substitutions and swaps of neighbours). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The declared name closest to `name` (case aside), when it is close enough to be a misspelling:
 * at most a third of the shorter name's letters apart (at least one).
 */
export function closestName(name: string, names: Iterable<string>): string | undefined {
  if (name.length > MAX_COMPARED) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of names) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.max(1, Math.floor(Math.min(name.length, best.length) / 3)) ? best : undefined;
}

function unknownFactIssue(plan: Plan, key: string, path: readonly PathSegment[]): JamsostekIssue {
  const near = closestName(key, plan.declared);
  const known = plan.ruleSet.facts;
  const list = known.length === 0 ? 'it reads no facts' : `it reads ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', …' : ''}`;
  const hint = near === undefined ? `; ${list}` : `; did you mean ${near}?`;
  return {
    code: 'invalid_input',
    path: [...path, key],
    message: `No criterion of rule set ${plan.ruleSet.id} reads a fact ${showValue(key)}${hint} (pass unknownFacts: 'ignore' to skip keys no rule reads)`,
    reason: 'unknown_fact',
  };
}

/** Fail with a typed error naming each own key of `facts` that the rule set does not declare. */
export function checkUnknownFacts(plan: Plan, facts: object, path: readonly PathSegment[]): void {
  let keys: string[];
  try {
    keys = Object.keys(facts);
  } catch (error) {
    unreadable(path, error);
  }
  let issues: JamsostekIssue[] | undefined;
  for (const key of keys) {
    if (plan.declared.has(key)) continue;
    (issues ??= []).push(unknownFactIssue(plan, key, path));
    if (issues.length === MAX_REPORTED) break;
  }
  if (issues !== undefined) throw new JamsostekError(issues);
}
