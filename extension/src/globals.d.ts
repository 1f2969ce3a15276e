// What the build adds to the extension's scripts, for the type check (`make lint`): webpack's
// DefinePlugin constants (extension/webpack.config.js), the tests' handle on the service worker,
// and the two functions the service worker's loader adds to wasm-bindgen's glue
// (extension/tools/wasm-reset-loader.cjs).
export {};

declare global {
  /** True in the unpacked test build, false in the store's. */
  const BRIO_TEST_HOOKS: boolean;
  const BRIO_BROWSER: 'chrome' | 'firefox';
  interface Window {
    /** The test build's handle on the service worker's engine. */
    brio?: { engine: unknown; maxReply: number };
  }
}

declare module '../../pkg/brio.js' {
  /** Forgets the current instance: the next init() builds a new one. */
  export function resetWasm(): void;
  /** Makes the current instance trap for real: for tests only. */
  export function trapForTests(): void;
}
