// Native throughput: the release CLI (target/release/rating-chart, built by
// `make bench`) run as a process, interleaved, `runs` times per command.
// `render` validates, lays out and writes the SVG; `check` only validates,
// so render − check of the same file estimates layout + SVG alone, and check
// of the seed bounds process start-up plus reading a tiny file. `render
// --png` (issue 16): 1,000 groups at `--scale 1` (640 × 48,065 px, near the
// 40-million-pixel budget) and the refusal of 10,000 groups, with each
// process's peak resident memory from `/usr/bin/time -f %M` (getrusage's
// ru_maxrss of the child) when it is there.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './stats.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = join(ROOT, 'target', 'release', 'rating-chart');
const TIME = '/usr/bin/time';

/**
 * Runs the CLI with `args`; its spawnSync result and peak RSS in bytes
 * (null without GNU time). The time measured includes GNU time's own
 * fork, a fraction of a millisecond.
 */
function run(args, rssFile) {
  if (!existsSync(TIME)) return { r: spawnSync(CLI, args, { encoding: 'utf8' }), rss: null };
  rmSync(rssFile, { force: true });
  const r = spawnSync(TIME, ['-f', '%M', '-o', rssFile, CLI, ...args], { encoding: 'utf8' });
  // GNU time writes "Command exited with non-zero status N" before %M.
  const lines = existsSync(rssFile) ? readFileSync(rssFile, 'utf8').trim().split('\n') : [];
  const kib = Number(lines.at(-1));
  return { r, rss: Number.isFinite(kib) && kib > 0 ? kib * 1024 : null };
}

/**
 * Times every command; returns { name: { args, ms: summary, rss: summary
 * of peak RSS in bytes (null without GNU time), status, message, svgBytes,
 * pngBytes } }, where status is the exit status and message the first line
 * a failing command printed.
 */
export function measureNative(sets, dir, runs) {
  mkdirSync(dir, { recursive: true });
  const input = (key) => {
    const file = join(dir, `${key}.json`);
    writeFileSync(file, sets[key].json);
    return file;
  };
  const files = { seed: input('seed'), g1k: input('g1k'), g10k: input('g10k') };
  const render = (key) => ['render', files[key], '-o', join(dir, `${key}.svg`), '--width', '640', '--height', '400'];
  const commands = {
    'check seed': ['check', files.seed],
    'render seed': render('seed'),
    'check 10,000 groups': ['check', files.g10k],
    'render 1,000 groups': render('g1k'),
    'render 10,000 groups': render('g10k'),
    'render --png 1,000 groups (--scale 1)': ['render', files.g1k, '-o', join(dir, 'g1k.png'), '--scale', '1'],
    'render --png 10,000 groups (refused)': ['render', files.g10k, '-o', join(dir, 'g10k.png')],
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const peaks = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const rssFile = join(dir, 'rss.txt');
  const outcome = {};
  for (let i = 0; i < runs; i += 1) {
    for (const [name, args] of Object.entries(commands)) {
      if (args[0] === 'render') rmSync(args[3], { force: true });
      const t = process.hrtime.bigint();
      const { r, rss } = run(args, rssFile);
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.error) throw new Error(`cannot run ${CLI}: ${r.error.message}`);
      times[name].push(ms);
      if (rss !== null) peaks[name].push(rss);
      // A refusal (e.g. a size limit) is a result to report, not a crash.
      const said = `${r.stdout}\n${r.stderr}`.split('\n').find((l) => l.trim()) ?? '';
      outcome[name] = { status: r.status, message: r.status === 0 ? '' : said.slice(0, 200) };
    }
  }
  const out = {};
  for (const [name, args] of Object.entries(commands)) {
    const output = args[0] === 'render' ? args[3] : null;
    out[name] = {
      args: args.map((a) => a.replace(`${ROOT}/`, '')),
      ms: summary(times[name]),
      rss: peaks[name].length ? summary(peaks[name]) : null,
      ...outcome[name],
      svgBytes: output?.endsWith('.svg') && existsSync(output) ? statSync(output).size : null,
      pngBytes: output?.endsWith('.png') && existsSync(output) ? statSync(output).size : null,
    };
  }
  return out;
}
