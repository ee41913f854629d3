/**
 * Regulation test cases as data (issue 8): every JSON file in test/cases/ holds worked examples
 * of the law (input, expected output, citation, description). A reader or another team adds a
 * case by editing JSON, without code. The format is described in docs/cases.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as lib from '../src/index';

const PathSchema = z.array(z.union([z.string(), z.number()]));

/** One case. `expect` maps dotted paths into the result to expected values; `error` expects a refusal. */
export const RegulationCaseSchema = z
  .strictObject({
    id: z.string().min(1),
    description: z.string().min(10),
    citation: z.string().min(3),
    function: z.string().refine((name) => typeof (lib as Record<string, unknown>)[name] === 'function', { message: 'Not a function exported by jamsostek' }),
    args: z.array(z.unknown()).max(10),
    expect: z.record(z.string(), z.unknown()).optional(),
    error: z.strictObject({ code: z.enum(['invalid_input', 'missing_fact', 'parameter_not_in_force', 'amount_out_of_range', 'invalid_overlay', 'rule_conflict', 'undefined_by_law']), path: PathSchema.optional() }).optional(),
    note: z.string().optional(),
  })
  .refine((c) => (c.expect === undefined) !== (c.error === undefined), { message: 'A case has either "expect" or "error", not both' });

type RegulationCase = z.infer<typeof RegulationCaseSchema>;

/** `{ "$law": overlay }` in args stands for `withOverlay(baselineLaw, overlay)`. */
function materialise(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(materialise);
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (Object.keys(record).length === 1 && '$law' in record) return lib.withOverlay(lib.baselineLaw, record['$law'] as lib.ParameterOverlay);
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, materialise(v)]));
  }
  return value;
}

/**
 * Follow a path: `a.b.0.c`, with `[key=value,key2=value2]` selecting the array element whose
 * fields match (`lines[program=JP,payer=employee].amount`). The empty path is the result itself.
 */
export function resolvePath(root: unknown, path: string): unknown {
  if (path === '') return root;
  let current: unknown = root;
  const tokens = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  for (const token of tokens) {
    if (token.startsWith('[')) {
      const criteria = token.slice(1, -1).split(',').map((pair) => pair.split('=') as [string, string]);
      if (!Array.isArray(current)) throw new Error(`${path}: ${token} applied to a non-array`);
      const matches = current.filter((item: Record<string, unknown>) => criteria.every(([k, v]) => String(item?.[k]) === v));
      if (matches.length !== 1) throw new Error(`${path}: ${token} matches ${matches.length} elements, expected exactly 1`);
      current = matches[0];
    } else {
      if (current === null || current === undefined) throw new Error(`${path}: nothing at ${token}`);
      current = (current as Record<string, unknown>)[token];
    }
  }
  return current;
}

const dir = join(__dirname, 'cases');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('regulation cases as data (test/cases/*.json)', () => {
  it('has case files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    const parsed = z.array(RegulationCaseSchema).min(1).safeParse(raw);
    describe(file, () => {
      it('is valid against the case schema', () => {
        expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
        if (parsed.success) expect(new Set(parsed.data.map((c) => c.id)).size, 'ids are unique').toBe(parsed.data.length);
      });
      if (!parsed.success) return;
      for (const c of parsed.data as RegulationCase[]) {
        it(`${c.id}: ${c.description} [${c.citation}]`, () => {
          const fn = (lib as unknown as Record<string, (...args: unknown[]) => unknown>)[c.function]!;
          const args = c.args.map(materialise);
          if (c.error !== undefined) {
            let thrown: unknown;
            try {
              fn(...args);
            } catch (error) {
              thrown = error;
            }
            expect(lib.isJamsostekError(thrown), `expected a JamsostekError, got ${String(thrown)}`).toBe(true);
            const e = thrown as lib.JamsostekError;
            expect(e.code).toBe(c.error.code);
            if (c.error.path !== undefined) expect(e.path.slice(0, c.error.path.length)).toEqual(c.error.path);
            return;
          }
          const result = fn(...args);
          for (const [path, expected] of Object.entries(c.expect ?? {})) {
            const actual = resolvePath(result, path);
            if (typeof expected === 'object' && expected !== null) expect(actual, path).toMatchObject(expected);
            else expect(actual, path).toEqual(expected);
          }
        });
      }
    });
  }
});
