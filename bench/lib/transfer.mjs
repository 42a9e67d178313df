// What a page really fetched, and its size as a reader downloads it: every
// response the browser received (recorded through playwright-core), each
// body compressed with gzip -9 (node's zlib, level 9), the HTML document
// itself left out (it is the newsroom's page, and carries the data).
// Shared by the benchmark (bench/lib/browser.mjs) and the size test
// (tests/e2e/size.test.mjs), so both count the same bytes the same way.

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** gzip -9 size of a buffer, in bytes. */
export const gzipSize = (body) => gzipSync(body, { level: 9 }).length;

/** Brotli (quality 11) size of a buffer, in bytes. */
export const brotliSize = (body) =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;

/**
 * Starts recording every response of `page` (call before `page.goto`).
 * Returns `{ responses, settled() }`: `responses` fills as they arrive, each
 * `{ url, path, type, status, body }` with `body` a Promise of the decoded
 * body (a Buffer, or null when the browser kept none, e.g. a redirect);
 * `settled()` resolves once every body recorded so far has been read.
 */
export function recordResponses(page) {
  const responses = [];
  page.on('response', (r) => {
    const url = r.url();
    if (!url.startsWith('http')) return;
    responses.push({
      url,
      path: new URL(url).pathname,
      type: r.request().resourceType(),
      status: r.status(),
      body: r.body().catch(() => null),
    });
  });
  return {
    responses,
    settled: () => Promise.all(responses.map((r) => r.body)),
  };
}

/**
 * URLs of the resources the page had requested by `at` (ms on the page's
 * performance timeline; Resource Timing's startTime), in request order.
 * With `from`, only those requested at or after `from`.
 */
export function requestedBetween(page, from, at) {
  return page.evaluate(
    ({ from, at }) =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= from && e.startTime <= at)
        .sort((a, b) => a.startTime - b.startTime)
        .map((e) => e.name),
    { from: from ?? 0, at: at ?? Infinity },
  );
}

/**
 * Sizes of the recorded responses whose URL is in `urls` (every recorded
 * response but the HTML document when `urls` is omitted), each file once:
 * `{ files: [{ path, file, type, raw, gzip, brotli? }], raw, gzip, brotli? }`.
 * Brotli only with `{ brotli: true }` (quality 11 is slow on large files).
 */
export async function transferOf(recorder, urls, { brotli = false } = {}) {
  await recorder.settled();
  const wanted = urls ? new Set(urls) : null;
  const seen = new Set();
  const files = [];
  for (const r of recorder.responses) {
    if (r.type === 'document' || seen.has(r.url)) continue;
    if (wanted && !wanted.has(r.url)) continue;
    const body = await r.body;
    if (!body) continue;
    seen.add(r.url);
    const f = { path: r.path, file: r.path.split('/').pop(), type: r.type, raw: body.length, gzip: gzipSize(body) };
    if (brotli) f.brotli = brotliSize(body);
    files.push(f);
  }
  const total = (k) => files.reduce((a, f) => a + f[k], 0);
  return { files, raw: total('raw'), gzip: total('gzip'), ...(brotli ? { brotli: total('brotli') } : {}) };
}

/** `rating_chart_bg.wasm 186.2 KB, rating-chart.js 9.8 KB, …` (gzip, 1 KB = 1,000 bytes). */
export const byFile = (t) => t.files.map((f) => `${f.path} ${(f.gzip / 1000).toFixed(1)} KB`).join(', ');
