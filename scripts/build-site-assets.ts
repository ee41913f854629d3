// Builds the browser assets of the docs site into docs-site/calculator/ (run after typedoc, which
// cleans docs-site/):
//   jamsostek.js   the library's browser build: src/index.ts with zod, decimal.js and date-fns,
//                  one minified ESM file that any page can import
//   calculator.js  the calculator (scripts/site/calculator.ts), importing ./jamsostek.js
//   index.html, calculator.css  the standalone calculator page
//
// Run: npx tsx scripts/build-site-assets.ts   (part of `npm run docs`)
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = join(root, 'docs-site');
const out = join(site, 'calculator');

/** The calculator imports the library's source index; in the site it imports the browser build. */
const libraryAsSibling: Plugin = {
  name: 'jamsostek-browser-build',
  setup(b) {
    b.onResolve({ filter: /(^jamsostek$)|(\/src\/index(\.ts)?$)/ }, () => ({ path: './jamsostek.js', external: true }));
  },
};

async function main(): Promise<void> {
  if (!existsSync(join(site, 'index.html'))) throw new Error('docs-site/index.html is missing: run typedoc first (npm run docs)');
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, sourcemap: true, legalComments: 'eof', logLevel: 'warning' } as const;
  await build({ ...common, entryPoints: [join(root, 'src/index.ts')], outfile: join(out, 'jamsostek.js') });
  await build({ ...common, entryPoints: [join(root, 'scripts/site/calculator.ts')], outfile: join(out, 'calculator.js'), plugins: [libraryAsSibling] });
  copyFileSync(join(root, 'scripts/site/calculator.html'), join(out, 'index.html'));
  copyFileSync(join(root, 'scripts/site/calculator.css'), join(out, 'calculator.css'));
  const kb = (file: string): string => `${(statSync(join(out, file)).size / 1024).toFixed(1)} KB`;
  console.log(`site assets: calculator/jamsostek.js ${kb('jamsostek.js')}, calculator/calculator.js ${kb('calculator.js')}`);
}

await main();
