// End-to-end: rough edges readers and editors meet around the chart — a
// newsroom's fixed look under a reader's dark preference, the language of
// a JSON syntax error, a quiet console under the iframe code with
// loading="lazy", and the keyboard's announcements and place after Escape.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, chartsSettled, pageHtml, openHtml as openHtmlAt, OUTPUT } from './harness.mjs';

const SEED = readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8');
const HOST = 'http://news.example.test';

let env;
// The iframe test's host page is served by Playwright's routing, which
// Chromium's local-network checks treat as public and forbid from framing
// 127.0.0.1 (as in frame.test.mjs).
before(async () => { env = await setup({ args: ['--disable-features=LocalNetworkAccessChecks'] }); });
after(async () => { await env?.close(); });

/** Serves `html` at a made-up URL under /www/ and opens it. */
const openHtml = (html, options = {}) => openHtmlAt(env, html, { name: 'readers', ...options });

const chart = (attrs = '', json = SEED) => `<rating-chart loading="eager" ${attrs}><script type="application/json">${json}</script></rating-chart>`;
const withTheme = (theme) => JSON.stringify({ ...JSON.parse(SEED), theme }).replaceAll('<', '\\u003c');
const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** The colours of every HTML part of `#id` (after hovering a segment, so
 *  that the tooltip shows) and of the canvas's paper. */
async function colours(page, id) {
  const at = await page.evaluate((id) => {
    const el = document.querySelector(`#${id}`);
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    const d = el.chart.datumInfo(2, 1);
    return { x: r.left + d.cx, y: r.top + d.cy };
  }, id);
  await page.mouse.move(at.x, at.y);
  await page.waitForFunction((id) => !document.querySelector(`#${id}`).shadowRoot.querySelector('.tooltip').hidden, id);
  return page.evaluate((id) => {
    const root = document.querySelector(`#${id}`).shadowRoot;
    const cs = (s) => getComputedStyle(root.querySelector(s));
    const [r, g, b] = root.querySelector('canvas.chart').getContext('2d').getImageData(1, 1, 1, 1).data;
    return {
      canvasPaper: `rgb(${r}, ${g}, ${b})`,
      frame: cs('.frame').backgroundColor,
      text: cs('.frame').color,
      button: cs('.tools button').color,
      sep: cs('.tools .sep').color,
      tooltip: [cs('.tooltip').backgroundColor, cs('.tooltip').color],
      dark: root.querySelector('.frame').classList.contains('dark'),
    };
  }, id);
}

test('a fixed (brand) look keeps every HTML part in its colours under a reader\'s dark preference, and a fixed dark look under a light one', async () => {
  const cream = { paper: '#f6f1e4', ink: '#2a2118', muted: '#6b5e4b' };
  const body = `<div style="width: 520px">${chart('id="cream"', withTheme(cream))}${chart('id="night"', withTheme({ mode: 'dark' }))}</div>`;
  const dark = await openHtml(pageHtml(body), { colorScheme: 'dark' });
  await chartsSettled(dark.page);
  const got = await colours(dark.page, 'cream');
  await dark.page.locator('#cream').screenshot({ path: `${OUTPUT}fixed-look-dark-preference.png` });
  assert.equal(got.canvasPaper, rgb(cream.paper), 'the chart keeps its paper');
  assert.equal(got.frame, rgb(cream.paper), 'no dark strip under the chart');
  assert.equal(got.text, rgb(cream.ink));
  assert.equal(got.button, rgb(cream.ink), 'the tools in the chart\'s ink');
  assert.equal(got.sep, rgb(cream.muted));
  assert.deepEqual(got.tooltip, [rgb(cream.ink), rgb(cream.paper)]);
  assert.equal(got.dark, false);
  assert.deepEqual(dark.problems, []);
  await dark.context.close();
  // A fixed dark look under a light preference: dark throughout.
  const light = await openHtml(pageHtml(body), { colorScheme: 'light' });
  await chartsSettled(light.page);
  const night = await colours(light.page, 'night');
  assert.equal(night.frame, night.canvasPaper, 'the frame is the chart\'s dark paper');
  assert.notEqual(night.frame, 'rgba(0, 0, 0, 0)');
  assert.equal(night.dark, true);
  assert.equal(night.button, night.text, 'the tools in the chart\'s ink');
  await light.context.close();
});

test('a JSON syntax error speaks the element\'s locale, else the page\'s language, else Vietnamese', async () => {
  const broken = '{"version": 1, "title": "Hỏng", "tiers": [}';
  const errorOf = async (html) => {
    const t = await openHtml(html);
    await chartsSettled(t.page);
    const got = await t.page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((el) => {
      const box = el.shadowRoot.querySelector('.error');
      return { lang: box.closest('[lang]')?.lang, heading: box.querySelector('strong').textContent, line: box.querySelector('li').textContent };
    }));
    assert.deepEqual(t.problems, []);
    await t.context.close();
    return got;
  };
  const vi = { lang: 'vi', heading: 'Không thể vẽ biểu đồ này' };
  const en = { lang: 'en', heading: 'This chart cannot be drawn' };
  const [onVi, attrEn] = await errorOf(pageHtml(chart('', broken) + chart('locale="en-GB"', broken), { lang: 'vi' }));
  assert.deepEqual({ lang: onVi.lang, heading: onVi.heading }, vi);
  assert.match(onVi.line, /^Dữ liệu không phải JSON hợp lệ ở dòng 1, cột \d+/);
  assert.deepEqual({ lang: attrEn.lang, heading: attrEn.heading }, en, 'the locale attribute wins');
  assert.match(attrEn.line, /not valid JSON at line 1, column \d+/);
  const [onEn, attrVi] = await errorOf(pageHtml(chart('', broken) + chart('locale="vi-VN"', broken), { lang: 'en' }));
  assert.deepEqual({ lang: onEn.lang, heading: onEn.heading }, en, 'an English page');
  assert.deepEqual({ lang: attrVi.lang, heading: attrVi.heading }, vi);
  const [noLang] = await errorOf(pageHtml(chart('', broken), { lang: '' }));
  assert.deepEqual({ lang: noLang.lang, heading: noLang.heading }, vi, 'no language anywhere: the format\'s vi-VN');
});

test('the editor\'s iframe code with loading="lazy" leaves the host page\'s console clean', async () => {
  const frameSrc = `${env.base}/www/frame.html#data=${encodeURIComponent(SEED)}`;
  // As the editor writes it (snippets.js): the iframe, then the resize script.
  const body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
    <div style="height: 2500px">Bài viết…</div>
    <iframe data-rating-chart src="${frameSrc}" title="Hải Dương 2021" height="420" style="width: 100%; border: 0" loading="lazy"></iframe>
    <script type="module" src="${env.base}/www/frame-resize.js"></script>
    </body></html>`;
  const context = await env.browser.newContext({ viewport: { width: 800, height: 700 } });
  await context.route(`${HOST}/article.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body }));
  const page = await context.newPage();
  const logged = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logged.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => logged.push(`pageerror: ${e.message}`));
  await page.goto(`${HOST}/article.html`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  await page.evaluate(() => document.querySelector('iframe').scrollIntoView());
  // Auto-height still works: the iframe takes its chart's height.
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
  await page.waitForTimeout(300);
  assert.deepEqual(logged, []);
  await context.close();
});

test('the keyboard announces the period the tooltip shows, and after Escape the arrows go on from where the reader was', async () => {
  const t = await openHtml(pageHtml(chart('id="c"')));
  await chartsSettled(t.page);
  const live = () => t.page.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('[aria-live]').textContent);
  await t.page.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('canvas.chart').focus());
  for (let i = 0; i < 6; i++) await t.page.keyboard.press('ArrowRight');
  const sixth = await live();
  const tip = await t.page.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.tooltip .g').textContent);
  assert.equal(tip, 'Tổ chức cơ sở đảng · 2021');
  assert.equal(sixth, 'Tổ chức cơ sở đảng · 2021 · Hoàn thành tốt nhiệm vụ · 484 · 71,8\u00a0%', 'the period, as the tooltip shows it');
  await t.page.keyboard.press('Escape');
  assert.equal(await t.page.evaluate(() => document.querySelector('#c').chart.focused), null, 'Escape clears the focus');
  await t.page.keyboard.press('ArrowRight');
  assert.equal(await live(), 'Tổ chức cơ sở đảng · 2021 · Hoàn thành nhiệm vụ · 55 · 8,2\u00a0%', 'on from the sixth, not from the first');
  await t.page.keyboard.press('Escape');
  await t.page.keyboard.press('ArrowLeft');
  assert.match(await live(), /^Tổ chức cơ sở đảng · 2021 · Hoàn thành tốt nhiệm vụ/);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});
