// Bundles the demo composer (www/src/demo) and the editor-layer fixture used by the browser tests
// (www/src/fixture) into www/dist. The wasm is emitted as an asset: pkg/brio.js fetches it with
// `new URL('brio_bg.wasm', import.meta.url)`, which webpack rewrites to the emitted file; the
// worker is split out from `new Worker(new URL('./worker.js', import.meta.url))`.
// A second build makes the CMS editor examples (www/examples, with integrations/) into
// www/dist/examples: one page per editor.
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

const demo = (argv) => ({
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
    // The examples build writes beside it, in the same run.
    clean: { keep: /^examples\// },
  },
  // Source maps as files would be fetched by devtools only; none keeps dist small and offline.
  devtool: false,
  plugins: [new CopyPlugin({ patterns: [{ from: 'www/static' }] })],
  // The wasm is larger than webpack's default web budget on purpose; docs/architecture.md sets its own.
  performance: { hints: false },
});

export const EXAMPLES = ['ckeditor5', 'tinymce', 'tiptap', 'quill', 'lexical', 'gutenberg'];

const examples = (argv) => ({
  name: 'examples',
  mode: argv.mode ?? 'production',
  context: here('.'),
  entry: Object.fromEntries(EXAMPLES.map((e) => [e, `./www/examples/${e}.js`])),
  output: {
    path: here('./www/dist/examples'),
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    assetModuleFilename: '[name].[contenthash:8][ext]',
    clean: true,
  },
  devtool: false,
  // The editors weigh megabytes: minifying them would triple the build on a small machine, for
  // pages that exist to be read. The cache makes a rebuild after an edit take seconds.
  optimization: { minimize: false },
  cache: { type: 'filesystem', cacheDirectory: here('./node_modules/.cache/webpack-examples') },
  plugins: [
    new CopyPlugin({
      patterns: [
        { from: 'www/examples/pages' },
        { from: 'node_modules/ckeditor5/dist/ckeditor5.css' },
        { from: 'node_modules/quill/dist/quill.snow.css' },
      ],
    }),
  ],
  performance: { hints: false },
});

export default (_env, argv) => [demo(argv), examples(argv)];
