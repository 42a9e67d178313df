// End-to-end: the editor (www/editor.html), from a pasted spreadsheet to an
// embed code that reproduces the preview on a blank page. Served under a
// strict Content-Security-Policy; headless Chromium via playwright-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setup, OUTPUT } from './harness.mjs';
import * as P from '../../www/editor/parse.js';
import * as M from '../../www/editor/model.js';
import { deltaE, closePairs } from '../../www/editor/color.js';
import { scriptJson, inlineSnippet, frameUrl, besideScript } from '../../www/editor/snippets.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:";
const SEED_CSV = readFileSync(new URL('../fixtures/editor/ratings-2021-hai-duong.csv', import.meta.url), 'utf8');
const EXAMPLE = JSON.parse(readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8'));
const { $schema, ...EXPECTED } = EXAMPLE; // the editor does not write $schema

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Opens the editor in a fresh context (empty storage) under a strict CSP. */
async function openEditor({ width = 1280, height = 900, locale = 'vi-VN', bypassCSP = false } = {}) {
  // bypassCSP only for the axe tests, which inject axe-core as an inline script.
  const ctx = await env.browser.newContext({ viewport: { width, height }, locale, acceptDownloads: true, bypassCSP });
  ctx.setDefaultTimeout(60_000); // the machine is shared: be patient, not flaky
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await ctx.route(`${env.base}/www/editor.html`, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': CSP } });
  });
  const page = await ctx.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await page.goto(`${env.base}/www/editor.html`);
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  return { page, context: ctx, problems };
}

/** Waits until both previews show the current draft. */
async function settled(page) {
  await page.waitForFunction(() => ['phone', 'desktop'].every((n) => document.getElementById(`preview-${n}`).dataset.ready === '1'));
}

/** Loads the example and waits until it is in the draft: the example is
 *  fetched, so the previews may still show the previous draft for a while. */
async function loadExample(page) {
  await page.click('#example');
  await page.waitForFunction((title) => document.querySelector('#title').value === title, EXAMPLE.title);
  await settled(page);
}

/** Pastes text into the paste box the way a user does (clipboard + Ctrl+V). */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.focus('#paste');
  await page.keyboard.press('Control+V');
  await settled(page);
}

/** The data JSON inside the inline embed code. */
async function inlineData(page) {
  const code = await page.inputValue('#code-inline');
  const m = /<script type="application\/json">([\s\S]*)<\/script>/.exec(code);
  assert.ok(m, 'the inline code holds the data');
  return JSON.parse(m[1]);
}

/** What a drawn chart says: its summary, segments, size and pixels. */
function chartState(selector) {
  return (sel) => {
    const el = document.querySelector(sel);
    const canvas = el.shadowRoot.querySelector('canvas.chart');
    return {
      summary: el.chart.summary(),
      segments: el.chart.segments(),
      width: el.chart.width,
      height: el.chart.height,
      pixels: canvas.toDataURL(),
    };
  };
}
const previewOf = (page, name) => page.evaluate(chartState(), `#preview-${name} rating-chart:not(.pending)`);

/** Sets the seed's tier labels, title, subtitle, source and period as in
 *  www/examples/hai-duong-2021.json. */
async function describeSeed(page) {
  for (const [j, tier] of EXAMPLE.tiers.entries()) {
    await page.fill(`#grid [data-key="hdr:${j + 2}"]`, tier.label);
  }
  await page.fill('#title', EXAMPLE.title);
  await page.fill('#subtitle', EXAMPLE.subtitle);
  await page.fill('#sourceText', EXAMPLE.source.text);
  await page.fill('#period', '2021');
  // The example file asks for stacked bars; pasted data starts on "auto".
  await page.selectOption('#kind', EXAMPLE.display?.kind ?? '');
  await settled(page);
}

async function cellMessage(page, row, col) {
  return page.evaluate(([r, c]) => {
    const input = document.querySelector(`#grid [data-key="cell:${r}:${c}"]`);
    const slot = document.getElementById(`msg-cell-${r}-${c}`);
    return {
      text: slot.textContent,
      sameCell: slot.parentElement === input.parentElement,
      invalid: input.getAttribute('aria-invalid'),
      describedBy: input.getAttribute('aria-describedby').split(' '),
      visible: slot.getBoundingClientRect().height > 0,
    };
  }, [row, col]);
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

// ------------------------------------------------------------ pure modules

test('CSV and TSV parsing: quotes, line breaks in cells, delimiters, trailing blanks', () => {
  assert.deepEqual(P.parseDelimited('a,b,"c, d"\n"x ""y""",2,\n\n'), [['a', 'b', 'c, d'], ['x "y"', '2', '']]);
  assert.deepEqual(P.parseDelimited('a\tb\t\t\r\n1\t"two\nlines"\t\t\r\n', '\t'), [['a', 'b'], ['1', 'two\nlines']]);
  assert.equal(P.sniffDelimiter('a;b;c\n1,5;2;3'), ';');
  assert.equal(P.sniffKind('  {"version": 1}'), 'json');
  assert.equal(P.sniffKind('a\tb\n1\t2'), 'tsv');
  assert.equal(P.sniffKind('\ufeffa,b'), 'csv');
  assert.deepEqual(P.parseDelimited(SEED_CSV)[3], ['Đảng viên', '91400', '13886', '69198', '7659', '657']);
});

test('numbers: Vietnamese and English formats, and the guess between them', () => {
  assert.equal(P.parseNumber('13.886', 'vi').value, 13886);
  assert.equal(P.parseNumber('13,886', 'en').value, 13886);
  assert.equal(P.parseNumber('13.886', 'en').whole, false);
  assert.equal(P.parseNumber('1.234.567', 'vi').value, 1234567);
  assert.equal(P.parseNumber('91 400', 'vi').value, 91400);
  assert.equal(P.parseNumber('91\u00a0400', 'en').value, 91400);
  assert.deepEqual([P.parseNumber('8,3 %', 'vi').value, P.parseNumber('8,3 %', 'vi').percent], [8.3, true]);
  assert.equal(P.parseNumber('8.3%', 'en').value, 8.3);
  assert.equal(P.parseNumber('-5', 'vi').negative, true);
  assert.equal(P.parseNumber('abc', 'vi').error, 'nan');
  assert.equal(P.parseNumber('12.34.5', 'vi').error, 'nan');
  assert.equal(P.guessNumberFormat(['15', '674', '91.400', '13.886']).format, 'vi');
  assert.equal(P.guessNumberFormat(['91,400', '13,886']).format, 'en');
  assert.equal(P.guessNumberFormat(['8,3 %', '75,7 %']).format, 'vi');
  assert.equal(P.guessNumberFormat(['15', '674']).format, null, 'no separator: nothing to tell');
});

test('a lone dash is nil, as statistical tables write it: 0, said next to its cell, never a dropped column', () => {
  for (const dash of ['-', '–', '—', '−', '- %']) {
    const n = P.parseNumber(dash, 'vi');
    assert.deepEqual([n.value, n.nil, n.negative, n.percent], [0, true, false, dash.endsWith('%')], dash);
  }
  assert.equal(P.parseNumber('-5', 'vi').nil, undefined, 'a minus sign with a number is still a negative number');
  const tsv = 'Đơn vị\tTổng số\tXuất sắc\tTốt\tHoàn thành\tKhông hoàn thành\nA\t1.200\t300\t800\t100\t–\nB\t2.500\t500\t1.500\t500\t-\n';
  const state = M.tableToState(P.parseDelimited(tsv), M.emptyState('vi-VN'));
  assert.deepEqual(state.columns.map((c) => c.role), ['label', 'total', 'tier', 'tier', 'tier', 'tier']);
  const built = M.build(state);
  assert.deepEqual(built.data.groups.map((g) => Object.values(g.counts)), [[300, 800, 100, 0], [500, 1500, 500, 0]]);
  const notes = built.checks.filter((c) => c.code === 'cell.nil');
  assert.deepEqual(notes.map((c) => [c.severity, c.at.row, c.at.col, c.params.cell]), [['info', 0, 5, '–'], ['info', 1, 5, '-']]);
  assert.equal(built.checks.filter((c) => c.severity === 'error').length, 0);
  // In a table of percentages a dash is a 0 % share, not a count.
  const pct = M.build(M.tableToState(P.parseDelimited('Nhóm\tTốt\tKém\nA\t100 %\t–\nB\t60 %\t40 %\n'), M.emptyState('vi-VN')));
  assert.deepEqual(pct.data.groups.map((g) => Object.values(g.shares)), [[100, 0], [60, 40]]);
  assert.equal(pct.checks.filter((c) => c.severity === 'error').length, 0);
});

test('columns: roles and polarities from names, tier ids', () => {
  const s = M.tableToState(P.parseDelimited(SEED_CSV), M.emptyState('en-GB'));
  assert.deepEqual(s.columns.map((c) => c.role), ['label', 'total', 'tier', 'tier', 'tier', 'tier']);
  assert.deepEqual(s.columns.slice(2).map((c) => c.polarity), ['positive', 'positive', 'neutral', 'negative']);
  assert.equal(s.locale, 'vi-VN', 'Vietnamese labels make a new draft vi-VN');
  assert.deepEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Không hoàn thành nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Neither agree nor disagree', 'Strongly disagree'].map(P.polarityFromName),
    ['positive', 'negative', 'neutral', 'neutral', 'negative']);
  assert.equal(P.makeId('Hoàn thành xuất sắc', new Set()), 'hoan_thanh_xuat_sac');
  assert.equal(P.makeId('constructor', new Set()), 'constructor_tier');
  assert.equal(P.makeId('good', new Set(['good'])), 'good_2');
});

test('JSON import then export is the identity on the example', () => {
  const { state } = M.jsonToState(EXAMPLE, M.emptyState());
  assert.deepEqual(JSON.parse(M.build(state).json), EXPECTED);
  const partial = JSON.parse(readFileSync(new URL('../../www/examples/khoi-doanh-nghiep-2021.json', import.meta.url), 'utf8'));
  delete partial.$schema;
  assert.deepEqual(JSON.parse(M.build(M.jsonToState(partial, M.emptyState()).state).json), partial);
  // Shares-only data: its shares come back as percentages and go out as shares.
  const shares = JSON.parse(readFileSync(new URL('../../www/examples/shares-only.json', import.meta.url), 'utf8'));
  const built = M.build(M.jsonToState(shares, M.emptyState()).state);
  assert.deepEqual(JSON.parse(built.json), shares);
  assert.ok(built.checks.some((c) => c.code === 'data.sharesOnly'));
  assert.ok(!built.checks.some((c) => c.severity === 'error'), JSON.stringify(built.checks.filter((c) => c.severity === 'error')));
});

test('colour difference (CIE76) and embed-code escaping', () => {
  assert.equal(deltaE([0, 0, 0], [0, 0, 0]), 0);
  assert.ok(Math.abs(deltaE([255, 255, 255], [0, 0, 0]) - 100) < 0.01);
  assert.deepEqual(closePairs([[8, 81, 156], [66, 146, 198], [10, 83, 158]]).map((p) => [p.a, p.b]), [[0, 2]]);
  assert.equal(scriptJson('{"title":"</script><script>alert(1)</script>"}'), '{"title":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}');
  assert.equal(JSON.parse(scriptJson('{"a":"<!--x-->"}')).a, '<!--x-->');
  assert.ok(!inlineSnippet({ scriptUrl: 'https://x/"><img>', json: '{}' }).includes('"><img>'));
  assert.equal(frameUrl('https://cdn.example/rc/www/rating-chart.js', '{"a":"#&+ "}'), 'https://cdn.example/rc/www/frame.html#data=%7B%22a%22%3A%22%23%26%2B%20%22%7D');
  assert.equal(new URLSearchParams(frameUrl('x:/', '{"a":"#&+ "}', 'dark').split('#')[1]).get('data'), '{"a":"#&+ "}', 'frame.js reads it back');
  assert.ok(frameUrl('https://cdn.example/rc/www/rating-chart.js', '{}', 'dark').startsWith('https://cdn.example/rc/www/frame.html?theme=dark#data='));
  // Preload hints beside any address of the script, relative ones too.
  for (const [script, glue] of [
    ['https://cdn.example/rc/www/rating-chart.js', 'https://cdn.example/rc/pkg/rating_chart.js'],
    ['/static/www/rating-chart.js', '/static/pkg/rating_chart.js'],
    ['js/www/rating-chart.js', 'js/pkg/rating_chart.js'],
    ['../lib/www/rating-chart.js', '../lib/pkg/rating_chart.js'],
  ]) {
    assert.equal(besideScript('../pkg/rating_chart.js', script), glue, script);
  }
});

test('no HTML is built from strings in the editor (no innerHTML, eval, inline handlers)', () => {
  const dir = new URL('../../www/editor/', import.meta.url);
  const files = readdirSync(dir).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]);
  files.push(['editor.html', readFileSync(new URL('../../www/editor.html', import.meta.url), 'utf8')]);
  for (const [name, text] of files) {
    for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
      assert.ok(!text.includes(bad), `${name} uses ${bad}`);
    }
  }
  const html = files.at(-1)[1];
  assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'no inline script');
  assert.ok(!/\son[a-z]+=/i.test(html), 'no inline event handler');
  assert.ok(!/\sstyle=/i.test(html), 'no inline style');
});

// ---------------------------------------------------------------- browser

test('the seed CSV pasted becomes the seed chart; its embed code renders the same chart on a blank page', async () => {
  const { page, context, problems } = await openEditor();
  await paste(page, SEED_CSV);
  assert.match(await page.textContent('#import-msg'), /3 hàng, 6 cột, trong đó 4 cột là mức/);
  const roles = await page.$$eval('#grid thead select[data-key^="role:"]', (s) => s.map((e) => e.value));
  assert.deepEqual(roles, ['label', 'total', 'tier', 'tier', 'tier', 'tier']);
  const polarities = await page.$$eval('#grid thead select[data-key^="pol:"]', (s) => s.map((e) => e.value));
  assert.deepEqual(polarities, ['positive', 'positive', 'neutral', 'negative']);
  assert.equal(await page.inputValue('#locale'), 'vi-VN');
  await describeSeed(page);

  // The data is the example's, field for field.
  assert.deepEqual(await inlineData(page), EXPECTED);
  assert.match(await page.textContent('#checks .summary'), /Không thấy vấn đề nào/);

  // The preview is the seed chart: same Scene as a <rating-chart> of the example file.
  const preview = { phone: await previewOf(page, 'phone'), desktop: await previewOf(page, 'desktop') };
  assert.equal(preview.desktop.width, 720);
  assert.equal(preview.phone.width, 390);
  await page.evaluate((json) => {
    for (const [id, w] of [['ref-desktop', 720], ['ref-phone', 390]]) {
      const box = document.createElement('div');
      box.style.width = `${w}px`;
      const el = document.createElement('rating-chart');
      el.id = id;
      el.setAttribute('loading', 'eager');
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = json;
      el.append(s);
      box.append(el);
      document.body.append(box);
    }
  }, JSON.stringify(EXAMPLE));
  await page.waitForFunction(() => document.querySelector('#ref-desktop').chart && document.querySelector('#ref-phone').chart);
  const ref = { desktop: await page.evaluate(chartState(), '#ref-desktop'), phone: await page.evaluate(chartState(), '#ref-phone') };
  for (const size of ['desktop', 'phone']) {
    assert.equal(preview[size].summary, ref[size].summary);
    assert.deepEqual(preview[size].segments, ref[size].segments);
    assert.equal(preview[size].pixels, ref[size].pixels, `${size} preview pixels equal the example's`);
  }
  assert.match(preview.desktop.summary, /Đảng viên: nhiều nhất là “Hoàn thành tốt nhiệm vụ”, 75,7/);
  assert.equal(preview.desktop.segments.length, 12);

  // Without the pre-drawn SVG (the code with it is the CLI's, tested in
  // static.test.mjs), the code reserves the heights the previews measure.
  const withSvg = await page.inputValue('#code-inline');
  await page.check('#noSvg');
  await page.waitForFunction((before) => document.getElementById('code-inline').value !== before, withSvg);
  // Copy the script embed code; the clipboard holds exactly the code shown.
  await page.click('[data-copy="code-inline"]');
  await page.waitForFunction(() => /Đã chép/.test(document.getElementById('status').textContent));
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(code, await page.inputValue('#code-inline'));
  assert.ok(code.startsWith(`<script type="module" src="${env.base}/www/rating-chart.js"></script>`));
  // It reserves the chart's height measured at the previews' widths (and others).
  const heights = /heights="([^"]+)"/.exec(code)?.[1] ?? '';
  assert.match(heights, new RegExp(`(^| )390:${Math.ceil(preview.phone.height)}( |$)`), heights);
  assert.match(heights, new RegExp(`(^| )720:${Math.ceil(preview.desktop.height)}( |$)`), heights);

  // A page holding only that code, at the preview's widths, draws the same chart.
  for (const [size, viewport] of [['desktop', 736], ['phone', 406]]) {
    const blank = await env.browser.newContext({ viewport: { width: viewport, height: 800 } });
    blank.setDefaultTimeout(60_000);
    await blank.route(`${env.base}/www/__snippet.html`, (route) => route.fulfill({
      // The article goes on under the chart: it must not move while the chart loads.
      status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': CSP }, body: `${code}\n<p>Bài viết tiếp tục dưới biểu đồ.</p>`,
    }));
    const p = await blank.newPage();
    const errors = [];
    p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    p.on('pageerror', (e) => errors.push(e.message));
    // The module arrives slowly, so the placeholder shows for a while.
    await p.route('**/*.wasm', async (route) => {
      const res = await route.fetch();
      await new Promise((ok) => setTimeout(ok, 500));
      await route.fulfill({ response: res });
    });
    await p.goto(`${env.base}/www/__snippet.html`);
    // The placeholder holds exactly the chart's measured height: the article
    // under it does not move when the chart draws.
    await p.waitForFunction(() => document.querySelector('rating-chart')?.shadowRoot?.querySelector('.placeholder'));
    const reserved = await p.evaluate(() => document.querySelector('rating-chart').getBoundingClientRect().height);
    await p.waitForFunction(() => document.querySelector('rating-chart')?.chart);
    const drawn = await p.evaluate(() => document.querySelector('rating-chart').getBoundingClientRect().height);
    assert.equal(drawn, reserved, `${size}: the placeholder reserved the chart's height`);
    const got = await p.evaluate(chartState(), 'rating-chart');
    assert.equal(got.width, preview[size].width);
    assert.equal(got.summary, preview[size].summary);
    assert.deepEqual(got.segments, preview[size].segments);
    assert.equal(got.height, preview[size].height);
    assert.equal(got.pixels, preview[size].pixels, `${size}: the same pixels as the preview`);
    assert.deepEqual(errors, []);
    if (size === 'desktop') await p.screenshot({ path: `${OUTPUT}editor-snippet-page.png` });
    await blank.close();
  }

  // The iframe code (www/frame.html) carries the same data in its fragment
  // and shows the same chart, at the height the editor wrote.
  const iframe = await page.inputValue('#code-iframe');
  const src = /src="([^"]+)"/.exec(iframe)[1].replace(/&amp;/g, '&');
  assert.ok(src.startsWith(`${env.base}/www/frame.html#data=`));
  assert.deepEqual(JSON.parse(decodeURIComponent(src.split('#data=')[1])), EXPECTED);
  assert.ok(iframe.endsWith(`<script type="module" src="${env.base}/www/frame-resize.js"></script>`));
  const host = await env.browser.newContext({ viewport: { width: 736, height: 800 } });
  host.setDefaultTimeout(60_000);
  await host.route(`${env.base}/www/__iframe.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: iframe }));
  const hp = await host.newPage();
  await hp.goto(`${env.base}/www/__iframe.html`);
  const child = await (await hp.waitForSelector('iframe')).contentFrame();
  await child.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  const inFrame = await child.evaluate(chartState(), 'rating-chart');
  assert.equal(inFrame.summary, preview.desktop.summary);
  assert.deepEqual(inFrame.segments, preview.desktop.segments);
  assert.equal(inFrame.pixels, preview.desktop.pixels);
  const content = await child.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  assert.equal(Number(/height="(\d+)"/.exec(iframe)[1]), content, 'the iframe is as tall as its content at 720 px');
  await host.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the src embed code with the downloaded JSON renders the same chart', async () => {
  const { page, context, problems } = await openEditor({ locale: 'en-US' });
  await loadExample(page);
  await page.fill('#dataUrl', '__data/seed.json');
  const download = page.waitForEvent('download');
  await page.click('#dl-json');
  const file = await (await download).path();
  assert.equal((await download).suggestedFilename(), 'seed.json');
  const json = readFileSync(file, 'utf8');
  assert.deepEqual(JSON.parse(json), EXPECTED);
  const code = await page.inputValue('#code-src');
  assert.equal(code.replace(/ heights="(\d+:\d+ ?)+"/, ''), `<script type="module" src="${env.base}/www/rating-chart.js"></script>\n<rating-chart src="__data/seed.json"></rating-chart>`);
  assert.match(code, / heights="320:\d+ 360:\d+ 390:\d+ 480:\d+ 600:\d+ 720:\d+ 960:\d+"/);
  const preview = await previewOf(page, 'desktop');
  const blank = await env.browser.newContext({ viewport: { width: 736, height: 800 } });
  blank.setDefaultTimeout(60_000);
  await blank.route(`${env.base}/www/__snippet.html`, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: code }));
  await blank.route(`${env.base}/www/__data/seed.json`, (r) => r.fulfill({ status: 200, contentType: 'application/json', body: json }));
  const p = await blank.newPage();
  await p.goto(`${env.base}/www/__snippet.html`);
  await p.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  const got = await p.evaluate(chartState(), 'rating-chart');
  assert.equal(got.summary, preview.summary);
  assert.deepEqual(got.segments, preview.segments);
  assert.equal(got.pixels, preview.pixels);
  await blank.close();
  assert.deepEqual(problems, []);
  await context.close();
});


test('for a chart in the first screen the embed codes carry the preload hints, which the pasted code uses as they are', async () => {
  const { page, context, problems } = await openEditor({ locale: 'en-US' });
  await loadExample(page);
  const plain = await page.inputValue('#code-inline');
  assert.doesNotMatch(plain, /<link rel="(module)?preload/);
  await page.check('#firstScreen');
  await page.waitForFunction((before) => document.getElementById('code-inline').value !== before, plain);
  const hints = [
    `<link rel="modulepreload" href="${env.base}/pkg/rating_chart_reader.js">`,
    `<link rel="preload" href="${env.base}/pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>`,
  ];
  const code = await page.inputValue('#code-inline');
  assert.equal(code, `${hints.join('\n')}\n${plain}`);
  assert.ok((await page.inputValue('#code-src')).startsWith(`${hints.join('\n')}\n<script`));
  // A CDN address for the script moves the hints with it.
  await page.fill('#scriptUrl', 'https://cdn.example/rating-chart-9.9.9/www/rating-chart.js');
  await page.waitForFunction(() => document.getElementById('code-inline').value.includes('cdn.example'));
  // The CDN copy's rating-chart.js has the reader's glue inside it: only
  // the .wasm is preloaded.
  const cdn = await page.inputValue('#code-inline');
  assert.ok(cdn.startsWith('<link rel="preload" href="https://cdn.example/rating-chart-9.9.9/pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>\n'), cdn);
  assert.doesNotMatch(cdn, /modulepreload/);
  // A kind the kinds module draws: that module is preloaded instead (its
  // glue is a file of its own), in the inline code; the src code keeps the
  // reader's (the file may change, and the host asks that module first).
  await page.selectOption('#kind', 'donut');
  await page.waitForFunction(() => document.getElementById('code-inline').value.includes('rating_chart_kinds'));
  assert.ok((await page.inputValue('#code-inline')).startsWith('<link rel="modulepreload" href="https://cdn.example/rating-chart-9.9.9/pkg/rating_chart_kinds.js">\n<link rel="preload" href="https://cdn.example/rating-chart-9.9.9/pkg/rating_chart_kinds_bg.wasm" as="fetch" crossorigin>\n'));
  assert.ok((await page.inputValue('#code-src')).startsWith('<link rel="preload" href="https://cdn.example/rating-chart-9.9.9/pkg/rating_chart_reader_bg.wasm" as="fetch" crossorigin>\n<script'));

  // Pasted into an article's body: one download of the wasm, the chart
  // drawn, and nothing for the browser to warn about (it warns a few
  // seconds after the load about a preload nobody used, or used otherwise).
  // Under the README's strict CSP, with the hash of the code's own <style>
  // (the static copy's rules) named, as the README says.
  const style = /<style>([\s\S]*?)<\/style>/.exec(code)[1];
  const csp = CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  assert.notEqual(csp, CSP);
  const blank = await env.browser.newContext({ viewport: { width: 736, height: 800 } });
  blank.setDefaultTimeout(60_000);
  await blank.route(`${env.base}/www/__snippet.html`, (r) => r.fulfill({
    status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': csp },
    body: `<!doctype html><meta charset="utf-8"><title>Article</title><h1>Headline</h1>\n${code}\n<p>The article goes on.</p>`,
  }));
  const p = await blank.newPage();
  const seen = [];
  const wasm = [];
  p.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') seen.push(`console.${m.type()}: ${m.text()}`); });
  p.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  p.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await p.goto(`${env.base}/www/__snippet.html`);
  await p.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  await p.waitForTimeout(3500);
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.equal(await p.evaluate(() => document.querySelector('rating-chart').chart.segments().length), 12);
  assert.deepEqual(seen, []);
  await blank.close();
  assert.deepEqual(problems, []);
  await context.close();
});
test('a JSON export re-imported is identical', async () => {
  const { page, context, problems } = await openEditor();
  await paste(page, SEED_CSV);
  await describeSeed(page);
  await page.selectOption('#values', 'counts');
  await page.selectOption('#decimals', '2');
  await page.fill('#notes', 'Dòng một\nDòng hai');
  await page.fill('#sourceUrl', 'https://dangcongsan.vn/');
  await page.fill('#grid [data-key="color:5"]', '#b00020');
  await settled(page);
  const first = page.waitForEvent('download');
  await page.click('#dl-json');
  const path = await (await first).path();
  const exported = readFileSync(path, 'utf8');
  const data = JSON.parse(exported);
  assert.deepEqual(data.display, { kind: EXAMPLE.display.kind, values: 'counts', decimals: 2 });
  assert.equal(data.tiers[3].color, '#b00020');
  assert.equal(data.notes, 'Dòng một\nDòng hai');
  assert.deepEqual(data.source, { text: EXAMPLE.source.text, url: 'https://dangcongsan.vn/' });

  await page.click('#reset');
  await settled(page);
  assert.equal(await page.inputValue('#title'), '');
  await page.setInputFiles('#file', path);
  await settled(page);
  assert.equal(await page.inputValue('#title'), EXAMPLE.title);
  const second = page.waitForEvent('download');
  await page.click('#dl-json');
  assert.equal(readFileSync(await (await second).path(), 'utf8'), exported, 'byte for byte');

  // The images are drawn by the same chart: PNG at 2x, SVG.
  const png = page.waitForEvent('download');
  await page.click('#dl-png');
  const pngBytes = readFileSync(await (await png).path());
  assert.equal(pngBytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(pngBytes.readUInt32BE(16), 1440, 'PNG drawn at 2x of 720 px');
  const svg = page.waitForEvent('download');
  await page.click('#dl-svg');
  const svgText = readFileSync(await (await svg).path(), 'utf8');
  assert.match(svgText, /<svg/);
  assert.ok(svgText.includes('Hải Dương'));
  assert.equal((await svg).suggestedFilename(), 'hai-duong-ket-qua-danh-gia-xep-loai-chat-luong-nam-2021.svg');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a bad paste shows each problem next to its cell, and publishing waits', async () => {
  const { page, context } = await openEditor();
  const bad = 'nhóm\ttổng\txuất sắc\ttốt\tkhông hoàn thành\nA\t10\tabc\t5\t1\nB\t20\t-5\t10\t0\n\t\t\t\t\nC\t30\t10\t10\t5\nD\t20\t10\t15\t0';
  await paste(page, bad);
  const nan = await cellMessage(page, 0, 2);
  assert.match(nan.text, /“abc” không phải là số/);
  assert.ok(nan.sameCell && nan.visible, 'the message is in the cell, under the input');
  assert.equal(nan.invalid, 'true');
  assert.ok(nan.describedBy.includes('msg-cell-0-2'));
  const neg = await cellMessage(page, 1, 2);
  assert.match(neg.text, /-5: số lượng không thể âm/);
  assert.equal(neg.invalid, 'true');
  // Total larger than the counts: shown as "not reported", said plainly.
  assert.match((await cellMessage(page, 3, 1)).text, /cộng lại được 25, ít hơn tổng số 30 là 5.*“không công bố”/);
  // Total smaller than the sum of the counts: an error on the total cell.
  assert.match((await cellMessage(page, 4, 1)).text, /Tổng số \(20\) nhỏ hơn tổng các mức \(25\)/);
  // The empty row is named on its row.
  assert.match(await page.textContent('#msg-row-2'), /Hàng này trống/);
  // The checks list names the place; the embed codes wait.
  assert.match(await page.textContent('#checks .summary'), /^3 lỗi phải sửa/);
  assert.equal(await page.isVisible('#publish-block'), true);
  assert.equal(await page.isDisabled('[data-copy="code-inline"]'), true);
  assert.equal(await page.inputValue('#code-inline'), '');
  // "Go there" moves the focus to the cell.
  await page.click('#checks li.error .go');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.key), 'cell:0:2');
  // Fixing the cells clears the messages.
  await page.fill('#grid [data-key="cell:0:2"]', '4');
  await page.fill('#grid [data-key="cell:1:2"]', '0');
  await page.fill('#grid [data-key="cell:4:1"]', '25');
  await settled(page);
  assert.equal((await cellMessage(page, 0, 2)).text, '');
  assert.equal((await cellMessage(page, 0, 2)).invalid, null);
  assert.equal(await page.isDisabled('[data-copy="code-inline"]'), false);
  await page.screenshot({ path: `${OUTPUT}editor-fixed.png`, fullPage: true });
  await context.close();
});

test('percentages: the editor charts shares only and says so; a mix with counts is refused', async () => {
  const { page, context } = await openEditor({ locale: 'en-GB' });
  await paste(page, 'group\texcellent\tgood\tcompleted\nA\t15,2 %\t75,7 %\t9,1 %\nB\t20 %\t70 %\t10 %');
  await settled(page);
  assert.match(await page.textContent('#grid-global'), /Every cell is a percentage.*makes up no counts/);
  const data = await inlineData(page);
  assert.deepEqual(data.groups, [
    { label: 'A', shares: { excellent: 15.2, good: 75.7, completed: 9.1 } },
    { label: 'B', shares: { excellent: 20, good: 70, completed: 10 } },
  ]);
  // The preview is the widget's shares-only chart: every part drawn.
  const preview = await previewOf(page, 'desktop');
  assert.equal(preview.segments.length, 6);
  // A table mixing percentages and counts stays an error, and nothing is published.
  await paste(page, 'group\texcellent\tgood\nA\t15 %\t30');
  await settled(page);
  assert.match(await page.textContent('#grid-global'), /mix percentages and counts.*does not make counts up/);
  assert.match((await cellMessage(page, 0, 1)).text, /“15 %” is a percentage among counts/);
  assert.equal(await page.inputValue('#code-inline'), '');
  await context.close();
});

test('Vietnamese numbers are assumed and said so; switching to English flags the cells', async () => {
  const { page, context } = await openEditor({ locale: 'en-US' });
  await paste(page, 'group\ttotal\texcellent\tgood\tcompleted\tfailed\nĐảng viên\t91.400\t13.886\t69.198\t7.659\t657');
  assert.equal(await page.isChecked('input[name="numberFormat"][value="auto"]'), true);
  assert.match(await page.textContent('#numfmt-note'), /Reading numbers the Vietnamese way .* “91\.400” only makes sense as 91\u202f400/);
  const data = await inlineData(page);
  assert.deepEqual(data.groups[0], { label: 'Đảng viên', total: 91400, counts: { excellent: 13886, good: 69198, completed: 7659, failed: 657 } });
  await page.check('input[name="numberFormat"][value="en"]');
  await settled(page);
  assert.match((await cellMessage(page, 0, 2)).text, /“13\.886” has decimals/);
  assert.match(await page.textContent('#numfmt-note'), /as you chose/);
  await page.keyboard.press('Control+Z');
  await settled(page);
  assert.equal(await page.isChecked('input[name="numberFormat"][value="auto"]'), true);
  assert.equal((await cellMessage(page, 0, 2)).text, '');
  await context.close();
});

test('rows as periods of one group', async () => {
  const { page, context } = await openEditor({ locale: 'en-US' });
  await paste(page, 'year,excellent,good,failed\n2020,10,80,10\n2021,15,80,5');
  assert.equal(await page.isChecked('input[name="rowsAre"][value="periods"]'), true);
  assert.match(await page.textContent('#msg-groupName'), /name of the group/);
  await page.fill('#groupName', 'Party members');
  await settled(page);
  const data = await inlineData(page);
  assert.deepEqual(data.groups.map((g) => [g.label, g.period]), [['Party members', 2020], ['Party members', 2021]]);
  await context.close();
});

test('tiers down the first column are turned into columns; broken JSON says where', async () => {
  const { page, context } = await openEditor();
  await paste(page, 'Mức\tTổ chức cơ sở đảng\tĐảng viên\nHoàn thành xuất sắc\t135\t13.886\nHoàn thành tốt\t484\t69.198\nHoàn thành\t55\t7.659\nKhông hoàn thành\t0\t657\nTổng số\t674\t91.400');
  assert.match(await page.textContent('#import-msg'), /đã đổi hàng thành cột: 2 hàng \(nhóm\), 4 mức/);
  const data = await inlineData(page);
  assert.deepEqual(data.groups.map((g) => [g.label, g.total, Object.values(g.counts)]), [
    ['Tổ chức cơ sở đảng', 674, [135, 484, 55, 0]],
    ['Đảng viên', 91400, [13886, 69198, 7659, 657]],
  ]);
  assert.deepEqual(data.tiers.map((t) => t.polarity), ['positive', 'positive', 'neutral', 'negative']);
  await page.click('#transpose');
  await settled(page);
  assert.equal(await page.$$eval('#grid tbody tr', (r) => r.length), 5, 'and back, on request');
  await paste(page, '{"version": 1, "tiers": [}');
  assert.match(await page.textContent('#import-msg'), /lỗi cú pháp ở dòng 1, cột 26/);
  assert.equal(await page.$$eval('#grid tbody tr', (r) => r.length), 5, 'a failed import changes nothing');
  await context.close();
});

test('colours too close are flagged next to both colour fields', async () => {
  const { page, context } = await openEditor({ locale: 'en-US' });
  await loadExample(page);
  assert.equal(await page.$$eval('#grid .msg', (m) => m.filter((e) => /hard to tell/.test(e.textContent)).length), 0, 'default palette is fine');
  await page.fill('#grid [data-key="color:3"]', '#0a539e'); // next to the first tier's #08519c
  await settled(page);
  await page.waitForFunction(() => /hard to tell/.test(document.getElementById('msg-col-2').textContent));
  assert.match(await page.textContent('#msg-col-2'), /hard to tell from the colour of “Hoàn thành tốt nhiệm vụ” \(difference ΔE [\d.]+;/);
  assert.match(await page.textContent('#msg-col-3'), /hard to tell from the colour of “Hoàn thành xuất sắc nhiệm vụ”/);
  // A colour the widget refuses is reported on the colour field, in plain words.
  await page.fill('#grid [data-key="color:3"]', 'blu');
  await settled(page);
  assert.match(await page.textContent('#msg-col-3'), /"blu" is not a colour/);
  assert.equal(await page.getAttribute('#grid [data-key="color:3"]', 'aria-invalid'), 'true');
  await context.close();
});

test('a reload restores the draft', async () => {
  const { page, context } = await openEditor();
  await paste(page, SEED_CSV);
  await describeSeed(page);
  await page.fill('#grid [data-key="cell:0:2"]', '7');
  await page.fill('#grid [data-key="cell:0:1"]', '16');
  await settled(page);
  const before = await inlineData(page);
  const beforeSummary = (await previewOf(page, 'desktop')).summary;
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  await settled(page);
  assert.equal(await page.inputValue('#title'), EXAMPLE.title);
  assert.equal(await page.inputValue('#grid [data-key="cell:0:2"]'), '7');
  assert.equal(await page.inputValue('#grid [data-key="hdr:2"]'), EXAMPLE.tiers[0].label);
  assert.deepEqual(await inlineData(page), before);
  assert.match(await page.textContent('#status'), /Đã mở lại bản nháp/);
  assert.equal((await previewOf(page, 'desktop')).summary, beforeSummary);
  await context.close();
});

test('undo and redo: keyboard shortcuts and buttons', async () => {
  const { page, context } = await openEditor({ locale: 'en-US' });
  await loadExample(page);
  await page.fill('#title', 'First title');
  await page.fill('#subtitle', 'A subtitle');
  await page.click('#grid button[data-act="right"][data-col="2"]'); // swap the first two tiers
  await settled(page);
  const moved = await inlineData(page);
  assert.deepEqual(moved.tiers.map((t) => t.id), ['good', 'excellent', 'completed', 'failed']);
  assert.equal(moved.groups[2].counts.good, 69198);

  await page.focus('#subtitle');
  await page.keyboard.press('Control+Z');
  assert.deepEqual((await inlineData(page)).tiers.map((t) => t.id), ['excellent', 'good', 'completed', 'failed']);
  await page.keyboard.press('Control+Z');
  assert.equal(await page.inputValue('#subtitle'), EXAMPLE.subtitle);
  await page.keyboard.press('Control+Z');
  assert.equal(await page.inputValue('#title'), EXAMPLE.title);
  await page.keyboard.press('Control+Shift+Z');
  assert.equal(await page.inputValue('#title'), 'First title');
  await page.click('#redo');
  assert.equal(await page.inputValue('#subtitle'), 'A subtitle');
  await page.click('#redo');
  assert.deepEqual((await inlineData(page)).tiers.map((t) => t.id), ['good', 'excellent', 'completed', 'failed']);
  assert.equal(await page.isDisabled('#redo'), true);
  await page.click('#undo');
  await page.click('#undo');
  await page.click('#undo');
  await page.click('#undo'); // back before the example was loaded
  assert.equal(await page.inputValue('#title'), '');
  assert.equal(await page.$$eval('#grid input', (i) => i.length), 0);
  assert.equal(await page.isDisabled('#undo'), true);
  // Typing in one field is one step.
  await page.keyboard.press('Control+Shift+Z');
  await page.click('#title');
  await page.keyboard.type('Abc');
  await page.keyboard.press('Control+Z');
  assert.equal(await page.inputValue('#title'), EXAMPLE.title);
  await context.close();
});

test('the editor speaks Vietnamese or English, follows the browser and can switch', async () => {
  const { page, context } = await openEditor({ locale: 'en-US' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1'), 'Rating chart editor');
  await page.click('#lang');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.equal(await page.textContent('h1'), 'Trình soạn biểu đồ xếp loại');
  assert.equal(await page.textContent('#lang'), 'English');
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi', 'the choice is remembered');
  await context.close();
});

for (const width of [1280, 390]) {
  test(`axe-core finds no violations at ${width} px; screenshot`, async () => {
    const { page, context, problems } = await openEditor({ width, height: 900, bypassCSP: true });
    // Empty editor first.
    assert.deepEqual(await axe(page), []);
    await paste(page, SEED_CSV);
    await describeSeed(page);
    // Show some messages too (a warning and an error).
    await page.fill('#grid [data-key="cell:1:1"]', '700');
    await page.fill('#grid [data-key="cell:2:3"]', 'x');
    await settled(page);
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: `${OUTPUT}editor-${width}-messages.png`, fullPage: true });
    await page.fill('#grid [data-key="cell:1:1"]', '674');
    await page.fill('#grid [data-key="cell:2:3"]', '69198');
    await settled(page);
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: `${OUTPUT}editor-${width}.png`, fullPage: true });
    // Keyboard: from the top, Tab reaches every part, each with a visible focus.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.ready === '1');
    await settled(page);
    const visited = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const a = document.activeElement;
        const cs = getComputedStyle(a);
        return { name: a.id || a.dataset.key || a.dataset.copy || a.className || a.tagName, tag: a.tagName, outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 };
      });
      visited.push(f);
      if (f.name === 'dl-svg') break;
    }
    assert.equal(visited[0].name, 'skip');
    const names = visited.map((v) => v.name);
    for (const want of ['example', 'reset', 'lang', 'paste', 'read', 'file', 'hasHeader', 'role:0', 'hdr:2', 'pol:2', 'color:2', 'cell:0:0', 'cell:2:5', 'add-col', 'title', 'theme', 'goTo', 'scriptUrl', 'code-inline', 'dataUrl', 'dl-svg']) {
      if (want === 'goTo') continue; // no check to go to once the data is clean
      assert.ok(names.includes(want), `Tab reaches ${want}`);
    }
    const unseen = visited.filter((v) => v.tag !== 'RATING-CHART' && !v.outline).map((v) => v.name);
    assert.deepEqual(unseen, [], 'every focused control shows a focus ring');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the diverging kind is offered and drawn in the preview', async () => {
  const { page, context, problems } = await openEditor({ locale: 'en-US' });
  await loadExample(page);
  await page.selectOption('#kind', 'diverging');
  await settled(page);
  assert.equal((await inlineData(page)).display.kind, 'diverging');
  const preview = await previewOf(page, 'desktop');
  // The example lists the best tier first: the bars run the other way,
  // so the first segment of each row is "failed" (tier 3).
  assert.equal(preview.segments.find((s) => s.group === 2).tier, 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every chart kind is offered; choosing one redraws the preview as that kind and goes into the embed code', async () => {
  const { page, context, problems } = await openEditor({ locale: 'en-US' });
  await loadExample(page);
  const offered = await page.$$eval('#kind option', (os) => os.map((o) => o.value));
  assert.deepEqual(offered, M.KINDS, 'the select offers exactly the kinds the model knows');
  assert.deepEqual(M.KINDS.slice(1), ['stacked', 'diverging', 'grouped', 'donut', 'waffle', 'trend', 'multiples', 'table']);
  const hints = new Set();
  for (const kind of M.KINDS) {
    const before = await page.inputValue('#code-inline');
    await page.selectOption('#kind', kind);
    await settled(page);
    const data = await inlineData(page);
    assert.equal(data.display?.kind, kind || undefined, `the embed code carries ${kind || 'auto'}`);
    assert.notEqual(await page.inputValue('#code-inline'), before, 'the embed code changed');
    const hint = await page.textContent('#hint-kind');
    assert.ok(hint.length > 20, `a one-line hint for ${kind || 'auto'}`);
    hints.add(hint);
    // The preview draws the chosen kind: the same segments as the widget
    // itself draws the embed code's data at the preview's width.
    const got = await page.evaluate(async () => {
      const el = document.querySelector('#preview-desktop rating-chart:not(.pending)');
      const json = el.querySelector('script[type="application/json"]').textContent;
      const { loadModule } = await import('./rating-chart.js');
      const mod = await loadModule();
      const copy = new mod.RatingChart(document.createElement('canvas'), json);
      try {
        copy.resize(el.chart.width, undefined, 1);
        return { kind: JSON.parse(json).display?.kind, preview: el.chart.segments(), reference: copy.segments(), error: Boolean(el.shadowRoot.querySelector('.error')) };
      } finally {
        copy.free();
      }
    });
    assert.equal(got.error, false);
    assert.equal(got.kind, kind || undefined, 'the preview is drawn from data asking for the kind');
    assert.ok(got.preview.length > 0);
    assert.deepEqual(got.preview, got.reference, `the preview draws ${kind || 'auto'}`);
  }
  assert.equal(hints.size, M.KINDS.length, 'each kind has its own hint');
  await page.click('#lang');
  assert.equal(await page.textContent('#kind option[value="waffle"]'), 'Ô vuông (mỗi ô một đơn vị)');
  assert.equal(await page.textContent('#hint-kind'), 'Khi bạn đọc cần tra từng con số chính xác.', 'the hint of the chosen kind (table), in the page language');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the story: a row highlighted with one click, a sort, a note per row and a reference value, live in both previews, in the embed code and in the accessible text', async () => {
  const { page, context, problems } = await openEditor();
  await paste(page, SEED_CSV);
  await describeSeed(page);
  // Highlight "Đảng viên" (the third row) with one click on its star.
  const star = '#grid button[data-act="star"][data-row="2"]';
  assert.equal(await page.getAttribute(star, 'aria-pressed'), 'false');
  await page.click(star);
  await settled(page);
  assert.equal(await page.getAttribute(star, 'aria-pressed'), 'true');
  assert.match(await page.textContent('#status'), /Đã làm nổi bật “Đảng viên”/);
  // Sort by the share of "Không hoàn thành nhiệm vụ", largest first.
  const sorts = await page.$$eval('#sort option', (os) => os.map((o) => o.value));
  assert.deepEqual(sorts, ['', 'total', 'positive', 'tier:excellent', 'tier:good', 'tier:completed', 'tier:failed']);
  await page.selectOption('#sort', 'tier:failed');
  // A note on the row, and a reference value (a figure the seed gives:
  // 20 % of grassroots organisations were rated excellent).
  await page.fill('#grid [data-key="note:2"]', '657 đảng viên không hoàn thành nhiệm vụ');
  await page.fill('#refShare', '20');
  await page.fill('#refLabel', 'Tổ chức cơ sở đảng');
  await page.selectOption('#refTier', 'excellent');
  await settled(page);

  const data = await inlineData(page);
  assert.deepEqual(data.display, {
    kind: 'stacked',
    highlight: { groups: ['Đảng viên'] },
    sort: { by: 'tier', tier: 'failed' },
  });
  assert.deepEqual(data.annotations, [{ group: 'Đảng viên', period: 2021, text: '657 đảng viên không hoàn thành nhiệm vụ' }]);
  assert.deepEqual(data.reference, { share: 20, label: 'Tổ chức cơ sở đảng', tier: 'excellent' });
  assert.match(await page.textContent('#checks .summary'), /Không thấy vấn đề nào/);

  // Both previews draw it: sorted (Đảng viên, the only group with members
  // rated "failed", first), described, announced, in the data table.
  for (const name of ['phone', 'desktop']) {
    const got = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      const root = el.shadowRoot;
      const rows = [...root.querySelectorAll('table.data tbody tr')].map((tr) => tr.textContent);
      return {
        description: el.chart.description(),
        summary: root.getElementById('summary').textContent,
        first: el.chart.datumInfo(0, 3)?.text,
        rows,
      };
    }, `#preview-${name} rating-chart:not(.pending)`);
    assert.equal(got.first, 'Đảng viên · 2021 · Không hoàn thành nhiệm vụ · 657 · 0,7\u00a0% · 657 đảng viên không hoàn thành nhiệm vụ', name);
    assert.match(got.description, /Tâm điểm: Đảng viên\./);
    assert.match(got.description, /Giá trị tham chiếu, Tổ chức cơ sở đảng: “Hoàn thành xuất sắc nhiệm vụ” 20\u00a0%\./);
    assert.match(got.description, /Đảng viên: 657 đảng viên không hoàn thành nhiệm vụ\./);
    assert.equal(got.summary, got.description, 'the canvas is described by the same text');
    assert.equal(got.rows.length, 4);
    assert.match(got.rows[0], /^Đảng viên/);
    assert.match(got.rows[3], /^Tổ chức cơ sở đảng \(tham chiếu\)20\u00a0%/);
  }

  // The keyboard reads the note with its datum: the first datum of the
  // (sorted) chart is Đảng viên's.
  await page.evaluate(() => document.querySelector('#preview-desktop rating-chart:not(.pending)').shadowRoot.querySelector('[tabindex="0"]').focus());
  await page.keyboard.press('ArrowRight');
  const heard = await page.evaluate(() => document.querySelector('#preview-desktop rating-chart:not(.pending)').shadowRoot.querySelector('[aria-live]').textContent);
  assert.match(heard, /^Đảng viên · .* · 657 đảng viên không hoàn thành nhiệm vụ$/, heard);

  // Copy: the clipboard holds the code shown, which carries the story.
  await page.click('[data-copy="code-inline"]');
  await page.waitForFunction(() => /Đã chép/.test(document.getElementById('status').textContent));
  const code = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(code, await page.inputValue('#code-inline'));
  for (const s of ['"highlight":{"groups":["Đảng viên"]}', '"sort":{"by":"tier","tier":"failed"}', '"annotations":', '"reference":']) {
    assert.ok(code.includes(s), s);
  }
  assert.ok((await page.inputValue('#code-iframe')).includes(encodeURIComponent('"reference"')), 'the iframe code carries it too');

  // A reload keeps the story.
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.ready === '1');
  await settled(page);
  assert.equal(await page.getAttribute(star, 'aria-pressed'), 'true');
  assert.equal(await page.inputValue('#grid [data-key="note:2"]'), '657 đảng viên không hoàn thành nhiệm vụ');
  assert.equal(await page.inputValue('#sort'), 'tier:failed');
  assert.deepEqual(problems, []);
  await context.close();
});
