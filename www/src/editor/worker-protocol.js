// The checking worker's protocol, apart from the worker itself so that the same code answers in
// a Web Worker (worker.js) and in Node's tests (over the package loaded with initSync).
// All messages are plain objects:
//   in:  { type: 'configure', id, options }  -> out: { type: 'configured', id, error?, ms }
//   in:  { type: 'check', id, text, options } -> out: { type: 'report', id, report, verdict, ms }
//                                               or  { type: 'failed', id, message }
//   in:  { type: 'edit', id, base, start, end, text, options }
//        -> out: { type: 'delta', id, delta, verdict, ms } (a ReportDelta on the report of the
//           request `base`: applyDelta in report-delta.js makes the new report of it)
//        or { type: 'stale', id } when the worker's session does not hold the text of `base`
//           under these options (the client then sends the whole text with 'check')
//        or { type: 'failed', id, message }
//   in:  { type: 'learn', id, posts, options }    -> out: { type: 'learned', id, result } or
//                                                  { type: 'learned', id, error }
//   out on start: { type: 'ready', rules, platforms, ms } or { type: 'fatal', message }
// The loader in front (loader.js) adds, for a one-language build before its word lists are in:
//   `provisional: true` on a 'report' or 'delta' made without them, and, once they are in (or
//   the full build answers instead), { type: 'refresh', reason: 'words' }: check again.
// A wasm trap (RuntimeError) leaves the instance unusable: the worker says 'fatal' and the
// client replaces it.

// Past 64 KB of UTF-8, a check with the caret runs the rules on the part around it (the report's
// `scope`): about what a session's update costs there, the whole text crossing into the wasm and
// the whole report back on each one. An 'edit' goes through the session at any length: only the
// edit and what changed in the report cross (bench/LOG.md, "edits and deltas").
const WINDOWED = 64 * 1024;
/** @param {string} text */
const windowed = (text) =>
  text.length > WINDOWED / 3 && (text.length > WINDOWED || new TextEncoder().encode(text).length > WINDOWED);

/**
 * A message to the worker.
 * @typedef {{ type: 'configure', id: string, options?: import('./types.js').CheckerOptions }
 *   | { type: 'learn', id: string, posts: Parameters<typeof import('../../../pkg/brio.js').Checker.learn>[0],
 *       options?: import('../../../pkg/brio.js').LearnOptions }
 *   | { type: 'check', id: number | string, text: string, options?: import('./types.js').CheckOptions }
 *   | { type: 'edit', id: number | string, base: number | string, start: number, end: number, text: string,
 *       options?: import('./types.js').CheckOptions }} Request
 */

/**
 * @param {typeof import('../../../pkg/brio.js').Checker} Checker
 * @param {(message: object) => void} post
 * @returns {(data: Request) => void} the handler of one incoming message
 */
export function createHandler(Checker, post) {
  let checker = null;
  // One document's incremental check (Checker.session): each report re-checks only the
  // paragraphs an edit touched, and covers the whole text (so the caret is not passed on). It is
  // made again when the options other than the caret change, or the checker does.
  let session = null;
  let sessionOptions = null;
  // The request whose text the session holds (a 'check' it answered, or an 'edit'): an edit
  // applies only to that text.
  let sessionBase = null;

  /** The options of a session (a check's but the caret) and their key. */
  function sessionKey(options) {
    const { caret: _caret, ...rest } = options;
    return { rest, key: JSON.stringify(rest) };
  }

  function reportOf(id, text, options) {
    // An older package has no session; a long text with a caret is checked around it.
    if (typeof checker.session !== 'function' || (options.caret !== undefined && windowed(text))) {
      return checker.check(text, options);
    }
    const { rest, key } = sessionKey(options);
    if (!session || key !== sessionOptions) {
      session?.free();
      session = checker.session(rest);
      sessionOptions = key;
    }
    sessionBase = null;
    const report = session.update(text);
    sessionBase = id;
    return report;
  }

  /** The delta of an edit of the session's text, or null when the session does not hold the
   * text the edit applies to. */
  function deltaOf(data) {
    const { key } = sessionKey(data.options ?? {});
    if (!session || typeof session.edit !== 'function' || key !== sessionOptions || data.base === null || data.base !== sessionBase) {
      return null;
    }
    // A failed edit leaves the session's text as it was, but no longer the client's: forget it.
    sessionBase = null;
    const delta = session.edit(data.start, data.end, data.text);
    sessionBase = data.id;
    return delta;
  }

  function fatalOr(id, error, type) {
    if (error instanceof WebAssembly.RuntimeError) {
      post({ type: 'fatal', message: String(error.message) });
    } else {
      post({ type, id, message: String(error?.message ?? error), error: String(error?.message ?? error) });
    }
  }

  return function onMessage(data) {
    if (data?.type === 'configure') {
      const t0 = performance.now();
      try {
        // A bad profile keeps the previous checker: the writer keeps their hints while editing it.
        const next = new Checker(data.options ?? {});
        // Free the old one now rather than whenever the garbage collector gets to it: wasm memory
        // only grows, and a profile editor reconfigures on every pause in typing.
        session?.free();
        session = null;
        sessionBase = null;
        checker?.free();
        checker = next;
        post({ type: 'configured', id: data.id, ms: performance.now() - t0 });
      } catch (e) {
        fatalOr(data.id, e, 'configured');
      }
    } else if (data?.type === 'learn') {
      // Checker.learn is static: it needs no configured checker (and leaves the current one).
      try {
        post({ type: 'learned', id: data.id, result: Checker.learn(data.posts, data.options ?? {}) });
      } catch (e) {
        fatalOr(data.id, e, 'learned');
      }
    } else if (data?.type === 'check') {
      if (!checker) {
        post({ type: 'failed', id: data.id, message: 'The checker is not configured: no configuration was accepted yet.' });
        return;
      }
      const t0 = performance.now();
      try {
        const report = reportOf(data.id, data.text, data.options ?? {});
        // The pre-publish gate rides along with every report, from the core (Checker.verdict):
        // CMS plugins block or warn on it without a second round trip.
        const verdict = typeof checker.verdict === 'function' ? checker.verdict(report) : undefined;
        // The text is not sent back: the client has it, and a 1 MB text costs the main thread
        // a copy each way.
        post({ type: 'report', id: data.id, report, verdict, ms: performance.now() - t0 });
      } catch (e) {
        fatalOr(data.id, e, 'failed');
      }
    } else if (data?.type === 'edit') {
      if (!checker) {
        post({ type: 'stale', id: data.id });
        return;
      }
      const t0 = performance.now();
      try {
        const delta = deltaOf(data);
        if (!delta) {
          post({ type: 'stale', id: data.id });
          return;
        }
        // Only what changed in the report goes to the page, which patches its own copy.
        post({ type: 'delta', id: data.id, delta, verdict: session.verdict(), ms: performance.now() - t0 });
      } catch (e) {
        fatalOr(data.id, e, 'failed');
      }
    }
  };
}
