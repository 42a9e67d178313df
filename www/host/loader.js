// The wasm modules. The reader's module is loaded once per page and shared
// by every chart; after a trap (a panic or worse inside wasm) a fresh
// instance replaces it and the other charts draw again on it. The kinds
// module (the reader's with every chart kind, donut, waffle, trend…, and
// the data's story: highlight, annotations, reference) is loaded for a
// chart the reader's module leaves out; the full
// module (message words, SVG export, the developers' API) only when
// something asks for it.
import { bundledGlue } from './glue.js';

/** Where the wasm package is: set by the entry file (www/rating-chart.js),
 *  the one file whose address is known in every copy (as written, or
 *  bundled into one file for a CDN). */
let pkgBase = null;
let readerPromise = null;
let fullPromise = null;
let kindsPromise = null;
let kindsExports = null;
let wasmExports = null;
/** Which wasm instance is current: a trap starts a fresh one. */
let instance = 0;

/** Every connected chart: they all draw again on a fresh instance, and
 *  measure their text again when a font loads. */
export const charts = new Set();

/** Where each file of the wasm package is, when a bundler has placed
 *  them one by one (the npm package's entries set this): file name →
 *  address. */
let pkgFiles = null;

/** Sets the directory of the wasm package (its glue modules
 *  `rating_chart_reader.js`, `rating_chart.js` and their `_bg.wasm`). */
export function setPackageBase(url) {
  pkgBase = new URL(url);
}

/** Sets the address of each file of the wasm package (its four files by
 *  name), for a build that renamed them. */
export function setPackageFiles(files) {
  pkgFiles = files;
  pkgBase = new URL('.', files['rating_chart_reader.js']);
}

/** The address of a file of the wasm package. */
export function packageUrl(file = '') {
  if (pkgFiles && pkgFiles[file]) return new URL(pkgFiles[file]);
  return new URL(file, pkgBase);
}

/** Each wasm file's compiled module, by glue name: fetched and compiled
 *  once per page (a fresh instance after a trap instantiates the same
 *  module again); a failed download is forgotten, for a later retry. */
const compiled = new Map();

/** Settles once the response of the last wasm file asked for has begun
 *  (or failed): its compilation is then under way, off the main thread. */
let responded = Promise.resolve();
/** That file's address. */
let respondedUrl = null;

/** Runs `fn` while the wasm module being fetched is still downloading:
 *  once it has answered and is compiling, and only if its bytes are not
 *  all here yet (Resource Timing lists a file once it has arrived whole).
 *  Main-thread work that fills the wait (fonts.js) then costs nothing;
 *  with the module here, it would only hold back its compilation and the
 *  chart: a preloaded module on a fast network has often arrived before
 *  the host script runs (bench/README.md: the font warm-up made the
 *  seed's first chart about 12 ms later on loopback, 27 ms sooner under
 *  the mobile profile). */
export function whileDownloading(fn) {
  const run = () => {
    // (None asked for yet: no entry is named null.)
    if (!performance.getEntriesByName(respondedUrl).length) fn();
  };
  responded.then(run, run);
}

/** The compiled module of `name`_bg.wasm: fetched at once, compiled by
 *  the engine while its bytes stream in (in parallel with the glue and
 *  the chart's data), so that instantiating it waits for nothing. */
function compile(name) {
  if (!compiled.has(name)) {
    const url = packageUrl(`${name}_bg.wasm`);
    const response = fetch(url);
    responded = response;
    respondedUrl = url.href;
    const module = response.then((res) => {
      if (!res.ok) throw new Error(`failed to fetch Wasm: ${res.status} ${res.statusText} fetching '${res.url || url.href}'`);
      // A server that does not say application/wasm: compiled from the
      // whole file instead of the stream.
      const streams = typeof WebAssembly.compileStreaming === 'function' && /^application\/wasm\b/i.test(res.headers.get('content-type') || '');
      return streams ? WebAssembly.compileStreaming(res) : res.arrayBuffer().then((bytes) => WebAssembly.compile(bytes));
    });
    module.catch(() => compiled.delete(name)); // reported where it is awaited
    compiled.set(name, module);
  }
  return compiled.get(name);
}

/** Starts compiling each wasm module the page preloads (the README's
 *  preload hint, for a chart in the first screen), as the host script
 *  runs: its bytes have often arrived by then (on loopback its compiled
 *  module was answered 19 ms after its response, a busy main thread
 *  included, though compiling it takes 2–5 ms). The chart that needs it
 *  gets this compilation instead of starting its own once it is
 *  connected and has placed its placeholder. A module the page does not
 *  preload waits for a chart to ask for it. */
export function compilePreloaded() {
  const links = document.querySelectorAll('link[rel=preload][as=fetch]');
  for (const name of ['rating_chart_reader', 'rating_chart_kinds']) {
    const href = packageUrl(`${name}_bg.wasm`).href;
    for (const link of links) if (link.href === href) compile(name);
  }
}

/** Imports the glue `name`.js and instantiates `name`_bg.wasm with it
 *  (see compile); `fresh` makes a new module record (a new instance of
 *  the module already compiled). The dist copy carries the reader's glue
 *  inside the host script (bundledGlue), used for the page's first
 *  instance: one request less on the way to the first chart. */
function instantiate(name, fresh, onExports) {
  const module = compile(name);
  const bundled = fresh ? null : bundledGlue[name];
  const glue = packageUrl(`${name}.js`).href;
  // An address known at run time: bundlers leave it to the browser.
  const imported = bundled ? Promise.resolve(bundled) : import(/* @vite-ignore */ /* webpackIgnore: true */ fresh ? `${glue}?instance=${fresh}` : glue);
  return imported.then(async (mod) => {
    onExports(await mod.default({ module_or_path: await module }));
    return mod;
  });
}

/** Loads and instantiates the reader's wasm module once per page (every
 *  chart on the page shares it): what a chart needs to validate, lay out,
 *  draw, answer the pointer and keyboard, describe itself and export CSV
 *  or PNG. Its issues have codes and paths but no words (see wordedIssues),
 *  and it does not write SVG (see loadModule). */
export function loadReader() {
  if (!readerPromise) {
    readerPromise = instantiate('rating_chart_reader', instance, (exports) => {
      wasmExports = exports;
    });
    // A failed load may be retried by the next chart.
    readerPromise.catch(() => {
      readerPromise = null;
    });
  }
  return readerPromise;
}

/** Loads the kinds module once per page (again after a trap): the reader's
 *  module with every chart kind and the story, for a chart whose data
 *  resolves to a kind the reader's module leaves out (donut, waffle,
 *  trend, slope, grouped, multiples, table) or has a story (a highlight,
 *  annotations, a reference value). The same API as the reader's module. */
export function loadKinds() {
  if (!kindsPromise) {
    kindsPromise = instantiate('rating_chart_kinds', instance, (exports) => {
      kindsExports = exports;
    });
    kindsPromise.catch(() => {
      kindsPromise = null;
    });
  }
  return kindsPromise;
}

/** Loads the full wasm module once per page (again after a trap): the
 *  developers' API of `pkg/rating_chart.js` (README), with the words of
 *  every validation message, SVG export and every chart kind. A chart
 *  loads it only when it must show an error box or write an SVG download;
 *  the editor uses it throughout. */
export function loadModule() {
  if (!fullPromise) {
    fullPromise = instantiate('rating_chart', instance, () => {});
    fullPromise.catch(() => {
      fullPromise = null;
    });
  }
  return fullPromise;
}

/** `issues` ({code, path, message, severity}, as the reader's module gives
 *  them: no words) with their messages in `lang`, as the full module words
 *  them for the document `json`; when it cannot be loaded (offline, a
 *  blocked address), each message is its code, so the error box still says
 *  what and where. */
export async function wordedIssues(issues, json, lang) {
  if (issues.every((i) => i.message)) return issues;
  try {
    const full = await loadModule();
    return full.validate(json, lang);
  } catch {
    return issues.map((i) => ({ ...i, message: i.message || i.code }));
  }
}

/** The current instance's number (it changes after a trap). */
export function currentInstance() {
  return instance;
}

/** Whether an error is a trap inside wasm (a panic or worse). */
export function isTrap(e) {
  return typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
}

/** After a trap the instance's memory may be inconsistent: the chart that
 *  trapped shows an error, and every other chart is drawn again on a fresh
 *  instance, so one broken chart never takes the others down. */
export function recoverFromTrap(failed) {
  instance += 1;
  readerPromise = null;
  // A chart of a kind the reader's module leaves out is drawn by the kinds
  // module: it too starts afresh when next needed, as does the full one.
  kindsPromise = null;
  fullPromise = null;
  wasmExports = null;
  kindsExports = null;
  for (const chart of charts) {
    if (chart !== failed && chart.chart) chart._render();
  }
}

/** Bytes of wasm linear memory in use by all charts: the reader's module's
 *  and the kinds module's (0 before loading). */
export function wasmMemoryBytes() {
  return (wasmExports ? wasmExports.memory.buffer.byteLength : 0) + (kindsExports ? kindsExports.memory.buffer.byteLength : 0);
}

/** Frees a wasm object; one of an instance that trapped is discarded with
 *  the instance, and freeing it may throw. */
export function freeQuietly(object) {
  try {
    object.free();
  } catch {
    // An instance that trapped is discarded whole.
  }
}
