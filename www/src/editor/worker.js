// The checking worker: owns the wasm and one Checker, so typing never waits on a check. Its
// protocol is worker-protocol.js.
import init, { Checker } from '../../../pkg/brio.js';
import { createHandler } from './worker-protocol.js';

const started = performance.now();

init()
  .then(() => {
    const loaded = performance.now();
    const handle = createHandler(Checker, (message) => postMessage(message));
    addEventListener('message', (e) => handle(e.data));
    postMessage({
      type: 'ready',
      rules: Checker.rules(),
      platforms: Checker.platforms(),
      ms: { instantiate: loaded - started },
    });
  })
  .catch((e) => postMessage({ type: 'fatal', message: String(e?.message ?? e) }));
