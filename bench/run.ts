/**
 * Benchmarks (issue 8): each scenario times the library and, in the same run, a hand-written
 * exact-integer baseline that computes the same figures (the floor), checks that both agree, and
 * reports their ratio. `npm run bench` prints a table; `npm run bench -- --json` prints JSON.
 * Options: `--only a,b` runs some scenarios; `--scale 0.1` shrinks every roster (smoke test).
 * For the peak-heap figure of the streaming scenario run under `node --expose-gc` (see
 * docs/quality.md); without it the figure is still reported, with more noise.
 *
 * Benchmarks are not tests: nothing here fails on a slow machine; it reports.
 */
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import * as lib from '../src/index';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const onlyArg = argv.indexOf('--only');
const only = onlyArg >= 0 ? new Set((argv[onlyArg + 1] ?? '').split(',')) : undefined;
const scaleArg = argv.indexOf('--scale');
const scale = scaleArg >= 0 ? Number(argv[scaleArg + 1]) : 1;
const gc = (globalThis as { gc?: () => void }).gc;

interface Scenario {
  readonly id: string;
  readonly name: string;
  readonly size: string;
  readonly libraryMs: number;
  readonly floorMs: number | null;
  readonly ratio: number | null;
  readonly target: string;
  readonly met: boolean | null;
  readonly verified: string;
  readonly extra?: Record<string, number | string>;
}
const results: Scenario[] = [];
const log = (s: string) => {
  if (!json) process.stderr.write(`${s}\n`);
};

/** Best wall time of `repeats` runs (after one warm-up), in ms. */
function time<T>(fn: () => T, repeats = 3): { ms: number; value: T } {
  let value = fn();
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) {
    gc?.();
    const t0 = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, value };
}

/** A deterministic pseudo-random stream (mulberry32), so that every run sees the same roster. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wages 1,000,000 … 60,000,000 (whole rupiah, some with sen) and risk classes 1–5. */
function puRoster(n: number, seed = 1): { wages: Float64Array; classes: Float64Array } {
  const r = prng(seed);
  const wages = new Float64Array(n);
  const classes = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const rupiahs = 1_000_000 + Math.floor(r() * 59_000_000);
    wages[i] = i % 10 === 0 ? (rupiahs * 100 + Math.floor(r() * 100)) / 100 : rupiahs;
    classes[i] = 1 + Math.floor(r() * 5);
  }
  return { wages, classes };
}

// ---------------------------------------------------------------------------------------------
// The floor: PU lines of a large employer, hand-written in exact integers (sen × rate numerator,
// divided half-up), with the month's figures read once from the law. Same lines, same order.

interface FloorLaw {
  /** Per line: [numerator by risk class 1-5, denominator (in sen × 10^k), cap in sen]. */
  readonly lines: readonly { readonly num: readonly number[]; readonly den: number; readonly capSen: number }[];
}

function floorLaw(month: string): FloorLaw {
  const law = lib.baselineLaw;
  const at = <T>(id: string) => lib.valueAt(law.parameter(id as never), month).value as T;
  const jkk = at<Record<number, lib.Rate>>('pu.jkkRates');
  const jkm = at<lib.Rate>('pu.jkmRate');
  const jht = at<{ employer: lib.Rate; employee: lib.Rate }>('pu.jhtRates');
  const jp = at<{ employer: lib.Rate; employee: lib.Rate }>('pu.jpRates');
  const jpCap = at<number>('jp.wageCap') * 100;
  const jkp = at<{ government: lib.Rate; jkkRecomposition: lib.Rate }>('jkp.composition');
  const jkpCap = at<number>('jkp.wageCap') * 100;
  // Bring every rate of a line to one denominator (a power of ten) × 100 sen.
  const line = (rates: readonly lib.Rate[], capSen: number) => {
    const den = Math.max(...rates.map((r) => r.denominator));
    return { num: rates.map((r) => r.numerator * (den / r.denominator)), den: den * 100, capSen };
  };
  const byClass = (rate: lib.Rate) => [rate, rate, rate, rate, rate];
  return {
    lines: [
      line([jkk[1]!, jkk[2]!, jkk[3]!, jkk[4]!, jkk[5]!], Infinity),
      line(byClass(jkm), Infinity),
      line(byClass(jht.employer), Infinity),
      line(byClass(jht.employee), Infinity),
      line(byClass(jp.employer), jpCap),
      line(byClass(jp.employee), jpCap),
      line(byClass(jkp.government), jkpCap),
      line(byClass(jkp.jkkRecomposition), jkpCap),
    ],
  };
}

/** The floor: exact per-line amounts into `out` (row-major, 8 lines); returns the billed total. */
function floorLines(wages: ArrayLike<number>, classes: ArrayLike<number>, f: FloorLaw, out: Float64Array): number {
  const lines = f.lines;
  const k = lines.length;
  let billed = 0;
  for (let i = 0; i < wages.length; i++) {
    const sen = Math.round(wages[i]! * 100);
    const c = classes[i]! - 1;
    for (let j = 0; j < k; j++) {
      const l = lines[j]!;
      const base = sen < l.capSen ? sen : l.capSen;
      const n = base * l.num[c]!;
      const rem = n % l.den;
      const amount = (n - rem) / l.den + (2 * rem >= l.den ? 1 : 0);
      out[i * k + j] = amount;
      if (j < 6) billed += amount;
    }
  }
  return billed;
}

function sameAmounts(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const want = (id: string) => only === undefined || only.has(id);
const n = (base: number) => Math.max(1, Math.round(base * scale));

// (a) one month for 1,000,000 PU workers, columnar
if (want('a')) {
  const count = n(1_000_000);
  const { wages, classes } = puRoster(count);
  const month = '2026-03';
  const lib_ = time(() => lib.contributionBatch({ segment: 'PU', wage: wages, riskClass: classes, employerScale: 'large' }, month), 3);
  const f = floorLaw(month);
  const out = new Float64Array(count * 8);
  const floor = time(() => floorLines(wages, classes, f, out), 3);
  const verified = sameAmounts(lib_.value.amounts, out) && lib_.value.billed === floor.value;
  const ratio = lib_.ms / floor.ms;
  results.push({
    id: 'a',
    name: 'contributionBatch: one month, PU workers, varied wages and risk classes',
    size: `${count.toLocaleString('en')} workers × 8 lines`,
    libraryMs: lib_.ms,
    floorMs: floor.ms,
    ratio,
    target: '≤ 5 × floor',
    met: ratio <= 5,
    verified: verified ? `all ${(count * 8).toLocaleString('en')} lines equal` : 'MISMATCH',
  });
  log(`(a) done: ${lib_.ms.toFixed(1)} ms vs floor ${floor.ms.toFixed(1)} ms`);
}

// (b) per-participant API, lines per second on one core
if (want('b')) {
  const count = n(100_000);
  const { wages, classes } = puRoster(count, 2);
  const participants = Array.from({ length: count }, (_, i) => ({ segment: 'PU' as const, wage: wages[i]!, riskClass: classes[i] as 1, employerScale: 'large' as const }));
  const month = '2026-03';
  const run = () => {
    let lines = 0;
    let billed = 0;
    for (const p of participants) {
      const r = lib.monthlyContribution(p, month);
      lines += r.lines.length;
      billed += r.totals.billed;
    }
    return { lines, billed };
  };
  const lib_ = time(run, 3);
  const f = floorLaw(month);
  const out = new Float64Array(count * 8);
  const floor = time(() => floorLines(wages, classes, f, out), 3);
  const linesPerSecond = lib_.value.lines / (lib_.ms / 1000);
  results.push({
    id: 'b',
    name: 'monthlyContribution: one participant per call (validation, lines, totals, law used)',
    size: `${count.toLocaleString('en')} calls, ${lib_.value.lines.toLocaleString('en')} lines`,
    libraryMs: lib_.ms,
    floorMs: floor.ms,
    ratio: lib_.ms / floor.ms,
    target: '≥ 2,000,000 lines/s',
    met: linesPerSecond >= 2_000_000,
    verified: lib_.value.billed === floor.value ? 'billed totals equal' : 'MISMATCH',
    extra: { linesPerSecond: Math.round(linesPerSecond) },
  });
  // contributionSchedule: 12 months per call
  const sCount = n(10_000);
  const sched = time(() => {
    let lines = 0;
    for (let i = 0; i < sCount; i++) for (const m of lib.contributionSchedule(participants[i]!, { from: '2026-01', to: '2026-12' }).months) lines += m.lines.length;
    return lines;
  }, 2);
  const schedLinesPerSecond = sched.value / (sched.ms / 1000);
  results.push({
    id: 'b2',
    name: 'contributionSchedule: 12 months per call',
    size: `${sCount.toLocaleString('en')} calls, ${sched.value.toLocaleString('en')} lines`,
    libraryMs: sched.ms,
    floorMs: null,
    ratio: null,
    target: '≥ 2,000,000 lines/s',
    met: schedLinesPerSecond >= 2_000_000,
    verified: 'lines as monthlyContribution (test/contributions)',
    extra: { linesPerSecond: Math.round(schedLinesPerSecond) },
  });
  log(`(b) done: ${Math.round(linesPerSecond)} lines/s`);
}

// (c) a 12-month schedule streamed for 1,000,000 workers, bounded memory
if (want('c')) {
  const count = n(1_000_000);
  const chunkSize = 10_000;
  function* members(): Generator<lib.PuStreamMember> {
    const r = prng(3);
    for (let i = 0; i < count; i++) yield { wage: 1_000_000 + Math.floor(r() * 59_000_000), riskClass: (1 + Math.floor(r() * 5)) as 1 };
  }
  const range = { from: '2026-01', to: '2026-12' };
  let peakHeap = 0;
  const sample = () => {
    const h = process.memoryUsage().heapUsed;
    if (h > peakHeap) peakHeap = h;
  };
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const libTotals = new Map<string, number>();
  for (const b of lib.streamContributionBatches({ segment: 'PU', employerScale: 'large', members: members() }, range, { chunkSize })) {
    libTotals.set(b.month, (libTotals.get(b.month) ?? 0) + b.billed);
    sample();
  }
  const libMs = performance.now() - t0;
  // Floor: the same chunks and months, exact integers, same amounts per line (checked by totals).
  const months = lib.monthsIn(lib.monthRange(range.from, range.to));
  const laws = months.map(floorLaw);
  const t1 = performance.now();
  const floorTotals = new Map<string, number>();
  const wages = new Float64Array(chunkSize);
  const classes = new Float64Array(chunkSize);
  const out = new Float64Array(chunkSize * 8);
  let filled = 0;
  const flush = () => {
    const w = wages.subarray(0, filled);
    const c = classes.subarray(0, filled);
    months.forEach((m, i) => floorTotals.set(m, (floorTotals.get(m) ?? 0) + floorLines(w, c, laws[i]!, out)));
    filled = 0;
  };
  for (const m of members()) {
    wages[filled] = m.wage as number;
    classes[filled] = m.riskClass;
    filled++;
    if (filled === chunkSize) flush();
  }
  if (filled > 0) flush();
  const floorMs = performance.now() - t1;
  const verified = months.every((m) => libTotals.get(m) === floorTotals.get(m));
  const growth = peakHeap - heapBefore;
  results.push({
    id: 'c',
    name: 'streamContributionBatches: 12-month schedule, streamed in chunks of 10,000',
    size: `${count.toLocaleString('en')} workers × 12 months × 8 lines`,
    libraryMs: libMs,
    floorMs,
    ratio: libMs / floorMs,
    target: 'memory independent of roster size',
    met: growth < 64 * 1024 * 1024,
    verified: verified ? 'billed totals equal for all 12 months' : 'MISMATCH',
    extra: { peakHeapMB: Math.round(peakHeap / 1048576), heapGrowthMB: Math.round(growth / 1048576), gcExposed: gc === undefined ? 'no' : 'yes' },
  });
  log(`(c) done: ${libMs.toFixed(0)} ms, peak heap ${Math.round(peakHeap / 1048576)} MB`);
}

// (d) the NTT 2026 plan with 50,000 individual participants for 12 months
if (want('d')) {
  const count = n(50_000);
  const r = prng(4);
  const incomes = Array.from({ length: count }, () => (r() < 0.8 ? 1_000_000 : 500_000 + Math.floor(r() * 3_000_000)));
  const participants = incomes.map((income) => ({ income }));
  const plan = {
    name: 'NTT 2026',
    programs: ['JKK', 'JKM'] as ('JKK' | 'JKM')[],
    period: { from: '2026-01', to: '2026-12' },
    funders: [{ id: 'ntt', kind: 'province' as const, region: '53', name: 'Pemprov NTT' }],
    arrangement: { type: 'single' as const, funder: 'ntt' },
    rosters: [{ name: 'Pekerja rentan NTT', region: '53', participants }],
  };
  try {
    const lib_ = time(() => lib.planProgramme(plan as never), 3);
    // Floor: bracket lookup and JKK 1 % + JKM flat per participant, × 12 months (APBD: no relief).
    const table = lib.valueAt(lib.baselineLaw.parameter('bpu.incomeBrackets'), '2026-01').value as readonly lib.IncomeBracket[];
    const jkm = lib.valueAt(lib.baselineLaw.parameter('bpu.jkmAmount'), '2026-01').value as number;
    const jkk = lib.valueAt(lib.baselineLaw.parameter('bpu.jkkRate'), '2026-01').value as lib.Rate;
    const floor = time(() => {
      let total = 0;
      for (const income of incomes) {
        let base = table[0]!.base;
        for (const row of table) if (income >= row.from) base = row.base;
        const n1 = base * jkk.numerator;
        const rem = n1 % jkk.denominator;
        total += 12 * ((n1 - rem) / jkk.denominator + (2 * rem >= jkk.denominator ? 1 : 0) + jkm);
      }
      return total;
    }, 3);
    const total = (lib_.value as { total: number }).total;
    results.push({
      id: 'd',
      name: 'planProgramme: NTT 2026, individual participants, 12 months',
      size: `${count.toLocaleString('en')} participants × 12 months`,
      libraryMs: lib_.ms,
      floorMs: floor.ms,
      ratio: lib_.ms / floor.ms,
      target: '< 100 ms',
      met: lib_.ms < 100,
      verified: total === floor.value ? `total ${total.toLocaleString('en')} equal` : `MISMATCH (${total} vs ${floor.value})`,
    });
    log(`(d) done: ${lib_.ms.toFixed(1)} ms`);
  } catch (error) {
    log(`(d) unavailable: ${String(error)}`);
  }
}

// (f) 10,000 rosters (one per village, say) sharing one APBD arrangement, over 600 months (issue 13.8)
if (want('f')) {
  const rosterCount = n(10_000);
  const r = prng(6);
  const incomes = [1_000_000, 2_000_000, 3_500_000, 5_000_000, 8_000_000];
  const rosters = Array.from({ length: rosterCount }, (_, i) => ({ region: `53.${String(1 + (i % 22)).padStart(2, '0')}`, cohorts: [{ count: 1 + Math.floor(r() * 50), profile: { income: incomes[i % incomes.length]! } }] }));
  const plan = {
    period: { from: '2021-02', to: '2071-01' },
    funders: [{ id: 'ntt', kind: 'province' as const, region: '53' }],
    arrangement: { type: 'single' as const, funder: 'ntt' },
    rosters,
  };
  try {
    const lib_ = time(() => lib.planProgramme(plan as never), 3);
    // Floor: each month's price per income from the law's values (APBD: no relief), then roster by roster, month by month.
    const months: string[] = [];
    for (let i = 0; i < 600; i++) months.push(`${2021 + Math.floor((i + 1) / 12)}-${String(((i + 1) % 12) + 1).padStart(2, '0')}`);
    const prices = months.map((m) => {
      const table = lib.valueAt(lib.baselineLaw.parameter('bpu.incomeBrackets'), m).value as readonly lib.IncomeBracket[];
      const jkm = lib.valueAt(lib.baselineLaw.parameter('bpu.jkmAmount'), m).value as number;
      const jkk = lib.valueAt(lib.baselineLaw.parameter('bpu.jkkRate'), m).value as lib.Rate;
      return incomes.map((income) => {
        let base = table[0]!.base;
        for (const row of table) if (income >= row.from) base = row.base;
        const n1 = base * jkk.numerator;
        const rem = n1 % jkk.denominator;
        return (n1 - rem) / jkk.denominator + (2 * rem >= jkk.denominator ? 1 : 0) + jkm;
      });
    });
    const floor = time(() => {
      let total = 0;
      rosters.forEach((ro, i) => {
        for (const p of prices) total += ro.cohorts[0]!.count * p[i % incomes.length]!;
      });
      return total;
    }, 3);
    const total = (lib_.value as { total: number }).total;
    results.push({
      id: 'f',
      name: 'planProgramme: 10,000 rosters sharing an arrangement, 600 months',
      size: `${rosterCount.toLocaleString('en')} rosters × 600 months`,
      libraryMs: lib_.ms,
      floorMs: floor.ms,
      ratio: lib_.ms / floor.ms,
      target: '< 2,000 ms (was about 33 s)',
      met: lib_.ms < 2_000,
      verified: total === floor.value ? `total ${total.toLocaleString('en')} equal` : `MISMATCH (${total} vs ${floor.value})`,
    });
    log(`(f) done: ${lib_.ms.toFixed(1)} ms`);
  } catch (error) {
    log(`(f) unavailable: ${String(error)}`);
  }
}

// (e) screening 100,000 candidates against the NTT rule set
if (want('e')) {
  const count = n(100_000);
  const r = prng(5);
  // NIK 5371 04 DD 07 90 nnnn: Kota Kupang, born DD-07-1990 (matching birthDate).
  const candidates = Array.from({ length: count }, (_, i) => ({
    birthDate: `1990-07-${String(1 + (i % 28)).padStart(2, '0')}`,
    employment: r() < 0.9 ? ('self_employed' as const) : ('wage_earner' as const),
    occupations: ['nelayan'],
    domicileRegion: r() < 0.9 ? '53.71' : '52.01',
    dtsenDecile: 1 + Math.floor(r() * 10),
    monthlyIncome: 500_000 + Math.floor(r() * 3_000_000),
    otherGovernmentFunding: [],
    activeInformalWork: r() < 0.95,
    nik: `537104${String(1 + (i % 28)).padStart(2, '0')}0790${String(1 + (i % 9999)).padStart(4, '0')}`,
  }));
  try {
    const lib_ = time(() => lib.screenCandidates(candidates, lib.ntt2026RuleSet, { asOf: '2026-01-15', onInvalid: 'count' }), 3);
    const summary = lib_.value;
    results.push({
      id: 'e',
      name: 'screenCandidates: NTT 2026 rule set',
      size: `${count.toLocaleString('en')} candidates`,
      libraryMs: lib_.ms,
      floorMs: null,
      ratio: null,
      target: '(none set)',
      met: null,
      verified: `eligible ${summary.outcomes.eligible}, ineligible ${summary.outcomes.ineligible}, undetermined ${summary.outcomes.undetermined}, invalid ${summary.invalid}`,
      extra: { candidatesPerSecond: Math.round(count / (lib_.ms / 1000)) },
    });
    log(`(e) done: ${lib_.ms.toFixed(1)} ms`);
  } catch (error) {
    log(`(e) unavailable: ${String(error)}`);
  }
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 1073741824), node: process.version, platform: `${process.platform}-${process.arch}` };
if (json) {
  process.stdout.write(`${JSON.stringify({ date: new Date().toISOString(), machine, scale, results }, null, 2)}\n`);
} else {
  const fmt = (x: number | null, d = 1) => (x === null ? '—' : x.toFixed(d));
  console.log(`jamsostek benchmarks — ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, scale ${scale}`);
  console.log('| id | scenario | size | library ms | floor ms | ratio | target | met | check | extra |');
  console.log('|---|---|---|---:|---:|---:|---|---|---|---|');
  for (const s of results) {
    console.log(`| ${s.id} | ${s.name} | ${s.size} | ${fmt(s.libraryMs)} | ${fmt(s.floorMs)} | ${fmt(s.ratio, 2)} | ${s.target} | ${s.met === null ? '—' : s.met ? 'yes' : 'no'} | ${s.verified} | ${s.extra === undefined ? '' : Object.entries(s.extra).map(([k, v]) => `${k} ${v}`).join(', ')} |`);
  }
}
