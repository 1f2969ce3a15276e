// Where a keystroke's time goes in a long document, by V8's sampling profiler: one character
// typed and deleted at 25 places of each `doc-100k` post through `session.edit` and
// `applyDelta`, as bench/compare.js times it, in a loop for a few seconds after a warm-up; the
// functions listed by self and inclusive time. Needs a package with the wasm names kept:
//
//   make pkg-profile && BRIO_PKG=$CARGO_TARGET_DIR/pkg-profile node bench/edit-profile.js [SECONDS] [--top N]
//     [--locale fr|en] [--save FILE.cpuprofile]
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus/generate.js';
import { applyDelta } from '../www/src/editor/report-delta.js';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const seconds = Number(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 5);
const top = Number(option('--top') ?? 30);
const dir = process.env.BRIO_PKG ? pathToFileURL(`${process.env.BRIO_PKG}/`) : new URL('../pkg/', import.meta.url);
const brio = await import(new URL('brio.js', dir));
brio.initSync({ module: readFileSync(new URL('brio_bg.wasm', dir)) });

const docs = generateCorpus().filter((p) => p.class === 'doc-100k' && (!option('--locale') || p.locale === option('--locale')));
const steps = [];
for (const doc of docs) {
  const session = new brio.Checker({ platform: doc.platform, locale: doc.locale }).session();
  const state = { report: session.update(doc.text) };
  for (let i = 0; i < 25; i++) {
    let at = Math.floor(((i + 0.5) / 25) * doc.text.length);
    while (at < doc.text.length && doc.text[at] !== ' ') at++;
    steps.push(() => { state.report = applyDelta(state.report, session.edit(at, at, 's')); });
    steps.push(() => { state.report = applyDelta(state.report, session.edit(at, at + 1, '')); });
  }
}
const loop = (ms) => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < ms) steps[n++ % steps.length]();
  return n - (n % 2);
};
loop(1000);
const inspector = new Session();
inspector.connect();
await inspector.post('Profiler.enable');
await inspector.post('Profiler.setSamplingInterval', { interval: 50 });
await inspector.post('Profiler.start');
const count = loop(seconds * 1000);
const { profile } = await inspector.post('Profiler.stop');
inspector.disconnect();
if (option('--save')) writeFileSync(option('--save'), JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
const name = (n) => {
  const f = n.callFrame;
  const where = f.url.startsWith('wasm://') ? 'wasm' : f.url ? f.url.split('/').slice(-1)[0] : '';
  return `${(f.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}\b/g, '')}${where ? ` [${where}]` : ''}`;
};
const selfBy = new Map();
const inclusiveBy = new Map();
const total = profile.samples.length;
const walk = (node, onPath) => {
  let sum = self.get(node.id) ?? 0;
  const key = name(node);
  selfBy.set(key, (selfBy.get(key) ?? 0) + (self.get(node.id) ?? 0));
  const fresh = !onPath.has(key);
  if (fresh) onPath.add(key);
  for (const child of node.children ?? []) sum += walk(byId.get(child), onPath);
  if (fresh) {
    onPath.delete(key);
    inclusiveBy.set(key, (inclusiveBy.get(key) ?? 0) + sum);
  }
  return sum;
};
walk(profile.nodes[0], new Set());
console.log(`${count} keystrokes in ${seconds} s (${((seconds * 1e6) / count).toFixed(0)} µs each); ${total} samples`);
for (const [title, map] of [['Self time:', selfBy], ['Inclusive time:', inclusiveBy]]) {
  console.log(`\n${title}`);
  for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}`);
  }
}
