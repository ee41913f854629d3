/**
 * One error class for everything the library refuses, with a discriminated `code` union in the
 * style of zod issues: every issue has a machine `code`, the `path` of the offending input and a
 * human `message`. Nothing inside the library throws a bare `Error` at a caller.
 *
 * @module
 */
import type { ZodError } from 'zod';

/** A step in the path to an offending input value (object key or array index). */
export type PathSegment = string | number;

interface IssueBase {
  /** Where in the input the problem is, e.g. `['participant', 'wage', 'basic']`. */
  readonly path: readonly PathSegment[];
  /** A sentence a developer can act on. */
  readonly message: string;
}

/** The input does not match its schema (wrong type, out of range, malformed month...). */
export interface InvalidInputIssue extends IssueBase {
  /** Discriminant: `invalid_input`. */
  readonly code: 'invalid_input';
  /** The schema check that failed, as zod names it (`too_small`, `invalid_type`, `custom`...). */
  readonly reason: string;
}

/** A fact the rule needs for this case was not given; the library will not guess it. */
export interface MissingFactIssue extends IssueBase {
  /** Discriminant: `missing_fact`. */
  readonly code: 'missing_fact';
  /** The name of the missing fact. */
  readonly fact: string;
}

/** No value of a parameter of law covers the month or date asked for. */
export interface ParameterNotInForceIssue extends IssueBase {
  /** Discriminant: `parameter_not_in_force`. */
  readonly code: 'parameter_not_in_force';
  /** The parameter id, e.g. `jp.wageCap`. */
  readonly parameter: string;
  /** The month (`YYYY-MM`) or date (`YYYY-MM-DD`) asked for. */
  readonly at: string;
  /** The first and last month or date the parameter's values cover (`null`: open-ended). */
  readonly coverage: { readonly from: string; readonly to: string | null } | null;
}

/** An amount left the range in which the library can keep it exact. */
export interface AmountOutOfRangeIssue extends IssueBase {
  /** Discriminant: `amount_out_of_range`. */
  readonly code: 'amount_out_of_range';
}

/** A parameter overlay (another team's values) is malformed or inconsistent. */
export interface InvalidOverlayIssue extends IssueBase {
  /** Discriminant: `invalid_overlay`. */
  readonly code: 'invalid_overlay';
  /** The parameter concerned. */
  readonly parameter: string;
}

/** Two rules or overrides at the same level both apply: the library never picks silently. */
export interface RuleConflictIssue extends IssueBase {
  /** Discriminant: `rule_conflict`. */
  readonly code: 'rule_conflict';
  /** The id of the rule that is overridden twice. */
  readonly rule: string;
  /** The rule sets (or overlays) whose definitions conflict. */
  readonly sources: readonly string[];
}

/** A computation the law leaves undefined for these inputs (e.g. an ambiguous date). */
export interface UndefinedByLawIssue extends IssueBase {
  /** Discriminant: `undefined_by_law`. */
  readonly code: 'undefined_by_law';
}

/** Every issue the library can report, discriminated by `code`. */
export type JamsostekIssue =
  | InvalidInputIssue
  | MissingFactIssue
  | ParameterNotInForceIssue
  | AmountOutOfRangeIssue
  | InvalidOverlayIssue
  | RuleConflictIssue
  | UndefinedByLawIssue;

/** The `code` of an issue. */
export type JamsostekErrorCode = JamsostekIssue['code'];

/**
 * The longest `message` an issue or error carries; a longer one is cut to this length, ending in
 * `…`. Inputs are shown in messages cut shorter still (a string after 60 characters).
 *
 * @example
 * ```ts
 * import { MAX_MESSAGE_LENGTH, yearMonth, isJamsostekError } from 'jamsostek';
 * try { yearMonth('9'.repeat(1_000_000)); } catch (e) { console.log(isJamsostekError(e) && e.message.length < MAX_MESSAGE_LENGTH); } // true
 * ```
 */
export const MAX_MESSAGE_LENGTH = 1000;

const ISSUE_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set(['invalid_input', 'missing_fact', 'parameter_not_in_force', 'amount_out_of_range', 'invalid_overlay', 'rule_conflict', 'undefined_by_law']);

/** `text` cut to {@link MAX_MESSAGE_LENGTH} characters (never in the middle of a surrogate pair). @internal */
export function capMessage(text: string): string {
  if (text.length <= MAX_MESSAGE_LENGTH) return text;
  let end = MAX_MESSAGE_LENGTH - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate: keep the pair whole by dropping it
  return `${text.slice(0, end)}…`;
}

/** An issue saying that the error itself was made wrongly (rooted at the constructor's argument, `issues`). */
function misuse(path: readonly PathSegment[], message: string): JamsostekIssue {
  return { code: 'invalid_input', path, message: capMessage(message), reason: 'invalid_error' };
}

function isPathSegment(segment: unknown): segment is PathSegment {
  // A key, or an array index: a whole number from 0 (not NaN, ±Infinity, -0 or 1.5).
  return typeof segment === 'string' || (typeof segment === 'number' && Number.isSafeInteger(segment) && segment >= 0 && !Object.is(segment, -0));
}

/** Whether the fields a code adds (`reason`, `fact`, `parameter`...) have their documented types. */
function extraFieldsOk(code: string, issue: Record<string, unknown>): boolean {
  const text = (key: string): boolean => typeof issue[key] === 'string';
  switch (code) {
    case 'invalid_input':
      return text('reason');
    case 'missing_fact':
      return text('fact');
    case 'invalid_overlay':
      return text('parameter');
    case 'rule_conflict':
      return text('rule') && Array.isArray(issue['sources']) && (issue['sources'] as unknown[]).every((s) => typeof s === 'string');
    case 'parameter_not_in_force': {
      const c = issue['coverage'] as { from?: unknown; to?: unknown } | null | undefined;
      return text('parameter') && text('at') && (c === null || (typeof c === 'object' && c !== undefined && typeof c.from === 'string' && (c.to === null || typeof c.to === 'string')));
    }
    default:
      return true;
  }
}

/** The issue as given if it is well formed (its message capped), or a misuse issue in its place. */
function wellFormedIssue(issue: unknown, index: number): JamsostekIssue {
  if (typeof issue !== 'object' || issue === null) return misuse(['issues', index], `A JamsostekError issue must be an object with a code, a path and a message; got ${showValue(issue)}`);
  const { code, path, message } = issue as { code?: unknown; path?: unknown; message?: unknown };
  if (typeof code !== 'string' || !ISSUE_CODES.has(code) || !Array.isArray(path) || !path.every(isPathSegment) || typeof message !== 'string' || !extraFieldsOk(code, issue as Record<string, unknown>)) {
    const said = typeof message === 'string' ? `: ${showValue(message)}` : '';
    return misuse(['issues', index], `A malformed issue (expected a known code, a path of keys and indexes, and a message) was reported${said}`);
  }
  return message.length > MAX_MESSAGE_LENGTH ? ({ ...issue, message: capMessage(message) } as JamsostekIssue) : (issue as JamsostekIssue);
}

/** Every issue well formed; at least one (a misuse issue when none was given). */
function wellFormedIssues(issues: unknown): readonly JamsostekIssue[] {
  try {
    if (!Array.isArray(issues) || issues.length === 0) {
      return [misuse(['issues'], `A JamsostekError needs a non-empty array of issues; got ${Array.isArray(issues) ? 'an empty array' : showValue(issues)}`)];
    }
    return Array.from(issues, wellFormedIssue); // not issues.map, which skips the holes of a sparse array
  } catch {
    // A getter or Proxy trap of the issues threw (or a revoked Proxy): the error still gets made.
    return [misuse(['issues'], 'The issues of a JamsostekError could not be read (a getter or Proxy threw)')];
  }
}

/**
 * The only error the library throws at its callers. `code`, `path` and `message` repeat the first
 * issue; `issues` holds all of them (a bad input may have several problems at once). Messages are
 * at most {@link MAX_MESSAGE_LENGTH} characters. The constructor never throws: given no issues, or
 * malformed ones, it reports that misuse as an `invalid_input` issue at `['issues', ...]`.
 *
 * @example
 * ```ts
 * import { yearMonth, JamsostekError } from 'jamsostek';
 * try {
 *   yearMonth('2026-13');
 * } catch (error) {
 *   if (error instanceof JamsostekError) {
 *     console.log(error.code); // 'invalid_input'
 *   }
 * }
 * ```
 */
export class JamsostekError extends Error {
  /** The first issue's code. */
  readonly code: JamsostekErrorCode;
  /** The first issue's path. */
  readonly path: readonly PathSegment[];
  /** Every issue found. */
  readonly issues: readonly JamsostekIssue[];

  constructor(issues: readonly JamsostekIssue[]) {
    const list = wellFormedIssues(issues);
    const first = list[0]!; // wellFormedIssues never returns an empty list
    const where = first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
    const more = list.length > 1 ? ` (+${list.length - 1} more)` : '';
    super(capMessage(`${first.message}${where}${more}`));
    this.name = 'JamsostekError';
    this.code = first.code;
    this.path = first.path;
    this.issues = list;
  }
}

/**
 * True when `error` is a {@link JamsostekError}, also across module-system copies of the library
 * (an ESM and a CJS copy loaded side by side have two classes).
 *
 * @example
 * ```ts
 * import { isJamsostekError, yearMonth } from 'jamsostek';
 * try { yearMonth('May 2026'); } catch (e) { console.log(isJamsostekError(e)); } // true
 * ```
 */
export function isJamsostekError(error: unknown): error is JamsostekError {
  // By name and issues only, which every JamsostekError of every copy has: no reference to the
  // class, so that a bundle importing only this function stays small.
  try {
    return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'JamsostekError' && Array.isArray((error as { issues?: unknown }).issues);
  } catch {
    return false; // a Proxy whose traps throw is not an error of the library
  }
}

/** Throw a single-issue {@link JamsostekError}. @internal */
export function fail(issue: JamsostekIssue): never {
  throw new JamsostekError([issue]);
}

/**
 * Turn a zod error into a {@link JamsostekError} whose paths start at `root`. A custom issue may
 * carry `params.code` (`missing_fact` with `params.fact`, or `amount_out_of_range`) to be
 * reported with that code rather than `invalid_input`. @internal
 */
export function fromZodError(error: ZodError, root: readonly PathSegment[] = []): JamsostekError {
  const issues: JamsostekIssue[] = error.issues.map((issue) => {
    const path = [...root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const params = (issue as { params?: { code?: string; fact?: string } }).params;
    if (params?.code === 'missing_fact') {
      return { code: 'missing_fact', path, message: issue.message, fact: params.fact ?? String(path[path.length - 1] ?? '') };
    }
    if (params?.code === 'amount_out_of_range') return { code: 'amount_out_of_range', path, message: issue.message };
    return { code: 'invalid_input', path, message: issue.message, reason: issue.code };
  });
  return new JamsostekError(issues);
}

/** How many characters of a string (or digits of a bigint) an error message shows. */
const SHOWN_LENGTH = 60;

/**
 * A short, never-throwing description of any value for an error message (`String(value)` throws
 * on objects without a prototype and `JSON.stringify` on bigints and cycles). @internal
 */
export function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint': {
      const digits = String(value);
      return digits.length > SHOWN_LENGTH ? `${digits.slice(0, SHOWN_LENGTH)}…n (${digits.length} characters)` : `${digits}n`;
    }
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      if (value === null) return 'null';
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'an object'; // a revoked Proxy
      }
  }
}
