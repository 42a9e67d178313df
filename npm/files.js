// The wasm package's files, each by its address relative to this module:
// `new URL('literal', import.meta.url)` is the form bundlers (Vite, Rollup,
// webpack 5, esbuild, Parcel) recognise as a file to copy into the build
// (renamed, with its hash) and browsers and Node read as it is. The host
// imports the glue and fetches the .wasm from these addresses at run time.
export function packageFiles() {
  return {
    'rating_chart_reader.js': new URL('./pkg/rating_chart_reader.js', import.meta.url).href,
    'rating_chart_reader_bg.wasm': new URL('./pkg/rating_chart_reader_bg.wasm', import.meta.url).href,
    'rating_chart_kinds.js': new URL('./pkg/rating_chart_kinds.js', import.meta.url).href,
    'rating_chart_kinds_bg.wasm': new URL('./pkg/rating_chart_kinds_bg.wasm', import.meta.url).href,
    'rating_chart.js': new URL('./pkg/rating_chart.js', import.meta.url).href,
    'rating_chart_bg.wasm': new URL('./pkg/rating_chart_bg.wasm', import.meta.url).href,
  };
}
