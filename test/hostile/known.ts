/**
 * Expected failures of the hostile-input suite: defects other branches of issue 13 are fixing.
 * Each entry names the defect; the suite runs the matching cases in an `it.fails` test, so that
 * when the fix is merged the test fails and the coordinator deletes the entry here.
 *
 * A case is excused only when its entry and key match AND its problem matches `problem`: a
 * matching case that goes wrong in another way still fails the main test.
 */

/** A defect the suite finds but this branch leaves to the branch that fixes it. */
export interface KnownDefect {
  /** The defect number in issue 13. */
  readonly defect: string;
  /** What is wrong, in a sentence. */
  readonly what: string;
  /** The entries concerned (all when absent). */
  readonly entries?: readonly string[];
  /** The case keys concerned. */
  readonly key: RegExp;
  /** The problem the cases show while the defect lasts. */
  readonly problem: RegExp;
}

/**
 * Empty since the merge of main (a-core, a-contrib, a-pack): #13.7 (deep rule trees) and #13.9
 * (error messages, `rupiah(-0)`, the JamsostekError constructor) are fixed there, and the rest of
 * the constructor's gaps the suite found (throwing getters and Proxies in the issues, NaN path
 * segments and extra fields) are fixed in this branch. Add an entry here while another branch
 * fixes a defect the suite finds.
 */
export const KNOWN_DEFECTS: readonly KnownDefect[] = [];

/** The known defect that excuses `problem` of case `key` of `entry` (any key when `key` is undefined: a random case), if any. */
export function excuse(entry: string, key: string | undefined, problem: string): KnownDefect | undefined {
  return KNOWN_DEFECTS.find((k) => (k.entries === undefined || k.entries.includes(entry)) && (key === undefined || k.key.test(key)) && k.problem.test(problem));
}
