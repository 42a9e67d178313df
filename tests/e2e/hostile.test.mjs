// End-to-end: the widget on pages that do not mean it well (or mean well and
// still reach into it). Inherited CSS stops at the shadow root's top, a
// page that unsets every element's styles still gets a chart as wide as
// its column, a reader's text spacing (WCAG 1.4.12) reaches the HTML parts
// and leaves the canvas as it was measured, and at 160 CSS px (a 320 px
// phone zoomed to 200 %, WCAG 1.4.10) the tools row wraps inside the card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setup, chartsSettled, pageHtml, openHtml as openHtmlAt, OUTPUT } from './harness.mjs';

const SEED = readFileSync(new URL('../../www/examples/hai-duong-2021.json', import.meta.url), 'utf8');
const INVALID = JSON.stringify({
  version: 1,
  title: 'Hỏng',
  tiers: [{ id: 'good', label: 'Tốt' }, { id: 'bad', label: 'Kém' }],
  groups: [{ label: 'Đảng viên', counts: { good: 'mười hai', bad: -3 } }],
});

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Serves `html` at a made-up URL under /www/ and opens it. */
const openHtml = (html, options = {}) => openHtmlAt(env, html, { name: 'hostile', ...options });

const chart = (attrs = '', json = SEED) => `<rating-chart loading="eager" ${attrs}><script type="application/json">${json}</script></rating-chart>`;

/** A page stylesheet that sets every inherited property it can on the body
 *  and on the element itself (what a CMS theme or a careless global rule
 *  does). The widget must look the same under it. */
const HOSTILE = `<style>
  body, rating-chart {
    font: italic small-caps 900 22px/0.7 "Comic Sans MS", cursive;
    font-stretch: condensed; font-kerning: none; font-feature-settings: "smcp", "liga" 0;
    font-variant: small-caps; font-variant-numeric: oldstyle-nums; font-synthesis: none;
    font-size-adjust: 0.3; font-optical-sizing: none; font-variation-settings: "wght" 100;
    text-transform: uppercase; white-space: nowrap; text-indent: 80px; text-align: right;
    text-align-last: right; text-justify: inter-character; direction: rtl; text-shadow: 0 0 2px lime;
    color: red; cursor: wait; caret-color: lime; word-break: break-all; overflow-wrap: normal;
    hyphens: auto; tab-size: 40; quotes: "<<" ">>"; list-style: square inside; list-style-type: "☠ ";
    border-collapse: separate; border-spacing: 12px; caption-side: bottom; empty-cells: hide;
    text-underline-position: under; text-underline-offset: 6px; text-decoration-skip-ink: none;
    text-emphasis: filled sesame red; text-emphasis-position: under; text-rendering: geometricPrecision;
    image-rendering: pixelated; paint-order: stroke; -webkit-text-stroke: 1px lime;
    -webkit-text-fill-color: orange; -webkit-font-smoothing: none; pointer-events: auto;
    color-scheme: dark; forced-color-adjust: none; print-color-adjust: economy;
    line-break: anywhere; word-spacing: 14px; letter-spacing: 3px; text-wrap: nowrap;
    dominant-baseline: hanging; visibility: visible; user-select: none; -webkit-user-select: none;
    math-style: compact; ruby-position: under;
  }
  article { width: 360px; }
</style>`;

/** Inherited properties compared between a clean page and the hostile one
 *  (letter- and word-spacing are the reader's and pass to the HTML parts:
 *  see the text-spacing test). */
const INHERITED = [
  'font-family', 'font-size', 'font-style', 'font-weight', 'font-stretch', 'font-kerning',
  'font-feature-settings', 'font-variant', 'font-variant-numeric', 'font-variant-caps', 'font-synthesis',
  'font-size-adjust', 'font-optical-sizing', 'font-variation-settings', 'line-height',
  'text-transform', 'white-space', 'white-space-collapse', 'text-wrap', 'text-indent', 'text-align', 'text-align-last',
  'text-justify', 'direction', 'text-shadow', 'color', 'cursor', 'caret-color', 'word-break',
  'overflow-wrap', 'hyphens', 'tab-size', 'quotes', 'list-style-type', 'list-style-position',
  'border-collapse', 'border-spacing', 'caption-side', 'empty-cells', 'text-underline-position',
  'text-underline-offset', 'text-decoration-skip-ink', 'text-emphasis-style', 'text-emphasis-position',
  'text-emphasis-color', 'text-rendering', 'image-rendering', 'paint-order', '-webkit-text-stroke-width',
  '-webkit-text-fill-color', '-webkit-font-smoothing', 'pointer-events', 'color-scheme',
  'forced-color-adjust', 'print-color-adjust', 'line-break', 'dominant-baseline', 'user-select', 'math-style',
  'ruby-position',
];

/** Every part of two charts (one drawn, one refused) after hovering a
 *  segment and opening the data table: each part's inherited styles, its
 *  text as a reader gets it (innerText applies text-transform) and whether
 *  it overflows its own box. */
async function readParts(page) {
  const canvas = await page.evaluate(() => {
    const el = document.querySelector('#good');
    const r = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    const d = el.chart.datumInfo(2, 1);
    return { x: r.left + d.cx, y: r.top + d.cy };
  });
  await page.mouse.move(canvas.x, canvas.y);
  await page.waitForFunction(() => !document.querySelector('#good').shadowRoot.querySelector('.tooltip').hidden);
  return page.evaluate((props) => {
    const good = document.querySelector('#good').shadowRoot;
    good.querySelector('.tools button[aria-controls="data"]').click();
    const bad = document.querySelector('#bad').shadowRoot;
    const parts = {
      frame: good.querySelector('.frame'),
      tooltip: good.querySelector('.tooltip'),
      tooltipGroup: good.querySelector('.tooltip .g'),
      button: good.querySelector('.tools button'),
      toggle: good.querySelector('.tools button[aria-controls="data"]'),
      caption: good.querySelector('table.data caption span'),
      th: good.querySelector('table.data thead th'),
      rowHead: good.querySelector('table.data tbody th'),
      td: good.querySelector('table.data tbody td'),
      error: bad.querySelector('.error'),
      errorItem: bad.querySelector('.error li'),
    };
    const out = {};
    for (const [name, node] of Object.entries(parts)) {
      const cs = getComputedStyle(node);
      out[name] = {
        style: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])),
        text: node.innerText,
        overflows: node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).display !== 'inline',
      };
    }
    out.errorLines = [...bad.querySelectorAll('.error li')].map((li) => li.innerText);
    return out;
  }, INHERITED);
}

test('inherited page CSS stops at the shadow root: every part looks and reads as on a clean page', async () => {
  const body = `<article>${chart('id="good"')}${chart('id="bad"', INVALID)}</article>`;
  const clean = await openHtml(pageHtml(body, { head: '<style>article { width: 360px; }</style>' }));
  await chartsSettled(clean.page);
  const want = await readParts(clean.page);
  const hostile = await openHtml(pageHtml(body, { head: HOSTILE }));
  await chartsSettled(hostile.page);
  const got = await readParts(hostile.page);
  await hostile.page.locator('#good').screenshot({ path: `${OUTPUT}hostile-inherited-good.png` });
  await hostile.page.locator('#bad').screenshot({ path: `${OUTPUT}hostile-inherited-error.png` });
  for (const name of Object.keys(want).filter((n) => n !== 'errorLines')) {
    for (const p of INHERITED) {
      assert.equal(got[name].style[p], want[name].style[p], `${name}: ${p}`);
    }
    assert.equal(got[name].text, want[name].text, `${name}: the text as a reader gets it`);
    assert.equal(got[name].overflows, false, `${name}: nothing cut off`);
  }
  // Paths as written, messages whole.
  assert.ok(got.errorLines.some((l) => l.startsWith('groups[0].counts.good: ')), got.errorLines.join('\n'));
  assert.deepEqual(got.errorLines, want.errorLines);
  assert.equal(got.tooltipGroup.text, 'Đảng viên · 2021');
  assert.deepEqual(hostile.problems, []);
  await clean.context.close();
  await hostile.context.close();
});

test('an ancestor\'s text decoration (a chart inside a link or a struck-out block) crosses none of its parts', async () => {
  // A thick pure red line-through on the chart's ancestor, and on a text
  // beside it (the check's control); the widget draws nothing pure red.
  const deco = 'text-decoration: line-through 4px rgb(255, 0, 0); text-decoration-skip-ink: none;';
  const body = `<div style="${deco} width: 480px"><p id="control">Bài viết</p>${chart('id="good"')}${chart('id="bad"', INVALID)}</div>`;
  const t = await openHtml(pageHtml(body));
  await chartsSettled(t.page);
  // The data table shown too: every HTML part with text.
  await t.page.evaluate(() => document.querySelector('#good').shadowRoot.querySelector('.tools button[aria-expanded]').click());
  await t.page.waitForTimeout(200);
  const red = async (selector) => {
    const png = await t.page.locator(selector).screenshot({ path: `${OUTPUT}hostile-decoration-${selector.slice(1)}.png` });
    return t.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i] > 230 && px[i + 1] < 40 && px[i + 2] < 40) n += 1;
      return n;
    }, png.toString('base64'));
  };
  assert.ok(await red('#control') > 50, 'the control text is struck out in red');
  assert.equal(await red('#good'), 0, 'chart, tools and data table: no red line through them');
  assert.equal(await red('#bad'), 0, 'error box: no red line through it');
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('`body * { all: unset }`: the chart takes its column\'s width and stays in it', async () => {
  const { MIN_WIDTH_PX } = await import('../../www/host/constants.js');
  const head = `<style>
    body * { all: unset; }
    div.col { display: block; width: 300px; }
    div.narrow { display: block; width: 120px; }
  </style>`;
  const body = `<div class="col">${chart('id="c"')}<p id="next">Sau biểu đồ</p></div>
    <div class="narrow">${chart('id="n"')}</div>`;
  const t = await openHtml(pageHtml(body, { head }));
  await chartsSettled(t.page);
  const got = await t.page.evaluate(() => {
    const box = (node) => node.getBoundingClientRect();
    const one = (id) => {
      const el = document.querySelector(`#${id}`);
      const root = el.shadowRoot;
      const col = box(el.parentElement);
      const buttons = [...root.querySelectorAll('.tools button')].map(box);
      return {
        display: getComputedStyle(el).display,
        width: el.chart.width,
        column: col.width,
        canvasRight: box(root.querySelector('canvas.chart')).right - col.left,
        buttonsInside: buttons.every((b) => b.left >= col.left - 0.5 && b.right <= col.right + 0.5),
        frameBottom: box(root.querySelector('.frame')).bottom,
      };
    };
    return { c: one('c'), n: one('n'), nextTop: box(document.querySelector('#next')).top };
  });
  await t.page.screenshot({ path: `${OUTPUT}hostile-all-unset.png`, fullPage: true });
  assert.equal(got.c.display, 'inline', 'the page did unset it');
  assert.equal(got.c.width, 300, 'laid out at its column\'s width');
  assert.ok(got.c.canvasRight <= 300.5, `canvas ends at ${got.c.canvasRight}`);
  assert.ok(got.c.buttonsInside, 'the tools stay in the column');
  assert.ok(got.nextTop >= got.c.frameBottom - 0.5, 'nothing over the next element');
  // A column narrower than the layout's minimum: the narrowest layout, not 640 px.
  assert.equal(got.n.width, Math.max(120, MIN_WIDTH_PX));
  assert.ok(got.n.buttonsInside, 'the tools stay in the narrow column');
  // The column changes: the chart follows it.
  await t.page.evaluate(() => { document.querySelector('div.col').style.width = '420px'; });
  await t.page.waitForFunction(() => document.querySelector('#c').chart.width === 420);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('`body * { all: unset }` with a pre-drawn copy: one copy shows, the data script never does', async () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const run = spawnSync('cargo', ['run', '--quiet', '--', 'embed', 'www/examples/hai-duong-2021.json', '--script', 'rating-chart.js'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  // The module cannot load: the copy stays, as the chart.
  const url = `${env.base}/www/__hostile-copy.html`;
  const context = await env.browser.newContext({ viewport: { width: 500, height: 900 } });
  await context.route(/\.wasm$/, (route) => route.abort());
  await context.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><style>body * { all: unset; }</style></head><body>${run.stdout}</body></html>` }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('rating-chart').shadowRoot?.querySelector('slot.static'));
  await page.waitForTimeout(300);
  const got = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('rating-chart > svg.rc-static')].filter((s) => s.getBoundingClientRect().height > 0);
    const hex = (rgb) => `#${rgb.match(/\d+/g).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
    // Each mark as its attributes draw it, and as the page's rules left it.
    const marks = shown.length ? [...shown[0].querySelectorAll('rect, text')].map((m) => {
      const css = getComputedStyle(m);
      const box = m.getBoundingClientRect();
      return m.tagName === 'rect'
        ? { want: [m.getAttribute('fill'), Number(m.getAttribute('width')) > 0], got: [hex(css.fill), box.width > 0] }
        : { want: [`${m.getAttribute('font-size')}px`, m.getAttribute('fill')], got: [css.fontSize, hex(css.fill)] };
    }) : [];
    return {
      text: document.body.innerText,
      copies: shown.length,
      marks: marks.length,
      wrong: marks.filter((m) => JSON.stringify(m.want) !== JSON.stringify(m.got)),
    };
  });
  assert.doesNotMatch(got.text, /"version"|"tiers"/, 'the data is not shown as text');
  assert.doesNotMatch(got.text, /rc-static|container-type/, 'nor the copy\'s own rules');
  assert.equal(got.copies, 1, 'one copy shows (the others stay hidden though the page overrides their display attribute)');
  // The page's rules do not reach the copy's marks (its own rules revert
  // them to the SVG's attributes): every bar keeps its colour and size,
  // every text its size and colour.
  assert.ok(got.marks > 30, `${got.marks} marks`);
  assert.deepEqual(got.wrong, []);
  await page.screenshot({ path: `${OUTPUT}hostile-copy.png` });
  await context.close();
});

/** The WCAG 1.4.12 text-spacing bookmarklet's style sheet. */
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }`;

test('text spacing (WCAG 1.4.12) after the chart is drawn: the canvas draws what it measured, the HTML parts take it', async () => {
  const body = `<article style="width: 320px">${chart('id="good"')}${chart('id="bad"', INVALID)}</article>`;
  const t = await openHtml(pageHtml(body));
  await chartsSettled(t.page);
  // The canvas's pixels, as a digest (a failure prints two short strings).
  const pixels = () => t.page.evaluate(async () => {
    const url = document.querySelector('#good').shadowRoot.querySelector('canvas.chart').toDataURL();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
  const before = await pixels();
  await t.page.evaluate((css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }, SPACING);
  // Drawn again with the text widths it has, and laid out again with
  // fresh ones: either way the same picture (the canvas's text is not
  // spread behind the layout's back).
  await t.page.evaluate(() => document.querySelector('#good').chart.redraw());
  assert.equal(await pixels(), before, 'a redraw spreads no letter');
  await t.page.evaluate(() => { document.querySelector('#good').chart.fontsChanged(); });
  assert.equal(await pixels(), before, 'measured again, the same layout');
  // The HTML parts follow the reader's spacing, and nothing is clipped.
  const box = await t.page.evaluate(() => {
    const el = document.querySelector('#good');
    const r = el.chart.datumInfo(2, 1);
    const c = el.shadowRoot.querySelector('canvas.chart').getBoundingClientRect();
    return { x: c.left + r.cx, y: c.top + r.cy };
  });
  await t.page.mouse.move(box.x, box.y);
  await t.page.waitForFunction(() => !document.querySelector('#good').shadowRoot.querySelector('.tooltip').hidden);
  const got = await t.page.evaluate(() => {
    const good = document.querySelector('#good').shadowRoot;
    good.querySelector('.tools button[aria-controls="data"]').click();
    const bad = document.querySelector('#bad').shadowRoot;
    const rect = (n) => n.getBoundingClientRect();
    const inside = (a, b) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    const tools = good.querySelector('.tools');
    const frame = rect(good.querySelector('.frame'));
    const clipped = (n) => n.scrollWidth > n.clientWidth + 1 || n.scrollHeight > n.clientHeight + 1;
    return {
      spacing: ['.tools button', '.tooltip', 'table.data td', 'table.data caption'].map((s) => getComputedStyle(good.querySelector(s)).letterSpacing),
      errorSpacing: getComputedStyle(bad.querySelector('.error li')).letterSpacing,
      wordSpacing: getComputedStyle(good.querySelector('.tools button')).wordSpacing,
      canvasSpacing: [getComputedStyle(good.querySelector('canvas.chart')).letterSpacing, getComputedStyle(good.querySelector('canvas.chart')).wordSpacing],
      buttonsInRow: [...tools.querySelectorAll('button')].every((b) => inside(rect(b), rect(tools))),
      rowInFrame: inside(rect(tools), frame),
      tooltipClipped: clipped(good.querySelector('.tooltip')),
      errorClipped: clipped(bad.querySelector('.error')),
      tableWrapInFrame: rect(good.querySelector('.scroll')).right <= frame.right + 0.5,
    };
  });
  await t.page.locator('article').screenshot({ path: `${OUTPUT}text-spacing.png` });
  const spaced = (v) => parseFloat(v) >= 1.9; // 0.12 em of the page's 16 px
  assert.ok(got.spacing.every(spaced), got.spacing.join(', '));
  assert.ok(spaced(got.errorSpacing), got.errorSpacing);
  assert.ok(parseFloat(got.wordSpacing) >= 2.5, got.wordSpacing);
  assert.deepEqual(got.canvasSpacing, ['normal', '0px'], 'the canvas is kept from the spacing');
  assert.ok(got.buttonsInRow, 'the tools row grows with its buttons');
  assert.ok(got.rowInFrame);
  assert.equal(got.tooltipClipped, false);
  assert.equal(got.errorClipped, false);
  assert.ok(got.tableWrapInFrame);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});

test('at 160 CSS px the tools row wraps inside the card and no HTML part reaches past it', async () => {
  const body = `<div id="card" style="border: 1px solid #ccc; box-sizing: border-box">${chart('id="good"')}${chart('id="bad"', INVALID)}</div>`;
  const t = await openHtml(pageHtml(body, { head: '<style>body { margin: 0 }</style>' }), { viewport: { width: 160, height: 700 }, deviceScaleFactor: 2 });
  await chartsSettled(t.page);
  await t.page.evaluate(() => document.querySelector('#good').shadowRoot.querySelector('.tools button[aria-controls="data"]').click());
  const got = await t.page.evaluate(() => {
    const card = document.querySelector('#card').getBoundingClientRect();
    const good = document.querySelector('#good').shadowRoot;
    const bad = document.querySelector('#bad').shadowRoot;
    const rect = (n) => n.getBoundingClientRect();
    const within = (r) => r.left >= card.left - 0.5 && r.right <= card.right + 0.5;
    const tools = good.querySelector('.tools');
    const buttons = [...tools.querySelectorAll('button')].map(rect);
    return {
      buttonLefts: buttons.map((b) => Math.round(b.left)),
      buttonsWithin: buttons.every(within),
      buttonsInRow: buttons.every((b) => b.top >= rect(tools).top - 0.5 && b.bottom <= rect(tools).bottom + 0.5),
      rows: new Set(buttons.map((b) => Math.round(b.top))).size,
      // Every separator sits between two buttons of its own line: none
      // left at a line's end or start when the row wraps.
      sepsBetween: [...tools.querySelectorAll('.sep')].map((s) => {
        const r = rect(s);
        const before = rect(s.previousElementSibling);
        const after = rect(s.nextElementSibling);
        return s.previousElementSibling.tagName === 'BUTTON' && s.nextElementSibling?.tagName === 'BUTTON'
          && Math.abs(before.top - r.top) < r.height && Math.abs(after.top - r.top) < r.height;
      }),
      tableWrap: within(rect(good.querySelector('.scroll'))),
      error: within(rect(bad.querySelector('.error'))),
      errorClipped: bad.querySelector('.error').scrollWidth > bad.querySelector('.error').clientWidth + 1,
      htmlParts: [...good.querySelectorAll('.tools, .scroll, p, [aria-live]'), bad.querySelector('.error')].every((n) => rect(n).right <= card.right + 0.5),
    };
  });
  await t.page.screenshot({ path: `${OUTPUT}narrow-160.png`, fullPage: true });
  assert.ok(got.buttonLefts.every((x) => x >= 0), `no button at a negative x: ${got.buttonLefts}`);
  assert.ok(got.buttonsWithin, 'every button inside the card');
  assert.ok(got.buttonsInRow, 'the row holds its buttons');
  assert.ok(got.rows >= 2, 'the row wraps');
  assert.deepEqual(got.sepsBetween, [true, true], 'no separator dangles at a line end');
  assert.ok(got.tableWrap, 'the data table scrolls inside the card');
  assert.ok(got.error, 'the error box fits the card');
  assert.equal(got.errorClipped, false, 'long paths wrap');
  assert.ok(got.htmlParts);
  assert.deepEqual(t.problems, []);
  await t.context.close();
});
