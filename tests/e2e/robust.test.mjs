// End-to-end robustness: every invalid fixture in its own widget on one page
// shows the same first problem as `rating-chart check`, with no exception;
// XSS payloads in every text field leave no element, request or dialog;
// a panic inside wasm stays inside its chart.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setup, recordProblems, pageHtml } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INVALID = fileURLToPath(new URL('../fixtures/invalid/', import.meta.url));
const SEED = JSON.parse(readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8'));

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

async function openBody(body, { onRequest } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 20000 } });
  await context.route(`${env.base}/www/__page.html`, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: pageHtml(body, { lang: 'en' }),
  }));
  await context.route(`${env.base}/www/__invalid/*`, (r) => r.fulfill({
    contentType: 'application/json',
    body: readFileSync(INVALID + decodeURIComponent(new URL(r.request().url()).pathname.split('/').pop())),
  }));
  const page = await context.newPage();
  const problems = recordProblems(page);
  if (onRequest) page.on('request', onRequest);
  await page.goto(`${env.base}/www/__page.html`);
  return { page, context, problems };
}

test('each invalid fixture shows, in its own widget, the first problem `rating-chart check` reports', async () => {
  const files = readdirSync(INVALID).filter((f) => f.endsWith('.json')).sort();
  const expected = Object.fromEntries(files.map((f) => {
    const out = spawnSync('cargo', ['run', '--quiet', '--', 'check', `tests/fixtures/invalid/${f}`], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(out.status, 1, `${f}: ${out.stderr}`);
    const first = JSON.parse(out.stdout.split('\n').find((l) => l.includes('"severity":"error"')));
    return [f, first];
  }));
  const body = files.map((f, i) => `<rating-chart id="w${i}" data-file="${f}" src="__invalid/${encodeURIComponent(f)}" loading="eager"></rating-chart>`).join('\n')
    + `<rating-chart id="ok" loading="eager"><script type="application/json">${JSON.stringify(SEED)}</script></rating-chart>`;
  const { page, context, problems } = await openBody(body);
  await page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.chart || e.shadowRoot.querySelector('.error')), null, { timeout: 60000 });
  const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('rating-chart[data-file]')].map((e) => [
    e.dataset.file, e.shadowRoot.querySelector('.error li')?.textContent ?? '(no error box)',
  ])));
  const notUtf8 = new Set(['not-utf8.json', 'utf16.json']);
  for (const f of files) {
    if (notUtf8.has(f)) {
      // Decoding happens before validation in the browser.
      assert.match(shown[f], /not UTF-8/, f);
      continue;
    }
    const e = expected[f];
    const line = e.path ? `${e.path}: ${e.message}` : e.message;
    assert.equal(shown[f], line, f);
  }
  assert.ok(await page.evaluate(() => !!document.querySelector('#ok').chart), 'the valid chart beside them renders');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a source that never answers blocks no other chart', async () => {
  const body = `<rating-chart id="hang" src="__hang/data.json" loading="eager"></rating-chart>
    <rating-chart id="ok" loading="eager"><script type="application/json">${JSON.stringify(SEED)}</script></rating-chart>`;
  const context = await env.browser.newContext();
  await context.route(`${env.base}/www/__hang/**`, () => {}); // never fulfilled
  await context.route(`${env.base}/www/__page.html`, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: pageHtml(body, { lang: 'en' }),
  }));
  const page = await context.newPage();
  await page.goto(`${env.base}/www/__page.html`);
  await page.waitForFunction(() => document.querySelector('#ok').chart);
  assert.equal(await page.evaluate(() => !!document.querySelector('#hang').shadowRoot.querySelector('.placeholder')), true);
  await context.close();
});

test('XSS payloads in every text field stay text', async () => {
  const payloads = [
    '<img src=x onerror="alert(1)">',
    '"><script>alert(2)</script>',
    '<svg onload=alert(3)>',
    "javascript:alert(4)",
    '{{constructor.constructor("alert(5)")()}}',
    '</style><style>body{display:none}</style>',
  ];
  const p = (i) => payloads[i % payloads.length];
  const data = {
    ...SEED,
    title: `T ${p(0)}`,
    subtitle: `S ${p(1)}`,
    notes: `N ${p(2)}`,
    source: { text: `Src ${p(3)}` },
    tiers: SEED.tiers.map((t, i) => ({ ...t, label: `${t.label} ${p(i + 1)}` })),
    groups: SEED.groups.map((g, i) => ({ ...g, label: `${g.label} ${p(i + 3)}`, period: `P ${p(i)}` })),
  };
  const requests = [];
  const { page, context, problems } = await openBody(
    `<rating-chart id="x" loading="eager"><script type="application/json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script></rating-chart>`,
    { onRequest: (r) => requests.push(r.url()) },
  );
  await page.waitForFunction(() => document.querySelector('#x').chart);
  const count = () => page.evaluate(() => {
    const root = document.querySelector('#x').shadowRoot;
    return {
      img: document.querySelectorAll('img').length + root.querySelectorAll('img').length,
      script: root.querySelectorAll('script').length,
      svg: root.querySelectorAll('svg').length,
      style: root.querySelectorAll('style').length + document.querySelectorAll('style').length,
      bodyVisible: getComputedStyle(document.body).display !== 'none',
    };
  });
  // Exercise every path that shows text: tooltip, keyboard, table, downloads of SVG.
  const box = await page.evaluate(() => {
    const r = document.querySelector('#x').shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: r.left + r.width * 0.6, y: r.top + r.height * 0.6 };
  });
  await page.mouse.move(box.x, box.y);
  await page.evaluate(() => document.querySelector('#x').shadowRoot.querySelector('canvas').focus());
  await page.keyboard.press('ArrowRight');
  await page.evaluate(() => document.querySelector('#x').shadowRoot.querySelector('[aria-controls="data"]').click());
  // The SVG download as a reader gets it (drawn by the full module, loaded for it).
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate(() => document.querySelector('#x').shadowRoot.querySelector('[data-download="svg"]').click()),
  ]);
  const svg = readFileSync(await file.path(), 'utf8');
  assert.match(svg, /^<svg/);
  assert.deepEqual(await count(), { img: 0, script: 0, svg: 0, style: 0, bodyVisible: true });
  assert.ok(!/<img|<script|<svg onload/i.test(svg.replace(/^<svg[^>]*>/, '')), 'payloads are escaped in the SVG');
  const table = await page.evaluate(() => document.querySelector('#x').shadowRoot.querySelector('table').textContent);
  assert.ok(table.includes('<img src=x onerror="alert(1)">') || table.includes('"><script>alert(2)</script>'), 'shown as text');
  assert.ok(requests.every((u) => !u.endsWith('/x') && !u.startsWith('javascript:')), `no request from data: ${requests}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a panic inside wasm stays inside its chart; the others keep working on a fresh instance', async () => {
  const chart = (id) => `<rating-chart id="${id}" loading="eager"><script type="application/json">${JSON.stringify(SEED)}</script></rating-chart>`;
  const { page, context } = await openBody(chart('a') + chart('b') + chart('c'));
  await page.waitForFunction(() => ['a', 'b', 'c'].every((id) => document.getElementById(id).chart));
  await page.evaluate(() => {
    const b = document.getElementById('b');
    b._guard(() => b.chart.panicForTesting());
  });
  await page.waitForFunction(() => ['a', 'c'].every((id) => document.getElementById(id).chart));
  const state = await page.evaluate(() => ({
    b: document.getElementById('b').shadowRoot.querySelector('.error')?.textContent,
    a: document.getElementById('a').chart.summary(),
    c: document.getElementById('c').chart.hitTest(400, 200) !== undefined,
  }));
  assert.match(state.b, /Internal error while drawing the chart|Lỗi nội bộ/);
  assert.match(state.a, /Đảng viên/);
  assert.ok(state.c);
  // A chart added afterwards uses the fresh instance too.
  await page.evaluate((json) => {
    const d = document.createElement('rating-chart');
    d.id = 'd';
    d.setAttribute('loading', 'eager');
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = json;
    d.append(s);
    document.body.append(d);
  }, JSON.stringify(SEED));
  await page.waitForFunction(() => document.getElementById('d').chart);
  await context.close();
});
