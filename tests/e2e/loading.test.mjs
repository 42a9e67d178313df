// Loading data: one fetch per `src` URL per page, shared by every chart that
// names it; a file over the 5 MiB limit refused before it is read to the end,
// decoded or parsed; inline data whose <script> was closed early refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { setup, recordProblems, pageHtml } from './harness.mjs';

const SEED_TEXT = readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8');
const SEED = JSON.parse(SEED_TEXT);
const LIMIT = 5 * 1024 * 1024;

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** A page of `body` (routes set by `routes(context)` first). */
async function open(body, routes = async () => {}) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 4000 } });
  await context.route(`${env.base}/www/__page.html`, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: pageHtml(body, { lang: 'en' }),
  }));
  await routes(context);
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(`${env.base}/www/__page.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.chart || e.shadowRoot.querySelector('.error')), null, { timeout: 60000 });
  return { page, context, problems };
}

/** Each chart's error box text, by id ('' when it drew). */
function errors(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('rating-chart')].map((e) => [
    e.id, e.shadowRoot.querySelector('.error')?.textContent ?? '',
  ])));
}

const six = (src) => [0, 1, 2, 3, 4, 5].map((i) => `<rating-chart id="c${i}" src="${src}" loading="eager"></rating-chart>`).join('\n');

test('six charts naming one src share one request', async () => {
  let requests = 0;
  const { page, context, problems } = await open(six('__shared/data.json'), (c) => c.route(`${env.base}/www/__shared/data.json`, (r) => {
    requests += 1;
    r.fulfill({ contentType: 'application/json', body: SEED_TEXT });
  }));
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('rating-chart')].filter((e) => e.chart).length), 6);
  assert.equal(requests, 1, 'one request for six charts');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a src over 5 MiB (Content-Length) is fetched once for six charts and refused unread', async () => {
  let requests = 0;
  // Valid JSON, padded past the limit: refused for its size, not parsed.
  const big = JSON.stringify({ ...SEED, notes: 'x'.repeat(LIMIT) });
  const { page, context, problems } = await open(six('__big/data.json'), (c) => c.route(`${env.base}/www/__big/data.json`, (r) => {
    requests += 1;
    r.fulfill({ contentType: 'application/json', body: big });
  }));
  const shown = await errors(page);
  for (const [id, text] of Object.entries(shown)) {
    assert.match(text, /larger than 5 MiB/, id);
    assert.match(text, /__big\/data\.json/, id);
  }
  assert.equal(Object.keys(shown).length, 6);
  assert.equal(requests, 1, 'one request for six charts');
  assert.deepEqual(problems.filter((p) => !p.startsWith('requestfailed')), []);
  await context.close();
});

test('a src over 5 MiB without a Content-Length is refused once counted past the limit', async () => {
  // A server of its own that streams 16 MiB in chunks, without a length,
  // and hands every other file on to the repository's server (the page and
  // the data on one origin).
  let requests = 0;
  const total = 16 * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const server = createServer(async (req, res) => {
    if (req.url === '/www/big.json') {
      requests += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"version": 1, "notes": "');
      let closed = false;
      res.once('close', () => { closed = true; });
      for (let sent = 0; sent < total && !closed; sent += chunk.length) {
        if (!res.write(chunk)) await new Promise((ok) => setTimeout(ok, 1));
      }
      if (!closed) res.end('"}');
      return;
    }
    if (req.url === '/www/page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml(six('big.json'), { lang: 'en' }));
      return;
    }
    const upstream = await fetch(env.base + req.url);
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') || 'application/octet-stream' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const context = await env.browser.newContext({ viewport: { width: 800, height: 4000 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/www/page.html`);
  await page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.shadowRoot.querySelector('.error')), null, { timeout: 60000 });
  const shown = await errors(page);
  assert.equal(Object.keys(shown).length, 6);
  for (const [id, text] of Object.entries(shown)) assert.match(text, /larger than 5 MiB/, id);
  assert.equal(requests, 1, 'one request for six charts');
  await context.close();
  server.closeAllConnections?.();
  await new Promise((ok) => server.close(ok));
});

test('inline data closed early by a </script> in a label is refused with a clear error', async () => {
  const cut = { ...SEED, groups: SEED.groups.map((g, i) => (i === 0 ? { ...g, label: 'A</script><b id="leak">B</b>' } : g)) };
  // As a CMS would paste it: JSON.stringify leaves "<" as it is.
  const raw = JSON.stringify(cut);
  // As the README and the editor write it: "<" as \u003c inside strings.
  const safe = raw.replace(/</g, '\\u003c');
  const body = `<rating-chart id="cut" loading="eager"><script type="application/json">${raw}</script></rating-chart>
    <rating-chart id="safe" loading="eager"><script type="application/json">${safe}</script></rating-chart>
    <rating-chart id="broken" loading="eager"><script type="application/json">{"version": 1,</script></rating-chart>`;
  const { page, context, problems } = await open(body);
  const shown = await errors(page);
  assert.match(shown.cut, /<\/script>/);
  assert.match(shown.cut, /\\u003c/);
  assert.equal(await page.evaluate(() => !!document.querySelector('#cut').chart), false, 'nothing drawn from the part before');
  // The same data written safely draws, its label intact.
  assert.equal(shown.safe, '');
  assert.equal(await page.evaluate(() => document.querySelector('#safe').chart.datumInfo(0, 0).groupLabel), 'A</script><b id="leak">B</b>');
  // Inline data that is only broken (nothing after it) is a syntax error, as before.
  assert.doesNotMatch(shown.broken, /<\/script>/);
  assert.match(shown.broken, /line 1/i);
  assert.deepEqual(problems, []);
  await context.close();
});
