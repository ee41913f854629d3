/**
 * Error roots: every public function, called with one of its arguments spoiled, must throw a
 * JamsostekError whose every issue's path starts at that argument's name (`['participant',
 * 'wage']`, `['options', 'law']`, `['month']`), never inside it (`['employerScale']`) or at the
 * root (`[]`). The valid calls come from the hostile-input suite (`test/hostile/entries.ts`), the
 * parameter names from the TypeScript compiler (`surface.ts`).
 *
 * For each argument of the valid call: the whole argument replaced by a value of the wrong type;
 * and, for a plain object or array, each top-level field (or the first element) replaced by a
 * value of the wrong type, and each top-level field deleted. A spoiled value must be blamed on its
 * own argument; a deleted field on some argument (no `projection` makes the month unanswerable).
 * A case that does not throw is not judged here (the hostile suite judges results); each entry must have at least one case that
 * throws, so that the check cannot pass by testing nothing.
 */
import * as lib from '../../src/index';
import { caller } from '../hostile/cases';
import { ENTRIES } from '../hostile/entries';
import type { Violation } from './rules';
import { publicTypes } from './surface';

/** Public functions whose errors are not checked here, with the reason. */
export const ROOT_SKIPS: Readonly<Record<string, string>> = {
  isJamsostekError: 'a type guard: every value is a valid argument, nothing is thrown',
};

/** A value of the wrong type for `valid`: a number for a string, a string for anything else. */
const badFor = (valid: unknown): unknown => (typeof valid === 'string' ? -7.5 : 'not a valid value');

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Array.isArray(v) ? Object.getPrototypeOf(v) === Array.prototype : Object.getPrototypeOf(v) === Object.prototype);

interface RootCase {
  /** `participant=bad`, `participant.wage=bad`, `participant.wage deleted`, `payments[0]=bad`. */
  readonly label: string;
  readonly index: number;
  /** A field deleted (rather than a value spoiled). */
  readonly deleted: boolean;
  readonly spoil: (args: unknown[]) => void;
}

function casesOf(valid: readonly unknown[], params: readonly string[]): RootCase[] {
  const cases: RootCase[] = [];
  valid.forEach((arg, index) => {
    const name = params[index] ?? `arg${index}`;
    cases.push({ label: `${name}=bad`, index, deleted: false, spoil: (args) => void (args[index] = badFor(arg)) });
    if (!isPlain(arg)) return;
    if (Array.isArray(arg)) {
      if (arg.length > 0) cases.push({ label: `${name}[0]=bad`, index, deleted: false, spoil: (args) => void (args[index] = [badFor(arg[0]), ...arg.slice(1)]) });
      return;
    }
    for (const key of Object.keys(arg)) {
      cases.push({ label: `${name}.${key}=bad`, index, deleted: false, spoil: (args) => void (args[index] = { ...(args[index] as object), [key]: badFor(arg[key]) }) });
      cases.push({
        label: `${name}.${key} deleted`,
        index,
        deleted: true,
        spoil: (args) => {
          const copy = { ...(args[index] as Record<string, unknown>) };
          delete copy[key];
          args[index] = copy;
        },
      });
    }
  });
  return cases;
}

/** What the error-root check found: violations, and the entries where no case threw (a harness problem). */
export interface RootCheck {
  readonly violations: readonly Violation[];
  /** Entries none of whose cases threw a JamsostekError: nothing was checked for them. */
  readonly unchecked: readonly string[];
  /** How many thrown errors were checked. */
  readonly checked: number;
}

/** Run the error-root cases of every hostile entry. */
export function errorRootViolations(): RootCheck {
  const { paramNames } = publicTypes();
  const violations: Violation[] = [];
  const unchecked: string[] = [];
  let checked = 0;
  for (const name of Object.keys(ENTRIES).sort()) {
    if (name in ROOT_SKIPS) continue;
    const entry = ENTRIES[name]!;
    const params = paramNames.get(name);
    if (params === undefined) throw new Error(`no parameter names for ${name} (not an exported function or class?)`);
    const call = caller(name, entry);
    let threw = 0;
    for (const c of casesOf(entry.args(), params)) {
      const args = entry.args();
      c.spoil(args);
      let error: unknown;
      try {
        const returned = call(args);
        if (!lib.isJamsostekError(returned)) continue;
        error = returned; // the JamsostekError constructor answers a malformed issue with a misuse issue
      } catch (e) {
        error = e;
      }
      const param = params[c.index] ?? `arg${c.index}`;
      // A spoiled value must be blamed on its own argument; a deleted field may make another
      // argument unanswerable (no projection: the month is beyond the law), but never a path
      // that starts inside an argument.
      const roots = c.deleted ? params : [param];
      const id = `error-root: ${name} ${c.label}`;
      if (!lib.isJamsostekError(error)) {
        violations.push({ rule: 'error-root', id, detail: `threw ${error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : typeof error}, not a JamsostekError` });
        continue;
      }
      threw++;
      checked++;
      const wrong = error.issues.map((i) => i.path).filter((path) => !roots.includes(String(path[0])));
      if (wrong.length > 0) violations.push({ rule: 'error-root', id, detail: `path ${wrong.map((p) => JSON.stringify(p)).join(', ')} does not start at ${roots.map((r) => `"${r}"`).join(' or ')} (${error.code})` });
    }
    if (threw === 0) unchecked.push(name);
  }
  return { violations, unchecked, checked };
}
