// Session.edit over the wasm package: the deltas it answers, applied to the last report by the
// editor layer's applyDelta, give what Checker.check gives on the edited text, over random edit
// sequences (seeded) of long documents in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { Checker } from './load.js';
import { applyDelta, editBetween } from '../../www/src/editor/report-delta.js';
import { mulberry32 } from '../../bench/stats.js';

const PARAGRAPHS = [
  'Nous sommes très fiers d’annoncer notre synergie disruptive !!! #innovation 🚀',
  'We leverage synergies going forward. Read more at https://example.com and ask @alice.',
  '« Une citation qui commence ici',
  'et qui finit là », dit-elle. #innovation #Innovation',
  'THIS IS HUGE NEWS FOR EVERYONE 🔥🔥 $TSLA',
  'Perhaps we might maybe consider that it could possibly be somewhat useful.',
];
const INSERTS = ['', 's', ' ', '\n', '\n\n', '!', '#', '@', 'é', '🚀', '»', 'THIS IS HUGE', '#Lyon ', 'https://a.example '];

test('the deltas of Session.edit patch the last report into what check reports', () => {
  const next = mulberry32(19);
  for (const platform of ['linkedin', 'x', 'mastodon']) {
    const checker = new Checker({ platform });
    let text = Array.from({ length: 60 }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]).join('\n\n');
    const session = checker.session();
    let report = session.update(text);
    for (let i = 0; i < 40; i++) {
      let start = Math.floor(next() * text.length);
      let end = Math.min(text.length, start + Math.floor(next() * 4));
      // Whole chars only: never inside a surrogate pair.
      if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--;
      if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
      const insert = INSERTS[Math.floor(next() * INSERTS.length)];
      const delta = session.edit(start, end, insert);
      text = text.slice(0, start) + insert + text.slice(end);
      report = applyDelta(report, delta);
      assert.deepEqual(report, checker.check(text), `${platform}, edit ${i}: ${start}..${end} ${JSON.stringify(insert)}`);
      assert.equal(session.length, text.length);
    }
    assert.deepEqual(session.report(), checker.check(text));
    assert.deepEqual(session.verdict(), checker.verdict(report));
    session.free();
    checker.free();
  }
});

test('a keystroke in one paragraph of a long document crosses little of its report', () => {
  const checker = new Checker({ platform: 'linkedin' });
  const text = Array.from({ length: 300 }, (_, i) => PARAGRAPHS[(i * 5) % 4 === 0 ? 1 : 5]).join('\n\n');
  const session = checker.session();
  const before = session.update(text);
  const at = text.indexOf('going', text.length / 2) + 5;
  const delta = session.edit(at, at, 's');
  assert.ok(before.diagnostics.length > 300, `${before.diagnostics.length} diagnostics`);
  // The edited paragraph's findings, and platform/too-long's count at the limit, far before it.
  assert.ok(delta.diagnostics.insert.length <= 4, JSON.stringify(delta.diagnostics));
  assert.ok(delta.diagnostics.runs.every((r) => r.drop <= 2), JSON.stringify(delta.diagnostics.runs));
  assert.deepEqual(delta.edit, { start: at, removed: 0, inserted: 1 });
  assert.deepEqual(applyDelta(before, delta), checker.check(`${text.slice(0, at)}s${text.slice(at)}`));
  session.free();
});

test('an edit that does not fit the session text throws and leaves the session as it was', () => {
  const checker = new Checker({ platform: 'linkedin' });
  const session = checker.session();
  const text = 'Un emoji 🚀 ici.';
  session.update(text);
  const inPair = text.indexOf('🚀') + 1;
  assert.throws(() => session.edit(inPair, inPair, 'x'), /does not fit the session's text/);
  assert.throws(() => session.edit(4, 2, 'x'), /does not fit/);
  assert.throws(() => session.edit(0, text.length + 1, 'x'), /does not fit/);
  assert.throws(() => session.edit(0, 0, 3), /text must be a string/);
  assert.equal(session.length, text.length);
  assert.deepEqual(session.report(), checker.check(text));
  session.free();
});

test('editBetween finds the edit between two texts, never inside a surrogate pair', () => {
  const next = mulberry32(7);
  const pieces = ['a', 'b', ' ', '🚀', '🔥', 'é', '\n'];
  const word = (n) => Array.from({ length: n }, () => pieces[Math.floor(next() * pieces.length)]).join('');
  for (let i = 0; i < 500; i++) {
    const before = word(Math.floor(next() * 12));
    const after = word(Math.floor(next() * 12));
    const { start, end, text } = editBetween(before, after);
    assert.equal(before.slice(0, start) + text + before.slice(end), after, JSON.stringify([before, after]));
    for (const at of [start, end]) assert.ok(!/[\udc00-\udfff]/.test(before[at] ?? ''), JSON.stringify([before, after, at]));
  }
  assert.deepEqual(editBetween('abc', 'abXc'), { start: 2, end: 2, text: 'X' });
  assert.deepEqual(editBetween('a🚀', 'a🔥'), { start: 1, end: 3, text: '🔥' });
});

test('the worker answers an edit on the text of its base with a delta, any other with stale', async () => {
  const { createHandler } = await import('../../www/src/editor/worker-protocol.js');
  const out = [];
  const handle = createHandler(Checker, (message) => out.push(message));
  const last = () => out.at(-1);
  handle({ type: 'edit', id: 0, base: null, start: 0, end: 0, text: 'x' });
  assert.equal(last().type, 'stale', 'no checker yet');
  handle({ type: 'configure', id: 'c', options: { platform: 'linkedin' } });
  let text = PARAGRAPHS.join('\n\n');
  handle({ type: 'check', id: 1, text, options: {} });
  let report = last().report;
  handle({ type: 'edit', id: 2, base: 1, start: 5, end: 5, text: '!!!', options: {} });
  assert.equal(last().type, 'delta');
  text = `${text.slice(0, 5)}!!!${text.slice(5)}`;
  report = applyDelta(report, last().delta);
  const checker = new Checker({ platform: 'linkedin' });
  assert.deepEqual(report, checker.check(text));
  assert.deepEqual(last().verdict, checker.verdict(report));
  // On an edit that is not of the text the session holds: stale, then the whole text again.
  handle({ type: 'edit', id: 3, base: 1, start: 0, end: 0, text: 'x', options: {} });
  assert.deepEqual(last(), { type: 'stale', id: 3 });
  handle({ type: 'edit', id: 4, base: 2, start: 0, end: 0, text: 'x', options: { reference: 'Autre.' } });
  assert.deepEqual(last(), { type: 'stale', id: 4 }, 'other options: another session');
  handle({ type: 'edit', id: 5, base: 2, start: 0, end: 99999, text: 'x', options: {} });
  assert.equal(last().type, 'failed');
  handle({ type: 'edit', id: 6, base: 2, start: 0, end: 0, text: 'x', options: {} });
  assert.deepEqual(last(), { type: 'stale', id: 6 }, 'after a failed edit, the client sends the text');
  checker.free();
});

test('applyDelta patches the report in place and moves a suggestion that reaches past the edit', () => {
  const fix = { label: 'x', replacement: '', start: 2, end: 40, safe: false };
  const report = {
    locale: 'en', platform: 'x', length: { used: 40, limit: 280, unit: 'weighted' },
    entities: { hashtags: [{ text: '#a', start: 30, end: 32 }], mentions: [], urls: [], cashtags: [] },
    diagnostics: [
      { rule: 'tone/emoji', category: 'tone', severity: 'warning', message: 'm', start: 2, end: 4, suggestions: [fix] },
      { rule: 'a/b', category: 'a', severity: 'hint', message: 'n', start: 20, end: 22, suggestions: [] },
    ],
  };
  const added = { rule: 'c/d', category: 'c', severity: 'info', message: 'o', start: 11, end: 12, suggestions: [] };
  const none = { runs: [], insert: [] };
  const delta = {
    locale: 'en', platform: 'x', length: { used: 43, limit: 280, unit: 'weighted' },
    edit: { start: 10, removed: 0, inserted: 3 },
    entities: { hashtags: none, mentions: none, urls: none, cashtags: none },
    diagnostics: { runs: [{ keep: 1, drop: 0, add: 1 }], insert: [added] },
  };
  const first = report.diagnostics[0];
  assert.equal(applyDelta(report, delta), report);
  assert.equal(report.diagnostics[0], first, 'a kept item is the same object');
  assert.deepEqual(report.diagnostics.map((d) => [d.rule, d.start, d.end]), [['tone/emoji', 2, 4], ['c/d', 11, 12], ['a/b', 23, 25]]);
  assert.deepEqual([fix.start, fix.end], [2, 43]);
  assert.deepEqual(report.entities.hashtags[0], { text: '#a', start: 33, end: 35 });
  assert.equal(report.length.used, 43);
});

test("the bench corpus's long posts: a session reports what check reports, before and after edits", async () => {
  // Real-looking documents hold what the generated paragraphs above do not: rules whose
  // context could reach past a paragraph (a lexicon match's neighbour sentences, a count per post).
  const { generateCorpus } = await import('../../bench/corpus/generate.js');
  const long = generateCorpus().filter((p) => p.class === 'doc-100k' || p.class === 'facebook-63k');
  assert.ok(long.length >= 4, `${long.length} long posts`);
  for (const post of long) {
    const checker = new Checker({ platform: post.platform, locale: post.locale });
    const session = checker.session();
    let text = post.text;
    let report = session.update(text);
    assert.deepEqual(report, checker.check(text), `${post.id}: the first update`);
    for (let i = 0; i < 5; i++) {
      // At the end of a word spread over the text, as a writer extending a sentence.
      let at = Math.floor(((i + 0.5) / 5) * text.length);
      while (at < text.length && text[at] !== ' ') at++;
      report = applyDelta(report, session.edit(at, at, 's'));
      text = `${text.slice(0, at)}s${text.slice(at)}`;
      assert.deepEqual(report, checker.check(text), `${post.id}: after typing at ${at}`);
    }
    session.free();
    checker.free();
  }
});
