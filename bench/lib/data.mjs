// Benchmark data sets, all in rating-data format v1 (see the README):
//   seed  — www/examples/hai-duong-2021.json, verbatim;
//   g1k   — 1,000 synthetic groups;  g10k — 10,000 synthetic groups.
// Synthetic sets use the seed's title style, tiers and locale, and counts
// drawn from a seeded linear congruential generator, so every run (and every
// machine) benchmarks byte-identical data.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEED_FILE = fileURLToPath(new URL('../../www/examples/hai-duong-2021.json', import.meta.url));

/** A deterministic generator of integers in [0, n): Numerical Recipes' LCG. */
function lcg(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
}

/** A synthetic document of `n` groups with the seed's tiers. */
function synthetic(seed, n) {
  const next = lcg(n);
  const groups = [];
  for (let i = 1; i <= n; i += 1) {
    const total = 20 + next(5000);
    const excellent = Math.floor((total * (10 + next(20))) / 100);
    const good = Math.floor((total * (45 + next(24))) / 100);
    const failed = Math.floor((total * next(4)) / 100);
    // At most 29 + 68 + 3 = 100 % goes to the others, so this is never negative.
    const completed = total - excellent - good - failed;
    groups.push({
      label: `Chi bộ số ${String(i).padStart(5, '0')}`,
      period: 2021,
      total,
      counts: { excellent, good, completed, failed },
    });
  }
  return {
    version: 1,
    title: `Dữ liệu tổng hợp: ${n.toLocaleString('vi-VN')} chi bộ, năm 2021`,
    subtitle: seed.subtitle,
    source: { text: `Dữ liệu giả lập (LCG, hạt giống ${n})` },
    locale: 'vi-VN',
    // The seed's 100 % stacked bars: without it the widget would choose
    // diverging bars for these tiers (their polarity), and draw another
    // chart than Chart.js and the bare canvas.
    display: seed.display,
    tiers: seed.tiers,
    groups,
  };
}

/** The data sets by name, each as `{ name, groups, json }` (JSON text). */
export function dataSets() {
  const seedText = readFileSync(SEED_FILE, 'utf8');
  const seed = JSON.parse(seedText);
  return {
    seed: { name: 'seed', groups: seed.groups.length, json: seedText },
    g1k: { name: '1,000 groups', groups: 1000, json: JSON.stringify(synthetic(seed, 1000)) },
    g10k: { name: '10,000 groups', groups: 10000, json: JSON.stringify(synthetic(seed, 10000)) },
  };
}

/** A valid variant of `json` with every count raised by one (for setData churn). */
export function variant(json) {
  const doc = JSON.parse(json);
  for (const g of doc.groups) {
    for (const k of Object.keys(g.counts)) g.counts[k] += 1;
    if (g.total !== undefined) g.total += Object.keys(g.counts).length;
  }
  return JSON.stringify(doc);
}

/** `json` made invalid: the first group's first count negative (-5), an error
 *  the widget must show in its error box, in the data's language. */
export function invalid(json) {
  const doc = JSON.parse(json);
  const g = doc.groups[0];
  g.counts[Object.keys(g.counts)[0]] = -5;
  return JSON.stringify(doc);
}
