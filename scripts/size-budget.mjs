// Size budget of the built package (run after `npm run build`): bundles it with esbuild the way an
// application would (minified ESM for the browser) and fails when a bundle grows past its budget.
// Budgets are gzip sizes with about 20 % headroom over the size measured when they were set;
// raise one only with a reason in the changelog.
//   full      every export of the package, with zod, decimal.js and date-fns
//   own       every export of the package, dependencies left out (the library's own code)
//   oneExport `import { formatRupiah }` alone (see also scripts/check-treeshake.mjs)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Set 2026 (issue 7) from full 117.8, own 77.7, oneExport 22.1 KB gzip.
const BUDGETS_GZIP_KB = { full: 142, own: 94, oneExport: 27 };

const root = fileURLToPath(new URL('..', import.meta.url));
const DEPENDENCIES = ['zod', 'decimal.js', 'date-fns'];

async function measure(contents, external = []) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    external,
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length / 1024, gzip: gzipSync(bytes, { level: 9 }).length / 1024 };
}

const sizes = {
  full: await measure("export * from './dist/index.js';\n"),
  own: await measure("export * from './dist/index.js';\n", DEPENDENCIES),
  oneExport: await measure("import { formatRupiah } from './dist/index.js';\nconsole.log(formatRupiah(16800));\n"),
};

let failed = false;
for (const [name, size] of Object.entries(sizes)) {
  const budget = BUDGETS_GZIP_KB[name];
  const over = size.gzip > budget;
  failed ||= over;
  console.log(`${over ? '✗' : '✓'} ${name.padEnd(9)} ${size.min.toFixed(1).padStart(7)} KB min  ${size.gzip.toFixed(1).padStart(6)} KB gzip  (budget ${budget} KB gzip)`);
}
if (failed) {
  console.error('size budget exceeded: find what grew (esbuild --metafile / --analyze) before raising a budget');
  process.exit(1);
}
console.log('size budget ok');
