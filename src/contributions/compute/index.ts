/**
 * The contribution engine: PU and BPU lines for one participant and one month, on a month's
 * resolved law. Integer arithmetic only; each line is rounded once.
 *
 * @module
 * @internal
 */
export { computePu } from './pu';
export { computeBpu } from './bpu';
export { findBracket } from './bracket';
export { PARTICIPANT_ROOTS, RELATIVE_ROOTS, ROSTER_ROOTS, SCHEDULE_ROOTS, STREAM_ROOTS, rooted, type ErrorRoots } from './roots';
