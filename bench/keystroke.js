// Per-keystroke main-thread work on a 1 MB text (SIZE_KB=100 for 100 KB), in Debian's Chromium
// (`make bench-keystroke`):
// the demo composer (a textarea) and the editor layer's contenteditable on the real worker
// (www/dist/fixture.html, X), each beside the same element with Brio detached. A 1 MB text is
// inserted as a paste would be, the caret is put in its middle, then keys are typed in bursts
// (a key every 80 ms, a pause after each burst so that reports arrive and are drawn).
//
// Measured from a Chromium trace, not from the page: every top-level task of the page's main
// thread (event handlers, microtasks, style, layout, paint, GC) is summed from one keydown to
// the next, so a keystroke's figure is all the work it caused there, the browser's own included.
// Work is the thread's CPU time (the trace's `tdur`), so that other processes on a shared
// machine slow the figures less than they would wall-clock ones.
// Long tasks: main-thread tasks over 50 ms while typing. The report's arrival (after a pause)
// is counted apart. Prints a table and writes test-results/bench-keystroke.json.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { resultsDir, start } from '../tests/browser/harness.js';

const MB = 1024 * 1024;
// Past 64 KB of UTF-8 the worker checks around the caret; below it, edits go through its session.
const SIZE = Math.round(Number(process.env.SIZE_KB ?? 1024) * 1024);
const PARA =
  'We are thrilled to announce our new reading room!!! It opens on Monday at nine, and the whole team ' +
  'will be there to show you around. Nous sommes fiers de vous annoncer la réouverture de la salle ! ' +
  'Come along, bring a friend, and tell us what you would like to read next. #innovation\n';
const TEXT = PARA.repeat(Math.ceil(SIZE / PARA.length)).slice(0, SIZE);
const BURSTS = Number(process.env.BURSTS ?? 5);
const KEYS = 'Nothing to add';
const GAP = 80;
const PAUSE = 900;

// Each surface twice: with Brio, and the same element on the same page with Brio detached
// first (the browser's own cost of a 1 MB text, the baseline).
// ONLY='demo textarea' measures one surface.
const ONLY = process.env.ONLY;
const SURFACES = [
  { name: 'demo textarea', page: 'index.html', selector: '#composer', ready: (size) => window.brioLast?.text.length >= size },
  { name: 'demo textarea without Brio', page: 'index.html', selector: '#composer', detach: () => window.brioDetach() },
  {
    name: 'contenteditable',
    page: 'fixture.html?delay=250',
    selector: '#ce-real',
    ready: (size) => window.fixture.reports.real?.text.length >= size,
  },
  {
    name: 'contenteditable without Brio',
    page: 'fixture.html?delay=250',
    selector: '#ce-real',
    detach: () => window.fixture.detach('real'),
  },
];

const SCRIPT = new Set(['FunctionCall', 'RunMicrotasks', 'V8.Execute', 'v8.callFunction']);

function quantile(sorted, q) {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Top-level tasks and keydowns of the page's main thread, from a trace (µs -> ms). */
function analyse(trace) {
  const events = JSON.parse(trace).traceEvents;
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  if (!keydowns.length) throw new Error('no keydown in the trace');
  const { pid, tid } = keydowns[0];
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask'))
    .sort((a, b) => a.ts - b.ts);
  const starts = keydowns.filter((e) => e.pid === pid && e.tid === tid).map((e) => e.ts).sort((a, b) => a - b);
  // The task a keydown is dispatched in starts a little before it: windows start at that task.
  const windowStart = (ts) => {
    const t = tasks.findLast((task) => task.ts <= ts && task.ts + task.dur >= ts);
    return t ? t.ts : ts;
  };
  const bounds = starts.map(windowStart);
  // Script: the outermost script events (handlers, timers, frames' callbacks, microtasks) of
  // the main thread; the rest of a task's time is the browser's (style, layout, paint, GC).
  const scripts = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && SCRIPT.has(e.name))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer = [];
  for (const e of scripts) {
    const top = outer.at(-1);
    if (top && e.ts < top.ts + top.dur) continue; // nested in the previous outermost one
    outer.push(e);
  }
  const cpu = (e) => e.tdur ?? e.dur;
  const perKey = [];
  const scriptPerKey = [];
  const reports = [];
  for (let i = 0; i < bounds.length; i++) {
    const from = bounds[i];
    const to = i + 1 < bounds.length ? bounds[i + 1] : Infinity;
    // Within the gap to the next key: this keystroke's work; later (a pause): the report's.
    const cut = Math.min(to, from + (GAP + 20) * 1000);
    let key = 0;
    let after = 0;
    for (const t of tasks) {
      if (t.ts < from || t.ts >= to) continue;
      if (t.ts < cut) key += cpu(t);
      else after += cpu(t);
    }
    let script = 0;
    for (const e of outer) if (e.ts >= from && e.ts < cut) script += cpu(e);
    perKey.push(key / 1000);
    scriptPerKey.push(script / 1000);
    if (after) reports.push(after / 1000);
  }
  const firstKey = bounds[0];
  const long = tasks.filter((t) => t.ts >= firstKey && cpu(t) > 50_000).map((t) => cpu(t) / 1000);
  if (process.env.KEEP_TRACES) console.log(perKey.map((ms) => ms.toFixed(0)).join(' '));
  return { perKey, scriptPerKey, reports, long };
}

async function measure(h, surface) {
  const { page } = h;
  await page.goto(`${h.origin}/${surface.page}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  if (surface.detach) await page.evaluate(surface.detach);
  // The paste: one insertText, as the clipboard's paste does (the same input events).
  await page.evaluate(
    ({ selector, text }) => {
      const el = document.querySelector(selector);
      el.focus();
      if (el instanceof HTMLTextAreaElement) el.select();
      document.execCommand('insertText', false, text);
    },
    { selector: surface.selector, text: TEXT },
  );
  if (surface.ready) await page.waitForFunction(surface.ready, TEXT.length, { timeout: 60_000, polling: 200 });
  // The caret in the middle of the text.
  await page.evaluate((selector) => {
    const el = document.querySelector(selector);
    el.focus();
    if (el instanceof HTMLTextAreaElement) {
      const at = el.value.indexOf('\n', el.value.length >> 1) + 1;
      el.setSelectionRange(at, at);
      return;
    }
    const line = el.childNodes[el.childNodes.length >> 1];
    const range = new Range();
    range.setStart(line.firstChild ?? line, 0);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  }, surface.selector);
  await page.waitForTimeout(1500);
  const browser = page.context().browser();
  await browser.startTracing(page, { categories: process.env.INVALIDATIONS ? ['devtools.timeline', 'toplevel', 'v8.execute', 'disabled-by-default-devtools.timeline.invalidationTracking', 'disabled-by-default-devtools.timeline.stack'] : ['devtools.timeline', 'toplevel', 'v8.execute'] });
  for (let b = 0; b < BURSTS; b++) {
    for (const key of KEYS) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForTimeout(GAP);
    }
    await page.waitForTimeout(PAUSE);
  }
  const trace = await browser.stopTracing();
  // KEEP_TRACES=1 keeps each trace, to open in Chromium's performance panel.
  if (process.env.KEEP_TRACES) writeFileSync(`${resultsDir}/bench-keystroke-${surface.name.replace(/\W+/g, '-')}.json`, trace);
  return analyse(trace.toString());
}

const h = await start();
const results = {};
try {
  for (const surface of SURFACES.filter((s) => !ONLY || s.name === ONLY)) {
    const { perKey, scriptPerKey, reports, long } = await measure(h, surface);
    const sorted = [...perKey].sort((a, b) => a - b);
    const script = [...scriptPerKey].sort((a, b) => a - b);
    results[surface.name] = {
      keystrokes: perKey.length,
      scriptP50: quantile(script, 0.5),
      scriptP99: quantile(script, 0.99),
      scriptMax: script.at(-1),
      p50: quantile(sorted, 0.5),
      p99: quantile(sorted, 0.99),
      max: sorted.at(-1),
      over16: perKey.filter((ms) => ms > 16).length,
      longTasks: long.length,
      longestTask: long.length ? Math.max(...long) : 0,
      reportMax: reports.length ? Math.max(...reports) : 0,
    };
  }
} finally {
  await h.stop();
}

const f = (ms) => ms.toFixed(1);
console.log(`${SIZE === MB ? '1 MB' : `${Math.round(SIZE / 1024)} KB`} text, ${BURSTS} bursts of ${KEYS.length} keys, a key every ${GAP} ms; main-thread ms per keystroke`);
console.log('| surface | keys | script p50 / p99 / max | all work p50 / p99 / max | keys over 16 ms (all work) | long tasks (longest) | after a pause, max |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `| ${name} | ${r.keystrokes} | ${f(r.scriptP50)} / ${f(r.scriptP99)} / ${f(r.scriptMax)} | ${f(r.p50)} / ${f(r.p99)} / ${f(r.max)} | ` +
      `${r.over16} | ${r.longTasks} (${f(r.longestTask)}) | ${f(r.reportMax)} |`,
  );
}
console.log(`machine: ${os.cpus()[0]?.model}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
writeFileSync(`${resultsDir}/bench-keystroke.json`, JSON.stringify({ machine: os.cpus()[0]?.model, size: SIZE, results }, null, 2));
