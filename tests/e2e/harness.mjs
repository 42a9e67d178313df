// Shared set-up for the browser tests: the repository's own static server on
// a free loopback port and Debian's Chromium driven by playwright-core.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const OUTPUT = fileURLToPath(new URL('./output/', import.meta.url));
mkdirSync(OUTPUT, { recursive: true });

const FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

export async function setup({ args = [] } = {}) {
  const server = await startServer({ port: 0, quiet: true });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...FLAGS, ...args],
    headless: true,
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/** A test page under /www/ that embeds the widget: `body` after the host
 *  script, optional extra `head` markup. */
export function pageHtml(body, { head = '', lang = 'vi' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
<script type="module" src="rating-chart.js"></script></head><body>${body}</body></html>`;
}

/** Records what a page should never show: console errors and warnings,
 *  uncaught exceptions, dialogs (alert from data), failed requests and HTTP
 *  errors. Returns the list, filled as they happen. */
export function recordProblems(page) {
  const problems = [];
  page.on('console', (m) => {
    // Chromium's advice about the tests' own getImageData readbacks is not a page problem.
    if (m.text().includes('willReadFrequently')) return;
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    d.dismiss();
  });
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return problems;
}

/** Opens a page that records its problems (see recordProblems). */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(url);
  return { page, context, problems };
}

/** Serves `html` at a made-up URL under /www/ (named after `name`) and
 *  opens it as openPage does. */
export async function openHtml(env, html, { name = 'page', ...options } = {}) {
  const url = `${env.base}/www/__${name}-${Math.random().toString(36).slice(2)}.html`;
  const context = await env.browser.newContext({ viewport: { width: 800, height: 900 }, ...options });
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const page = await context.newPage();
  const problems = recordProblems(page);
  await page.goto(url);
  return { page, context, problems };
}

/** Waits until every <rating-chart> on the page has drawn or shown an error. */
export async function chartsSettled(page) {
  await page.waitForFunction(() => {
    const els = [...document.querySelectorAll('rating-chart')];
    return els.length > 0 && els.every((e) => e.chart || e.shadowRoot.querySelector('.error'));
  });
}
