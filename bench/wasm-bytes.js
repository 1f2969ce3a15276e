// What the bytes of the wasm package are: each section of pkg/brio_bg.wasm raw, gzipped (-9)
// and brotli-compressed, code and data apart, so that a size budget can be planned against
// them (issue 19: a one-language page's bytes before its first hint).
//
//   node bench/wasm-bytes.js [path/to/brio_bg.wasm]
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const NAMES = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'data count' };
const path = process.argv[2] ?? new URL('../pkg/brio_bg.wasm', import.meta.url);
const bytes = readFileSync(path);

/** The sections of a wasm module: [id, payload]. */
function sections(buf) {
  const out = [];
  let at = 8; // magic and version
  while (at < buf.length) {
    const id = buf[at++];
    let size = 0;
    for (let shift = 0; ; shift += 7) {
      const b = buf[at++];
      size += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) break;
    }
    out.push([id, buf.subarray(at, at + size)]);
    at += size;
  }
  return out;
}

const gz = (b) => gzipSync(b, { level: 9 }).length;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = new Map();
for (const [id, payload] of sections(bytes)) {
  const name = NAMES[id] ?? `section ${id}`;
  const row = rows.get(name) ?? [];
  row.push(payload);
  rows.set(name, row);
}
console.log(`${path}: ${kb(bytes.length)}, ${kb(gz(bytes))} gzipped, ${kb(br(bytes))} brotli (whole file)`);
console.log('section | raw | gzip | brotli (each section compressed alone)');
for (const [name, parts] of rows) {
  const all = Buffer.concat(parts);
  if (all.length < 1024) continue;
  console.log(`${name} | ${kb(all.length)} | ${kb(gz(all))} | ${kb(br(all))}`);
}
