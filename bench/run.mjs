// `make bench`: rating-chart against Chart.js and a bare canvas (issues 7, 15).
// Expects pkg/ (scripts/build-wasm.sh) and target/release/rating-chart
// (cargo build --release) to be built; `make bench` does both first.
//
// Prints a Markdown report and writes it to bench/results/latest.md, with
// every sample in bench/results/latest.json, and writes README.md's
// performance figures from them (bench/readme.mjs). Budgets are reported as PASS or
// FAIL; the exit status is 0 whenever the measurements themselves succeeded.
// Repetitions come from the environment (see bench/README.md).

import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataSets, invalid, variant } from './lib/data.mjs';
import { CACHE, startSite, staticWeight, writePages } from './lib/site.mjs';
import {
  launch, measureBytes, measureChurn, measureFirstChart, measureOffPath, measurePointer, measureRefused, measureScale, screenshots, THROTTLES,
} from './lib/browser.mjs';
import { measureNative } from './lib/native.mjs';
import { analyse, budgets, markdown } from './lib/report.mjs';
import { readmeNowAndWanted } from './readme.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS = join(ROOT, 'bench', 'results');

function envInt(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, not ${JSON.stringify(v)}`);
  return n;
}

const profile = process.env.BENCH_THROTTLE || 'mobile';
if (!THROTTLES[profile]) throw new Error(`BENCH_THROTTLE must be one of ${Object.keys(THROTTLES).join(', ')}, not ${JSON.stringify(profile)}`);

const config = {
  runs: envInt('BENCH_RUNS', 15),
  throttledRuns: envInt('BENCH_THROTTLED_RUNS', 7),
  throttle: { profile, ...THROTTLES[profile] },
  offPathRuns: envInt('BENCH_OFFPATH_RUNS', 3),
  pointerRuns: envInt('BENCH_POINTER_RUNS', 3),
  moves: envInt('BENCH_MOVES', 120),
  scaleRuns: envInt('BENCH_SCALE_RUNS', 5),
  updates: envInt('BENCH_UPDATES', 1000),
  cycles: envInt('BENCH_CYCLES', 100),
  nativeRuns: envInt('BENCH_NATIVE_RUNS', 10),
};

const started = Date.now();
let loadMax = loadavg()[0];
const log = (msg) => {
  loadMax = Math.max(loadMax, loadavg()[0]);
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${msg}`);
};
const sh = (cmd) => execSync(cmd, { cwd: ROOT, encoding: 'utf8' }).trim();

function machine(chromium) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? 'unknown CPU';
  const dirty = sh('git status --porcelain -- src www Cargo.toml Cargo.lock') ? ' + uncommitted changes in src/www' : '';
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    nproc: availableParallelism(),
    cpu,
    memory: `${(totalmem() / 1e9).toFixed(1)} GB`,
    chromium: `Chromium ${chromium}`,
    node: process.versions.node,
    commit: `${sh('git rev-parse --short HEAD')}${dirty}`,
    loadMax,
    busy: loadMax > availableParallelism(),
    config,
  };
}

const sets = dataSets();
const urls = writePages(sets, invalid(sets.seed.json));
const site = await startSite();
const browser = await launch();
const chromiumVersion = browser.version();
const raw = { staticWeight: staticWeight(sets.seed.json) };
try {
  log(`Chromium ${chromiumVersion}, ${availableParallelism()} cores; config ${JSON.stringify(config)}`);
  const shots = join(CACHE, 'screens');
  mkdirSync(shots, { recursive: true });
  await screenshots(browser, site.base, urls, ['seed', 'g1k'], shots);
  log(`screenshots in ${shots}`);
  raw.bytes = await measureBytes(browser, site.base, urls);
  log('bytes measured');
  raw.firstChart = await measureFirstChart(browser, site.base, urls, config.runs, config.throttledRuns, config.throttle, log);
  const reader = raw.bytes.ours.files.map((f) => f.path);
  raw.offPath = await measureOffPath(browser, site.base, urls, reader, config.offPathRuns, config.throttle, log);
  raw.refused = await measureRefused(browser, site.base, urls, config.offPathRuns, config.throttle, log);
  raw.pointer = await measurePointer(browser, site.base, urls, ['seed', 'g1k'], config.pointerRuns, config.moves, log);
  raw.scale = await measureScale(browser, site.base, urls, ['seed', 'g1k', 'g10k'], config.scaleRuns, log);
  raw.churn = await measureChurn(browser, site.base, urls, sets.seed.json, variant(sets.seed.json), config.updates, config.cycles);
  log('churn measured');
  raw.native = measureNative(sets, join(CACHE, 'native'), config.nativeRuns);
  log('native measured');
} finally {
  await browser.close();
  await site.close();
}

const meta = machine(chromiumVersion);
const summary = analyse(raw);
const checks = budgets(summary, config);
const report = markdown(meta, summary, checks);
mkdirSync(RESULTS, { recursive: true });
writeFileSync(join(RESULTS, 'latest.md'), report);
writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify({ meta, budgets: checks, summary, raw }, null, 1)}\n`);
process.stdout.write(report);
// The README's performance figures come from the results file, never by hand.
const [readmeNow, readmeWanted] = readmeNowAndWanted();
if (readmeNow !== readmeWanted) writeFileSync(join(ROOT, 'README.md'), readmeWanted);
log('done; written bench/results/latest.md and latest.json, and README.md\'s figures from them (bench/readme.mjs)');
