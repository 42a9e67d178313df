// End-to-end: the demo page in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, chartsSettled, OUTPUT } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('the demo shows the seed chart crisply at DPR 2 with no console error', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`, { deviceScaleFactor: 2 });
  await chartsSettled(page);
  const info = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    const canvas = el.shadowRoot.querySelector('canvas');
    const rect = canvas.getBoundingClientRect();
    return {
      cssWidth: rect.width, cssHeight: rect.height,
      width: canvas.width, height: canvas.height,
      hostWidth: el.clientWidth,
      label: canvas.getAttribute('aria-label'), role: canvas.getAttribute('role'),
      summary: el.shadowRoot.querySelector('#summary').textContent,
      segments: el.chart.segments().length,
      errors: document.querySelectorAll('rating-chart').length - [...document.querySelectorAll('rating-chart')].filter((e) => e.chart).length,
    };
  });
  assert.deepEqual(problems, []);
  assert.equal(info.errors, 0, 'both demo charts render');
  assert.equal(info.cssWidth, info.hostWidth, 'the canvas fills its container');
  assert.equal(info.width, info.cssWidth * 2, 'backing store at devicePixelRatio 2');
  assert.equal(info.height, info.cssHeight * 2);
  assert.equal(info.role, 'img');
  assert.equal(info.label, 'Hải Dương: kết quả đánh giá, xếp loại chất lượng năm 2021');
  assert.match(info.summary, /Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7/);
  assert.equal(info.segments, 12, '3 groups × 4 tiers');
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-dpr2.png` });
  await page.screenshot({ path: `${OUTPUT}demo-dpr2.png`, fullPage: true });
  await context.close();
});

test('pixels at segment centres have the tier colours', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { deviceScaleFactor: 2 });
  await chartsSettled(page);
  const { mismatches, compared } = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    const canvas = el.shadowRoot.querySelector('canvas');
    const ctx = canvas.getContext('2d');
    const out = [];
    let compared = 0;
    for (const s of el.chart.segments()) {
      if (s.w < 2) continue;
      compared += 1;
      const [r, g, b] = ctx.getImageData(Math.floor((s.x + s.w / 2) * 2), Math.floor((s.y + 3) * 2), 1, 1).data;
      const hex = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      if (hex !== s.color) out.push({ s, hex });
    }
    return { mismatches: out, compared };
  });
  assert.deepEqual(mismatches, []);
  // The seed's 9 non-zero parts (12 segments, 3 of them empty): none may go
  // unchecked.
  assert.equal(compared, 9, 'segments compared');
  await context.close();
});

test('bad data shows an error inside its own widget; the others still render', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`);
  await chartsSettled(page);
  await page.evaluate(() => {
    const el = document.createElement('rating-chart');
    el.id = 'bad';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({
      version: 1,
      locale: 'en-GB',
      tiers: [{ id: 'a', label: '<img src=x onerror=alert(1)>' }],
      groups: [{ label: 'G', counts: { a: -1 } }],
    });
    el.append(script);
    document.body.append(el);
  });
  await page.waitForFunction(() => document.querySelector('#bad').shadowRoot.querySelector('.error'));
  const state = await page.evaluate(() => ({
    error: document.querySelector('#bad').shadowRoot.querySelector('.error').textContent,
    images: document.querySelectorAll('img').length + document.querySelector('#bad').shadowRoot.querySelectorAll('img').length,
    others: [...document.querySelectorAll('rating-chart:not(#bad)')].every((e) => e.chart),
  }));
  assert.match(state.error, /This chart cannot be drawn/);
  assert.match(state.error, /groups\[0\]\.counts\.a: The count -1 is negative/);
  assert.equal(state.images, 0, 'no markup from data');
  assert.ok(state.others);
  assert.deepEqual(problems, []);
  await context.close();
});

test('resizing the container re-lays out the chart', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`);
  await chartsSettled(page);
  const wide = await page.evaluate(() => document.querySelector('#seed').chart.height);
  await page.setViewportSize({ width: 340, height: 900 });
  await page.waitForFunction((h) => document.querySelector('#seed').chart.height !== h, wide);
  const narrow = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    return { h: el.chart.height, w: el.chart.width, host: el.clientWidth };
  });
  assert.equal(narrow.w, narrow.host);
  assert.ok(narrow.h > wide, 'labels move above the bars at narrow widths');
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-narrow.png` });
  await context.close();
});
