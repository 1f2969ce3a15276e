// The checking worker's loading part: which build of the wasm package answers (builds.js), in
// front of the protocol's handler (worker-protocol.js). The client's first message,
// `{ type: 'load', locale }`, names the page's language; the worker loads that build, says
// 'ready', and moves to the full build when a configuration, a `learn` or a text needs it:
// the configuration in force is given to the new build and the request is answered by it.
// Apart from worker.js so that Node's tests drive it over the package loaded with initSync.
import { capabilities, initialBuild, needsFull, outOfBuild } from './builds.js';
import { createHandler } from './worker-protocol.js';

/**
 * @param {(build: import('./builds.js').BuildName) => Promise<any>} load resolves to the
 *   build's Checker class, its wasm instantiated
 * @param {(message: object) => void} post
 * @returns {(data: any) => Promise<void>} the handler of one incoming message; messages are
 *   answered in their order
 */
export function createLoader(load, post) {
  const started = performance.now();
  let current = null; // { build, Checker, caps, handle }
  let configure = null; // the last configuration accepted, given again to a new build
  let queue = Promise.resolve();

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
    for (const reply of replies) post(reply);
  }

  return (data) => {
    queue = queue.then(() => onMessage(data)).catch((e) => post({ type: 'fatal', message: String(e?.message ?? e) }));
    return queue;
  };
}
