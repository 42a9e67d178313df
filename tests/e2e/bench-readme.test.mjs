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
