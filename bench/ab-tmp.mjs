// A/B of the widget's first chart: cold loads of the seed page (or another
// data set) for several builds of the widget side by side, interleaved
// (A B C A B C …), on loopback or under the benchmark's mobile profile.
// Not part of `make bench`: a tool for telling a change from this machine's
// noise before it goes into a full run.
//
//   node bench/ab.mjs [--runs N] [--throttle] [--set seed|g1k|g10k] VARIANT...
//
// A VARIANT is NAME=DIR[+preload]: DIR is a CDN copy of the widget (a
// folder with www/ and pkg/ side by side, as `make dist` writes
// dist/rating-chart-VERSION/; copy it aside before rebuilding), `+preload`
// adds the README's preload hint for the reader's `.wasm` to the page's
// <head>. Example:
//
//   cp -a dist/rating-chart-0.1.0 /tmp/old && (change, make dist) &&
//   node bench/ab.mjs old=/tmp/old new=dist/rating-chart-0.1.0 hint=dist/rating-chart-0.1.0+preload
//
// Each page is the benchmark's page of ours, loading that copy from
// /alt/NAME/ on the benchmark's own site (bench/lib/site.mjs addDist: the
// README's embed, the data inline, pages/probe.js in the head, every file
// gzip -9). Prints, per variant, median [min–max]
// of: ms from the first script's request to the render event ("from
// script"), the render event and its next frame from navigation start;
// then the median time of every performance.mark a build made (put into a
// scratch copy of the host to see where its time goes) and of each file's
// request and arrival, from the first script's request.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { THROTTLES, drawnSignal, launch, throttle } from './lib/browser.mjs';
import { dataSets } from './lib/data.mjs';
import { addDist, startSite } from './lib/site.mjs';
import { fmtSummary, summary } from './lib/stats.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [v] = args.splice(i, 2).slice(1);
  return v;
};
const flag = (name) => {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
};
const runs = Number(opt('--runs', 9));
const set = opt('--set', 'seed');
const throttled = flag('--throttle') ? THROTTLES.mobile : null;
// --profile: a CPU profile (CDP Profiler, 100 µs samples) of each load until
// the render event; prints the functions with the most self time per
// variant (a build with its wasm names kept shows wasm functions by name).
const profiling = flag('--profile');
const variants = args.map((a) => {
  const m = /^([\w-]+)=(.+?)(\+preload)?$/.exec(a);
  if (!m) throw new Error(`not NAME=DIR[+preload]: ${a}`);
  return { name: m[1], dir: resolve(m[2]), preload: Boolean(m[3]) };
});
if (variants.length === 0) {
  console.error('usage: node bench/ab.mjs [--runs N] [--throttle] [--set seed|g1k|g10k] NAME=DIR[+preload] ...');
  process.exit(2);
}

// Each variant's page: the benchmark's page of ours (site.mjs), loading
// that copy from /alt/NAME/ (site.mjs addDist).
const data = dataSets();
const urls = Object.fromEntries(variants.map((v) => [v.name, addDist(v.name, v.dir, { [set]: data[set] }, { hint: v.preload })[set]]));
const site = await startSite();
const base = site.base;

const browser = await launch();
const results = Object.fromEntries(variants.map((v) => [v.name, { fromScript: [], drawn: [], frame: [], marks: {}, self: {} }]));
for (let i = 0; i < runs; i += 1) {
  for (const v of variants) {
    const context = await browser.newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 });
    const p = await context.newPage();
    if (throttled) await throttle(context, p, throttled);
    let cdp = null;
    if (profiling) {
      cdp = await context.newCDPSession(p);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const drawn = drawnSignal(p);
    await p.goto(base + urls[v.name], { waitUntil: 'commit' });
    await drawn;
    const t = await p.evaluate(() => {
      const first = Math.min(...performance.getEntriesByType('resource').filter((e) => /\.(js|wasm)$/.test(e.name)).map((e) => e.startTime));
      const marks = performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]);
      for (const e of performance.getEntriesByType('resource')) {
        const file = e.name.replace(/^.*\//, '');
        marks.push([`(${file} requested)`, e.startTime], [`(${file} arrived)`, e.responseEnd]);
      }
      const nav = performance.getEntriesByType('navigation')[0];
      if (nav) marks.push(['(HTML arrived)', nav.responseEnd], ['(DOMContentLoaded)', nav.domContentLoadedEventStart]);
      return { drawn: window.__bench.drawn, frame: window.__bench.frame, first, error: window.__bench.error, marks };
    });
    if (t.error) throw new Error(`${v.name}: ${t.error}`);
    const r = results[v.name];
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const dts = profile.timeDeltas;
      // Self time: each sample's node, weighted by the time to the next.
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const WANT = /^(_draw|describe|_fit|_applyTheme|_wireEvents|tableRow|RatingChart|prepare|fromPrepared|_render|_readData|warmOne|__wbg_init_once|initSync|__wbg_finalize_init|emptyTable)$/;
      profile.samples.forEach((id, k) => {
        const seen = new Set();
        { const leaf = byId.get(id).callFrame.functionName;
          if (/__rust_realloc/.test(leaf)) {
            r.__t ??= 0; r.__seq ??= []; const tt = profile.startTime + profile.timeDeltas.slice(0, k + 1).reduce((a, b) => a + b, 0);
            if (k !== r.__lastk + 1) r.__seq.push([Math.round(tt / 1000), 0]); r.__seq[r.__seq.length - 1][1] += (dts[k + 1] ?? 0) / 1000; r.__lastk = k;
            let n = parent.get(id); const chain = [];
            while (n !== undefined && chain.length < 7) { const f = byId.get(n).callFrame.functionName; if (!/alloc::|reserve|grow/.test(f)) chain.push(f.replace(/\[[0-9a-f]+\]/g, '').replace(/rating_chart::/g,'').slice(-45)); n = parent.get(n); }
            const kk = 'ALLOC-CALLER ' + chain.join(' < '); r.self[kk] = (r.self[kk] ?? 0) + (dts[k + 1] ?? 0) / 1000; } }
        for (let n = id; n !== undefined; n = parent.get(n)) {
          const fn = byId.get(n).callFrame.functionName;
          const W = /web::prepare_text$|web::parse$|::validate::validate$|derive::derive$|layout::layout$|RatingChart>::draw$|RatingChart>::relayout$|render::paint|a11y::|from_prepared$|Reader>::value$|walker::Walker|model::validate::[a-z_]+$/;
          const m = fn.match(/[a-zA-Z_:<>]+$/);
          if (W.test(fn)) { const kk = fn.replace(/\[[0-9a-f]+\]/g, ''); if (!seen.has(kk)) { seen.add(kk); r.self['TOTAL ' + kk] = (r.self['TOTAL ' + kk] ?? 0) + (dts[k + 1] ?? 0) / 1000; } }
          if (WANT.test(fn) && !seen.has(fn)) { seen.add(fn); r.self['TOTAL ' + fn] = (r.self['TOTAL ' + fn] ?? 0) + (dts[k + 1] ?? 0) / 1000; }
        }
        const f = byId.get(id).callFrame;
        const key = `${f.functionName || '(anonymous)'}:${f.lineNumber} ${f.url ? f.url.replace(/^.*\//, '') : ''}`.trim();
        r.self[key] = (r.self[key] ?? 0) + (dts[k + 1] ?? 0) / 1000;
        if (/\.wasm$/.test(f.url)) r.self['ALL wasm'] = (r.self['ALL wasm'] ?? 0) + (dts[k + 1] ?? 0) / 1000;
      });
    }
    if (r.__seq) { console.log('REALLOC runs (start ms, dur):', JSON.stringify(r.__seq.map(([a, d]) => d.toFixed(1)))); r.__seq = []; }
    r.fromScript.push(t.drawn - t.first);
    r.drawn.push(t.drawn);
    r.frame.push(t.frame);
    for (const [name, at] of t.marks) (r.marks[name] ??= []).push(at - t.first);
    await context.close();
  }
  process.stderr.write(`round ${i + 1}/${runs}\n`);
}
await browser.close();
await site.close();

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${set}, ${runs} cold loads each, ${throttled ? 'mobile profile' : 'loopback'}, load average at the end ${load}`);
console.log('| variant | from script (ms) | drawn (ms) | next frame (ms) |');
console.log('|---|---:|---:|---:|');
for (const v of variants) {
  const r = results[v.name];
  console.log(`| ${v.name} | ${fmtSummary(summary(r.fromScript))} | ${fmtSummary(summary(r.drawn))} | ${fmtSummary(summary(r.frame))} |`);
}
// Marks the builds made (performance.mark: put into a scratch copy of the
// host to see where its time goes), and the .wasm's request and arrival:
// median ms from the first script's request.
const names = [...new Set(variants.flatMap((v) => Object.keys(results[v.name].marks)))];
if (names.length) {
  const at = (v, n) => summary(results[v.name].marks[n] ?? [])?.median;
  names.sort((a, b) => (at(variants[0], a) ?? at(variants.at(-1), a) ?? 0) - (at(variants[0], b) ?? at(variants.at(-1), b) ?? 0));
  console.log(`\n| mark (median ms from the first script) | ${variants.map((v) => v.name).join(' | ')} |`);
  console.log(`|---|${variants.map(() => '---:').join('|')}|`);
  for (const n of names) console.log(`| ${n} | ${variants.map((v) => at(v, n)?.toFixed(1) ?? '–').join(' | ')} |`);
}
if (profiling) {
  for (const v of variants) {
    const top = Object.entries(results[v.name].self).sort((a, b) => b[1] - a[1]).slice(0, 30);
    console.log(`\n${v.name}: self time until the render event, mean ms per load`);
    for (const [k, ms] of top) console.log(`${(ms / runs).toFixed(2).padStart(7)}  ${k.slice(0, 150)}`);
  }
}
