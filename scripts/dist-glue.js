// www/host/glue.js as `make dist` bundles it (scripts/bundle.mjs): the
// reader's wasm-bindgen glue inside the host script, so that the first
// chart needs one script and the .wasm, fetched in parallel. The kinds and
// full modules' glue stay files of their own, imported (in parallel with
// their .wasm) when a chart asks for them: bundled too, the kinds module's
// glue would add 1.0 KB gzip to every page for the rarer kinds. Each glue
// file also serves a fresh instance after a trap (a new module record).
// Its exports by name (not as a namespace), so that what the host never
// calls (initSync) is left out.
import init, { Prepared, RatingChart, prepare } from '../pkg/rating_chart_reader.js';

export const bundledGlue = { rating_chart_reader: { default: init, Prepared, RatingChart, prepare } };
