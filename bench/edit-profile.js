// Where a keystroke's time goes in a long document, by V8's sampling profiler: one character
// typed and deleted at 25 places of each `doc-100k` post through `session.edit` and
// `applyDelta`, as bench/compare.js times it, in a loop for a few seconds after a warm-up; the
// functions listed by self and inclusive time. Needs a package with the wasm names kept:
//
//   make pkg-profile && BRIO_PKG=$CARGO_TARGET_DIR/pkg-profile node bench/edit-profile.js [SECONDS] [--top N]
//     [--locale fr|en] [--save FILE.cpuprofile]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus/generate.js';
import { applyDelta } from '../www/src/editor/report-delta.js';
import { keystrokes } from './keystrokes.js';
import { attribute, printTop, sample } from './v8-profile.js';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seconds = Number(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 5);
const top = Number(option('--top') ?? 30);
const dir = process.env.BRIO_PKG ? pathToFileURL(`${process.env.BRIO_PKG}/`) : new URL('../pkg/', import.meta.url);
const brio = await import(new URL('brio.js', dir));
brio.initSync({ module: readFileSync(new URL('brio_bg.wasm', dir)) });

const docs = generateCorpus().filter((p) => p.class === 'doc-100k' && (!option('--locale') || p.locale === option('--locale')));
const steps = keystrokes(brio, applyDelta, docs);
const loop = (ms) => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) steps[n++ % steps.length]();
  return n - (n % 2);
};
loop(1000);
const { profile, count } = await sample(loop, seconds, option('--save'));
const attribution = attribute(profile);
const total = attribution.total;
console.log(`${count} keystrokes in ${seconds} s (${((seconds * 1e6) / count).toFixed(0)} µs each); ${total} samples`);
printTop(attribution, top);
