// The checking engine of the service worker: the wasm, instantiated from the file bundled in the
// extension, and one Checker per platform for the current settings. The service worker can be
// stopped at any time (30 s idle); on the next message it starts cold, and `start()` is called at
// the top level so that compiling overlaps the first connection.
//
// A wasm trap (a Rust panic: panic = "abort") is fatal to the instance, wherever it happens (a
// check, building a Checker, validating a profile): the request is answered as crashed, and the
// next one runs on a fresh instance (`generation` counts them). Nothing of the old instance is
// touched again, not even to free it.
import init, { Checker, resetWasm, trapForTests } from '../../../pkg/brio.js';
import { checkerOptions, loadSettings } from '../settings.js';

/** The error a request gets when the wasm trapped under it. */
export class Crash extends Error {
  constructor(cause) {
    super(`The checker crashed (${cause?.message ?? cause}); it restarts on the next check.`);
    this.name = 'Crash';
  }
}

const isTrap = (e) => e instanceof WebAssembly.RuntimeError;

export class Engine {
  constructor() {
    this.ready = null;
    this.broken = null; // the trap that made this instance unusable
    this.generation = 0; // instances built so far
    this.settings = null; // cached; dropped when storage changes
    this.checkers = new Map(); // platform -> { revision, checker, error }
    this.instantiateMs = 0;
    this.stats = { runs: 0, crashes: 0, requests: 0 };
    this.trapNext = false; // the unpacked test build only: the next check or validation traps for real
    this.hold = null; // the unpacked test build only: a promise checks wait for before they run
  }

  /** Compiles and instantiates the wasm (once per instance). */
  start() {
    if (this.ready) return this.ready;
    const ready = (async () => {
      const t0 = performance.now();
      // The extension's own file: no network, and the extension CSP allows 'wasm-unsafe-eval'.
      await init({ module_or_path: chrome.runtime.getURL('brio_bg.wasm') });
      this.generation++;
      this.instantiateMs = performance.now() - t0;
    })();
    ready.catch(() => {
      if (this.ready === ready) this.ready = null; // a failed start is tried again on the next request
    });
    this.ready = ready;
    return ready;
  }

  /** Runs `f` on the instance; a trap under it breaks the instance and becomes a Crash. */
  async #guard(f) {
    if (this.broken) await this.#restart();
    await this.start();
    try {
      return await f();
    } catch (e) {
      if (!isTrap(e)) throw e;
      this.broken = e;
      this.stats.crashes++;
      throw new Crash(e);
    }
  }

  async #restart() {
    // Detach the old instance's Checkers without calling into it: their finalizers would
    // otherwise free their pointers in the new instance.
    for (const { checker } of this.checkers.values()) checker?.__destroy_into_raw?.();
    this.checkers.clear();
    resetWasm();
    this.ready = null;
    this.broken = null;
    await this.start();
  }

  /** Forgets the cached settings and checkers (called when storage changes). */
  invalidate() {
    this.settings = null;
    if (!this.broken) for (const { checker } of this.checkers.values()) checker?.free();
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
  async #checker(platform, revision) {
    const settings = await this.#settings(revision);
    const cached = this.checkers.get(platform);
    if (cached && cached.revision === settings.revision) return cached;
    cached?.checker?.free();
    this.checkers.delete(platform);
    const options = checkerOptions(settings, platform);
    let entry;
    try {
      entry = { revision: settings.revision, checker: new Checker(options), error: null };
    } catch (e) {
      if (isTrap(e) || !options.profile) throw e;
      delete options.profile;
      entry = { revision: settings.revision, checker: new Checker(options), error: String(e.message ?? e) };
    }
    this.checkers.set(platform, entry);
    return entry;
  }

  /** Checks `text`: { report, ms, revision, profileError }; throws a Crash after a trap. */
  check({ text, platform, revision, options }) {
    return this.#guard(async () => {
      if (BRIO_TEST_HOOKS && this.hold) await this.hold;
      const entry = await this.#checker(platform, revision);
      this.stats.runs++;
      if (BRIO_TEST_HOOKS && this.trapNext) {
        this.trapNext = false;
        trapForTests();
      }
      const t0 = performance.now();
      const report = entry.checker.check(text, options ?? {});
      return { report, ms: performance.now() - t0, revision: entry.revision, profileError: entry.error };
    });
  }

  /** Validates a profile the way the CLI does: by building a Checker with it. */
  validateProfile(source) {
    return this.#guard(() => {
      try {
        if (BRIO_TEST_HOOKS && this.trapNext) {
          this.trapNext = false;
          trapForTests();
        }
        new Checker({ profile: source }).free();
        return { ok: true };
      } catch (e) {
        if (isTrap(e)) throw e;
        return { ok: false, error: String(e.message ?? e) };
      }
    });
  }

  /**
   * Learns a profile from an export's text (Checker.learn): { ok: true, toml, read, warnings }
   * or { ok: false, error } with the message the CLI's `brio learn` prints.
   */
  learn(text, locale) {
    return this.#guard(() => {
      try {
        const learned = Checker.learn(text, { locale: locale ?? 'auto' });
        return { ok: true, toml: learned.toml, read: learned.read, warnings: learned.warnings };
      } catch (e) {
        if (isTrap(e)) throw e;
        return { ok: false, error: String(e.message ?? e) };
      }
    });
  }

  info() {
    return this.#guard(() => ({ rules: Checker.rules(), platforms: Checker.platforms(), instantiateMs: this.instantiateMs }));
  }
}
