// Writes pkg/package.json after wasm-bindgen: an ES module package whose version follows the
// Rust workspace, so the wasm, its JS glue and its types ship as one versioned unit: the full
// build at the root, the one-language builds in fr/ and en/.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
// The version lives in [workspace.package]; the first `version = "..."` line is that one.
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)?.[1];
if (!version) throw new Error('Cargo.toml: no version found');

const dir = join(root, 'pkg');
const files = readdirSync(dir).filter((f) => f !== 'package.json' && f !== '.gitignore');
const manifest = {
  name: 'brio',
  version,
  description:
    "Checks draft social-media posts against a brand's voice, platform rules and hollow hashtags, on device",
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: './brio.js',
  module: './brio.js',
  types: './brio.d.ts',
  files,
  exports: {
    '.': { types: './brio.d.ts', default: './brio.js' },
    './brio_bg.wasm': './brio_bg.wasm',
    // The one-language builds (docs/npm.md, "Builds"): the same API, one language's packs.
    './fr': { types: './fr/brio.d.ts', default: './fr/brio.js' },
    './fr/brio_bg.wasm': './fr/brio_bg.wasm',
    './en': { types: './en/brio.d.ts', default: './en/brio.js' },
    './en/brio_bg.wasm': './en/brio_bg.wasm',
    // The hashtag word lists the one-language builds leave out (`Checker.installWords`).
    './words.bin': './words.bin',
    './package.json': './package.json',
  },
  sideEffects: false,
};
writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
