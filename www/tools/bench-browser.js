// Measures the demo in Debian's Chromium (make bench-browser): wasm fetch+compile+instantiate in
// the worker, Checker construction, and the first check drawn, over several cold page loads.
// A measurement, not a test: the machine's load moves these numbers a lot.
import { start } from '../../tests/browser/harness.js';

const runs = Number(process.argv[2] ?? 7);
const h = await start();
const rows = [];
for (let i = 0; i < runs; i++) {
  await h.page.goto(`${h.origin}/?run=${i}`);
  await h.page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  const t = await h.page.evaluate(() => window.brioTimings);
  rows.push({
    instantiate: t.instantiate,
    checker: t.construct,
    firstCheckAfterScript: t.firstCheck - t.start,
    firstCheckAfterNavigation: t.firstCheck,
  });
}
await h.stop();
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const out = {};
for (const k of Object.keys(rows[0])) {
  const xs = rows.map((r) => r[k]);
  out[k] = { min: +Math.min(...xs).toFixed(1), median: +median(xs).toFixed(1) };
}
console.log(JSON.stringify({ runs, ms: out }, null, 2));
