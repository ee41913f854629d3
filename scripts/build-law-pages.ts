// Generates the law explorer: one Markdown page per parameter of `baselineLaw` (its timeline of
// values with period, status, confidence, layer, citations and notes) and an index page, into
// docs-generated/law/, which typedoc renders into the docs site (see typedoc.json). It iterates
// `baselineLaw.ids`, so a newly registered parameter gets its page without touching this script.
// Also writes docs-generated/calculator.md, the site page that hosts the interactive calculator,
// and docs-generated/README.md, the home page (README.md with links re-based).
//
// Run: npx tsx scripts/build-law-pages.ts   (part of `npm run docs`)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineLaw, coverageOf, formatCitation, type Citation, type Parameter, type ParameterId, type ParameterValue } from '../src/index';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'docs-generated');
const lawDir = join(outDir, 'law');

/** Escape text for a Markdown paragraph or table cell (no HTML, no emphasis, no table breaks). */
function md(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([|*_[\]`#])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** File name of a parameter's page (ids are `a.b_c`, already safe for file names). */
function pageFile(id: string): string {
  if (!/^[A-Za-z0-9._-]+$/.test(id)) throw new Error(`Parameter id ${JSON.stringify(id)} is not safe as a file name`);
  return `${id}.md`;
}

const STATUS_TEXT: Record<string, string> = {
  enacted: 'enacted (the law’s own text)',
  derived: 'derived (follows from enacted values by a stated rule)',
  projected: 'projected (an assumption about the future)',
};

const CONFIDENCE_TEXT: Record<string, string> = {
  H: 'H: regulation text or two independent sources',
  'M+': 'M+: one source plus independent support',
  M: 'M: one source or a derivation',
  L: 'L: unverified',
};

function citationLine(c: Citation): string {
  const title = c.title === undefined ? '' : `, *${md(c.title)}*`;
  const note = c.note === undefined ? '' : `<br>${md(c.note)}`;
  return `**${md(formatCitation(c))}**${title}${note}`;
}

function period(v: ParameterValue<unknown>): string {
  return `${v.from} to ${v.to ?? 'open end'}`;
}

/** The Markdown page of one parameter. */
function parameterPage(p: Parameter<unknown>): string {
  const coverage = coverageOf(p);
  const unitOfKey = p.granularity === 'month' ? 'contribution month (`YYYY-MM`, the *bulan iuran*)' : 'calendar date (`YYYY-MM-DD`, the day of the event)';
  const lines: string[] = [
    '---',
    `title: ${JSON.stringify(p.id)}`,
    `summary: ${JSON.stringify(p.title.en)}`,
    '---',
    `# ${md(p.title.en)}`,
    '',
    `\`${p.id}\` · *${md(p.title.id)}*`,
    '',
    md(p.description),
    '',
    '| | |',
    '|---|---|',
    `| Parameter id | \`${p.id}\` |`,
    `| Unit | ${md(p.unit)} |`,
    `| Keyed by | ${unitOfKey} |`,
    `| Kind | ${p.kind === 'continuous' ? 'continuous: a value for every month or day of its span' : 'temporary measure: does not apply outside its values'} |`,
    `| Covers | ${coverage === null ? 'no values' : `${coverage.from} to ${coverage.to ?? 'open end'}`} |`,
    `| Values | ${p.values.length} |`,
    '',
    '## Timeline',
    '',
    '| From | To | Value | Status | Confidence | Source | Citations |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const v of p.values) {
    const citations = v.citations.map((c) => md(formatCitation(c))).join('<br>');
    lines.push(`| ${v.from} | ${v.to ?? 'open'} | ${md(p.display(v.value))} | ${v.status} | ${v.confidence} | ${md(v.source)} | ${citations} |`);
  }
  lines.push('', '## Values in detail', '');
  p.values.forEach((v, i) => {
    lines.push(`### ${i + 1}. ${period(v)}: ${md(p.display(v.value))}`, '');
    lines.push(`- **Value:** ${md(p.display(v.value))}`);
    lines.push(`- **In force:** ${period(v)}`);
    lines.push(`- **Status:** ${STATUS_TEXT[v.status] ?? v.status}`);
    lines.push(`- **Confidence:** ${CONFIDENCE_TEXT[v.confidence] ?? v.confidence}`);
    lines.push(`- **Source layer:** ${md(v.source)}`);
    if (v.note !== undefined) lines.push(`- **Note:** ${md(v.note)}`);
    lines.push(`- **Citations:**`);
    for (const c of v.citations) lines.push(`  - ${citationLine(c)}`);
    lines.push('');
  });
  lines.push(
    '## Use it in code',
    '',
    '```ts',
    "import { baselineLaw, valueAt } from 'jamsostek';",
    `const parameter = baselineLaw.parameter('${p.id}');`,
    `const inForce = valueAt(parameter, '${p.values[p.values.length - 1]?.from ?? ''}');`,
    'console.log(parameter.display(inForce.value), inForce.citations);',
    '```',
    '',
    'To use other values (next year’s figure, a correction), layer them with `withOverlay`; see the guide on the law as data.',
    '',
  );
  return lines.join('\n');
}

function topicOf(id: string): string {
  return id.split('.')[0] ?? id;
}

const TOPIC_TITLES: Record<string, string> = {
  pu: 'Wage earners (PU)',
  bpu: 'Informal workers (BPU)',
  jp: 'Pension (JP)',
  jkp: 'Job-loss (JKP)',
  relief: 'Temporary relief measures',
  benefit: 'Benefits',
  scholarship: 'Scholarship',
};

/** The Markdown index page: every parameter, grouped by topic, with its latest value. */
function indexPage(ids: readonly ParameterId[]): string {
  const lines: string[] = [
    '---',
    'title: Law explorer',
    'children:',
    ...ids.map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(`./${pageFile(id)}`)}`),
    '---',
    '# Law explorer',
    '',
    'Every figure of law the library uses is a dated parameter: a series of values, each in force',
    'from one contribution month (or event date) to another, with its citation, legal status',
    '(enacted, derived or projected) and the confidence of its source. These pages are generated from',
    'the parameter tables themselves (`baselineLaw`), so they always show what the code computes with.',
    '',
    `${ids.length} parameters.`,
    '',
  ];
  const topics = new Map<string, ParameterId[]>();
  for (const id of ids) topics.set(topicOf(id), [...(topics.get(topicOf(id)) ?? []), id]);
  for (const [topic, members] of topics) {
    lines.push(`## ${md(TOPIC_TITLES[topic] ?? topic)}`, '', '| Parameter | Name | Values | Covers | Latest value | Status |', '|---|---|---|---|---|---|');
    for (const id of members) {
      const p = baselineLaw.parameter(id) as Parameter<unknown>;
      const last = p.values[p.values.length - 1];
      const coverage = coverageOf(p);
      lines.push(
        `| [\`${id}\`](./${pageFile(id)}) | ${md(p.title.en)}<br>*${md(p.title.id)}* | ${p.values.length} | ${coverage === null ? '' : `${coverage.from} to ${coverage.to ?? 'open'}`} | ${last === undefined ? '' : md(p.display(last.value))} | ${last?.status ?? ''} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * The site's home page: README.md with its relative links re-based from the repository root to
 * docs-generated/ (typedoc then turns links to guides into links to their pages). A link to a
 * directory (`docs/`) has no page in the site, so it becomes plain text.
 */
function homePage(readme: string): string {
  return readme.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, label: string, target: string) => {
    if (/^([a-z]+:|#|\/)/i.test(target)) return whole;
    if (target.endsWith('/')) return label;
    return `[${label}](../${target})`;
  });
}

/** The site page hosting the calculator (the script is built by scripts/build-calculator.ts). */
function calculatorPage(): string {
  return [
    '---',
    'title: Calculator',
    '---',
    '# Contribution calculator',
    '',
    'Choose a participant and a contribution month: the page computes the contributions per programme',
    'and payer, the explanation, and the main benefits, in your browser with the library itself',
    '(nothing is sent to a server). A full-page version is at `calculator/index.html` in this site.',
    '',
    '<link rel="stylesheet" href="../calculator/calculator.css">',
    '<div id="jamsostek-calculator"></div>',
    '<script type="module" src="../calculator/calculator.js"></script>',
    '',
  ].join('\n');
}

function main(): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(lawDir, { recursive: true });
  const ids = baselineLaw.ids;
  for (const id of ids) writeFileSync(join(lawDir, pageFile(id)), parameterPage(baselineLaw.parameter(id) as Parameter<unknown>));
  writeFileSync(join(lawDir, 'index.md'), indexPage(ids));
  writeFileSync(join(outDir, 'calculator.md'), calculatorPage());
  writeFileSync(join(outDir, 'README.md'), homePage(readFileSync(join(root, 'README.md'), 'utf8')));
  console.log(`law explorer: ${ids.length} parameter pages in ${lawDir}`);
}

main();
