// What bench/profile.js (a class of the corpus) and bench/edit-profile.js (keystrokes in a long
// document) share: running a loop under V8's sampling profiler, and listing the functions by self
// and inclusive time, wasm and JS alike.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

/** Runs `loop(ms)` (it returns how many operations it made) for `seconds` under the profiler;
 * saves the .cpuprofile to `save` when given (Chrome DevTools or speedscope open it). */
export async function sample(loop, seconds, save) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 50 });
  await session.post('Profiler.start');
  const count = loop(seconds * 1000);
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  if (save) writeFileSync(save, JSON.stringify(profile));
  return { profile, count };
}

/** A profile node's function, with where it runs; Rust symbols lose the hash
 * (`::h0123456789abcdef`) that only tells builds apart. */
function name(node) {
  const f = node.callFrame;
  const where = f.url.startsWith('wasm://') ? 'wasm' : f.url ? f.url.split('/').slice(-1)[0] : '';
  const fn = (f.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}\b/g, '');
  return `${fn}${where ? ` [${where}]` : ''}`;
}

/** Self and inclusive samples per function; a function counts once per stack however often it
 * recurses. */
export function attribute(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + 1);
  const selfBy = new Map();
  const inclusiveBy = new Map();
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
  return { selfBy, inclusiveBy, total: profile.samples.length };
}

/** Prints the `top` functions by self time, then by inclusive time, as shares of the samples. */
export function printTop({ selfBy, inclusiveBy, total }, top) {
  for (const [title, map] of [['Self time:', selfBy], ['Inclusive time:', inclusiveBy]]) {
    console.log(`\n${title}`);
    for (const [key, n] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${((100 * n) / total).toFixed(1).padStart(5)}%  ${key}`);
    }
  }
}
