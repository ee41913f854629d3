// Pack-and-install check: what `npm publish` would ship works for a user who installs it.
//
// 1. Copies the repository as a fresh clone would see it (the files git tracks or would track:
//    no dist/, nothing ignored) to a scratch directory outside the repository, with node_modules
//    linked from the checkout (nothing is installed for the build).
// 2. Runs `npm pack` there: the `prepack` script builds dist/, so this fails if a clean clone
//    would pack an empty package (regression #13.11). Checks the tarball's file list: the
//    build outputs named by package.json (main, module, types, exports) and nothing but dist/,
//    README.md, CHANGELOG.md, LICENSE and package.json.
// 3. Lints the tarball with publint --strict and checks its types with attw (arethetypeswrong).
// 4. Installs the tarball into a scratch consumer project (`npm install <tarball>`, which fetches
//    zod, decimal.js and date-fns from the registry or the npm cache) and runs, each printing the
//    README's figures (the NTT plan total Rp10,080,000,000, the BPU month Rp16,800) and the code and path of
//    the typed error for a month that does not exist ('2026-13'):
//      - an ESM consumer (`import`), a CJS consumer (`require`), in plain JavaScript;
//      - a TypeScript consumer compiled with `tsc --strict` (and skipLibCheck off, so the
//        package's .d.ts and .d.cts are type-checked too) under moduleResolution node16 and
//        nodenext (as .mts, resolving the `import` types, and .cts, the `require` types) and
//        bundler; `@ts-expect-error` lines prove the types are the library's, not `any`.
//
// Usage: node scripts/check-pack.mjs [--keep]   (npm run check:pack; part of npm run check:package)
// --keep leaves the scratch directory for inspection. Needs git and the npm registry or cache.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = realpathSync(fileURLToPath(new URL('..', import.meta.url)));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const keep = process.argv.includes('--keep');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The figures every consumer prints: README quick start (50,000 × 12 × Rp16,800) and one BPU month. */
const EXPECTED = { planTotal: 10_080_000_000, planTotalText: 'Rp10.080.000.000', bpuBilled: 16_800, errorCode: 'invalid_input', errorPath: 'month' };

const failures = [];
const started = Date.now();
/** Seconds since the start, for the step headings. */
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const scratch = realpathSync(mkdtempSync(join(tmpdir(), 'jamsostek-pack-')));
if (!relative(ROOT, scratch).startsWith('..')) throw new Error(`scratch directory ${scratch} is inside the repository`);

/** Runs a command, returning its stdout; on failure prints its output and throws. */
function run(command, args, cwd, { quiet = false } = {}) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, shell: process.platform === 'win32' });
  } catch (error) {
    if (!quiet) console.error(`$ ${command} ${args.join(' ')}  (in ${cwd})\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    throw new Error(`${command} ${args.join(' ')} failed`);
  }
}

/** Path of the JavaScript file behind a dev dependency's command (resolved from the repository). */
function binOf(packageName, command) {
  // A direct dev dependency sits at the top of node_modules (its "exports" may hide its package.json).
  const manifestPath = join(ROOT, 'node_modules', packageName, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[command];
  return join(dirname(manifestPath), bin);
}

/** 1. The repository as a clean clone has it: tracked and not-ignored files only. */
function cleanCopy() {
  const copy = join(scratch, 'clone');
  const files = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter((f) => f !== '');
  for (const file of files) {
    const from = join(ROOT, file);
    if (file === 'node_modules' || file.startsWith(`node_modules/`) || !existsSync(from) || lstatSync(from).isDirectory()) continue;
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(from, join(copy, file), { preserveTimestamps: true });
  }
  if (existsSync(join(copy, 'dist'))) failures.push('dist/ is tracked by git: a clean clone must build it');
  symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(copy, 'node_modules'), process.platform === 'win32' ? 'junction' : 'dir');
  return copy;
}

/** 2. `npm pack` in the clean copy (prepack builds); returns the tarball path and its file list. */
function pack(copy) {
  const out = run(NPM, ['pack', '--json', '--pack-destination', scratch], copy);
  // Lifecycle scripts (the prepack build) may print before the JSON report: it is the last array.
  const report = JSON.parse(out.slice(out.lastIndexOf('\n[') + 1));
  const { filename, files, size, unpackedSize } = report[0];
  return { tarball: join(scratch, filename), files: files.map((f) => f.path), size, unpackedSize };
}

/** The tarball holds the build outputs package.json names, and nothing it should not. */
function checkFileList(files) {
  const listed = new Set(files);
  const exported = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.exports['.']).flatMap((c) => [c.types, c.default])];
  for (const file of new Set([...exported.map((f) => f.replace(/^\.\//, '')), 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'README.md', 'CHANGELOG.md', 'package.json'])) {
    if (!listed.has(file)) failures.push(`the tarball lacks ${file}`);
  }
  const stray = files.filter((f) => !f.startsWith('dist/') && !['README.md', 'CHANGELOG.md', 'LICENSE', 'package.json'].includes(f));
  if (stray.length > 0) failures.push(`the tarball holds files outside dist/: ${stray.join(', ')}`);
  const kinds = ['.js', '.cjs', '.d.ts', '.d.cts'].map((ext) => `${files.filter((f) => f.startsWith('dist/') && f.endsWith(ext) && !(ext === '.js' && f.endsWith('.d.js'))).length} *${ext}`);
  return kinds.join(', ');
}

/** The consumer's TypeScript: the same text compiled as .mts (ESM), .cts (CJS) and .ts (bundler). */
const TS_CONSUMER = `import { JamsostekError, formatRupiah, monthlyContribution, planProgramme } from 'jamsostek';
import type { JamsostekErrorCode, MonthlyContribution, ProgrammePlan, Rupiah } from 'jamsostek';

const plan: ProgrammePlan = planProgramme({
  period: { from: '2026-01', to: '2026-12' },
  funders: [{ id: 'ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
  arrangement: { type: 'single', funder: 'ntt' },
  rosters: [{ region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
});
const planTotal: Rupiah = plan.total;
// @ts-expect-error a plain number is not a Rupiah: the types are the library's, not \`any\`
const notRupiah: Rupiah = 5;

const bpu: MonthlyContribution = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-01');
/** Never called: only compiled. */
export function wrongMonthType(): MonthlyContribution {
  // @ts-expect-error the month is a 'YYYY-MM' string, not a number
  return monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, 202601);
}

let errorCode: JamsostekErrorCode | undefined;
let errorPath = '';
try {
  monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-13');
} catch (error: unknown) {
  if (error instanceof JamsostekError) {
    errorCode = error.code;
    errorPath = error.path.join('.');
  }
}
console.log(JSON.stringify({ planTotal, planTotalText: formatRupiah(plan.total), bpuBilled: bpu.totals.billed, errorCode, errorPath, notRupiah: typeof notRupiah }));
`;

/** A JavaScript consumer: \`load\` is the import or require line. */
function jsConsumer(load, resolveLine) {
  return `${load}
const plan = planProgramme({
  period: { from: '2026-01', to: '2026-12' },
  funders: [{ id: 'ntt', kind: 'province', region: '53', name: 'Pemprov NTT' }],
  arrangement: { type: 'single', funder: 'ntt' },
  rosters: [{ region: '53', cohorts: [{ count: 50_000, profile: { income: 1_000_000 } }] }],
});
const bpu = monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-01');
let errorCode;
let errorPath = '';
try {
  monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-13');
} catch (error) {
  if (error instanceof JamsostekError) {
    errorCode = error.code;
    errorPath = error.path.join('.');
  }
}
${resolveLine}
console.log(JSON.stringify({ planTotal: plan.total, planTotalText: formatRupiah(plan.total), bpuBilled: bpu.totals.billed, errorCode, errorPath, notRupiah: 'number', resolved }));
`;
}

/** 4. A scratch project outside the repository with the tarball installed. */
function consumerProject(tarball) {
  const dir = join(scratch, 'consumer');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'jamsostek-pack-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`);
  run(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], dir);
  const installed = JSON.parse(readFileSync(join(dir, 'node_modules', 'jamsostek', 'package.json'), 'utf8'));
  if (installed.version !== pkg.version) failures.push(`consumer installed jamsostek ${installed.version}, expected ${pkg.version}`);
  for (const dependency of Object.keys(pkg.dependencies)) {
    if (!existsSync(join(dir, 'node_modules', dependency, 'package.json'))) failures.push(`consumer: dependency ${dependency} was not installed`);
  }
  return dir;
}

/** Runs a consumer with node and checks that it prints the expected figures. */
function expectOutput(name, dir, file, entry) {
  let out;
  try {
    out = JSON.parse(run(process.execPath, [file], dir).trim());
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
    return;
  }
  const { resolved, notRupiah, ...figures } = out;
  if (JSON.stringify(figures) !== JSON.stringify(EXPECTED)) failures.push(`${name}: printed ${JSON.stringify(figures)}, expected ${JSON.stringify(EXPECTED)}`);
  if (notRupiah !== 'number') failures.push(`${name}: printed notRupiah ${notRupiah}`);
  if (resolved !== undefined && realpathSync(resolved) !== join(dir, 'node_modules', 'jamsostek', entry)) failures.push(`${name}: loaded ${resolved}, expected the installed ${entry}`);
  if (failures.every((f) => !f.startsWith(name))) console.log(`   ${name}: ok (${out.planTotalText}, Rp${out.bpuBilled}, ${out.errorCode})`);
}

/** The three TypeScript set-ups, each compiled with the repository's TypeScript. */
function typescriptConsumers(dir) {
  const tsc = binOf('typescript', 'tsc');
  const base = { strict: true, target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true, noEmitOnError: true };
  const setups = [
    { name: 'node16', options: { module: 'node16', moduleResolution: 'node16' }, files: ['consumer.mts', 'consumer.cts'] },
    { name: 'nodenext', options: { module: 'nodenext', moduleResolution: 'nodenext' }, files: ['consumer.mts', 'consumer.cts'] },
    { name: 'bundler', options: { module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
  ];
  for (const file of ['consumer.mts', 'consumer.cts', 'consumer.ts']) writeFileSync(join(dir, 'ts', file), TS_CONSUMER);
  for (const setup of setups) {
    const config = `tsconfig.${setup.name}.json`;
    const outDir = `out-${setup.name}`;
    writeFileSync(join(dir, 'ts', config), JSON.stringify({ compilerOptions: { ...base, ...setup.options, outDir }, files: setup.files }, null, 2));
    try {
      run(process.execPath, [tsc, '-p', config], join(dir, 'ts'));
    } catch {
      failures.push(`TypeScript consumer (${setup.name}): tsc --strict failed`);
      continue;
    }
    for (const file of setup.files) {
      const js = file.replace(/\.ts$/, '.js').replace(/\.mts$/, '.mjs').replace(/\.cts$/, '.cjs');
      const format = file.endsWith('.cts') ? 'CJS' : 'ESM';
      expectOutput(`TypeScript ${setup.name} ${format} (${file})`, dir, join('ts', outDir, js));
    }
  }
}

try {
  console.log(`== clean copy of the repository in ${scratch}`);
  const copy = cleanCopy();
  console.log(`== npm pack (prepack builds dist/)  [${elapsed()}]`);
  const { tarball, files, size, unpackedSize } = pack(copy);
  const kinds = checkFileList(files);
  console.log(`   ${relative(scratch, tarball)}: ${files.length} files (${kinds}), ${(size / 1024).toFixed(1)} KB packed, ${(unpackedSize / 1024).toFixed(1)} KB unpacked`);
  console.log(`== publint --strict and attw on the tarball  [${elapsed()}]`);
  for (const [name, args] of [['publint', [binOf('publint', 'publint'), '--strict', tarball]], ['attw', [binOf('@arethetypeswrong/cli', 'attw'), tarball]]]) {
    try {
      run(process.execPath, args, scratch);
      console.log(`   ${name}: ok`);
    } catch {
      failures.push(`${name} found problems in the tarball`);
    }
  }
  console.log(`== npm install <tarball> in a scratch consumer project  [${elapsed()}]`);
  const dir = consumerProject(tarball);
  mkdirSync(join(dir, 'ts'));
  writeFileSync(join(dir, 'esm.mjs'), jsConsumer("import { JamsostekError, formatRupiah, monthlyContribution, planProgramme } from 'jamsostek';", "const resolved = new URL(import.meta.resolve('jamsostek')).pathname;"));
  writeFileSync(join(dir, 'cjs.cjs'), jsConsumer("const { JamsostekError, formatRupiah, monthlyContribution, planProgramme } = require('jamsostek');", "const resolved = require.resolve('jamsostek');"));
  expectOutput('ESM consumer (import)', dir, 'esm.mjs', pkg.exports['.'].import.default.replace(/^\.\//, '').split('/').join(sep));
  expectOutput('CJS consumer (require)', dir, 'cjs.cjs', pkg.exports['.'].require.default.replace(/^\.\//, '').split('/').join(sep));
  console.log(`== TypeScript consumers: tsc --strict, then node  [${elapsed()}]`);
  typescriptConsumers(dir);
} catch (error) {
  failures.push(error.message);
} finally {
  if (keep) console.log(`(kept ${scratch})`);
  else rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`pack check FAILED:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`pack ok in ${elapsed()}: a clean copy packs ${pkg.name}@${pkg.version} with its build, and the tarball installs and runs from ESM, CJS and TypeScript (node16, nodenext, bundler)`);
