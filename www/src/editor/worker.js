// The checking worker: owns the wasm and one Checker, so typing never waits on a check.
// Protocol (all messages are plain objects):
//   in:  { type: 'configure', id, options }  -> out: { type: 'configured', id, error?, ms }
//   in:  { type: 'check', id, text, options } -> out: { type: 'report', id, text, report, verdict, ms }
//                                               or  { type: 'failed', id, message }
//   in:  { type: 'learn', id, posts, options }    -> out: { type: 'learned', id, result } or
//                                                  { type: 'learned', id, error }
//   out on start: { type: 'ready', rules, platforms, ms } or { type: 'fatal', message }
// A wasm trap (RuntimeError) leaves the instance unusable: the worker says 'fatal' and the
// client replaces it.
import init, { Checker } from '../../../pkg/brio.js';

let checker = null;
// One document's incremental check (Checker.session): each report re-checks only the paragraphs
// an edit touched, and covers the whole text (so the caret is not passed on). It is made again
// when the options other than the caret change, or the checker does.
let session = null;
let sessionOptions = null;

// Past 64 KB of UTF-8, a check with the caret runs the rules on the part around it (the report's
// `scope`): cheaper than a session's update while the rules about the whole post still read the
// whole text on each update.
const WINDOWED = 64 * 1024;
const windowed = (text) =>
  text.length > WINDOWED / 3 && (text.length > WINDOWED || new TextEncoder().encode(text).length > WINDOWED);

function reportOf(text, options) {
  // An older package has no session.
  if (typeof checker.session !== 'function' || (options.caret !== undefined && windowed(text))) {
    return checker.check(text, options);
  }
  const { caret: _caret, ...rest } = options;
  const key = JSON.stringify(rest);
  if (!session || key !== sessionOptions) {
    session?.free();
    session = checker.session(rest);
    sessionOptions = key;
  }
  return session.update(text);
}
const started = performance.now();

function fatalOr(id, error, type) {
  if (error instanceof WebAssembly.RuntimeError) {
    postMessage({ type: 'fatal', message: String(error.message) });
  } else {
    postMessage({ type, id, message: String(error?.message ?? error), error: String(error?.message ?? error) });
  }
}

function onMessage({ data }) {
  if (data?.type === 'configure') {
    const t0 = performance.now();
    try {
      // A bad profile keeps the previous checker: the writer keeps their hints while editing it.
      const next = new Checker(data.options ?? {});
      // Free the old one now rather than whenever the garbage collector gets to it: wasm memory
      // only grows, and a profile editor reconfigures on every pause in typing.
      session?.free();
      session = null;
      checker?.free();
      checker = next;
      postMessage({ type: 'configured', id: data.id, ms: performance.now() - t0 });
    } catch (e) {
      fatalOr(data.id, e, 'configured');
    }
  } else if (data?.type === 'learn') {
    // Checker.learn is static: it needs no configured checker (and leaves the current one).
    try {
      postMessage({ type: 'learned', id: data.id, result: Checker.learn(data.posts, data.options ?? {}) });
    } catch (e) {
      fatalOr(data.id, e, 'learned');
    }
  } else if (data?.type === 'check') {
    if (!checker) {
      postMessage({ type: 'failed', id: data.id, message: 'not configured' });
      return;
    }
    const t0 = performance.now();
    try {
      const report = reportOf(data.text, data.options ?? {});
      // The pre-publish gate rides along with every report: CMS plugins block or warn on it
      // without a second round trip (absent with a package older than Checker.verdict).
      const verdict = typeof checker.verdict === 'function' ? checker.verdict(report) : undefined;
      postMessage({ type: 'report', id: data.id, text: data.text, report, verdict, ms: performance.now() - t0 });
    } catch (e) {
      fatalOr(data.id, e, 'failed');
    }
  }
}

init()
  .then(() => {
    const loaded = performance.now();
    addEventListener('message', onMessage);
    postMessage({
      type: 'ready',
      rules: Checker.rules(),
      platforms: Checker.platforms(),
      ms: { instantiate: loaded - started },
    });
  })
  .catch((e) => postMessage({ type: 'fatal', message: String(e?.message ?? e) }));
