// Summarise Stryker JSON reports as a Markdown table (docs/quality.md, issue 8).
//   node scripts/mutation-summary.mjs reports/mutation/funding.json [more.json ...] [--survivors]
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker's "total".
// --survivors also lists every surviving / uncovered mutant with its line and replacement.
import fs from 'node:fs';

const args = process.argv.slice(2);
const listSurvivors = args.includes('--survivors');
const files = new Map();
for (const report of args.filter((a) => !a.startsWith('--'))) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  for (const [name, f] of Object.entries(r.files)) files.set(name, f); // a later report wins
}
const count = (mutants) => {
  const c = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') c.killed++;
    else if (m.status === 'Timeout') c.timeout++;
    else if (m.status === 'Survived') c.survived++;
    else if (m.status === 'NoCoverage') c.noCoverage++;
    else c.ignored++;
  }
  return c;
};
const score = (c) => {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid === 0 ? 'n/a' : `${(((c.killed + c.timeout) / valid) * 100).toFixed(2)} %`;
};
const rows = [];
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
for (const name of [...files.keys()].sort()) {
  const f = files.get(name);
  const c = count(f.mutants);
  for (const k of Object.keys(total)) total[k] += c[k];
  rows.push(`| ${name} | ${score(c)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} |`);
  if (listSurvivors) {
    const lines = f.source.split('\n');
    for (const m of f.mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      const l = m.location.start.line;
      rows.push(`|   ${m.status} L${l} ${m.mutatorName}: \`${(lines[l - 1] ?? '').trim().slice(0, 80)}\` → \`${String(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60)}\` | | | | | |`);
    }
  }
}
console.log('| File | Score | Killed | Timeout | Survived | No coverage |');
console.log('|---|---:|---:|---:|---:|---:|');
console.log(rows.join('\n'));
console.log(`| **all** | **${score(total)}** | ${total.killed} | ${total.timeout} | ${total.survived} | ${total.noCoverage} |`);
