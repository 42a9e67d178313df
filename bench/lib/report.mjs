// Turns the raw measurements into summaries (median, min–max, ratios to the
// references of the same run), checks the budgets of issue 15, and writes the
// Markdown report printed on stdout and saved as bench/results/latest.md.

import { CONTENDERS, FIRST_CHART, NOHINT, STATIC } from './site.mjs';
import { fmt, fmtRatio, fmtSummary, kb, mb, ratio, summary } from './stats.mjs';

const NAMES = Object.fromEntries(FIRST_CHART.map(({ id, name }) => [id, name]));
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
  for (const mode of ['cold', 'warm', 'throttled']) {
    firstChart[mode] = {};
    for (const { id } of FIRST_CHART) {
      const runs = raw.firstChart[mode][id] ?? [];
      firstChart[mode][id] = {
        drawn: pluck(runs, 'drawn'),
        frame: pluck(runs, 'frame'),
        visible: pluck(runs, 'visible'),
        fcp: pluck(runs, 'fcp'),
        lcp: pluck(runs, 'lcp'),
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
  const offPath = { error: {}, svg: {} };
  for (const mode of ['loopback', 'throttled']) {
    const errs = raw.offPath.error[mode];
    const ok = errs.filter((r) => !r.error);
    offPath.error[mode] = {
      shown: pluck(ok, 'shown'),
      words: pluck(ok, 'words'),
      changes: unique(ok.map((r) => r.changes)).join(', '),
      text: unique(ok.map((r) => r.text)),
      all: ok[0]?.all ?? null,
      beyond: ok[0]?.beyond ?? null,
      problems: messages(errs.flatMap((r) => [r.error, ...(r.problems || [])])),
    };
    const svgs = raw.offPath.svg[mode];
    const done = svgs.filter((r) => !r.error);
    offPath.svg[mode] = {
      ms: pluck(done, 'ms'),
      fetched: done[0]?.fetched ?? null,
      file: unique(done.map((r) => `${r.file} (${kb(r.svgBytes)})`)).join(', '),
      problems: messages(svgs.flatMap((r) => [r.error, ...(r.problems || [])])),
    };
  }
  // Data that is refused: the longest main-thread task until the boxes show.
  const refused = {};
  for (const mode of ['loopback', 'throttled']) {
    const runs = raw.refused?.[mode] ?? [];
    const ok = runs.filter((r) => !r.error);
    refused[mode] = {
      longest: pluck(ok, 'longest'),
      longTasks: pluck(ok, 'longTasks'),
      shown: pluck(ok, 'shown'),
      requests: unique(ok.map((r) => r.requests)).join(', '),
      charts: unique(ok.map((r) => r.charts)).join(', '),
      text: unique(ok.map((r) => r.text)),
      // The first run's long tasks [start, ms] and the file's [request, end].
      tasks: ok[0]?.tasks ?? [],
      fetched: ok[0]?.fetched ?? [],
      problems: messages(runs.flatMap((r) => [r.error, ...(r.problems || [])])),
    };
  }
  return { bytes: raw.bytes, firstChart, offPath, refused, pointer, scale, churn, native: raw.native, staticWeight: raw.staticWeight ?? null };
}

/** Why a scale result shows no chart, or '' when it shows one. */
function whyNotDrawn(r) {
  if (r.painted) return '';
  if (r.errors.length) return r.errors[0];
  if (r.lost) return "canvas over Chromium's size limit (2D context lost)";
  return 'no paint at the first bar';
}

const notDrawn = (r) => (whyNotDrawn(r) ? `; **not drawn**: ${whyNotDrawn(r)}` : '');

/** The flag of a contender whose chart of `set` was not drawn in the scale
 *  runs, for every table where that contender and data set appear ('' when
 *  it was drawn, or the set was not among the scale runs). */
const failedFlag = (s, set, id) => (s.scale[set]?.[id] ? notDrawn(s.scale[set][id]).replace(/^; /, '') : '');

/**
 * Every budget of issue 15 as { budget, measured, pass }; a `goal` (the
 * moonshot) is reported beside them and not counted.
 */
export function budgets(s, config) {
  const out = [];
  const add = (budget, measured, pass, goal = false) => out.push({ budget, measured, pass: Boolean(pass), goal });
  const ours = s.bytes.ours;
  const chartBytes = `Chart.js page: ${kb(s.bytes.chartjs.gzip)}`;
  add("Reader's first-chart transfer, seed ≤ 110 KB gzip", `${kb(ours.gzip)} gzip (${chartBytes})`, ours.gzip <= 110 * KB);
  add("Moonshot: reader's first-chart transfer ≤ 70 KB gzip", `${kb(ours.gzip)} gzip`, ours.gzip <= 70 * KB, true);
  const limits = { cold: 0.8, throttled: 0.7 };
  for (const [mode, limit] of Object.entries(limits)) {
    const fc = s.firstChart[mode];
    const r = ratio(fc.ours.fromScript, fc.chartjs.fromScript);
    const where = mode === 'cold' ? 'loopback, cold' : `throttled (${config.throttle.profile}), cold`;
    add(
      `First chart from the first script (${where}) ≤ ${limit} × Chart.js`,
      `${fmt(fc.ours.fromScript?.median)} ms vs ${fmt(fc.chartjs.fromScript?.median)} ms = ${fmtRatio(r)} (bare canvas ${fmt(fc.bare.fromScript?.median)} ms)`,
      r !== null && r <= limit,
    );
  }
  const ps = s.pointer.seed;
  const pr = ratio(ps.ours.netMs, ps.chartjs.netMs);
  add(
    'Pointer move, seed ≤ 0.75 × Chart.js (net of browser baseline)',
    `${fmt(ps.ours.netMs?.median, 3)} ms vs ${fmt(ps.chartjs.netMs?.median, 3)} ms = ${fmtRatio(pr)}`,
    pr !== null && pr <= 0.75,
  );
  for (const [set, label, limit] of [['g1k', '1,000', 0.8], ['g10k', '10,000', 0.5]]) {
    const sc = s.scale[set];
    const r = ratio(sc.ours.drawn, sc.chartjs.drawn);
    const reference = whyNotDrawn(sc.chartjs) ? `; Chart.js **not drawn**: ${whyNotDrawn(sc.chartjs)}` : '';
    add(
      `${label} groups: first chart ≤ ${limit} × Chart.js (and drawn, both)`,
      `${fmt(sc.ours.drawn?.median)} ms vs ${fmt(sc.chartjs.drawn?.median)} ms = ${fmtRatio(r)}${notDrawn(sc.ours)}${reference}`,
      r !== null && r <= limit && sc.ours.painted && sc.chartjs.painted,
    );
  }
  // Issue 18: the chart pre-drawn as SVG in the HTML.
  for (const mode of ['cold', 'throttled']) {
    const fc = s.firstChart[mode];
    const r = ratio(fc.static.visible, fc.chartjs.visible);
    const where = mode === 'cold' ? 'loopback, cold' : `throttled (${config.throttle.profile}), cold`;
    add(
      `First chart visible, static copy (${where}) ≤ 0.5 × Chart.js`,
      `${fmt(fc.static.visible?.median)} ms vs ${fmt(fc.chartjs.visible?.median)} ms = ${fmtRatio(r)} (bare canvas ${fmt(fc.bare.visible?.median)} ms, ours without the copy ${fmt(fc.ours.visible?.median)} ms)`,
      r !== null && r <= 0.5,
    );
  }
  if (s.staticWeight) {
    const w = s.staticWeight;
    add('Static copy adds ≤ 8 KB gzip to the HTML (seed, 320, 480 and 640 px)', `${kb(w.added)} gzip (${kb(w.raw)} raw; the whole embed code ${kb(w.withSvg)} gzip)`, w.added <= 8 * KB);
  }
  const churnNames = { setData: 'setData', resize: 'resize', addRemove: 'add/remove' };
  for (const [name, c] of Object.entries(s.churn)) {
    const label = `JS heap flat under churn, ${c.ops} × ${churnNames[name]}: JS heap + wasm growth ≤ 1 MB`;
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

/** Kbit/s of a bytes-per-second throughput (Lighthouse's 1,024-bit Kbps). */
const kbps = (bytesPerS) => `${((bytesPerS * 8) / 1024).toFixed(1)} Kbps`;

/** The throttling profile in words. */
const profileText = (t) =>
  `${t.profile}: ${fmt(t.latency, 1)} ms latency per request, ${kbps(t.down)} down, ${kbps(t.up)} up, CPU ${t.cpu}× slower`;

/** `value (0.80×)`: a summary's median with its ratio to Chart.js's. */
const withRatio = (x, ref, digits, id) => {
  const v = fmt(x?.median, digits);
  return id === 'chartjs' || v === '–' ? v : `${v} (${fmtRatio(ratio(x, ref))})`;
};

/** The whole report as Markdown. */
export function markdown(meta, s, checks) {
  const parts = [];
  const counted = checks.filter((c) => !c.goal);
  const passed = counted.filter((c) => c.pass).length;
  const t = meta.config.throttle;
  const slowBare = s.firstChart.throttled.bare.fromScript;
  // Every throttled request waits at least the profile's latency, so a first
  // script answered sooner means the throttling did not apply.
  const throttleOk = Number.isFinite(slowBare?.median) && slowBare.median >= t.latency;
  parts.push(`# rating-chart benchmark

Date: ${meta.date} · Machine: ${meta.nproc} cores, ${meta.cpu}, ${meta.memory} RAM · ${meta.chromium} (headless) · Node ${meta.node} · commit ${meta.commit}
Runs: ${meta.config.runs} first-chart runs per contender cold and warm on loopback, ${meta.config.throttledRuns} cold throttled (${profileText(t)}), ${meta.config.offPathRuns} of the error box and the SVG download per mode, ${meta.config.pointerRuns} pointer runs of ${meta.config.moves} moves, ${meta.config.scaleRuns} scale runs, churn ${meta.config.updates} updates / ${meta.config.cycles} cycles, ${meta.config.nativeRuns} native runs. Contenders interleaved A B C A B C … (the first-chart loads rotate the order each round); values are median [min–max]; ratios are of medians from this run. 1 KB = 1,000 bytes, 1 MB = 1,000,000 bytes.

**Budgets: ${passed} of ${counted.length} met.**${meta.busy ? `

> **The machine was busy during this run** (1-minute load average up to ${meta.loadMax.toFixed(1)} on ${meta.nproc} cores): timings are inflated and noisy; ratios between interleaved contenders are more trustworthy than absolute times.` : ''}${throttleOk ? '' : `

> **Throttling did not apply**: the bare canvas's first script answered in ${fmt(slowBare?.median)} ms under a profile with ${fmt(t.latency)} ms latency per request. The throttled figures are not valid.`}`);

  const fcC = s.firstChart.cold;
  const fcT = s.firstChart.throttled;
  const summaryRows = [['bare', 'a page with no library (floor)'], ['chartjs', NAMES.chartjs], ['ours', NAMES.ours]].map(([id, name]) => [
    name,
    `${kb(s.bytes[id].gzip)}${id === 'chartjs' ? '' : ` (${fmtRatio(ratio(s.bytes[id].gzip, s.bytes.chartjs.gzip))})`}`,
    withRatio(fcC[id].fromScript, fcC.chartjs.fromScript, 0, id),
    withRatio(fcT[id].fromScript, fcT.chartjs.fromScript, 0, id),
    withRatio(s.pointer.seed[id].netMs, s.pointer.seed.chartjs.netMs, 2, id) + (failedFlag(s, 'seed', id) ? `; ${failedFlag(s, 'seed', id)}` : ''),
    withRatio(s.scale.g1k[id].drawn, s.scale.g1k.chartjs.drawn, 0, id) + notDrawn(s.scale.g1k[id]),
    withRatio(s.scale.g10k[id].drawn, s.scale.g10k.chartjs.drawn, 0, id) + notDrawn(s.scale.g10k[id]),
  ]);
  parts.push(`## Summary\n\nBytes: gzip -9 of every file the seed page fetched before its first chart (the HTML page aside). First chart: ms from the request of the page's first script until the chart is drawn, cold (empty caches), on loopback and throttled (${profileText(t)}). Pointer move: main-thread ms per move, net of the browser's baseline. 1,000 and 10,000 groups: cold first chart, ms from navigation start. In parentheses: × Chart.js.\n\n${table(
    ['', 'bytes gzip', 'first chart, loopback (ms)', 'first chart, throttled (ms)', 'pointer move, net (ms)', '1,000 groups (ms)', '10,000 groups (ms)'],
    summaryRows,
  )}`);

  parts.push(`## Budgets (issues 15 and 18)\n\n${table(
    ['budget', 'measured', 'result'],
    checks.map((c) => [c.budget, c.measured, c.goal ? (c.pass ? 'met' : 'not yet') : c.pass ? 'PASS' : '**FAIL**']),
  )}`);

  parts.push(`## Bytes to show one chart\n\nEvery response a cold load of the seed page received for requests made before its chart was drawn (Resource Timing), except the HTML page (which carries the data inline): wasm, JS, CSS. Sizes of the bodies as the browser received them (decoded), compressed with node's zlib: gzip level 9 and brotli quality 11.\n\n${table(
    ['contender', 'raw', 'gzip -9', 'brotli', 'gzip × Chart.js', 'files (gzip)'],
    CONTENDERS.map(({ id }) => {
      const b = s.bytes[id];
      return [NAMES[id], kb(b.raw), kb(b.gzip), kb(b.brotli), fmtRatio(ratio(b.gzip, s.bytes.chartjs.gzip)),
        b.files.map((f) => `${f.path} (${kb(f.gzip)})`).join(', ')];
    }),
  )}`);

  const fcRows = [];
  for (const mode of ['cold', 'warm', 'throttled']) {
    const fc = s.firstChart[mode];
    for (const { id } of [...CONTENDERS, NOHINT]) {
      const r = fc[id];
      if (!r?.fromScript) continue;
      fcRows.push([mode, NAMES[id], fmtSummary(r.fromScript), fmtRatio(ratio(r.fromScript, fc.chartjs.fromScript)), fmtSummary(r.drawn),
        fmtRatio(ratio(r.drawn, fc.chartjs.drawn)), fmtRatio(ratio(r.drawn, fc.bare.drawn)), fmtSummary(r.frame)]);
    }
  }
  parts.push(`## Time to first chart (seed, 640×400 CSS px, DPR 2)\n\n"From first script": ms from the request of the page's first script until the chart's draw calls completed; "drawn": the same from navigation start; "next frame" is the first animation frame after the draw. Cold: fresh browser context. Warm: same context, third visit (HTTP cache and compiled-code caches primed). Throttled: cold, under ${profileText(t)} (CDP Network.emulateNetworkConditions and Emulation.setCPUThrottlingRate, which apply to the loopback server too; files are served gzip -9 compressed, so the compressed bytes cross the throttled link)${throttleOk ? '' : ' — **not in effect in this run** (see the top)'}.\n\n${table(
    ['mode', 'contender', 'from first script (ms)', '× Chart.js', 'drawn (ms)', '× Chart.js', '× bare', 'next frame (ms)'],
    fcRows,
  )}`);

  const stRows = [];
  for (const mode of ['cold', 'warm', 'throttled']) {
    const fc = s.firstChart[mode];
    for (const { id } of [...CONTENDERS, STATIC]) {
      const r = fc[id];
      stRows.push([mode, NAMES[id], fmtSummary(r.visible), fmtRatio(ratio(r.visible, fc.chartjs.visible)), fmtRatio(ratio(r.visible, fc.bare.visible)),
        fmtSummary(r.fcp), fmtSummary(r.lcp), fmtSummary(r.frame)]);
    }
  }
  const w = s.staticWeight;
  parts.push(`## The chart before any script (issue 18)\n\n"Visible": ms from navigation start until the chart first shows — for the static copy (\`rating-chart embed\`: the chart pre-drawn as SVG at 320, 480 and 640 px inside the element with the rules that pick a copy in a \`<style>\` of its own, the same script as ours and, as the README gives it, no stylesheet) its first contentful paint, the page having nothing else to paint; for the canvases the first animation frame after their draw. "Live frame": the frame after the live canvas was drawn (for the static copy, when the wasm chart replaced it). First contentful paint and largest contentful paint as Chromium reports them (ours paints its placeholder's title first; a canvas is no LCP candidate).${w ? ` The static copy adds **${kb(w.added)} gzip** (${kb(w.raw)} raw) to the article's HTML for the seed at three widths; the whole embed code with its data is ${kb(w.withSvg)} gzip.` : ''}\n\n${table(
    ['mode', 'contender', 'visible (ms)', '× Chart.js', '× bare', 'FCP (ms)', 'LCP (ms)', 'live frame (ms)'],
    stRows,
  )}`);

  const offRows = [];
  for (const mode of ['loopback', 'throttled']) {
    const e = s.offPath.error[mode];
    offRows.push([
      'first error box (invalid data: a negative count)',
      mode,
      `${fmtSummary(e.words)} (box first shown: ${fmtSummary(e.shown)}; ${e.changes || '–'} text state${e.changes === '1' ? '' : 's'})`,
      e.all ? `${kb(e.all.gzip)}: ${e.all.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}` : '–',
      e.beyond ? (e.beyond.files.length ? `${kb(e.beyond.gzip)}: ${e.beyond.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}` : 'none') : '–',
      [e.text.length ? `text: “${e.text[0].slice(0, 140)}”` : '', ...e.problems].filter(Boolean).join('; '),
    ]);
    const v = s.offPath.svg[mode];
    offRows.push([
      'SVG download (click on the chart\'s SVG button)',
      mode,
      fmtSummary(v.ms),
      v.fetched ? (v.fetched.files.length ? `${kb(v.fetched.gzip)}: ${v.fetched.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}` : 'none') : '–',
      v.fetched ? (v.fetched.files.length ? `${kb(v.fetched.gzip)}` : 'none') : '–',
      [v.file, ...v.problems].filter(Boolean).join('; '),
    ]);
  }
  parts.push(`## Off the reader's path (informative, no budget)\n\nCold loads of rating-chart. **Error box**: the seed page with one count made negative; ms from the request of the first script until the error box shows its final text (no change for 1,000 ms on loopback, 4,000 ms throttled; "first shown" is when a box first appeared, which differs when its words arrive later); every file fetched (gzip -9), and the part beyond the seed chart's own files (what the error alone costs). **SVG download**: on the seed page after its first chart, ms from the click on the SVG button until the browser starts the download (Playwright's download event, timed in node), and the files fetched after the click.\n\n${table(
    ['what', 'mode', 'time (ms)', 'fetched (gzip)', 'beyond the first chart\'s files', 'notes'],
    offRows,
  )}`);

  if (s.refused.loopback.longest || s.refused.throttled.longest || s.refused.loopback.problems.length) {
    const rRows = ['loopback', 'throttled'].map((mode) => {
      const r = s.refused[mode];
      const longest = r.longest ? `${fmtSummary(r.longest)}${r.longest.max === 0 ? ' (none over 50)' : ''}` : '–';
      return [mode, longest, fmtSummary(r.longTasks, 0), fmtSummary(r.shown), r.requests || '–',
        [r.tasks.length ? `first run's long tasks at ${r.tasks.map(([at, ms]) => `${at} ms (${ms} ms)`).join(', ')}; the file requested at ${r.fetched.map(([at, end]) => `${at} ms, its response ended at ${end} ms`).join(', ') || '–'}` : '',
          r.text.length ? `text: “${r.text[0].slice(0, 140)}”` : '', ...r.problems].filter(Boolean).join('; ')];
    });
    parts.push(`## Data that is refused (informative, issue 16: "nothing over 50 ms on the main thread")\n\nCold loads of a page of ${s.refused.loopback.charts || s.refused.throttled.charts || '–'} \`<rating-chart src>\` naming one file over the 5 MiB limit (the seed with a 6 MiB note, valid JSON, sent gzip -9 as every file, so its Content-Length is the compressed size and the limit is counted on the stream). Until every chart shows its error box and no box has changed for 1,000 ms (4,000 ms throttled): the longest main-thread task (PerformanceObserver \`longtask\`, which sees only tasks over 50 ms: 0 means none over 50 ms) and how many there were, ms from the first script's request until the last box's final text, and the requests for the file (Resource Timing); the notes give when each long task started (ms from navigation start), to tell the page's start-up from the refusal.\n\n${table(
      ['mode', 'longest task (ms)', 'long tasks', 'all boxes shown (ms)', 'requests for the file', 'notes'],
      rRows,
    )}`);
  }

  const pRows = [];
  for (const [set, byId] of Object.entries(s.pointer)) {
    for (const { id } of CONTENDERS) {
      const r = byId[id];
      pRows.push([SET_NAMES[set], NAMES[id], fmtSummary(r.netMs, 3), fmtRatio(ratio(r.netMs, byId.chartjs.netMs)), fmtSummary(r.taskMs, 3),
        fmtSummary(r.baselineMs, 3), fmtSummary(r.scriptMs, 3), [failedFlag(s, set, id), ...r.problems].filter(Boolean).join('; ')]);
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
      const state = whyNotDrawn(r) ? `**no**: ${whyNotDrawn(r)}` : 'yes';
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

  const inMb = (r) => ({ ...r, median: r.median / 1e6, min: r.min / 1e6, max: r.max / 1e6 });
  parts.push(`## Native CLI (\`target/release/rating-chart\`, 640×400)\n\nWall time per process, start-up included; peak RSS of the process (GNU time's \`%M\`, getrusage's ru_maxrss), MB. \`render\` − \`check\` of the same file estimates layout + SVG. \`render --png\`: 1,000 groups at \`--scale 1\` (640 × 48,158 px, near the 40,000,000-pixel budget) and 10,000 groups at the default \`--scale 2\`, refused by the budget before drawing (exit 2).\n\n${table(
    ['command', 'ms', 'peak RSS (MB)', 'result', 'output'],
    Object.entries(s.native).map(([name, r]) => [name, fmtSummary(r.ms, 2), r.rss ? fmtSummary(inMb(r.rss), 1) : '–',
      r.status === 0 ? 'ok' : `exit ${r.status}: ${r.message}`,
      r.svgBytes ? `SVG ${kb(r.svgBytes)}` : r.pngBytes ? `PNG ${kb(r.pngBytes)}` : '']),
  )}

Layout + SVG estimate (render − check): seed ${nativeDiff(s.native, 'render seed', 'check seed')}; 10,000 groups ${nativeDiff(s.native, 'render 10,000 groups', 'check 10,000 groups')}. The seed's is below the resolution of timing whole processes.`);

  return `${parts.join('\n\n')}\n`;
}

/**
 * The README's performance figures (its "Benchmark" section, between the
 * markers bench/readme.mjs looks for), written from a results file only:
 * the run's date, machine and load, the summary table and every budget.
 */
export function readmeSection(meta, s, checks) {
  const counted = checks.filter((c) => !c.goal);
  const passed = counted.filter((c) => c.pass).length;
  const t = meta.config.throttle;
  const fcC = s.firstChart.cold;
  const fcT = s.firstChart.throttled;
  /** `133 ms (1.00×)`: a median in ms with its ratio to Chart.js's. */
  const ms = (x, ref, digits, id) => {
    const v = fmt(x?.median, digits);
    return v === '–' ? v : id === 'chartjs' ? `${v} ms` : `${v} ms (${fmtRatio(ratio(x, ref))})`;
  };
  const rows = [['bare', 'a page with no library (floor)'], ['chartjs', NAMES.chartjs], ['ours', 'rating-chart']].map(([id, name]) => [
    name,
    `${kb(s.bytes[id].gzip)}${id === 'chartjs' ? '' : ` (${fmtRatio(ratio(s.bytes[id].gzip, s.bytes.chartjs.gzip))})`}`,
    ms(fcC[id].fromScript, fcC.chartjs.fromScript, 0, id),
    ms(fcT[id].fromScript, fcT.chartjs.fromScript, 0, id),
    ms(s.pointer.seed[id].netMs, s.pointer.seed.chartjs.netMs, 2, id) + (failedFlag(s, 'seed', id) ? `; ${failedFlag(s, 'seed', id)}` : ''),
    ms(s.scale.g1k[id].drawn, s.scale.g1k.chartjs.drawn, 0, id) + notDrawn(s.scale.g1k[id]),
    ms(s.scale.g10k[id].drawn, s.scale.g10k.chartjs.drawn, 0, id) + notDrawn(s.scale.g10k[id]),
  ]);
  if (fcC.nohint?.fromScript) {
    rows.push([
      'rating-chart without the preload hint (a chart further down a page)',
      '',
      ms(fcC.nohint.fromScript, fcC.chartjs.fromScript, 0, 'nohint'),
      ms(fcT.nohint.fromScript, fcT.chartjs.fromScript, 0, 'nohint'),
      '',
      '',
      '',
    ]);
  }
  const w = s.staticWeight;
  rows.push([
    'rating-chart, static copy in the HTML (`rating-chart embed`): chart visible',
    w ? `+${kb(w.added)} of HTML` : '',
    ms(fcC.static.visible, fcC.chartjs.visible, 0, 'static'),
    ms(fcT.static.visible, fcT.chartjs.visible, 0, 'static'),
    '',
    '',
    '',
  ]);
  const load = `the 1-minute load average up to ${meta.loadMax.toFixed(1)} on ${meta.nproc} cores${meta.busy ? ': a busy machine, so ratios between interleaved contenders are more telling than absolute times' : ''}`;
  return `Latest run (${meta.date.slice(0, 10)}, commit ${meta.commit}, ${meta.nproc} cores, ${meta.chromium}, Node ${meta.node}; ${load}; ${meta.config.runs} cold runs per contender on loopback, ${meta.config.throttledRuns} throttled (${t.profile}), ${meta.config.scaleRuns} at each scale; full report in \`bench/results/latest.md\`): **${passed} of ${counted.length} budgets met**. In parentheses: × Chart.js. First chart: ms from the request of the page's first script, cold; the static copy's row: until the chart is visible. 1,000 and 10,000 groups: ms from navigation start until the first band of the chart is drawn.

${table(['', 'bytes gzip', 'first chart, loopback', `first chart, throttled (${t.profile})`, 'pointer move (net)', '1,000 groups', '10,000 groups'], rows)}

${table(['budget (issues 15 and 18)', 'measured', 'result'], checks.map((c) => [c.budget, c.measured, c.goal ? (c.pass ? 'met' : 'not yet') : c.pass ? 'PASS' : '**FAIL**']))}
`;
}
