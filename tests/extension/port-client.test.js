// The content script's port client on its own, in Node, with a fake service worker: the cache
// key (text, platform, settings revision, options), only the newest check answered, and the cold
// start: a port that disconnects with a check pending gets it sent again on a new port.
import test from 'node:test';
import assert from 'node:assert/strict';
import { NO_ANSWER, PortClient } from '../../extension/src/content/port-client.js';

globalThis.chrome ??= { runtime: {} };

/** A fake runtime port; `worker` answers each message (or not, to leave it pending). */
function fakePort(worker) {
  const on = { message: [], disconnect: [] };
  const port = {
    sent: [],
    onMessage: { addListener: (f) => on.message.push(f) },
    onDisconnect: { addListener: (f) => on.disconnect.push(f) },
    postMessage(msg) {
      port.sent.push(msg);
      queueMicrotask(() => worker(msg, port));
    },
    disconnect() {},
    reply: (msg) => on.message.forEach((f) => f(msg)),
    /** The service worker was stopped: Chrome closes its ports. */
    kill: () => on.disconnect.forEach((f) => f()),
  };
  return port;
}

const report = (text) => ({ length: { used: text.length, limit: 280, unit: 'weighted' }, diagnostics: [] });
const answer = (msg, port) => port.reply({ type: 'report', id: msg.id, text: msg.text, report: report(msg.text), ms: 1 });

test('reports are cached by text, platform, revision and options', async () => {
  let revision = 1;
  const ports = [];
  const client = new PortClient({ platform: 'x', revision: () => revision, connect: () => ports[ports.push(fakePort(answer)) - 1] });
  const a = await client.check('hello');
  assert.equal(a.report.length.used, 5);
  await client.check('hello');
  assert.equal(ports[0].sent.length, 1, 'the same text is answered from the cache');
  await client.check('hello', { contentWarning: 'cw' });
  revision = 2;
  await client.check('hello');
  assert.equal(ports[0].sent.length, 3, 'other options or a new revision ask the worker');
  assert.deepEqual(ports[0].sent.map((m) => [m.platform, m.revision]), [['x', 1], ['x', 1], ['x', 2]]);
});

test('only the newest check is answered; older ones resolve to null', async () => {
  const held = [];
  const client = new PortClient({ platform: 'x', revision: () => 0, connect: () => fakePort((msg, port) => held.push([msg, port])) });
  const first = client.check('a');
  const second = client.check('ab');
  await new Promise((r) => setTimeout(r, 0));
  for (const [msg, port] of held) answer(msg, port);
  assert.equal(await first, null);
  assert.equal((await second).text, 'ab');
});

test('cold start: a check pending when the worker stops is sent again on a new port', async () => {
  const ports = [];
  let alive = false;
  const client = new PortClient({
    platform: 'mastodon',
    revision: () => 0,
    // The first worker dies before answering; the next one answers.
    connect: () => ports[ports.push(fakePort((msg, port) => (alive ? answer(msg, port) : null))) - 1],
  });
  const pending = client.check('still there?');
  await new Promise((r) => setTimeout(r, 0));
  alive = true;
  ports[0].kill();
  const result = await pending;
  assert.equal(result.text, 'still there?');
  assert.equal(ports.length, 2);
  assert.equal(ports[1].sent[0].text, 'still there?');
});

test('a check no worker answers is failed with a reason after three ports, not dropped in silence', async () => {
  const failures = [];
  const ports = [];
  let answering = false;
  const client = new PortClient({
    platform: 'bluesky',
    revision: () => 0,
    timeoutMs: 5,
    onFailed: (reply) => failures.push(reply.message),
    // Each worker takes the message and, until `answering`, neither answers nor disconnects.
    connect: () => ports[ports.push(fakePort((msg, port) => answering && answer(msg, port))) - 1],
  });
  assert.equal(await client.check('anyone there?'), null);
  assert.deepEqual(failures, [NO_ANSWER]);
  assert.deepEqual(ports.map((p) => p.sent.map((m) => m.text)), [['anyone there?'], ['anyone there?'], ['anyone there?']]);
  assert.equal(client.stats.unanswered, 1);
  // The next change asks again, and is answered.
  answering = true;
  assert.equal((await client.check('anyone there now?')).text, 'anyone there now?');
  assert.deepEqual(failures, [NO_ANSWER]);
});

test('an invalidated extension context ends the client quietly', async () => {
  let dead = 0;
  const client = new PortClient({
    platform: 'x',
    revision: () => 0,
    connect: () => {
      throw new Error('Extension context invalidated.');
    },
    onDead: () => dead++,
  });
  assert.equal(await client.check('hello'), null);
  assert.equal(await client.check('hello again'), null);
  assert.equal(dead, 1);
});

test('a failed reply is reported once and not sent again; the text is the one sent', async () => {
  const failures = [];
  const ports = [];
  const client = new PortClient({
    platform: 'x',
    revision: () => 0,
    onFailed: (reply) => failures.push(reply.message),
    connect: () => ports[ports.push(fakePort((msg, port) => port.reply({ type: 'failed', id: msg.id, message: 'crashed', crashed: true }))) - 1],
  });
  assert.equal(await client.check('boom'), null);
  assert.deepEqual(failures, ['crashed']);
  assert.equal(ports[0].sent.length, 1);
  // A report without the text (the worker no longer echoes it) is about the text sent.
  const echo = new PortClient({
    platform: 'x',
    revision: () => 0,
    connect: () => fakePort((msg, port) => port.reply({ type: 'report', id: msg.id, report: report(msg.text), ms: 1 })),
  });
  assert.equal((await echo.check('hello')).text, 'hello');
});

test('the cache holds keys of hashes, and no report of a text over the interactive limit', async () => {
  const ports = [];
  const client = new PortClient({ platform: 'x', revision: () => 0, connect: () => ports[ports.push(fakePort(answer)) - 1] });
  const big = 'a'.repeat(70 * 1024);
  await client.check(big);
  await client.check(big);
  assert.equal(ports[0].sent.length, 2, 'a text over the limit is checked again');
  await client.check('short text');
  assert.equal(client.cache.map.size, 1);
  for (const key of client.cache.map.keys()) assert.ok(!key.includes('short text') && key.length < 80, key);
});
