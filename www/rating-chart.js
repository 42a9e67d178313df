// <rating-chart>: the embed host. One module for any number of charts.
//
//   <script type="module" src=".../www/rating-chart.js"></script>
//   <rating-chart src="data.json"></rating-chart>
//   <rating-chart><script type="application/json">{ ... }</script></rating-chart>
//
// JavaScript owns the page (shadow root, canvases, events, sizes); the wasm
// module validates, lays out, paints and answers questions (what is under the
// pointer, where the keyboard focus goes, how to describe a datum). Data is
// only ever put on the page with textContent: nothing in it is parsed as HTML.
//
// This file is the public entry; the host's parts are small modules in
// host/ (see host/element.js for how they fit together). `make dist`
// bundles them all into one minified copy of this file.
import { compilePreloaded, setPackageBase } from './host/loader.js';
import { RatingChartElement } from './host/element.js';

// The wasm package sits beside www/: '../pkg/' from this file, the one file
// whose address is the same as written and bundled.
setPackageBase(new URL('../pkg/', import.meta.url));
compilePreloaded();

export { loadModule, wasmMemoryBytes } from './host/loader.js';
export { reservedHeight } from './host/size.js';
export { RatingChartElement };

if (!customElements.get('rating-chart')) {
  customElements.define('rating-chart', RatingChartElement);
}
