// The main-thread side of the checking worker: promises for configure/check, a version counter
// so that a slow report never overwrites a newer one, and a fresh worker when the old one died.
//
// Failing safe: a worker that crashed stays down (its state says so, and why) until the next
// request, which starts a new one; the new worker gets the last good configuration before any
// check reaches it. A configuration the worker refused (an invalid brand profile) leaves the
// previous one in force, and every report says so (`profileError`) until a configuration is
// accepted: the pre-publish gate must not pass a post under a profile that is not the one asked.

import { applyDelta, editBetween } from './report-delta.js';

/**
 * Creates the default worker. Bundlers recognise this exact form, from node_modules too: webpack 5
 * names the worker's chunk from `name`, and Vite's pattern wants nothing (not even a comment)
 * between `new Worker(` and `new URL(`, or it takes the worker for a plain file.
 */
export function defaultWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'brio-worker' });
}

/**
 * `result` marked `provisional` when the worker's reply was: made without the word lists the
 * build fetches apart, so lacking hints that a check once they are in will have. A status
 * `{ state: 'ready', refresh }` follows when they are.
 */
const withProvisional = (result, reply) => (reply.provisional ? { ...result, provisional: true } : result);

/** @typedef {import('./types.js').CheckResult} CheckResult */
/** @typedef {import('./types.js').CheckFailure} CheckFailure */

export class CheckClient {
  /**
   * @param {{ createWorker?: () => Worker, onReady?: (info) => void, onFatal?: (message: string) => void,
   *           onStatus?: (status: { state: string, message?: string }) => void,
   *           timeouts?: { start?: number, reply?: number }, locale?: string }} [hooks] timeouts
   *   in ms; `locale`, the page's language (`fr`, `en`, `fr-CA`; the document's `lang` when not
   *   given), picks the build the worker loads first (builds.js)
   */
  constructor({ createWorker = defaultWorker, onReady, onFatal, onStatus, timeouts = {}, locale } = {}) {
    this.createWorker = createWorker;
    this.locale = locale ?? globalThis.document?.documentElement?.lang ?? null;
    // A worker that never says it is ready, or stops answering, is as dead as one that crashed.
    this.timeouts = { start: 20_000, reply: 60_000, ...timeouts };
    this.watchers = new Set();
    this.onReady = onReady;
    this.onFatal = onFatal;
    this.onStatus = onStatus;
    this.version = 0; // of checks: only the newest one's report is wanted
    this.configs = 0;
    this.learns = 0;
    this.pending = new Map();
    this.options = null; // the last configuration the worker accepted
    this.profileError = null; // why the last configuration was refused, while it stays so
    this.epoch = 0; // bumped with each configuration sent: a report from before it is stale
    this.info = null;
    this.worker = null;
    // What the worker's session holds after the last check or edit sent: that request's id, its
    // text, and a promise of its whole report (null when it has none: it failed, or it covers
    // only the part around the caret). `edit` sends the change from that text; reset with the
    // worker and with each configuration, which start the worker's session anew.
    this.base = null;
    /** @type {{ state: 'starting' | 'ready' | 'crashed', message?: string, refresh?: string | true }} */
    this.status = { state: 'starting' };
    this.ready = this.#start();
  }

  #setStatus(status) {
    this.status = status;
    this.onStatus?.(status);
    for (const fn of this.watchers) fn(status);
  }

  /** Calls `fn` with each new status ({ state, message? }); returns the way to stop. */
  watch(fn) {
    this.watchers.add(fn);
    return () => this.watchers.delete(fn);
  }

  // A new worker; resolves once it is ready and holds the last good configuration, so that
  // nothing sent after this promise can reach an unconfigured checker.
  #start() {
    this.#setStatus({ state: 'starting' });
    this.base = null;
    const worker = this.createWorker();
    this.worker = worker;
    // The worker's first message: which build to load (a one-language page fetches one language).
    worker.postMessage({ type: 'load', locale: this.locale });
    const started = new Promise((resolve, reject) => {
      const late = setTimeout(() => {
        if (this.worker !== worker) return;
        reject(new Error('the worker did not start'));
        this.#crash('the worker did not start');
      }, this.timeouts.start);
      worker.addEventListener('message', (e) => {
        if (this.worker !== worker) return;
        if (e.data?.type === 'ready') {
          clearTimeout(late);
          this.info = { rules: e.data.rules, platforms: e.data.platforms, ms: e.data.ms, build: e.data.build };
          resolve(this.info);
          return;
        }
        if (e.data?.type === 'refresh') {
          // The worker can now make better reports than those it gave (the word lists of a
          // one-language build came in): its session is new, and watchers check again.
          this.base = null;
          this.#setStatus({ state: 'ready', refresh: e.data.reason ?? true });
          return;
        }
        if (e.data?.type === 'fatal') {
          clearTimeout(late);
          reject(new Error(e.data.message));
          this.#crash(e.data.message);
          return;
        }
        this.#receive(e.data);
      });
      worker.addEventListener('error', (e) => {
        if (this.worker !== worker) return;
        const message = e?.message || 'the worker failed';
        clearTimeout(late);
        reject(new Error(message));
        this.#crash(message);
      });
    });
    const ready = started.then(async (info) => {
      if (this.options) {
        const reply = await this.#send({ type: 'configure', id: `c${++this.configs}`, options: this.options });
        if (reply.type === 'crashed') throw new Error(reply.message);
        // The same options were accepted before: refused now, the checker is not what it was.
        if (reply.error) {
          this.#crash(`the configuration was refused after a restart: ${reply.error}`);
          throw new Error(reply.error);
        }
      }
      this.#setStatus({ state: 'ready' });
      this.onReady?.(info);
      return info;
    });
    ready.catch(() => {}); // a failure is reported through the requests that wait on it
    return ready;
  }

  #receive(msg) {
    const waiting = this.pending.get(msg?.id);
    if (!waiting) return;
    this.pending.delete(msg.id);
    waiting(msg);
  }

  // A dead worker cannot be trusted again: drop it and answer everything pending. The next
  // request starts a new one.
  #crash(message) {
    if (this.status.state === 'crashed') return;
    this.#setStatus({ state: 'crashed', message });
    this.onFatal?.(message);
    this.worker?.terminate();
    this.worker = null;
    for (const done of this.pending.values()) done({ type: 'crashed', message });
    this.pending.clear();
  }

  /** Waits for a live, configured worker, starting one if the last one crashed. */
  async #up() {
    if (this.status.state === 'crashed') this.ready = this.#start();
    await this.ready;
  }

  #send(message) {
    return new Promise((resolve) => {
      if (!this.worker) {
        resolve({ type: 'crashed', message: this.status.message ?? 'no worker' });
        return;
      }
      const worker = this.worker;
      const timer = setTimeout(() => {
        if (this.worker === worker && this.pending.has(message.id)) this.#crash('the worker stopped answering');
      }, this.timeouts.reply);
      this.pending.set(message.id, (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      worker.postMessage(message);
    });
  }

  /**
   * Builds the worker's Checker. Resolves to { error } when the options are refused (the
   * previous Checker stays, and reports carry `profileError` until a configuration is
   * accepted). Reports made before it are not re-made: check again after it.
   * @param {import('./types.js').CheckerOptions} options
   * @returns {Promise<{ error?: string, ms?: number, crashed?: boolean }>}
   */
  async configure(options) {
    try {
      await this.#up();
    } catch (e) {
      return { error: `The checker could not start: ${e.message}`, crashed: true };
    }
    this.epoch++;
    this.base = null;
    const reply = await this.#send({ type: 'configure', id: `c${++this.configs}`, options });
    if (reply.type === 'crashed') return { error: `The checker stopped: ${reply.message}`, crashed: true };
    if (reply.error) {
      this.profileError = reply.error;
      return { error: reply.error, ms: reply.ms };
    }
    this.options = options;
    this.profileError = null;
    return { error: undefined, ms: reply.ms };
  }

  /**
   * Checks `text`. Resolves to { text, report, verdict, ms, epoch, profileError? } (verdict:
   * the pre-publish gate, `Checker.verdict(report)`; epoch: the configuration it was made
   * under), to null when a newer check was asked for in the meantime (that one's report is the
   * one to show), or to { error, crashed? } when it could not be made.
   * @param {string} text
   * @param {import('./types.js').CheckOptions} [options]
   * @returns {Promise<CheckResult | CheckFailure | null>}
   */
  async check(text, options = {}) {
    const id = ++this.version;
    try {
      await this.#up();
    } catch (e) {
      return { error: `The checker could not start: ${e.message}`, crashed: true };
    }
    if (id !== this.version) return null;
    const epoch = this.epoch;
    const based = this.#based(id, text);
    const reply = await this.#send({ type: 'check', id, text, options });
    based(reply.type === 'report' && !reply.report.scope ? reply.report : null);
    if (reply.type === 'crashed') return { error: `The checker stopped: ${reply.message}`, crashed: true };
    if (reply.type !== 'report') return { error: reply.message ?? 'the check failed' };
    if (id !== this.version) return null;
    const result = withProvisional({ text, report: reply.report, verdict: reply.verdict, ms: reply.ms, epoch }, reply);
    return this.profileError ? { ...result, profileError: this.profileError } : result;
  }

  /**
   * Checks `text` as `check` does, sending only what changed since the text of the last check
   * or edit: the worker's session re-checks the paragraphs the change touched and answers with
   * what changed in the report, which is patched here onto the last report. Resolves as `check`
   * does, with the whole report on `text`; falls back to `check` when the worker holds no
   * session on the last text (a new worker or configuration, a report scoped around the caret,
   * an older package).
   * @param {string} text
   * @param {import('./types.js').CheckOptions} [options] the caret is not needed: the report is
   *   on the whole text
   * @returns {Promise<CheckResult | CheckFailure | null>}
   */
  async edit(text, options = {}) {
    const id = ++this.version;
    try {
      await this.#up();
    } catch (e) {
      return { error: `The checker could not start: ${e.message}`, crashed: true };
    }
    // The last request's report first: the change is sent only onto a whole report, and the
    // worker answers in order, so waiting costs no checking time.
    const base = this.base;
    const before = base && (await base.report);
    if (id !== this.version) return null;
    if (!before || this.base !== base) return this.check(text, options);
    const epoch = this.epoch;
    const based = this.#based(id, text);
    const change = editBetween(base.text, text);
    const reply = await this.#send({ type: 'edit', id, base: base.id, ...change, options });
    const report = reply.type === 'delta' ? applyDelta(before, reply.delta) : null;
    based(report);
    if (reply.type === 'crashed') return { error: `The checker stopped: ${reply.message}`, crashed: true };
    if (reply.type === 'failed') return { error: reply.message ?? 'the check failed' };
    if (id !== this.version) return null;
    if (!report) return this.check(text, options);
    const result = withProvisional({ text, report, verdict: reply.verdict, ms: reply.ms, epoch }, reply);
    return this.profileError ? { ...result, profileError: this.profileError } : result;
  }

  /**
   * Records `text` as what the worker's session holds once request `id` is answered; returns
   * the function that gives that request's whole report (or null).
   * @param {number} id
   * @param {string} text
   * @returns {(report: import('./types.js').Report | null) => void}
   */
  #based(id, text) {
    /** @type {(report: import('./types.js').Report | null) => void} */
    let done = () => {};
    const report = new Promise((resolve) => {
      done = resolve;
    });
    this.base = { id, text, report };
    return done;
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
    try {
      await this.#up();
    } catch (e) {
      return { error: `The checker could not start: ${e.message}` };
    }
    const reply = await this.#send({ type: 'learn', id: `l${++this.learns}`, posts, options });
    if (reply.type === 'crashed') return { error: `The checker stopped: ${reply.message}` };
    return reply.error ? { error: reply.error } : { result: reply.result };
  }

  destroy() {
    this.worker?.terminate();
    this.worker = null;
    this.pending.clear();
  }
}
