// The npm package (issue 19, README "Install from npm"): built by
// scripts/package.mjs from pkg/ and www/ (run `make build` or `make dist`
// first), packed with `npm pack`, installed from its tarball into a fresh
// project under target/npm/e2e/ (offline: the tarball has no dependencies;
// Vite, Svelte and TypeScript are the repository's own devDependencies,
// found up the tree), then:
// - its file list and manifest (`npm pack --dry-run`, `npm publish --dry-run`);
// - every entry imported in plain Node, where window, document and
//   customElements are recorders: nothing may touch them;
// - `rating-chart/node`'s renderSvg against `rating-chart render`, byte
//   for byte, and validate against `rating-chart check`;
// - the README's examples as written there: the plain page and a Vite
//   build in Chromium (the chart draws, one .wasm fetch as
//   application/wasm, no CSP violation under script-src 'self'
//   'wasm-unsafe-eval'), the Svelte component (server-rendered and mounted
//   in the Vite build), the React component (tsc --noEmit), the Node script.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const at = (...p) => join(ROOT, ...p);
const VERSION = /^version = "([^"]+)"/m.exec(readFileSync(at('Cargo.toml'), 'utf8'))[1];
const PACKAGE = at('target/npm/rating-chart');
const TARBALL = at(`target/npm/rating-chart-${VERSION}.tgz`);
const PROJECT = at('target/npm/e2e');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:";
const SEED = readFileSync(at('www/examples/hai-duong-2021.json'), 'utf8');
const CLI = at('target/debug/rating-chart');

/** The README's "Install from npm" section, and its code block of `lang`
 *  (the one that contains `including`, when given). */
const SECTION = /^## Install from npm\n([\s\S]*?)(?=^## )/m.exec(readFileSync(at('README.md'), 'utf8'))[1];
function example(lang, including = '') {
  const blocks = [...SECTION.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
  const found = blocks.filter((b) => b.includes(including));
  assert.equal(found.length, 1, `README "Install from npm" has one ${lang} example with ${JSON.stringify(including)}`);
  return found[0];
}

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: [opts.input ? 'pipe' : 'ignore', 'pipe', 'pipe'], ...opts });

let browser;

before(() => {
  run(process.execPath, [at('scripts/package.mjs')]);
  rmSync(PROJECT, { recursive: true, force: true });
  mkdirSync(PROJECT, { recursive: true });
  writeFileSync(join(PROJECT, 'package.json'), JSON.stringify({
    name: 'rating-chart-e2e', private: true, type: 'module',
    dependencies: { 'rating-chart': `file:../rating-chart-${VERSION}.tgz` },
  }));
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PROJECT });
  // The CLI the Node rendering is compared with.
  run('cargo', ['build', '--quiet', '--bin', 'rating-chart'], { cwd: ROOT });
});

after(async () => {
  await browser?.close();
});

async function chromiumBrowser() {
  browser ??= await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
    headless: true,
  });
  return browser;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
};

/** A static server of `root` that sends the strict CSP with every page. */
async function serve(root) {
  const server = createServer(async (req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = join(root, normalize(path));
    try {
      if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) throw new Error('no');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Content-Security-Policy': CSP });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found\n');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

/** Opens `url` in Chromium, waits for every chart to draw; returns what was
 *  fetched, the CSP violations and the page's problems. */
async function openCharts(url, count) {
  const b = await chromiumBrowser();
  const context = await b.newContext({ viewport: { width: 800, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const responses = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => responses.push({ url: r.url(), status: r.status(), type: r.headers()['content-type'], csp: r.headers()['content-security-policy'] }));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForFunction((n) => {
    const els = [...document.querySelectorAll('rating-chart')];
    return els.length === n && els.every((e) => e.chart || e.shadowRoot?.querySelector('.error'));
  }, count, { timeout: 30_000 });
  const charts = await page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((e) => ({
    defined: customElements.get('rating-chart') === e.constructor,
    error: e.shadowRoot.querySelector('.error')?.textContent ?? null,
    segments: e.chart ? e.chart.segments().length : 0,
    // Pixels drawn on the canvas: the centre of the first segment is its colour.
    painted: (() => {
      const canvas = e.shadowRoot.querySelector('canvas');
      const s = e.chart?.segments()[0];
      if (!canvas || !s) return null;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const [r, g, bl] = canvas.getContext('2d').getImageData(Math.round((s.x + s.w / 2) * ratio), Math.round((s.y + s.h / 2) * ratio), 1, 1).data;
      const hex = `#${[r, g, bl].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      return hex === s.color.toLowerCase();
    })(),
  })));
  const violations = await page.evaluate(() => window.__violations);
  const drawn = await page.evaluate(() => document.body.dataset.drawn ?? null);
  await context.close();
  return { charts, responses, violations, problems, drawn };
}

function checkPage(result, what) {
  assert.deepEqual(result.problems, [], `${what}: no console error, no page error`);
  assert.deepEqual(result.violations, [], `${what}: no CSP violation`);
  for (const c of result.charts) {
    assert.equal(c.error, null, `${what}: no error box`);
    assert.ok(c.defined, `${what}: the element is defined`);
    assert.ok(c.segments > 0, `${what}: the chart has segments`);
    assert.equal(c.painted, true, `${what}: the canvas shows the first segment's colour at its centre`);
  }
  const page = result.responses.find((r) => r.type?.startsWith('text/html'));
  assert.equal(page.csp, CSP, `${what}: the page was served under the strict CSP`);
  const wasm = result.responses.filter((r) => r.url.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `${what}: one .wasm fetched (${wasm.map((r) => r.url).join(', ')})`);
  assert.equal(wasm[0].type, 'application/wasm');
  assert.equal(wasm[0].status, 200);
  assert.ok(result.responses.every((r) => r.status < 400), `${what}: nothing missing: ${result.responses.filter((r) => r.status >= 400).map((r) => r.url)}`);
}

test('npm pack and npm publish --dry-run: exactly the files the package needs, a manifest that names them', () => {
  const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: PACKAGE }));
  const files = packed.files.map((f) => f.path).sort();
  for (const f of packed.files) console.log(`# ${String(f.size).padStart(8)} ${f.path}`);
  console.log(`# package ${packed.size} bytes (tarball), ${packed.unpackedSize} unpacked, ${packed.files.length} files`);
  const hostFiles = readdirSync(at('www/host')).filter((f) => f.endsWith('.js')).map((f) => `host/${f}`);
  const expected = [
    'CHANGELOG.md', 'LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'package.json',
    'index.js', 'index.d.ts', 'element.js', 'element.d.ts', 'node.js', 'node.d.ts', 'files.js', 'react.d.ts', 'frame-resize.d.ts',
    'rating-data.d.ts', 'pkg/rating_chart.js', 'pkg/rating_chart.d.ts', 'pkg/rating_chart_bg.wasm', 'pkg/rating_chart_reader.js', 'pkg/rating_chart_reader_bg.wasm', 'pkg/rating_chart_kinds.js', 'pkg/rating_chart_kinds_bg.wasm',
    'rating-chart.css', 'rating-data.schema.json',
    'frame/frame.html', 'frame/frame.css', 'frame/frame.js', 'frame/frame-resize.js',
    ...hostFiles,
  ].sort();
  assert.deepEqual(files, expected);
  const manifest = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8'));
  assert.equal(manifest.version, VERSION, 'the crate\'s version');
  assert.match(manifest.version, /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'a semantic version');
  assert.match(readFileSync(at('CHANGELOG.md'), 'utf8'), new RegExp(`^## ${VERSION.replace(/\./g, '\\.')} `, 'm'), 'the CHANGELOG has this version');
  // Every export and its types are files of the package.
  for (const [name, target] of Object.entries(manifest.exports)) {
    for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
      assert.ok(files.includes(file.replace(/^\.\//, '')), `exports["${name}"] → ${file} is packed`);
    }
  }
  assert.deepEqual(manifest.sideEffects.sort(), ['./element.js', './frame/frame-resize.js', './frame/frame.css', './frame/frame.js', './rating-chart.css']);
  // An unreachable registry: the dry run must not need the network.
  const publish = spawnSync('npm', ['publish', '--dry-run', '--registry=http://127.0.0.1:9/', '--loglevel=notice'], { cwd: PACKAGE, encoding: 'utf8' });
  assert.equal(publish.status, 0, publish.stderr);
  assert.match(publish.stderr + publish.stdout, new RegExp(`rating-chart@${VERSION.replace(/\./g, '\\.')}`));
  assert.match(publish.stderr, /total files: +\d+/);
});

test('every entry imports in plain Node without touching window, document or customElements', () => {
  const script = `
    const touched = [];
    for (const name of ['window', 'document', 'customElements', 'navigator', 'location', 'self']) {
      const recorder = new Proxy(function () {}, {
        get(_, key) { touched.push(name + '.' + String(key)); return undefined; },
        has(_, key) { touched.push(name + ' has ' + String(key)); return false; },
        apply() { touched.push(name + '()'); },
        construct() { touched.push('new ' + name); return {}; },
      });
      Object.defineProperty(globalThis, name, { value: recorder, configurable: true, writable: true });
    }
    const entries = ['rating-chart', 'rating-chart/element', 'rating-chart/node', 'rating-chart/frame-resize'];
    const exported = {};
    for (const entry of entries) exported[entry] = Object.keys(await import(entry)).sort();
    console.log(JSON.stringify({ touched, exported }));
  `;
  const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], { cwd: PROJECT }));
  assert.deepEqual(out.touched, []);
  assert.deepEqual(out.exported['rating-chart'], ['loadModule', 'reservedHeight', 'wasmMemoryBytes']);
  assert.deepEqual(out.exported['rating-chart/element'], ['RatingChartElement', 'loadModule', 'reservedHeight', 'wasmMemoryBytes']);
  assert.deepEqual(out.exported['rating-chart/node'], ['embedCode', 'renderSvg', 'validate']);
});

/** The seed with its texts in Greek and Cyrillic (beyond Latin: what the
 *  font table added for Node rendering). */
function seedIn(script) {
  const data = JSON.parse(SEED);
  const words = script === 'greek'
    ? ['Εξαιρετική', 'Καλή', 'Επαρκής', 'Ανεπαρκής', 'Οργανώσεις βάσης', 'Μέλη']
    : ['Отлично', 'Хорошо', 'Выполнено', 'Не выполнено', 'Первичные организации', 'Члены партии'];
  data.tiers.forEach((t, i) => { t.label = words[i]; });
  data.groups[1].label = words[4];
  data.groups[2].label = words[5];
  data.title = `${words[5]}: ${words[0]} / ${words[3]}`;
  return JSON.stringify(data, null, 2);
}

test('rating-chart/node renderSvg writes the CLI\'s SVG byte for byte; validate gives check\'s issues', () => {
  const tmp = join(PROJECT, 'cli');
  mkdirSync(tmp, { recursive: true });
  const cases = [];
  for (const f of readdirSync(at('www/examples')).filter((f) => f.endsWith('.json'))) {
    for (const width of [320, 640, 1024]) cases.push({ name: f, text: readFileSync(at('www/examples', f), 'utf8'), args: ['--width', String(width)], options: { width } });
  }
  cases.push({ name: 'seed, default width', text: SEED, args: [], options: {} });
  cases.push({ name: 'seed as a donut, 480 × 600', text: SEED, args: ['--kind', 'donut', '--width', '480', '--height', '600'], options: { kind: 'donut', width: 480, height: 600 } });
  for (const script of ['greek', 'cyrillic']) cases.push({ name: `seed in ${script}`, text: seedIn(script), args: ['--width', '400'], options: { width: 400 } });
  const inputs = [];
  cases.forEach((c, i) => {
    const input = join(tmp, `in-${i}.json`);
    writeFileSync(input, c.text);
    run(CLI, ['render', input, '-o', join(tmp, `cli-${i}.svg`), ...c.args]);
    inputs.push(input);
  });
  const script = `
    import { readFileSync } from 'node:fs';
    import { renderSvg } from 'rating-chart/node';
    const cases = JSON.parse(readFileSync(0, 'utf8'));
    console.log(JSON.stringify(cases.map((c) => renderSvg(readFileSync(c.input, 'utf8'), c.options))));
  `;
  const svgs = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: PROJECT, input: JSON.stringify(cases.map((c, i) => ({ input: inputs[i], options: c.options }))), maxBuffer: 1 << 28,
  }));
  cases.forEach((c, i) => {
    const cli = readFileSync(join(tmp, `cli-${i}.svg`), 'utf8');
    assert.ok(cli.startsWith('<svg'), c.name);
    assert.ok(svgs[i] === cli, `${c.name}: renderSvg differs from rating-chart render ${c.args.join(' ')}`);
  });

  // validate vs check, for the invalid fixtures (text ones) and the examples.
  const fixtures = readdirSync(at('tests/fixtures/invalid')).filter((f) => f.endsWith('.json')).map((f) => at('tests/fixtures/invalid', f))
    .filter((f) => { try { new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(f)); return true; } catch { return false; } });
  const files = [...fixtures, ...readdirSync(at('www/examples')).filter((f) => f.endsWith('.json')).map((f) => at('www/examples', f))];
  const fromNode = JSON.parse(run(process.execPath, ['--input-type=module', '-e', `
    import { readFileSync } from 'node:fs';
    import { validate } from 'rating-chart/node';
    const files = JSON.parse(readFileSync(0, 'utf8'));
    console.log(JSON.stringify(files.map((f) => [validate(readFileSync(f, 'utf8')), validate(readFileSync(f, 'utf8'), 'en')])));
  `], { cwd: PROJECT, input: JSON.stringify(files), maxBuffer: 1 << 28 }));
  let withErrors = 0;
  files.forEach((f, i) => {
    for (const [k, lang] of [[0, []], [1, ['--lang', 'en']]]) {
      const r = spawnSync(CLI, ['check', f, ...lang], { encoding: 'utf8' });
      const cli = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      assert.deepEqual(fromNode[i][k], cli, `${f} ${lang.join(' ')}`);
      if (k === 0 && cli.some((x) => x.severity === 'error')) withErrors += 1;
    }
  });
  assert.ok(withErrors >= 50, `${withErrors} invalid documents compared`);
});

test('README: the Node example runs and writes the CLI\'s SVG and embed code', () => {
  const dir = join(PROJECT, 'node-example');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'ratings.json'), SEED);
  writeFileSync(join(dir, 'build.mjs'), example('js', "from 'rating-chart/node'"));
  run(process.execPath, ['build.mjs'], { cwd: dir });
  run(CLI, ['render', join(dir, 'ratings.json'), '-o', join(dir, 'cli.svg')]);
  assert.ok(readFileSync(join(dir, 'chart.svg'), 'utf8') === readFileSync(join(dir, 'cli.svg'), 'utf8'), 'chart.svg is the CLI\'s');
  const embed = run(CLI, ['embed', join(dir, 'ratings.json')]);
  assert.ok(readFileSync(join(dir, 'embed.html'), 'utf8') === embed, 'embed.html is rating-chart embed\'s');
});

test('README: the plain HTML page draws from the installed package under the strict CSP', async () => {
  writeFileSync(join(PROJECT, 'index.html'), example('html', 'node_modules/rating-chart'));
  writeFileSync(join(PROJECT, 'ratings.json'), SEED);
  const server = await serve(PROJECT);
  try {
    const result = await openCharts(server.url, 1);
    checkPage(result, 'plain HTML');
    assert.ok(result.responses.some((r) => r.url.endsWith('/node_modules/rating-chart/pkg/rating_chart_reader_bg.wasm')), 'the reader\'s module, beside the entry');
  } finally {
    await server.close();
  }
});

/** The README's Svelte component compiled by Svelte's compiler for
 *  `generate` ('client' or 'server'), written into the project. */
async function svelteComponent(generate) {
  const { compile } = await import('svelte/compiler');
  const { js } = compile(example('svelte'), { generate, filename: 'Ratings.svelte', name: 'Ratings' });
  const file = join(PROJECT, `Ratings.${generate}.js`);
  writeFileSync(file, js.code);
  return file;
}

test('README: the Svelte component renders on the server (importing the element there)', async () => {
  const file = await svelteComponent('server');
  const html = run(process.execPath, ['--input-type=module', '-e', `
    import { render } from 'svelte/server';
    import Ratings from ${JSON.stringify(file)};
    console.log(render(Ratings, { props: { data: { version: 1 }, height: 300 } }).body);
  `], { cwd: PROJECT });
  assert.match(html, /<rating-chart height="300" loading="eager"><\/rating-chart>/);
});

test('README: a Vite build of the tarball (with the Svelte component mounted) draws under the strict CSP, one .wasm fetch', async () => {
  const app = join(PROJECT, 'vite-app');
  rmSync(app, { recursive: true, force: true });
  mkdirSync(join(app, 'public'), { recursive: true });
  writeFileSync(join(app, 'public/ratings.json'), SEED);
  writeFileSync(join(app, 'main.js'), example('js', "import 'rating-chart/element'"));
  await svelteComponent('client');
  writeFileSync(join(app, 'svelte.js'), `import { mount } from 'svelte';
import Ratings from '../Ratings.client.js';
const data = await (await fetch('/ratings.json')).json();
mount(Ratings, { target: document.getElementById('svelte'), props: { data } });
`);
  writeFileSync(join(app, 'index.html'), `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Vite</title>
<script type="module" src="/main.js"></script><script type="module" src="/svelte.js"></script></head>
<body><rating-chart src="/ratings.json"></rating-chart><div id="svelte"></div></body></html>
`);
  // vite.config.js: none; the package needs no plugin and no option.
  const vite = spawnSync(process.execPath, [at('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: app, encoding: 'utf8' });
  assert.equal(vite.status, 0, vite.stdout + vite.stderr);
  const assets = readdirSync(join(app, 'dist/assets'));
  console.log(`# vite build: ${assets.join(', ')}`);
  assert.ok(assets.some((f) => /^rating_chart_reader_bg-.*\.wasm$/.test(f)), 'the reader\'s wasm is an asset of the build');
  const server = await serve(join(app, 'dist'));
  try {
    const result = await openCharts(server.url, 2);
    checkPage(result, 'Vite');
    assert.match(result.drawn ?? '', /Đảng viên/, 'main.js\'s render listener ran with the summary');
    assert.ok(result.responses.some((r) => /\/assets\/rating_chart_reader_bg-[^/]*\.wasm$/.test(r.url)), 'the wasm comes from the build\'s assets');
  } finally {
    await server.close();
  }
});

test('README: the same Vite project draws under the vite dev server, unconfigured', async () => {
  const app = join(PROJECT, 'vite-app');
  assert.ok(existsSync(join(app, 'index.html')), 'the Vite build test wrote the project');
  const { spawn } = await import('node:child_process');
  const dev = spawn(process.execPath, [at('node_modules/vite/bin/vite.js'), '--port', '0', '--host', '127.0.0.1', '--strictPort', 'false'], { cwd: app, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise((ok, fail) => {
      let text = '';
      const timer = setTimeout(() => fail(new Error(`vite dev did not start: ${text}`)), 60_000);
      dev.stdout.on('data', (d) => {
        text += d;
        const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''));
        if (m) { clearTimeout(timer); ok(m[1]); }
      });
      dev.on('exit', (code) => fail(new Error(`vite dev exited (${code}): ${text}`)));
    });
    const result = await openCharts(url, 2);
    for (const c of result.charts) assert.ok(c.segments > 0 && c.painted, 'vite dev: the chart draws');
    const wasm = result.responses.filter((r) => /\.wasm(\?|$)/.test(r.url));
    assert.equal(wasm.length, 1, 'vite dev: one .wasm fetch');
    assert.equal(wasm[0].type, 'application/wasm');
  } finally {
    dev.kill();
  }
});

test('README: the React component type-checks (tsc --noEmit), and wrong uses of the element do not', () => {
  const dir = join(PROJECT, 'react');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Ratings.tsx'), example('tsx'));
  // What the types must refuse (each line an error, else tsc fails on the
  // unused @ts-expect-error) and what they must know.
  writeFileSync(join(dir, 'uses.tsx'), `import 'rating-chart/element';
import type {} from 'rating-chart/react';
import { loadModule } from 'rating-chart';
import type { RatingChartElement } from 'rating-chart/element';

const el: RatingChartElement = document.createElement('rating-chart');
const found: RatingChartElement | null = document.querySelector('rating-chart');
const drawn: Promise<void> = el.setData({ version: 1, tiers: [{ id: 'a', label: 'A' }], groups: [{ label: 'G', counts: { a: 1 } }] });
el.addEventListener('rating-chart:error', (e) => { const m: string = e.detail.message; void m; });
document.addEventListener('rating-chart:hover', (e) => { const s: string | undefined = e.detail?.share; void s; });
el.addEventListener('rating-chart:render', (e) => { const d: null = e.detail; void d; });
const summary: string | undefined = el.chart?.summary();
void (async () => { const m = await loadModule(); const issues = m.validate('{}'); void issues; m.embedCode('{}'); })();
// @ts-expect-error: no such download format
el.download('gif');
// @ts-expect-error: the reader's chart has no toSvg
el.chart?.toSvg();
// @ts-expect-error: setData takes text or data
el.setData(42);
// @ts-expect-error: the hover detail has no such field
document.addEventListener('rating-chart:hover', (e) => e.detail?.nope);
export const bad = [
  // @ts-expect-error: no such theme
  <rating-chart theme="blue" />,
  // @ts-expect-error: no such kind
  <rating-chart kind="pie" />,
  // @ts-expect-error: no such loading
  <rating-chart loading="later" />,
];
export const good = <rating-chart src="a.json" heights="320:409 640:302" locale="en-GB" kind="donut" theme="dark" loading="interaction" />;
void [found, drawn, summary];
`);
  // Every example is a RatingData, and the types know what the schema refuses.
  const examples = readdirSync(at('www/examples')).filter((f) => f.endsWith('.json'));
  writeFileSync(join(dir, 'data.ts'), `import type { RatingData } from 'rating-chart';
${examples.map((f, i) => `export const example${i}: RatingData = ${readFileSync(at('www/examples', f), 'utf8')};`).join('\n')}
// @ts-expect-error: no tiers
export const noTiers: RatingData = { version: 1, groups: [] };
// @ts-expect-error: not a kind
export const badKind: RatingData = { version: 1, tiers: [], groups: [], display: { kind: 'pie' } };
// @ts-expect-error: unknown field
export const extra: RatingData = { version: 1, tiers: [], groups: [{ label: 'a', count: {} }] };
`);
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022',
      lib: ['es2022', 'esnext.disposable', 'dom', 'dom.iterable'], types: [], skipLibCheck: false,
    },
    include: ['*.tsx', '*.ts'],
  }));
  const tsc = spawnSync(process.execPath, [at('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});
