// What the bytes of the wasm package are: each section of a build's brio_bg.wasm raw, gzipped
// (-9) and brotli-compressed, code and data apart, so that a size budget can be planned against
// them; and what a page using that build fetches before its first hint (issue 19).
//
//   node bench/wasm-bytes.js [--segments] [path/to/brio_bg.wasm ...]
//
// --segments also lists the data segments of 1 KB or more, largest first, each compressed
// alone, with their names when the build keeps them (`make pkg-profile PROFILE_BUILD=fr`): which
// statics the data's bytes are.
//
// Without a path: the full build (pkg/) and the one-language builds (pkg/fr, pkg/en), each
// with what a page using it fetches: the .wasm, the glue (brio.js) and its snippets
// (docs/npm.md, "Builds").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const NAMES = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'data count' };
const pkg = fileURLToPath(new URL('../pkg/', import.meta.url));
const args = process.argv.slice(2);
const listSegments = args.includes('--segments');
const given = args.filter((a) => a !== '--segments');
const paths = given.length > 0
  ? given
  : ['', 'fr', 'en'].map((b) => join(pkg, b, 'brio_bg.wasm')).filter((p) => existsSync(p));

/** An unsigned LEB128 at `at` of `buf`: [value, next offset]. */
function leb(buf, at) {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const b = buf[at++];
    value += (b & 0x7f) * 2 ** shift;
    if (!(b & 0x80)) return [value, at];
  }
}

/** The active data segments of a data section's payload: their bytes, in order. */
function dataSegments(payload) {
  const out = [];
  let [count, at] = leb(payload, 0);
  for (; count > 0; count--) {
    let flags;
    [flags, at] = leb(payload, at);
    if (flags === 2) [, at] = leb(payload, at); // memory index
    if (flags !== 1) {
      // The offset: a constant expression ended by `end` (0x0b).
      while (payload[at] !== 0x0b) at++;
      at++;
    }
    let size;
    [size, at] = leb(payload, at);
    out.push(payload.subarray(at, at + size));
    at += size;
  }
  return out;
}

/** The data segments' names from the name section (subsection 9), when the build kept them. */
function dataNames(custom) {
  const names = new Map();
  for (const payload of custom) {
    let [len, at] = leb(payload, 0);
    if (payload.subarray(at, at + len).toString() !== 'name') continue;
    at += len;
    while (at < payload.length) {
      const id = payload[at++];
      let size;
      [size, at] = leb(payload, at);
      const end = at + size;
      if (id === 9) {
        let count;
        [count, at] = leb(payload, at);
        for (; count > 0; count--) {
          let index, n;
          [index, at] = leb(payload, at);
          [n, at] = leb(payload, at);
          names.set(index, payload.subarray(at, at + n).toString());
          at += n;
        }
      }
      at = end;
    }
  }
  return names;
}

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

/** The glue and its snippets beside a .wasm: the JS a page fetches with it. */
function glue(dir) {
  const files = [];
  const walk = (d) => {
    if (!existsSync(d)) return;
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) files.push(readFileSync(p));
    }
  };
  if (existsSync(join(dir, 'brio.js'))) files.push(readFileSync(join(dir, 'brio.js')));
  walk(join(dir, 'snippets'));
  return files;
}

for (const path of paths) {
  const bytes = readFileSync(path);
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
  if (listSegments) {
    const names = dataNames(rows.get('custom') ?? []);
    const segments = (rows.get('data') ?? []).flatMap(dataSegments).map((b, i) => [i, b]);
    console.log('data segment | raw | gzip | brotli (each compressed alone)');
    for (const [i, b] of segments.sort((x, y) => y[1].length - x[1].length)) {
      if (b.length < 1024) break;
      console.log(`${names.get(i) ?? `#${i}`} | ${kb(b.length)} | ${kb(gz(b))} | ${kb(br(b))}`);
    }
  }
  const fetched = [bytes, ...glue(dirname(path))];
  const sum = (f) => fetched.reduce((n, b) => n + f(b), 0);
  console.log(`fetched before the first hint with this build (.wasm, glue, snippets; each compressed alone): ${kb(sum((b) => b.length))}, ${kb(sum(gz))} gzipped, ${kb(sum(br))} brotli\n`);
}
