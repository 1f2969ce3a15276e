// The service worker's side of the port, in Node with a fake port and a fake engine: a burst of
// requests costs one check (the newest), replies carry no text, a reply too large is answered
// `failed` with the reason, a crash is answered `failed` and marked as one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { serve } from '../../extension/src/background/checks.js';

globalThis.chrome ??= { runtime: {} };

function fakePort() {
  const on = { message: [], disconnect: [] };
  return {
    sent: [],
    onMessage: { addListener: (f) => on.message.push(f) },
    onDisconnect: { addListener: (f) => on.disconnect.push(f) },
    postMessage(msg) {
      this.sent.push(msg);
    },
    deliver: (msg) => on.message.forEach((f) => f(msg)),
    kill: () => on.disconnect.forEach((f) => f()),
  };
}

function fakeEngine({ fail } = {}) {
  return {
    runs: [],
    async check(msg) {
      this.runs.push(msg.id);
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw fail;
      return { report: { length: { used: msg.text.length }, diagnostics: [] }, ms: 1, revision: 0, profileError: null };
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 50));
const check = (id, text = `text ${id}`) => ({ type: 'check', id, text, platform: 'x', revision: 0 });

test('a burst of requests runs once, for the newest; the reply does not echo the text', async () => {
  const port = fakePort();
  const engine = fakeEngine();
  serve(port, engine);
  for (let id = 1; id <= 5; id++) port.deliver(check(id));
  await settle();
  assert.deepEqual(engine.runs, [5]);
  assert.deepEqual(port.sent.map((m) => [m.type, m.id]), [['report', 5]]);
  assert.ok(!('text' in port.sent[0]));
});

test('a request arriving while one runs supersedes it: the older answer is not sent', async () => {
  const port = fakePort();
  const engine = fakeEngine();
  serve(port, engine);
  port.deliver(check(1));
  await new Promise((r) => setTimeout(r, 2)); // 1 is running
  port.deliver(check(2));
  port.deliver(check(3));
  await settle();
  assert.deepEqual(engine.runs, [1, 3]);
  assert.deepEqual(port.sent.map((m) => m.id), [3]);
});

test('a reply too large to post is answered failed, with the reason', async () => {
  const port = fakePort();
  serve(port, fakeEngine(), { maxReply: () => 10 });
  port.deliver(check(1));
  await settle();
  assert.equal(port.sent[0].type, 'failed');
  assert.match(port.sent[0].message, /too large to send/);
});

test('a post the channel refuses is answered failed, not taken for a closed tab', async () => {
  const port = fakePort();
  let refused = false;
  port.postMessage = function (msg) {
    if (!refused) {
      refused = true;
      throw new Error('Message length exceeded maximum allowed length.');
    }
    this.sent.push(msg);
  };
  serve(port, fakeEngine());
  port.deliver(check(1));
  await settle();
  assert.deepEqual(port.sent.map((m) => [m.type, m.id]), [['failed', 1]]);
  assert.match(port.sent[0].message, /could not be sent: Message length exceeded/);
});

test('a crash is answered failed and marked crashed; nothing is sent to a closed port', async () => {
  const crash = Object.assign(new Error('The checker crashed'), { name: 'Crash' });
  const port = fakePort();
  serve(port, fakeEngine({ fail: crash }));
  port.deliver(check(1));
  await settle();
  assert.deepEqual(port.sent, [{ type: 'failed', id: 1, message: 'The checker crashed', crashed: true }]);

  const gone = fakePort();
  serve(gone, fakeEngine());
  gone.deliver(check(1));
  gone.kill();
  await settle();
  assert.deepEqual(gone.sent, []);
});
