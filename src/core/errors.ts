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
 * The only error the library throws at its callers. `code`, `path` and `message` repeat the first
 * issue; `issues` holds all of them (a bad input may have several problems at once).
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
    const first = issues[0];
    if (first === undefined) throw new TypeError('JamsostekError needs at least one issue');
    const where = first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`${first.message}${where}${more}`);
    this.name = 'JamsostekError';
    this.code = first.code;
    this.path = first.path;
    this.issues = issues;
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
  try {
    return (
      error instanceof JamsostekError ||
      (typeof error === 'object' &&
        error !== null &&
        (error as { name?: unknown }).name === 'JamsostekError' &&
        Array.isArray((error as { issues?: unknown }).issues))
    );
  } catch {
    return false; // a Proxy whose traps throw is not an error of the library
  }
}

/** Throw a single-issue {@link JamsostekError}. @internal */
export function fail(issue: JamsostekIssue): never {
  throw new JamsostekError([issue]);
}

/** Turn a zod error into a {@link JamsostekError} whose paths start at `root`. @internal */
export function fromZodError(error: ZodError, root: readonly PathSegment[] = []): JamsostekError {
  const issues: JamsostekIssue[] = error.issues.map((issue) => {
    const path = [...root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const params = (issue as { params?: { code?: string; fact?: string } }).params;
    if (params?.code === 'missing_fact') {
      return { code: 'missing_fact', path, message: issue.message, fact: params.fact ?? String(path[path.length - 1] ?? '') };
    }
    return { code: 'invalid_input', path, message: issue.message, reason: issue.code };
  });
  return new JamsostekError(issues);
}

/**
 * A short, never-throwing description of any value for an error message (`String(value)` throws
 * on objects without a prototype and `JSON.stringify` on bigints and cycles). @internal
 */
export function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      return `${value}n`;
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
