// End-to-end: a chart of 1,000 groups, taller than any canvas may be, scrolls
// inside a window and paints only the visible band; pointer, keyboard and
// pixels stay right after scrolling.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, pageHtml, OUTPUT } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

function manyGroups(n) {
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
  return JSON.stringify({
    version: 1,
    title: `${n} nhóm`,
    locale: 'vi-VN',
    display: { kind: 'stacked' },
    tiers: [
      { id: 'a', label: 'Tốt', polarity: 'positive' },
      { id: 'b', label: 'Khá', polarity: 'neutral' },
      { id: 'c', label: 'Kém', polarity: 'negative' },
    ],
    groups: Array.from({ length: n }, (_, i) => ({ label: `Nhóm ${i + 1}`, counts: { a: next() + 1, b: next() + 1, c: next() + 1 } })),
  });
}

/** A page holding one chart \`#big\` of \`json\` (with \`attrs\`), at 800 ×
 *  900 CSS px and \`ratio\`; records page errors and console errors. */
async function openBig(json, attrs, ratio) {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: ratio });
  const page = await context.newPage();
  // How often the chart's scrolling stage had its scrollTop read before the
  // chart was drawn (each read forces a layout of everything just added).
  await page.addInitScript(() => {
    const get = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop').get;
    window.__stageReads = 0;
    let drawn = false;
    addEventListener('rating-chart:render', () => { drawn = true; });
    Object.defineProperty(Element.prototype, 'scrollTop', {
      get() {
        if (!drawn && this.classList?.contains('stage')) window.__stageReads += 1;
        return get.call(this);
      },
      set: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollTop').set,
      configurable: true,
    });
  });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().includes('willReadFrequently')) problems.push(m.text()); });
  const url = `${env.base}/www/__scale.html`;
  await page.route(url, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: pageHtml(`<rating-chart id="big"${attrs}><script type="application/json">${json}</script></rating-chart>`),
  }));
  await page.goto(url);
  return { context, page, problems };
}

test('1,000 groups scroll inside a window and stay exact', async () => {
  const { context, page, problems } = await openBig(manyGroups(1000), '', 2);
  await page.waitForFunction(() => document.querySelector('#big')?.chart);
  const colourAt = (group) => page.evaluate((g) => {
    const el = document.querySelector('#big');
    const chart = el.chart;
    const s = chart.segments().find((s) => s.group === g && s.tier === 0);
    const c = el.shadowRoot.querySelector('canvas.chart');
    const y = s.y + 3 - chart.viewportTop;
    const d = c.getContext('2d', { willReadFrequently: true }).getImageData(Math.floor((s.x + s.w / 2) * 2), Math.floor(y * 2), 1, 1).data;
    return { want: s.color, got: `#${[d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`, y: s.y };
  }, group);
  const first = await page.evaluate(() => {
    const el = document.querySelector('#big');
    const c = el.shadowRoot.querySelector('canvas.chart');
    return { height: el.chart.height, backing: c.height, scrolls: el.shadowRoot.querySelector('.stage').classList.contains('scrolls') };
  });
  assert.ok(first.height > 40000, `the whole chart is ${first.height} CSS px tall`);
  assert.equal(first.backing, 720 * 2, 'the canvas holds only the visible band');
  assert.ok(first.scrolls);
  assert.equal(await page.evaluate(() => window.__stageReads), 0, 'the new stage is at its top: not read before the first frame');
  const g0 = await colourAt(0);
  assert.equal(g0.got, g0.want);
  // Scroll to group 500: the band follows and is painted exactly.
  await page.evaluate((y) => { document.querySelector('#big').shadowRoot.querySelector('.stage').scrollTop = y - 100; }, (await colourAt(500)).y);
  await page.waitForFunction(() => document.querySelector('#big').chart.viewportTop > 20000);
  const g500 = await colourAt(500);
  assert.equal(g500.got, g500.want);
  // The pointer picks group 500 there.
  const p = await page.evaluate(() => {
    const el = document.querySelector('#big');
    const s = el.chart.segments().find((s) => s.group === 500 && s.tier === 1);
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    return { x: r.left + s.x + s.w / 2, y: r.top + s.y + 4 - el.chart.viewportTop };
  });
  await page.mouse.move(p.x, p.y);
  const tip = await page.evaluate(() => document.querySelector('#big').shadowRoot.querySelector('.tooltip').innerText);
  assert.match(tip, /^Nhóm 501\nKhá\n/);
  await page.locator('#big').screenshot({ path: `${OUTPUT}scale-1000-groups.png` });
  // The keyboard reaches the last group and scrolls to it.
  await page.evaluate(() => document.querySelector('#big').shadowRoot.querySelector('canvas.chart').focus());
  await page.keyboard.press('Control+End');
  const last = await page.evaluate(() => ({
    said: document.querySelector('#big').shadowRoot.querySelector('[aria-live]').textContent,
    top: document.querySelector('#big').chart.viewportTop,
    height: document.querySelector('#big').chart.height,
  }));
  assert.match(last.said, /^Nhóm 1000 · Kém · /);
  assert.ok(last.top > last.height - 720 - 200, 'scrolled to the end');
  // And back to the first: the band starts at the very top (the title shows).
  await page.keyboard.press('Control+Home');
  const back = await page.evaluate(() => ({
    said: document.querySelector('#big').shadowRoot.querySelector('[aria-live]').textContent,
    top: document.querySelector('#big').chart.viewportTop,
    scroll: document.querySelector('#big').shadowRoot.querySelector('.stage').scrollTop,
  }));
  assert.match(back.said, /^Nhóm 1 · /);
  assert.deepEqual([back.top, back.scroll], [0, 0]);
  assert.deepEqual(problems, []);
  await context.close();
});

test('10,000 groups: drawn in a scrolling band, text measured per character never narrower than the canvas text, short description, table filled in after', async () => {
  const { context, page, problems } = await openBig(manyGroups(10000), ' height="400"', 2);
  await page.waitForFunction(() => document.querySelector('#big')?.chart);
  const drawn = await page.evaluate(() => {
    const el = document.querySelector('#big');
    const chart = el.chart;
    const c = el.shadowRoot.querySelector('canvas.chart');
    return { height: chart.height, backing: c.height, datums: chart.datumCount, err: el.shadowRoot.querySelector('.error')?.textContent ?? null };
  });
  assert.equal(drawn.err, null);
  assert.equal(drawn.datums, 30000);
  assert.equal(drawn.backing, 720 * 2, 'the canvas holds only the visible band');
  assert.ok(drawn.height > 400000, `the whole chart is ${drawn.height} CSS px tall`);
  // "Show data table" works before the rows have arrived.
  await page.evaluate(() => document.querySelector('#big').shadowRoot.querySelector('.tools button[aria-controls="data"]').click());
  const opened = await page.evaluate(() => {
    const root = document.querySelector('#big').shadowRoot;
    const b = root.querySelector('.tools button[aria-controls="data"]');
    return { expanded: b.getAttribute('aria-expanded'), hidden: root.querySelector('table.data').classList.contains('sr-only') };
  });
  assert.deepEqual(opened, { expanded: 'true', hidden: false });
  // A chart this big measures its text per character: the sum is never
  // narrower than the shaped text, so what was judged to fit does fit.
  const wider = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d');
    const family = "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', sans-serif";
    const texts = ['Nhóm 10000', 'Nhóm 4711', '15,2 %', '100 %', '1.234', 'Tốt', 'Khá', 'Kém', 'Không báo cáo', 'Hoàn thành xuất sắc nhiệm vụ'];
    const bad = [];
    for (const font of [`12px ${family}`, `14px ${family}`, `13px ${family}`, `bold 14px ${family}`]) {
      ctx.font = font;
      for (const t of texts) {
        const sum = [...t].reduce((w, ch) => w + ctx.measureText(ch).width, 0);
        if (sum + 1e-6 < ctx.measureText(t).width) bad.push(`${font}: ${t}`);
      }
    }
    return bad;
  });
  assert.deepEqual(wider, []);
  // The description and the table come after the chart, in idle time.
  await page.waitForFunction(() => document.querySelector('#big').shadowRoot.querySelectorAll('table.data tbody tr').length === 10000, null, { timeout: 30000 });
  const later = await page.evaluate(() => {
    const root = document.querySelector('#big').shadowRoot;
    const rows = root.querySelectorAll('table.data tbody tr');
    return { summary: root.querySelector('#summary').textContent, first: rows[0].textContent, last: rows[9999].querySelector('th').textContent };
  });
  // The description says how many groups and where their figures are.
  assert.match(later.summary, /10\.000 nhóm, từ “Nhóm 1” đến “Nhóm 10000”/);
  assert.match(later.first, /^Nhóm 1/);
  assert.equal(later.last, 'Nhóm 10000');
  // The keyboard reaches the last group.
  await page.evaluate(() => document.querySelector('#big').shadowRoot.querySelector('canvas.chart').focus());
  await page.keyboard.press('Control+End');
  const said = await page.evaluate(() => document.querySelector('#big').shadowRoot.querySelector('[aria-live]').textContent);
  assert.match(said, /^Nhóm 10000 · Kém · /);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a big document with one bad count shows that problem inside its widget', async () => {
  const data = JSON.parse(manyGroups(10000));
  data.groups[7777].counts.b = -3;
  const json = JSON.stringify(data);
  assert.ok(json.length > 200000, 'big enough to be validated in a task of its own');
  const { context, page } = await openBig(json, ' height="400"', 1);
  await page.waitForFunction(() => document.querySelector('#big').shadowRoot.querySelector('.error'));
  const text = await page.evaluate(() => document.querySelector('#big').shadowRoot.querySelector('.error').textContent);
  assert.match(text, /groups\[7777\]\.counts\.b/);
  await context.close();
});
