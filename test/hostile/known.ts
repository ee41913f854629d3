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

export const KNOWN_DEFECTS: readonly KnownDefect[] = [
  {
    defect: '#13.9',
    what: 'new JamsostekError(issues) does not validate its argument: undefined, a number or an issue without a path throws a TypeError (or keeps NaN)',
    entries: ['JamsostekError'],
    key: /^arg0/,
    problem: /untyped error|returned result|the result threw/,
  },
  {
    defect: '#13.9',
    what: 'error messages repeat the input in full: a 1 MB string gives a 1 MB message',
    key: /=1 MB (?:string|digits|month)$/,
    problem: /message of \d+ characters/,
  },
  {
    defect: '#13.9',
    what: 'rupiah(-0) returns -0',
    entries: ['rupiah'],
    key: /^arg0=-0$/,
    problem: /result is -0/,
  },
  {
    defect: '#13.7',
    what: 'a rule tree nested 10,000 deep (not(not(...)), allOf([allOf([...])])) overflows the stack when compiled or evaluated',
    entries: ['not', 'allOf'],
    key: /^nested 10,000 deep/,
    problem: /RangeError/,
  },
];

/** The known defect that excuses `problem` of case `key` of `entry` (any key when `key` is undefined: a random case), if any. */
export function excuse(entry: string, key: string | undefined, problem: string): KnownDefect | undefined {
  return KNOWN_DEFECTS.find((k) => (k.entries === undefined || k.entries.includes(entry)) && (key === undefined || k.key.test(key)) && k.problem.test(problem));
}
