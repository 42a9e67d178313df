// rating-chart/node: the full wasm module in Node, instantiated from its
// bytes on the first call (no browser, no canvas, no Rust toolchain).
// `renderSvg` writes the SVG `rating-chart render` writes for the same data
// and width, byte for byte; `validate` gives the issues `rating-chart
// check` prints; `embedCode` the code `rating-chart embed` prints.
import { readFileSync } from 'node:fs';
import * as wasm from './pkg/rating_chart.js';

let ready = false;

function init() {
  if (!ready) {
    wasm.initSync({ module: readFileSync(new URL('./pkg/rating_chart_bg.wasm', import.meta.url)) });
    ready = true;
  }
  return wasm;
}

/** The chart as an SVG document (see node.d.ts). */
export function renderSvg(json, options) {
  return init().renderSvg(json, options);
}

/** Every issue of the data, `[{code, path, message, severity}]`. */
export function validate(json, lang) {
  return init().validate(json, lang);
}

/** The embed code of `rating-chart embed`. */
export function embedCode(json, options) {
  return init().embedCode(json, options);
}
