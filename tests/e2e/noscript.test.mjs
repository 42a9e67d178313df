// End-to-end: the static fallback. The CLI's PNG (for <noscript><img>) has
// the live chart's layout: same size, and every segment of the live Scene
// shows its colour at the same place in the image.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setup } from './harness.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

test('the noscript PNG matches the live chart', async () => {
  const png = join(mkdtempSync(join(tmpdir(), 'rating-chart-')), 'seed.png');
  const run = spawnSync('cargo', ['run', '--quiet', '--', 'render', 'www/examples/hai-duong-2021.json', '-o', png, '--width', '640', '--scale', '2'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.route(`${env.base}/www/__noscript/seed.png`, (r) => r.fulfill({ contentType: 'image/png', body: readFileSync(png) }));
  await page.route(`${env.base}/www/__noscript/page.html`, (r) => r.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
      <script type="module" src="../rating-chart.js"></script></head><body style="margin: 0">
      <div style="width: 640px"><rating-chart src="../examples/hai-duong-2021.json">
        <noscript><img src="seed.png" width="640" alt="Hải Dương 2021"></noscript>
      </rating-chart></div></body></html>`,
  }));
  await page.goto(`${env.base}/www/__noscript/page.html`);
  await page.waitForFunction(() => document.querySelector('rating-chart')?.chart);
  const got = await page.evaluate(async () => {
    const el = document.querySelector('rating-chart');
    const live = el.shadowRoot.querySelector('canvas.chart');
    const img = new Image();
    img.src = 'seed.png';
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext('2d', { willReadFrequently: true });
    ctx.drawImage(img, 0, 0);
    const hex = (d) => `#${[d[0], d[1], d[2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    const wide = el.chart.segments().filter((s) => s.w >= 6);
    const mismatches = wide.map((s) => {
      const got = hex(ctx.getImageData(Math.floor((s.x + s.w / 2) * 2), Math.floor((s.y + 3) * 2), 1, 1).data);
      return got === s.color ? null : `${s.group}/${s.tier}: ${got} ≠ ${s.color}`;
    }).filter(Boolean);
    return { png: [img.naturalWidth, img.naturalHeight], live: [live.width, live.height], mismatches, compared: wide.length };
  });
  assert.equal(got.png[0], got.live[0], 'same width');
  assert.ok(Math.abs(got.png[1] - got.live[1]) <= 8, `heights ${got.png[1]} and ${got.live[1]} (device px) differ by at most the font difference`);
  assert.deepEqual(got.mismatches, []);
  // The seed's segments at least 6 px wide (12 segments, 3 empty, one 3 px
  // wide): none may go unchecked.
  assert.equal(got.compared, 8, 'segments compared');
  await context.close();
});
