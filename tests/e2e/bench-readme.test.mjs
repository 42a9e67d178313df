// The README's performance figures are the benchmark's results, never typed
// by hand: the section between its bench markers must be exactly what
// `node bench/readme.mjs` writes from bench/results/latest.json (`make
// bench` writes both). No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BEGIN, END, readmeNowAndWanted } from '../../bench/readme.mjs';

test("the README's benchmark figures are those of bench/results/latest.json", () => {
  const [now, wanted] = readmeNowAndWanted();
  const section = (text) => text.slice(text.indexOf(BEGIN), text.indexOf(END));
  assert.ok(section(wanted).includes('budgets met'), 'the section holds the run');
  assert.equal(section(now), section(wanted), 'README.md differs from the results: run `node bench/readme.mjs`');
  assert.equal(now, wanted);
});

// The report `make bench` prints and writes to bench/results/latest.md
// renders from the committed results: a mistake in its text (it is one
// template) would otherwise show only at the end of a six-minute run.
test('the benchmark report renders from the committed results, every budget in it', async () => {
  const { readFileSync } = await import('node:fs');
  const { markdown } = await import('../../bench/lib/report.mjs');
  const { meta, summary, budgets } = JSON.parse(readFileSync(new URL('../../bench/results/latest.json', import.meta.url), 'utf8'));
  const report = markdown(meta, summary, budgets);
  assert.ok(budgets.length >= 10, `${budgets.length} budgets`);
  for (const b of budgets) assert.ok(report.includes(b.budget), `the report lists ${b.budget}`);
  assert.match(report, /\*\*Budgets: \d+ of \d+ met\.\*\*/);
});
