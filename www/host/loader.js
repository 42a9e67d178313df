// The wasm modules. The reader's module is loaded once per page and shared
// by every chart; after a trap (a panic or worse inside wasm) a fresh
// instance replaces it and the other charts draw again on it. The kinds
// module (the reader's with every chart kind: donut, waffle, trend…) is
// loaded for a chart of a kind the reader's module leaves out; the full
// module (message words, SVG export, the developers' API) only when
// something asks for it.

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

/** Imports the glue `name`.js and instantiates `name`_bg.wasm, fetched at
 *  once beside the glue rather than after it and compiled while it streams
 *  in; `fresh` makes a new module record (a new instance; the .wasm itself
 *  comes from the HTTP cache). */
function instantiate(name, fresh, onExports) {
  const glue = packageUrl(`${name}.js`).href;
  const wasm = fetch(packageUrl(`${name}_bg.wasm`));
  wasm.catch(() => {}); // reported by the glue's init when it awaits it
  // An address known at run time: bundlers leave it to the browser.
  return import(/* @vite-ignore */ /* webpackIgnore: true */ fresh ? `${glue}?instance=${fresh}` : glue).then(async (mod) => {
    onExports(await mod.default({ module_or_path: wasm }));
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
 *  module with every chart kind, for a chart whose data resolves to a kind
 *  the reader's module leaves out (donut, waffle, trend, slope, grouped,
 *  multiples, table). The same API as the reader's module. */
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
