// Turns the raw measurements into summaries (median, min–max, ratios to the
// references of the same run), checks the budgets of issue 7, and writes the
// Markdown report printed on stdout and saved as bench/results/latest.md.

import { CONTENDERS } from './site.mjs';
import { fmt, fmtRatio, fmtSummary, kb, mb, ratio, summary } from './stats.mjs';

const NAMES = Object.fromEntries(CONTENDERS.map(({ id, name }) => [id, name]));
const SET_NAMES = { seed: 'seed (3 groups)', g1k: '1,000 groups', g10k: '10,000 groups' };
const KB = 1000;
const MB = 1e6;

const pluck = (runs, k) => summary(runs.map((r) => r[k]).filter((v) => v !== null && v !== undefined));
const unique = (xs) => [...new Set(xs)];
/** Distinct non-empty messages, each cut to its first line and 200 characters. */
const messages = (xs) => unique(xs.filter(Boolean).map((m) => String(m).split('\n')[0].slice(0, 200)));

/** Summaries of every measurement, by section, contender and data set. */
export function analyse(raw) {
  const firstChart = {};
  for (const mode of ['cold', 'warm']) {
    firstChart[mode] = {};
    for (const { id } of CONTENDERS) {
      const runs = raw.firstChart[mode][id];
      firstChart[mode][id] = {
        drawn: pluck(runs, 'drawn'),
        frame: pluck(runs, 'frame'),
        fromScript: pluck(runs, 'fromScript'),
        problems: messages(runs.flatMap((r) => [r.error, ...r.problems])),
      };
    }
  }
  const pointer = {};
  for (const [set, byId] of Object.entries(raw.pointer)) {
    pointer[set] = {};
    for (const [id, runs] of Object.entries(byId)) {
      pointer[set][id] = {
        taskMs: pluck(runs, 'taskMs'),
        scriptMs: pluck(runs, 'scriptMs'),
        baselineMs: pluck(runs, 'baselineMs'),
        netMs: pluck(runs, 'netMs'),
        problems: messages(runs.map((r) => r.error)),
      };
    }
  }
  const scale = {};
  for (const [set, byId] of Object.entries(raw.scale)) {
    scale[set] = {};
    for (const [id, runs] of Object.entries(byId)) {
      scale[set][id] = {
        drawn: pluck(runs, 'drawn'),
        longest: summary(runs.map((r) => Math.max(0, ...r.longTasks))),
        longTasks: summary(runs.map((r) => r.longTasks.length)),
        heap: pluck(runs, 'heap'),
        wasm: pluck(runs, 'wasm'),
        canvas: unique(runs.map((r) => (r.canvas ? `${r.canvas.width}×${r.canvas.height}` : 'none'))).join(', '),
        lost: runs.some((r) => r.lost),
        painted: runs.every((r) => r.painted),
        errors: messages(runs.map((r) => r.error)),
        problems: messages(runs.flatMap((r) => [r.error, ...r.problems])),
      };
    }
  }
  const churn = {};
  for (const [name, r] of Object.entries(raw.churn)) {
    churn[name] = r.error
      ? r
      : {
          ...r,
          jsGrowth: r.after.js - r.before.js,
          wasmGrowth: r.before.wasm === null ? null : r.after.wasm - r.before.wasm,
        };
  }
  return { bytes: raw.bytes, firstChart, pointer, scale, churn, native: raw.native };
}

/** Why a scale result shows no chart, or '' when it shows one. */
function whyNotDrawn(r) {
  if (r.painted) return '';
  if (r.errors.length) return r.errors[0];
  if (r.lost) return "canvas over Chromium's size limit (2D context lost)";
  return 'no paint at the first bar';
}

const notDrawn = (r) => (whyNotDrawn(r) ? `; not drawn: ${whyNotDrawn(r)}` : '');

/** Every budget of issue 7 as { budget, measured, pass }. */
export function budgets(s) {
  const out = [];
  const add = (budget, measured, pass) => out.push({ budget, measured, pass: Boolean(pass) });
  const ours = s.bytes.ours;
  add('Transfer for one chart ≤ 45 KB gzip', `${kb(ours.gzip)} gzip (Chart.js page: ${kb(s.bytes.chartjs.gzip)})`, ours.gzip <= 45 * KB);
  for (const mode of ['cold', 'warm']) {
    const fc = s.firstChart[mode];
    const vsChart = ratio(fc.ours.drawn, fc.chartjs.drawn);
    const vsBare = ratio(fc.ours.drawn, fc.bare.drawn);
    // Where even the bare canvas (no library) is slower than half of
    // Chart.js, the budget is below the floor on this machine: say so.
    const floor = ratio(fc.bare.drawn, fc.chartjs.drawn);
    const below = floor !== null && floor > 0.5 ? `; the bare canvas itself: ${fmtRatio(floor)}` : '';
    add(`First chart (${mode}) ≤ 0.5 × Chart.js`, `${fmt(fc.ours.drawn?.median)} ms vs ${fmt(fc.chartjs.drawn?.median)} ms = ${fmtRatio(vsChart)}${below}`, vsChart !== null && vsChart <= 0.5);
    add(`First chart (${mode}) ≤ 1.5 × bare canvas`, `${fmt(fc.ours.drawn?.median)} ms vs ${fmt(fc.bare.drawn?.median)} ms = ${fmtRatio(vsBare)}`, vsBare !== null && vsBare <= 1.5);
  }
  const ps = s.pointer.seed;
  const pr = ratio(ps.ours.netMs, ps.chartjs.netMs);
  add(
    'Pointer move, seed ≤ 0.5 × Chart.js (net of browser baseline)',
    `${fmt(ps.ours.netMs?.median, 3)} ms vs ${fmt(ps.chartjs.netMs?.median, 3)} ms = ${fmtRatio(pr)}`,
    pr !== null && pr <= 0.5,
  );
  const p1k = s.pointer.g1k.ours;
  add(
    'Pointer move, 1,000 groups ≤ 2 ms (net of browser baseline)',
    `${fmt(p1k.netMs?.median, 3)} ms net (${fmt(p1k.taskMs?.median, 3)} ms with the baseline)`,
    Number.isFinite(p1k.netMs?.median) && p1k.netMs.median <= 2,
  );
  const s1 = s.scale.g1k;
  const r1 = ratio(s1.ours.drawn, s1.chartjs.drawn);
  add(
    '1,000 groups: first chart ≤ 0.5 × Chart.js (and drawn)',
    `${fmt(s1.ours.drawn?.median)} ms vs ${fmt(s1.chartjs.drawn?.median)} ms = ${fmtRatio(r1)}${notDrawn(s1.ours)}`,
    r1 !== null && r1 <= 0.5 && s1.ours.painted,
  );
  const s10 = s.scale.g10k.ours;
  add(
    '10,000 groups: first chart ≤ 150 ms (and drawn)',
    `${fmt(s10.drawn?.median)} ms${notDrawn(s10)}`,
    s10.drawn && s10.drawn.median <= 150 && s10.painted,
  );
  add(
    '10,000 groups: no long task > 200 ms (and drawn)',
    `longest ${fmt(s10.longest?.max, 0)} ms${notDrawn(s10)}`,
    s10.longest && s10.longest.max <= 200 && s10.painted,
  );
  const churnNames = { setData: 'setData', resize: 'resize', addRemove: 'add/remove' };
  for (const [name, c] of Object.entries(s.churn)) {
    const label = `Churn, ${c.ops} × ${churnNames[name]}: JS heap + wasm growth ≤ 1 MB`;
    if (c.error) {
      add(label, `not measured: ${c.error}`, false);
    } else {
      const total = c.jsGrowth + (c.wasmGrowth ?? 0);
      add(label, `JS ${mb(c.jsGrowth, true)}, wasm ${c.wasmGrowth === null ? 'n/a' : mb(c.wasmGrowth, true)}`, total <= MB);
    }
  }
  return out;
}

/** `a − b` of two native commands, from medians and from minimums. */
function nativeDiff(n, a, b) {
  if (n[a].status !== 0 || n[b].status !== 0) return 'not available (a command failed)';
  return `${fmt(n[a].ms.median - n[b].ms.median, 2)} ms (medians), ${fmt(n[a].ms.min - n[b].ms.min, 2)} ms (minimums)`;
}

const cell = (v) => String(v).replaceAll('|', '\\|').replaceAll('\n', ' ');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');

/** The whole report as Markdown. */
export function markdown(meta, s, checks) {
  const parts = [];
  const passed = checks.filter((c) => c.pass).length;
  parts.push(`# rating-chart benchmark

Date: ${meta.date} · Machine: ${meta.nproc} cores, ${meta.cpu}, ${meta.memory} RAM · ${meta.chromium} (headless) · Node ${meta.node} · commit ${meta.commit}
Runs: ${meta.config.runs} first-chart runs per contender and mode, ${meta.config.pointerRuns} pointer runs of ${meta.config.moves} moves, ${meta.config.scaleRuns} scale runs, churn ${meta.config.updates} updates / ${meta.config.cycles} cycles, ${meta.config.nativeRuns} native runs. Contenders interleaved A B C A B C …; values are median [min–max]; ratios are of medians from this run. 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.

**Budgets: ${passed} of ${checks.length} met.**${meta.busy ? `

> **The machine was busy during this run** (1-minute load average up to ${meta.loadMax.toFixed(1)} on ${meta.nproc} cores): timings are inflated and noisy; ratios between interleaved contenders are more trustworthy than absolute times.` : ''}`);

  parts.push(`## Budgets (issue 7)\n\n${table(
    ['budget', 'measured', 'result'],
    checks.map((c) => [c.budget, c.measured, c.pass ? 'PASS' : '**FAIL**']),
  )}`);

  parts.push(`## Bytes to show one chart\n\nEverything a cold load of the seed page requests except the HTML page (which carries the data inline): wasm, JS, CSS.\n\n${table(
    ['contender', 'raw', 'gzip -9', 'brotli', 'gzip × Chart.js', 'files'],
    CONTENDERS.map(({ id }) => {
      const b = s.bytes[id];
      return [NAMES[id], kb(b.raw), kb(b.gzip), kb(b.brotli), fmtRatio(ratio(b.gzip, s.bytes.chartjs.gzip)),
        b.files.map((f) => `${f.file} (${kb(f.gzip)})`).join(', ')];
    }),
  )}`);

  const fcRows = [];
  for (const mode of ['cold', 'warm']) {
    const fc = s.firstChart[mode];
    for (const { id } of CONTENDERS) {
      const r = fc[id];
      fcRows.push([mode, NAMES[id], fmtSummary(r.drawn), fmtRatio(ratio(r.drawn, fc.chartjs.drawn)), fmtRatio(ratio(r.drawn, fc.bare.drawn)),
        fmtSummary(r.fromScript), fmtSummary(r.frame)]);
    }
  }
  parts.push(`## Time to first chart (seed, 640×400 CSS px, DPR 2)\n\nms from navigation start until the chart's draw calls completed; "from first script" starts at the request of the page's first script; "next frame" is the first animation frame after the draw. Cold: fresh browser context. Warm: same context, third visit (HTTP cache and compiled-code caches primed).\n\n${table(
    ['mode', 'contender', 'drawn (ms)', '× Chart.js', '× bare', 'from first script (ms)', 'next frame (ms)'],
    fcRows,
  )}`);

  const pRows = [];
  for (const [set, byId] of Object.entries(s.pointer)) {
    for (const { id } of CONTENDERS) {
      const r = byId[id];
      pRows.push([SET_NAMES[set], NAMES[id], fmtSummary(r.netMs, 3), fmtRatio(ratio(r.netMs, byId.chartjs.netMs)), fmtSummary(r.taskMs, 3),
        fmtSummary(r.baselineMs, 3), fmtSummary(r.scriptMs, 3), r.problems.join('; ') || '']);
    }
  }
  parts.push(`## Pointer cost\n\nMain-thread busy time per pointer move (CDP TaskDuration) while the pointer sweeps across visible bars ("over bars"; "script" is its JavaScript part), and the same sweep in the empty strip beside the chart ("baseline": the browser's own input handling and frame). "net" = over bars − baseline is what the chart's page adds per move.\n\n${table(
    ['data', 'contender', 'net ms per move', 'net × Chart.js', 'over bars', 'baseline', 'script', 'notes'],
    pRows,
  )}`);

  const sRows = [];
  for (const [set, byId] of Object.entries(s.scale)) {
    for (const { id } of CONTENDERS) {
      const r = byId[id];
      const state = whyNotDrawn(r) ? `no: ${whyNotDrawn(r)}` : 'yes';
      sRows.push([SET_NAMES[set], NAMES[id], fmtSummary(r.drawn, 0), fmtRatio(ratio(r.drawn, byId.chartjs.drawn)), fmtSummary(r.longest, 0),
        fmtSummary(r.longTasks, 0), r.heap ? mb(r.heap.median) : '–', r.wasm ? mb(r.wasm.median) : '–', r.canvas, state]);
    }
  }
  parts.push(`## Scale (cold first chart)\n\nFirst chart in ms from navigation start; longest task and number of long tasks (> 50 ms) from navigation start until 100 ms after the chart's first frame; JS heap in use right after the draw (no forced GC); wasm linear memory (never shrinks, so also its peak); canvas backing store in device px; whether the first bar shows paint.\n\n${table(
    ['data', 'contender', 'first chart (ms)', '× Chart.js', 'longest task (ms)', 'long tasks', 'JS heap', 'wasm memory', 'canvas', 'drawn'],
    sRows,
  )}`);

  const problems = [];
  for (const [set, byId] of Object.entries(s.scale)) {
    for (const [id, r] of Object.entries(byId)) {
      for (const p of r.problems) problems.push(`- ${NAMES[id]}, ${SET_NAMES[set]}: ${p}`);
    }
  }
  for (const [mode, byId] of Object.entries(s.firstChart)) {
    for (const [id, r] of Object.entries(byId)) {
      for (const p of r.problems) problems.push(`- ${NAMES[id]}, first chart ${mode}: ${p}`);
    }
  }
  if (problems.length) parts.push(`Errors and warnings seen by the pages:\n\n${unique(problems).join('\n')}`);

  const churnNames = { setData: 'chart.setData(json)', resize: 'chart.resize(w, undefined, dpr)', addRemove: 'add + remove <rating-chart>' };
  parts.push(`## Churn (rating-chart, seed data)\n\nJS heap (after a forced GC) and wasm linear memory before and after the operations, each measured after a warm-up of a tenth as many.\n\n${table(
    ['operation', 'count', 'ms per op', 'JS heap before → after', 'growth', 'wasm before → after', 'growth'],
    Object.entries(s.churn).map(([name, c]) =>
      c.error
        ? [churnNames[name], String(c.ops), `failed: ${c.error}`, '', '', '', '']
        : [churnNames[name], String(c.ops), fmt(c.msPerOp, 3), `${mb(c.before.js)} → ${mb(c.after.js)}`, mb(c.jsGrowth, true),
            c.before.wasm === null ? 'unreachable' : `${mb(c.before.wasm)} → ${mb(c.after.wasm)}`, c.wasmGrowth === null ? '–' : mb(c.wasmGrowth, true)],
    ),
  )}`);

  parts.push(`## Native CLI (\`target/release/rating-chart\`, 640×400)\n\nWall time per process, start-up included. \`render\` − \`check\` of the same file estimates layout + SVG.\n\n${table(
    ['command', 'ms', 'result', 'SVG'],
    Object.entries(s.native).map(([name, r]) => [name, fmtSummary(r.ms, 2), r.status === 0 ? 'ok' : `exit ${r.status}: ${r.message}`,
      r.svgBytes === null ? '' : kb(r.svgBytes)]),
  )}

Layout + SVG estimate (render − check): seed ${nativeDiff(s.native, 'render seed', 'check seed')}; 10,000 groups ${nativeDiff(s.native, 'render 10,000 groups', 'check 10,000 groups')}. The seed's is below the resolution of timing whole processes.`);

  return `${parts.join('\n\n')}\n`;
}
