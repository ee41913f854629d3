// Tree-shaking check: a bundler that imports one function from the built package must not pull in
// the rest of the library. Bundles `import { formatRupiah } from 'jamsostek'` (dist/index.js) with
// esbuild (minify + tree shaking) and compares it with a bundle of the whole package.
// Run after `npm run build`: node scripts/check-treeshake.mjs
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Minified ESM bundle of `source` (resolved from the repository root), as text. */
export async function bundle(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB (${(gzipSync(text).length / 1024).toFixed(1)} KB gzip)`;

const one = await bundle("import { formatRupiah } from './dist/index.js';\nconsole.log(formatRupiah(16800));\n");
const bare = await bundle("import { isJamsostekError } from './dist/index.js';\nconsole.log(isJamsostekError(null));\n");
const all = await bundle("export * from './dist/index.js';\n");

// Markers of what must not come along with one function: the law tables, the contribution
// formulas, decimal.js. formatRupiah lives in core/money.ts beside the amount schemas, and zod's
// entry module has a load-time side effect (it installs its English locale), so zod's core comes
// along with it (about 20 KB gzip); a function from a module without schemas (isJamsostekError)
// must bring no zod at all.
const failures = [];
const check = (condition, message) => {
  if (!condition) failures.push(message);
};
for (const [what, marker] of [
  ['the law tables (bpu.incomeBrackets)', 'bpu.incomeBrackets'],
  ['the JP wage cap series (jp.wageCap)', 'jp.wageCap'],
  ['the contribution formulas', 'monthlyContribution'],
  ['decimal.js', '[DecimalError]'],
  ['zod', 'ZodType'],
]) {
  check(all.includes(marker), `marker ${JSON.stringify(marker)} is not in the full bundle: update this check`);
  check(!bare.includes(marker), `importing isJamsostekError pulls in ${what} (the bundle contains ${JSON.stringify(marker)})`);
  if (marker !== 'ZodType') check(!one.includes(marker), `importing formatRupiah pulls in ${what} (the bundle contains ${JSON.stringify(marker)})`);
}
// `import { z } from 'zod'` keeps every zod locale: the package must import zod as a namespace.
check(!all.includes('Kreditkartennummer'), "the package bundles zod's German locale: some module imports { z } from 'zod' instead of * as z");
const size = (text) => Buffer.byteLength(text);
check(size(bare) < 2 * 1024, `isJamsostekError alone is ${(size(bare) / 1024).toFixed(1)} KB (budget 2 KB)`);
check(size(one) / size(all) < 0.25, `formatRupiah alone is ${((size(one) / size(all)) * 100).toFixed(1)} % of the full bundle (budget 25 %)`);

console.log(`tree-shaking: isJamsostekError alone ${kb(bare)}; formatRupiah alone ${kb(one)}; whole package ${kb(all)}`);
if (failures.length > 0) {
  console.error(failures.map((f) => `  ✗ ${f}`).join('\n'));
  process.exit(1);
}
console.log('tree-shaking ok');
