// The checks of one content script, over its port ('brio-check'). Only the newest request runs:
// one that arrives while another is waiting replaces it (its client, having sent a newer one, no
// longer wants the older answer), so a burst of requests costs one check. Replies never echo the
// text back (the client knows what it sent), and one too large to post is answered `failed`
// with the reason, so that the client does not take it for a stopped worker and send it again.
//
//   in:  { type: 'check', id, text, platform, revision, options }
//   out: { type: 'report', id, report, ms, revision, profileError }
//      | { type: 'failed', id, message, crashed? }

/** Replies over this many bytes (as JSON) are not posted: Chrome caps a message at 64 MiB. */
export const MAX_REPLY = 32 * 1024 * 1024;

// Yields until the tasks already queued have run, port messages included: a background-priority
// task runs after them, where a timer may run first (Chrome delivers messages at lower priority).
const tick = () =>
  globalThis.scheduler?.postTask
    ? globalThis.scheduler.postTask(() => {}, { priority: 'background' })
    : new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Serves `port` with `engine` until it disconnects.
 * @param {chrome.runtime.Port} port
 * @param {import('./engine.js').Engine} engine
 */
export function serve(port, engine, { maxReply = () => MAX_REPLY, onRequest = () => {} } = {}) {
  let latest = null;
  let running = false;
  let gone = false;
  port.onDisconnect.addListener(() => {
    void chrome.runtime.lastError; // read, so Chrome does not log it as unchecked
    gone = true;
    latest = null;
  });
  port.onMessage.addListener((msg) => {
    if (msg?.type !== 'check' || typeof msg.text !== 'string') return;
    onRequest();
    latest = msg;
    if (!running) void run();
  });

  async function run() {
    running = true;
    // Let the rest of a burst already queued arrive first: then only its last request runs.
    await tick();
    while (latest && !gone) {
      const msg = latest;
      latest = null;
      const reply = await answer(msg);
      // Requests that came while it ran are delivered now (the check held the thread): one of
      // them supersedes it, and the client no longer waits for this answer.
      await tick();
      if (!latest) send(reply);
    }
    running = false;
  }

  async function answer(msg) {
    try {
      const { report, ms, revision, profileError } = await engine.check(msg);
      return { type: 'report', id: msg.id, report, ms, revision, profileError };
    } catch (e) {
      return { type: 'failed', id: msg.id, message: String(e?.message ?? e), crashed: e?.name === 'Crash' };
    }
  }

  function send(reply) {
    if (gone) return;
    let message = reply;
    const size = reply.type === 'report' ? JSON.stringify(reply).length : 0;
    if (size > maxReply()) {
      message = { type: 'failed', id: reply.id, message: `The report is too large to send (${(size / 2 ** 20).toFixed(1)} MiB).` };
    }
    try {
      port.postMessage(message);
    } catch (e) {
      if (gone) return; // the tab went away while checking
      try {
        port.postMessage({ type: 'failed', id: reply.id, message: `The report could not be sent: ${e?.message ?? e}` });
      } catch {
        // the port closed in between
      }
    }
  }
}
