// The browser measurements of the benchmark, in Debian's Chromium driven by
// playwright-core (no browser is downloaded). Every page is 800 × 900 CSS px
// at device pixel ratio 2; every chart is 640 CSS px wide and 400 tall (or
// taller when its content needs it, as the widget does). Repeated
// measurements interleave the contenders (A B C A B C …) so that drift of
// the machine affects all three alike.

import { chromium } from 'playwright-core';
import { fileFor, CONTENDERS } from './site.mjs';
import { fileSizes } from './stats.mjs';

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];
const CONTEXT = { viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 };
const DRAW_TIMEOUT_MS = 120_000;

/** Launches Debian's Chromium (or $CHROMIUM) headless. */
export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: FLAGS });
}

/** Opens `url` in `context` and waits until the chart is drawn (or failed). */
async function load(context, url) {
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('crash', () => problems.push('renderer crashed'));
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench && (window.__bench.frame !== null || window.__bench.error !== null), null, {
    timeout: DRAW_TIMEOUT_MS,
    polling: 50,
  });
  // Long-task entries reach the observer in a later task: give them 100 ms.
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  const timing = await page.evaluate(() => {
    const b = window.__bench;
    const scripts = performance
      .getEntriesByType('resource')
      .filter((e) => /\.js$/.test(new URL(e.name).pathname))
      .map((e) => e.startTime);
    return {
      drawn: b.drawn,
      frame: b.frame,
      firstScript: scripts.length ? Math.min(...scripts) : null,
      longTasks: b.longTasks.slice(),
      error: b.error,
    };
  });
  return { page, problems, requests, ...timing };
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

/** Bytes of linear memory of the widget's wasm instance, or null if unreachable. */
async function wasmBytes() {
  try {
    const host = await import('/www/rating-chart.js');
    const mod = await host.loadModule();
    const exports = await mod.default();
    return exports.memory.buffer.byteLength;
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
 * Bytes: everything a cold load of each seed page requests, except the HTML
 * page itself (which carries the data inline), with raw / gzip / brotli sizes.
 */
export async function measureBytes(browser, base, urls) {
  const out = {};
  for (const { id } of CONTENDERS) {
    const context = await browser.newContext(CONTEXT);
    const { requests } = await load(context, base + urls[id].seed);
    await context.close();
    const files = [...new Set(requests)]
      .filter((p) => !p.startsWith('/gen/'))
      .map((p) => ({ path: p, ...fileSizes(fileFor(p)) }));
    const total = (k) => files.reduce((a, f) => a + f[k], 0);
    out[id] = { files, raw: total('raw'), gzip: total('gzip'), brotli: total('brotli') };
  }
  return out;
}

/**
 * Time to first chart on the seed page. Cold: a fresh browser context (empty
 * HTTP and code caches) per load. Warm: one context per contender, primed by
 * two loads (the second lets V8 and the wasm engine cache compiled code),
 * then a new navigation to the same page per measurement.
 */
export async function measureFirstChart(browser, base, urls, runs, log) {
  const cold = {};
  const warm = {};
  const warmContexts = {};
  for (const { id } of CONTENDERS) {
    cold[id] = [];
    warm[id] = [];
    warmContexts[id] = await browser.newContext(CONTEXT);
    for (let i = 0; i < 2; i += 1) await (await load(warmContexts[id], base + urls[id].seed)).page.close();
  }
  for (let i = 0; i < runs; i += 1) {
    for (const { id } of CONTENDERS) {
      const context = await browser.newContext(CONTEXT);
      const r = await load(context, base + urls[id].seed);
      cold[id].push(pick(r));
      await context.close();
      const w = await load(warmContexts[id], base + urls[id].seed);
      warm[id].push(pick(w));
      await w.page.close();
    }
    log(`first chart: run ${i + 1}/${runs}`);
  }
  for (const c of Object.values(warmContexts)) await c.close();
  return { cold, warm };
}

function pick(r) {
  return {
    drawn: r.drawn,
    frame: r.frame,
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
      for (const { id } of CONTENDERS) {
        const context = await browser.newContext(CONTEXT);
        const { page } = await load(context, base + urls[id][key]);
        await settle(page);
        const { bars } = await page.evaluate(inspect);
        if (!bars) {
          out[key][id].push({ error: 'no visible bars' });
          await context.close();
          continue;
        }
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const cost = async (path) => {
          await page.mouse.move(4, 4);
          await page.waitForTimeout(100);
          const before = metrics(await cdp.send('Performance.getMetrics'));
          for (const [x, y] of path) await page.mouse.move(x, y);
          await settle(page);
          const after = metrics(await cdp.send('Performance.getMetrics'));
          const per = (k) => ((after[k] - before[k]) * 1000) / path.length;
          return { task: per('TaskDuration'), script: per('ScriptDuration') };
        };
        const baseline = await cost(sweep({ ...bars, x0: 672, x1: 784 }, moves));
        const chart = await cost(sweep(bars, moves));
        out[key][id].push({
          taskMs: chart.task,
          scriptMs: chart.script,
          baselineMs: baseline.task,
          netMs: chart.task - baseline.task,
        });
        await context.close();
      }
    }
    log(`pointer: run ${i + 1}/${runs}`);
  }
  return out;
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

/** Screenshots of the top 672 × 432 CSS px of every page, for checking by eye. */
export async function screenshots(browser, base, urls, sets, dir) {
  const files = [];
  for (const key of sets) {
    for (const { id } of CONTENDERS) {
      const context = await browser.newContext(CONTEXT);
      const { page } = await load(context, base + urls[id][key]);
      await settle(page);
      const path = `${dir}/${key}-${id}.png`;
      await page.screenshot({ path, clip: { x: 0, y: 0, width: 672, height: 432 } });
      files.push(path);
      await context.close();
    }
  }
  return files;
}
