// End-to-end: pointer, touch, keyboard, legend, screen-reader text, themes
// and accessibility checks on the demo page, in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { setup, openPage, chartsSettled, OUTPUT } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Page coordinates of a segment's point (dx, dy) from its top-left. */
async function segmentPoint(page, group, tier, dy = 3) {
  return page.evaluate(([g, t, dy]) => {
    const el = document.querySelector('#seed');
    const s = el.chart.segments().find((s) => s.group === g && s.tier === t);
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    return { x: r.left + s.x + s.w / 2, y: r.top + s.y + dy, seg: { left: r.left + s.x, top: r.top + s.y, right: r.left + s.x + s.w, bottom: r.top + s.y + s.h } };
  }, [group, tier, dy]);
}

function tooltip(page) {
  return page.evaluate(() => {
    const tip = document.querySelector('#seed').shadowRoot.querySelector('.tooltip');
    const r = tip.getBoundingClientRect();
    return { hidden: tip.hidden, text: tip.innerText, rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom } };
  });
}

const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('hover shows the exact figures in a tooltip that never covers the segment', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`);
  await chartsSettled(page);
  const p = await segmentPoint(page, 2, 1);
  await page.mouse.move(p.x, p.y);
  const tip = await tooltip(page);
  assert.equal(tip.hidden, false);
  assert.equal(tip.text, 'Đảng viên · 2021\nHoàn thành tốt nhiệm vụ\n69.198 · 75,7\u00a0%');
  assert.ok(!overlaps(tip.rect, p.seg), 'tooltip beside, not over, the datum');
  assert.ok(tip.rect.left >= 0 && tip.rect.right <= 800, 'inside the viewport');
  // The thin 0,7 % segment ("failed", 657 members) is reachable by pointer too.
  const thin = await segmentPoint(page, 2, 3, 10);
  await page.mouse.move(thin.x, thin.y);
  assert.match((await tooltip(page)).text, /Không hoàn thành nhiệm vụ\n657 · 0,7\u00a0%/);
  await page.mouse.move(5, 5);
  assert.equal((await tooltip(page)).hidden, true);
  await page.mouse.move(400, 1200);
  assert.deepEqual(problems, []);
  await context.close();
});

test('within one segment the tooltip stays put and wasm is not asked; the next segment and the gap update it', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`);
  await chartsSettled(page);
  await page.evaluate(() => {
    const chart = document.querySelector('#seed').chart;
    const proto = Object.getPrototypeOf(chart);
    const original = proto.pointerMove;
    window.__asked = 0;
    chart.pointerMove = function (...args) {
      window.__asked += 1;
      return original.apply(this, args);
    };
  });
  const a = await segmentPoint(page, 2, 1);
  await page.mouse.move(a.x, a.y);
  const first = await tooltip(page);
  assert.match(first.text, /Hoàn thành tốt nhiệm vụ/);
  const asked = await page.evaluate(() => window.__asked);
  // Ten moves inside the same segment, up to 1 px from its right edge.
  for (let k = 1; k <= 10; k += 1) await page.mouse.move(a.x + ((a.seg.right - 1 - a.x) * k) / 10, a.y + (k % 3));
  const still = await tooltip(page);
  assert.equal(still.text, first.text);
  assert.deepEqual(still.rect, first.rect, 'the tooltip does not move');
  assert.equal(await page.evaluate(() => window.__asked), asked, 'no call into wasm');
  // One pixel into the next segment: its figures.
  const b = await segmentPoint(page, 2, 2);
  await page.mouse.move(b.seg.left + 1, a.y);
  assert.match((await tooltip(page)).text, /Hoàn thành nhiệm vụ\n/);
  // Between the bars: nothing.
  await page.mouse.move(a.x, a.seg.bottom + 8);
  assert.equal((await tooltip(page)).hidden, true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a hover draws only when the highlight changes: the highlight alone over the chart, nothing within a datum', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`, { deviceScaleFactor: 2 });
  await chartsSettled(page);
  // Count the drawing calls made on the chart's canvas (the wasm side
  // calls the context's methods by name).
  await page.evaluate(() => {
    const el = document.querySelector('#seed');
    const ctx = el.shadowRoot.querySelector('canvas.chart').getContext('2d');
    window.__draws = { fillRect: 0, fillText: 0 };
    for (const name of Object.keys(window.__draws)) {
      const original = ctx[name];
      ctx[name] = function (...args) {
        window.__draws[name] += 1;
        return original.apply(this, args);
      };
    }
    window.__take = () => {
      const taken = { ...window.__draws };
      for (const k of Object.keys(window.__draws)) window.__draws[k] = 0;
      return taken;
    };
    // A whole repaint, for scale.
    el.chart.redraw();
    window.__whole = window.__take();
  });
  const whole = await page.evaluate(() => window.__whole);
  assert.ok(whole.fillText > 10, `a whole repaint writes every text: ${JSON.stringify(whole)}`);
  const a = await segmentPoint(page, 2, 1);
  await page.mouse.move(a.x, a.y);
  // Over a chart with no highlight, the highlight alone: the veil, the
  // segment and its label again, the outline; nothing repainted under it.
  const entered = await page.evaluate(() => window.__take());
  assert.ok(entered.fillText <= 2 && entered.fillRect > 0, `the segment and its label, not the chart: ${JSON.stringify(entered)}`);
  for (let k = 1; k <= 10; k += 1) await page.mouse.move(a.x + ((a.seg.right - 1 - a.x) * k) / 10, a.y + (k % 3));
  assert.deepEqual(await page.evaluate(() => window.__take()), { fillRect: 0, fillText: 0 }, 'nothing drawn within one datum');
  // The next segment: the chart once, and the highlight.
  const b = await segmentPoint(page, 2, 2);
  await page.mouse.move(b.seg.left + 1, a.y);
  const next = await page.evaluate(() => window.__take());
  assert.ok(next.fillText >= whole.fillText && next.fillText <= whole.fillText + 2, `one repaint: ${JSON.stringify(next)} vs ${JSON.stringify(whole)}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap shows the tooltip on touch screens and a tap elsewhere dismisses it', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  await chartsSettled(page);
  const p = await segmentPoint(page, 1, 0);
  await page.touchscreen.tap(p.x, p.y);
  assert.match((await tooltip(page)).text, /Tổ chức cơ sở đảng · 2021\nHoàn thành xuất sắc nhiệm vụ\n135 · 20,0\u00a0%/);
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-touch-dpr3.png` });
  await page.touchscreen.tap(10, 10);
  assert.equal((await tooltip(page)).hidden, true);
  await context.close();
});

test('the keyboard visits every datum in order and the live region announces it', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`);
  await chartsSettled(page);
  // Tab reaches the chart: one tab stop, the canvas.
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.id === 'seed' && document.querySelector('#seed').shadowRoot.activeElement?.className);
  assert.equal(focused, 'chart');
  const said = [];
  for (let i = 0; i < 13; i++) {
    await page.keyboard.press('ArrowRight');
    said.push(await page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('[aria-live]').textContent));
  }
  const pct = (s) => `${s}\u00a0%`;
  assert.deepEqual(said.slice(0, 12), [
    `Tổ chức đảng cấp trên cơ sở · 2021 · Hoàn thành xuất sắc nhiệm vụ · 6 · ${pct('40,0')}`,
    `Tổ chức đảng cấp trên cơ sở · 2021 · Hoàn thành tốt nhiệm vụ · 9 · ${pct('60,0')}`,
    `Tổ chức đảng cấp trên cơ sở · 2021 · Hoàn thành nhiệm vụ · 0 · ${pct('0,0')}`,
    `Tổ chức đảng cấp trên cơ sở · 2021 · Không hoàn thành nhiệm vụ · 0 · ${pct('0,0')}`,
    `Tổ chức cơ sở đảng · 2021 · Hoàn thành xuất sắc nhiệm vụ · 135 · ${pct('20,0')}`,
    `Tổ chức cơ sở đảng · 2021 · Hoàn thành tốt nhiệm vụ · 484 · ${pct('71,8')}`,
    `Tổ chức cơ sở đảng · 2021 · Hoàn thành nhiệm vụ · 55 · ${pct('8,2')}`,
    `Tổ chức cơ sở đảng · 2021 · Không hoàn thành nhiệm vụ · 0 · ${pct('0,0')}`,
    `Đảng viên · 2021 · Hoàn thành xuất sắc nhiệm vụ · 13.886 · ${pct('15,2')}`,
    `Đảng viên · 2021 · Hoàn thành tốt nhiệm vụ · 69.198 · ${pct('75,7')}`,
    `Đảng viên · 2021 · Hoàn thành nhiệm vụ · 7.659 · ${pct('8,4')}`,
    `Đảng viên · 2021 · Không hoàn thành nhiệm vụ · 657 · ${pct('0,7')}`,
  ]);
  assert.equal(said[12], said[11], 'the last datum stays put');
  await page.keyboard.press('ArrowUp');
  assert.match(await page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('[aria-live]').textContent), /^Tổ chức cơ sở đảng · 2021 · Không hoàn thành/);
  await page.keyboard.press('Home');
  assert.match(await page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('[aria-live]').textContent), /^Tổ chức cơ sở đảng · 2021 · Hoàn thành xuất sắc/);
  // Enter emphasises the focused tier, Escape clears everything.
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.querySelector('#seed').chart.emphasis), 0);
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-keyboard.png` });
  const live = () => page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('[aria-live]').textContent);
  assert.match(await live(), /^Đang làm nổi bật/);
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('#seed').chart.emphasis), null);
  assert.equal(await page.evaluate(() => document.querySelector('#seed').chart.focused), null);
  // Clearing the emphasis is said aloud, with Escape as with Enter.
  assert.match(await live(), /^Đã bỏ làm nổi bật/);
  // Tab leaves the chart (no trap): on to the "show data" button.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('#seed').shadowRoot.activeElement?.tagName), 'BUTTON');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the legend emphasises a tier across all groups', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`, { deviceScaleFactor: 2 });
  await chartsSettled(page);
  const pos = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    // Find the legend swatch of tier 1 by scanning the legend row for it.
    for (let y = 60; y < 120; y += 2) {
      for (let x = 10; x < 600; x += 4) {
        if (el.chart.legendAt(x, y) === 1) return { x: r.left + x, y: r.top + y };
      }
    }
    return null;
  });
  assert.ok(pos, 'legend entry of tier 1 found');
  await page.mouse.click(pos.x, pos.y);
  const state = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    // The highlight is painted on the chart's canvas: a segment at full
    // strength shows its tier's colour, a veiled one a lighter colour.
    const ctx = el.shadowRoot.querySelector('canvas.chart').getContext('2d');
    const full = (g, t) => {
      const s = el.chart.segments().find((s) => s.group === g && s.tier === t);
      const d = ctx.getImageData(Math.floor((s.x + s.w / 2) * 2), Math.floor((s.y + 3) * 2), 1, 1).data;
      return `#${[d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('')}` === s.color;
    };
    return { emphasis: el.chart.emphasis, kept: [full(0, 1), full(1, 1), full(2, 1)], veiled: [full(0, 0), full(2, 2)], live: el.shadowRoot.querySelector('[aria-live]').textContent };
  });
  assert.equal(state.emphasis, 1);
  assert.deepEqual(state.kept, [true, true, true], 'every group’s tier-1 segment at full strength');
  assert.deepEqual(state.veiled, [false, false], 'the others veiled');
  assert.equal(state.live, 'Đang làm nổi bật: Hoàn thành tốt nhiệm vụ');
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-legend-emphasis.png` });
  await page.mouse.click(pos.x, pos.y);
  assert.equal(await page.evaluate(() => document.querySelector('#seed').chart.emphasis), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('summary and data table carry every figure of the seed data', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`);
  await chartsSettled(page);
  const got = await page.evaluate(() => {
    const root = document.querySelector('#seed').shadowRoot;
    const canvas = root.querySelector('canvas.chart');
    const described = canvas.getAttribute('aria-describedby').split(' ').map((id) => root.getElementById(id).textContent);
    const rows = [...root.querySelectorAll('table.data tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    return { described, rows, hidden: root.querySelector('table.data').classList.contains('sr-only') };
  });
  // The description: not the title again (the canvas's name), but the
  // subtitle, a sentence per group and the source printed under the plot.
  assert.equal(got.described[0], 'Tổ chức đảng và đảng viên theo mức xếp loại, tỉ lệ trên tổng số. Tổ chức đảng cấp trên cơ sở: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 60,0\u00a0%. Tổ chức cơ sở đảng: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 71,8\u00a0%. Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7\u00a0%. Nguồn: Báo điện tử Đảng Cộng sản Việt Nam, 24/02/2022.');
  const p = (s) => s.replace(/ %/g, '\u00a0%');
  assert.deepEqual(got.rows, [
    ['Nhóm', 'Tổng', 'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'],
    ['Tổ chức đảng cấp trên cơ sở', '15', p('6 (40,0 %)'), p('9 (60,0 %)'), p('0 (0,0 %)'), p('0 (0,0 %)')],
    ['Tổ chức cơ sở đảng', '674', p('135 (20,0 %)'), p('484 (71,8 %)'), p('55 (8,2 %)'), p('0 (0,0 %)')],
    ['Đảng viên', '91.400', p('13.886 (15,2 %)'), p('69.198 (75,7 %)'), p('7.659 (8,4 %)'), p('657 (0,7 %)')],
  ]);
  assert.ok(got.hidden, 'visually hidden until asked for');
  await page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('.tools button[aria-controls="data"]').click());
  const shown = await page.evaluate(() => {
    const root = document.querySelector('#seed').shadowRoot;
    return { hidden: root.querySelector('table.data').classList.contains('sr-only'), expanded: root.querySelector('.tools button[aria-controls="data"]').getAttribute('aria-expanded') };
  });
  assert.deepEqual(shown, { hidden: false, expanded: 'true' });
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-table.png` });
  await context.close();
  // On a phone the table is wider than the chart and scrolls sideways; its
  // title wraps to the visible width and stays in view while it scrolls.
  const phone = await openPage(env.browser, `${env.base}/`, { viewport: { width: 360, height: 740 } });
  await chartsSettled(phone.page);
  const title = await phone.page.evaluate(async () => {
    const root = document.querySelector('#seed').shadowRoot;
    root.querySelector('.tools button[aria-controls="data"]').click();
    const wrap = root.querySelector('.scroll');
    const inside = () => {
      const c = root.querySelector('table.data caption span').getBoundingClientRect();
      const w = wrap.getBoundingClientRect();
      return c.left >= w.left && c.right <= w.right;
    };
    const before = inside();
    wrap.scrollLeft = wrap.scrollWidth;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    const region = [wrap.tabIndex, wrap.getAttribute('role'), wrap.getAttribute('aria-label')];
    return { wide: wrap.scrollWidth > wrap.clientWidth, before, scrolled: wrap.scrollLeft > 0, after: inside(), region };
  });
  // The keyboard can scroll it too: a labelled region with a tab stop.
  assert.deepEqual(title, { wide: true, before: true, scrolled: true, after: true, region: [0, 'region', 'Hải Dương: kết quả đánh giá, xếp loại chất lượng năm 2021'] });
  await phone.context.close();
});

test('resizing from 1024 to 320 px re-lays out (not just scales) and stays crisp at DPR 3', async () => {
  const { page, context } = await openPage(env.browser, `${env.base}/`, { viewport: { width: 1024, height: 900 }, deviceScaleFactor: 3 });
  await chartsSettled(page);
  const at = () => page.evaluate(() => {
    const el = document.querySelector('#seed');
    const c = el.shadowRoot.querySelector('canvas.chart');
    return { w: el.chart.width, h: el.chart.height, host: el.clientWidth, backing: c.width, css: c.getBoundingClientRect().width };
  });
  const wide = await at();
  await page.setViewportSize({ width: 320, height: 900 });
  await page.waitForFunction((w) => document.querySelector('#seed').chart.width !== w, wide.w);
  const narrow = await at();
  assert.equal(narrow.w, narrow.host);
  assert.ok(narrow.h > wide.h, 'labels move above the bars');
  assert.equal(narrow.backing, narrow.css * 3);
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-320-dpr3.png` });
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations (${scheme} scheme)`, async () => {
    const { page, context } = await openPage(env.browser, `${env.base}/`, { colorScheme: scheme });
    await chartsSettled(page);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(result, []);
    const theme = await page.evaluate(() => document.querySelector('#seed').shadowRoot.querySelector('.frame').classList.contains('dark'));
    assert.equal(theme, scheme === 'dark');
    if (scheme === 'dark') {
      const bg = await page.evaluate(() => {
        const c = document.querySelector('#seed').shadowRoot.querySelector('canvas.chart');
        return [...c.getContext('2d').getImageData(2, 2, 1, 1).data.slice(0, 3)];
      });
      assert.deepEqual(bg, [0x12, 0x12, 0x12]);
      await page.screenshot({ path: `${OUTPUT}demo-dark.png`, fullPage: true });
    }
    await context.close();
  });
}

test('forced-colours mode uses the system colours and wider separators', async () => {
  const { page, context, problems } = await openPage(env.browser, `${env.base}/`);
  await page.emulateMedia({ forcedColors: 'active' });
  await chartsSettled(page);
  await page.waitForFunction(() => {
    const s = document.querySelector('#seed').chart.segments();
    return s[1].x - (s[0].x + s[0].w) === 2;
  });
  const got = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    const probe = document.createElement('span');
    probe.style.cssText = 'background-color: Canvas';
    document.body.append(probe);
    const canvasColour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    const px = [...el.shadowRoot.querySelector('canvas.chart').getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)];
    return { canvasColour, px };
  });
  assert.equal(`rgb(${got.px.join(', ')})`, got.canvasColour);
  // The tooltip's swatch keeps its tier's colour (forced colours would
  // blank it, leaving the tier named but not shown).
  const seg = await page.evaluate(() => {
    const el = document.querySelector('#seed');
    const s = el.chart.segments()[1];
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    return { x: r.left + s.x + s.w / 2, y: r.top + s.y + s.h / 2, color: s.color };
  });
  await page.mouse.move(seg.x, seg.y);
  const swatch = await page.evaluate(() => getComputedStyle(document.querySelector('#seed').shadowRoot.querySelector('.tooltip .t'), '::before').backgroundColor);
  const hex = (rgb) => `#${rgb.match(/\d+/g).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
  assert.equal(hex(swatch), seg.color);
  await page.locator('#seed').screenshot({ path: `${OUTPUT}seed-forced-colors.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

/** A page of its own (lang="en", no margin) holding one chart of `json`
 *  with id `id`, `width` CSS px wide; waits until it is drawn. */
async function openChart(json, id, width) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="rating-chart.js"></script></head><body style="margin:0">
<rating-chart id="${id}"><script type="application/json">${json}</script></rating-chart></body></html>`;
  const context = await env.browser.newContext({ viewport: { width, height: 700 } });
  const url = `${env.base}/www/__chart-${id}.html`;
  await context.route(url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  await page.goto(url);
  await chartsSettled(page);
  return { page, context };
}

test('a donut arc gets its tooltip by the pointer, inside the chart, never past its bottom', async () => {
  const donut = JSON.stringify({
    version: 1, locale: 'en-US', title: 'Approval',
    tiers: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }],
    groups: [{ label: 'Everyone', counts: { yes: 990, no: 10 } }],
    display: { kind: 'donut' },
  });
  const { page, context } = await openChart(donut, 'd', 320);
  const arcs = await page.evaluate(() => {
    const el = document.querySelector('#d');
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    const big = el.chart.segments().find((s) => s.tier === 0);
    // Points on the big arc: its top-left and its bottom (the ring is at
    // the middle of the box's edge, a little inside).
    return { left: r.left, top: r.top, big };
  });
  const { big } = arcs;
  for (const [px, py] of [[big.cx, big.cy], [big.x + big.w * 0.5, big.y + 6], [big.x + big.w * 0.5, big.y + big.h - 6]]) {
    const x = arcs.left + px;
    const y = arcs.top + py;
    // Entering the arc afresh (within one datum the tooltip stays put).
    await page.mouse.move(1, 1);
    await page.mouse.move(x, y);
    const got = await page.evaluate(() => {
      const root = document.querySelector('#d').shadowRoot;
      const t = root.querySelector('.tooltip');
      const s = root.querySelector('.stage').getBoundingClientRect();
      const b = t.getBoundingClientRect();
      return { hidden: t.hidden, text: t.innerText, tip: [b.left, b.top, b.right, b.bottom], stage: [s.left, s.top, s.right, s.bottom] };
    });
    assert.equal(got.hidden, false, `a tooltip at ${px},${py}`);
    assert.match(got.text, /^Everyone\nYes\n990 · 99\.0%$/);
    const [l, t, r, b] = got.tip;
    // By the pointer: above it or just under its arrow, not across the donut.
    assert.ok(b <= y - 8 || t >= y + 16, `not over the pointer: tooltip ${got.tip}, pointer ${x},${y}`);
    assert.ok(Math.min(Math.abs(b - y), Math.abs(t - y)) <= 40, `near the pointer: tooltip ${got.tip}, pointer ${x},${y}`);
    // Inside the chart: never past its bottom or its sides.
    assert.ok(l >= got.stage[0] - 0.5 && r <= got.stage[2] + 0.5 && t >= got.stage[1] - 0.5 && b <= got.stage[3] + 0.5, `inside the chart: ${got.tip} in ${got.stage}`);
  }
  await context.close();
});

test('names in Arabic or Hebrew read right to left in the tooltip and the data table too', async () => {
  const data = JSON.stringify({
    version: 1, locale: 'en-US', title: 'هل توافق؟',
    tiers: [{ id: 'a', label: 'نعم!' }, { id: 'b', label: 'No' }],
    groups: [{ label: 'תל אביב-יפו:', counts: { a: 5, b: 3 } }, { label: 'Paris', counts: { a: 2, b: 7 } }],
    display: { kind: 'stacked' },
  });
  const { page, context } = await openChart(data, 'r', 640);
  await page.evaluate(() => document.querySelector('#r').shadowRoot.querySelector('canvas.chart').focus());
  await page.keyboard.press('ArrowRight');
  const got = await page.evaluate(() => {
    const root = document.querySelector('#r').shadowRoot;
    const dir = (el) => getComputedStyle(el).direction;
    const ths = [...root.querySelectorAll('table.data th')];
    return {
      tip: [dir(root.querySelector('.tooltip .g')), dir(root.querySelector('.tooltip .t'))],
      caption: dir(root.querySelector('table.data caption span')),
      heads: Object.fromEntries(ths.map((th) => [th.textContent, dir(th)])),
    };
  });
  assert.deepEqual(got.tip, ['rtl', 'rtl']);
  assert.equal(got.caption, 'rtl');
  assert.equal(got.heads['نعم!'], 'rtl');
  assert.equal(got.heads['תל אביב-יפו:'], 'rtl');
  assert.equal(got.heads.No, 'ltr');
  assert.equal(got.heads.Paris, 'ltr');
  await context.close();
});
