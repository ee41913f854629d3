// Proves the built package loads from both module systems and exposes the same API.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const esm = await import('jamsostek');
const cjs = require('jamsostek');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const failures = [];
const esmKeys = Object.keys(esm).sort();
const cjsKeys = Object.keys(cjs).filter((k) => k !== 'default' && k !== '__esModule').sort();
if (JSON.stringify(esmKeys) !== JSON.stringify(cjsKeys)) failures.push(`ESM and CJS exports differ:\n  esm ${esmKeys}\n  cjs ${cjsKeys}`);
for (const [name, mod] of [['esm', esm], ['cjs', cjs]]) {
  const r = mod.monthlyContribution({ segment: 'BPU', income: 1_000_000, fundedBy: 'apbd' }, '2026-01');
  if (r.totals.billed !== 16800) failures.push(`${name}: BPU minimum is ${r.totals.billed}, expected 16800`);
  try {
    mod.yearMonth('2026-13');
    failures.push(`${name}: yearMonth('2026-13') did not throw`);
  } catch (e) {
    if (!mod.isJamsostekError(e) || e.code !== 'invalid_input') failures.push(`${name}: wrong error for 2026-13: ${e}`);
  }
}
for (const file of [pkg.exports['.'].import.types, pkg.exports['.'].require.types, pkg.exports['.'].import.default, pkg.exports['.'].require.default]) {
  try {
    readFileSync(new URL(`../${file}`, import.meta.url));
  } catch {
    failures.push(`missing build output ${file}`);
  }
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(`package ok: ${esmKeys.length} exports, same from ESM and CJS, types present`);
