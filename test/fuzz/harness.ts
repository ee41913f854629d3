/**
 * The fuzz harness (issue 8): every public function, called with arbitrary and hostile input,
 * returns a valid result or throws a JamsostekError; never a TypeError or other error, never NaN
 * or Infinity anywhere in a result, never a negative amount where amounts cannot be negative, never
 * a polluted Object.prototype, never a hang.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isJamsostekError } from '../../src/index';

/** One fuzzed entry point. */
export interface FuzzSpec {
  /** The exported name (checked against src/index.ts by coverage.test.ts). */
  readonly name: string;
  /** Calls the function with generated arguments. */
  readonly call: (args: readonly unknown[]) => unknown;
  /** Arguments. */
  readonly args: fc.Arbitrary<readonly unknown[]>;
  /** Every number in a result must be ≥ 0 (amounts, counts), except under these keys. */
  readonly nonNegative?: boolean | { readonly except: readonly string[] };
  /** Set when no generated input is expected to be valid (default: at least one must be). */
  readonly mayNeverSucceed?: boolean;
  /** Runs (default 150). */
  readonly numRuns?: number;
}

/** Builds a spec calling `fn(...args)`. */
export function spec(name: string, fn: (...a: never[]) => unknown, args: fc.Arbitrary<readonly unknown[]>, extra: Omit<FuzzSpec, 'name' | 'call' | 'args'> = {}): FuzzSpec {
  return { name, call: (a) => (fn as (...x: unknown[]) => unknown)(...a), args, ...extra };
}

/** The outcome of one call, for the assertions and for statistics. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/** Calls `s` and classifies the outcome. */
export function attempt(s: FuzzSpec, args: readonly unknown[]): Outcome {
  try {
    return { ok: true, value: s.call(args) };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Problems with a value anywhere in a result: non-finite numbers, negative amounts. */
export function resultProblems(value: unknown, nonNegative: FuzzSpec['nonNegative']): string[] {
  const problems: string[] = [];
  const except = typeof nonNegative === 'object' ? new Set(nonNegative.except) : new Set<string>();
  const checkSign = nonNegative !== undefined && nonNegative !== false;
  const seen = new WeakSet<object>();
  const visit = (v: unknown, path: string, key: string): void => {
    if (problems.length > 5) return;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) problems.push(`${path} is ${String(v)}`);
      else if (checkSign && v < 0 && !except.has(key)) problems.push(`${path} is negative (${v})`);
      return;
    }
    if (typeof v === 'bigint') {
      problems.push(`${path} is a bigint (not JSON data)`);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if (seen.has(v)) return;
    seen.add(v);
    if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
      const arr = v as unknown as ArrayLike<number>;
      for (let i = 0; i < arr.length; i++) visit(arr[i], `${path}[${i}]`, key);
      return;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) visit(x, `${path}.get(${String(k)})`, String(k));
      return;
    }
    for (const k of Object.keys(v)) visit((v as Record<string, unknown>)[k], `${path}.${k}`, k);
  };
  visit(value, 'result', '');
  return problems;
}

/** Serialise a result as JSON, as a service would (this also forces lazy explanations). */
export function jsonProblems(value: unknown): string[] {
  if (typeof value === 'function') return [];
  try {
    JSON.stringify(value);
    return [];
  } catch (error) {
    return [`JSON.stringify failed: ${String(error)}`];
  }
}

const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n') ?? ''}` : String(error));

/**
 * The seed: fixed by default so that `npm test` is reproducible; `FUZZ_SEED=random` explores a new
 * one each run (fast-check prints it with any counterexample), `FUZZ_SEED=123` replays one.
 */
const envSeed = process.env['FUZZ_SEED'];
const DEFAULT_SEED = envSeed === 'random' ? undefined : envSeed !== undefined && /^-?\d+$/.test(envSeed) ? Number(envSeed) : 20_260_115;
/** Multiplies every spec's runs (`FUZZ_RUNS=10` for a longer local campaign). */
const RUNS_FACTOR = Number(process.env['FUZZ_RUNS'] ?? '1') || 1;

/** Registers one vitest case per spec. */
export function fuzzAll(specs: readonly FuzzSpec[], seed: number | undefined = DEFAULT_SEED): void {
  for (const s of specs) {
    it(`${s.name}: arbitrary and hostile input → a valid result or a JamsostekError`, () => {
      let results = 0;
      let errors = 0;
      fc.assert(
        fc.property(s.args, (args) => {
          const outcome = attempt(s, args);
          if (!outcome.ok) {
            if (!isJamsostekError(outcome.error)) throw new Error(`${s.name} threw a non-library error: ${describeError(outcome.error)}`);
            expect(outcome.error.issues.length).toBeGreaterThan(0);
            expect(typeof outcome.error.message).toBe('string');
            errors++;
          } else {
            results++;
            const problems = [...resultProblems(outcome.value, s.nonNegative), ...jsonProblems(outcome.value)];
            if (problems.length > 0) throw new Error(`${s.name} returned a bad result: ${problems.join('; ')}`);
          }
          // Nothing may leak onto Object.prototype from a `__proto__` key.
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
          expect(({} as Record<string, unknown>)['segment']).toBeUndefined();
        }),
        { numRuns: Math.round((s.numRuns ?? 150) * RUNS_FACTOR), ...(seed === undefined ? {} : { seed }) },
      );
      // The generators must reach past the door (some valid results), or the fuzzing is shallow.
      if (s.mayNeverSucceed !== true) expect(results, `${s.name}: no valid result in ${results + errors} runs`).toBeGreaterThan(0);
    });
  }
}
