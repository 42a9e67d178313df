import { drawnSignal, launch } from './lib/browser.mjs';
import { dataSets } from './lib/data.mjs';
import { addDist, startSite } from './lib/site.mjs';
const set = process.argv[2] || 'g1k';
const data = dataSets();
const url = addDist('mt', '/tmp/mt', { [set]: data[set] }, { hint: true })[set];
const site = await startSite();
const browser = await launch();
for (let i = 0; i < 3; i++) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 2 });
  const p = await context.newPage();
  const drawn = drawnSignal(p);
  await p.goto(site.base + url, { waitUntil: 'commit' });
  await drawn;
  const mt = await p.evaluate(() => window.__mt);
  const tot = mt.reduce((a, b) => a + b[0], 0);
  console.log(`run ${i}: ${mt.length} calls, ${tot.toFixed(1)} ms`);
  for (const [t, f, s] of mt) if (t > 0.5) console.log(`  ${t.toFixed(1)} ${f} | ${s.slice(0, 40)}`);
  await context.close();
}
await browser.close(); await site.close();
