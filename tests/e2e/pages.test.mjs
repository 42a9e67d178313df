// End-to-end: our own pages follow our own advice — nothing on any page in
// www/ shifts while it loads (cumulative layout shift 0, as Lighthouse
// measures it), on a phone and on a desktop.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { setup, recordProblems } from './harness.mjs';

const WWW = new URL('../../www/', import.meta.url);
const SEED = readFileSync(new URL('examples/hai-duong-2021.json', WWW), 'utf8');

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

/** Every page in www/, with what it needs to show a chart (the iframe page
 *  takes its data in the fragment, as the editor's iframe code gives it). */
const PAGES = readdirSync(WWW).filter((f) => f.endsWith('.html')).map((f) => (f === 'frame.html' ? `${f}#data=${encodeURIComponent(SEED)}` : f));

/** Viewports: Lighthouse's phone and desktop, and the narrow and wide ends;
 *  at two of them the scripts also arrive late (a slow network: what the
 *  page's HTML and CSS reserve is all there is at the first paint). */
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 412, height: 823 },
  { width: 1024, height: 768 },
  { width: 1350, height: 940 },
  { width: 412, height: 823, late: true },
  { width: 1350, height: 940, late: true },
];

test('www/ has the pages this test knows', () => {
  assert.deepEqual(PAGES.map((p) => p.split('#')[0]).sort(), ['editor.html', 'frame.html', 'gallery.html', 'index.html']);
});

for (const path of PAGES) {
  test(`${path.split('#')[0]}: no layout shift while it loads (CLS 0)`, async () => {
    for (const { late, ...viewport } of VIEWPORTS) {
      const context = await env.browser.newContext({ viewport });
      if (late) await context.route(/\.js(\?|$)/, async (route) => { await new Promise((ok) => setTimeout(ok, 700)); await route.continue(); });
      const page = await context.newPage();
      const problems = recordProblems(page);
      await page.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            window.__shifts.push({ value: e.value, sources: e.sources.map((s) => `${s.node?.nodeName ?? '?'}${s.node?.id ? `#${s.node.id}` : ''} ${JSON.stringify(s.previousRect)}→${JSON.stringify(s.currentRect)}`) });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${env.base}/www/${path}`);
      await page.waitForLoadState('load');
      // Every chart in view drawn (or its error shown), then a moment for late work.
      await page.waitForFunction(() => [...document.querySelectorAll('rating-chart')].every((e) => e.chart || e.shadowRoot.querySelector('.error') || e.getBoundingClientRect().top > innerHeight + 400));
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((s, e) => s + e.value, 0);
      assert.equal(cls, 0, `${path.split('#')[0]} at ${viewport.width} px${late ? ', scripts late' : ''}: ${JSON.stringify(shifts, null, 1)}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
