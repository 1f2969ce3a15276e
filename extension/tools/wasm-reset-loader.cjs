// A webpack loader for wasm-bindgen's glue (pkg/brio.js), for the service worker only: it adds
// `resetWasm()`, which forgets the instance so that the next init() builds a fresh one. A wasm
// trap (a Rust panic) leaves an instance unusable; the glue keeps it in module variables and
// init() returns it again, so without this the engine could only recover when the worker
// restarts. Generated from the glue's own declarations: a wasm-bindgen upgrade that renames them
// fails the build here instead of resetting half of the state.
module.exports = function wasmResetLoader(source) {
  const caches = [...source.matchAll(/^let (cached\w+Memory0) = null;$/gm)].map((m) => m[1]);
  const needed = [/^let wasmModule, wasmInstance, wasm;$/m, /^let __wbg_init_promise;$/m, /^let WASM_VECTOR_LEN = 0;$/m];
  if (!caches.length || needed.some((re) => !re.test(source))) {
    throw new Error('wasm-reset-loader: the glue of this wasm-bindgen version is not the one this loader knows');
  }
  return `${source}
/** Forgets the current instance (Brio's service worker, after a trap): init() builds a new one. */
export function resetWasm() {
  wasm = undefined;
  wasmInstance = undefined;
  wasmModule = undefined;
  __wbg_init_promise = undefined;
  WASM_VECTOR_LEN = 0;
  ${caches.map((c) => `${c} = null;`).join('\n  ')}
}
/** A real trap in the current instance (an allocation it cannot make aborts): for tests only. */
export function trapForTests() {
  wasm.__wbindgen_malloc(0xfffffff0, 8);
}
`;
};
