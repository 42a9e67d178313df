// End-to-end: the script embed on pages a newsroom CMS might produce — many
// charts, late additions, removals, lazy loading, hostile CSS, a strict CSP,
// broken sources, attribute overrides.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, chartsSettled, recordProblems, pageHtml, OUTPUT } from './harness.mjs';

const SEED = readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:";

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Serves `html` at a made-up URL under /www/ (so relative paths work). */
async function openHtml(html, { headers = {}, init = null, before = null, ...options } = {}) {
  const url = `${env.base}/www/__test-${Math.random().toString(36).slice(2)}.html`;
  const context = await env.browser.newContext({ viewport: { width: 800, height: 700 }, ...options });
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
  await context.route(`${env.base}/www/__data/**`, (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    if (name === 'html.json') return route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Not found</html>' });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'missing' });
  });
  const page = await context.newPage();
  // The broken-source test expects its own 404s; they are checked there.
  const problems = recordProblems(page);
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  if (before) await before(context, page);
  await page.goto(url);
  return { page, context, problems, wasm };
}

/** An `openHtml` `before`: the page's network at 100 KB/s, 40 ms a
 *  request (the reader's module takes more than a second to arrive). */
async function slowNetwork(context, tab) {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 100 * 1024, uploadThroughput: 100 * 1024 });
}

const chart = (attrs = '', json = SEED) => `<rating-chart ${attrs}><script type="application/json">${json}</script></rating-chart>`;
const page = (body, head = '') => pageHtml(body, { head });

test('20 charts on one page download the wasm module once and all render', async () => {
  const body = Array.from({ length: 20 }, (_, i) => chart(`id="c${i}" height="330"`)).join('\n');
  const t = await openHtml(page(body), { viewport: { width: 800, height: 8000 } });
  await chartsSettled(t.page);
  const drawn = await t.page.evaluate(() => [...document.querySelectorAll('rating-chart')].filter((e) => e.chart).length);
  assert.equal(drawn, 20);
  assert.equal(t.wasm.length, 1, `wasm requests: ${t.wasm}`);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('nothing heavy loads before a chart comes near the viewport', async () => {
  const body = `<div style="height: 3000px">Bài viết…</div>${chart('id="far" height="330"')}`;
  const t = await openHtml(page(body));
  await t.page.waitForTimeout(600);
  assert.deepEqual(t.wasm, [], 'no wasm request yet');
  const placeholder = await t.page.evaluate(() => {
    const el = document.querySelector('#far');
    const p = el.shadowRoot.querySelector('.placeholder');
    return { text: p.textContent, height: el.getBoundingClientRect().height };
  });
  assert.equal(placeholder.text, 'Hải Dương: kết quả đánh giá, xếp loại chất lượng năm 2021');
  assert.equal(placeholder.height, 330 + 28, 'space reserved from the height attribute, plus the tools row');
  await t.page.evaluate(() => document.querySelector('#far').scrollIntoView());
  await chartsSettled(t.page);
  assert.equal(t.wasm.length, 1);
  const height = await t.page.evaluate(() => document.querySelector('#far').getBoundingClientRect().height);
  assert.equal(height, 330 + 28, 'the chart fills exactly the reserved box');
  await t.context.close();
});

test('the canvas fonts: the first made ready at once, the rest dropped once a chart draws', async () => {
  // fonts.js on its own: warmFonts measures a sample in the first font at
  // once and the six others in later tasks; stopWarming drops those left.
  const t = await openHtml(page(''));
  const counts = await t.page.evaluate(async () => {
    const { warmFonts, stopWarming } = await import('./host/fonts.js');
    let n = 0;
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (s) {
      n += 1;
      return measure.call(this, s);
    };
    const settle = () => new Promise((ok) => setTimeout(ok, 300));
    warmFonts({ title: 'Kết quả', theme: { font: 'Georgia' } }, 640);
    const atOnce = n;
    stopWarming();
    await settle();
    const afterStop = n;
    warmFonts({ title: 'Kết quả', theme: { font: 'Verdana' } }, 640);
    await settle();
    const unstopped = n - afterStop;
    CanvasRenderingContext2D.prototype.measureText = measure;
    return { atOnce, afterStop, unstopped };
  });
  assert.deepEqual(counts, { atOnce: 1, afterStop: 1, unstopped: 7 });
  // On a page, a chart that draws while fonts are left to make ready (its
  // background tasks held here until it has drawn, as on a busy page; its
  // module still downloading when it answers, on a slow network):
  // none is measured after its render event. The host's font canvas is the
  // one canvas it never puts on the page and that has no class.
  const count = `<script>
    window.__fonts = { before: 0, after: 0 };
    let drawn = false;
    const post = scheduler.postTask.bind(scheduler);
    const held = [];
    scheduler.postTask = (fn, options) => options?.priority === 'background' && !drawn
      ? new Promise((ok, fail) => held.push(() => post(fn, options).then(ok, fail)))
      : post(fn, options);
    document.addEventListener('rating-chart:render', () => {
      drawn = true;
      setTimeout(() => held.splice(0).forEach((go) => go()));
    });
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (s) {
      if (!this.canvas.className) window.__fonts[drawn ? 'after' : 'before'] += 1;
      return measure.call(this, s);
    };
  </script>`;
  const seen = await openHtml(page(chart('id="c" height="330"'), `<link rel="preload" href="../pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>${count}`), { before: slowNetwork });
  await chartsSettled(seen.page);
  await seen.page.waitForTimeout(500);
  const fonts = await seen.page.evaluate(() => window.__fonts);
  assert.ok(fonts.before >= 1, `the first font made ready before the chart drew (${JSON.stringify(fonts)})`);
  assert.equal(fonts.after, 0, `no font made ready after the chart drew (${JSON.stringify(fonts)})`);
  assert.deepEqual(seen.problems, []);
  await t.context.close();
  await seen.context.close();
});

test('no layout shift with the height attribute and the optional stylesheet', async () => {
  const body = `<p>Trước biểu đồ</p>${chart('id="top" height="300"')}<p id="after">Sau biểu đồ</p>`;
  const t = await openHtml(page(body, '<link rel="stylesheet" href="rating-chart.css">'));
  await chartsSettled(t.page);
  await t.page.evaluate(() => {
    window.__cls = 0;
    // Buffered: every shift since navigation start counts.
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  await t.page.waitForTimeout(300);
  const cls = await t.page.evaluate(() => window.__cls);
  assert.equal(cls, 0);
  await t.context.close();
});

test('charts added later render; removed charts free their memory', async () => {
  const t = await openHtml(page(chart('id="first"')));
  await chartsSettled(t.page);
  const cycle = (n) => t.page.evaluate(async ([n, json]) => {
    for (let i = 0; i < n; i++) {
      const el = document.createElement('rating-chart');
      el.setAttribute('loading', 'eager');
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = json;
      el.append(s);
      document.body.append(el);
      await new Promise((ok) => el.addEventListener('rating-chart:render', ok, { once: true }));
      if (!el.chart) throw new Error('not drawn');
      el.remove();
      if (el.chart) throw new Error('not freed');
    }
    const { wasmMemoryBytes } = await import('./rating-chart.js');
    return wasmMemoryBytes();
  }, [n, SEED]);
  await cycle(20); // warm-up
  const before = await cycle(1);
  const afterCycles = await cycle(100);
  assert.ok(afterCycles - before <= 0, `wasm memory grew from ${before} to ${afterCycles} bytes`);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('hostile global CSS does not break the chart', async () => {
  const hostile = `<style>
    canvas { width: 100% !important; height: 10px !important; }
    * { font-size: 40px !important; line-height: 3 !important; box-sizing: content-box !important; }
    body { direction: rtl; text-align: right; }
    div, p, table, button { padding: 30px !important; margin: 20px !important; color: red !important; }
  </style>`;
  const t = await openHtml(page(`<article>${chart('id="c"')}</article>`, hostile), { deviceScaleFactor: 2 });
  await chartsSettled(t.page);
  const got = await t.page.evaluate(() => {
    const el = document.querySelector('#c');
    const c = el.shadowRoot.querySelector('canvas.chart');
    const r = c.getBoundingClientRect();
    const ctx = c.getContext('2d');
    const drawn = el.chart.segments().filter((s) => s.w >= 2);
    const bad = drawn.filter((s) => {
      const [R, G, B] = ctx.getImageData(Math.floor((s.x + s.w / 2) * 2), Math.floor((s.y + 3) * 2), 1, 1).data;
      return `#${[R, G, B].map((v) => v.toString(16).padStart(2, '0')).join('')}` !== s.color;
    });
    return { cssW: r.width, cssH: r.height, w: el.chart.width, h: el.chart.height, backing: c.width, bad: bad.length, compared: drawn.length, dir: getComputedStyle(c).direction };
  });
  assert.equal(got.cssW, got.w);
  assert.equal(got.cssH, got.h);
  assert.equal(got.backing, got.w * 2);
  assert.equal(got.bad, 0, 'every segment in its colour');
  assert.equal(got.compared, 9, 'segments compared: the seed\'s 9 non-zero parts');
  assert.equal(got.dir, 'ltr');
  await t.page.locator('#c').screenshot({ path: `${OUTPUT}hostile-css.png` });
  await t.context.close();
});

test('a strict Content-Security-Policy reports no violation', async () => {
  const t = await openHtml(page(chart('id="c"') + chart('id="d" theme="dark"')), { headers: { 'Content-Security-Policy': CSP } });
  await chartsSettled(t.page);
  // Exercise the interactive paths too (tooltip styles, table toggle).
  const box = await t.page.evaluate(() => {
    const r = document.querySelector('#c').shadowRoot.querySelector('canvas').getBoundingClientRect();
    return { x: r.left + r.width * 0.6, y: r.top + r.height * 0.5 };
  });
  await t.page.mouse.move(box.x, box.y);
  await t.page.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.tools button[aria-controls="data"]').click());
  const state = await t.page.evaluate(() => ({
    violations: window.__violations,
    drawn: [...document.querySelectorAll('rating-chart')].every((e) => e.chart),
  }));
  assert.deepEqual(state.violations, []);
  assert.ok(state.drawn);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('broken sources show their own error; the other charts render', async () => {
  const body = [
    chart('id="ok"'),
    '<rating-chart id="missing" src="__data/missing.json" lang="en"></rating-chart>',
    '<rating-chart id="html" src="__data/html.json" lang="en"></rating-chart>',
    '<rating-chart id="js" src="javascript:alert(1)" lang="en"></rating-chart>',
    chart('id="bad" lang="en"', '{"version": 1, "tiers": [}'),
  ].join('\n');
  const t = await openHtml(page(body, ''), { viewport: { width: 800, height: 3000 } });
  await chartsSettled(t.page);
  const errors = await t.page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('rating-chart')].map((e) => [e.id, e.chart ? 'drawn' : e.shadowRoot.querySelector('.error').textContent]),
  ));
  assert.equal(errors.ok, 'drawn');
  assert.match(errors.missing, /Could not load the data from __data\/missing\.json: HTTP 404/);
  assert.match(errors.html, /the server sent text\/html, not JSON/);
  assert.match(errors.js, /accepts only http\(s\) addresses or relative paths/);
  assert.match(errors.bad, /line 1, column 26/);
  await t.context.close();
});

test("the error box's words load only for an error box; without them it still says what and where", async () => {
  // A page whose chart draws never asks for them.
  const a = await openHtml(page(chart('id="ok"')));
  await chartsSettled(a.page);
  const fetched = await a.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(fetched.some((n) => n.endsWith('/host/element.js')), fetched.join(', '));
  assert.ok(!fetched.some((n) => n.includes('error-words')), fetched.join(', '));
  assert.deepEqual(a.problems, []);
  await a.context.close();
  // One that cannot load them (blocked, offline) still shows its box: the
  // heading in words, the problem by its key and values.
  const missing = '<rating-chart id="missing" src="__data/missing.json" lang="en"></rating-chart>';
  // (The second chart's data closes its script early: the rest is page content.)
  const b = await openHtml(page(missing + chart('id="cut" lang="en"', '{"version": 1, "title": "a</script><b>b"}')));
  await b.context.route('**/error-words*.js', (route) => route.abort('blockedbyclient'));
  await b.page.addInitScript(() => document.addEventListener('rating-chart:error', (e) => { (window.__errors ??= []).push(e.detail.message); }));
  await b.page.reload();
  await b.page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.shadowRoot?.querySelector('.error')));
  const boxes = await b.page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((e) => [...e.shadowRoot.querySelector('.error').children].map((c) => c.textContent)));
  assert.deepEqual(boxes, [
    ['This chart cannot be drawn', 'fetch: __data/missing.json: HTTP 404'],
    ['This chart cannot be drawn', 'inlineCut'],
  ]);
  await b.page.waitForFunction(() => window.__errors?.length === 2);
  assert.deepEqual((await b.page.evaluate(() => window.__errors)).sort(), ['fetch: __data/missing.json: HTTP 404', 'inlineCut']);
  await b.context.close();
});

test('kind and locale attributes override the data', async () => {
  const t = await openHtml(page(chart('id="en" locale="en-GB"') + chart('id="k" kind="pie3d"')));
  await chartsSettled(t.page);
  const got = await t.page.evaluate(() => ({
    summary: document.querySelector('#en').chart.summary(),
    error: document.querySelector('#k').shadowRoot.querySelector('.error')?.textContent,
  }));
  assert.match(got.summary, /Đảng viên: largest tier “Hoàn thành tốt nhiệm vụ”, 75\.7%/);
  // The problem names the attribute, not a field the data does not have.
  assert.match(got.error, /Thuộc tính kind="pie3d" của thẻ <rating-chart>: Kiểu biểu đồ "pie3d" không hợp lệ; hãy dùng một trong: "auto", /);
  assert.doesNotMatch(got.error, /display\.kind/);
  await t.context.close();
});

test('readers can download PNG, SVG and CSV made by the widget', async () => {
  const t = await openHtml(page(chart('id="c"')), { acceptDownloads: true, deviceScaleFactor: 1 });
  await chartsSettled(t.page);
  const fetchDownload = async (format) => {
    const [download] = await Promise.all([
      t.page.waitForEvent('download'),
      t.page.evaluate((f) => document.querySelector('#c').shadowRoot.querySelector(`[data-download="${f}"]`).click(), format),
    ]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    return { name: download.suggestedFilename(), body: Buffer.concat(chunks) };
  };
  const png = await fetchDownload('png');
  assert.equal(png.name, 'hai-duong-ket-qua-danh-gia-xep-loai-chat-luong-nam-2021.png');
  assert.equal(png.body.subarray(1, 4).toString(), 'PNG');
  const width = png.body.readUInt32BE(16);
  const cssWidth = await t.page.evaluate(() => document.querySelector('#c').chart.width);
  assert.equal(width, cssWidth * 2, 'PNG drawn at 2×');
  const svg = await fetchDownload('svg');
  assert.match(svg.body.toString(), /^<svg[^>]+width="\d+"/);
  assert.match(svg.body.toString(), /Đảng viên/);
  const csv = await fetchDownload('csv');
  assert.equal(csv.body.toString(), '\ufeffgroup,period,total,Hoàn thành xuất sắc nhiệm vụ,Hoàn thành tốt nhiệm vụ,Hoàn thành nhiệm vụ,Không hoàn thành nhiệm vụ\r\n'
    + 'Tổ chức đảng cấp trên cơ sở,2021,15,6,9,0,0\r\nTổ chức cơ sở đảng,2021,674,135,484,55,0\r\nĐảng viên,2021,91400,13886,69198,7659,657\r\n');
  await t.context.close();
});

test('shares-only data: tooltip, data table and CSV show shares and never a count', async () => {
  const json = readFileSync(new URL('../../www/examples/shares-only.json', import.meta.url), 'utf8');
  const t = await openHtml(page(chart('id="s" kind="stacked"', json)), { acceptDownloads: true, viewport: { width: 640, height: 900 } });
  await chartsSettled(t.page);
  // Hover "Disapprove" of "All respondents": the share as published, alone.
  const p = await t.page.evaluate(() => {
    const el = document.querySelector('#s');
    const s = el.chart.segments().find((s) => s.group === 0 && s.tier === 2);
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    return { x: r.left + s.x + s.w / 2, y: r.top + s.y + s.h / 2 };
  });
  await t.page.mouse.move(p.x, p.y);
  const tip = await t.page.evaluate(() => document.querySelector('#s').shadowRoot.querySelector('.tooltip').innerText);
  assert.equal(tip, 'All respondents\nDisapprove\n52%');
  // The data table: no total column, shares only.
  const table = await t.page.evaluate(() => {
    const tb = document.querySelector('#s').shadowRoot.querySelector('table');
    return [...tb.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent));
  });
  assert.deepEqual(table[0].slice(0, 4), ['Group', 'Approve', 'No answer', 'Disapprove']);
  assert.deepEqual(table[1].slice(0, 4), ['All respondents', '38%', '10%', '52%']);
  assert.ok(table.flat().every((c) => !/^\d+$/.test(c)), `no bare count in ${JSON.stringify(table)}`);
  // The CSV: the shares as published under "share (%)" headers, no total.
  const [download] = await Promise.all([
    t.page.waitForEvent('download'),
    t.page.evaluate(() => document.querySelector('#s').shadowRoot.querySelector('[data-download="csv"]').click()),
  ]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  // A share not published is blank; the remainder up to 100 % has its own
  // column, named as the chart names it.
  assert.equal(Buffer.concat(chunks).toString(), '\ufeffgroup,period,Approve share (%),No answer share (%),Disapprove share (%),Not reported share (%)\r\n'
    + 'All respondents,,38,10,52,0\r\nAged 18–34,,45,14,41,0\r\nAged 65 and over,,31,,60,9\r\n');
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('heights measured at two widths reserve the space of a bar chart drawn between them', async () => {
  // Horizontal bars only grow shorter as the width grows. Other kinds reflow
  // (columns, cards, panels), so only widths that were measured are exact
  // for them.
  for (const kind of ['stacked', 'diverging', 'grouped']) {
    // The natural heights at 400 and 700 px.
    const measure = await openHtml(page([400, 700].map((w) => `<div style="width:${w}px">${chart(`id="m${w}" kind="${kind}" loading="eager"`)}</div>`).join('')));
    await chartsSettled(measure.page);
    const h = await measure.page.evaluate(() => [400, 700].map((w) => document.querySelector(`#m${w}`).chart.height));
    await measure.context.close();
    // A chart 550 px wide with those heights, the article under it, the module late.
    const t = await openHtml(page(`<div style="width:550px">${chart(`id="c" kind="${kind}" loading="eager" heights="400:${h[0]} 700:${h[1]}"`)}</div><p>after</p>`));
    await t.context.route('**/*.wasm', async (route) => {
      const res = await route.fetch();
      await new Promise((ok) => setTimeout(ok, 300));
      await route.fulfill({ response: res });
    });
    await t.page.reload();
    await t.page.waitForFunction(() => document.querySelector('#c')?.shadowRoot?.querySelector('.placeholder'));
    const reserved = await t.page.evaluate(() => document.querySelector('#c').getBoundingClientRect().height);
    await chartsSettled(t.page);
    const drawn = await t.page.evaluate(() => {
      const c = document.querySelector('#c');
      const frame = c.shadowRoot.querySelector('.frame');
      return { box: c.getBoundingClientRect().height, chart: c.chart.height, blank: c.chart.blankHeight, under: parseFloat(getComputedStyle(frame).paddingBottom) };
    });
    assert.equal(reserved, Math.max(...h) + 28, `${kind}: reserves the larger measured height`);
    assert.equal(drawn.box, reserved, `${kind}: nothing moves when the chart draws`);
    // Its bars grow (in whole pixels, and only so thick): what they leave
    // is under the reader's tools, not blank paper in the chart.
    assert.equal(drawn.blank, 0, `${kind}: no blank paper`);
    assert.ok(drawn.under <= 48, `${kind}: the bars fill all but ${drawn.under} px`);
    assert.equal(drawn.chart + drawn.under, Math.max(...h), `${kind}: the chart and what it leaves under its tools are the reserved height`);
    await t.context.close();
  }
});

test('a chart that cannot fill its reserved height leaves the rest under its tools, kept while it is drawn again, dropped by an error box', async () => {
  const one = readFileSync(new URL('../../www/examples/khoi-doanh-nghiep-2021.json', import.meta.url), 'utf8');
  // Its natural height at 600 px; 40 px more reserved: its one bar grows
  // by at most 20 px, so 20 px or more is left, under the slack.
  const measure = await openHtml(page(`<div style="width:600px">${chart('id="m" loading="eager"', one)}</div>`));
  await chartsSettled(measure.page);
  const natural = await measure.page.evaluate(() => document.querySelector('#m').chart.height);
  await measure.context.close();
  const reserved = natural + 40;
  let release;
  const held = new Promise((ok) => { release = ok; });
  const t = await openHtml(page(`<div style="width:600px"><rating-chart id="c" loading="eager" src="__data/one.json" heights="600:${reserved}"></rating-chart></div><p>after</p>`), {
    before: async (context) => {
      await context.route(`${env.base}/www/__data/one.json`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: one }));
      await context.route(`${env.base}/www/__data/two.json`, async (r) => {
        await held;
        await r.fulfill({ status: 200, contentType: 'application/json', body: one });
      });
    },
  });
  await chartsSettled(t.page);
  const state = () => t.page.evaluate(() => {
    const c = document.querySelector('#c');
    return { box: c.getBoundingClientRect().height, under: parseFloat(getComputedStyle(c.shadowRoot.querySelector('.frame')).paddingBottom), blank: c.chart?.blankHeight ?? null, chart: c.chart?.height ?? null };
  });
  const drawn = await state();
  assert.equal(drawn.box, reserved + 28, 'the element keeps the reserved height (and the tools row)');
  assert.ok(drawn.under >= 20, `what the chart leaves is under its tools: ${JSON.stringify(drawn)}`);
  // Its bar grown as far as it takes the row (a row as tall as its label
  // grows by less than its bar): at most a few pixels of paper left in it.
  assert.ok(drawn.blank <= 8 && drawn.chart - drawn.blank > natural, JSON.stringify({ drawn, natural }));
  assert.equal(drawn.chart + drawn.under, reserved);
  // Drawn again from a file that takes a while: nothing moves meanwhile.
  await t.page.evaluate(() => document.querySelector('#c').setAttribute('src', '__data/two.json'));
  await t.page.waitForTimeout(300);
  assert.equal((await state()).box, reserved + 28, 'while the new data loads');
  release();
  await t.page.waitForFunction(() => document.querySelector('#c').chart);
  assert.equal((await state()).box, reserved + 28, 'drawn again');
  // An error box has no margin under it.
  await t.page.evaluate(() => document.querySelector('#c').setAttribute('src', '__data/missing.json'));
  await t.page.waitForFunction(() => document.querySelector('#c').shadowRoot.querySelector('.error'));
  assert.equal((await state()).under, 0);
  await t.context.close();
});

test('heights never leave a hole: a donut between two measured widths takes its natural height', async () => {
  // A donut's height jumps with the width (one column of labels or two);
  // the larger of two neighbouring measurements can be far above it.
  const widths = [440, 460, 480];
  const measure = await openHtml(page(widths.map((w) => `<div style="width:${w}px">${chart(`id="m${w}" kind="donut" loading="eager"`)}</div>`).join('')));
  await chartsSettled(measure.page);
  const [h440, natural, h480] = await measure.page.evaluate((ws) => ws.map((w) => document.querySelector(`#m${w}`).chart.height), widths);
  await measure.context.close();
  const reserved = Math.max(h440, h480);
  // More blank paper than constants.js allows (BLANK_SLACK_PX, BLANK_SLACK_SHARE).
  assert.ok(reserved - natural > Math.max(48, 0.2 * reserved), `the case is real: ${reserved} reserved, ${natural} natural`);
  const heights = `440:${h440} 480:${h480}`;
  const t = await openHtml(page(['460', '480'].map((w) => `<div style="width:${w}px">${chart(`id="c${w}" kind="donut" loading="eager" heights="${heights}"`)}</div>`).join('')), { acceptDownloads: true, deviceScaleFactor: 1 });
  await chartsSettled(t.page);
  const got = await t.page.evaluate(() => ['460', '480'].map((w) => {
    const c = document.querySelector(`#c${w}`).chart;
    return { height: c.height, blank: c.blankHeight };
  }));
  assert.deepEqual(got[0], { height: natural, blank: 0 }, 'between the widths: natural height, no blank paper');
  assert.deepEqual(got[1], { height: h480, blank: 0 }, 'at a measured width: exactly the reserved height');
  // Its PNG download is the chart as on screen, not the reserved height.
  const [download] = await Promise.all([
    t.page.waitForEvent('download'),
    t.page.evaluate(() => document.querySelector('#c460').shadowRoot.querySelector('[data-download="png"]').click()),
  ]);
  const chunks = [];
  for await (const c of await download.createReadStream()) chunks.push(c);
  assert.equal(Buffer.concat(chunks).readUInt32BE(20), natural * 2, 'PNG height: 2 × the drawn chart');
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('the CDN copy (make dist, minified scripts) draws the same chart as the sources, from fewer bytes', async () => {
  const version = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"/m)[1];
  const seen = {};
  for (const dir of ['www', `dist/rating-chart-${version}/www`]) {
    const url = `${env.base}/${dir}/__cdn-copy.html`;
    const context = await env.browser.newContext({ viewport: { width: 800, height: 700 }, acceptDownloads: true });
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page(chart('height="400"')) }));
    const p = await context.newPage();
    const problems = recordProblems(p);
    const scripts = [];
    const names = [];
    // Each script's body is read before the context closes (a body still
    // being read then would reject after the test).
    p.on('response', (r) => {
      if (r.url().endsWith('.js')) {
        names.push(new URL(r.url()).pathname.replace(/^.*\//, ''));
        scripts.push(r.body().then((b) => b.length));
      }
    });
    await p.goto(url);
    await chartsSettled(p);
    const segments = await p.evaluate(() => document.querySelector('rating-chart').chart.segments());
    const before = [...names];
    // A download: the CDN copy imports its downloads file then.
    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.evaluate(() => document.querySelector('rating-chart').shadowRoot.querySelector('[data-download="csv"]').click()),
    ]);
    const chunks = [];
    for await (const c of await download.createReadStream()) chunks.push(c);
    const csv = Buffer.concat(chunks).toString();
    const lengths = await Promise.all(scripts);
    seen[dir.startsWith('dist') ? 'dist' : 'www'] = { segments, problems, scripts: lengths.reduce((a, b) => a + b, 0), before, csv };
    await context.close();
  }
  // One script on the way to the CDN copy's first chart: the host, with
  // the reader's glue inside it.
  assert.deepEqual(seen.dist.before, ['rating-chart.js']);
  assert.equal(seen.dist.csv, seen.www.csv);
  assert.deepEqual(seen.dist.problems, []);
  assert.ok(seen.www.segments.length > 0);
  assert.deepEqual(seen.dist.segments, seen.www.segments);
  assert.ok(seen.dist.scripts < seen.www.scripts * 0.7, `scripts: ${seen.dist.scripts} bytes minified, ${seen.www.scripts} as written`);
});

test('a chart built by a script, its data appended after it is connected, renders', async () => {
  const { page: tab, context, problems } = await openHtml(page('<div id="host"></div>'));
  await tab.evaluate((json) => {
    const el = document.createElement('rating-chart');
    el.id = 'late';
    document.querySelector('#host').append(el);
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = json;
    el.append(data);
  }, SEED);
  await chartsSettled(tab);
  const state = await tab.evaluate(() => {
    const el = document.querySelector('#late');
    return { error: el.shadowRoot.querySelector('.error')?.textContent ?? null, segments: el.chart ? el.chart.segments().length : 0 };
  });
  assert.equal(state.error, null);
  assert.ok(state.segments > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('single-page apps: inline data that comes a task late or is replaced is drawn; loading="eager" set later starts the chart; no hover event before the first render', async () => {
  const likert = readFileSync(new URL('../../www/examples/likert-city-services.json', import.meta.url), 'utf8');
  const { page: tab, context, problems } = await openHtml(page(`<div id="host"></div><div style="height:4000px"></div>${chart('id="far"')}`));
  const events = await tab.evaluate(async (json) => {
    const seen = [];
    for (const type of ['rating-chart:hover', 'rating-chart:render', 'rating-chart:error']) {
      document.addEventListener(type, (e) => seen.push(`${e.target.id}:${type.slice(13)}`));
    }
    const el = document.createElement('rating-chart');
    el.id = 'late';
    document.querySelector('#host').append(el);
    // The data arrives a whole task later (after the element found none).
    await new Promise((ok) => setTimeout(ok, 50));
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = json;
    el.append(data);
    for (let i = 0; i < 200 && !el.chart; i += 1) await new Promise((ok) => setTimeout(ok, 25));
    return seen;
  }, SEED);
  assert.ok(await tab.evaluate(() => Boolean(document.querySelector('#late').chart)), 'drawn once its data came');
  assert.ok(!events.some((e) => e.endsWith(':hover')), `no hover event before any pointer: ${events}`);
  // Replacing the inline data redraws the chart with it.
  await tab.evaluate((json) => { document.querySelector('#late script').textContent = json; }, likert);
  await tab.waitForFunction(() => /^How satisfied/.test(document.querySelector('#late').chart?.summary() ?? ''));
  // A chart far down the page waits; loading="eager" set later starts it.
  assert.equal(await tab.evaluate(() => document.querySelector('#far').chart), null);
  await tab.evaluate(() => document.querySelector('#far').setAttribute('loading', 'eager'));
  await tab.waitForFunction(() => Boolean(document.querySelector('#far').chart));
  // setData on a chart removed before it resolves draws nothing (nothing
  // would ever free it); connected again, it shows that data.
  const removed = await tab.evaluate(async (json) => {
    const el = document.querySelector('#late');
    const done = el.setData(json);
    el.remove();
    await done;
    const gone = el.chart;
    document.querySelector('#host').append(el);
    for (let i = 0; i < 200 && !el.chart; i += 1) await new Promise((ok) => setTimeout(ok, 25));
    return { gone, summary: el.chart?.summary() };
  }, SEED);
  assert.equal(removed.gone, null);
  assert.match(removed.summary, /^Hải Dương/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chart with loading="eager" and a src fetches its data once', async () => {
  const first = await openHtml(page('<rating-chart id="e" loading="eager" src="examples/hai-duong-2021.json"></rating-chart>'));
  await first.page.waitForFunction(() => Boolean(document.querySelector('#e')?.chart));
  // A fresh page, watched from its first request.
  const { context, problems: firstProblems } = first;
  const tab = await context.newPage();
  const fetched = [];
  tab.on('request', (r) => { if (r.url().endsWith('hai-duong-2021.json')) fetched.push(r.url()); });
  const problems = [...firstProblems];
  tab.on('pageerror', (e) => problems.push(e.message));
  await tab.goto(first.page.url());
  await tab.waitForFunction(() => Boolean(document.querySelector('#e')?.chart));
  await tab.waitForTimeout(300);
  assert.equal(fetched.length, 1, fetched.join(', '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('element.setData draws new data with its size, description, table and downloads; invalid data rejects and keeps the chart', async () => {
  const likert = JSON.parse(readFileSync(new URL('../../www/examples/likert-city-services.json', import.meta.url), 'utf8'));
  const { page: tab, context, problems } = await openHtml(page(chart('id="c"')));
  await chartsSettled(tab);
  const state = () => tab.evaluate(() => {
    const el = document.querySelector('#c');
    const root = el.shadowRoot;
    const canvas = root.querySelector('canvas.chart');
    return {
      label: canvas.getAttribute('aria-label'),
      summary: root.querySelector('#summary').textContent,
      caption: root.querySelector('table.data caption')?.textContent,
      cssHeight: parseFloat(canvas.style.height),
      height: el.chart.height,
    };
  });
  const before = await state();
  await tab.evaluate((data) => document.querySelector('#c').setData(data), likert);
  const after = await state();
  assert.equal(after.label, likert.title);
  assert.match(after.summary, /^Answers of 1,200 residents, by service\. Public transport: /);
  assert.equal(after.caption, likert.title);
  assert.equal(after.cssHeight, after.height, 'the canvas is as tall as the new chart (not stretched)');
  assert.notEqual(after.height, before.height);
  // Invalid data: the promise rejects with the problems; the chart stays.
  const err = await tab.evaluate(() => document.querySelector('#c').setData('{"version": 1, "tiers": []}').then(() => null, (e) => e.message));
  assert.match(err, /tiers/);
  assert.deepEqual(await state(), after);
  assert.deepEqual(problems, []);
  await context.close();
});

test('code that cannot load (blocked, missing) is said as such inside the chart, not as an internal error', async () => {
  const { page: tab, context } = await openHtml(page(chart('id="c" height="330"')));
  await context.route('**/*.wasm', (route) => route.abort('blockedbyclient'));
  await tab.reload();
  await tab.waitForFunction(() => document.querySelector('#c')?.shadowRoot.querySelector('.error'));
  const text = await tab.evaluate(() => document.querySelector('#c').shadowRoot.querySelector('.error').textContent);
  assert.match(text, /Không tải được mã của biểu đồ từ http:\/\/127\.0\.0\.1:\d+\/pkg\/: /);
  assert.doesNotMatch(text, /nội bộ/);
  // Said in the host's own words: nothing more to load from where the code
  // could not be loaded.
  const fetched = await tab.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(!fetched.some((n) => n.includes('error-words')), fetched.join(', '));
  await context.close();
});

test('the optional preload hints are used as they are: one wasm download, no warning', async () => {
  const head = '<link rel="modulepreload" href="../pkg/rating_chart_reader.js"><link rel="preload" href="../pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>';
  const { page: tab, context, problems, wasm } = await openHtml(page(chart('height="330"'), head));
  await chartsSettled(tab);
  // Chromium warns a few seconds later about a preload nobody used.
  await tab.waitForTimeout(3500);
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.ok(await tab.evaluate(() => document.querySelector('rating-chart').chart.segments().length > 0));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a preloaded wasm module starts compiling as the host script runs, before any chart is set up', async () => {
  // The order of the host's calls: its fetch of a .wasm, and its
  // customElements.define (which sets up the charts already on the page).
  const init = () => {
    window.__calls = [];
    const fetch0 = window.fetch;
    window.fetch = function (input, ...rest) {
      const url = String(input && (input.url || input.href || input));
      if (url.endsWith('.wasm')) window.__calls.push(`fetch ${url.split('/').pop()}`);
      return fetch0.call(this, input, ...rest);
    };
    const define0 = customElements.define;
    customElements.define = function (...a) {
      window.__calls.push(`define ${a[0]}`);
      return define0.apply(this, a);
    };
  };
  const hint = (name) => `<link rel="preload" href="../pkg/${name}_bg.wasm" as="fetch" crossorigin>`;
  const cases = [
    // The README's hint: the module is compiled before the chart asks.
    { head: hint('rating_chart_reader'), calls: ['fetch rating_chart_reader_bg.wasm', 'define rating-chart'] },
    // No hint (a chart further down a page): the chart asks when set up.
    { head: '', calls: ['define rating-chart', 'fetch rating_chart_reader_bg.wasm'] },
    // The kinds module preloaded for a page whose chart the reader's module
    // draws: both are fetched (the page asked for one, the chart for the other).
    { head: hint('rating_chart_kinds'), calls: ['fetch rating_chart_kinds_bg.wasm', 'define rating-chart', 'fetch rating_chart_reader_bg.wasm'] },
  ];
  for (const c of cases) {
    const { page: tab, context, problems, wasm } = await openHtml(page(chart('height="330"'), c.head), { init });
    await chartsSettled(tab);
    assert.deepEqual(await tab.evaluate(() => window.__calls), c.calls, c.head);
    // Each file downloaded once: the preload's response is the fetch's.
    assert.equal(wasm.length, c.calls.length - 1, wasm.join(', '));
    assert.ok(await tab.evaluate(() => document.querySelector('rating-chart').chart.segments().length > 0), c.head);
    if (c.head) {
      // Chromium warns a few seconds later about a preload nobody used.
      await tab.waitForTimeout(3500);
    }
    assert.deepEqual(problems, [], c.head);
    await context.close();
  }
});

test('the fonts are warmed while the module downloads, not once it has arrived whole', async () => {
  // measureText on the host's font canvas: the one canvas it never puts on
  // the page and that has no class.
  const init = () => {
    window.__warmed = 0;
    const measure = CanvasRenderingContext2D.prototype.measureText;
    CanvasRenderingContext2D.prototype.measureText = function (text) {
      if (!this.canvas.className) window.__warmed += 1;
      return measure.call(this, text);
    };
  };
  const head = '<link rel="preload" href="../pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>';
  // The preloaded module has arrived before the host script runs (held
  // back until then): nothing to wait for, nothing warmed.
  const arrived = await openHtml(page(chart('height="330"'), head), {
    init,
    before: async (context, tab) => {
      const wasmDone = new Promise((ok) => tab.on('requestfinished', (r) => r.url().endsWith('.wasm') && ok()));
      await context.route(/\/www\/rating-chart\.js$/, async (route) => {
        await wasmDone;
        await route.continue();
      });
    },
  });
  await chartsSettled(arrived.page);
  assert.equal(await arrived.page.evaluate(() => window.__warmed), 0);
  assert.ok(await arrived.page.evaluate(() => document.querySelector('rating-chart').chart.segments().length > 0));
  await arrived.context.close();
  // A slow network: the module answers, then takes a while; the fonts are
  // warmed meanwhile, and the chart draws.
  const slow = await openHtml(page(chart('height="330"'), head), { init, before: slowNetwork });
  await chartsSettled(slow.page);
  assert.ok(await slow.page.evaluate(() => window.__warmed) > 0);
  assert.ok(await slow.page.evaluate(() => document.querySelector('rating-chart').chart.segments().length > 0));
  await slow.context.close();
});

test('each chart speaks the language of its data, whatever the page speaks', async () => {
  const likert = readFileSync(new URL('../../www/examples/likert-city-services.json', import.meta.url), 'utf8');
  const body = [
    chart('id="en" height="330" loading="eager"', likert.replaceAll('<', '\\u003c')),
    chart('id="vi" height="330" loading="eager"'),
    chart('id="fr" height="330" loading="eager" locale="fr-FR"'),
    chart('id="bad" height="330" loading="eager"', '{"version": 1, "locale": "en-US", "tiers": []}'),
    chart('id="broken" height="330" loading="eager"', '{"version": 1, "locale": "vi-VN", "tiers": [}'),
  ].join('\n');
  const { page: tab, context, problems } = await openHtml(page(body));
  await chartsSettled(tab);
  const langs = await tab.evaluate(() => Object.fromEntries([...document.querySelectorAll('rating-chart')].map((el) => {
    const frame = el.shadowRoot.querySelector('.frame');
    return [el.id, { lang: frame.lang, summaryLang: el.shadowRoot.querySelector('#summary')?.closest('[lang]')?.lang ?? null }];
  })));
  assert.deepEqual(langs, {
    en: { lang: 'en', summaryLang: 'en' },
    vi: { lang: 'vi', summaryLang: 'vi' },
    // Its own words are French (one locale table per language): read with a French voice.
    fr: { lang: 'fr', summaryLang: 'fr' },
    bad: { lang: 'en', summaryLang: null },
    // Not JSON at all, so its locale is unknown: in the page's language.
    broken: { lang: 'vi', summaryLang: null },
  });
  // The French chart's buttons and summary are French throughout.
  const fr = await tab.evaluate(() => {
    const root = document.querySelector('#fr').shadowRoot;
    return { buttons: [...root.querySelectorAll('button')].map((b) => b.textContent), summary: root.querySelector('#summary')?.textContent ?? '' };
  });
  assert.ok(fr.buttons.includes('Voir les données'), fr.buttons.join(' | '));
  assert.doesNotMatch(fr.summary, /\b(the|of|is|and|largest)\b/, fr.summary);
  const broken = await tab.evaluate(() => document.querySelector('#broken').shadowRoot.querySelector('.error').textContent);
  assert.match(broken, /^Không thể vẽ biểu đồ này/);
  assert.equal(await tab.evaluate(() => document.documentElement.lang), 'vi');
  assert.deepEqual(problems, []);
  await context.close();
});

test('French and German charts announce in their language: the datum with its numbers, the emphasis and its clearing', async () => {
  const body = [
    chart('id="fr" height="330" loading="eager" locale="fr-FR"'),
    chart('id="de" height="330" loading="eager" locale="de-DE"'),
  ].join('\n');
  const { page: tab, context, problems } = await openHtml(page(body));
  await chartsSettled(tab);
  const said = async (id, key) => {
    await tab.evaluate((id) => document.querySelector(`#${id}`).shadowRoot.querySelector('canvas.chart').focus(), id);
    await tab.keyboard.press(key);
    return tab.evaluate((id) => document.querySelector(`#${id}`).shadowRoot.querySelector('[aria-live]').textContent, id);
  };
  // The last group's second tier: 69 198 members, 75.7 %, in each locale's numbers.
  await tab.evaluate(() => document.querySelector('#fr').shadowRoot.querySelector('canvas.chart').focus());
  await tab.keyboard.press('Control+End');
  assert.equal(await said('fr', 'ArrowLeft'), 'Đảng viên · 2021 · Hoàn thành nhiệm vụ · 7\u202f659 · 8,4\u202f%');
  assert.equal(await said('fr', 'Enter'), 'Mise en évidence\u00a0: Hoàn thành nhiệm vụ');
  assert.equal(await said('fr', 'Escape'), 'Mise en évidence annulée');
  await tab.evaluate(() => document.querySelector('#de').shadowRoot.querySelector('canvas.chart').focus());
  await tab.keyboard.press('Control+End');
  assert.equal(await said('de', 'ArrowLeft'), 'Đảng viên · 2021 · Hoàn thành nhiệm vụ · 7.659 · 8,4\u00a0%');
  assert.equal(await said('de', 'Enter'), 'Hervorgehoben: Hoàn thành nhiệm vụ');
  assert.equal(await said('de', 'Escape'), 'Hervorhebung aufgehoben');
  const langs = await tab.evaluate(() => ['fr', 'de'].map((id) => document.querySelector(`#${id}`).shadowRoot.querySelector('.frame').lang));
  assert.deepEqual(langs, ['fr', 'de']);
  assert.deepEqual(problems, []);
  await context.close();
});
