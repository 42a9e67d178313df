// Builds the npm package `rating-chart` (issue 19) into target/npm/:
// the folder target/npm/rating-chart/ and its tarball
// target/npm/rating-chart-VERSION.tgz (`npm pack`). Run by `make package`
// after the wasm build (pkg/), and by tests/e2e/package.test.mjs.
//
// What it holds (see README "Install from npm"): the element
// (`rating-chart/element`, the host's modules of www/host/ it imports), the
// low-level API (`rating-chart`), Node rendering (`rating-chart/node`), the
// full and the reader's wasm modules with their glue (minified by esbuild,
// as `make dist` does), the stylesheet, the iframe page and its scripts,
// the JSON Schema, TypeScript types for all of them, the CHANGELOG.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => join(root, ...p);
const version = /^version = "([^"]+)"/m.exec(readFileSync(at('Cargo.toml'), 'utf8'))[1];
const outDir = at('target/npm');
const out = join(outDir, 'rating-chart');

for (const f of ['rating_chart.js', 'rating_chart_bg.wasm', 'rating_chart_reader.js', 'rating_chart_reader_bg.wasm', 'rating_chart_kinds.js', 'rating_chart_kinds_bg.wasm']) {
  if (!existsSync(at('pkg', f))) throw new Error(`pkg/${f} is missing: run \`make build\` first`);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'host'), { recursive: true });
mkdirSync(join(out, 'pkg'));
mkdirSync(join(out, 'frame'));

// The entries and their types.
for (const f of readdirSync(at('npm'))) {
  if (f.endsWith('.js') || f.endsWith('.d.ts')) copyFileSync(at('npm', f), join(out, f));
}

// The host's modules the entries import, and only those.
const wanted = new Set();
const visit = (file) => {
  const text = readFileSync(file, 'utf8');
  // Static imports, and dynamic ones (what the host loads after a first chart).
  for (const [, from, dynamic] of text.matchAll(/(?:import|export)\s[^'"]*?from\s*'(\.\/host\/[^']+|\.\/[^'/]+)'|import\s*'(?:\.[^']+)'|import\(\s*'(\.\/[^'/]+)'\s*\)/g)) {
    const spec = from ?? dynamic;
    if (!spec || !spec.startsWith('./')) continue;
    const name = spec.replace(/^\.\/(host\/)?/, '');
    const inHost = file.includes(`${join('www', 'host')}`) || spec.startsWith('./host/');
    if (!inHost) continue;
    if (!wanted.has(name)) {
      wanted.add(name);
      visit(at('www/host', name));
    }
  }
};
for (const f of ['index.js', 'element.js']) visit(join(out, f));
for (const name of [...wanted].sort()) copyFileSync(at('www/host', name), join(out, 'host', name));

// The wasm modules; their glue minified as for the CDN copy.
const esbuild = at('node_modules/.bin/esbuild');
for (const glue of ['rating_chart', 'rating_chart_reader', 'rating_chart_kinds']) {
  copyFileSync(at('pkg', `${glue}_bg.wasm`), join(out, 'pkg', `${glue}_bg.wasm`));
  execFileSync(esbuild, [at('pkg', `${glue}.js`), '--format=esm', '--target=es2020', '--minify',
    '--legal-comments=none', '--log-level=warning', `--outfile=${join(out, 'pkg', `${glue}.js`)}`]);
}
copyFileSync(at('pkg/rating_chart.d.ts'), join(out, 'pkg/rating_chart.d.ts'));

// The stylesheet, the schema, the iframe page (frame.js draws with the
// package's element) and frame-resize.js.
copyFileSync(at('www/rating-chart.css'), join(out, 'rating-chart.css'));
copyFileSync(at('www/rating-data.schema.json'), join(out, 'rating-data.schema.json'));
for (const f of ['frame.html', 'frame.css', 'frame-resize.js']) copyFileSync(at('www', f), join(out, 'frame', f));
const frameJs = readFileSync(at('www/frame.js'), 'utf8');
if (!frameJs.includes("import './rating-chart.js';")) throw new Error('www/frame.js no longer imports ./rating-chart.js');
writeFileSync(join(out, 'frame/frame.js'), frameJs.replace("import './rating-chart.js';", "import '../element.js';"));

// The data's TypeScript types, from the JSON Schema (rating-data.d.ts).
writeFileSync(join(out, 'rating-data.d.ts'), schemaTypes(JSON.parse(readFileSync(at('www/rating-data.schema.json'), 'utf8'))));

// README: the root README's "Install from npm" and "JavaScript API"
// sections; the CHANGELOG.
const readme = readFileSync(at('README.md'), 'utf8');
const section = /^## Install from npm\n([\s\S]*?)(?=^## )/m.exec(readme);
if (!section) throw new Error('README.md has no "## Install from npm" section');
const api = /^### JavaScript API\n([\s\S]*?)(?=^## )/m.exec(readme);
if (!api) throw new Error('README.md has no "### JavaScript API" section');
writeFileSync(join(out, 'README.md'),
  `# rating-chart\n\nEmbeddable charts of rating data for newsrooms: a \`<rating-chart>\` element, a WebAssembly API and SVG rendering in Node, from one Rust core.\n\n## Install from npm\n${section[1].trimEnd()}\n\n## JavaScript API\n${api[1].trimEnd()}\n`);
copyFileSync(at('CHANGELOG.md'), join(out, 'CHANGELOG.md'));
for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) copyFileSync(at(f), join(out, f));

const manifest = {
  name: 'rating-chart',
  version,
  description: 'Rating-data charts for newsrooms: the <rating-chart> element, its WebAssembly API and SVG rendering in Node.',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  keywords: ['chart', 'likert', 'rating', 'web-component', 'custom-element', 'webassembly', 'svg', 'newsroom'],
  engines: { node: '>=18' },
  main: './index.js',
  types: './index.d.ts',
  exports: {
    '.': { types: './index.d.ts', default: './index.js' },
    './element': { types: './element.d.ts', default: './element.js' },
    './node': { types: './node.d.ts', node: './node.js' },
    './react': { types: './react.d.ts' },
    './frame-resize': { types: './frame-resize.d.ts', default: './frame/frame-resize.js' },
    './frame.html': './frame/frame.html',
    './rating-chart.css': './rating-chart.css',
    './rating-data.schema.json': './rating-data.schema.json',
    './package.json': './package.json',
  },
  // Importing these does something (defines the element, listens for the
  // iframes' heights, styles the page); everything else only declares.
  sideEffects: ['./element.js', './frame/frame-resize.js', './frame/frame.js', './rating-chart.css', './frame/frame.css'],
  files: ['*.js', '*.d.ts', 'host/', 'pkg/', 'frame/', 'rating-chart.css', 'rating-data.schema.json', 'CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE'],
  peerDependencies: { '@types/react': '>=19' },
  peerDependenciesMeta: { '@types/react': { optional: true } },
};
writeFileSync(join(out, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

if (!process.argv.includes('--no-pack')) {
  const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', outDir], { cwd: out, encoding: 'utf8' }).trim().split('\n').pop();
  console.log(`==> ${join('target/npm', tgz)} (npm install it, or npm publish target/npm/rating-chart/)`);
}

/** TypeScript declarations of the JSON Schema's types (the subset
 *  schemars writes: type, const, $ref, anyOf/oneOf, properties, required,
 *  additionalProperties, items): `RatingData` and its parts. */
function schemaTypes(schema) {
  const doc = (d, indent) => (d ? `${indent}/** ${d.trim().replace(/\*\//g, '*\\/').split('\n').join(`\n${indent} *  `)} */\n` : '');
  const scalar = { string: 'string', integer: 'number', number: 'number', boolean: 'boolean', null: 'null' };
  const type = (s, indent) => {
    if (s.$ref) return s.$ref.replace('#/$defs/', '');
    if ('const' in s) return JSON.stringify(s.const);
    if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
    const alts = s.anyOf || s.oneOf;
    if (alts) return alts.map((a) => type(a, indent)).join(' | ');
    const types = Array.isArray(s.type) ? s.type : [s.type];
    return types.map((t) => {
      if (t === 'array') return `Array<${type(s.items, indent)}>`;
      if (t === 'object') {
        if (s.properties) return object(s, indent);
        if (s.additionalProperties && typeof s.additionalProperties === 'object') return `Record<string, ${type(s.additionalProperties, indent)}>`;
        return 'Record<string, unknown>';
      }
      if (!scalar[t]) throw new Error(`schema type ${JSON.stringify(t)} has no TypeScript type here`);
      return scalar[t];
    }).join(' | ');
  };
  const object = (s, indent) => {
    const inner = `${indent}  `;
    const required = new Set(s.required || []);
    const fields = Object.entries(s.properties).map(([name, p]) =>
      `${doc(p.description, inner)}${inner}${JSON.stringify(name)}${required.has(name) ? '' : '?'}: ${type(p, inner)};`);
    return `{\n${fields.join('\n')}\n${indent}}`;
  };
  let out = '// Generated by scripts/package.mjs from rating-data.schema.json (format v1).\n\n';
  out += `${doc(schema.description || schema.title, '')}export type RatingData = ${type({ ...schema, $defs: undefined }, '')};\n`;
  for (const [name, def] of Object.entries(schema.$defs || {})) out += `\n${doc(def.description, '')}export type ${name} = ${type(def, '')};\n`;
  return out;
}
