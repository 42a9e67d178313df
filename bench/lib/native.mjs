// Native throughput: the release CLI (target/release/rating-chart, built by
// `make bench`) run as a process, interleaved, `runs` times per command.
// `render` validates, lays out and writes the SVG; `check` only validates,
// so render − check of the same file estimates layout + SVG alone, and check
// of the seed bounds process start-up plus reading a tiny file.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './stats.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CLI = join(ROOT, 'target', 'release', 'rating-chart');

/**
 * Times every command; returns { name: { args, ms: summary, status, message,
 * svgBytes } }, where status is the exit status and message the first line
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
  };
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  const outcome = {};
  for (let i = 0; i < runs; i += 1) {
    for (const [name, args] of Object.entries(commands)) {
      if (args[0] === 'render') rmSync(args[3], { force: true });
      const t = process.hrtime.bigint();
      const r = spawnSync(CLI, args, { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.error) throw new Error(`cannot run ${CLI}: ${r.error.message}`);
      times[name].push(ms);
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
      ...outcome[name],
      svgBytes: output && existsSync(output) ? statSync(output).size : null,
    };
  }
  return out;
}
