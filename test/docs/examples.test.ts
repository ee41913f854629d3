// Runs every ```ts block of the doc comments in src/ (the `@example`s the docs site shows), so an
// example cannot rot. Each block becomes a module (imports of 'jamsostek' point at src/index.ts)
// that vitest imports. Where a line ends with a comment stating a result, the result is checked:
//   expr;                 // 16800          the value of the expression
//   const x = expr;       // '2026-03'      the value of x
//   console.log(a, b);    // 312000 150000  what was logged (last call on that line)
// A comment is read as a space-separated list of JS literals (numbers, 'strings', [arrays],
// {objects}, true/false/null), optionally followed by a remark in parentheses; an unquoted word
// (Rp16.800, 2026-05-15) must equal the logged text. Comments after a bare expression that do not
// start with a literal are prose and are not checked; comments after console.log must match.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SRC = join(ROOT, 'src');
const INDEX = join(SRC, 'index.ts');
const OUT = join(tmpdir(), `jamsostek-examples-${process.pid}`);

interface Check {
  readonly line: number;
  readonly kind: 'log' | 'value';
  readonly comment: string;
  readonly source: string;
}

interface Example {
  readonly name: string;
  readonly code: string;
  readonly module: string;
  readonly checks: readonly Check[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Index of a trailing `//` comment outside string literals, or -1. */
export function commentStart(line: string): number {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote !== null) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if (c === '/' && line[i + 1] === '/') return i;
  }
  return -1;
}

/** Split a result comment into literal tokens, stopping at a parenthesised remark. */
export function resultTokens(comment: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < comment.length) {
    while (comment[i] === ' ' || comment[i] === '\t') i++;
    if (i >= comment.length || comment[i] === '(') break;
    const start = i;
    const open = comment[i];
    if (open === "'" || open === '"' || open === '`') {
      i++;
      while (i < comment.length && comment[i] !== open) i += comment[i] === '\\' ? 2 : 1;
      i++;
    } else if (open === '[' || open === '{') {
      let depth = 0;
      let quote: string | null = null;
      for (; i < comment.length; i++) {
        const c = comment[i]!;
        if (quote !== null) {
          if (c === '\\') i++;
          else if (c === quote) quote = null;
        } else if (c === "'" || c === '"') quote = c;
        else if (c === '[' || c === '{') depth++;
        else if (c === ']' || c === '}') {
          depth--;
          if (depth === 0) {
            i++;
            break;
          }
        }
      }
    } else {
      while (i < comment.length && comment[i] !== ' ' && comment[i] !== '\t') i++;
    }
    tokens.push(comment.slice(start, i));
  }
  return tokens;
}

type Parsed = { readonly literal: true; readonly value: unknown } | { readonly literal: false; readonly text: string };

/** A token as a JS literal (strictly: no identifiers, no arithmetic), or as bare text. */
export function parseToken(token: string): Parsed {
  if (/^-?\d+(\.\d+)?$/.test(token)) return { literal: true, value: Number(token) };
  if (token === 'true' || token === 'false') return { literal: true, value: token === 'true' };
  if (token === 'null') return { literal: true, value: null };
  if (token === 'undefined') return { literal: true, value: undefined };
  if (/^['"`[{]/.test(token)) {
    try {
      return { literal: true, value: new Function(`"use strict"; return (${token});`)() as unknown };
    } catch {
      return { literal: false, text: token };
    }
  }
  return { literal: false, text: token };
}

function plain(value: unknown): unknown {
  return value === undefined || typeof value !== 'object' ? value : JSON.parse(JSON.stringify(value));
}

/** Does the actual value match a token of the comment? */
function matches(actual: unknown, token: string): boolean {
  const parsed = parseToken(token);
  if (parsed.literal) return isDeepStrictEqual(plain(actual), plain(parsed.value));
  return typeof actual === 'string' ? actual === parsed.text : String(actual) === parsed.text;
}

const CODE_START = /^(import|export|const|let|var|if|else|for|while|do|try|catch|finally|return|throw|function|class|switch|case|type|interface|\}|\{|\/\/)/;

function extractExamples(): Example[] {
  mkdirSync(OUT, { recursive: true });
  const examples: Example[] = [];
  for (const file of sourceFiles(SRC).sort()) {
    const text = readFileSync(file, 'utf8');
    for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const body = comment[1]!
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n');
      for (const block of body.matchAll(/```ts\n([\s\S]*?)```/g)) {
        const line = text.slice(0, comment.index).split('\n').length;
        const name = `${relative(ROOT, file)}:${line}`;
        const code = block[1]!;
        const checks: Check[] = [];
        const lines = code.split('\n').map((raw, i) => {
          let source = raw.replace(/from (['"])jamsostek\1/g, `from ${JSON.stringify(INDEX)}`);
          const at = commentStart(source);
          const codePart = (at === -1 ? source : source.slice(0, at)).trimEnd();
          const remark = at === -1 ? '' : source.slice(at + 2).trim();
          const trimmed = codePart.trim();
          if (codePart.includes('console.log(')) {
            source = source.replace(/console\.log\(/g, `__examples.log(${i}, `);
            if (remark !== '' && trimmed !== '') checks.push({ line: i, kind: 'log', comment: remark, source: raw.trim() });
          } else if (remark !== '' && trimmed.endsWith(';') && parseToken(resultTokens(remark)[0] ?? '').literal) {
            const declared = /^(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=/.exec(trimmed);
            if (declared !== null) {
              source = `${codePart} __examples.value(${i}, ${declared[1]}); // ${remark}`;
              checks.push({ line: i, kind: 'value', comment: remark, source: raw.trim() });
            } else if (!CODE_START.test(trimmed)) {
              const indent = /^\s*/.exec(codePart)?.[0] ?? '';
              source = `${indent}__examples.value(${i}, (${trimmed.slice(0, -1)})); // ${remark}`;
              checks.push({ line: i, kind: 'value', comment: remark, source: raw.trim() });
            }
          }
          return source;
        });
        const module = join(OUT, `example-${examples.length}.ts`);
        writeFileSync(module, `const __examples = (globalThis as any).__jamsostekExamples;\n${lines.join('\n')}\nexport {};\n`);
        examples.push({ name, code, module, checks });
      }
    }
  }
  return examples;
}

const examples = extractExamples();

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('the result-comment reader', () => {
  it('splits literals and stops at a remark', () => {
    expect(resultTokens("11086300 'B/1226/022026'")).toEqual(['11086300', "'B/1226/022026'"]);
    expect(resultTokens("[4, 3] (Hamilton; dinero.js gives [5, 2])")).toEqual(['[4, 3]']);
    expect(resultTokens("{ numerator: '49', denominator: '92' } '53.26'")).toEqual(["{ numerator: '49', denominator: '92' }", "'53.26'"]);
  });
  it('reads literals strictly: 2026-05-15 is text, not arithmetic', () => {
    expect(parseToken('2026-05-15')).toEqual({ literal: false, text: '2026-05-15' });
    expect(parseToken('-2.5')).toEqual({ literal: true, value: -2.5 });
    expect(parseToken("['a', 'b']")).toEqual({ literal: true, value: ['a', 'b'] });
    expect(parseToken('Rp16.800')).toEqual({ literal: false, text: 'Rp16.800' });
  });
  it('finds the trailing comment outside strings', () => {
    expect(commentStart("f('http://x'); // 1")).toBe(15);
    expect(commentStart('f(1);')).toBe(-1);
  });
});

describe('@example blocks in src/ doc comments', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(examples.map((e) => [e.name, e] as const))('%s runs and prints what its comments say', async (_name, example) => {
    const logs = new Map<number, unknown[]>();
    const values = new Map<number, unknown>();
    (globalThis as Record<string, unknown>)['__jamsostekExamples'] = {
      log: (line: number, ...args: unknown[]) => void logs.set(line, args),
      value: (line: number, value: unknown) => void values.set(line, value),
    };
    try {
      await import(pathToFileURL(example.module).href);
    } catch (error) {
      throw new Error(`example ${example.name} threw: ${String(error)}\n${example.code}`);
    }
    const failures: string[] = [];
    for (const check of example.checks) {
      if (check.kind === 'value') {
        if (!values.has(check.line)) failures.push(`${check.source}\n    was not evaluated`);
        else if (!matches(values.get(check.line), resultTokens(check.comment)[0]!)) failures.push(`${check.source}\n    got ${format('%o', values.get(check.line))}`);
        continue;
      }
      const args = logs.get(check.line);
      if (args === undefined) {
        failures.push(`${check.source}\n    logged nothing`);
        continue;
      }
      const printed = format(...args);
      const tokens = resultTokens(check.comment);
      const byTokens = tokens.length >= args.length && args.every((a, i) => matches(a, tokens[i]!));
      const byText = check.comment === printed || check.comment.startsWith(`${printed} (`) || check.comment.startsWith(`${printed}  (`);
      if (!byTokens && !byText) failures.push(`${check.source}\n    logged ${args.map((a) => format('%o', a)).join(' ')}`);
    }
    expect(failures, `example ${example.name}`).toEqual([]);
  });
});
