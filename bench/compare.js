// Brio's wasm package side by side with write-good and harper.js, in one Node process, on the
// same posts (bench/posts: a tweet and a 3,000-character post, in French and in English), plus
// the budgets of docs/architecture.md that only Node can measure: start-up, size, linearity, wasm memory.
//
//   make bench              # criterion, then this script
//   node bench/compare.js   # this script alone (needs `make pkg` and `npm ci --prefix bench`)
//   node bench/compare.js --json
//   BRIO_PKG=/other/pkg node bench/compare.js --only brio   # another build of the package
//
// A measurement, not a test: nothing here asserts on time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const wanted = (tool) => !only || only.includes(tool);

const post = (name) => readFileSync(new URL(`posts/${name}.txt`, import.meta.url), 'utf8');
const POSTS = [
  { id: 'tweet-fr', locale: 'fr', platform: 'x', text: post('tweet-fr') },
  { id: 'tweet-en', locale: 'en', platform: 'x', text: post('tweet-en') },
  { id: 'post3000-fr', locale: 'fr', platform: 'linkedin', text: post('post-fr') },
  { id: 'post3000-en', locale: 'en', platform: 'linkedin', text: post('post-en') },
];

/** `post` repeated (blank line between copies) and cut to `chars` characters, as benches/posts.rs. */
function sized(text, chars) {
  let out = '';
  while ([...out].length < chars) out += `${text}\n\n`;
  return [...out].slice(0, chars).join('');
}

/**
 * Runs `fn` at least `minRounds` times and for at least `minMs`, after a warm-up of `warmup`
 * rounds and at least `warmupMs`; times in µs. The warm-up is timed because engines optimise hot
 * code in the background (V8 tiers wasm up from its baseline compiler after enough calls): the
 * same for every tool, it measures them all at their steady speed.
 */
async function measure(fn, { minRounds = 200, minMs = 1500, maxRounds = 20000, warmup = 20, warmupMs = 500 } = {}) {
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < warmupMs; i++) await fn();
  const times = [];
  const start = performance.now();
  while (times.length < maxRounds && (times.length < minRounds || performance.now() - start < minMs)) {
    const t = performance.now();
    await fn();
    times.push((performance.now() - t) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), rounds: times.length };
}

const results = { machine: machine(), tools: {} };

// --- Brio ---------------------------------------------------------------------------------------
if (wanted('brio')) {
  const dir = process.env.BRIO_PKG
    ? pathToFileURL(`${process.env.BRIO_PKG}/`)
    : new URL('../pkg/', import.meta.url);
  const bytes = readFileSync(new URL('brio_bg.wasm', dir));
  const t0 = performance.now();
  const brio = await import(new URL('brio.js', dir));
  const module = new WebAssembly.Module(bytes);
  const t1 = performance.now();
  const exports = brio.initSync({ module });
  const t2 = performance.now();
  const first = new brio.Checker({ platform: 'linkedin', locale: 'fr' });
  const t3 = performance.now();
  // The first check pays what is done once, on first use: V8 compiles each wasm function when
  // it first runs (lazy compilation, Node's default), and the word lists and tables are
  // unpacked. Not part of the budget's start-up, but what a writer waits for the first hints.
  first.check(POSTS[0].text);
  const firstCheckMs = performance.now() - t3;
  // Later checkers: what the editor pays when the platform or locale changes.
  const again = performance.now();
  new brio.Checker({ platform: 'x', locale: 'en' }).free();
  const t4 = performance.now();

  const checkers = new Map();
  const checker = (p) => {
    const key = `${p.platform}/${p.locale}`;
    if (!checkers.has(key)) checkers.set(key, new brio.Checker({ platform: p.platform, locale: p.locale }));
    return checkers.get(key);
  };
  const posts = {};
  for (const p of POSTS) {
    const c = checker(p);
    const check = await measure(() => c.check(p.text));
    const entry = { ...check, diagnostics: c.check(p.text).diagnostics.length };
    // The core alone (no report crosses to JS): what serialization across the boundary costs.
    if (typeof c.benchCoreOnly === 'function') {
      entry.coreP50 = (await measure(() => c.benchCoreOnly(p.text))).p50;
    }
    posts[p.id] = entry;
  }
  // Linearity: 100 KB against the 3,000-character post, same checker; then wasm memory.
  const linkedin = checker(POSTS[2]);
  const doc = sized(POSTS[2].text, 100_000);
  const big = await measure(() => linkedin.check(doc), { minRounds: 10, minMs: 1000, warmup: 2 });
  if (typeof linkedin.benchCoreOnly === 'function') {
    big.coreP50 = (await measure(() => linkedin.benchCoreOnly(doc), { minRounds: 10, minMs: 1000, warmup: 2 })).p50;
  }
  const memoryBytes = exports.memory.buffer.byteLength;
  results.tools.brio = {
    version: JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')).version,
    wasmBytes: bytes.length,
    wasmGzipBytes: gzipSync(bytes, { level: 9 }).length,
    setupMs: t3 - t0,
    compileMs: t1 - t0,
    instantiateMs: t2 - t1,
    checkerMs: t3 - t2,
    nextCheckerMs: t4 - again,
    firstCheckMs,
    posts,
    doc100k: { ...big, ratioTo3000: big.p50 / posts['post3000-fr'].p50 },
    memoryAfter100kBytes: memoryBytes,
    rules: brio.Checker.rules().length,
  };
  first.free();
}

// --- write-good (JS, English) -------------------------------------------------------------------
if (wanted('write-good')) {
  const require = createRequire(import.meta.url);
  const t0 = performance.now();
  const writeGood = require('write-good');
  const t1 = performance.now();
  const posts = {};
  for (const p of POSTS) {
    posts[p.id] = { ...(await measure(() => writeGood(p.text))), diagnostics: writeGood(p.text).length };
  }
  results.tools['write-good'] = { version: version('write-good'), setupMs: t1 - t0, posts };
}

// --- harper.js (Rust -> wasm, English grammar) --------------------------------------------------
if (wanted('harper.js')) {
  const t0 = performance.now();
  const { LocalLinter } = await import('harper.js');
  const { binary } = await import('harper.js/binary');
  const linter = new LocalLinter({ binary });
  await linter.setup();
  const t1 = performance.now();
  const posts = {};
  const options = { language: 'plaintext' };
  for (const p of POSTS) {
    const check = await measure(() => linter.lint(p.text, options), { minRounds: 30, minMs: 3000, warmup: 3 });
    posts[p.id] = { ...check, diagnostics: (await linter.lint(p.text, options)).length };
  }
  const wasm = readFileSync(new URL('node_modules/harper.js/dist/harper_wasm_bg.wasm', import.meta.url));
  results.tools['harper.js'] = {
    version: version('harper.js'),
    wasmBytes: wasm.length,
    wasmGzipBytes: gzipSync(wasm, { level: 9 }).length,
    setupMs: t1 - t0,
    posts,
    rssBytes: process.memoryUsage().rss,
  };
}

function version(name) {
  return JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

function machine() {
  const cpu = cpus();
  return {
    cpu: `${cpu[0]?.model ?? 'unknown'} x ${cpu.length}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

// --- Report -------------------------------------------------------------------------------------
if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const us = (v) => (v >= 1000 ? `${(v / 1000).toFixed(1)} ms` : `${v.toFixed(0)} µs`);
  const m = results.machine;
  console.log(`Machine: ${m.cpu}, ${m.memoryGiB} GiB, Node ${m.node} (${m.platform})\n`);
  console.log('| tool | tweet FR p50 / p95 | tweet EN p50 / p95 | 3,000 FR p50 / p95 | 3,000 EN p50 / p95 | set-up |');
  console.log('|---|---|---|---|---|---|');
  for (const [tool, r] of Object.entries(results.tools)) {
    const cells = POSTS.map((p) => `${us(r.posts[p.id].p50)} / ${us(r.posts[p.id].p95)}`);
    console.log(`| ${tool} ${r.version} | ${cells.join(' | ')} | ${r.setupMs.toFixed(0)} ms |`);
  }
  const brio = results.tools.brio;
  if (brio) {
    console.log('\nRatios on 3,000 characters (other tool p50 / Brio p50):');
    for (const [tool, r] of Object.entries(results.tools)) {
      if (tool === 'brio') continue;
      const fr = r.posts['post3000-fr'].p50 / brio.posts['post3000-fr'].p50;
      const en = r.posts['post3000-en'].p50 / brio.posts['post3000-en'].p50;
      console.log(`  ${tool}: FR ${fr.toFixed(1)}x, EN ${en.toFixed(1)}x`);
    }
    const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
    console.log('\nBrio budgets (docs/architecture.md):');
    console.log(`  .wasm: ${kb(brio.wasmBytes)}, ${kb(brio.wasmGzipBytes)} gzipped (budget 350 KB gzipped)`);
    console.log(`  start-up: compile ${brio.compileMs.toFixed(1)} ms + instantiate ${brio.instantiateMs.toFixed(1)} ms + first Checker ${brio.checkerMs.toFixed(1)} ms (budget 30 ms); next Checker ${brio.nextCheckerMs.toFixed(1)} ms`);
    console.log(`  first check (lazy compilation of the code it runs, tables unpacked on first use): ${brio.firstCheckMs.toFixed(1)} ms`);
    for (const p of POSTS) {
      const r = brio.posts[p.id];
      const core = r.coreP50 === undefined ? '' : ` (core without the JS report: ${us(r.coreP50)})`;
      console.log(`  ${p.id}: p50 ${us(r.p50)}, p95 ${us(r.p95)}, ${r.diagnostics} diagnostics${core}`);
    }
    const core100k = brio.doc100k.coreP50 === undefined ? '' : ` (core without the JS report: ${us(brio.doc100k.coreP50)})`;
    console.log(`  100 KB: p50 ${us(brio.doc100k.p50)} = ${brio.doc100k.ratioTo3000.toFixed(1)}x the 3,000-character time (budget 35x)${core100k}`);
    console.log(`  wasm memory after the 100 KB check: ${(brio.memoryAfter100kBytes / 2 ** 20).toFixed(1)} MB (budget 16 MB)`);
  }
  if (results.tools['harper.js']) {
    const h = results.tools['harper.js'];
    console.log(`\nharper.js: ${(h.wasmBytes / 2 ** 20).toFixed(1)} MB wasm (${(h.wasmGzipBytes / 2 ** 20).toFixed(1)} MB gzipped), process RSS ${(h.rssBytes / 2 ** 20).toFixed(0)} MB`);
  }
}
