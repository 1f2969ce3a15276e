// The editor layer sends edits: over the real CheckClient, the real worker protocol and the real
// package (in a stand-in worker), a session checks its first text whole and then sends only the
// change since the last text sent; the client patches its last report with the delta. The
// reports it shows are what Checker.check gives on the same text, whatever the typing; the
// client falls back to a whole check when the worker's session does not hold the last text (a
// new configuration, a new worker after a crash, a report scoped around the caret).
import test from 'node:test';
import assert from 'node:assert/strict';
import { CheckClient } from '../../www/src/editor/client.js';
import { createSession } from '../../www/src/editor/session.js';
import { TextMap } from '../../integrations/core/text-map.js';
import { Checker } from '../js/load.js';
import { stubWorkers } from './stub-worker.js';
import { mulberry32 } from '../../bench/stats.js';

const OPTIONS = { platform: 'linkedin', locale: 'en' };
const PARAGRAPHS = [
  'We are thrilled to announce our new reading room!!! It opens on Monday. #innovation',
  'We leverage synergies going forward. Read more at https://example.com and ask @alice.',
  'THIS IS HUGE NEWS FOR EVERYONE 🔥🔥 $TSLA',
  'Perhaps we might maybe consider that it could possibly be somewhat useful.',
];
const INSERTS = ['', 's', ' ', '\n', '\n\n', '!!!', '#', '@bob ', 'é', '🚀', 'THIS IS HUGE', '#Lyon '];

/** `text` with a random edit of whole chars. */
function edited(text, next) {
  let start = Math.floor(next() * text.length);
  let end = Math.min(text.length, start + Math.floor(next() * 5));
  if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--;
  if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
  return text.slice(0, start) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(end);
}

/** Whether a message the worker received asks for a check (not the build's load or a configuration). */
const checking = (type) => type !== 'load' && type !== 'configure';

async function configured(knobs) {
  const workers = stubWorkers(knobs);
  const client = new CheckClient({ createWorker: workers.create });
  await client.ready;
  assert.equal((await client.configure(OPTIONS)).error, undefined);
  return { client, workers };
}

function editor(client, initial, caret = () => -1) {
  const ed = { text: initial };
  ed.session = createSession({
    client,
    read: () => new TextMap().add(ed.text, 'only', 0),
    paint: () => {},
    caret,
    delay: 5,
  });
  return ed;
}

const checker = new Checker(OPTIONS);
const document = (next, n) => Array.from({ length: n }, () => PARAGRAPHS[Math.floor(next() * PARAGRAPHS.length)]).join('\n\n');

test('typing: the first check is whole, then only edits cross, and each report is the whole check’s', async () => {
  const next = mulberry32(7);
  const { client, workers } = await configured();
  const ed = editor(client, document(next, 40), () => 10);
  for (let i = 0; i < 30; i++) {
    const result = await ed.session.check();
    assert.equal(result.text, ed.text);
    assert.deepEqual(result.report, checker.check(ed.text), `keystroke ${i}`);
    assert.deepEqual(result.verdict, checker.verdict(result.report));
    ed.text = edited(ed.text, next);
  }
  const sent = workers.made[0].received.filter(checking);
  assert.deepEqual(sent, ['check', ...Array(29).fill('edit')]);
  client.destroy();
});

test('edits asked for while the last one is being checked: each goes onto the one before', async () => {
  const next = mulberry32(11);
  const { client, workers } = await configured({ hold: () => new Promise((ok) => setTimeout(ok, 10)) });
  let text = document(next, 20);
  await client.edit(text);
  // Eight keystrokes 4 ms apart, each answered 10 ms after it reaches the worker.
  const pending = [];
  for (let i = 0; i < 8; i++) {
    text = edited(text, next);
    pending.push(client.edit(text));
    await new Promise((ok) => setTimeout(ok, 4));
  }
  const results = await Promise.all(pending);
  assert.deepEqual(results.at(-1).report, checker.check(text));
  const sent = workers.made[0].received.filter(checking);
  assert.equal(sent[0], 'check');
  assert.ok(sent.length > 2, 'edits were in flight together');
  assert.deepEqual(sent.slice(1), Array(sent.length - 1).fill('edit'), 'none refused, none checked whole');
  // Those superseded still moved the worker's session along: the next edit is not refused.
  text = edited(text, next);
  assert.deepEqual((await client.edit(text)).report, checker.check(text));
  assert.equal(workers.made[0].received.at(-1), 'edit');
  assert.equal(workers.made[0].received.filter((type) => type === 'check').length, 1);
  client.destroy();
});

test('a new configuration, a crash: the next edit is a whole check, then edits again', async () => {
  const { client, workers } = await configured((n) => ({ crashOn: (m) => n === 0 && m.type === 'edit' && m.text === 'X' }));
  const base = 'We open on Monday!!! #innovation\n\nSee you there.';
  await client.edit(base);
  await client.edit(`${base} Soon.`);
  assert.equal((await client.configure({ platform: 'x', locale: 'en' })).error, undefined);
  const x = new Checker({ platform: 'x', locale: 'en' });
  const after = await client.edit(`${base} Soon!`);
  assert.deepEqual(after.report, x.check(`${base} Soon!`), 'checked under the new configuration');
  assert.deepEqual(workers.made[0].received.filter(checking), ['check', 'edit', 'check']);
  // The worker dies on an edit: the edit fails, the next one starts a worker and checks whole.
  const failed = await client.edit(`${base} SoonX`);
  assert.equal(failed.crashed, true);
  const restarted = await client.edit(`${base} Soon!!`);
  assert.deepEqual(restarted.report, x.check(`${base} Soon!!`));
  assert.equal(workers.made.length, 2);
  assert.deepEqual(workers.made[1].received, ['load', 'configure', 'check']);
  x.free();
  client.destroy();
});

test('a report scoped around the caret is no base: the next edit is a whole check of its own', async () => {
  const { client, workers } = await configured();
  const long = `${'Our reading room opens on Monday. '.repeat(2200)}`; // past the 64 KB window
  const scoped = await client.edit(long, { caret: 100 });
  assert.ok(scoped.report.scope, 'checked around the caret');
  const again = await client.edit(`${long}!`, { caret: 100 });
  assert.ok(again.report.scope);
  assert.deepEqual(workers.made[0].received.filter(checking), ['check', 'check']);
  client.destroy();
});
