// The main-thread side of the checking worker: promises for configure/check, a version counter
// so that a slow report never overwrites a newer one, and a fresh worker if the old one dies.

/**
 * Creates the default worker. Bundlers recognise this exact form, from node_modules too: webpack 5
 * names the worker's chunk from `name`, and Vite's pattern wants nothing (not even a comment)
 * between `new Worker(` and `new URL(`, or it takes the worker for a plain file.
 */
export function defaultWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'brio-worker' });
}

export class CheckClient {
  /** @param {{ createWorker?: () => Worker, onReady?: (info) => void, onFatal?: (message) => void }} [hooks] */
  constructor({ createWorker = defaultWorker, onReady, onFatal } = {}) {
    this.createWorker = createWorker;
    this.onReady = onReady;
    this.onFatal = onFatal;
    this.version = 0; // of checks: only the newest one's report is wanted
    this.configs = 0;
    this.learns = 0;
    this.pending = new Map();
    this.options = null;
    this.info = null;
    this.ready = this.#start();
  }

  #start() {
    this.worker = this.createWorker();
    this.worker.addEventListener('message', (e) => this.#receive(e.data));
    this.worker.addEventListener('error', (e) => this.#restart(e.message || 'worker error'));
    return new Promise((resolve, reject) => {
      this.readyResolve = resolve;
      this.readyReject = reject;
    });
  }

  #receive(msg) {
    if (msg.type === 'ready') {
      this.info = { rules: msg.rules, platforms: msg.platforms, ms: msg.ms };
      this.onReady?.(this.info);
      this.readyResolve(this.info);
      return;
    }
    if (msg.type === 'fatal') {
      this.#restart(msg.message);
      return;
    }
    const waiting = this.pending.get(msg.id);
    if (!waiting) return;
    this.pending.delete(msg.id);
    waiting(msg);
  }

  // A dead worker cannot be trusted again: drop it, answer everything pending with null, start
  // over and re-apply the last good configuration.
  #restart(message) {
    this.onFatal?.(message);
    this.worker.terminate();
    for (const done of this.pending.values()) done(null);
    this.pending.clear();
    if (!this.info) {
      this.readyReject(new Error(message));
      return;
    }
    this.ready = this.#start();
    if (this.options) this.ready.then(() => this.configure(this.options));
  }

  #send(message) {
    return new Promise((resolve) => {
      this.pending.set(message.id, resolve);
      this.worker.postMessage(message);
    });
  }

  /**
   * Builds the worker's Checker. Resolves to { error } when the options are refused (the
   * previous Checker stays). Reports made before it are not re-made: check again after it.
   * @param {import('./types.js').CheckerOptions} options
   * @returns {Promise<{ error?: string, ms?: number }>}
   */
  async configure(options) {
    await this.ready;
    const reply = await this.#send({ type: 'configure', id: `c${++this.configs}`, options });
    if (reply && !reply.error) this.options = options;
    return { error: reply ? reply.error : 'checker restarted', ms: reply?.ms };
  }

  /**
   * Checks `text`. Resolves to { text, report, verdict, ms } (verdict: the pre-publish gate,
   * `Checker.verdict(report)`), or to null when a newer check was asked for
   * in the meantime (that one's report is the one to show).
   * @param {string} text
   * @param {import('./types.js').CheckOptions} [options]
   * @returns {Promise<import('./types.js').CheckResult | null>}
   */
  async check(text, options = {}) {
    const id = ++this.version;
    await this.ready;
    if (id !== this.version) return null;
    const reply = await this.#send({ type: 'check', id, text, options });
    if (!reply || reply.type !== 'report' || id !== this.version) return null;
    return { text: reply.text, report: reply.report, verdict: reply.verdict, ms: reply.ms };
  }

  /**
   * Learns a brand's voice from its past posts (`Checker.learn`): `posts` is an export's text
   * or an array of posts. Resolves to { result } ({ profile, toml, evidence, read, warnings })
   * or { error }.
   * @param {string | (string | { text: string, platform?: string })[]} posts
   * @param {import('../../../pkg/brio.js').LearnOptions} [options]
   * @returns {Promise<{ result?: import('../../../pkg/brio.js').Learned, error?: string }>}
   */
  async learn(posts, options = {}) {
    await this.ready;
    const reply = await this.#send({ type: 'learn', id: `l${++this.learns}`, posts, options });
    if (!reply) return { error: 'checker restarted' };
    return reply.error ? { error: reply.error } : { result: reply.result };
  }

  destroy() {
    this.worker.terminate();
    this.pending.clear();
  }
}
