// The checking engine of the service worker: the wasm, instantiated once per service-worker life
// from the file bundled in the extension, and one Checker per platform for the current settings.
// The service worker can be stopped at any time (30 s idle); on the next message it starts cold,
// and `start()` is called at the top level so that compiling overlaps the first connection.
import init, { Checker } from '../../../pkg/brio.js';
import { checkerOptions, loadSettings } from '../settings.js';

export class Engine {
  constructor() {
    this.ready = null;
    this.broken = null; // a wasm trap leaves the instance unusable until the worker restarts
    this.settings = null; // cached; dropped when storage changes
    this.checkers = new Map(); // platform -> { revision, checker, error }
    this.startedAt = 0;
    this.instantiateMs = 0;
  }

  /** Compiles and instantiates the wasm (once). */
  start() {
    this.ready ??= (async () => {
      const t0 = performance.now();
      // The extension's own file: no network, and the extension CSP allows 'wasm-unsafe-eval'.
      await init({ module_or_path: chrome.runtime.getURL('brio_bg.wasm') });
      this.instantiateMs = performance.now() - t0;
    })();
    return this.ready;
  }

  /** Forgets the cached settings and checkers (called when storage changes). */
  invalidate() {
    this.settings = null;
    for (const { checker } of this.checkers.values()) checker?.free();
    this.checkers.clear();
  }

  async #settings(revision) {
    if (!this.settings || (revision !== undefined && revision > this.settings.revision)) {
      this.settings = await loadSettings();
    }
    return this.settings;
  }

  /**
   * The Checker for `platform` under the current settings. An invalid stored profile (the
   * options page validates before saving, so only a hand-edited storage) falls back to none
   * and says so in `error`.
   */
  async checker(platform, revision) {
    await this.start();
    const settings = await this.#settings(revision);
    const cached = this.checkers.get(platform);
    if (cached && cached.revision === settings.revision) return cached;
    cached?.checker?.free();
    const options = checkerOptions(settings, platform);
    let entry;
    try {
      entry = { revision: settings.revision, checker: new Checker(options), error: null };
    } catch (e) {
      if (!options.profile) throw e;
      delete options.profile;
      entry = { revision: settings.revision, checker: new Checker(options), error: String(e.message ?? e) };
    }
    this.checkers.set(platform, entry);
    return entry;
  }

  /** Checks `text`: { report, ms, revision, profileError } or throws. */
  async check({ text, platform, revision, options }) {
    if (this.broken) throw new Error(this.broken);
    const entry = await this.checker(platform, revision);
    const t0 = performance.now();
    try {
      const report = entry.checker.check(text, options ?? {});
      return { report, ms: performance.now() - t0, revision: entry.revision, profileError: entry.error };
    } catch (e) {
      if (e instanceof WebAssembly.RuntimeError) this.broken = `checker crashed: ${e.message}`;
      throw e;
    }
  }

  /** Validates a profile the way the CLI does: by building a Checker with it. */
  async validateProfile(source) {
    await this.start();
    try {
      const checker = new Checker({ profile: source });
      checker.free();
      return { ok: true };
    } catch (e) {
      return { ok: false, error: String(e.message ?? e) };
    }
  }

  /**
   * Learns a profile from an export's text (Checker.learn): { ok: true, toml, read, warnings }
   * or { ok: false, error } with the message the CLI's `brio learn` prints.
   */
  async learn(text, locale) {
    await this.start();
    try {
      const learned = Checker.learn(text, { locale: locale ?? 'auto' });
      return { ok: true, toml: learned.toml, read: learned.read, warnings: learned.warnings };
    } catch (e) {
      return { ok: false, error: String(e.message ?? e) };
    }
  }

  async info() {
    await this.start();
    return { rules: Checker.rules(), platforms: Checker.platforms(), instantiateMs: this.instantiateMs };
  }
}
