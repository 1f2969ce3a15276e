// A Web Worker stand-in for Node: the editor layer's own worker protocol (worker-protocol.js)
// over the real package (loaded with initSync), answering asynchronously as a worker does. Tests
// make it crash (a 'fatal' message, or an 'error' event as a dead worker gives) and read the
// order of the messages it received.
import { Checker } from '../js/load.js';
import { createHandler } from '../../www/src/editor/worker-protocol.js';

export class StubWorker extends EventTarget {
  /** @param {{ crashOn?: (message: object) => boolean, hold?: (message: object) => Promise<void> | void }} [knobs] */
  constructor({ crashOn = () => false, hold } = {}) {
    super();
    this.received = [];
    this.terminated = false;
    this.crashOn = crashOn;
    this.hold = hold;
    this.handle = createHandler(Checker, (data) => this.#emit(new MessageEvent('message', { data })));
    setTimeout(() => this.#emit(new MessageEvent('message', { data: { type: 'ready', rules: [], platforms: [], ms: {} } })), 0);
  }

  #emit(event) {
    if (!this.terminated) this.dispatchEvent(event);
  }

  postMessage(data) {
    this.received.push(data.type);
    const copy = structuredClone(data);
    setTimeout(async () => {
      if (this.terminated) return;
      await this.hold?.(copy);
      if (this.crashOn(copy)) this.crash();
      else this.handle(copy);
    }, 0);
  }

  /** Dies as a worker whose wasm trapped: an 'error' event, no reply. */
  crash(message = 'RuntimeError: unreachable') {
    this.#emit(Object.assign(new Event('error'), { message }));
  }

  terminate() {
    this.terminated = true;
  }
}

/** A createWorker hook that keeps every worker it made. */
export function stubWorkers(knobs) {
  const made = [];
  const create = () => {
    const w = new StubWorker(typeof knobs === 'function' ? knobs(made.length) : knobs);
    made.push(w);
    return w;
  };
  return { made, create };
}
