// The wasm module: loaded once per page and shared by every chart; after a
// trap (a panic or worse inside wasm) a fresh instance replaces it and the
// other charts draw again on it.

/** Where the wasm package is: set by the entry file (www/rating-chart.js),
 *  the one file whose address is known in every copy (as written, or
 *  bundled into one file for a CDN). */
let pkgBase = null;
let modulePromise = null;
let wasmExports = null;
/** Which wasm instance is current: a trap starts a fresh one. */
let instance = 0;

/** Every connected chart: they all draw again on a fresh instance, and
 *  measure their text again when a font loads. */
export const charts = new Set();

/** Sets the directory of the wasm package (its `rating_chart.js` glue and
 *  `rating_chart_bg.wasm`). */
export function setPackageBase(url) {
  pkgBase = new URL(url);
}

/** The address of a file of the wasm package. */
export function packageUrl(file = '') {
  return new URL(file, pkgBase);
}

/** Loads and instantiates the wasm module once per page (streaming
 *  compilation; every chart on the page shares it). */
export function loadModule() {
  if (!modulePromise) {
    const glue = packageUrl('rating_chart.js').href;
    // A fresh module record (and so a fresh wasm instance) after a trap; the
    // .wasm file itself comes from the HTTP cache.
    const url = instance === 0 ? glue : `${glue}?instance=${instance}`;
    // The .wasm is requested at once, beside its JS glue rather than after
    // it, and compiled while it streams in.
    const wasm = fetch(packageUrl('rating_chart_bg.wasm'));
    wasm.catch(() => {}); // reported by the glue's init when it awaits it
    modulePromise = import(url).then(async (mod) => {
      wasmExports = await mod.default({ module_or_path: wasm });
      return mod;
    });
    // A failed load may be retried by the next chart.
    modulePromise.catch(() => {
      modulePromise = null;
    });
  }
  return modulePromise;
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
  modulePromise = null;
  wasmExports = null;
  for (const chart of charts) {
    if (chart !== failed && chart.chart) chart._render();
  }
}

/** Bytes of wasm linear memory in use by all charts (0 before loading). */
export function wasmMemoryBytes() {
  return wasmExports ? wasmExports.memory.buffer.byteLength : 0;
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
