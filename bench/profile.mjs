// Where the first chart's time goes (issue 15): cold loads of the
// benchmark's pages (the same site, dist copy and data as `make bench`),
// each traced, printed as a breakdown. Not part of `make bench`; run it by
// hand after `make dist`:
//
//   node bench/profile.mjs [RUNS] [SET ...]     (default 5 runs, seed)
//   BENCH_PROFILE_THROTTLE=1 node bench/profile.mjs 3 seed   (mobile profile)
//   BENCH_PROFILE_CONTENDERS=ours,bare node bench/profile.mjs
//
// Two instruments, both outside the widget's code:
// - an init script that stamps (performance.now, from navigation start)
//   the page's calls to the browser APIs the host uses on the way: fetch,
//   WebAssembly.compile/instantiate(Streaming) (start and settle),
//   customElements.define (the host script has run), attachShadow (the
//   element is constructed), the first getContext of a canvas (the wasm
//   draws), measureText and fillText (count and time), the first
//   ResizeObserver and requestAnimationFrame callbacks, the render event;
// - a Chromium trace (CDP Tracing, devtools.timeline and v8 categories) of
//   the renderer's main thread until the chart is drawn: busy time by kind
//   (script compile/evaluate, wasm compile, style, layout, paint, parse…),
//   and every file's request → response → finish from Resource Timing.
// Medians over the runs (every run in bench/.cache/profile.json); the
// figures are as noisy as the machine.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataSets, invalid } from './lib/data.mjs';
import { CACHE, startSite, writePages } from './lib/site.mjs';
import { drawnSignal, launch, THROTTLES, throttle } from './lib/browser.mjs';

const args = process.argv.slice(2);
const runs = Number(args[0]) || 5;
const sets = args.slice(1).length ? args.slice(1) : ['seed'];
const contenders = (process.env.BENCH_PROFILE_CONTENDERS || 'ours,bare').split(',');
const throttled = process.env.BENCH_PROFILE_THROTTLE ? THROTTLES.mobile : null;
// Tracing slows the page down (on the 2-core machine, requests answered in
// 70 ms instead of 5): the timeline comes from untraced loads, the main
// thread's composition from traced ones, only when asked.
const tracing = Boolean(process.env.BENCH_PROFILE_TRACE);

function probe() {
  const t = (window.__prof = { marks: [], measure: { n: 0, ms: 0 }, fill: { n: 0, ms: 0 } });
  const mark = (name) => t.marks.push([name, performance.now()]);
  const short = (u) => String(u && (u.url || u.href || u)).replace(/^.*\//, '').replace(/\?.*$/, '');
  const wrapAsync = (obj, name, label) => {
    const f = obj[name];
    if (typeof f !== 'function') return;
    obj[name] = function (...a) {
      const tag = label(a);
      mark(`${tag} called`);
      const p = f.apply(this, a);
      Promise.resolve(p).then(() => mark(`${tag} settled`), () => mark(`${tag} failed`));
      return p;
    };
  };
  wrapAsync(window, 'fetch', (a) => `fetch ${short(a[0])}`);
  for (const n of ['compileStreaming', 'instantiateStreaming', 'compile', 'instantiate']) wrapAsync(WebAssembly, n, () => `wasm.${n}`);
  const define = customElements.define;
  customElements.define = function (...a) {
    mark('customElements.define (host script ran)');
    return define.apply(this, a);
  };
  const attach = Element.prototype.attachShadow;
  let attached = false;
  Element.prototype.attachShadow = function (...a) {
    if (!attached) mark('first attachShadow (element constructed)');
    attached = true;
    return attach.apply(this, a);
  };
  const getContext = HTMLCanvasElement.prototype.getContext;
  let ctx = false;
  // The chart's own canvas (the widget's class "chart", the reference
  // pages' id "chart"); other canvases (the host's font warm-up) aside.
  const isChart = (canvas) => canvas.classList.contains('chart') || canvas.id === 'chart';
  HTMLCanvasElement.prototype.getContext = function (...a) {
    if (!ctx && isChart(this)) {
      mark('the chart canvas\'s getContext (data validated; layout and paint start)');
      ctx = true;
    }
    return getContext.apply(this, a);
  };
  t.warm = { n: 0, ms: 0 };
  const timed = (proto, name, acc) => {
    const f = proto[name];
    proto[name] = function (...a) {
      const s = performance.now();
      try {
        return f.apply(this, a);
      } finally {
        const into = isChart(this.canvas) ? acc : t.warm;
        into.n += 1;
        into.ms += performance.now() - s;
      }
    };
  };
  timed(CanvasRenderingContext2D.prototype, 'measureText', t.measure);
  timed(CanvasRenderingContext2D.prototype, 'fillText', t.fill);
  // The last paint call before the chart is drawn: the wasm's paint ends.
  for (const name of ['fillText', 'fillRect', 'fill', 'stroke']) {
    const f = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (...a) {
      if (t.drawnAt === undefined) t.lastPaint = performance.now();
      return f.apply(this, a);
    };
  }
  const RO = window.ResizeObserver;
  window.ResizeObserver = class extends RO {
    constructor(cb) {
      let first = true;
      super((...a) => {
        if (first) mark('first ResizeObserver callback');
        first = false;
        return cb(...a);
      });
    }
  };
  const raf = window.requestAnimationFrame;
  let rafSeen = false;
  window.requestAnimationFrame = function (cb) {
    return raf.call(this, (ts) => {
      if (!rafSeen) mark('first animation frame callback');
      rafSeen = true;
      cb(ts);
    });
  };
  document.addEventListener('rating-chart:render', () => {
    mark('rating-chart:render');
    if (t.drawnAt === undefined && t.lastPaint !== undefined) t.marks.push(['last canvas paint call before the render event', t.lastPaint]);
    t.drawnAt = performance.now();
  });
  document.addEventListener('DOMContentLoaded', () => mark('DOMContentLoaded'));
}

const CATEGORIES = ['devtools.timeline', 'v8', 'v8.wasm', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'].join(',');

/** Main-thread busy time by kind, from nav start to `until` (ms), from the
 *  trace's complete events on CrRendererMain: self time of each event name. */
function busy(events, navStartUs, untilMs) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = events.filter((e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X' && e.ts >= navStartUs);
  // Self time per name: nested complete events on one thread.
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const end = navStartUs + untilMs * 1000;
  for (const e of main) {
    if (e.ts > end) break;
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const dur = Math.min(e.dur || 0, end - e.ts);
    if (stack.length) {
      const parent = stack[stack.length - 1];
      self.set(parent.key, (self.get(parent.key) || 0) - Math.min(dur, parent.ts + parent.dur - e.ts));
    }
    const key = e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'ResourceSendRequest'
      ? `${e.name} ${String(e.args?.data?.url || e.args?.fileName || '').replace(/^.*\//, '')}`
      : e.name;
    self.set(key, (self.get(key) || 0) + dur);
    stack.push({ ts: e.ts, dur: e.dur || 0, key });
  }
  return Object.fromEntries([...self].map(([k, v]) => [k, v / 1000]).filter(([, v]) => v >= 0.3));
}

async function traced(browser, url) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 });
  await context.addInitScript(probe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (throttled) await throttle(context, page, throttled);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  if (tracing) await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  const drawn = drawnSignal(page);
  await page.goto(url, { waitUntil: 'commit' });
  await drawn;
  await page.evaluate(() => new Promise((ok) => setTimeout(ok, 100)));
  const r = await page.evaluate(() => ({
    drawn: window.__bench.drawn,
    frame: window.__bench.frame,
    error: window.__bench.error,
    marks: window.__prof.marks,
    measure: window.__prof.measure,
    fill: window.__prof.fill,
    warm: window.__prof.warm,
    fcp: window.__bench.fcp,
    resources: performance.getEntriesByType('resource').map((e) => ({
      file: new URL(e.name).pathname.replace(/^.*\//, ''),
      start: e.startTime,
      response: e.responseStart,
      end: e.responseEnd,
    })),
  }));
  if (tracing) {
    await cdp.send('Tracing.end');
    await done;
  }
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame)
    || events.find((e) => e.name === 'navigationStart');
  r.busy = nav ? busy(events, nav.ts, r.drawn ?? r.frame) : {};
  if (Number.isFinite(r.fcp)) r.marks.push(['first contentful paint', r.fcp]);
  r.firstScript = Math.min(...r.resources.filter((x) => x.file.endsWith('.js')).map((x) => x.start));
  await context.close();
  return r;
}

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');

const data = dataSets();
const urls = writePages(data, invalid(data.seed.json));
const site = await startSite();
const browser = await launch();
const all = {};
try {
  for (const set of sets) {
    for (let i = 0; i < runs; i += 1) {
      for (const id of contenders) {
        const r = await traced(browser, site.base + urls[id][set]);
        ((all[set] ??= {})[id] ??= []).push(r);
      }
    }
  }
} finally {
  await browser.close();
  await site.close();
}

const lines = [`# First-chart profile (${runs} cold runs each, ${tracing ? "traced, " : ""}${throttled ? 'mobile profile' : 'loopback'}; ms from navigation start, medians)`, ''];
for (const [set, byId] of Object.entries(all)) {
  for (const [id, rs] of Object.entries(byId)) {
    lines.push(`## ${set} · ${id}`, '');
    const errs = rs.map((r) => r.error).filter(Boolean);
    if (errs.length) lines.push(`errors: ${errs[0]}`);
    lines.push(`drawn ${f1(median(rs.map((r) => r.drawn)))} · first script requested ${f1(median(rs.map((r) => r.firstScript)))} · from the first script ${f1(median(rs.map((r) => r.drawn - r.firstScript)))} · next frame ${f1(median(rs.map((r) => r.frame)))}`);
    lines.push('', '| file | requested | first byte | done |', '|---|---:|---:|---:|');
    const files = [...new Set(rs.flatMap((r) => r.resources.map((x) => x.file)))];
    for (const file of files) {
      const of = rs.map((r) => r.resources.find((x) => x.file === file)).filter(Boolean);
      lines.push(`| ${file} | ${f1(median(of.map((x) => x.start)))} | ${f1(median(of.map((x) => x.response)))} | ${f1(median(of.map((x) => x.end)))} |`);
    }
    lines.push('', '| event | at |', '|---|---:|');
    const names = [...new Set(rs.flatMap((r) => r.marks.map((m) => m[0])))];
    const at = names.map((n) => [n, median(rs.map((r) => r.marks.find((m) => m[0] === n)?.[1]))]).sort((a, b) => a[1] - b[1]);
    for (const [n, v] of at) lines.push(`| ${n} | ${f1(v)} |`);
    lines.push(`| on the chart's canvas: measureText ${f1(median(rs.map((r) => r.measure.n)))} calls, ${f1(median(rs.map((r) => r.measure.ms)))} ms; fillText ${f1(median(rs.map((r) => r.fill.n)))} calls, ${f1(median(rs.map((r) => r.fill.ms)))} ms | |`);
    lines.push(`| on other canvases (the host's font warm-up): ${f1(median(rs.map((r) => r.warm.n)))} calls, ${f1(median(rs.map((r) => r.warm.ms)))} ms | |`);
    if (!tracing) {
      lines.push('');
      continue;
    }
    lines.push('', '| main thread until drawn (self time) | ms |', '|---|---:|');
    const kinds = [...new Set(rs.flatMap((r) => Object.keys(r.busy)))];
    const rows = kinds.map((k) => [k, median(rs.map((r) => r.busy[k] ?? 0))]).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]);
    const total = median(rs.map((r) => Object.values(r.busy).reduce((s, v) => s + v, 0)));
    for (const [k, v] of rows) lines.push(`| ${k} | ${f1(v)} |`);
    lines.push(`| (all) | ${f1(total)} |`, '');
  }
}
const text = lines.join('\n');
mkdirSync(join(CACHE), { recursive: true });
writeFileSync(join(CACHE, 'profile.md'), `${text}\n`);
process.stdout.write(`${text}\n`);
// Every run's figures too (spread and outliers that medians hide).
writeFileSync(join(CACHE, 'profile.json'), `${JSON.stringify(all)}\n`);
