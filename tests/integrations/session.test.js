// The session core over a stand-in editor (a string): fixes go through the editor's replace, a
// fix on stale text is refused, the caret goes with each check. The gate's fail-safe cases,
// over the real worker protocol and package, are in gate.test.js.
import test from 'node:test';
import assert from 'node:assert/strict';
import { TextMap } from '../../integrations/core/text-map.js';
import { createSession } from '../../integrations/core/session.js';

function fakeEditor(initial) {
  let text = initial;
  const report = (t) => ({
    diagnostics: [...t.matchAll(/!{2,}/g)].map((m) => ({
      rule: 'tone/exclamation', severity: 'warning', message: 'One is enough.', start: m.index, end: m.index + m[0].length,
      suggestions: [{ label: 'Keep one', replacement: '!', start: m.index, end: m.index + m[0].length, safe: true }],
    })),
  });
  const painted = [];
  const session = createSession({
    client: { check: async (t) => ({ text: t, report: report(t), ms: 0 }) },
    read: () => new TextMap().add(text, 'only', 0),
    paint: (marks) => painted.push(marks),
    replace: (map, start, end, r) => {
      const a = map.toEditor(start, 'start').offset;
      const b = map.toEditor(end, 'end').offset;
      text = text.slice(0, a) + r + text.slice(b);
    },
    delay: 5,
  });
  return { session, painted, get text() { return text; }, type(s) { text += s; session.changed(); } };
}

test('a fix through the editor; a stale fix is refused', async () => {
  const ed = fakeEditor('Launch day!!!');
  const { report } = await ed.session.check();
  assert.equal(ed.painted.at(-1).length, 1);
  const s = report.diagnostics[0].suggestions[0];
  ed.type(' Go');
  const stale = ed.session.fix(s);
  assert.equal(stale.ok, false);
  assert.match(stale.reason, /changed/);
  assert.equal(ed.text, 'Launch day!!! Go', 'a refused fix leaves the text alone');
  await ed.session.check();
  const fresh = ed.session.last.report.diagnostics[0].suggestions[0];
  assert.deepEqual(ed.session.fix(fresh), { ok: true });
  assert.equal(ed.text, 'Launch day! Go');
  ed.session.destroy();
});

/**
 * A stand-in for a large document: the client records the options of each check and, when
 * given a caret, answers with a report scoped to 100 units around it (as the core does past
 * its interactive limit). `reads` counts how often the session read the editor.
 */
function scopedEditor(text, { checkOptions } = {}) {
  const ed = { caret: 0, reads: 0, checks: [] };
  ed.session = createSession({
    client: {
      check: async (t, options) => {
        ed.checks.push(options);
        const at = options.caret;
        if (at === undefined) return { text: t, report: { diagnostics: [] }, ms: 0 };
        const scope = { start: Math.max(0, at - 100), end: Math.min(t.length, at + 100), total: t.length, message: 'Only around the caret.' };
        return { text: t, report: { diagnostics: [], scope }, ms: 0 };
      },
    },
    read: () => {
      ed.reads += 1;
      return new TextMap().add(text, 'only', 0);
    },
    paint: () => {},
    replace: () => {},
    caret: () => ed.caret,
    checkOptions,
    delay: 5,
  });
  return ed;
}

const pause = (ms = 30) => new Promise((ok) => setTimeout(ok, ms));

test('caret: passed with the check options when known, left out when -1', async () => {
  const ed = scopedEditor('x'.repeat(1000), { checkOptions: () => ({ history: ['past post'] }) });
  ed.caret = 640;
  await ed.session.check();
  assert.deepEqual(ed.checks.at(-1), { caret: 640, history: ['past post'] });
  ed.caret = -1;
  await ed.session.check();
  assert.deepEqual(ed.checks.at(-1), { history: ['past post'] });
  ed.session.destroy();
});

test('caret: moving out of the scope checks again around it; moving inside does not', async () => {
  const ed = scopedEditor('x'.repeat(1000));
  ed.caret = 100;
  await ed.session.check();
  assert.deepEqual(ed.session.last.report.scope, { start: 0, end: 200, total: 1000, message: 'Only around the caret.' });
  ed.caret = 180; // still inside 0..200
  ed.session.selectionChanged();
  await pause();
  assert.equal(ed.checks.length, 1);
  ed.caret = 700;
  ed.session.selectionChanged();
  ed.session.selectionChanged(); // events come in bursts: one check for them all
  await pause();
  assert.equal(ed.checks.length, 2);
  assert.equal(ed.checks[1].caret, 700);
  assert.deepEqual(ed.session.last.report.scope, { start: 600, end: 800, total: 1000, message: 'Only around the caret.' });
  ed.session.destroy();
});

test('caret: without a scope, selection changes cost nothing (no read, no check)', async () => {
  const ed = scopedEditor('Short post.');
  ed.caret = -1; // e.g. no focus: checked whole, no scope
  await ed.session.check();
  const reads = ed.reads;
  for (let i = 0; i < 50; i++) ed.session.selectionChanged();
  await pause();
  assert.equal(ed.reads, reads);
  assert.equal(ed.checks.length, 1);
  ed.session.destroy();
});

test('caret: the pre-publish gate checks the whole document, not the part around the caret', async () => {
  const ed = scopedEditor('x'.repeat(1000));
  ed.caret = 100;
  await ed.session.check();
  assert.ok(ed.session.last.report.scope);
  await ed.session.verdict();
  assert.equal(ed.checks.at(-1).caret, undefined);
  assert.equal(ed.session.last.report.scope, undefined);
  ed.session.destroy();
});

test('a provisional report is checked again when the worker says it can do better, and never passes the gate', async () => {
  // A stand-in for a one-language build before its word lists are in: its reports are
  // provisional and lack the tag's hint until `ready` is called, which tells the watchers.
  let ready = false;
  const watchers = new Set();
  const client = {
    check: async (t) => ({
      text: t,
      report: { diagnostics: ready ? [{ rule: 'hashtag/casing', severity: 'info', message: 'Capitals', start: 0, end: 4, suggestions: [] }] : [] },
      verdict: { verdict: 'publish', reasons: [] },
      ms: 0,
      ...(ready ? {} : { provisional: true }),
    }),
    watch: (fn) => {
      watchers.add(fn);
      return () => watchers.delete(fn);
    },
  };
  const session = createSession({ client, read: () => new TextMap().add('#abc', 'only', 0), paint: () => {}, delay: 5, gateTries: 1 });
  await session.check();
  assert.equal(session.last.provisional, true);
  assert.deepEqual(session.hints(), []);
  const gate = await session.verdict();
  assert.equal(gate.verdict, 'unavailable');
  assert.match(gate.reason, /word lists/);
  ready = true;
  for (const fn of watchers) fn({ state: 'ready', refresh: 'words' });
  await pause();
  assert.equal(session.last.provisional, undefined);
  assert.deepEqual(session.hints().map((d) => d.rule), ['hashtag/casing']);
  assert.equal((await session.verdict()).verdict, 'publish');
  session.destroy();
});
