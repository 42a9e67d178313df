// The wasm-bindgen glue carried inside the host script, by name: none in
// the sources (the host imports each glue module from the package at run
// time); `make dist` bundles the reader's glue here (scripts/bundle.mjs),
// so that the CDN copy's first chart needs one script, not two in a row.
export const bundledGlue = {};
