// End-to-end: the iframe embed (www/frame.html) on a host page of another
// origin, with and without the optional resize snippet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, OUTPUT } from './harness.mjs';

const SEED = readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8');
const HOST = 'http://news.example.test';
const EVIL = 'http://evil.example.test';

let env;
// The host pages are served by Playwright's routing, which Chromium's
// local-network checks treat as public and forbid from framing 127.0.0.1.
before(async () => { env = await setup({ args: ['--disable-features=LocalNetworkAccessChecks'] }); });
after(async () => { await env?.close(); });

async function hostPage(body) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.route(`${HOST}/article.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  await context.route(`${EVIL}/**`, (r) => r.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><script>
      setInterval(() => {
        parent.postMessage({ type: 'rating-chart:resize', height: 5000 }, '*');
        for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: 'rating-chart:hello' }, '*');
      }, 50);
    </script>`,
  }));
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${HOST}/article.html`);
  return { page, context, problems };
}

const frameSrc = `/www/frame.html#data=${encodeURIComponent(SEED)}`;

test('the iframe grows to its content height and ignores messages from other origins', async () => {
  const body = `<!doctype html><html><head><meta charset="utf-8">
    <script type="module" src="${env.base}/www/frame-resize.js"></script></head><body>
    <iframe id="f" data-rating-chart src="${env.base}${frameSrc}" height="200" style="width: 100%; border: 0" title="Hải Dương 2021"></iframe>
    <iframe id="evil" src="${EVIL}/x.html" height="50" style="border: 0"></iframe>
    </body></html>`;
  const { page, context, problems } = await hostPage(body);
  const frame = page.frameLocator('#f');
  await frame.locator('rating-chart').waitFor();
  const child = page.frames().find((f) => f.url().includes('/www/frame.html'));
  await child.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  const contentHeight = await child.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.waitForFunction((h) => document.querySelector('#f').getBoundingClientRect().height === h, contentHeight);
  // The evil frame keeps posting 5000: nothing changes.
  await page.waitForTimeout(400);
  const heights = await page.evaluate(() => ({
    f: document.querySelector('#f').getBoundingClientRect().height,
    evil: document.querySelector('#evil').getBoundingClientRect().height,
  }));
  assert.equal(heights.f, contentHeight);
  assert.ok(contentHeight > 300 && contentHeight < 600, `content height ${contentHeight}`);
  assert.equal(heights.evil, 50);
  const drawn = await child.evaluate(() => document.querySelector('rating-chart').chart.summary());
  assert.match(drawn, /Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7/);
  await page.screenshot({ path: `${OUTPUT}iframe-embed.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

test('without the snippet the iframe keeps its fixed height and still shows the chart', async () => {
  const body = `<!doctype html><html><body>
    <iframe id="f" src="${env.base}${frameSrc}" height="420" style="width: 100%; border: 0" title="Hải Dương 2021"></iframe>
    </body></html>`;
  const { page, context } = await hostPage(body);
  await page.frameLocator('#f').locator('rating-chart').waitFor({ timeout: 20000 });
  const child = page.frames().find((x) => x.url().includes('/www/frame.html'));
  await child.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  const h = await page.evaluate(() => document.querySelector('#f').getBoundingClientRect().height);
  assert.equal(h, 420);
  await context.close();
});

test('frame.html loads data from ?src= and reports bad data inside the frame', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.base}/www/frame.html?src=examples/khoi-doanh-nghiep-2021.json&theme=dark`);
  await page.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  assert.equal(await page.evaluate(() => document.querySelector('rating-chart').chart.height > 100), true);
  await page.goto(`${env.base}/www/frame.html#data=${encodeURIComponent('{"version": 1}')}`);
  await page.waitForFunction(() => document.querySelector('rating-chart')?.shadowRoot.querySelector('.error'));
  assert.match(await page.evaluate(() => document.querySelector('rating-chart').shadowRoot.querySelector('.error').textContent), /tiers/);
  await context.close();
});

test('a new #data= fragment on the same frame.html is drawn (the page is not reloaded for it)', async () => {
  const likert = readFileSync(new URL('../../www/examples/likert-city-services.json', import.meta.url), 'utf8');
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.base}${frameSrc}`);
  await page.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  assert.match(await page.evaluate(() => document.querySelector('rating-chart').chart.summary()), /^Hải Dương/);
  await page.evaluate((json) => { location.hash = `data=${encodeURIComponent(json)}`; }, likert);
  await page.waitForFunction(() => /^How satisfied/.test(document.querySelector('rating-chart')?.chart?.summary() ?? ''));
  assert.equal(await page.evaluate(() => document.querySelectorAll('rating-chart').length), 1);
  await context.close();
});
