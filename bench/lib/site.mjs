// The benchmark's web site: one generated page per contender and data set,
// and a small static server on loopback.
//
// Every page carries its data inline (<script type="application/json">) and
// the instrument (pages/probe.js) inlined in its <head>, so the requests a
// page makes are exactly what its contender needs to draw: our widget by
// script embed, Chart.js's UMD build + glue, or the bare canvas script.
//
// URL space (what a CDN would serve):
//   /www/, /pkg/          the widget, as published: dist/rating-chart-VERSION/
//   /vendor/chart.js/     node_modules/chart.js/dist
//   /pages/               bench/pages (the reference pages' scripts)
//   /gen/                 the generated HTML pages
// Libraries are served like versioned CDN files (Cache-Control: max-age one
// year, immutable), so a second visit reads them from the HTTP cache; the
// generated pages are never cached, like a news article. Every file is sent
// gzip -9 compressed (Content-Encoding: gzip) to a browser that accepts it,
// as a CDN would: under network throttling the bytes on the wire are the
// compressed ones.

import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TYPES } from '../../scripts/serve.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BENCH = join(ROOT, 'bench');
export const CACHE = join(BENCH, '.cache');
const GEN = join(CACHE, 'site');

// The widget as a CDN serves it: the versioned copy `make dist` writes
// (www/ and pkg/ side by side, the embed's scripts minified).
const VERSION = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "(.+)"/m)[1];
const DIST = join(ROOT, 'dist', `rating-chart-${VERSION}`);

const MOUNTS = {
  www: join(DIST, 'www'),
  pkg: join(DIST, 'pkg'),
  'vendor/chart.js': join(ROOT, 'node_modules', 'chart.js', 'dist'),
  pages: join(BENCH, 'pages'),
  gen: GEN,
};

/** The three contenders, in the order every interleaved loop runs them. */
export const CONTENDERS = [
  { id: 'ours', name: 'rating-chart (wasm)' },
  { id: 'chartjs', name: 'Chart.js 4.6.1' },
  { id: 'bare', name: 'bare canvas' },
];

/** Issue 18's contender, measured beside the three on the seed's first
 *  chart only: the embed code of `rating-chart embed` (the chart pre-drawn
 *  as SVG at 320, 480 and 640 px inside the element, then brought to life by
 *  the same script as ours). */
export const STATIC = { id: 'static', name: 'rating-chart static (SVG in the HTML)' };
/** Ours without the README's preload hint (the embed code of a chart
 *  further down a page, which should not take bytes early): beside the
 *  others in the first-chart loop only. */
export const NOHINT = { id: 'nohint', name: 'rating-chart (wasm), no preload hint' };

/** The contenders of the first-chart loop. */
export const FIRST_CHART = [...CONTENDERS, NOHINT, STATIC];

const CLI = join(ROOT, 'target', 'release', 'rating-chart');

/** `rating-chart embed` of `json` (written to the cache first) with `args`. */
function embedCode(json, args = []) {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, 'embed-input.json');
  writeFileSync(file, json);
  return execFileSync(CLI, ['embed', file, ...args], { encoding: 'utf8' });
}

/** What the static copy adds to the article's HTML: gzip -9 bytes of the
 *  embed code with the SVG (at 320, 480 and 640 px) and without it. */
export function staticWeight(json) {
  const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;
  const withSvg = embedCode(json);
  const without = embedCode(json, ['--no-svg']);
  return { withSvg: gz(withSvg), without: gz(without), added: gz(withSvg) - gz(without), raw: Buffer.byteLength(withSvg) - Buffer.byteLength(without) };
}

/** The local file behind a URL path, or null when it is outside the mounts. */
export function fileFor(pathname) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const mount = Object.keys(MOUNTS).find((m) => rel.startsWith(`${m}/`));
  if (!mount) return null;
  const base = MOUNTS[mount];
  const file = join(base, rel.slice(mount.length + 1));
  return file.startsWith(base + sep) ? file : null;
}

const STYLE = `body { margin: 0; padding: 16px; font: 16px sans-serif; background: #fff; }
.box { width: 640px; position: relative; }
.fixed { height: 400px; }
.tip { position: absolute; left: 0; top: 0; pointer-events: none; white-space: nowrap; will-change: transform;
  background: #fff; border: 1px solid #8c8c8c; padding: 4px 6px; font: 13px sans-serif; }`;

/** JSON text made safe inside a <script> element ('<' only occurs in strings). */
const scriptSafe = (json) => json.replaceAll('<', '\\u003c');

function page(title, head, body) {
  const probe = readFileSync(join(BENCH, 'pages', 'probe.js'), 'utf8');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
<script>${probe}</script>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The README's preload hint for a chart in the first screen of a page,
 *  as the editor writes it for a `make dist` copy (the reader's glue is
 *  inside rating-chart.js, so only the .wasm is named). */
const HINT = '<link rel="preload" href="/pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>\n';

const BUILDERS = {
  // The README's embed for a chart in the first screen: the preload hint,
  // its optional style sheet (zero layout shift) and the module script,
  // then the element with the data inline. `hint` false: the same without
  // the hint (NOHINT).
  ours: (json, head = '', hint = true) =>
    page(
      hint ? 'bench: rating-chart' : 'bench: rating-chart, no preload hint',
      `${hint ? HINT : ''}<link rel="stylesheet" href="/www/rating-chart.css">
<script type="module" src="/www/rating-chart.js"></script>${head}`,
      `<rating-chart class="box" height="400"><script type="application/json">${scriptSafe(json)}</script></rating-chart>`,
    ),
  chartjs: (json) =>
    page(
      'bench: Chart.js',
      '',
      `<div class="box fixed" data-view="720"><canvas id="chart"></canvas></div>
<script type="application/json" id="data">${scriptSafe(json)}</script>
<script src="/vendor/chart.js/chart.umd.min.js"></script>
<script src="/pages/rating-data.js"></script>
<script src="/pages/chartjs.js"></script>`,
    ),
  bare: (json) =>
    page(
      'bench: bare canvas',
      '',
      `<div class="box"><canvas id="chart" data-height="400" data-view="720"></canvas></div>
<script type="application/json" id="data">${scriptSafe(json)}</script>
<script src="/pages/rating-data.js"></script>
<script src="/pages/bare.js"></script>`,
    ),
};

/** The refused-data page: how many charts name the file, and its padding
 *  (6 MiB, over the 5 MiB limit). */
export const OVERSIZE_CHARTS = 14;
const OVERSIZE_BYTES = 6 * 1024 * 1024;

/**
 * Writes every page; returns the URL path of each as urls[contender][set].
 * `invalidJson`, data the widget rejects, gives one more page of ours,
 * urls.ours.invalid, whose probe watches the error box (pages/probe.js),
 * and urls.ours.oversize, OVERSIZE_CHARTS charts naming one src over the
 * 5 MiB limit.
 */
export function writePages(sets, invalidJson) {
  mkdirSync(GEN, { recursive: true });
  const urls = {};
  for (const { id } of CONTENDERS) {
    urls[id] = {};
    for (const [key, set] of Object.entries(sets)) {
      writeFileSync(join(GEN, `${id}-${key}.html`), BUILDERS[id](set.json));
      urls[id][key] = `/gen/${id}-${key}.html`;
    }
  }
  writeFileSync(join(GEN, 'nohint-seed.html'), BUILDERS.ours(sets.seed.json, '', false));
  urls.nohint = { seed: '/gen/nohint-seed.html' };
  // The static contender: the same script as ours and the embed code with
  // the chart pre-drawn, 640 px wide like the others, as the README gives
  // it: the code carries its copies' rules in a <style> of its own, so the
  // page links no stylesheet (whose request would hold the first paint back).
  const code = embedCode(sets.seed.json).replace('<rating-chart ', '<rating-chart class="box" ');
  if (!code.includes('<style>')) throw new Error('the embed code has no <style> of its own');
  writeFileSync(join(GEN, 'static-seed.html'), page(
    'bench: rating-chart static',
    '<script type="module" src="/www/rating-chart.js"></script>',
    code,
  ));
  urls.static = { seed: '/gen/static-seed.html' };
  if (invalidJson !== undefined) {
    writeFileSync(join(GEN, 'ours-invalid.html'), BUILDERS.ours(invalidJson, '\n<script>__bench.watchErrors();</script>'));
    urls.ours.invalid = '/gen/ours-invalid.html';
  }
  // Data that is refused (issue 16): OVERSIZE_CHARTS charts naming one src
  // over the 5 MiB limit (the seed padded with a long note, valid JSON),
  // fetched once for all, refused on its size, never parsed.
  const seed = JSON.parse(sets.seed.json);
  writeFileSync(join(GEN, 'oversize.json'), JSON.stringify({ ...seed, notes: 'x'.repeat(OVERSIZE_BYTES) }));
  const charts = Array.from({ length: OVERSIZE_CHARTS }, () => '<rating-chart class="box" height="400" loading="eager" src="/gen/oversize.json"></rating-chart>');
  writeFileSync(join(GEN, 'ours-oversize.html'), page(
    'bench: rating-chart, data over the limit',
    `<link rel="stylesheet" href="/www/rating-chart.css">
<script type="module" src="/www/rating-chart.js"></script>
<script>__bench.watchErrors();</script>`,
    charts.join('\n'),
  ));
  urls.ours.oversize = '/gen/ours-oversize.html';
  return urls;
}

/**
 * Another copy of the widget beside dist/'s, for A/B measurements
 * (bench/pointer-ab.mjs): serves `dir` (a dist/rating-chart-VERSION folder,
 * www/ and pkg/ inside) at /alt/NAME/www/ and /alt/NAME/pkg/, and writes
 * our page of each data set of `sets` loading it from there (with the
 * preload hint for that copy's `.wasm` unless `hint` is false); returns
 * their URL paths by set key. bench/ab.mjs uses it too.
 */
export function addDist(name, dir, sets, { hint = true } = {}) {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`not a usable name for a copy: ${JSON.stringify(name)}`);
  MOUNTS[`alt/${name}/www`] = join(resolve(dir), 'www');
  MOUNTS[`alt/${name}/pkg`] = join(resolve(dir), 'pkg');
  mkdirSync(GEN, { recursive: true });
  const urls = {};
  for (const [key, set] of Object.entries(sets)) {
    const html = BUILDERS.ours(set.json, '', hint).replaceAll('"/www/', `"/alt/${name}/www/`).replaceAll('"/pkg/', `"/alt/${name}/pkg/`);
    writeFileSync(join(GEN, `alt-${name}-${key}.html`), html);
    urls[key] = `/gen/alt-${name}-${key}.html`;
  }
  return urls;
}

// gzip -9 bodies by file, computed once per file version.
const gzipped = new Map();
async function gzipOf(file, body) {
  const { mtimeMs, size } = await stat(file);
  const key = `${file}\0${mtimeMs}\0${size}`;
  if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

/** Starts the server on a free loopback port; resolves to { base, close }. */
export async function startSite() {
  const server = createServer(async (req, res) => {
    const file = fileFor(new URL(req.url, 'http://x').pathname);
    const body = file && (await readFile(file).catch(() => null));
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('Not found\n');
    }
    const generated = file.startsWith(GEN + sep);
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const sent = gzip ? await gzipOf(file, body) : body;
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Cache-Control': generated ? 'no-store' : 'public, max-age=31536000, immutable',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': sent.length,
    });
    res.end(sent);
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
  };
}
