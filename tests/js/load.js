// Loads the built package (make pkg) once for every test file, as Node users would: initSync
// with the wasm's bytes.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const brio = await import(new URL('../../pkg/brio.js', import.meta.url));
brio.initSync({ module: readFileSync(new URL('../../pkg/brio_bg.wasm', import.meta.url)) });

export const { Checker } = brio;
export default brio;
