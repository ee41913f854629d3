// Real-browser test of the docs site: Debian's Chromium driven by playwright-core. It serves the
// built site (docs-site/, built by `npm run docs`; `npm run test:browser` builds it first) from a
// tiny node:http server on 127.0.0.1, opens the calculator, enters the NTT case (BPU, income
// Rp1,000,000, JKK + JKM, funded by the APBD, contribution month 2026-01) and reads Rp16.800 from
// the page, checks that the jp.wageCap law page shows the JP wage cap series, and that no page
// logs a console error or throws.
//
// Without Chromium the test is skipped with a message, except under CI (CI=true), where a missing
// browser is a failure: .ci/run installs the `chromium` package before running it.
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SITE = resolve(fileURLToPath(new URL('../../docs-site', import.meta.url)));
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  const message = `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`;
  if (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false') throw new Error(message);
  console.warn(`[browser test skipped] ${message}`);
}

/** Static file server for docs-site/ on 127.0.0.1 (random port). */
function serveSite(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(SITE, path));
    if (file !== SITE && !file.startsWith(SITE + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** The site page of a generated law-explorer parameter page, found by its <title>. */
function lawPage(id: string): string {
  const dir = join(SITE, 'documents');
  const found = readdirSync(dir).find((f) => f.endsWith('.html') && readFileSync(join(dir, f), 'utf8').includes(`<title>${id} | `));
  if (found === undefined) throw new Error(`no law explorer page for ${id} in docs-site/documents`);
  return `/documents/${found}`;
}

describe.skipIf(!haveChromium)('docs site in a real browser (Chromium)', () => {
  let server: Server;
  let origin: string;
  let context: BrowserContext;
  let userDataDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(SITE, 'calculator', 'index.html'))) throw new Error('docs-site/ is not built: run `npm run docs` (npm run test:browser does it)');
    ({ server, origin } = await serveSite());
    userDataDir = mkdtempSync(join(tmpdir(), 'jamsostek-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: ARGS, headless: true });
  });

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((done) => (server === undefined ? done() : server.close(() => done())));
    if (userDataDir !== undefined) rmSync(userDataDir, { recursive: true, force: true });
  });

  /** Open a page, recording console errors, uncaught exceptions and failed requests. */
  async function open(path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`${path}: console error: ${msg.text()} (${msg.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`${path}: uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`${path}: request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${path}: HTTP ${response.status()} for ${response.url()}`);
    });
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** Enter the NTT case: BPU, income 1,000,000, JKK + JKM, funded by the APBD, 2026-01. */
  async function enterNttCase(page: Page): Promise<void> {
    await page.selectOption('#segment', 'BPU');
    await page.fill('#amount', '1.000.000');
    await page.fill('#month', '2026-01');
    await page.setChecked('#prog-jht', false);
    await page.selectOption('#funded-by', 'apbd');
    await page.click('#calculate');
  }

  it('computes the NTT case on the standalone calculator: Rp16.800 a month (JKK 10.000 + JKM 6.800)', async () => {
    const page = await open('/calculator/index.html');
    await enterNttCase(page);
    // BPU bracket base Rp1,000,000 × JKK 1 % = Rp10,000; JKM flat Rp6,800; APBD funding: no PP 50/2025 discount.
    await expect.poll(() => page.textContent('#total-billed')).toBe('Rp16.800');
    const amounts = await page.$$eval('#lines tbody tr', (rows) => rows.map((r) => `${r.getAttribute('data-program')} ${r.children[5]?.textContent}`));
    expect(amounts).toEqual(['JKK Rp10.000', 'JKM Rp6.800']);
    expect(await page.isVisible('#calc-error')).toBe(false);
    expect((await page.$$('#explanation li')).length).toBeGreaterThan(0);
    // Benefits for the main events on 2026-03-05: JKM death Rp42,000,000 (PP 82/2019: 20 m + 12 m + 10 m).
    const benefits = (await page.textContent('#benefits')) ?? '';
    expect(benefits).toContain('Rp42.000.000');
    // JKK death: 48 × the bracket base Rp1,000,000 = 48,000,000 + periodic 12,000,000 + funeral 10,000,000 = Rp70,000,000.
    expect(benefits).toContain('Rp70.000.000');
  });

  it('regression #13.2: asks, in plain words, who pays where PP 50/2025 turns on it; never assumes self-paid', async () => {
    const page = await open('/calculator/index.html');
    await page.selectOption('#segment', 'BPU');
    await page.fill('#amount', '1.000.000');
    await page.fill('#month', '2026-05');
    await page.setChecked('#prog-jht', false);
    await page.click('#calculate');
    // Nothing chosen: a question, not a figure (before the fix the form defaulted to self-paid: Rp8.400).
    await expect.poll(() => page.isVisible('#calc-error')).toBe(true);
    expect(await page.textContent('#calc-error')).toMatch(/^Please choose who pays the contributions/);
    expect(await page.getAttribute('#calc-error', 'class')).toMatch(/jc-question/);
    expect(await page.isVisible('#calc-result')).toBe(false);
    // Self-paid: 50 % × 10,000 + 50 % × 6,800 = 8,400; APBD: 10,000 + 6,800 = 16,800.
    await page.selectOption('#funded-by', 'self');
    await expect.poll(() => page.textContent('#total-billed')).toBe('Rp8.400');
    await page.selectOption('#funded-by', 'apbd');
    await expect.poll(() => page.textContent('#total-billed')).toBe('Rp16.800');
    // Before PP 50/2025 (2025-12) who pays does not change the amount: no question.
    await page.selectOption('#funded-by', '');
    await page.fill('#month', '2025-12');
    await page.click('#calculate');
    await expect.poll(() => page.textContent('#total-billed')).toBe('Rp16.800');
    expect(await page.isVisible('#calc-error')).toBe(false);
  });

  it("shows the library's typed error, not a crash, for a negative income", async () => {
    const page = await open('/calculator/index.html');
    await page.fill('#amount', '-5');
    await page.click('#calculate');
    await expect.poll(() => page.isVisible('#calc-error')).toBe(true);
    expect(await page.textContent('#calc-error')).toMatch(/income/);
  });

  it('runs the same calculator embedded in the docs site page', async () => {
    const page = await open('/documents/Calculator.html');
    await enterNttCase(page);
    await expect.poll(() => page.textContent('#total-billed')).toBe('Rp16.800');
  });

  it('shows the JP wage cap series on the jp.wageCap law page', async () => {
    const page = await open(lawPage('jp.wageCap'));
    const text = (await page.textContent('body')) ?? '';
    for (const cap of ['7.000.000', '7.335.300', '9.559.600', '10.547.400', '11.086.300']) expect(text).toContain(`Rp${cap}`);
    expect(text).toContain('Surat BPJS Ketenagakerjaan B/1226/022026 (2026)');
    expect(text).toMatch(/enacted/);
  });

  it('loads the API reference and the law explorer index without errors', async () => {
    const home = await open('/index.html');
    expect(await home.title()).toMatch(/jamsostek/);
    const fn = await open('/functions/monthlyContribution.html');
    expect((await fn.textContent('body')) ?? '').toContain('monthlyContribution');
    const law = await open('/documents/Law_explorer.html');
    expect((await law.textContent('body')) ?? '').toContain('jp.wageCap');
  });

  it('logged no console error on any page', () => {
    expect(problems).toEqual([]);
  });
});
