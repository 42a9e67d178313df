#!/usr/bin/env node
// Runs the browser end-to-end tests with node's test runner and fails when
// fewer tests passed than expected, so that `make test` cannot pass with no
// browser test at all (a folder emptied, a glob that matches nothing, a file
// that registers no test).
//
//   node scripts/test-e2e.mjs --at-least 93 tests/e2e/*.test.mjs
//
// The files are named one by one (node 21 and later no longer accept a
// folder after --test). The spec reporter prints to the terminal; a TAP
// copy goes to a temporary file, whose closing summary ("# pass N") gives
// the count.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--at-least');
const floor = at >= 0 ? Number(args[at + 1]) : NaN;
const files = args.filter((_, i) => at < 0 || (i !== at && i !== at + 1));
if (!Number.isInteger(floor) || floor < 1) {
  console.error('usage: node scripts/test-e2e.mjs --at-least N FILE.test.mjs...');
  process.exit(2);
}
const missing = files.filter((f) => !f.endsWith('.test.mjs') || !statSync(f, { throwIfNoEntry: false })?.isFile());
if (!files.length || missing.length) {
  console.error(`error: no test files, or not test files: ${missing.join(' ') || '(none given)'}`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'rating-chart-e2e-'));
const tap = join(dir, 'report.tap');
const child = spawn(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files,
  ],
  { stdio: 'inherit' },
);
const code = await new Promise((resolve) => child.on('close', (c, signal) => resolve(c ?? signal)));

// The runner's closing summary: "# tests 93", "# pass 93", "# fail 0"...
let summary = {};
try {
  const text = readFileSync(tap, 'utf8');
  for (const m of text.matchAll(/^# (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) {
    summary[m[1]] = Number(m[2]);
  }
} catch (e) {
  console.error(`error: no test report (${e.message})`);
}
rmSync(dir, { recursive: true, force: true });

const pass = summary.pass ?? 0;
const notes = ['fail', 'cancelled', 'skipped', 'todo']
  .filter((k) => summary[k])
  .map((k) => `${summary[k]} ${k}`);
console.log(
  `==> node ${process.versions.node}: ${pass} of ${summary.tests ?? 0} browser tests passed` +
    `${notes.length ? ` (${notes.join(', ')})` : ''}; at least ${floor} expected, in ${files.length} files`,
);
if (code !== 0) {
  console.error(`error: the test runner exited with ${code}`);
  process.exit(1);
}
if (pass < floor || summary.fail || summary.cancelled) {
  console.error(
    `error: ${pass} browser tests passed, fewer than the ${floor} expected ` +
      '(raise E2E_AT_LEAST in the Makefile when you add tests, never lower it to pass)',
  );
  process.exit(1);
}
