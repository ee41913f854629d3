// Every "Defined in" source link of the built API reference (docs-site/, built by `npm run docs`;
// `npm run test:browser` builds it first) points into this repository's src/ at a line that
// exists, and at the declaration it documents. Plain node over the generated HTML: no browser, no
// network (GitHub is not reachable from CI, so the links are checked against the working tree,
// which is the tree the site was built from).
//
// regression #13.12: the links were `blob/main/funding/plan.ts` (no `src/`) and, for the members
// JamsostekError inherits from Error, `blob/main/../../main/node_modules/typescript/...`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SITE = join(ROOT, 'docs-site');
const REPOSITORY = 'https://github.com/jamsostek/jamsostek';
const typedoc = JSON.parse(readFileSync(join(ROOT, 'typedoc.json'), 'utf8')) as { gitRevision: string; sourceLinkTemplate: string };
/** `https://github.com/jamsostek/jamsostek/blob/<rev>/src/<path>#L<n>`. */
const SOURCE_LINK = /^https:\/\/github\.com\/jamsostek\/jamsostek\/blob\/([^/]+)\/(src\/[\w./-]+\.ts)#L(\d+)$/;

interface Entry {
  page: string;
  href: string | undefined;
  text: string;
}

/** Every .html file under `dir`, relative to the site root. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [relative(SITE, path)] : [];
  });
}

const linesOf = new Map<string, string[]>();
/** The lines of a repository file, or undefined when the working tree has no such file. */
function lines(path: string): string[] | undefined {
  if (!linesOf.has(path)) {
    const file = join(ROOT, path);
    if (!existsSync(file)) return undefined;
    linesOf.set(path, readFileSync(file, 'utf8').split('\n'));
  }
  return linesOf.get(path);
}

describe('source links of the API reference (regression #13.12)', () => {
  const pages = new Map<string, string>();
  const githubLinks: { page: string; href: string }[] = [];
  const definedIn: Entry[] = [];

  beforeAll(() => {
    if (!existsSync(join(SITE, 'index.html'))) throw new Error('docs-site/ is not built: run `npm run docs` (npm run test:browser does it)');
    for (const page of htmlFiles(SITE)) {
      const html = readFileSync(join(SITE, page), 'utf8');
      pages.set(page, html);
      for (const m of html.matchAll(/href="(https:\/\/github\.com\/[^"]*)"/g)) githubLinks.push({ page, href: m[1]! });
      for (const m of html.matchAll(/<li>Defined in (?:<a href="([^"]*)">([^<]*)<\/a>|([^<]*))<\/li>/g)) {
        definedIn.push({ page, href: m[1], text: (m[2] ?? m[3])!.trim() });
      }
    }
  });

  it('the link template is rooted at the repository, with the revision as an option', () => {
    expect(typedoc.sourceLinkTemplate).toBe(`${REPOSITORY}/blob/{gitRevision}/{path}#L{line}`);
    expect(typedoc.gitRevision).toBe('main');
  });

  it('finds the links it checks: one or more per documented declaration', () => {
    // Every page of a top-level declaration has a "Defined in"; a page lists one per member.
    const declarationPages = [...pages.keys()].filter((p) => /^(functions|classes|interfaces|types|variables)\//.test(p));
    expect(declarationPages.length).toBeGreaterThan(300);
    expect(definedIn.length).toBeGreaterThan(declarationPages.length);
    expect(githubLinks.length).toBeGreaterThanOrEqual(definedIn.filter((e) => e.href !== undefined).length);
  });

  it('every GitHub link is blob/<rev>/src/<path>#L<n>, with src/<path> in the tree and at least n lines', () => {
    const bad: string[] = [];
    for (const { page, href } of githubLinks) {
      const m = SOURCE_LINK.exec(href);
      if (m === null) {
        bad.push(`${page}: not a src/ source link: ${href}`);
        continue;
      }
      const [, rev, path, line] = m;
      const text = lines(path!);
      if (rev !== typedoc.gitRevision) bad.push(`${page}: revision ${rev}, expected ${typedoc.gitRevision}: ${href}`);
      if (text === undefined) bad.push(`${page}: ${path} is not in the repository: ${href}`);
      else if (Number(line) < 1 || Number(line) > text.length) bad.push(`${page}: ${path} has ${text.length} lines, link is to line ${line}`);
    }
    expect(bad).toEqual([]);
  });

  it('every "Defined in" of a src/ file is a link to that file and line; any other file has no link and no machine path', () => {
    const bad: string[] = [];
    for (const { page, href, text } of definedIn) {
      const m = /^(src\/[\w./-]+\.ts):(\d+)$/.exec(text);
      if (m !== null) {
        if (href !== `${REPOSITORY}/blob/${typedoc.gitRevision}/${m[1]}#L${m[2]}`) bad.push(`${page}: "${text}" links to ${href}`);
      } else if (href !== undefined) {
        bad.push(`${page}: "${text}" (not a src/ file) links to ${href}`);
      } else if (/^(\.\.|\/|[A-Za-z]:)|node_modules/.test(text)) {
        bad.push(`${page}: "${text}" shows a path of the machine that built the site`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('names a dependency file by its package path: the members JamsostekError inherits from Error', () => {
    const html = pages.get(join('classes', 'JamsostekError.html'))!;
    // `message` and `name` come from TypeScript's lib.es5.d.ts (interface Error), not from this repository.
    expect(html).toMatch(/<li>Defined in typescript\/lib\/lib\.es5\.d\.ts:\d+<\/li>/);
    expect(html).not.toContain('node_modules');
  });

  it("each declaration page's first source line is the line that declares it", () => {
    const bad: string[] = [];
    for (const [page, html] of pages) {
      const m = /^(functions|classes|interfaces|types|variables)\/([^/]+)\.html$/.exec(page);
      if (m === null) continue;
      const name = m[2]!;
      const first = definedIn.find((e) => e.page === page && e.href !== undefined);
      if (first === undefined) {
        bad.push(`${page}: no source link`);
        continue;
      }
      const [, , path, line] = SOURCE_LINK.exec(first.href!) ?? [];
      const declared = path === undefined ? undefined : lines(path)?.[Number(line) - 1];
      if (declared === undefined || !new RegExp(`\\b${name}\\b`).test(declared)) bad.push(`${page}: ${first.href} is the line "${declared?.trim()}", which does not declare ${name}`);
      expect(html).toContain(first.href!);
    }
    expect(bad).toEqual([]);
  });
});
