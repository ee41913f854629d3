import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fail, fromZodError, isJamsostekError, JamsostekError, MAX_MESSAGE_LENGTH, showValue, type JamsostekIssue } from '../../src/core/errors';
import { allocate, calendarDate, monthlyContribution, yearMonth } from '../../src/index';
import { thrown } from '../helpers';

/** The JamsostekError that `fn` throws (fails the test if it throws nothing or something else). */
function caught(fn: () => unknown): JamsostekError {
  try {
    fn();
  } catch (error) {
    if (error instanceof JamsostekError) return error;
    throw error;
  }
  throw new Error('expected a JamsostekError, but nothing was thrown');
}

/** A ZodError with the given raw issues, as a schema would report them. */
function zodError(issues: readonly Record<string, unknown>[]): z.ZodError {
  return new z.ZodError(issues as unknown as z.core.$ZodIssue[]);
}

describe('JamsostekError', () => {
  const wage: JamsostekIssue = { code: 'invalid_input', path: ['participant', 'wage', 0], message: 'Expected an amount of zero or more, got -1', reason: 'custom' };
  const month: JamsostekIssue = { code: 'invalid_input', path: ['month'], message: 'Expected a month YYYY-MM', reason: 'invalid_format' };
  const law: JamsostekIssue = { code: 'undefined_by_law', path: [], message: 'The law does not say which day 31 February is' };

  it('repeats the first issue and says where it is (path segments joined by dots)', () => {
    const error = new JamsostekError([wage]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('JamsostekError');
    expect(error.code).toBe('invalid_input');
    expect(error.path).toEqual(['participant', 'wage', 0]);
    expect(error.issues).toEqual([wage]);
    // message + " (at " + path.join('.') + ")", no "(+n more)" for a single issue
    expect(error.message).toBe('Expected an amount of zero or more, got -1 (at participant.wage.0)');
  });

  it('adds no location when the path is empty', () => {
    const error = new JamsostekError([law]);
    expect(error.message).toBe('The law does not say which day 31 February is');
    expect(error.code).toBe('undefined_by_law');
    expect(error.path).toEqual([]);
  });

  it('counts the issues after the first: 2 issues → "(+1 more)", 3 issues → "(+2 more)"', () => {
    const two = new JamsostekError([month, wage]);
    expect(two.message).toBe('Expected a month YYYY-MM (at month) (+1 more)');
    expect(two.code).toBe('invalid_input');
    expect(two.path).toEqual(['month']); // the first issue's path, not the second's
    expect(two.issues).toEqual([month, wage]);
    const three = new JamsostekError([law, month, wage]);
    expect(three.message).toBe('The law does not say which day 31 February is (+2 more)');
    expect(three.code).toBe('undefined_by_law');
  });

  it('regression #13.9: made without issues or with malformed ones, it reports the misuse and never throws a TypeError', () => {
    const misuse = (issues: unknown) => new JamsostekError(issues as JamsostekIssue[]);
    for (const [given, shown] of [[undefined, 'undefined'], [null, 'null'], ['invalid_input', '"invalid_input"'], [{ code: 'invalid_input' }, 'an object'], [[], 'an empty array']] as const) {
      const error = misuse(given);
      expect(error).toBeInstanceOf(JamsostekError);
      expect(isJamsostekError(error)).toBe(true);
      expect(error.issues).toEqual([{ code: 'invalid_input', path: ['issues'], message: `A JamsostekError needs a non-empty array of issues; got ${shown}`, reason: 'invalid_error' }]);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe(`A JamsostekError needs a non-empty array of issues; got ${shown} (at issues)`);
    }
    // Each malformed issue is replaced where it stands; well-formed ones are kept.
    const error = misuse([wage, null, { code: 'no_such_code', path: [], message: 'Odd' }, { code: 'invalid_input', path: [{}], message: 'Bad path' }, { code: 'invalid_input', path: [] }]);
    expect(error.issues).toEqual([
      wage,
      { code: 'invalid_input', path: ['issues', 1], message: 'A JamsostekError issue must be an object with a code, a path and a message; got null', reason: 'invalid_error' },
      { code: 'invalid_input', path: ['issues', 2], message: 'A malformed issue (expected a known code, a path of keys and indexes, and a message) was reported: "Odd"', reason: 'invalid_error' },
      { code: 'invalid_input', path: ['issues', 3], message: 'A malformed issue (expected a known code, a path of keys and indexes, and a message) was reported: "Bad path"', reason: 'invalid_error' },
      { code: 'invalid_input', path: ['issues', 4], message: 'A malformed issue (expected a known code, a path of keys and indexes, and a message) was reported', reason: 'invalid_error' },
    ]);
    expect(error.message).toBe('Expected an amount of zero or more, got -1 (at participant.wage.0) (+4 more)');
  });

  it('regression #13.9 (fuzz seed 20260115, path "4:0"): a sparse array of issues is not a TypeError', () => {
    // The fuzz harness's shrunk case: [<1 empty item>]. Array#map skips holes, leaving issues[0] empty.
    // eslint-disable-next-line no-sparse-arrays
    const error = new JamsostekError([,] as unknown as JamsostekIssue[]);
    expect(error.issues).toEqual([{ code: 'invalid_input', path: ['issues', 0], message: 'A JamsostekError issue must be an object with a code, a path and a message; got undefined', reason: 'invalid_error' }]);
  });

  it('regression #13.9: caps every message at MAX_MESSAGE_LENGTH (1,000) characters', () => {
    expect(MAX_MESSAGE_LENGTH).toBe(1000);
    const huge = 'x'.repeat(1_000_000);
    const error = new JamsostekError([{ code: 'undefined_by_law', path: [], message: huge }]);
    // 999 characters of the message and an ellipsis
    expect(error.message).toBe(`${'x'.repeat(999)}…`);
    expect(error.issues[0]!.message).toBe(`${'x'.repeat(999)}…`);
    // A long path is cut with the message it ends.
    const deep = new JamsostekError([{ code: 'invalid_input', path: [huge], message: 'Bad', reason: 'custom' }]);
    expect(deep.message).toBe(`Bad (at ${'x'.repeat(999 - 'Bad (at '.length)}…`);
    expect(deep.path).toEqual([huge]); // the path itself is kept whole: it is data, not text
    // A message of exactly 1,000 characters is kept whole; a surrogate pair is never split.
    expect(new JamsostekError([{ code: 'undefined_by_law', path: [], message: 'y'.repeat(1000) }]).message).toBe('y'.repeat(1000));
    // 998 y's, then 😀 in code units 999 and 1000: the cut after 999 units would split it, so it goes whole.
    const split = new JamsostekError([{ code: 'undefined_by_law', path: [], message: `${'y'.repeat(998)}😀😀` }]).message;
    expect(split).toBe(`${'y'.repeat(998)}…`);
    // 997 y's, then 😀 in units 998 and 999: it fits, and the ellipsis follows it.
    const kept = new JamsostekError([{ code: 'undefined_by_law', path: [], message: `${'y'.repeat(997)}😀😀` }]).message;
    expect(kept).toBe(`${'y'.repeat(997)}😀…`);
  });

  it('regression #13.9: an error about a 1 MB input is short (inputs are shown through showValue)', () => {
    const mb = '9'.repeat(1_000_000);
    for (const fn of [() => yearMonth(mb), () => calendarDate(mb), () => monthlyContribution({ segment: 'BPU', income: mb, fundedBy: 'apbd' } as never, '2026-01'), () => allocate(1, [{ party: 'a', ratio: mb }])]) {
      let error: unknown;
      try {
        fn();
      } catch (e) {
        error = e;
      }
      expect(isJamsostekError(error)).toBe(true);
      expect((error as JamsostekError).message.length).toBeLessThan(250);
    }
    expect(thrown(() => yearMonth(mb)).message).toBe(`Expected a month as "YYYY-MM" (e.g. "2026-01"), got "${'9'.repeat(60)}…" (at text)`);
  });

  it('fail() throws exactly the one issue it is given', () => {
    const issue: JamsostekIssue = { code: 'parameter_not_in_force', path: ['month'], message: 'No JP wage cap for 1990-01', parameter: 'jp.wageCap', at: '1990-01', coverage: { from: '2015-07', to: null } };
    const error = caught(() => fail(issue));
    expect(error.issues).toEqual([issue]);
    expect(error.code).toBe('parameter_not_in_force');
    expect(error.message).toBe('No JP wage cap for 1990-01 (at month)');
  });
});

describe('isJamsostekError', () => {
  it('recognises the class', () => {
    expect(isJamsostekError(new JamsostekError([{ code: 'amount_out_of_range', path: [], message: 'Sum exceeds the exact range' }]))).toBe(true);
  });

  it('recognises an error of another copy of the library (ESM and CJS side by side) by name and issues', () => {
    // Another copy's class is a different constructor: only the name and the issues array remain.
    const fromOtherCopy = Object.assign(new Error('Sum exceeds the exact range'), { name: 'JamsostekError', issues: [{ code: 'amount_out_of_range', path: [], message: 'Sum exceeds the exact range' }] });
    expect(fromOtherCopy instanceof JamsostekError).toBe(false);
    expect(isJamsostekError(fromOtherCopy)).toBe(true);
    expect(isJamsostekError({ name: 'JamsostekError', issues: [] })).toBe(true);
  });

  it('rejects everything else, without throwing on null or primitives', () => {
    expect(isJamsostekError(new Error('x'))).toBe(false);
    expect(isJamsostekError(new TypeError('JamsostekError'))).toBe(false);
    expect(isJamsostekError(null)).toBe(false);
    expect(isJamsostekError(undefined)).toBe(false);
    expect(isJamsostekError('JamsostekError')).toBe(false);
    expect(isJamsostekError({ issues: [] })).toBe(false); // no name
    expect(isJamsostekError({ name: 'OtherError', issues: [] })).toBe(false); // another name
    expect(isJamsostekError({ name: 'JamsostekError' })).toBe(false); // no issues
    expect(isJamsostekError({ name: 'JamsostekError', issues: 'invalid_input' })).toBe(false); // issues not an array
    // A function is not an error even with the right name and an issues array (typeof 'function').
    const impostor = Object.assign(function JamsostekError() {}, { issues: [] });
    expect(impostor.name).toBe('JamsostekError');
    expect(isJamsostekError(impostor)).toBe(false);
  });
});

describe('fromZodError', () => {
  const schema = z.strictObject({ wage: z.number(), months: z.array(z.string()) });

  it('keeps every issue, with its path under the root and zod\'s check as the reason', () => {
    const result = schema.safeParse({ wage: '5000000', months: ['2026-01', 7] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = fromZodError(result.error, ['input']);
    expect(error.issues.map(({ code, path, reason }: JamsostekIssue & { reason?: string }) => ({ code, path, reason }))).toEqual([
      { code: 'invalid_input', path: ['input', 'wage'], reason: 'invalid_type' },
      { code: 'invalid_input', path: ['input', 'months', 1], reason: 'invalid_type' }, // array index stays a number
    ]);
    expect(error.issues.map((i) => i.message)).toEqual(result.error.issues.map((i) => i.message));
    expect(error.path).toEqual(['input', 'wage']);
  });

  it('uses zod\'s own paths when no root is given', () => {
    const result = schema.safeParse({ wage: 1, months: [2] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fromZodError(result.error).issues.map((i) => i.path)).toEqual([['months', 0]]);
  });

  it('writes a symbol key as text (paths stay JSON-able)', () => {
    const error = fromZodError(zodError([{ code: 'custom', path: [Symbol('meta'), 'x'], message: 'Not allowed', input: 1 }]), ['options']);
    expect(error.issues).toEqual([{ code: 'invalid_input', path: ['options', 'Symbol(meta)', 'x'], message: 'Not allowed', reason: 'custom' }]);
  });

  it('turns an issue marked params.code = missing_fact into a missing_fact issue naming the fact', () => {
    const error = fromZodError(
      zodError([
        // the fact named by the schema wins over the last path segment
        { code: 'custom', path: ['funders', 0], message: 'A regency funder needs its region code', input: {}, params: { code: 'missing_fact', fact: 'region' } },
        // no fact named: the last path segment is the fact
        { code: 'custom', path: ['birthDate'], message: 'Give the date of birth', input: undefined, params: { code: 'missing_fact' } },
        // other params stay an invalid_input
        { code: 'custom', path: ['x'], message: 'Other rule', input: 1, params: { code: 'something_else', fact: 'x' } },
      ]),
      ['plan'],
    );
    expect(error.issues).toEqual([
      { code: 'missing_fact', path: ['plan', 'funders', 0], message: 'A regency funder needs its region code', fact: 'region' },
      { code: 'missing_fact', path: ['plan', 'birthDate'], message: 'Give the date of birth', fact: 'birthDate' },
      { code: 'invalid_input', path: ['plan', 'x'], message: 'Other rule', reason: 'custom' },
    ]);
    expect(error.code).toBe('missing_fact');
    expect(fromZodError(zodError([{ code: 'custom', path: [], message: 'Give the facts', input: undefined, params: { code: 'missing_fact' } }])).issues[0]).toEqual({
      code: 'missing_fact',
      path: [],
      message: 'Give the facts',
      fact: '', // no fact named and no path to name it by
    });
  });
});

describe('showValue', () => {
  it('quotes strings and cuts them after 60 characters', () => {
    expect(showValue('5.000.000')).toBe('"5.000.000"');
    expect(showValue('')).toBe('""');
    const sixty = '1234567890'.repeat(6);
    expect(showValue(sixty)).toBe(`"${sixty}"`); // exactly 60: whole
    expect(showValue(`${sixty}X`)).toBe(`"${sixty}…"`); // 61: the first 60 and an ellipsis
    expect(showValue(`${sixty}${sixty}`)).toBe(`"${sixty}…"`);
  });

  it('writes numbers, booleans and undefined as JavaScript does', () => {
    expect(showValue(1.5)).toBe('1.5');
    expect(showValue(NaN)).toBe('NaN');
    expect(showValue(-Infinity)).toBe('-Infinity');
    expect(showValue(true)).toBe('true');
    expect(showValue(undefined)).toBe('undefined');
  });

  it('never throws: bigints, symbols, functions, null, arrays and prototype-less objects', () => {
    expect(showValue(12n)).toBe('12n');
    // regression #13.9: a bigint of 100,000 digits is cut like a string
    expect(showValue(10n ** 99_999n)).toBe(`1${'0'.repeat(59)}…n (100000 characters)`);
    expect(showValue(Symbol('x'))).toBe('a symbol');
    expect(showValue(() => 1)).toBe('a function');
    expect(showValue(null)).toBe('null');
    expect(showValue([1, 2])).toBe('an array');
    expect(showValue({ wage: 1 })).toBe('an object');
    expect(showValue(Object.create(null))).toBe('an object'); // String() would throw here
  });
});
