// rating-chart/element: defines <rating-chart> (once) when imported in a
// browser. On a server (no HTMLElement: Node, as Next.js, SvelteKit and
// Astro render pages) it defines nothing and touches no browser global.
import { compilePreloaded, setPackageFiles } from './host/loader.js';
import { RatingChartElement } from './host/element.js';
import { packageFiles } from './files.js';

export { RatingChartElement };
export { loadModule, wasmMemoryBytes, reservedHeight } from './index.js';

if (typeof HTMLElement !== 'undefined') {
  setPackageFiles(packageFiles());
  // A .wasm the page preloads (at the address the bundler gave it) starts compiling now.
  compilePreloaded();
  if (!customElements.get('rating-chart')) customElements.define('rating-chart', RatingChartElement);
}
