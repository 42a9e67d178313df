// The browser measurements of the benchmark, in Debian's Chromium driven by
// playwright-core (no browser is downloaded). Every page is 800 × 900 CSS px
// at device pixel ratio 2; every chart is 640 CSS px wide and 400 tall (or
// taller when its content needs it, as the widget does). Repeated
// measurements interleave the contenders (A B C A B C …) so that drift of
// the machine affects all three alike.

import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CONTENDERS, FIRST_CHART, OVERSIZE_CHARTS } from './site.mjs';
import { recordResponses, requestedBetween, transferOf } from './transfer.mjs';

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];
const CONTEXT = { viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 };
const DRAW_TIMEOUT_MS = 120_000;

/**
 * Throttling profiles, applied per page through Chromium's DevTools protocol
 * (Network.emulateNetworkConditions, Emulation.setCPUThrottlingRate). The
 * network part throttles every request of the page, loopback included, in
 * Chromium's network service: `latency` ms is added to each request,
 * `down`/`up` (bytes per second) cap the page's aggregate throughput.
 *
 * mobile: Lighthouse's mobile profile (its `mobileSlow4G`, the default of
 *   its mobile runs) as stated: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up,
 *   4× CPU slow-down (Lighthouse's Kbps are 1,024 bit/s: 1,638.4 Kbps and
 *   750 Kbps, converted to bytes per second as Lighthouse does, × 1024 / 8).
 * lighthouse-devtools: what Lighthouse itself applies when it throttles
 *   through DevTools (throttlingMethod 'devtools'), which adds latency per
 *   request rather than per round trip: latency × 3.75 (562.5 ms per
 *   request, for DNS, TCP and TLS set-up), throughput × 0.9.
 */
export const THROTTLES = {
  mobile: { latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8, cpu: 4 },
  'lighthouse-devtools': { latency: 150 * 3.75, down: (1.6 * 1024 * 0.9 * 1024) / 8, up: (750 * 0.9 * 1024) / 8, cpu: 4 },
};

/** Applies a throttling profile (see THROTTLES) to `page` before it loads. */
export async function throttle(context, page, t) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: t.latency,
    downloadThroughput: t.down,
    uploadThroughput: t.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: t.cpu });
  return cdp;
}

/** Launches Debian's Chromium (or $CHROMIUM) headless. */
export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
}

/**
 * Resolves when the page's probe (pages/probe.js) says that the chart's
 * first frame came, or that an error was seen: its console.debug messages
 * 'bench:frame' and 'bench:error'. Call it before the page navigates.
 * Nothing is evaluated in the page while it loads: Playwright's
 * waitForFunction would inject and compile its utility script in the
 * page's main world mid-load (15–70 ms of the main thread in a trace, in
 * the middle of whatever the contender was doing), and poll it.
 */
export function drawnSignal(page, timeout = DRAW_TIMEOUT_MS) {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      page.off('console', said);
      fail(new Error(`the chart was not drawn within ${timeout} ms`));
    }, timeout);
    function said(m) {
      if (m.type() !== 'debug' || !/^bench:(frame|error)$/.test(m.text())) return;
      clearTimeout(timer);
      page.off('console', said);
      ok();
    }
    page.on('console', said);
  });
}

/**
 * Opens `url` in `context` and waits until the chart is drawn (or failed).
 * `throttled`: a profile of THROTTLES applied first; `record`: record every
 * response (transfer.mjs) as `recorder`.
 */
async function load(context, url, { throttled = null, record = false } = {}) {
  const page = await context.newPage();
  if (throttled) await throttle(context, page, throttled);
  const recorder = record ? recordResponses(page) : null;
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('crash', () => problems.push('renderer crashed'));
  const drawn = drawnSignal(page);
  await page.goto(url, { waitUntil: 'commit' });
  await drawn;
  // Long-task entries reach the observer in a later task: give them 100 ms.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  const timing = await page.evaluate(() => {
    const b = window.__bench;
    // The first request for the contender's code: its scripts, and our
    // .wasm, which the preload hint may request before the script.
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\.(js|wasm)$/.test(new URL(e.name).pathname))
      .map((e) => e.startTime);
    return {
      drawn: b.drawn,
      frame: b.frame,
      fcp: b.fcp,
      lcp: b.lcp,
      firstScript: scripts.length ? Math.min(...scripts) : null,
      longTasks: b.longTasks.slice(),
      error: b.error,
    };
  });
  return { page, problems, recorder, ...timing };
}

/** Waits for two animation frames in the page. */
const settle = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

/**
 * The chart's canvas and bars as the page shows them, in viewport CSS px:
 * backing-store size, whether the 2D context is lost (Chromium loses it when
 * the canvas exceeds its size limits), whether the first bar's centre has
 * paint, and where the visible bars are (x range and row centres).
 */
function inspect() {
  const host = document.querySelector('rating-chart');
  const canvas = host ? host.shadowRoot.querySelector('canvas') : document.getElementById('chart');
  if (!canvas) return { canvas: null, bars: null, painted: false, lost: null };
  const box = canvas.getBoundingClientRect();
  let rows = [];
  if (host && host.chart) {
    const byGroup = new Map();
    for (const s of host.chart.segments()) {
      const r = byGroup.get(s.group) || { x0: Infinity, x1: -Infinity, y: s.y + s.h / 2 };
      r.x0 = Math.min(r.x0, s.x);
      r.x1 = Math.max(r.x1, s.x + s.w);
      byGroup.set(s.group, r);
    }
    rows = [...byGroup.values()];
  } else if (window.__bench.chart) {
    const c = window.__bench.chart;
    rows = c.getDatasetMeta(0).data.map((bar) => ({ x0: c.chartArea.left, x1: c.chartArea.right, y: bar.y }));
  } else if (window.__bench.rows) {
    rows = window.__bench.rows.map((r) => {
      const last = r.segs[r.segs.length - 1];
      return { x0: r.segs[0].x, x1: last.x + last.w, y: r.top + r.h / 2 };
    });
  }
  const ctx = canvas.getContext('2d');
  const lost = ctx.isContextLost();
  let painted = false;
  if (rows.length && !lost) {
    const sx = canvas.width / box.width;
    const first = rows[0];
    const px = ctx.getImageData(Math.floor(((first.x0 + first.x1) / 2) * sx), Math.floor(first.y * sx), 1, 1).data;
    painted = px[3] > 0 && !(px[0] === 255 && px[1] === 255 && px[2] === 255);
  }
  const visible = rows
    .map((r) => ({ x0: r.x0 + box.left, x1: r.x1 + box.left, y: r.y + box.top }))
    .filter((r) => r.y > 0 && r.y < innerHeight);
  return {
    canvas: { width: canvas.width, height: canvas.height },
    lost,
    painted,
    bars: visible.length ? { x0: visible[0].x0, x1: visible[0].x1, ys: visible.map((r) => r.y) } : null,
  };
}

/** Bytes of linear memory of the widget's wasm instances that draw the
 *  charts (the reader's module, and the kinds module if loaded: the host's
 *  `wasmMemoryBytes()`), or null if unreachable. (Until 2026-12-07 this
 *  read the full module's, which `loadModule()` loaded for the purpose
 *  and which draws nothing: its memory never moved.) */
async function wasmBytes() {
  try {
    const host = await import('/www/rating-chart.js');
    return host.wasmMemoryBytes();
  } catch {
    return null;
  }
}

/** JS heap in use (CDP Runtime.getHeapUsage), after a full GC when `gc`. */
async function jsHeap(cdp, gc) {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Bytes: every response a cold load of each seed page received before its
 * chart was drawn (requested by then, by Resource Timing), except the HTML
 * page itself (which carries the data inline), with raw / gzip -9 / brotli
 * sizes of the bodies the browser received.
 */
export async function measureBytes(browser, base, urls) {
  const out = {};
  for (const { id } of CONTENDERS) {
    const context = await browser.newContext(CONTEXT);
    const r = await load(context, base + urls[id].seed, { record: true });
    const before = await requestedBetween(r.page, 0, r.drawn);
    out[id] = { ...(await transferOf(r.recorder, before, { brotli: true })), drawn: r.drawn !== null };
    await context.close();
  }
  return out;
}

/**
 * Time to first chart on the seed page. Cold: a fresh browser context (empty
 * HTTP and code caches) per load. Warm: one context per contender, primed by
 * two loads (the second lets V8 and the wasm engine cache compiled code),
 * then a new navigation to the same page per measurement. Throttled: cold,
 * under the `throttled` profile (THROTTLES), `throttledRuns` times. All
 * three modes interleave the contenders in one loop, with issue 18's
 * static copy (site.mjs's STATIC) as a fourth.
 */
export async function measureFirstChart(browser, base, urls, runs, throttledRuns, throttled, log) {
  const cold = {};
  const warm = {};
  const slow = {};
  const warmContexts = {};
  for (const { id } of FIRST_CHART) {
    cold[id] = [];
    warm[id] = [];
    slow[id] = [];
    warmContexts[id] = await browser.newContext(CONTEXT);
    for (let i = 0; i < 2; i += 1) await (await load(warmContexts[id], base + urls[id].seed)).page.close();
  }
  const rounds = Math.max(runs, throttledRuns);
  for (let i = 0; i < rounds; i += 1) {
    // Each round starts one contender further on (A B C, B C A, C A B …):
    // none always loads right after the same other one, whose browser
    // context is still being torn down on this 2-core machine.
    const order = FIRST_CHART.map((_, k) => FIRST_CHART[(k + i) % FIRST_CHART.length]);
    for (const { id } of order) {
      if (i < runs) {
        const context = await browser.newContext(CONTEXT);
        const r = await load(context, base + urls[id].seed);
        cold[id].push(pick(r, id));
        await context.close();
        const w = await load(warmContexts[id], base + urls[id].seed);
        warm[id].push(pick(w, id));
        await w.page.close();
      }
      if (i < throttledRuns) {
        const context = await browser.newContext(CONTEXT);
        const r = await load(context, base + urls[id].seed, { throttled });
        slow[id].push(pick(r, id));
        await context.close();
      }
    }
    log(`first chart: round ${i + 1}/${rounds}`);
  }
  for (const c of Object.values(warmContexts)) await c.close();
  return { cold, warm, throttled: slow };
}

/** The first-chart figures of a load; `visible`: when the chart first
 *  shows — the static copy's first contentful paint (the page has nothing
 *  else to paint), else the frame after the canvas was drawn. */
function pick(r, id) {
  return {
    drawn: r.drawn,
    frame: r.frame,
    fcp: r.fcp,
    lcp: r.lcp,
    visible: id === 'static' ? r.fcp : r.frame,
    fromScript: r.firstScript === null || r.drawn === null ? null : r.drawn - r.firstScript,
    error: r.error,
    problems: r.problems,
  };
}

/**
 * Pointer cost: main-thread busy time (CDP Performance.getMetrics
 * TaskDuration, and its ScriptDuration part) over `moves` pointer moves
 * sweeping across up to four visible bar rows, divided by the number of
 * moves. Whatever the page does on pointer moves is counted. The same sweep
 * in the empty strip right of the chart (x 664–792 CSS px) measures the
 * browser's own cost per move on that page (input handling and a frame),
 * which `net` subtracts.
 */
export async function measurePointer(browser, base, urls, sets, runs, moves, log) {
  const out = {};
  for (const key of sets) out[key] = Object.fromEntries(CONTENDERS.map(({ id }) => [id, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const key of sets) {
      for (const { id } of CONTENDERS) out[key][id].push(await pointerCost(browser, base + urls[id][key], moves));
    }
    log(`pointer: run ${i + 1}/${runs}`);
  }
  return out;
}

/**
 * One pointer measurement of measurePointer on the page at `url` (a fresh
 * context): { taskMs, scriptMs, baselineMs, netMs } per move, or { error }.
 * `trace(page, sweep)`, if given, is called after both sweeps with a
 * function that runs the sweep over the bars again (bench/pointer-ab.mjs
 * traces it).
 */
export async function pointerCost(browser, url, moves, trace = null) {
  const context = await browser.newContext(CONTEXT);
  try {
    const { page } = await load(context, url);
    await settle(page);
    const { bars } = await page.evaluate(inspect);
    if (!bars) return { error: 'no visible bars' };
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const run = async (path) => {
      await page.mouse.move(4, 4);
      await page.waitForTimeout(100);
      const before = metrics(await cdp.send('Performance.getMetrics'));
      for (const [x, y] of path) await page.mouse.move(x, y);
      await settle(page);
      const after = metrics(await cdp.send('Performance.getMetrics'));
      const per = (k) => ((after[k] - before[k]) * 1000) / path.length;
      const count = (k) => after[k] - before[k];
      return {
        task: per('TaskDuration'),
        script: per('ScriptDuration'),
        cpu: per('ThreadTime'),
        layouts: count('LayoutCount'),
        styles: count('RecalcStyleCount'),
      };
    };
    const baseline = await run(sweep({ ...bars, x0: 672, x1: 784 }, moves));
    const chart = await run(sweep(bars, moves));
    const result = {
      taskMs: chart.task,
      scriptMs: chart.script,
      baselineMs: baseline.task,
      netMs: chart.task - baseline.task,
      // Informative: the main thread's CPU time (ThreadTime, which time
      // taken by other processes on a busy machine does not inflate), and
      // the layouts and style recalculations of the sweep over the bars.
      cpuMs: chart.cpu,
      baselineCpuMs: baseline.cpu,
      netCpuMs: chart.cpu - baseline.cpu,
      layouts: chart.layouts,
      styles: chart.styles,
    };
    if (trace) await trace(page, () => run(sweep(bars, moves)));
    return result;
  } finally {
    await context.close();
  }
}

const metrics = ({ metrics: m }) => Object.fromEntries(m.map(({ name, value }) => [name, value]));

/** `moves` points in left-to-right, right-to-left sweeps along up to four rows,
 * from 8 px before `x0` to 8 px after `x1`. */
function sweep(bars, moves) {
  const { x0, x1, ys } = bars;
  const lines = Math.min(4, ys.length);
  const rows = Array.from({ length: lines }, (_, k) => ys[Math.floor((k * ys.length) / lines)]);
  const per = Math.max(2, Math.floor(moves / lines));
  const path = [];
  rows.forEach((y, k) => {
    for (let j = 0; j < per; j += 1) {
      const t = j / (per - 1);
      const x = x0 - 8 + (x1 - x0 + 16) * (k % 2 ? 1 - t : t);
      path.push([x, y]);
    }
  });
  return path;
}

/**
 * Scale: a cold first chart per data set with its long tasks, the JS heap in
 * use right after the chart is drawn (no forced GC, so the garbage of the
 * first chart still counts), the widget's wasm linear memory (which never
 * shrinks, so it is also its peak), the canvas backing store and whether it
 * shows paint.
 */
export async function measureScale(browser, base, urls, sets, runs, log) {
  const out = {};
  for (const key of sets) out[key] = Object.fromEntries(CONTENDERS.map(({ id }) => [id, []]));
  for (let i = 0; i < runs; i += 1) {
    for (const key of sets) {
      for (const { id } of CONTENDERS) {
        const context = await browser.newContext(CONTEXT);
        const r = await load(context, base + urls[id][key]);
        const cdp = await context.newCDPSession(r.page);
        const heap = await jsHeap(cdp, false);
        const { canvas, lost, painted } = await r.page.evaluate(inspect);
        const wasm = id === 'ours' ? await r.page.evaluate(wasmBytes) : null;
        out[key][id].push({ ...pick(r), longTasks: r.longTasks, heap, wasm, canvas, lost, painted });
        await context.close();
      }
      log(`scale: run ${i + 1}/${runs}, ${key}`);
    }
  }
  return out;
}

/**
 * Churn of our widget on the seed page: JS heap (after a full GC) and wasm
 * linear memory before and after `updates` setData calls, `updates` resize
 * calls and `cycles` add/remove cycles of a <rating-chart>, each after a
 * warm-up of a tenth as many. Also the time per operation.
 */
export async function measureChurn(browser, base, urls, seedJson, variantJson, updates, cycles) {
  const context = await browser.newContext(CONTEXT);
  const { page } = await load(context, base + urls.ours.seed);
  const cdp = await context.newCDPSession(page);
  const state = async () => ({ js: await jsHeap(cdp, true), wasm: await page.evaluate(wasmBytes) });

  const scenarios = {
    setData: (n) =>
      page.evaluate(
        ({ n, a, b }) => {
          const chart = document.querySelector('rating-chart').chart;
          const t = performance.now();
          for (let i = 0; i < n; i += 1) chart.setData(i % 2 ? b : a);
          return performance.now() - t;
        },
        { n, a: seedJson, b: variantJson },
      ),
    resize: (n) =>
      page.evaluate((n) => {
        const chart = document.querySelector('rating-chart').chart;
        const widths = [320, 480, 640, 800, 960];
        const t = performance.now();
        for (let i = 0; i < n; i += 1) chart.resize(widths[i % widths.length], undefined, 1 + (i % 2));
        return performance.now() - t;
      }, n),
    addRemove: (n) =>
      page.evaluate(
        async ({ n, json }) => {
          const t = performance.now();
          for (let i = 0; i < n; i += 1) {
            const el = document.createElement('rating-chart');
            el.setAttribute('height', '400');
            el.className = 'box';
            const data = document.createElement('script');
            data.type = 'application/json';
            data.textContent = json;
            el.append(data);
            const drawn = new Promise((ok, fail) => {
              el.addEventListener('rating-chart:render', ok, { once: true });
              el.addEventListener('rating-chart:error', (e) => fail(new Error(e.detail.message)), { once: true });
            });
            document.body.append(el);
            await drawn;
            el.remove();
          }
          return performance.now() - t;
        },
        { n, json: seedJson },
      ),
  };
  const counts = { setData: updates, resize: updates, addRemove: cycles };
  const out = {};
  for (const [name, run] of Object.entries(scenarios)) {
    const n = counts[name];
    try {
      await run(Math.max(1, Math.round(n / 10)));
      const before = await state();
      const ms = await run(n);
      const after = await state();
      out[name] = { ops: n, msPerOp: ms / n, before, after };
    } catch (e) {
      out[name] = { ops: n, error: e.message.split('\n')[0] };
    }
  }
  await context.close();
  return out;
}

/** ms of quiet (no change of the error box) after which its words count as final. */
const QUIET_MS = { loopback: 1000, throttled: 4000 };

/** The page's first request for code, a script or a .wasm (Resource
 *  Timing startTime), or null. */
const firstScriptAt = () => {
  const js = performance.getEntriesByType('resource').filter((e) => /\.(m?js|wasm)$/.test(new URL(e.name).pathname));
  return js.length ? Math.min(...js.map((e) => e.startTime)) : null;
};

/** The chart's SVG download button, clicked when `click`: performance.now()
 *  just before the click (or true), or null while there is no button. */
const svgButton = (click) => {
  const host = document.querySelector('rating-chart');
  const buttons = host && host.shadowRoot ? [...host.shadowRoot.querySelectorAll('button')] : [];
  const b = buttons.find((x) => x.dataset.download === 'svg' || x.textContent.trim() === 'SVG');
  if (!b) return null;
  if (!click) return true;
  const at = performance.now();
  b.click();
  return at;
};

/** Paths of `files` not in `reader` (a list of paths). */
const beyond = (t, reader) => {
  const files = t.files.filter((f) => !reader.includes(f.path));
  return { files, raw: files.reduce((a, f) => a + f.raw, 0), gzip: files.reduce((a, f) => a + f.gzip, 0) };
};

/**
 * What is off the reader's path, each from a cold load, on loopback and
 * under the `throttled` profile (interleaved, `runs` times each):
 *  - error box: the page with invalid data (pages/probe.js watches the box);
 *    ms from the first script's request until the box first shows and until
 *    it shows its final words (no change for QUIET_MS), and every file
 *    fetched, with the part beyond the seed chart's files (`reader`, paths);
 *  - SVG download: on the seed page, after its first chart, a click on the
 *    chart's SVG button; ms from the click until Playwright's download event
 *    (timed in node: includes one CDP round trip, ~1 ms) and the files
 *    requested after the click.
 */
export async function measureOffPath(browser, base, urls, reader, runs, throttled, log) {
  const modes = { loopback: null, throttled };
  const out = { error: { loopback: [], throttled: [] }, svg: { loopback: [], throttled: [] } };
  for (let i = 0; i < runs; i += 1) {
    for (const [mode, t] of Object.entries(modes)) {
      // The error box.
      {
        const context = await browser.newContext(CONTEXT);
        const page = await context.newPage();
        if (t) await throttle(context, page, t);
        const recorder = recordResponses(page);
        const problems = [];
        page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        try {
          await page.goto(base + urls.ours.invalid, { waitUntil: 'commit' });
          await page.waitForFunction(() => window.__bench && window.__bench.errorBox.length > 0, null, { timeout: DRAW_TIMEOUT_MS, polling: 50 });
          await page.waitForFunction((quiet) => performance.now() - window.__bench.errorBox.at(-1).at > quiet, QUIET_MS[mode], {
            timeout: DRAW_TIMEOUT_MS,
            polling: 100,
          });
          const box = await page.evaluate(() => window.__bench.errorBox);
          const first = await page.evaluate(firstScriptAt);
          const all = await transferOf(recorder);
          out.error[mode].push({
            shown: first === null ? null : box[0].at - first,
            words: first === null ? null : box.at(-1).at - first,
            changes: box.length,
            text: box.at(-1).text,
            all,
            beyond: beyond(all, reader),
            problems,
          });
        } catch (e) {
          out.error[mode].push({ error: e.message.split('\n')[0], problems });
        }
        await context.close();
      }
      // The SVG download.
      {
        const context = await browser.newContext({ ...CONTEXT, acceptDownloads: true });
        try {
          const r = await load(context, base + urls.ours.seed, { throttled: t, record: true });
          await r.page.waitForFunction(svgButton, false, { timeout: DRAW_TIMEOUT_MS, polling: 50 });
          await settle(r.page);
          const started = performance.now();
          const [download, clickedAt] = await Promise.all([
            r.page.waitForEvent('download', { timeout: DRAW_TIMEOUT_MS }),
            r.page.evaluate(svgButton, true),
          ]);
          const ms = performance.now() - started;
          const name = download.suggestedFilename();
          const after = await transferOf(r.recorder, await requestedBetween(r.page, clickedAt));
          out.svg[mode].push({ ms, file: name, svgBytes: (await readFile(await download.path())).length, fetched: after, problems: r.problems });
        } catch (e) {
          out.svg[mode].push({ error: e.message.split('\n')[0] });
        }
        await context.close();
      }
    }
    log(`off the reader's path (error box, SVG download): run ${i + 1}/${runs}`);
  }
  return out;
}

/** Screenshots of the top 672 × 432 CSS px of every page, for checking by eye. */
export async function screenshots(browser, base, urls, sets, dir) {
  const files = [];
  for (const key of sets) {
    for (const { id } of CONTENDERS) {
      const context = await browser.newContext(CONTEXT);
      const { page } = await load(context, base + urls[id][key]);
      await settle(page);
      const path = `${dir}/${key}-${id}.png`;
      // The whole visible area: the 640 × 720 CSS px band of a tall chart.
      await page.screenshot({ path, clip: { x: 0, y: 0, width: 672, height: 752 } });
      files.push(path);
      await context.close();
    }
  }
  return files;
}

/**
 * Data that is refused (issue 16): cold loads of the page whose charts all
 * name one src over the 5 MiB limit (urls.ours.oversize), on loopback and
 * throttled. Until every chart shows its error box (and no box has changed
 * for QUIET_MS): the longest main-thread task (PerformanceObserver
 * `longtask`, so only tasks over 50 ms are seen: none means none over 50 ms),
 * the long tasks' count, ms from the first script until the last box's
 * final text, the requests for the file (Resource Timing) and the text.
 */
export async function measureRefused(browser, base, urls, runs, throttled, log) {
  const modes = { loopback: null, throttled };
  const out = { loopback: [], throttled: [] };
  for (let i = 0; i < runs; i += 1) {
    for (const [mode, t] of Object.entries(modes)) {
      const context = await browser.newContext(CONTEXT);
      const page = await context.newPage();
      if (t) await throttle(context, page, t);
      const problems = [];
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      try {
        await page.goto(base + urls.ours.oversize, { waitUntil: 'commit' });
        await page.waitForFunction(
          (n) => {
            const charts = [...document.querySelectorAll('rating-chart')];
            return window.__bench?.errorBox.length > 0 && charts.length === n && charts.every((e) => e.shadowRoot?.querySelector('.error, [role="alert"]'));
          },
          OVERSIZE_CHARTS,
          { timeout: DRAW_TIMEOUT_MS, polling: 50 },
        );
        await page.waitForFunction((quiet) => performance.now() - window.__bench.errorBox.at(-1).at > quiet, QUIET_MS[mode], {
          timeout: DRAW_TIMEOUT_MS,
          polling: 100,
        });
        const r = await page.evaluate(() => {
          const b = window.__bench;
          const shownAt = b.errorBox.at(-1).at;
          const tasks = b.tasks.filter((x) => x.start <= shownAt);
          const data = performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname.endsWith('/oversize.json'));
          return {
            shownAt,
            longest: tasks.length ? Math.max(...tasks.map((x) => x.duration)) : 0,
            longTasks: tasks.length,
            // When each long task started and when the file was requested
            // and its (partial) response ended, ms from navigation start,
            // to tell the page's start-up from the refusal.
            tasks: tasks.map((x) => [Math.round(x.start), Math.round(x.duration)]),
            fetched: data.map((e) => [Math.round(e.startTime), Math.round(e.responseEnd)]),
            requests: data.length,
            charts: document.querySelectorAll('rating-chart').length,
            text: b.errorBox.at(-1).text,
          };
        });
        const first = await page.evaluate(firstScriptAt);
        out[mode].push({ ...r, shown: first === null ? null : r.shownAt - first, problems });
      } catch (e) {
        out[mode].push({ error: e.message.split('\n')[0], problems });
      }
      await context.close();
    }
    log(`refused data (src over 5 MiB): run ${i + 1}/${runs}`);
  }
  return out;
}
