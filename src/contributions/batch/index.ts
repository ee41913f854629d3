/**
 * `contributionBatch`: one month of contributions for a whole roster, in columns. The law is
 * resolved once; the line structure (programmes, payers, rates, caps, relief) is worked out once
 * per distinct profile by the same engine as {@link monthlyContribution}; each worker then costs
 * a few integer operations per line, written into a `Float64Array`. The roster is validated once
 * as a whole and then element by element in a tight loop, not by a schema per person.
 *
 * @module
 */
import type { YearMonth } from '../../core/calendar';
import { fail } from '../../core/errors';
import { ROSTER_ROOTS, rooted, type ErrorRoots } from '../compute';
import { monthLaw } from '../monthLaw';
import { parseMonth } from '../monthly';
import { resolveOptions, type ContributionOptions, type ResolvedOptions } from '../options';
import { bpuBatch } from './bpu';
import type { ContributionBatch } from './kinds';
import { puBatch } from './pu';
import { MAX_ROSTER, parseColumnRoster, type ColumnRoster, type ParsedColumnRoster } from './roster';

export type { BatchLineKind, ContributionBatch } from './kinds';
export { ColumnRosterSchema, parseColumnRoster, type BpuColumnRoster, type ColumnRoster, type NumberColumn, type ParsedColumnRoster, type PuColumnRoster } from './roster';

/**
 * One month of contributions for a whole roster, as columns: the same lines, amounts and rounding
 * as {@link monthlyContribution} gives member by member, at a fraction of the cost. Members share a
 * profile (employer scale or programmes; for BPU programmes, sector and funder); the columns
 * `wage` and `riskClass` (PU) or `income` (BPU) vary per member.
 *
 * @example
 * ```ts
 * import { contributionBatch } from 'jamsostek';
 * const batch = contributionBatch({ segment: 'PU', wage: [5_000_000, 15_000_000], riskClass: [1, 5], employerScale: 'large' }, '2026-03');
 * console.log(batch.lineKinds.map((k) => `${k.program}/${k.payer}`).slice(0, 3)); // ['JKK/employer', 'JKM/employer', 'JHT/employer']
 * console.log(batch.amounts[0], batch.amounts[batch.lineKinds.length]); // 12000 261000
 * ```
 */
export function contributionBatch(roster: ColumnRoster, month: string, options?: ContributionOptions): ContributionBatch {
  const resolved = resolveOptions(options);
  return batchOf(parseColumnRoster(roster), parseMonth(month, 'month'), resolved);
}

/** One month of contributions for an already-validated roster. @internal */
export function batchOf(r: ParsedColumnRoster, month: YearMonth, resolved: ResolvedOptions, roots: ErrorRoots = ROSTER_ROOTS): ContributionBatch {
  const m = monthLaw(resolved.law, month, resolved.projection);
  try {
    if (r.segment === 'PU') {
      if (r.wage.length !== r.riskClass.length) fail({ code: 'invalid_input', path: ['roster', 'riskClass'], message: `Expected one risk class per wage: ${r.wage.length} wages, ${r.riskClass.length} risk classes`, reason: 'custom' });
      if (r.wage.length > MAX_ROSTER) fail({ code: 'invalid_input', path: ['roster', 'wage'], message: `At most ${MAX_ROSTER} members per batch`, reason: 'too_big' });
      return puBatch(r, m, resolved.rounding, roots);
    }
    if (r.income.length > MAX_ROSTER) fail({ code: 'invalid_input', path: ['roster', 'income'], message: `At most ${MAX_ROSTER} members per batch`, reason: 'too_big' });
    return bpuBatch(r, m, resolved.rounding, roots);
  } catch (error) {
    throw rooted(error, roots.participant);
  }
}
