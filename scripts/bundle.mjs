// The host as the CDN copy serves it (scripts/dist.sh): www/rating-chart.js
// and its modules in www/host/, bundled and minified by esbuild into one ES
// module of the same name and exports, with the reader's wasm-bindgen glue
// inside (www/host/glue.js is replaced by scripts/dist-glue.js), so that a
// reader's first chart takes one script and the .wasm, fetched in parallel.
// What the page needs only when a reader asks for it (www/host/downloads.js)
// or when a chart shows an error box (www/host/error-words.js) is split into
// files of their own beside it, which the host imports then.
//   node scripts/bundle.mjs OUTFILE
import { build } from 'esbuild';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = process.argv[2];
if (!out) throw new Error('usage: node scripts/bundle.mjs OUTFILE');
const root = fileURLToPath(new URL('..', import.meta.url));
const distGlue = fileURLToPath(new URL('dist-glue.js', import.meta.url));

const glue = {
  name: 'bundled-glue',
  setup(b) {
    b.onResolve({ filter: /^\.\/glue\.js$/ }, (args) => (args.importer.endsWith('/www/host/loader.js') ? { path: distGlue } : undefined));
  },
};

await build({
  absWorkingDir: root,
  entryPoints: ['www/rating-chart.js'],
  outdir: dirname(out),
  entryNames: '[name]',
  // What the host imports when a reader asks for it (host/downloads.js) or
  // an error box must be worded (host/error-words.js): files of their own
  // beside it, named after the entry.
  chunkNames: 'rating-chart-[name]-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  target: 'es2020',
  minify: true,
  legalComments: 'none',
  // The host writes nothing to the console; the glue's three warnings are
  // for uses the host never makes (deprecated arguments, a .wasm served
  // without its type: the host compiles it itself, loader.js).
  drop: ['console'],
  // The host's own properties (`_chart`, `_render`…; the glue's are
  // `__wbg…`) are internal: shorter names in the CDN copy.
  mangleProps: /^_[a-z]/,
  logLevel: 'warning',
  plugins: [glue],
});
