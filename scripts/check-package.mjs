// Proves the built package loads from both module systems, exposes the same API, and that what
// one copy makes (a law registry, criteria, rule sets, errors) the other accepts.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import * as z from 'zod';

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
// One application may load both builds (issue 13.10): what one copy makes, the other must accept.
for (const [maker, user, from, to] of [[esm, cjs, 'esm', 'cjs'], [cjs, esm, 'cjs', 'esm']]) {
  const where = `${from} → ${to}`;
  const cites = { instrument: 'Practice', number: 'budget assumption', year: 2026 };
  try {
    const law = maker.withOverlay(maker.baselineLaw, { name: 'Plan 2027', values: { 'jp.wageCap': [{ from: '2027-03', to: '2028-02', value: 11_600_000, status: 'projected', citations: cites }] } });
    const cap = user.jpWageCap('2027-03', { law }).cap;
    if (cap !== 11_600_000) failures.push(`${where}: a law from withOverlay gives a JP wage cap of ${cap}, expected 11600000`);
    const layered = user.withOverlay(law, { name: 'Plan 2028', values: { 'jp.wageCap': [{ from: '2028-03', to: '2029-02', value: 12_000_000, status: 'projected', citations: cites }] } });
    if (layered.layers.join() !== 'baseline,Plan 2027,Plan 2028') failures.push(`${where}: withOverlay over the other copy's law gives layers ${layered.layers}`);
    const rules = user.defineRuleSet({ id: 'mixed', title: { id: 'Campuran', en: 'Mixed' }, rules: [maker.bpuRegistrationAge, user.allOf([maker.bpuOccupationLimit])] });
    const candidate = { birthDate: '1990-01-01', occupations: ['petani'] }; // the facts the mixed rule set reads
    const outcome = maker.evaluateEligibility(candidate, rules, { asOf: '2026-01-15', law: user.baselineLaw }).outcome;
    if (outcome !== 'eligible') failures.push(`${where}: a rule set mixing both copies' criteria gives ${outcome}, expected eligible`);
    const fisher = maker.defineCriterion({ id: 'local.fisher', title: { id: 'Nelayan', en: 'Fisher' }, citations: { instrument: 'Perbup', number: '7', year: 2026 }, facts: { fisher: z.boolean() }, test: (f) => f.fisher });
    const extended = user.extendRuleSet(maker.bpuBasicsRuleSet, { id: 'local', title: { id: 'Lokal', en: 'Local' }, add: [maker.not(fisher, { id: 'local.notFisher' })] });
    const failed = maker.evaluateEligibility({ ...candidate, employment: 'self_employed', fisher: true }, extended, { asOf: '2026-01-15' }).failed.map((f) => f.id).join();
    if (failed !== 'local.notFisher') failures.push(`${where}: an extended rule set fails ${failed}, expected local.notFisher`);
    if (!(extended instanceof maker.RuleSet) || !(maker.bpuRegistrationAge instanceof user.Criterion)) failures.push(`${where}: instanceof does not recognise the other copy's rule set or criterion`);
  } catch (e) {
    failures.push(`${where}: a value of one copy is refused by the other: ${e}`);
  }
  try {
    maker.yearMonth('2026-13');
  } catch (e) {
    if (!user.isJamsostekError(e)) failures.push(`${where}: isJamsostekError does not recognise the other copy's error`);
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
console.log(`package ok: ${esmKeys.length} exports, same from ESM and CJS, types present; laws, rules and errors pass between the two copies`);
