// The pre-publish gate fails safe. Over the real CheckClient, the real worker protocol and the
// real package (Checker.verdict), in a stand-in worker that can crash: the gate answers the
// core's verdict for a report on exactly the current text, whole; otherwise it checks again a
// bounded number of times, then answers `unavailable` with the reason, never `publish`: with
// a broken profile, a crashed worker, a text typed during the gate, a report without a verdict.
// After a crash, the next check starts a worker that is configured before it checks.
import test from 'node:test';
import assert from 'node:assert/strict';
import { CheckClient } from '../../www/src/editor/client.js';
import { createSession, GATE_TRIES, MAY_BE_LARGE } from '../../www/src/editor/session.js';
import { TextMap } from '../../integrations/core/text-map.js';
import { stubWorkers } from './stub-worker.js';

/** A session over a string editor; `ed.text` is what the writer has typed. */
function editor(client, initial, { caret = () => -1 } = {}) {
  const ed = { text: initial, states: [] };
  ed.session = createSession({
    client,
    read: () => new TextMap().add(ed.text, 'only', 0),
    paint: () => {},
    replace: (map, start, end, r) => {
      ed.text = ed.text.slice(0, start) + r + ed.text.slice(end);
    },
    caret,
    delay: 5,
    onUpdate: (state) => ed.states.push(state),
  });
  return ed;
}

// The brand's profile makes shouting an error: a post with "!!!" is blocked.
const PROFILE = '[rules]\n"tone/exclamation" = "error"\n';
const BRAND = { platform: 'linkedin', locale: 'en', profile: PROFILE };

async function configured(options = BRAND, knobs) {
  const workers = stubWorkers(knobs);
  const client = new CheckClient({ createWorker: workers.create });
  await client.ready;
  const { error } = await client.configure(options);
  assert.equal(error, undefined);
  return { client, workers };
}

const CLEAN = 'Our new library opens on Monday at nine. Come and see the reading room.';
const ERROR = 'We open on Monday!!!';

test('the verdict is the core’s: a clean post is published, an error blocks', async () => {
  const { client } = await configured();
  const ed = editor(client, CLEAN);
  const clean = await ed.session.verdict();
  assert.equal(clean.verdict, 'publish');
  ed.text = ERROR;
  const blocked = await ed.session.verdict();
  assert.equal(blocked.verdict, 'block', JSON.stringify(blocked));
  assert.ok(blocked.reasons.some((r) => r.severity === 'error'));
  client.destroy();
});

test('a broken profile: the gate answers unavailable, and says why', async () => {
  const { client } = await configured();
  const ed = editor(client, CLEAN);
  assert.equal((await ed.session.verdict()).verdict, 'publish');
  const { error } = await client.configure({ platform: 'linkedin', profile: '[voice]\nformality = "sideways"' });
  assert.ok(error, 'the profile is refused');
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /profile is invalid/);
  // The writer is told, with what to do; the hints of the last valid profile stay.
  assert.equal(ed.session.problem.kind, 'profile');
  assert.match(ed.session.problem.advice, /fix the profile/);
  assert.equal(ed.states.at(-1).verdict.verdict, 'unavailable');
  // A valid profile again: the gate answers again.
  await client.configure(BRAND);
  assert.equal((await ed.session.verdict()).verdict, 'publish');
  assert.equal(ed.session.problem, null);
  client.destroy();
});

test('a profile refused before any was accepted: unavailable, not publish', async () => {
  const workers = stubWorkers();
  const client = new CheckClient({ createWorker: workers.create });
  await client.ready;
  assert.ok((await client.configure({ profile: 'not = [valid' })).error);
  const ed = editor(client, CLEAN);
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /not configured/);
  client.destroy();
});

test('a worker that crashes on every check: unavailable after a bounded number of tries', async () => {
  const { client, workers } = await configured(undefined, (n) => ({ crashOn: (m) => n > 0 || m.type === 'check' }));
  const ed = editor(client, CLEAN);
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /stopped|could not start/);
  // The crash is shown, with what to do; each try started one new worker, no more.
  assert.equal(ed.session.problem.kind, 'crashed');
  assert.match(ed.session.problem.advice, /restarts with the next check/);
  assert.equal(client.status.state, 'crashed');
  assert.ok(workers.made.length <= GATE_TRIES + 1, `${workers.made.length} workers`);
  client.destroy();
});

test('after a crash, the next check starts a worker that is configured before it checks', async () => {
  let crashNext = false;
  const { client, workers } = await configured({ platform: 'x' }, () => ({ crashOn: (m) => m.type === 'check' && crashNext }));
  const ed = editor(client, 'Hello #innovation');
  crashNext = true;
  const failed = await client.check('Hello');
  assert.equal(failed.crashed, true);
  assert.equal(client.status.state, 'crashed');
  assert.equal(workers.made.length, 1, 'not restarted until the next check');
  crashNext = false;
  const v = await ed.session.verdict();
  assert.equal(workers.made.length, 2);
  assert.deepEqual(workers.made[1].received, ['load', 'configure', 'check']);
  assert.notEqual(v.verdict, 'unavailable');
  assert.equal(ed.session.last.report.platform, 'x', 'the restarted worker has the last configuration');
  assert.equal(client.status.state, 'ready');
  client.destroy();
});

test('a crash during the gate, then a good worker: the gate retries and answers', async () => {
  const { client, workers } = await configured(undefined, (n) => ({ crashOn: (m) => n === 0 && m.type === 'check' }));
  const ed = editor(client, ERROR);
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'block');
  assert.equal(workers.made.length, 2);
  assert.equal(ed.session.problem, null, 'the problem clears with the next good report');
  client.destroy();
});

test('text typed during the gate: never the verdict of older text', async () => {
  let typing = true;
  let ed;
  // Every check (or edit) the worker receives, the writer types a word before the report
  // comes back.
  const { client } = await configured(undefined, {
    hold: (m) => {
      if ((m.type === 'check' || m.type === 'edit') && typing) ed.text += ' more';
    },
  });
  ed = editor(client, CLEAN);
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /text changed/);
  // The writer stops typing: the gate answers for the text as it is.
  typing = false;
  ed.text = `${ERROR} more`;
  assert.equal((await ed.session.verdict()).verdict, 'block');
  client.destroy();
});

test('one word typed during the gate: the retry answers for the new text', async () => {
  let typed = false;
  let ed;
  const { client } = await configured(undefined, {
    hold: (m) => {
      if (m.type === 'check' && !typed) {
        typed = true;
        ed.text = ERROR; // the clean text became an error while it was being checked
      }
    },
  });
  ed = editor(client, CLEAN);
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'block', 'not the `publish` of the text before the edit');
  client.destroy();
});

test('no result, a superseded check, a report without a verdict: unavailable', async () => {
  const never = editor({ check: async () => null }, CLEAN);
  assert.deepEqual(await never.session.verdict(), {
    verdict: 'unavailable',
    reason: 'A newer check replaced the gate’s.',
    reasons: [],
  });
  const old = editor({ check: async (text) => ({ text, report: { diagnostics: [] }, ms: 0 }) }, CLEAN);
  const v = await old.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /no verdict/);
  const failing = editor({ check: async () => ({ error: 'boom' }) }, CLEAN);
  assert.equal((await failing.session.verdict()).verdict, 'unavailable');
});

test('a scoped report never answers the gate: it checks the whole text', async () => {
  let calls = 0;
  const scoped = editor(
    {
      check: async (text, options) => {
        calls++;
        const scope = { start: 0, end: 10, total: text.length, message: 'part' };
        return { text, report: { diagnostics: [], scope }, verdict: { verdict: 'publish', reasons: [] }, ms: 0, options };
      },
    },
    CLEAN,
  );
  const v = await scoped.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /Only part/);
  assert.equal(calls, GATE_TRIES);
});

test('a report from before a reconfiguration is checked again', async () => {
  const { client, workers } = await configured({ platform: 'x' });
  const ed = editor(client, CLEAN);
  await ed.session.check();
  await client.configure({ platform: 'linkedin' });
  const before = workers.made[0].received.filter((t) => t === 'check').length;
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'publish');
  assert.equal(ed.session.last.report.platform, 'linkedin');
  assert.equal(workers.made[0].received.filter((t) => t === 'check').length, before + 1);
  client.destroy();
});

test('without a caret, a text past the interactive limit is checked in a window', async () => {
  const { client, workers } = await configured();
  const para = 'Wow! We are thrilled to share our amazing news today.\n';
  const ed = editor(client, para.repeat(Math.ceil(200_000 / para.length)));
  assert.ok(ed.text.length > MAY_BE_LARGE);
  const result = await ed.session.check();
  assert.ok(result.report.scope, 'a window, not the whole text');
  assert.ok(result.report.scope.end - result.report.scope.start < ed.text.length / 4);
  assert.equal(result.report.scope.start, 0, 'around the start: no caret was ever known');
  // A caret seen once is the one used afterwards, when the editor has none (focus left).
  let at = 150_000;
  const moved = editor(client, ed.text, { caret: () => at });
  await moved.session.check();
  at = -1;
  const later = await moved.session.check();
  assert.ok(later.report.scope.start > 100_000 && later.report.scope.start < 150_000, JSON.stringify(later.report.scope));
  // The gate still checks it whole.
  const v = await moved.session.verdict();
  assert.notEqual(v.verdict, 'unavailable');
  assert.equal(moved.session.last.report.scope, undefined);
  // Short texts are never sent a made-up caret.
  const checks = workers.made[0].received.length;
  const short = editor(client, CLEAN);
  await short.session.check();
  assert.equal(workers.made[0].received.length, checks + 1);
  client.destroy();
});

test('a crash is shown at once, before any check fails on it; the next check restarts', async () => {
  const { client, workers } = await configured();
  const ed = editor(client, CLEAN);
  await ed.session.check();
  assert.equal(ed.session.problem, null);
  workers.made[0].crash('RuntimeError: unreachable');
  assert.equal(ed.session.problem?.kind, 'crashed');
  assert.match(ed.session.problem.message, /unreachable/);
  assert.equal(ed.states.at(-1).problem.kind, 'crashed', 'the panel is told');
  await ed.session.check();
  assert.equal(workers.made.length, 2);
  assert.equal(ed.session.problem, null);
  client.destroy();
});

test('a worker that never starts, or stops answering, is a crash: unavailable, not a hang', async () => {
  const silent = () => Object.assign(new EventTarget(), { postMessage() {}, terminate() {} });
  const client = new CheckClient({ createWorker: silent, timeouts: { start: 20, reply: 20 } });
  await assert.rejects(client.ready, /did not start/);
  const ed = editor(client, CLEAN);
  const v = await ed.session.verdict();
  assert.equal(v.verdict, 'unavailable');
  assert.match(v.reason, /did not start/);

  // Ready, configured, then silent on checks.
  const workers = stubWorkers({ hold: (m) => (m.type === 'check' ? new Promise(() => {}) : undefined) });
  const mute = new CheckClient({ createWorker: workers.create, timeouts: { reply: 50 } });
  await mute.configure(BRAND);
  const stuck = editor(mute, CLEAN);
  const w = await stuck.session.verdict();
  assert.equal(w.verdict, 'unavailable');
  assert.match(w.reason, /stopped answering/);
  mute.destroy();
});
