// Run by scripts/version-assets on each module Trunk built: node short-imports.mjs <dir> <name>.
// wasm-bindgen names each function the WebAssembly imports from its JS glue after the Rust
// item and a hash (« __wbg_innerWidth_3bc249efddc56481 »), and the module it imports from after
// the file (« ./facture-impayee_bg.js »). Each name is written twice, in the wasm's import
// section and as a key of the glue's imports object, and the hashes do not compress. Here each
// import gets a short name (« a », « b », … « aB »), and the module « w », in both files: 3 KB
// gzip off the app's first visit (docs/PERFORMANCE.md). Nothing else of either file changes.
// Any name not found exactly once in the glue fails the build: a half-renamed pair cannot ship.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name] = process.argv.slice(2);
const wasmPath = join(dir, `${name}_bg.wasm`);
const gluePath = join(dir, `${name}.js`);
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');
const fail = (why) => { console.error(`short-imports: ${name}: ${why}`); process.exit(1); };

// Unsigned LEB128, as the binary format writes sizes, counts and indices.
function readU32(bytes, at) {
  let value = 0, shift = 0, byte;
  do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80);
  return [value, at];
}
function u32(value) {
  const out = [];
  do { let byte = value & 0x7f; value = Math.floor(value / 128); if (value) byte |= 0x80; out.push(byte); } while (value);
  return Buffer.from(out);
}
const text = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([u32(b.length), b]); };

// a…z, A…Z, then two letters: identifiers, none of them « __proto__ ».
const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const short = (i) => (i < letters.length ? letters[i] : letters[Math.floor(i / letters.length) - 1] + letters[i % letters.length]);

// The export section: each export the glue reaches only as « wasm.<name> » gets a short name
// there and here; one it names any other way keeps its own.
let exportsRenamed = 0;
function exportSection(start, end) {
  let [count, p] = readU32(wasm, start);
  const entries = [u32(count)];
  for (let i = 0; i < count; i++) {
    let length;
    [length, p] = readU32(wasm, p); const field = wasm.toString('utf8', p, p + length); p += length;
    // The export's kind (a byte) and index.
    const [, next] = readU32(wasm, p + 1);
    const description = wasm.subarray(p, next);
    p = next;
    let to = field;
    const plain = /^[\w$]+$/.test(field);
    const through = plain && new RegExp(`(?<![\\w$])wasm\\.${field}(?![\\w$])`, 'g');
    const times = (re) => glue.match(re)?.length ?? 0;
    const only = plain && times(through) === times(new RegExp(`\\.${field}(?![\\w$])`, 'g'))
      && !new RegExp(`["'\`]${field}["'\`]`).test(glue);
    if (only) {
      to = `x${short(i)}`;
      glue = glue.replace(through, `wasm.${to}`);
      exportsRenamed++;
    }
    entries.push(text(to), description);
  }
  if (p !== end) fail('the export section was not read to its end');
  const body = Buffer.concat(entries);
  return Buffer.concat([Buffer.from([7]), u32(body.length), body]);
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not WebAssembly`);
const parts = [wasm.subarray(0, 8)];
let at = 8, renamed = 0, module = null;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  const end = start + size;
  if (id === 7) { parts.push(exportSection(start, end)); at = end; continue; }
  if (id !== 2) { parts.push(wasm.subarray(at, end)); at = end; continue; }
  // The import section: each entry's module and name rewritten, its description copied.
  let [count, p] = readU32(wasm, start);
  const entries = [u32(count)];
  for (let i = 0; i < count; i++) {
    let length;
    [length, p] = readU32(wasm, p); const from = wasm.toString('utf8', p, p + length); p += length;
    [length, p] = readU32(wasm, p); const field = wasm.toString('utf8', p, p + length); p += length;
    if (wasm[p] !== 0) fail(`the import ${field} is not a function (kind ${wasm[p]}): this script knows only functions`);
    const [, next] = readU32(wasm, p + 1);
    const description = wasm.subarray(p, next);
    p = next;
    if (module === null) module = from;
    if (from !== module) fail(`imports from two modules, ${module} and ${from}`);
    if (!/^[\w$]+$/.test(field)) fail(`the import ${field} is not a plain name`);
    const to = short(i);
    // The key, written bare as wasm-bindgen writes it, and not part of a longer name.
    const key = new RegExp(`(?<![\\w$])${field}(?=:)`, 'g');
    const found = glue.match(key)?.length ?? 0;
    if (found !== 1) fail(`the import ${field} is named ${found} times in ${name}.js, not once`);
    glue = glue.replace(key, to);
    entries.push(text(module === from ? 'w' : from), text(to), description);
    renamed++;
  }
  if (p !== end) fail('the import section was not read to its end');
  const body = Buffer.concat(entries);
  parts.push(Buffer.from([2]), u32(body.length), body);
  at = end;
}
if (renamed === 0) fail('no import found');
const moduleKey = JSON.stringify(module);
if (glue.split(`${moduleKey}:`).length !== 2) fail(`the glue names the module ${moduleKey} other than once, as a key`);
glue = glue.replace(`${moduleKey}:`, 'w:');
const out = Buffer.concat(parts);
// The rewritten module must still be a valid one, with the imports the glue now provides.
const imports = WebAssembly.Module.imports(new WebAssembly.Module(out));
if (imports.length !== renamed || imports.some((imp, i) => imp.module !== 'w' || imp.name !== short(i))) fail('the rewritten module does not import what was written');
writeFileSync(wasmPath, out);
writeFileSync(gluePath, glue);
console.log(`short-imports: ${name}: ${renamed} imports and ${exportsRenamed} exports renamed, wasm ${wasm.length} → ${out.length} B, glue ${readFileSync(gluePath).length} B`);
