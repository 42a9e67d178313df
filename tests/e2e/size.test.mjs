// The reader's first-chart bytes: the seed chart embedded from the CDN copy
// (`make dist`: dist/rating-chart-VERSION/) exactly as the README's embed
// code does (the optional style sheet, the module script, the element with
// its data inline), every response the browser received for requests made
// before the chart's `rating-chart:render` event, each body gzip -9
// compressed (node's zlib, level 9), the HTML page aside. The same counting
// as `make bench` (bench/lib/transfer.mjs). Size is deterministic, so it is
// tested here; timings stay in the benchmark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setup, recordProblems, pageHtml } from './harness.mjs';
import { recordResponses, requestedBetween, transferOf } from '../../bench/lib/transfer.mjs';

// A ratchet: today's figure plus at most 1 KB (1 KB = 1,000 bytes;
// 125,884 bytes on 2026-12-07: 109,079 on the branch that split the
// kinds off the reader's module, plus 960 from the hostile-CSS work,
// 21,774 from the editor's story layout (highlight, sort, annotations,
// reference: the largest lever left, see issue 15's note) and ~840 from
// the 160 px reflow and derived chart names, less 6,766 when an
// annotation's year stopped being written by the float formatter;
// 123,720 when the story's layout shrank to ~7 KB gzip: the other kinds'
// story code left out of the reader's module, fewer copies; 113,474 after
// the reader's module lost 10.2 KB more: our own JSON reader instead of
// serde_json's, no libm roots, no u128 division, no hash map in
// validation; about 0.2 KB less when the CDN copy's host took the reader's
// glue inside it and left the downloads to a file of its own: 17.1 KB of
// script instead of 13.6 + 3.7; 108,471 when the text-width cache lost
// std's HashMap and the reader's texts lost core::fmt: 4.8 KB less in the
// reader's module). Lower it as the reader's module shrinks; never raise
// it without a reason in the commit. Raised by 100 bytes on 2026-12-07
// (4): the host drops the fonts its warm-up has left once a chart draws
// (fonts.js stopWarming), rather than measuring them on the main thread
// after the first chart, and starts the warm-up once the module has
// answered, so that a preloaded module's compilation starts first
// (loader.js afterResponse): 108,875 measured. Raised by 285 bytes the
// same day: the reader's module reads a text's plain bytes at once, builds
// each group's label and total once and moves them into the scene, keeps
// the last two text widths and reserves the scene's items (+260 B gzip of
// .wasm; 10,000 groups: the draw's median 160 -> 115 ms in Chromium, layout
// -25 % instructions natively; bench/README.md): 109,135 measured.
// Lowered the same day (wt-ptr) to 108,950 measured + 50: the reader's
// highlights are painted on the chart's canvas (no overlay canvas, its
// code gone), the tooltip's lines made once (+40 B of script).
// Lowered on 2026-12-07 (7) to 107,986 measured + 64: the words only an
// error box says (error-words.js) are imported when a chart shows one,
// not carried by every reader's script (-0.9 KB gzip). Lowered the same
// session to 100,504 measured + 66: the reader's module draws no story
// (highlight, annotations, reference value; the kinds module does, and
// the host sends such data there: src/layout/mod.rs has_story), -7.4 KB
// gzip of .wasm. Raised by 80 bytes the same session: the static copies'
// rules begin with one that keeps a page's styles off a copy (all:
// revert-layer; in the stylesheet and the host's copy of the rules, +84 B):
// 100,588 measured. Raised by 120 bytes on 2026-12-07 (8): the host
// compiles a module the page preloads as its script runs (loader.js
// compilePreloaded) and warms the fonts only while the module is still on
// its way (whileDownloading; on loopback the warm-up had made the first
// chart about 12 ms later): 100,702 measured. The same session, +63 B
// of script with no budget change (5 B under it): the tools' buttons
// narrower, the shadow tree's top an inline block (no ancestor's text
// decoration crosses it): 100,765 measured. Lowered on 2026-12-08 to
// 98,425 measured + 75: the imports and exports of each module have names
// of a letter or two, in the .wasm and in its glue (scripts/short-names.mjs;
// wasm-bindgen's carry 16-digit hashes): -1.5 KB gzip of .wasm, -0.8 KB of
// script. Lowered the same day to 95,048 measured + 72: no Unicode tables
// and no substring search in the reader's module (the text estimate's
// capitals, the theme font's letters and a path test had pulled them in:
// -3.3 KB gzip), and no target-features section (-0.1 KB). Lowered the
// same day to 91,678 measured + 72: the reader's module neither checks nor
// says a story (it hands data with one to the kinds module unread, its
// sentences and table row gone), nor carries the waffle's and the trend's
// words (-3.6 KB gzip).
// Issue 15's target is 110 KB (110_000), its moonshot 70 KB, Chart.js's
// own size.
const READER_BUDGET_BYTES = 91_750;

const SEED = readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8');
const VERSION = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"/m)[1];

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test(`the reader's first chart (seed, CDN copy) fetches at most ${READER_BUDGET_BYTES / 1000} KB gzip -9`, async (t) => {
  const url = `${env.base}/dist/rating-chart-${VERSION}/www/__size.html`;
  const html = pageHtml(`<rating-chart height="400"><script type="application/json">${SEED}</script></rating-chart>`, {
    head: '<link rel="stylesheet" href="rating-chart.css">',
  });
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 } });
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  const problems = recordProblems(page);
  const recorder = recordResponses(page);
  await page.addInitScript(() => {
    window.__drawn = null;
    window.__failed = null;
    document.addEventListener('rating-chart:render', () => { window.__drawn ??= performance.now(); });
    document.addEventListener('rating-chart:error', (e) => { window.__failed ??= e.detail.message; });
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__drawn !== null || window.__failed !== null);
  const { drawn, failed } = await page.evaluate(() => ({ drawn: window.__drawn, failed: window.__failed }));
  assert.equal(failed, null, 'the seed chart draws');
  const transfer = await transferOf(recorder, await requestedBetween(page, 0, drawn));
  await context.close();

  for (const f of transfer.files) t.diagnostic(`${f.path}: ${f.raw} bytes, ${f.gzip} gzip -9`);
  t.diagnostic(`reader's first chart: ${transfer.gzip} bytes gzip -9 (${(transfer.gzip / 1000).toFixed(1)} KB; budget ${READER_BUDGET_BYTES / 1000} KB, issue 15's target 110 KB)`);
  assert.deepEqual(problems, []);
  assert.ok(transfer.files.some((f) => f.path.endsWith('.wasm')), `the wasm module is among the files: ${transfer.files.map((f) => f.path)}`);
  assert.ok(transfer.files.some((f) => f.path.endsWith('/rating-chart.js')), 'the embed script is among the files');
  assert.ok(
    transfer.gzip <= READER_BUDGET_BYTES,
    `the reader's first chart fetches ${transfer.gzip} bytes gzip -9, over the budget of ${READER_BUDGET_BYTES}: ${transfer.files.map((f) => `${f.path} ${f.gzip}`).join(', ')}`,
  );
});

// Float formatting (core's flt2dec: Grisu, Dragon and their tables, about
// 6.5 KB gzip) came back into the reader's module once through one
// `to_string` of a number; the module's shares and coordinates are written
// with integers (scale::format). The cargo output before wasm-bindgen and
// wasm-opt still has its function names.
test("the reader's module carries no float formatting", () => {
  const built = new URL('../../target/wasm-rating_chart_reader/wasm32-unknown-unknown/release/rating_chart.wasm', import.meta.url);
  const bytes = readFileSync(built);
  assert.ok(bytes.includes('rating_chart'), 'the cargo build still names its functions');
  assert.ok(!bytes.includes('flt2dec'), "core's float formatting (flt2dec) is in the reader's module: find the caller with `twiggy paths`");
});
