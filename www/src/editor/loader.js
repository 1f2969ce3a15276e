// The checking worker's loading part: which build of the wasm package answers (builds.js), in
// front of the protocol's handler (worker-protocol.js). The client's first message,
// `{ type: 'load', locale }`, names the page's language; the worker loads that build, says
// 'ready', and moves to the full build when a configuration, a `learn` or a text needs it:
// the configuration in force is given to the new build and the request is answered by it.
// Apart from worker.js so that Node's tests drive it over the package loaded with initSync.
//
// The word lists. A one-language build leaves the hashtag word lists out of its .wasm
// (`Checker.needsWords()`; docs/npm.md, "Builds"), so that a page's first hint waits for less.
// Its reports lack the rules that read them (a tag's casing and grade, capitals): each is
// answered at once, marked `provisional`. The first one starts the fetch of the lists
// (`words.bin`), and checks go on being answered meanwhile (a slow network slows no hint);
// once the bytes are in, in the order of the messages, they are installed, a new checker is
// made under the configuration in force, and the page is told `{ type: 'refresh' }` to check
// again. If the lists cannot be had, the full build, which carries them, answers from then on
// (and the page is told the same).
import { capabilities, initialBuild, needsFull, outOfBuild } from './builds.js';
import { createHandler } from './worker-protocol.js';

/**
 * @param {(build: import('./builds.js').BuildName) => Promise<any>} load resolves to the
 *   build's Checker class, its wasm instantiated
 * @param {(message: object) => void} post
 * @param {{ words?: () => Promise<Uint8Array> }} [options] `words` resolves to the bytes of
 *   the package's words.bin, for a build that lacks the lists
 * @returns {(data: any) => Promise<void>} the handler of one incoming message; messages are
 *   answered in their order
 */
export function createLoader(load, post, { words } = {}) {
  const started = performance.now();
  let current = null; // { build, Checker, caps, handle }
  let configure = null; // the last configuration accepted, given again to a new build
  let queue = Promise.resolve();
  let wordsFetch = null; // set once the lists are asked for

  /** Runs `data` on the current build; returns its replies instead of posting them. */
  function run(data) {
    const replies = [];
    current.handle = current.handle ?? createHandler(current.Checker, (m) => current.replies.push(m));
    current.replies = replies;
    current.handle(data);
    return replies;
  }

  async function use(build) {
    const Checker = await load(build);
    current = { build, Checker, caps: capabilities(Checker), handle: null, replies: [] };
    if (configure) {
      const [reply] = run(configure);
      if (reply?.error) configure = null;
    }
  }

  async function toFull() {
    if (current?.build !== 'full') await use('full');
  }

  /** Whether the loaded build still lacks the word lists. */
  const lacksWords = () => typeof current.Checker.needsWords === 'function' && current.Checker.needsWords();

  /** Runs `step` after the messages received so far (and before later ones). */
  function enqueue(step) {
    queue = queue.then(step).catch((e) => post({ type: 'fatal', message: String(e?.message ?? e) }));
    return queue;
  }

  /** Starts fetching the lists, once; they are installed in turn when they come. */
  function fetchWords() {
    if (wordsFetch) return;
    wordsFetch = Promise.resolve()
      .then(() => {
        if (!words) throw new Error('no way to fetch the word lists was given');
        return words();
      })
      .then(
        (bytes) => enqueue(() => wordsIn(bytes)),
        () => enqueue(() => wordsIn(null)),
      );
  }

  /** Installs `bytes` in the loaded build, with a new checker to read them; or, when they
   * could not be had or are refused, moves to the full build. Then the page checks again. */
  async function wordsIn(bytes) {
    if (!lacksWords()) return; // the full build answers already
    let installed = false;
    try {
      if (bytes) current.Checker.installWords(bytes);
      installed = bytes !== null;
    } catch {
      // Another build's lists: as if there were none.
    }
    if (installed) {
      // The checker and its session read the lists on their own checks: start them anew.
      current.handle = null;
      if (configure) run(configure);
    } else {
      await toFull();
    }
    post({ type: 'refresh', reason: 'words' });
  }

  async function onMessage(data) {
    if (!current) {
      const t0 = performance.now();
      try {
        await use(data?.type === 'load' ? initialBuild(data.locale) : 'full');
      } catch (e) {
        post({ type: 'fatal', message: String(e?.message ?? e) });
        return;
      }
      post({
        type: 'ready',
        build: current.build,
        rules: current.Checker.rules(),
        platforms: current.Checker.platforms(),
        ms: { instantiate: performance.now() - (data?.type === 'load' ? t0 : started) },
      });
      if (data?.type === 'load') return;
    } else if (data?.type === 'load') {
      return; // one build per page start: a late hint changes nothing
    }
    if (needsFull(data, current.caps)) await toFull();
    let replies = run(data);
    if (replies.some((r) => outOfBuild(r, current.caps))) {
      await toFull();
      replies = run(data);
    }
    if (data?.type === 'configure' && replies.some((r) => r.type === 'configured' && !r.error)) {
      configure = data;
    }
    const isReport = (r) => r.type === 'report' || r.type === 'delta';
    const provisional = lacksWords();
    for (const reply of replies) post(provisional && isReport(reply) ? { ...reply, provisional: true } : reply);
    if (provisional && replies.some(isReport)) fetchWords();
  }

  return (data) => enqueue(() => onMessage(data));
}
