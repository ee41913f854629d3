/**
 * The status of a node in a run, as a small integer (one byte per node per candidate).
 *
 * @module
 * @internal
 */

/** Met. */
export const MET = 0;
/** Not met. */
export const FAILED = 1;
/** Undetermined: a fact is missing. */
export const UNDETERMINED = 2;
/** Not in force on the screening date: listed, not applied. */
export const NOT_IN_FORCE = 3;
/** A node's status. */
export type Status = typeof MET | typeof FAILED | typeof UNDETERMINED | typeof NOT_IN_FORCE;
