/**
 * What decides an outcome: the failed criteria of an "ineligible" and the missing facts of an
 * "undetermined", found from the root down through the groups that carry the outcome.
 *
 * @module
 * @internal
 */
import type { Plan } from './compile';
import type { Run } from './run';
import { FAILED, UNDETERMINED } from './status';

/** The failed criteria that decide an "ineligible" (leaves and `not` groups) under node `at`, in tree order. */
export function decisiveFailures(plan: Plan, status: Uint8Array, at = 0, out: number[] = []): number[] {
  const node = plan.nodes[at]!;
  if (status[at] !== FAILED) return out;
  if (node.kind === 'criterion' || node.kind === 'not') {
    out.push(at);
    return out;
  }
  for (const c of node.children) decisiveFailures(plan, status, c, out);
  return out;
}

/** The undetermined criteria whose facts decide an "undetermined" under node `at`, in tree order. */
export function decisiveUndetermined(plan: Plan, status: Uint8Array, at = 0, out: number[] = []): number[] {
  if (status[at] !== UNDETERMINED) return out;
  const node = plan.nodes[at]!;
  if (node.kind === 'criterion') out.push(at);
  else for (const c of node.children) decisiveUndetermined(plan, status, c, out);
  return out;
}

/** The missing-fact requirements that decide an "undetermined" under node `at`, deduplicated, in tree order. */
export function decisiveMissing(plan: Plan, r: Run, at = 0): (readonly string[])[] {
  const out: (readonly string[])[] = [];
  const seen = new Set<string>();
  for (const i of decisiveUndetermined(plan, r.status, at)) {
    for (const req of r.missing[i]!) {
      const key = req.join('|');
      if (!seen.has(key)) {
        seen.add(key);
        out.push(req);
      }
    }
  }
  return out;
}

/** The distinct facts of requirements, in order. */
export function factsOf(requirements: readonly (readonly string[])[]): string[] {
  const facts = new Set<string>();
  for (const req of requirements) for (const f of req) facts.add(f);
  return [...facts];
}

/** Add one to `counts[i]` for each decisive failure `i` (the batch form of {@link decisiveFailures}). */
export function countFailures(plan: Plan, status: Uint8Array, counts: Float64Array, at = 0): void {
  if (status[at] !== FAILED) return;
  const node = plan.nodes[at]!;
  if (node.kind === 'criterion' || node.kind === 'not') {
    counts[at]!++;
    return;
  }
  for (const c of node.children) countFailures(plan, status, counts, c);
}
