// The checking worker: owns the wasm and one Checker, so typing never waits on a check. Which
// build of the package it loads is loader.js's (builds.js); its protocol is worker-protocol.js.
import { createLoader } from './loader.js';

// Each build is its own chunk with its own .wasm: a page fetches only the build it loads.
const BUILDS = {
  full: () => import('../../../pkg/brio.js'),
  fr: () => import('../../../pkg/fr/brio.js'),
  en: () => import('../../../pkg/en/brio.js'),
};

/** @param {import('./builds.js').BuildName} build */
async function load(build) {
  const glue = await BUILDS[build]();
  await glue.default();
  return glue.Checker;
}

// The word lists the one-language builds leave out, fetched after the first report (loader.js).
// Given up after a while: the full build, which carries them, then answers.
const WORDS_TIMEOUT = 30_000;
async function words() {
  const response = await fetch(new URL('../../../pkg/words.bin', import.meta.url), {
    signal: AbortSignal.timeout(WORDS_TIMEOUT),
  });
  if (!response.ok) throw new Error(`words.bin: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const handle = createLoader(load, (message) => postMessage(message), { words });
addEventListener('message', (e) => handle(e.data));
