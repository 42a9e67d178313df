// End-to-end: every chart kind in the browser is read the same way: the
// keyboard visits every datum once, in reading order, and the live region
// announces its exact figures; a pointer on a mark shows that datum.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, pageHtml, chartsSettled, recordProblems } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const KINDS = ['stacked', 'diverging', 'grouped', 'donut', 'waffle', 'trend', 'multiples', 'table'];
const HOTELS = JSON.parse(readFileSync(new URL('../../www/examples/hotel-stars.json', import.meta.url), 'utf8'));
delete HOTELS.$schema;

test('every kind: the keyboard visits each datum once with its exact count and share; a pointer picks it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  const body = KINDS.map((k) => `<rating-chart id="k-${k}" kind="${k}" loading="eager"><script type="application/json">${JSON.stringify(HOTELS)}</script></rating-chart>`).join('\n');
  await page.route(`${env.base}/www/__kinds.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(body, { lang: 'en' }) }));
  await page.goto(`${env.base}/www/__kinds.html`);
  await chartsSettled(page);
  // What the data says each announcement must hold, in reading order: the
  // exact count and its share at one decimal, computed here from the counts
  // (largest remainders, so that each group's shares add up to 100.0).
  const fmt = new Intl.NumberFormat('en-GB');
  const pct = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const expected = HOTELS.groups.flatMap((g) => {
    const units = tenthsOfPercent(HOTELS.tiers.map((t) => g.counts[t.id]));
    assert.equal(units.reduce((a, b) => a + b), 1000, `${g.label}: shares add up to 100.0 %`);
    return HOTELS.tiers.map((t, i) => `${g.label} · ${t.label} · ${fmt.format(g.counts[t.id])} · ${pct.format(units[i] / 10)}%`);
  });
  for (const kind of KINDS) {
    const sel = `#k-${kind}`;
    await page.evaluate((s) => {
      const el = document.querySelector(s);
      el.scrollIntoView();
      el.shadowRoot.querySelector('canvas.chart').focus();
    }, sel);
    const said = [];
    for (let i = 0; i <= expected.length; i++) {
      await page.keyboard.press('ArrowRight');
      said.push(await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('[aria-live]').textContent, sel));
    }
    // Every kind reads group by group, each group's tiers in the scale's order.
    assert.deepEqual(said.slice(0, expected.length), expected, `${kind}: every datum once, in reading order, with its count and share`);
    assert.equal(said[expected.length], said[expected.length - 1], `${kind}: the last datum stays put`);
    // A pointer on the centre of a mark shows that mark's datum in the tooltip.
    const p = await page.evaluate((s) => {
      const el = document.querySelector(s);
      const seg = el.chart.segments().find((x) => x.group === 1 && x.tier === 1);
      const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
      return { x: r.left + (seg.cx ?? seg.x + seg.w / 2), y: r.top + (seg.cy ?? seg.y + seg.h / 2) - el.chart.viewportTop };
    }, sel);
    await page.mouse.move(p.x, p.y);
    const tip = await page.evaluate((s) => document.querySelector(s).shadowRoot.querySelector('.tooltip').innerText, sel);
    assert.equal(tip, 'Old Quarter\n4 stars\n530 · 38.3%', `${kind}: tooltip of the mark under the pointer`);
    await page.mouse.move(0, 0);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the reader\'s module draws stacked and diverging bars; a chart of another kind loads the kinds module (not the full one) and is drawn by it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  const fetched = [];
  const urls = [];
  page.on('request', (r) => {
    urls.push(r.url());
    fetched.push(new URL(r.url()).pathname);
  });
  const chart = (id, kind) => `<rating-chart id="${id}" kind="${kind}" loading="eager"><script type="application/json">${JSON.stringify(HOTELS)}</script></rating-chart>`;
  await page.route(`${env.base}/www/__reader-kinds.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(chart('a', 'stacked') + chart('b', 'diverging'), { lang: 'en' }) }));
  await page.goto(`${env.base}/www/__reader-kinds.html`);
  await chartsSettled(page);
  const kinds = () => fetched.filter((p) => p.endsWith('/pkg/rating_chart_kinds_bg.wasm')).length;
  const full = () => fetched.filter((p) => p.endsWith('/pkg/rating_chart_bg.wasm')).length;
  assert.equal(kinds(), 0, 'stacked and diverging charts need only the reader\'s module');
  assert.equal(full(), 0, 'nor the full module');
  for (const id of ['a', 'b']) assert.ok(await page.evaluate((s) => document.querySelector(s).chart.segments().length, `#${id}`));
  // A donut: valid data the reader's module leaves to the kinds module.
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), chart('c', 'donut'));
  await chartsSettled(page);
  assert.equal(kinds(), 1, 'the kinds module, fetched once for the donut');
  assert.equal(full(), 0, 'a valid chart of any kind never needs the full module (words, SVG)');
  const drawn = await page.evaluate(() => {
    const el = document.querySelector('#c');
    return { segments: el.chart.segments().length, error: el.shadowRoot.querySelector('.error, [role="alert"]')?.textContent ?? null };
  });
  assert.ok(drawn.segments > 0, 'the donut is drawn');
  assert.equal(drawn.error, null, 'no error box');
  // setData to another such kind on a chart first drawn by the reader.
  const waffle = await page.evaluate(async (data) => {
    const el = document.querySelector('#a');
    el.removeAttribute('kind');
    await el.setData({ ...data, display: { ...data.display, kind: 'waffle' } });
    return { segments: el.chart.segments().length, error: el.shadowRoot.querySelector('.error') !== null };
  }, HOTELS);
  assert.ok(waffle.segments > 0 && !waffle.error, 'setData to a waffle: drawn by the kinds module');
  assert.equal(kinds(), 1, 'the kinds module is fetched once per page');
  // A trap inside the kinds module (the donut's): that chart shows an error,
  // and every other chart draws again, on fresh instances of both modules.
  await page.evaluate(() => {
    const c = document.querySelector('#c');
    c._guard(() => c.chart.panicForTesting());
  });
  await page.waitForFunction(() => ['#a', '#b'].every((s) => document.querySelector(s).chart));
  const after = await page.evaluate(() => ({
    error: Boolean(document.querySelector('#c').shadowRoot.querySelector('.error')),
    a: document.querySelector('#a').chart.segments().length,
    b: document.querySelector('#b').chart.segments().length,
  }));
  assert.ok(after.error, 'the chart that trapped says so');
  assert.ok(after.a > 0 && after.b > 0, 'the others are drawn again');
  assert.ok(urls.some((u) => /\/pkg\/rating_chart_kinds\.js\?instance=1$/.test(u)), 'the waffle on a fresh kinds module');
  assert.deepEqual(problems, []);
  await context.close();
});

// Shares of `counts` in tenths of a percent by the largest remainders
// (ties to the earlier tier), adding up to exactly 1000.
function tenthsOfPercent(counts) {
  const total = counts.reduce((a, b) => a + b, 0);
  const units = counts.map((c) => Math.floor((c * 1000) / total));
  const order = counts.map((c, i) => [(c * 1000) % total, i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order.slice(0, 1000 - units.reduce((a, b) => a + b, 0))) units[i] += 1;
  return units;
}

// The host picks the module from the data before it loads one (data.js's
// needsKinds): a chart whose data it has (inline) and whose kind only the
// kinds module draws fetches that module alone; a `src` chart, whose data
// comes later, asks the reader's module first unless its `kind` attribute
// says otherwise, and the reader's module hands it on (fullModule).
const TWO_PERIODS = readFileSync(new URL('../../www/examples/hai-duong-two-periods.json', import.meta.url), 'utf8');

async function wasmOf(body, files = {}) {
  const context = await env.browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  const problems = recordProblems(page);
  // What the charts write on their canvases.
  await page.addInitScript(() => {
    window.__texts = [];
    const fill = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      window.__texts.push(String(text));
      return fill.call(this, text, ...rest);
    };
  });
  const fetched = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/pkg/')) fetched.push(path.replace(/^.*\//, ''));
  });
  const url = `${env.base}/www/__guess-${Math.random().toString(36).slice(2)}.html`;
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: pageHtml(body) }));
  // Data files of the page's own (`__NAME`, beside it).
  for (const [name, text] of Object.entries(files)) {
    await page.route(`${env.base}/www/${name}`, (r) => r.fulfill({ contentType: 'application/json', body: text }));
  }
  await page.goto(url);
  await chartsSettled(page);
  const drawn = await page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((el) => ({
    segments: el.chart?.segments().length ?? 0,
    error: el.shadowRoot.querySelector('.error')?.textContent ?? null,
  })));
  const texts = await page.evaluate(() => window.__texts);
  await context.close();
  return { fetched: fetched.sort(), drawn, texts, problems };
}

// The reader's module draws no story, nor reads one (Validated's
// story_unread, src/model/validate/): data
// with a highlight, annotations or a reference value is drawn by the kinds
// module, fetched alone when the host has the data, handed on by the
// reader's module when the data comes from a src.
const STORY = readFileSync(new URL('../fixtures/valid/story-hai-duong.json', import.meta.url), 'utf8');
test('a chart with a story (highlight, annotation, reference) is drawn by the kinds module, story and all; stacked data without one by the reader\'s', async () => {
  const inline = await wasmOf(`<rating-chart height="400"><script type="application/json">${STORY.replaceAll('<', '\\u003c')}</script></rating-chart>`);
  assert.deepEqual(inline.fetched.filter((f) => f.endsWith('.wasm')), ['rating_chart_kinds_bg.wasm']);
  const fromSrc = await wasmOf('<rating-chart height="400" src="__story.json"></rating-chart>', { '__story.json': STORY });
  assert.deepEqual(fromSrc.fetched.filter((f) => f.endsWith('.wasm')), ['rating_chart_kinds_bg.wasm', 'rating_chart_reader_bg.wasm']);
  for (const got of [inline, fromSrc]) {
    assert.ok(got.drawn[0].segments > 0 && got.drawn[0].error === null, JSON.stringify(got.drawn));
    // The annotation and the reference value's label are drawn.
    // (The annotation may wrap: its lines in order.)
    assert.ok(got.texts.join(' ').includes('657 đảng viên không hoàn thành nhiệm vụ'), JSON.stringify(got.texts));
    assert.ok(got.texts.some((t) => /^Tổ chức cơ sở đảng: 20\u00a0%$/.test(t)), JSON.stringify(got.texts));
    assert.deepEqual(got.problems, []);
  }
  // The same data without its story: the reader's module alone.
  const plain = JSON.parse(STORY);
  delete plain.annotations;
  delete plain.reference;
  delete plain.display.highlight;
  const bare = await wasmOf(`<rating-chart height="400"><script type="application/json">${JSON.stringify(plain)}</script></rating-chart>`);
  assert.deepEqual(bare.fetched.filter((f) => f.endsWith('.wasm')), ['rating_chart_reader_bg.wasm']);
  assert.ok(bare.drawn[0].segments > 0 && bare.drawn[0].error === null, JSON.stringify(bare.drawn));
  // A src whose story names a group it does not have, and whose theme is
  // wrong too: the reader's module, which does not read a story, hands it
  // on whatever else is wrong, and the box lists both problems.
  const wrong = JSON.parse(STORY);
  wrong.display.highlight = { groups: ['Không có nhóm này'] };
  wrong.theme = { mode: 'sepia' };
  const both = await wasmOf('<rating-chart height="400" src="__wrong.json"></rating-chart>', { '__wrong.json': JSON.stringify(wrong) });
  assert.deepEqual(both.fetched.filter((f) => f.endsWith('.wasm')).filter((f) => f !== 'rating_chart_bg.wasm'), ['rating_chart_kinds_bg.wasm', 'rating_chart_reader_bg.wasm']);
  const box = both.drawn[0].error ?? '';
  assert.ok(box.includes('display.highlight.groups[0]') && box.includes('theme.mode'), box);
});

test('a trend chart (auto, two periods, inline data) fetches exactly one wasm: the kinds module', async () => {
  const got = await wasmOf(`<rating-chart height="400"><script type="application/json">${TWO_PERIODS}</script></rating-chart>`);
  assert.deepEqual(got.fetched.filter((f) => f.endsWith('.wasm')), ['rating_chart_kinds_bg.wasm']);
  assert.ok(!got.fetched.includes('rating_chart_reader.js'), `not the reader's glue either: ${got.fetched}`);
  assert.ok(got.drawn[0].segments > 0 && got.drawn[0].error === null, JSON.stringify(got.drawn));
  assert.deepEqual(got.problems, []);
});

test('one group (auto: waffle or donut) and a kind attribute naming such a kind fetch the kinds module alone; stacked data the reader\'s alone', async () => {
  const one = { ...HOTELS, groups: HOTELS.groups.slice(0, 1) };
  const stacked = { ...HOTELS, display: { ...HOTELS.display, kind: 'auto' } };
  for (const [body, wasm] of [
    [`<rating-chart><script type="application/json">${JSON.stringify(one)}</script></rating-chart>`, 'rating_chart_kinds_bg.wasm'],
    [`<rating-chart kind="table"><script type="application/json">${JSON.stringify(HOTELS)}</script></rating-chart>`, 'rating_chart_kinds_bg.wasm'],
    [`<rating-chart kind="table" src="examples/hotel-stars.json"></rating-chart>`, 'rating_chart_kinds_bg.wasm'],
    [`<rating-chart><script type="application/json">${JSON.stringify(stacked)}</script></rating-chart>`, 'rating_chart_reader_bg.wasm'],
  ]) {
    const got = await wasmOf(body);
    assert.deepEqual(got.fetched.filter((f) => f.endsWith('.wasm')), [wasm], body.slice(0, 60));
    assert.ok(got.drawn[0].segments > 0 && got.drawn[0].error === null, JSON.stringify(got.drawn));
    assert.deepEqual(got.problems, []);
  }
});

test('a src chart of a kind the host could not foresee is still drawn: the reader\'s module hands it to the kinds module', async () => {
  const got = await wasmOf('<rating-chart src="examples/hai-duong-two-periods.json"></rating-chart>');
  assert.deepEqual(got.fetched.filter((f) => f.endsWith('.wasm')), ['rating_chart_kinds_bg.wasm', 'rating_chart_reader_bg.wasm']);
  assert.ok(got.drawn[0].segments > 0 && got.drawn[0].error === null, JSON.stringify(got.drawn));
  assert.deepEqual(got.problems, []);
});
