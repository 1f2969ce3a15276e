// The content script's checker: the editor layer's client interface (`check(text, options)`
// resolving to { text, report, ms } or null when a newer check superseded it), served by the
// service worker over a chrome.runtime port instead of a Web Worker, since a strict page CSP
// forbids wasm in the page and in content scripts alike.
//
// The service worker may be stopped at any time: its port then disconnects. The newest pending
// check is sent again on a fresh port, which wakes the worker (a cold start). Reports are cached
// by (platform, revision of the settings, options, the text's length and hash), texts over the
// interactive limit excepted. A `failed` reply (the checker crashed, a report too large to send)
// is passed to `onFailed` and resolves to null: it is not a stopped worker, and is not sent again.
// A check the worker never answered, after RETRIES ports, is passed to `onFailed` too (the
// writer would otherwise see no hints and no reason); the next change of the text asks again.
import { Lru } from './lru.js';
import { cacheable, hash53 } from './text-key.js';

const PORT = 'brio-check';
const RETRIES = 3; // cold starts in a row before giving up on a request
const TIMEOUT_MS = 8000; // a worker that neither answers nor disconnects is treated as gone
/** What a check the worker never answered is failed with. */
export const NO_ANSWER = 'The checker did not answer; it tries again at your next change.';

export class PortClient {
  /**
   * @param {{ platform: string, revision: () => number, connect?: () => chrome.runtime.Port,
   *           onDead?: () => void, onFailed?: (reply: { message: string, crashed?: boolean }) => void,
   *           cacheSize?: number, timeoutMs?: number }} options
   */
  constructor({ platform, revision, connect = () => chrome.runtime.connect({ name: PORT }), onDead, onFailed, cacheSize = 64, timeoutMs = TIMEOUT_MS }) {
    this.platform = platform;
    this.revision = revision;
    this.connect = connect;
    this.onDead = onDead;
    this.onFailed = onFailed;
    this.timeoutMs = timeoutMs;
    this.cache = new Lru(cacheSize);
    this.version = 0; // of checks: only the newest one's report is wanted
    this.pending = new Map(); // id -> { message, resolve, tries, timer }
    this.port = null;
    this.dead = false;
    this.stats = { sent: 0, cached: 0, reconnects: 0, unanswered: 0 };
    this.lastProfileError = null;
  }

  /** Checks `text` for this site's platform under the current settings. */
  async check(text, options = {}) {
    const id = ++this.version;
    if (this.dead) return null;
    const revision = this.revision();
    const key = cacheable(text) ? JSON.stringify([this.platform, revision, options, text.length, hash53(text)]) : null;
    const hit = key && this.cache.get(key);
    if (hit) {
      this.stats.cached++;
      return { text, report: hit.report, ms: 0, cached: true };
    }
    // Only the newest check matters: older ones waiting on the worker are answered null now.
    for (const older of [...this.pending.keys()]) if (older < id) this.#settle(older, null);
    const reply = await new Promise((resolve) => {
      const message = { type: 'check', id, text, platform: this.platform, revision, options };
      this.pending.set(id, { message, resolve, tries: 0, timer: 0 });
      this.#send(id);
    });
    if (reply?.type === 'failed') this.onFailed?.(reply);
    if (!reply || reply.type !== 'report') return null;
    this.lastProfileError = reply.profileError ?? null;
    if (key) this.cache.set(key, { report: reply.report });
    if (id !== this.version) return null;
    // The worker does not echo the text: the report is about the text this check sent.
    return { text, report: reply.report, ms: reply.ms };
  }

  /** Forgets cached reports (the settings changed under the same revision, say). */
  clearCache() {
    this.cache.clear();
  }

  #port() {
    if (this.port) return this.port;
    let port;
    try {
      port = this.connect();
    } catch {
      // "Extension context invalidated": the extension was reloaded or removed under this page.
      this.#die();
      return null;
    }
    port.onMessage.addListener((msg) => this.#settle(msg?.id, msg));
    port.onDisconnect.addListener(() => {
      void chrome.runtime.lastError; // read, so Chrome does not log it as unchecked
      if (this.port === port) this.port = null;
      this.#resend();
    });
    this.port = port;
    return port;
  }

  #send(id) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    if (waiting.tries++ >= RETRIES) {
      this.stats.unanswered++;
      this.#settle(id, { type: 'failed', id, message: NO_ANSWER });
      return;
    }
    const port = this.#port();
    if (!port) return;
    clearTimeout(waiting.timer);
    waiting.timer = setTimeout(() => this.#restart(), this.timeoutMs);
    try {
      port.postMessage(waiting.message);
      this.stats.sent++;
    } catch {
      // The port closed between connect and post: onDisconnect will resend.
      this.port = null;
      this.#resend();
    }
  }

  // The worker went away (stopped when idle, or crashed): ask again on a new port. Only the
  // newest request can still be pending, since older ones are settled as soon as it is made.
  #resend() {
    if (!this.pending.size || this.dead) return;
    this.stats.reconnects++;
    for (const id of [...this.pending.keys()]) this.#send(id);
  }

  #restart() {
    const port = this.port;
    this.port = null;
    try {
      port?.disconnect();
    } catch {
      // already gone
    }
    this.#resend();
  }

  #settle(id, msg) {
    const waiting = this.pending.get(id);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.pending.delete(id);
    waiting.resolve(msg);
  }

  #die() {
    this.dead = true;
    for (const id of [...this.pending.keys()]) this.#settle(id, null);
    this.onDead?.();
  }

  destroy() {
    this.dead = true;
    for (const id of [...this.pending.keys()]) this.#settle(id, null);
    try {
      this.port?.disconnect();
    } catch {
      // already gone
    }
    this.port = null;
  }
}
