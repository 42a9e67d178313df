// End-to-end: the chart before any script. `rating-chart embed` writes the
// <rating-chart> element with the chart pre-drawn as SVG; a reader without
// the wasm (blocked) or without script sees a named, described chart with
// the live chart's figures, the copy for its width picked by the code's own
// rules; a normal load swaps it for the live chart with no layout shift
// (with those rules, or with the stylesheet for a page that refuses them), the same colours at the same places, and tooltips; data
// that tries to break out stays text under a strict CSP; the editor's
// module writes the CLI's bytes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup, recordProblems, pageHtml, OUTPUT } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED_FILE = 'www/examples/hai-duong-2021.json';
const SEED = readFileSync(join(ROOT, SEED_FILE), 'utf8');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:";
const TITLE = JSON.parse(SEED).title;

/** `rating-chart embed FILE ...args`: its standard output. */
function embed(file, ...args) {
  const run = spawnSync('cargo', ['run', '--quiet', '--', 'embed', file, ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

let env;
let seedCode;
before(async () => {
  env = await setup();
  seedCode = embed(SEED_FILE);
});
after(async () => { await env?.close(); });

/** Serves `body` (after the stylesheet and the host script) at a page
 *  under /www/; `blockWasm` aborts every .wasm request. */
async function openHtml(body, { blockWasm = false, delayWasm = 0, headers = {}, script = true, css = true, context: options = {}, before: beforeGoto } = {}) {
  const url = `${env.base}/www/__static-${Math.random().toString(36).slice(2)}.html`;
  const context = await env.browser.newContext({ viewport: { width: 656, height: 900 }, ...options });
  const head = css ? '<link rel="stylesheet" href="rating-chart.css">' : '';
  const html = script ? pageHtml(body, { head }) : `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers, body: html }));
  const wasm = [];
  if (blockWasm) await context.route('**/*.wasm', (route) => { wasm.push(route.request().url()); return route.abort(); });
  // A slow network: the copy is seen before the live chart replaces it.
  if (delayWasm) await context.route('**/*.wasm', async (route) => { await new Promise((ok) => setTimeout(ok, delayWasm)); return route.continue(); });
  const page = await context.newPage();
  const problems = recordProblems(page);
  page.on('request', (r) => { if (!blockWasm && r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push({ at: Math.round(e.startTime), value: e.value, sources: (e.sources || []).map((x) => `${x.node?.nodeName}${x.node?.className ? `.${x.node.className.baseVal ?? x.node.className}` : ''} ${JSON.stringify(x.previousRect)} → ${JSON.stringify(x.currentRect)}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await beforeGoto?.(page);
  await page.goto(url);
  return { page, context, problems, wasm };
}

/** The accessibility tree's images: [{name, description}]. */
async function images(page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const value = (p) => (p && p.value !== undefined ? String(p.value) : '');
  return nodes.filter((n) => !n.ignored && value(n.role) === 'image')
    .map((n) => ({ name: value(n.name), description: value(n.description) }));
}

/** The shown copy's texts. */
const shownTexts = (page) => page.evaluate(() => {
  const svg = [...document.querySelectorAll('rating-chart > svg.rc-static')].find((s) => s.getBoundingClientRect().height > 0);
  return svg ? [...svg.querySelectorAll('text')].map((t) => t.textContent) : null;
});

for (const mode of ['wasm blocked', 'no script']) {
  test(`${mode}: the static copy is the chart, named and described`, async () => {
    const t = await openHtml(seedCode, mode === 'no script'
      ? { context: { javaScriptEnabled: false } }
      : { blockWasm: true });
    if (mode === 'wasm blocked') {
      // The element is defined and tried to load its module.
      await t.page.waitForFunction(() => customElements.get('rating-chart'));
      await t.page.waitForTimeout(800);
      assert.ok(t.wasm.length >= 1, 'the module was asked for');
      assert.equal(await t.page.evaluate(() => document.querySelector('rating-chart').chart), null);
      assert.equal(await t.page.evaluate(() => !!document.querySelector('rating-chart').shadowRoot.querySelector('.error')), false, 'no error box over the copy');
    }
    // One copy shows: the 640 px one in a 640 px column.
    const shown = await t.page.evaluate(() => [...document.querySelectorAll('rating-chart > svg.rc-static')]
      .map((s) => [s.getAttribute('width'), Math.round(s.getBoundingClientRect().width), Math.round(s.getBoundingClientRect().height)]));
    assert.deepEqual(shown.map((s) => s[1] > 0), [false, false, true], JSON.stringify(shown));
    const imgs = await images(t.page);
    const chart = imgs.filter((i) => i.name === TITLE);
    assert.equal(chart.length, 1, JSON.stringify(imgs));
    assert.match(chart[0].description, /Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7\u00a0%/);
    const texts = await shownTexts(t.page);
    for (const figure of ['60,0\u00a0%', '71,8\u00a0%', '75,7\u00a0%']) assert.ok(texts.includes(figure), `${figure} in ${texts}`);
    await t.page.screenshot({ path: join(OUTPUT, `static-${mode.replace(' ', '-')}.png`) });
    if (mode === 'wasm blocked') {
      // Only the blocked request itself is reported.
      assert.deepEqual(t.problems.filter((p) => !p.includes('.wasm') && !p.includes('net::ERR_FAILED')), []);
    }
    await t.context.close();
  });
}

// The code as printed, with its own rules and no stylesheet (the README's
// embed); and for a page that refuses inline styles, `--no-style` with the
// stylesheet linked.
const SETUPS = { 'its own <style>': { css: false, code: () => seedCode }, 'the stylesheet (--no-style)': { css: true, code: () => embed(SEED_FILE, '--no-style') } };
for (const [setup, how] of Object.entries(SETUPS)) for (const width of [320, 480, 640]) {
  test(`at ${width} px, with ${setup}, the live chart replaces the copy: no shift, same colours at the same places, same figures, tooltips`, async () => {
    const t = await openHtml(`${how.code()}<p id="after">Bài viết tiếp tục.</p>`, { css: how.css, delayWasm: 600, context: { viewport: { width: width + 16, height: 900 } } });
    const before = await t.page.evaluate(() => {
      const svg = [...document.querySelectorAll('rating-chart > svg.rc-static')].find((s) => s.getBoundingClientRect().height > 0);
      return {
        width: Number(svg.getAttribute('width')),
        after: document.querySelector('#after').getBoundingClientRect().top,
        // Segments: rectangles in a tier's colour big enough to sample.
        rects: [...svg.querySelectorAll('rect')].slice(1).map((r) => ({
          x: +r.getAttribute('x'), y: +r.getAttribute('y'), w: +r.getAttribute('width'), h: +r.getAttribute('height'), fill: r.getAttribute('fill'),
        })).filter((r) => r.w >= 24 && r.h >= 12 && r.fill !== 'none'),
      };
    });
    assert.equal(before.width, width);
    assert.equal(await t.page.evaluate(() => document.querySelector('rating-chart').chart), null, 'seen before the swap');
    await t.page.waitForFunction(() => document.querySelector('rating-chart').chart);
    await t.page.waitForTimeout(400);
    const got = await t.page.evaluate((rects) => {
      const el = document.querySelector('rating-chart');
      const canvas = el.shadowRoot.querySelector('canvas.chart');
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const hex = (d) => `#${[d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      const sampled = rects.map((r) => {
        // Near the top edge: clear of the label drawn in its middle.
        const [cx, cy] = [r.x + r.w / 2, r.y + 3];
        return { want: r.fill, got: hex(ctx.getImageData(Math.floor(cx * ratio), Math.floor(cy * ratio), 1, 1).data), at: [cx, cy] };
      });
      const table = el.chart.table();
      return {
        sampled,
        after: document.querySelector('#after').getBoundingClientRect().top,
        slot: !!el.shadowRoot.querySelector('slot'),
        shares: table.rows.flatMap((r) => r.cells.map((c) => c[1])),
        cls: window.__cls,
        shifts: window.__shifts,
      };
    }, before.rects);
    assert.equal(got.slot, false, 'the copy is gone');
    assert.equal(got.cls, 0, `no layout shift through the swap: ${JSON.stringify(got.shifts)}`);
    assert.equal(got.after, before.after, 'the text under the chart stays where it was');
    assert.ok(got.sampled.length >= 6, JSON.stringify(got.sampled));
    const wrong = got.sampled.filter((s) => s.got !== s.want);
    assert.deepEqual(wrong, [], 'the live canvas shows each colour where the copy drew it');
    // Every share the copy prints, the live chart prints the same way.
    const texts = await t.page.evaluate(() => {
      const width = document.querySelector('rating-chart').chart.width;
      const svg = document.querySelector(`rating-chart > svg.rc-static[width="${width >= 640 ? 640 : width >= 480 ? 480 : 320}"]`);
      return [...svg.querySelectorAll('text')].map((x) => x.textContent).filter((x) => x.includes('%'));
    });
    assert.ok(texts.length >= 3, JSON.stringify(texts));
    for (const x of texts) assert.ok(got.shares.includes(x), `${x} among the live figures ${got.shares}`);
    // Tooltips work on the live chart.
    const seg = await t.page.evaluate(() => {
      const el = document.querySelector('rating-chart');
      const s = el.chart.segments().sort((a, b) => b.w - a.w)[0];
      const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
      return { x: r.left + s.x + s.w / 2, y: r.top + s.y + s.h / 2 };
    });
    await t.page.mouse.move(seg.x, seg.y);
    await t.page.waitForFunction(() => {
      const tip = document.querySelector('rating-chart').shadowRoot.querySelector('.tooltip');
      return tip && !tip.hidden && tip.textContent.includes('%');
    });
    assert.deepEqual(t.problems, []);
    await t.page.screenshot({ path: join(OUTPUT, `static-live-${width}${how.css ? '-stylesheet' : ''}.png`) });
    await t.context.close();
  });
}

// The widths a column has, phone to desktop: at each, the copy the
// default code shows has the layout of the live chart, which takes its
// height (a copy at 480 px, where the layout turns wide: with 320 and 640
// only, columns of 600 to 639 px moved up to 126 px at the swap). From
// 270 px, below the narrowest copy (320 px, scaled down there): the row of
// reader tools fits one line from 270 px in each language.
const COLUMNS = [270, 280, 290, 300, 320, 360, 400, 440, 479, 480, 520, 560, 600, 639, 640, 720, 800, 1000];
// The seed in French too: its reader tools' words are the longest, and
// they too fit one row from 270 px.
function seedIn(locale) {
  const file = join(mkdtempSync(join(tmpdir(), 'rating-chart-static-')), `seed-${locale}.json`);
  writeFileSync(file, JSON.stringify({ ...JSON.parse(SEED), locale }));
  return file;
}
// A chart of one group from 300 px: below, its text wraps more than the
// narrowest copy's scaled down, and its one bar is taller (+23 px at 280).
const ONE_GROUP = COLUMNS.filter((w) => w >= 300);
for (const [file, columns] of [[SEED_FILE, COLUMNS], ['www/examples/likert-city-services.json', COLUMNS], ['www/examples/shares-only.json', COLUMNS], ['fr-FR', COLUMNS], ['www/examples/khoi-doanh-nghiep-2021.json', ONE_GROUP]]) {
  const name = file.endsWith('.json') ? file.split('/').pop() : `the seed in ${file}`;
  test(`${name}: the default code's swap moves nothing at ${columns.length} column widths from ${columns[0]} to 1000 px`, async () => {
    const code = (file === SEED_FILE ? seedCode : embed(file.endsWith('.json') ? file : seedIn(file))).replace('<rating-chart ', '<rating-chart loading="eager" ');
    const body = columns.map((w) => `<div style="width: ${w}px">${code}</div>`).join('');
    const t = await openHtml(body, { css: false, delayWasm: 800, context: { viewport: { width: 1024, height: 900 } } });
    const heights = () => t.page.evaluate(() => [...document.querySelectorAll('rating-chart')].map((e) => e.getBoundingClientRect().height));
    const before = await heights();
    assert.equal(await t.page.evaluate(() => [...document.querySelectorAll('rating-chart')].some((e) => e.chart)), false, 'measured before the swap');
    await t.page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.chart));
    await t.page.waitForTimeout(300);
    const after = await heights();
    const moved = columns.map((w, i) => [w, after[i] - before[i]]).filter(([, d]) => d !== 0);
    assert.deepEqual(moved, [], 'column width, live height − copy height');
    assert.equal(await t.page.evaluate(() => window.__cls), 0);
    assert.deepEqual(t.problems, []);
    await t.context.close();
  });
}

test('in a column narrower than the narrowest copy (160 px), the copy scales down from the top of its box: no gap above the title', async () => {
  const t = await openHtml(`<div style="width: 160px">${seedCode}</div>`, { css: false, blockWasm: true });
  await t.page.waitForFunction(() => customElements.get('rating-chart'));
  await t.page.waitForTimeout(300);
  const got = await t.page.evaluate(() => {
    const svg = [...document.querySelectorAll('rating-chart > svg.rc-static')].find((s) => s.getBoundingClientRect().height > 0);
    const box = svg.getBoundingClientRect();
    const title = [...svg.querySelectorAll('text')][0].getBoundingClientRect();
    return { width: box.width, boxTop: box.top, titleTop: title.top, drawn: Number(svg.getAttribute('width')) };
  });
  assert.equal(got.drawn, 320);
  assert.ok(got.width <= 160, JSON.stringify(got));
  assert.ok(got.titleTop - got.boxTop < 20, `the title sits at the top of the copy's box: ${JSON.stringify(got)}`);
  await t.page.screenshot({ path: join(OUTPUT, 'static-160.png') });
  await t.context.close();
});

test('without script or stylesheet the code\'s own rules show the copy for the width; with its <style> stripped too (a feed reader), the narrowest alone', async () => {
  const shownIn = async (code) => {
    const t = await openHtml(code, { script: false, css: false, context: { javaScriptEnabled: false } });
    const shown = await t.page.evaluate(() => ({
      copies: [...document.querySelectorAll('rating-chart > svg.rc-static')].map((s) => [s.getAttribute('width'), Math.round(s.getBoundingClientRect().height) > 0]),
      text: document.body.innerText,
    }));
    const imgs = await images(t.page);
    assert.equal(imgs.filter((i) => i.name === TITLE).length, 1, JSON.stringify(imgs));
    await t.context.close();
    return shown;
  };
  // A 640 px column.
  const own = await shownIn(seedCode);
  assert.deepEqual(own.copies, [['320', false], ['480', false], ['640', true]]);
  assert.doesNotMatch(own.text, /rc-static|"version"/, 'neither the rules nor the data show as text');
  const stripped = seedCode.replace(/<style>[\s\S]*?<\/style>\n/, '');
  assert.notEqual(stripped, seedCode);
  assert.deepEqual((await shownIn(stripped)).copies, [['320', true], ['480', false], ['640', false]]);
});

test('labels that try to break out of SVG and HTML stay text, under a strict CSP', async () => {
  const hostile = {
    version: 1,
    title: '</script><script>alert(1)</script>',
    subtitle: '</svg><img src=x onerror=alert(2)>',
    source: { text: `"'><b id="bold">x</b>` },
    locale: 'en-US',
    tiers: [{ id: 'a', label: '</svg><img src=x onerror=alert(3)>' }, { id: 'b', label: '<!-- "\'><' }],
    groups: [{ label: '</script><img src=x onerror=alert(4)>', counts: { a: 3, b: 4 } }, { label: `"'><`, counts: { a: 5, b: 1 } }],
  };
  const dir = mkdtempSync(join(tmpdir(), 'rating-chart-static-'));
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(hostile, null, 2));
  // The code for a page that refuses inline styles: its rules come from
  // the stylesheet (openHtml links it).
  const code = embed(file, '--no-style');
  assert.ok(!code.includes('<style'));
  const t = await openHtml(code, { headers: { 'Content-Security-Policy': CSP } });
  const early = await t.page.evaluate(() => ({
    imgs: document.querySelectorAll('img').length,
    bold: !!document.getElementById('bold'),
    scripts: document.querySelectorAll('rating-chart script').length,
    titles: [...document.querySelectorAll('rating-chart svg title')].map((x) => x.textContent),
    labels: [...document.querySelectorAll('rating-chart svg text')].map((x) => x.textContent),
  }));
  assert.equal(early.imgs, 0);
  assert.equal(early.bold, false);
  assert.equal(early.scripts, 1);
  assert.deepEqual(early.titles, [hostile.title, hostile.title, hostile.title]);
  assert.ok(early.labels.some((l) => l.includes('</svg><img src=x onerror=alert(')), JSON.stringify(early.labels));
  await t.page.waitForFunction(() => document.querySelector('rating-chart').chart);
  assert.equal(await t.page.evaluate(() => document.querySelector('rating-chart').chart.title), hostile.title);
  assert.deepEqual(await t.page.evaluate(() => window.__violations), []);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('under a strict CSP the default code loses only its own <style>: the stylesheet picks the copy, the chart draws', async () => {
  const t = await openHtml(seedCode, { headers: { 'Content-Security-Policy': CSP }, delayWasm: 400 });
  const shown = await t.page.evaluate(() => [...document.querySelectorAll('rating-chart > svg.rc-static')]
    .map((s) => [s.getAttribute('width'), Math.round(s.getBoundingClientRect().height) > 0]));
  assert.deepEqual(shown, [['320', false], ['480', false], ['640', true]]);
  await t.page.waitForFunction(() => document.querySelector('rating-chart').chart);
  const violations = await t.page.evaluate(() => window.__violations);
  assert.ok(violations.length >= 1 && violations.every((v) => v.startsWith('style-src')), JSON.stringify(violations));
  // What the browser reports is the refused style, nothing else.
  assert.ok(t.problems.every((p) => /style/i.test(p)), JSON.stringify(t.problems));
  await t.context.close();
});

test('the README\'s CSP hash is the default code\'s <style>: with it, a strict CSP takes the code as it is', async () => {
  const style = /<style>([\s\S]*?)<\/style>/.exec(seedCode)[1];
  const hash = createHash('sha256').update(style).digest('base64');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  assert.ok(readme.includes(`style-src 'self' 'sha256-${hash}'`), `README names sha256-${hash}`);
  const t = await openHtml(seedCode, { css: false, headers: { 'Content-Security-Policy': CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`) }, delayWasm: 400 });
  const shown = await t.page.evaluate(() => [...document.querySelectorAll('rating-chart > svg.rc-static')]
    .map((s) => [s.getAttribute('width'), Math.round(s.getBoundingClientRect().height) > 0]));
  assert.deepEqual(shown, [['320', false], ['480', false], ['640', true]]);
  await t.page.waitForFunction(() => document.querySelector('rating-chart').chart);
  assert.deepEqual(await t.page.evaluate(() => window.__violations), []);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('the full module writes the CLI\'s embed code byte for byte', async () => {
  const t = await openHtml('<p>editor</p>');
  const args = [['--widths', '360,720', '--no-svg', '--theme', 'dark'], { widths: [720, 360], svg: false, theme: 'dark' }];
  const cliOther = embed(SEED_FILE, ...args[0]);
  const got = await t.page.evaluate(async ([seed, options]) => {
    const { loadModule } = await import('./rating-chart.js');
    const mod = await loadModule();
    return [mod.embedCode(seed), mod.embedCode(seed, options)];
  }, [SEED, args[1]]);
  assert.equal(got[0], seedCode);
  assert.equal(got[1], cliOther);
  await t.context.close();
});

test('loading="interaction" loads nothing before the page has loaded and is idle, or the reader comes', async () => {
  const code = seedCode.replace('<rating-chart ', '<rating-chart loading="interaction" ');
  const t = await openHtml(code);
  await t.page.waitForFunction(() => document.querySelector('rating-chart').chart);
  const timing = await t.page.evaluate(() => ({
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    wasm: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.startTime),
  }));
  assert.ok(timing.wasm.length >= 1);
  assert.ok(timing.wasm.every((s) => s >= timing.load), JSON.stringify(timing));
  assert.equal(await t.page.evaluate(() => window.__cls), 0);
  // Far down the page, it waits for the reader (or idle time): a pointer on
  // it starts it at once.
  const far = await openHtml(`<div style="height: 2000px">Bài viết…</div>${code}`, {
    before: (page) => page.addInitScript(() => { window.requestIdleCallback = () => 0; }),
  });
  await far.page.waitForTimeout(500);
  assert.deepEqual(far.wasm, [], 'nothing loaded yet');
  await far.page.evaluate(() => document.querySelector('rating-chart').dispatchEvent(new PointerEvent('pointerover', { bubbles: true })));
  await far.page.waitForFunction(() => document.querySelector('rating-chart').chart);
  assert.ok(far.wasm.length >= 1);
  await t.context.close();
  await far.context.close();
});

test('the editor\'s data-inline code is the CLI\'s, with the SVG by default, without it when asked, with its weight said', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.route(`${env.base}/www/editor.html`, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': CSP } });
  });
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(`${env.base}/www/editor.html`);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  await page.click('#example');
  await page.waitForFunction(() => document.getElementById('code-inline').value.includes('<svg'));
  const code = await page.inputValue('#code-inline');
  const element = code.slice(code.indexOf('<rating-chart'));
  // The copies carry their own rules: no stylesheet to link.
  assert.ok(code.startsWith(`<script type="module" src="${env.base}/www/rating-chart.js"></script>\n<rating-chart`), code.slice(0, 300));
  assert.equal(code.match(/<style>/g)?.length, 1);
  const json = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(element)[1];
  const file = join(mkdtempSync(join(tmpdir(), 'rating-chart-editor-')), 'data.json');
  writeFileSync(file, json);
  assert.equal(element, embed(file).trimEnd(), 'the editor writes the CLI\'s bytes');
  await page.waitForFunction(() => /KB \(gzip\)/.test(document.getElementById('static-weight').textContent));
  const note = await page.textContent('#static-weight');
  const kb = Number(/adds ([\d.]+) KB/.exec(note)[1]);
  assert.ok(kb > 0.5 && kb <= 8, note);
  // A page that refuses inline styles: the copies without their <style>,
  // the stylesheet linked, as `rating-chart embed --no-style --script`.
  await page.check('#noStyle');
  await page.waitForFunction(() => !document.getElementById('code-inline').value.includes('<style>'));
  const strict = await page.inputValue('#code-inline');
  assert.ok(strict.startsWith(`<link rel="stylesheet" href="${env.base}/www/rating-chart.css">\n<script type="module" src="${env.base}/www/rating-chart.js"></script>\n<rating-chart`), strict.slice(0, 300));
  assert.equal(strict.slice(strict.indexOf('<rating-chart')), embed(file, '--no-style').trimEnd(), 'the CLI\'s --no-style bytes');
  await page.uncheck('#noStyle');
  await page.waitForFunction(() => document.getElementById('code-inline').value.includes('<style>'));
  await page.check('#noSvg');
  await page.waitForFunction(() => !document.getElementById('code-inline').value.includes('<svg'));
  // Without it: the data inline, with the heights the live module measures.
  const bare = await page.inputValue('#code-inline');
  assert.match(bare, /^<script type="module" src="[^"]+"><\/script>\n<rating-chart heights="320:\d+ 360:\d+ 390:\d+ 480:\d+ 600:\d+ 720:\d+ 960:\d+">/);
  assert.deepEqual(problems, []);
  await context.close();
});
