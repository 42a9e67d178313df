// Gives a wasm-bindgen package's imports and exports short names, in the
// .wasm and in its glue alike (issue 15: bytes on the reader's path).
//
//   node scripts/short-names.mjs pkg/rating_chart_reader
//
// wasm-bindgen names every import after its function and a 16-digit hash
// (`__wbg_measureText_3a4f…`), under the module name
// `./rating_chart_reader_bg.js`, and every export after its Rust path
// (`ratingchart_pointerMove`); each name is written twice, in the .wasm's
// import or export section and in the glue (the imports object's keys,
// `wasm.NAME` calls). The hashes do not compress: about 1.9 KB gzip of the
// reader's first chart (1.2 in the .wasm, 0.8 in the host script). Here
// the .wasm's import section and export section are rewritten with names
// of one or two letters (the code, the other sections and their order are
// untouched), and the glue and the TypeScript types with the same map.
// `memory` keeps its name: the host reads `exports.memory`
// (www/host/loader.js's wasmMemoryBytes), and so may a developer.
//
// Strict: it fails, leaving the files as they were, unless every import
// is a key of the glue's imports object exactly once and every module name
// a key of the object that groups them exactly once, and the glue reaches
// the exports only as `wasm.NAME`; run on an already shortened package
// it changes nothing (a name of one or two letters is left alone).
import { readFileSync, writeFileSync } from 'node:fs';

const base = process.argv[2];
if (!base) {
  console.error('usage: node scripts/short-names.mjs pkg/NAME');
  process.exit(2);
}
const files = {
  wasm: `${base}_bg.wasm`,
  glue: `${base}.js`,
  types: `${base}.d.ts`,
  wasmTypes: `${base}_bg.wasm.d.ts`,
};

function fail(message) {
  console.error(`short-names: ${base}: ${message}`);
  process.exit(1);
}

// --- The .wasm: sections, and the import and export sections' names. ---

function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at];
    at += 1;
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return [value, at];
  }
}

function u32(value) {
  const out = [];
  do {
    let b = value % 128;
    value = Math.floor(value / 128);
    if (value) b |= 0x80;
    out.push(b);
  } while (value);
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();

function readName(bytes, at) {
  const [len, start] = readU32(bytes, at);
  return [decoder.decode(bytes.subarray(start, start + len)), start + len];
}

function name(text) {
  const b = encoder.encode(text);
  return [...u32(b.length), ...b];
}

/** The bytes of an import's description (after its two names), as they are. */
function skipImportDesc(bytes, at) {
  const kind = bytes[at];
  at += 1;
  const limits = (p) => {
    const flags = bytes[p];
    p += 1;
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: // function: a type index
      return readU32(bytes, at)[1];
    case 1: // table: a reference type and limits
      return limits(at + 1);
    case 2: // memory: limits
      return limits(at);
    case 3: // global: a value type and mutability
      return at + 2;
    case 4: // tag: an attribute and a type index
      return readU32(bytes, at + 1)[1];
    default:
      return fail(`an import of unknown kind ${kind}`);
  }
}

const wasm = readFileSync(files.wasm);
if (wasm.readUInt32LE(0) !== 0x6d736100 || wasm.readUInt32LE(4) !== 1) fail(`${files.wasm} is not a wasm module`);

// Short names: a–z, A–Z, then two letters (aa, ab, …), never a name kept.
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function shortNames(n) {
  const out = [];
  for (let i = 0; out.length < n; i += 1) {
    out.push(i < LETTERS.length ? LETTERS[i] : LETTERS[Math.floor(i / LETTERS.length) - 1] + LETTERS[i % LETTERS.length]);
  }
  return out;
}
const isShort = (text) => /^[a-zA-Z]{1,2}$/.test(text);

const modules = new Map(); // old module name → new
const imports = new Map(); // old field name → new (one namespace per module is not needed: wasm-bindgen's fields are unique)
const exportsMap = new Map(); // old export name → new
const KEPT = new Set(['memory']);

const sections = [];
for (let at = 8; at < wasm.length;) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  sections.push({ id, start, end: start + size, head: at });
  at = start + size;
}

function rewriteImports(s) {
  let [count, at] = readU32(wasm, s.start);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    let module;
    let field;
    [module, at] = readName(wasm, at);
    [field, at] = readName(wasm, at);
    const descStart = at;
    at = skipImportDesc(wasm, at);
    entries.push({ module, field, desc: wasm.subarray(descStart, at) });
  }
  if (at !== s.end) fail('the import section does not end where its size says');
  const moduleNames = [...new Set(entries.map((e) => e.module))].filter((m) => !isShort(m));
  shortNames(moduleNames.length).forEach((n, i) => modules.set(moduleNames[i], n));
  const fields = entries.map((e) => e.field).filter((f) => !isShort(f));
  if (new Set(fields).size !== fields.length) fail('two imports share a name');
  shortNames(fields.length).forEach((n, i) => imports.set(fields[i], n));
  const body = [...u32(count)];
  for (const e of entries) {
    body.push(...name(modules.get(e.module) ?? e.module), ...name(imports.get(e.field) ?? e.field), ...e.desc);
  }
  return body;
}

function rewriteExports(s) {
  let [count, at] = readU32(wasm, s.start);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    let exported;
    [exported, at] = readName(wasm, at);
    const kind = wasm[at];
    const [index, next] = readU32(wasm, at + 1);
    at = next;
    entries.push({ name: exported, kind, index });
  }
  if (at !== s.end) fail('the export section does not end where its size says');
  const renamed = entries.map((e) => e.name).filter((n) => !KEPT.has(n) && !isShort(n));
  shortNames(renamed.length).forEach((n, i) => exportsMap.set(renamed[i], n));
  const body = [...u32(count)];
  for (const e of entries) body.push(...name(exportsMap.get(e.name) ?? e.name), e.kind, ...u32(e.index));
  return body;
}

const parts = [wasm.subarray(0, 8)];
for (const s of sections) {
  const body = s.id === 2 ? rewriteImports(s) : s.id === 7 ? rewriteExports(s) : null;
  parts.push(body ? Uint8Array.from([s.id, ...u32(body.length), ...body]) : wasm.subarray(s.head, s.end));
}
if (!imports.size && !exportsMap.size && !modules.size) {
  console.log(`short-names: ${base}: already short`);
  process.exit(0);
}

// --- The glue and the types, with the same map. ---

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let glue = readFileSync(files.glue, 'utf8');
// The glue's imports objects (`const import0 = { … };`, one entry a key at
// 8 spaces): an entry for an import wasm-opt removed (its only callers were
// dropped as dead code) is dropped too.
let objects = 0;
let dropped = 0;
glue = glue.replace(/^( {4}const import\d+ = \{\n)([\s\S]*?)(\n {4}\};)$/gm, (whole, open, body, close) => {
  objects += 1;
  const entries = body.split(/\n(?= {8}[\w$]+: )/);
  const kept = entries.filter((entry) => {
    const key = /^ {8}([\w$]+): /.exec(entry)?.[1];
    const keep = !key || key === '__proto__' || imports.has(key) || isShort(key);
    if (!keep) dropped += 1;
    return keep;
  });
  return open + kept.join('\n') + close;
});
if (objects !== modules.size) fail(`the glue has ${objects} imports objects for ${modules.size} module(s)`);
for (const [old, short] of imports) {
  const key = new RegExp(`^(\\s+)${escape(old)}: `, 'gm');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) fail(`the import ${old} is a key of the glue ${found} times, not once`);
  glue = glue.replace(key, `$1${short}: `);
}
for (const [old, short] of modules) {
  const key = new RegExp(`^(\\s+)"${escape(old)}": `, 'gm');
  const found = glue.match(key)?.length ?? 0;
  if (found !== 1) fail(`the module ${old} is a key of the glue ${found} times, not once`);
  glue = glue.replace(key, `$1${short}: `);
}
for (const [old, short] of exportsMap) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${escape(old)}(?![\\w$])`, 'g'), `wasm.${short}`);
}
// Every export is reached as `wasm.NAME` (wasm = instance.exports): no
// other way of naming one may be left with an old name.
if (/\bwasm\s*\[/.test(glue)) fail('the glue reaches an export as wasm[…]');
const left = [...exportsMap.keys()].filter((old) => new RegExp(`exports\\.${escape(old)}(?![\\w$])`).test(glue));
if (left.length) fail(`the glue still reaches ${left.join(', ')} through \`exports.\``);
{ const hashed = glue.match(/__wbg_\w+_[0-9a-f]{16}\b/g); if (hashed) fail(`the glue still names hashed imports: ${hashed.join(", ")}`); }

// Types: InitOutput's members (NAME.d.ts) and the .wasm's own (NAME_bg.wasm.d.ts).
const renameIn = (text, pattern) => text.replace(pattern, (whole, lead, old, tail) => `${lead}${exportsMap.get(old) ?? old}${tail}`);
const types = renameIn(readFileSync(files.types, 'utf8'), /^(\s+readonly )(\w+)(:)/gm);
const wasmTypes = renameIn(readFileSync(files.wasmTypes, 'utf8'), /^(export const )(\w+)(:)/gm);

const out = Buffer.concat(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength)));
writeFileSync(files.wasm, out);
writeFileSync(files.glue, glue);
writeFileSync(files.types, types);
writeFileSync(files.wasmTypes, wasmTypes);
console.log(`short-names: ${base}: ${imports.size} imports, ${modules.size} module(s), ${exportsMap.size} exports renamed, ${dropped} unused import(s) dropped from the glue; .wasm ${wasm.length} → ${out.length} bytes`);
