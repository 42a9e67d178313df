#!/usr/bin/env node
// Writes the README's performance figures from the benchmark's results file,
// never by hand: the part of README.md between the two markers below is
// rewritten from bench/results/latest.json (its date, machine, summary and
// budgets). `make bench` runs it after writing the results.
//
//   node bench/readme.mjs           rewrite README.md's section
//   node bench/readme.mjs --check   exit 1 when README.md and the results disagree
//                                   (tests/e2e/bench-readme.test.mjs, in make test)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readmeSection } from './lib/report.mjs';

export const BEGIN = '<!-- bench:begin: written by `node bench/readme.mjs` from bench/results/latest.json; do not edit by hand -->';
export const END = '<!-- bench:end -->';
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const RESULTS = fileURLToPath(new URL('results/latest.json', import.meta.url));

/** README.md's text with its section written from `results` (latest.json). */
export function withSection(readme, results) {
  const at = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (at < 0 || end < at) throw new Error(`README.md has no section between ${BEGIN} and ${END}`);
  const { meta, summary, budgets } = results;
  return `${readme.slice(0, at + BEGIN.length)}\n${readmeSection(meta, summary, budgets)}${readme.slice(end)}`;
}

/** [README.md as it is, as the results file says it should be]. */
export function readmeNowAndWanted() {
  const readme = readFileSync(README, 'utf8');
  return [readme, withSection(readme, JSON.parse(readFileSync(RESULTS, 'utf8')))];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [now, wanted] = readmeNowAndWanted();
  if (process.argv.includes('--check')) {
    if (now !== wanted) {
      console.error('README.md\'s benchmark figures differ from bench/results/latest.json: run `node bench/readme.mjs`');
      process.exit(1);
    }
  } else if (now !== wanted) {
    writeFileSync(README, wanted);
    console.error('README.md: benchmark figures written from bench/results/latest.json');
  }
}
