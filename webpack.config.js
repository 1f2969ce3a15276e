// Bundles the demo composer (www/src/demo) and the editor-layer fixture used by the browser tests
// (www/src/fixture) into www/dist. The wasm is emitted as an asset: pkg/brio.js fetches it with
// `new URL('brio_bg.wasm', import.meta.url)`, which webpack rewrites to the emitted file; the
// worker is split out from `new Worker(new URL('./worker.js', import.meta.url))`.
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  context: here('.'),
  entry: {
    main: './www/src/demo/main.js',
    fixture: './www/src/fixture/main.js',
  },
  output: {
    path: here('./www/dist'),
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    assetModuleFilename: '[name].[contenthash:8][ext]',
    clean: true,
  },
  // Source maps as files would be fetched by devtools only; none keeps dist small and offline.
  devtool: false,
  plugins: [new CopyPlugin({ patterns: [{ from: 'www/static' }] })],
  // The wasm is larger than webpack's default web budget on purpose; DESIGN.md sets its own.
  performance: { hints: false },
});
