// rating-chart: the low-level API. Side-effect free: importing it defines
// nothing and touches no browser global (safe in server-side rendering);
// `import 'rating-chart/element'` defines <rating-chart>.
import { loadModule as loadFull, setPackageFiles } from './host/loader.js';
import { packageFiles } from './files.js';

/** The full wasm module (the README's JavaScript API: `RatingChart`,
 *  `validate`, `prepare`, `embedCode`, `renderSvg`), loaded and
 *  instantiated once per page. */
export function loadModule() {
  setPackageFiles(packageFiles());
  return loadFull();
}

export { wasmMemoryBytes } from './host/loader.js';
export { reservedHeight } from './host/size.js';
