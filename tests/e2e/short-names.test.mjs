// The modules' short import and export names (scripts/short-names.mjs,
// run by scripts/build-wasm.sh): every module in pkg/ has them, in the
// .wasm and its glue alike; on a small package as wasm-bindgen writes
// one, the script renames both with one map, changes nothing the second
// time, and refuses (changing no file) a glue that does not name what the
// .wasm imports. That the renamed modules work is what every other browser test
// shows; the bytes saved are size.test.mjs's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const SCRIPT = join(ROOT, 'scripts/short-names.mjs');
const MODULES = ['rating_chart_reader', 'rating_chart_kinds', 'rating_chart'];
const SHORT = /^[a-zA-Z]{1,2}$/;

for (const name of MODULES) {
  test(`pkg/${name}: imports and exports of a letter or two (memory kept), in the .wasm and its glue`, () => {
    const module = new WebAssembly.Module(readFileSync(join(ROOT, `pkg/${name}_bg.wasm`)));
    const imports = WebAssembly.Module.imports(module);
    const exports = WebAssembly.Module.exports(module).map((e) => e.name);
    assert.ok(imports.length > 30, `${imports.length} imports`);
    assert.deepEqual(imports.filter((i) => !SHORT.test(i.module) || !SHORT.test(i.name)), [], 'long import names');
    assert.ok(exports.includes('memory'), 'memory keeps its name');
    assert.deepEqual(exports.filter((e) => e !== 'memory' && !SHORT.test(e)), [], 'long export names');
    const glue = readFileSync(join(ROOT, `pkg/${name}.js`), 'utf8');
    assert.doesNotMatch(glue, /__wbg_\w+_[0-9a-f]{16}/, 'no hashed import left in the glue');
    // Each import is a key of the glue's imports object.
    for (const i of imports) assert.match(glue, new RegExp(`^ {8}${i.name}: `, 'm'), `the glue's key ${i.name}`);
    assert.match(glue, new RegExp(`^ {8}${imports[0].module}: import0,$`, 'm'));
  });
}

// A package as wasm-bindgen writes one, small: a .wasm importing one
// function under a hashed name and exporting memory and one function, its
// glue (with an entry for an import the .wasm no longer has, as after
// wasm-opt) and its types.
function wasmName(text) {
  const b = Buffer.from(text);
  return [b.length, ...b];
}
function section(id, body) {
  return [id, body.length, ...body];
}
const HASHED = '__wbg_foo_0123456789abcdef';
const WASM = Buffer.from([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [1, 0x60, 0, 0]), // one type: () -> ()
  ...section(2, [1, ...wasmName('./x_bg.js'), ...wasmName(HASHED), 0, 0]),
  ...section(3, [1, 0]),
  ...section(5, [1, 0, 1]), // memory, at least one page
  ...section(7, [2, ...wasmName('memory'), 2, 0, ...wasmName('x_run'), 0, 1]),
  ...section(10, [1, 4, 0, 0x10, 0, 0x0b]), // x_run calls the import
]);
const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        ${HASHED}: function() {
            foo();
        },
        __wbg_bar_fedcba9876543210: function() { return handleError(function (arg0) {
            bar(arg0);
        }, arguments); },
    };
    return {
        __proto__: null,
        "./x_bg.js": import0,
    };
}
export function run() { wasm.x_run(); }
`;
const TYPES = 'export interface InitOutput {\n  readonly memory: WebAssembly.Memory;\n  readonly x_run: () => void;\n}\n';
const WASM_TYPES = 'export const memory: WebAssembly.Memory;\nexport const x_run: () => void;\n';

function writePackage(glue) {
  const base = join(mkdtempSync(join(tmpdir(), 'short-names-')), 'x');
  writeFileSync(`${base}_bg.wasm`, WASM);
  writeFileSync(`${base}.js`, glue);
  writeFileSync(`${base}.d.ts`, TYPES);
  writeFileSync(`${base}_bg.wasm.d.ts`, WASM_TYPES);
  return base;
}
const files = (base) => ['_bg.wasm', '.js', '.d.ts', '_bg.wasm.d.ts'].map((s) => readFileSync(`${base}${s}`));

test('short-names renames a package as wasm-bindgen writes it, once; refuses a glue that does not name an import, writing nothing', () => {
  const base = writePackage(GLUE);
  const said = execFileSync('node', [SCRIPT, base], { encoding: 'utf8' });
  assert.match(said, /1 imports, 1 module\(s\), 1 exports renamed, 1 unused import\(s\) dropped/);
  const module = new WebAssembly.Module(readFileSync(`${base}_bg.wasm`));
  assert.deepEqual(WebAssembly.Module.imports(module), [{ module: 'a', name: 'a', kind: 'function' }]);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ['memory', 'a']);
  // It still runs, calling its import by the new names.
  let called = 0;
  new WebAssembly.Instance(module, { a: { a: () => { called += 1; } } }).exports.a();
  assert.equal(called, 1);
  assert.equal(readFileSync(`${base}.js`, 'utf8'), `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        a: function() {
            foo();
        },
    };
    return {
        __proto__: null,
        a: import0,
    };
}
export function run() { wasm.a(); }
`);
  assert.equal(readFileSync(`${base}.d.ts`, 'utf8'), TYPES.replace('x_run', 'a'));
  assert.equal(readFileSync(`${base}_bg.wasm.d.ts`, 'utf8'), WASM_TYPES.replace('x_run', 'a'));
  // A second run: nothing left to rename, no file changed.
  const before = files(base);
  assert.match(execFileSync('node', [SCRIPT, base], { encoding: 'utf8' }), /already short/);
  assert.deepEqual(files(base), before);
  // A glue without the import's key: refused, every file as it was.
  const broken = writePackage(GLUE.replace(`${HASHED}: `, 'renamed: '));
  const untouched = files(broken);
  const run = spawnSync('node', [SCRIPT, broken], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, new RegExp(`the import ${HASHED} is a key of the glue 0 times, not once`));
  assert.deepEqual(files(broken), untouched);
});
