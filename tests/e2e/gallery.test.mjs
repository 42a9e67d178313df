// End-to-end: the chart gallery (www/gallery.html) — every chart kind for
// every example data set, under a strict Content-Security-Policy, at phone
// and desktop widths; full-page screenshots for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, recordProblems, chartsSettled, OUTPUT } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:";
const KINDS = ['auto', 'stacked', 'diverging', 'grouped', 'donut', 'waffle', 'trend', 'multiples', 'table'];
// Every example in www/examples/ has its section (scripts/gallery.mjs).
const FIXTURES = readdirSync(new URL('../../www/examples/', import.meta.url)).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const EN = { auto: 'Auto', stacked: '100 % stacked bars', diverging: 'Diverging bars', grouped: 'Grouped bars', donut: 'Donut', waffle: 'Waffle', trend: 'Trend', multiples: 'Small multiples', table: 'Table' };
const example = (name) => JSON.parse(readFileSync(new URL(`../../www/examples/${name}.json`, import.meta.url), 'utf8'));

/** The kind "auto" draws, by the rule README states (src/model/validate.rs). */
function autoKind(data) {
  const total = (g) => g.total ?? Object.values(g.counts).reduce((a, c) => a + (c || 0), 0);
  if (data.groups.length === 1) {
    const t = total(data.groups[0]);
    return t > 0 && t <= 200 ? 'waffle' : 'donut';
  }
  const periods = new Set(data.groups.map((g) => g.period).filter((p) => p !== undefined && p !== null).map(String));
  if (periods.size >= 2) return 'trend';
  const polarity = new Set(data.tiers.map((t) => t.polarity));
  // Diverging only when the negative tiers hold at least 10 % of some group.
  const neg = data.tiers.filter((t) => t.polarity === 'negative').map((t) => t.id);
  const weighs = data.groups.some((g) => {
    const v = g.counts ?? g.shares ?? {};
    const whole = g.counts ? total(g) : Object.values(v).reduce((a, c) => a + (c || 0), 0);
    return whole > 0 && neg.reduce((a, id) => a + (v[id] || 0), 0) >= 0.1 * whole;
  });
  return polarity.has('positive') && polarity.has('negative') && weighs ? 'diverging' : 'stacked';
}

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Opens the gallery at `width` px under the strict CSP (or without it, for
 *  axe, which is injected as an inline script). */
async function openGallery(width, { bypassCSP = false } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 800 }, bypassCSP });
  context.setDefaultTimeout(120_000); // 54 charts on a shared machine
  await context.route(`${env.base}/www/gallery.html`, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': CSP } });
  });
  const page = await context.newPage();
  const problems = recordProblems(page);
  // The widget's script arrives late (a slow network): the page must
  // already hold every chart's space from its CSS, so nothing moves when
  // the script runs.
  await context.route(`${env.base}/www/rating-chart.js`, async (route) => {
    const res = await route.fetch();
    await new Promise((r) => setTimeout(r, 600));
    await route.fulfill({ response: res });
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${env.base}/www/gallery.html`);
  return { page, context, problems };
}

/** Scrolls down the page the way a reader does, 300 px at a time, each
 *  time waiting for the charts that came within the element's 400 px of
 *  the viewport to draw (or fail); then goes back to the top. */
async function drawAll(page) {
  await page.evaluate(async () => {
    const settled = () => [...document.querySelectorAll('rating-chart')]
      .filter((e) => e.getBoundingClientRect().top < window.innerHeight + 350)
      .every((e) => e.chart || e.shadowRoot.querySelector('.error'));
    for (let y = 0; ; y += 300) {
      window.scrollTo(0, y);
      const start = performance.now();
      while (!settled() && performance.now() - start < 30_000) await new Promise((ok) => setTimeout(ok, 20));
      if (y >= document.documentElement.scrollHeight - window.innerHeight) break;
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.chart || e.shadowRoot.querySelector('.error')));
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** What every widget on the page shows. */
function widgets(page) {
  return page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((el) => {
    const card = el.closest('.card');
    return {
      fixture: el.closest('section').id,
      kind: card.dataset.kind,
      attr: el.getAttribute('kind'),
      picked: card.hasAttribute('data-auto-pick'),
      heading: card.querySelector('h3').textContent,
      fx: card.querySelector('h3 .fx')?.textContent ?? '',
      section: el.closest('section').querySelector('h2').firstChild.textContent.trim(),
      badge: card.querySelector('.badge')?.textContent ?? null,
      use: card.querySelector('.use')?.textContent ?? '',
      error: el.shadowRoot.querySelector('.error')?.textContent ?? null,
      segments: el.chart ? el.chart.segments() : [],
      datums: el.chart ? el.chart.datumCount : 0,
      reserved: Number(/(?:^|\s)464:(\d+)/.exec(el.getAttribute('heights'))?.[1]),
      drawn: el.chart ? el.chart.height : 0,
      chartWidth: el.chart ? el.chart.width : 0,
      box: el.getBoundingClientRect().height,
    };
  }));
}

/** Horizontal overflow of the page (0 = none). */
const overflowX = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [1024, 320]) {
  test(`the gallery at ${width} px: every kind for every data set, drawn, no error, no horizontal scroll; screenshot`, async () => {
    const { page, context, problems } = await openGallery(width);
    await drawAll(page);
    const all = await widgets(page);
    assert.equal(all.length, KINDS.length * FIXTURES.length);
    assert.deepEqual([...new Set(all.map((w) => w.fixture))].sort(), [...FIXTURES].sort(), 'a section per example (else run scripts/gallery.mjs)');
    for (const fixture of FIXTURES) {
      const own = all.filter((w) => w.fixture === fixture);
      assert.deepEqual(own.map((w) => w.kind), KINDS, `${fixture}: every kind, in order`);
      const data = example(fixture);
      const picked = own.filter((w) => w.picked);
      assert.deepEqual(picked.map((w) => w.kind), [autoKind(data)], `${fixture}: the badge is on the kind auto picks`);
      assert.ok(picked[0].badge, 'the picked card shows its badge');
      // The auto chart is drawn exactly like the kind its badge names.
      const auto = own.find((w) => w.kind === 'auto');
      assert.deepEqual(auto.segments, picked[0].segments, `${fixture}: auto draws as ${picked[0].kind}`);
      for (const w of own) {
        assert.equal(w.attr, w.kind, 'the kind attribute overrides the data');
        assert.equal(w.error, null, `${fixture} × ${w.kind}: no error`);
        assert.ok(w.segments.length > 0 && w.datums > 0, `${fixture} × ${w.kind}: drawn`);
        assert.equal(w.fx, `— ${w.section}`, 'the heading names the data set');
        assert.match(w.heading, new RegExp(`· ${EN[w.kind]}`, 'i'), 'the heading names the kind');
        assert.ok(w.use.length > 40, `${fixture} × ${w.kind}: says when to use the kind`);
      }
    }
    if (width >= 1024) {
      // Desktop: every chart is exactly as wide as its height attribute was
      // measured for, and fills exactly the box it reserved. When a layout
      // changes, run scripts/gallery.mjs again.
      assert.deepEqual(all.filter((w) => w.chartWidth !== 464).map((w) => `${w.fixture} × ${w.kind}: ${w.chartWidth} px wide`), [], 'the grid gives every chart 464 px');
      const moved = all.filter((w) => w.box !== w.reserved + 28).map((w) => `${w.fixture} × ${w.kind}: drawn ${w.drawn} px, box ${w.box} px, height="${w.reserved}"`);
      assert.deepEqual(moved, [], 'each widget is exactly its reserved box (else run scripts/gallery.mjs)');
    }
    // Nothing moves while the charts load, on desktops and on a 320 px
    // phone: each chart's heights attribute holds the height measured at
    // both widths and the element reserves the one for its own width.
    const shift = await page.evaluate(() => window.__shift);
    assert.equal(shift, 0, `nothing moved while the charts loaded (CLS ${shift})`);
    assert.equal(await overflowX(page), 0, 'no horizontal scroll');
    // Showing a data table scrolls inside its widget, never the page.
    await page.evaluate(() => document.querySelector('#dang-bo-truc-thuoc [data-kind="table"] rating-chart').shadowRoot.querySelector('.tools button[aria-controls="data"]').click());
    assert.equal(await overflowX(page), 0, 'no horizontal scroll with a data table shown');
    await page.evaluate(() => document.querySelector('#dang-bo-truc-thuoc [data-kind="table"] rating-chart').shadowRoot.querySelector('.tools button[aria-controls="data"]').click());
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation');
    assert.deepEqual(problems, []);
    await page.screenshot({ path: `${OUTPUT}gallery-${width}.png`, fullPage: true });
    await context.close();
  });
}

// WCAG 1.4.10 (reflow): a 320 px phone zoomed to 200 % gives a page 160
// CSS px. Here every chart's column is exactly 160 px (the gallery's 8 px
// page padding and the cards' 1 px borders around it): every kind of every
// data set is laid out at 160 px, not wider, and its canvas stays inside
// its card, so no chart makes the page scroll sideways.
test('the gallery in a 160 CSS px column: every chart laid out at 160 px, its canvas inside its card', async () => {
  const { page, context, problems } = await openGallery(160 + 2 * 8 + 2 * 1);
  await drawAll(page);
  const all = await page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((el) => {
    const card = el.closest('.card');
    const canvas = el.shadowRoot.querySelector('canvas.chart');
    const r = canvas?.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const stage = el.shadowRoot.querySelector('.stage');
    return {
      name: `${el.closest('section').id} × ${card.dataset.kind}`,
      error: el.shadowRoot.querySelector('.error')?.textContent ?? null,
      column: el.clientWidth,
      chartWidth: el.chart ? el.chart.width : 0,
      datums: el.chart ? el.chart.datumCount : 0,
      left: r ? r.left - box.left : NaN,
      right: r ? r.right - box.right : NaN,
      pageRight: r ? r.right : NaN,
      stageScrolls: stage ? stage.scrollWidth > stage.clientWidth : false,
    };
  }));
  assert.equal(all.length, KINDS.length * FIXTURES.length);
  const page160 = await page.evaluate(() => document.documentElement.clientWidth);
  const wrong = all.filter((w) => w.error !== null || w.datums === 0 || w.column !== 160 || w.chartWidth !== 160
    || w.left < 0 || w.right > 0 || w.pageRight > page160 || w.stageScrolls);
  assert.deepEqual(wrong, [], 'every chart is drawn at 160 px inside its 160 px column');
  assert.deepEqual(problems, []);
  await page.screenshot({ path: `${OUTPUT}gallery-160.png`, fullPage: true });
  await context.close();
});

test('the hidden data tables never widen a 320 px page (visually hidden wrapper)', async () => {
  const { page, context } = await openGallery(320);
  await drawAll(page);
  const wraps = await page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((el) => {
    const wrap = el.shadowRoot.querySelector('table.data').parentElement;
    const r = wrap.getBoundingClientRect();
    const cs = getComputedStyle(wrap);
    return { hidden: wrap.classList.contains('sr-only'), w: r.width, h: r.height, overflow: cs.overflow };
  }));
  for (const w of wraps) assert.deepEqual(w, { hidden: true, w: 1, h: 1, overflow: 'hidden' });
  assert.equal(await overflowX(page), 0);
  await context.close();
  // The demo page, whose sections clip nothing: the tables (1,100 px and
  // more wide) once made it scroll sideways.
  const demo = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
  const p = await demo.newPage();
  await p.goto(`${env.base}/www/index.html`);
  await chartsSettled(p);
  assert.equal(await overflowX(p), 0, 'no horizontal scroll on the demo page at 320 px');
  await demo.close();
});

test('axe-core finds no accessibility violations in the gallery', async () => {
  const { page, context } = await openGallery(1024, { bypassCSP: true });
  await drawAll(page);
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('hovering a segment of a gallery chart shows its tooltip', async () => {
  const { page, context, problems } = await openGallery(1024);
  const host = page.locator('#hotel-stars [data-kind="stacked"] rating-chart');
  await host.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('#hotel-stars [data-kind="stacked"] rating-chart').chart);
  const target = await page.evaluate(() => {
    const el = document.querySelector('#hotel-stars [data-kind="stacked"] rating-chart');
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    const s = el.chart.segments().filter((x) => x.w >= 8 && x.h >= 8)[0];
    return { x: r.left + s.cx, y: r.top + s.cy - el.chart.viewportTop, group: s.group, tier: s.tier };
  });
  await page.mouse.move(target.x, target.y);
  await page.waitForFunction(() => !document.querySelector('#hotel-stars [data-kind="stacked"] rating-chart').shadowRoot.querySelector('.tooltip').hidden);
  const tip = await page.evaluate(() => document.querySelector('#hotel-stars [data-kind="stacked"] rating-chart').shadowRoot.querySelector('.tooltip').textContent);
  const data = example('hotel-stars');
  assert.ok(tip.includes(data.groups[target.group].label), `the tooltip names the group: ${tip}`);
  assert.ok(tip.includes(data.tiers[target.tier].label), `the tooltip names the tier: ${tip}`);
  assert.deepEqual(problems, []);
  await context.close();
});
