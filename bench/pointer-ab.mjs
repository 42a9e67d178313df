// Pointer cost, A/B: the benchmark's pointer measurement (bench/lib/browser.mjs
// pointerCost: CDP TaskDuration over a sweep across the bars, minus the same
// sweep beside the chart) of two or more builds of the widget side by side,
// with Chart.js (and the bare canvas) in the same interleaved loop.
//
//   node bench/pointer-ab.mjs [--rounds N] [--sets seed,g1k] [--moves N]
//        [--no-refs] [--trace] [NAME=DIST_DIR ...]
//
// Every NAME=DIST_DIR is a copy of dist/rating-chart-VERSION/ (e.g. one
// `make dist` built in a `git worktree` of an older commit); `current`, this
// checkout's dist/, is always measured. Each round measures every
// contender once, on a fresh browser context, in an order that alternates
// (A B C…, then …C B A) so that a slow moment of the machine hits all
// alike. Prints, per data set and contender, the median and [min–max] of
// net, task, script and baseline ms per move, the ratio of medians to
// Chart.js, and each copy's median paired difference from `current` (the
// difference within each round). `--trace` then records one Chromium trace
// of the sweep per contender (after the rounds) and prints where its main
// thread's and compositor's time went, by trace event, per move.

import { loadavg } from 'node:os';
import { dataSets } from './lib/data.mjs';
import { addDist, startSite, writePages } from './lib/site.mjs';
import { launch, pointerCost } from './lib/browser.mjs';
import { summary as stats } from './lib/stats.mjs';

const median = (xs) => stats(xs)?.median ?? null;

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'blink', 'cc', 'toplevel', 'viz', 'benchmark',
];

const args = process.argv.slice(2);
const opt = { rounds: 10, sets: ['seed'], moves: Number(process.env.BENCH_MOVES) || 120, refs: true, trace: false };
const copies = [];
for (let i = 0; i < args.length; i += 1) {
  const a = args[i];
  if (a === '--rounds') opt.rounds = Number(args[(i += 1)]);
  else if (a === '--sets') opt.sets = args[(i += 1)].split(',');
  else if (a === '--moves') opt.moves = Number(args[(i += 1)]);
  else if (a === '--no-refs') opt.refs = false;
  else if (a === '--trace') opt.trace = true;
  else if (/^[\w.-]+=/.test(a)) {
    const [name, ...dir] = a.split('=');
    copies.push({ name, dir: dir.join('=') });
  } else throw new Error(`unknown argument ${JSON.stringify(a)} (see the comment at the top of bench/pointer-ab.mjs)`);
}
if (!Number.isInteger(opt.rounds) || opt.rounds < 1) throw new Error('--rounds must be a whole number ≥ 1');

const sets = dataSets();
const urls = writePages(sets);
const contenders = [{ id: 'current', url: (k) => urls.ours[k] }];
for (const { name, dir } of copies) {
  const alt = addDist(name, dir, Object.fromEntries(opt.sets.map((k) => [k, sets[k]])));
  contenders.push({ id: name, url: (k) => alt[k] });
}
if (opt.refs) contenders.push({ id: 'chartjs', url: (k) => urls.chartjs[k] }, { id: 'bare', url: (k) => urls.bare[k] });

const site = await startSite();
const browser = await launch();
const loads = [loadavg()[0]];
const out = Object.fromEntries(opt.sets.map((k) => [k, Object.fromEntries(contenders.map(({ id }) => [id, []]))]));
const started = Date.now();
try {
  for (let r = 0; r < opt.rounds; r += 1) {
    for (const key of opt.sets) {
      const order = r % 2 ? [...contenders].reverse() : contenders;
      for (const c of order) out[key][c.id].push(await pointerCost(browser, site.base + c.url(key), opt.moves));
    }
    loads.push(loadavg()[0]);
    console.error(`[pointer-ab ${((Date.now() - started) / 1000).toFixed(0)} s] round ${r + 1}/${opt.rounds}, load ${loadavg()[0].toFixed(2)}`);
  }
  report();
  if (opt.trace) {
    for (const key of opt.sets) {
      const sums = {};
      for (const c of contenders) {
        await pointerCost(browser, site.base + c.url(key), opt.moves, async (page, again) => {
          await browser.startTracing(page, { categories: CATEGORIES });
          await again();
          sums[c.id] = traceSums(JSON.parse((await browser.stopTracing()).toString()));
        });
      }
      printTraces(key, sums, opt.moves);
    }
  }
} finally {
  await browser.close();
  await site.close();
}

function report() {
  const f = (v) => (v === null || Number.isNaN(v) ? '–' : v.toFixed(3));
  const summary = (xs) => (xs.length ? `${f(median(xs))} [${f(Math.min(...xs))}–${f(Math.max(...xs))}]` : '–');
  console.log(`\nPointer cost, ms per move (${opt.moves} moves a sweep), ${opt.rounds} interleaved rounds; load average ${loads.map((l) => l.toFixed(1)).join(' ')}\n`);
  for (const key of opt.sets) {
    const ok = (id) => out[key][id].filter((s) => !s.error);
    const pick = (id, k) => ok(id).map((s) => s[k]);
    console.log(`### ${key}\n`);
    console.log('net = over the bars − beside the chart; wall: TaskDuration (the budget\'s), cpu: ThreadTime; Δ: median of the');
    console.log('differences from `current` within each round; layouts and style recalcs: counts in the sweep over the bars.\n');
    console.log('| contender | net wall: median [min–max] | × Chart.js | Δ | net cpu: median [min–max] | × Chart.js | Δ | wall over bars | wall beside | cpu over bars | cpu beside | script | layouts | styles |');
    console.log('|---|---|---:|---:|---|---:|---:|---|---|---|---|---|---:|---:|');
    for (const { id } of contenders) {
      const errors = out[key][id].length - ok(id).length;
      const cells = [];
      for (const k of ['netMs', 'netCpuMs']) {
        const cj = opt.refs && pick('chartjs', k).length ? median(pick('chartjs', k)) : null;
        let delta = '';
        if (id !== 'current') {
          const d = out[key][id].map((x, i) => (x.error || out[key].current[i].error ? null : x[k] - out[key].current[i][k])).filter((x) => x !== null);
          delta = d.length ? `${median(d) >= 0 ? '+' : ''}${f(median(d))}` : '–';
        }
        cells.push(summary(pick(id, k)), cj ? f(median(pick(id, k)) / cj) : '–', delta);
      }
      for (const k of ['taskMs', 'baselineMs', 'cpuMs', 'baselineCpuMs', 'scriptMs']) cells.push(summary(pick(id, k)));
      cells.push(median(pick(id, 'layouts')) ?? '–', median(pick(id, 'styles')) ?? '–');
      console.log(`| ${id}${errors ? ` (${errors} failed)` : ''} | ${cells.join(' | ')} |`);
    }
    console.log('');
  }
}

/** Where the page's renderer spent its time during one traced sweep: the
 *  total thread (CPU) time, where the trace gives it, else the wall time,
 *  and count of each trace event, by thread and name. */
function traceSums(trace) {
  const events = trace.traceEvents || trace;
  const threads = new Map();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args.name);
  }
  // The page's renderer: the process whose main thread dispatched the input.
  const renderer = new Set();
  for (const e of events) if (e.name === 'EventDispatch' && threads.get(`${e.pid}:${e.tid}`) === 'CrRendererMain') renderer.add(e.pid);
  const sums = new Map();
  const open = new Map();
  const add = (thread, name, dur) => {
    const k = `${thread} · ${name}`;
    const v = sums.get(k) || { n: 0, ms: 0 };
    v.n += 1;
    v.ms += dur / 1000;
    sums.set(k, v);
  };
  for (const e of events) {
    if (!renderer.has(e.pid)) continue;
    const thread = (threads.get(`${e.pid}:${e.tid}`) || `tid ${e.tid}`).replace(/\d+$/, '');
    if (e.ph === 'X' && e.dur !== undefined) add(thread, e.name, e.tdur ?? e.dur);
    else if (e.ph === 'B') open.set(`${e.tid}:${e.name}`, e.tts ?? e.ts);
    else if (e.ph === 'E' && open.has(`${e.tid}:${e.name}`)) {
      add(thread, e.name, (e.tts ?? e.ts) - open.get(`${e.tid}:${e.name}`));
      open.delete(`${e.tid}:${e.name}`);
    }
  }
  return sums;
}

/** One table, a column per contender: ms per move and the count of each
 *  event in the sweep (nested events are counted in their parents too:
 *  compare lines, do not add them), for events of at least 0.01 ms a move. */
function printTraces(key, sums, moves) {
  const ids = Object.keys(sums);
  const names = new Set();
  for (const s of Object.values(sums)) for (const [k, v] of s) if (v.ms / moves >= 0.01) names.add(k);
  const rows = [...names].sort((a, b) => a.localeCompare(b));
  console.log(`\n#### trace of one sweep over the bars, ${key}: CPU ms per move (events in the sweep)\n`);
  console.log(`| thread · event | ${ids.join(' | ')} |`);
  console.log(`|---|${ids.map(() => '---:').join('|')}|`);
  for (const k of rows) {
    const cells = ids.map((id) => {
      const v = sums[id].get(k);
      return v ? `${(v.ms / moves).toFixed(3)} (${v.n})` : '–';
    });
    console.log(`| ${k} | ${cells.join(' | ')} |`);
  }
}
