// Where the time of a class of the bench corpus goes, by V8's sampling profiler: the posts of one
// class are checked in a loop for a few seconds (after a warm-up), and the functions are listed by
// self time and by inclusive time, wasm and JS alike. Needs a build of the package that keeps the
// wasm function names (`make pkg-profile`; `make pkg` strips them):
//
//   make profile-corpus CLASS=tags-30              # pkg-profile, then this script
//   BRIO_PKG=DIR node bench/profile.js CLASS [SECONDS] [--top N] [--save FILE.cpuprofile]
//
// The saved .cpuprofile opens in Chrome DevTools (Performance panel) or speedscope.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { CLASSES, generateCorpus } from './corpus/generate.js';
import { attribute, printTop, sample } from './v8-profile.js';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const cls = positional[0] ?? 'many-findings';
const seconds = Number(positional[1] ?? 5);
const top = Number(option('--top') ?? 25);
if (!CLASSES.includes(cls)) {
  console.error(`unknown class ${cls}; one of ${CLASSES.join(', ')}`);
  process.exit(2);
}

const dir = process.env.BRIO_PKG ? pathToFileURL(`${process.env.BRIO_PKG}/`) : new URL('../pkg/', import.meta.url);
const brio = await import(new URL('brio.js', dir));
brio.initSync({ module: readFileSync(new URL('brio_bg.wasm', dir)) });
if (WebAssembly.Module.customSections(new WebAssembly.Module(readFileSync(new URL('brio_bg.wasm', dir))), 'name').length === 0) {
  console.error(`note: ${dir.pathname}brio_bg.wasm has no name section; wasm functions show as numbers (make pkg-profile keeps the names)`);
}

const posts = generateCorpus().filter((p) => p.class === cls);
const checkers = new Map();
const checks = posts.map((p) => {
  const key = `${p.platform}/${p.locale}`;
  if (!checkers.has(key)) checkers.set(key, new brio.Checker({ platform: p.platform, locale: p.locale }));
  const c = checkers.get(key);
  return () => c.check(p.text);
});
const loop = (ms) => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) checks[n++ % checks.length]();
  return n;
};
loop(1000);

const { profile, count } = await sample(loop, seconds, option('--save'));
const attribution = attribute(profile);
const total = attribution.total;

const chars = posts.reduce((s, p) => s + p.chars, 0);
console.log(`${cls}: ${posts.length} posts, ${chars.toLocaleString('en')} characters; ${count} checks in ${seconds} s (${((seconds * 1e6) / count).toFixed(0)} µs per check); ${total} samples`);
printTop(attribution, top);
