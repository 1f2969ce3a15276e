// webpack 5 as an integrator sets it up: one bundle per page, CSS through style-loader. Nothing
// for Brio: webpack finds its worker and its .wasm from `new URL(…, import.meta.url)` in
// node_modules/brio and emits them.
import { fileURLToPath } from 'node:url';
import { ENTRIES } from './pages.js';

export default {
  mode: 'production',
  entry: Object.fromEntries(ENTRIES.map((name) => [name, `./entries/${name}.js`])),
  output: { path: fileURLToPath(new URL('./dist-webpack', import.meta.url)), clean: true },
  module: { rules: [{ test: /\.css$/, use: ['style-loader', 'css-loader'] }] },
  // The editors weigh megabytes: minifying them would only slow the test down.
  optimization: { minimize: false },
  performance: { hints: false },
};
