/**
 * Where the errors of a contribution calculation point: the argument that holds the participant
 * (`['participant']`, or `['roster']` for a batch), the one that holds the month, and the law
 * option (two relief measures of an overlay that collide).
 *
 * @module
 * @internal
 */
import { isJamsostekError, JamsostekError, type PathSegment } from '../../core/errors';

/** The roots of the paths of a calculation's errors. @internal */
export interface ErrorRoots {
  /** The participant's argument: `['participant']`, `['roster']`, or `[]` for a caller that re-roots errors itself. */
  readonly participant: readonly PathSegment[];
  /** The argument that holds the month: `['month']` or `['period']`. */
  readonly month: readonly PathSegment[];
  /** The law option: `['options', 'law']`. */
  readonly law: readonly PathSegment[];
}

/** Roots of `monthlyContribution(participant, month, options)`. @internal */
export const PARTICIPANT_ROOTS: ErrorRoots = Object.freeze({ participant: ['participant'], month: ['month'], law: ['options', 'law'] });

/** Roots of `contributionSchedule(participant, period, options)`. @internal */
export const SCHEDULE_ROOTS: ErrorRoots = Object.freeze({ participant: ['participant'], month: ['period'], law: ['options', 'law'] });

/** Roots of `contributionBatch(roster, month, options)`. @internal */
export const ROSTER_ROOTS: ErrorRoots = Object.freeze({ participant: ['roster'], month: ['month'], law: ['options', 'law'] });

/** Roots of `streamContributionBatches(roster, period, options)`. @internal */
export const STREAM_ROOTS: ErrorRoots = Object.freeze({ participant: ['roster'], month: ['period'], law: ['options', 'law'] });

/** Roots for an internal caller that prefixes the paths with its own (co-funding plans and budgets). @internal */
export const RELATIVE_ROOTS: ErrorRoots = Object.freeze({ participant: [], month: ['month'], law: [] });

/**
 * `error` with its root-level issues (path `[]`, from the exact-money helpers deep inside a
 * calculation) moved to `root`; other errors and values unchanged. @internal
 */
export function rooted(error: unknown, root: readonly PathSegment[]): unknown {
  if (root.length === 0 || !isJamsostekError(error) || error.issues.every((i) => i.path.length > 0)) return error;
  return new JamsostekError(error.issues.map((i) => (i.path.length > 0 ? i : { ...i, path: [...root] })));
}
