// Measures the package in Node (docs/architecture.md, "Budgets"): wasm size raw and gzipped, start-up
// (compile + instantiate + Checker construction) and the time of one check for a tweet and for a
// 3,000-character post. A measurement, not a test: `make bench-wasm`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

// BRIO_PKG: another build of the package, to compare optimisation settings.
const dir = process.env.BRIO_PKG ? pathToFileURL(`${process.env.BRIO_PKG}/`) : new URL('../../pkg/', import.meta.url);
const bytes = readFileSync(new URL('brio_bg.wasm', dir));
const brio = await import(new URL('brio.js', dir));

const t0 = performance.now();
const module = new WebAssembly.Module(bytes);
const t1 = performance.now();
brio.initSync({ module });
const t2 = performance.now();
const checker = new brio.Checker({ platform: 'linkedin', locale: 'fr' });
const t3 = performance.now();

const tweet = 'Nous sommes fiers de vous annoncer notre partenariat avec @Bpifrance ! #innovation #digital';
const sentence = 'Nous accompagnons nos clients grâce à des solutions innovantes, et nous en sommes fiers ! ';
const long = sentence.repeat(Math.ceil(3000 / sentence.length)).slice(0, 3000);

function perCheck(text, checker, rounds) {
  // Warm up for half a second: V8 optimises hot wasm functions after enough calls.
  const warm = performance.now();
  while (performance.now() - warm < 500) checker.check(text);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) checker.check(text);
  return ((performance.now() - start) / rounds) * 1000;
}

const x = new brio.Checker({ platform: 'x', locale: 'fr' });
const result = {
  wasmBytes: bytes.length,
  wasmGzipBytes: gzipSync(bytes, { level: 9 }).length,
  compileMs: +(t1 - t0).toFixed(2),
  instantiateMs: +(t2 - t1).toFixed(2),
  checkerMs: +(t3 - t2).toFixed(2),
  tweetUs: +perCheck(tweet, x, 2000).toFixed(1),
  post3000Us: +perCheck(long, checker, 500).toFixed(1),
  rules: brio.Checker.rules().length,
};
console.log(JSON.stringify(result, null, 2));
