// Builds the MV3 extension into extension/dist (`make extension`): the module service worker
// with the wasm beside it, the content script, the options page and the manifest. Two configs:
// the service worker is an ES module (Chrome loads it with type "module"); the content script is
// a classic script (content scripts cannot be modules) and so is the options page's.
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import webpack from 'webpack';
import { manifest } from './tools/manifest.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// `--env store`: the build the store zips are made of, in dist-store, without the tests' hooks
// (the overlay's data-hints count, the engine's handle). Without it: the unpacked build in dist
// that the tests load.
const common = (argv, store, browser) => ({
  mode: argv.mode ?? 'production',
  context: here('.'),
  // No eval, no source maps fetched by devtools: the bundles run under the strict extension CSP.
  devtool: false,
  performance: { hints: false },
  plugins: [new webpack.DefinePlugin({ BRIO_TEST_HOOKS: JSON.stringify(!store), BRIO_BROWSER: JSON.stringify(browser) })],
  module: {
    parser: {
      // pkg/brio.js would have webpack emit the wasm from `new URL('brio_bg.wasm', import.meta.url)`;
      // the worker passes chrome.runtime.getURL('brio_bg.wasm') instead, copied below. The editor
      // layer's Web Worker (client.js) is not used by the extension: do not bundle it either.
      javascript: { url: false, worker: false },
    },
  },
});

const plugins = (argv, store, browser, more) => [...common(argv, store, browser).plugins, ...more];

/** Writes manifest.json from tools/manifest.js. */
class ManifestPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(manifest(this.options), null, 2)}\n`;
          compilation.emitAsset('manifest.json', new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

export default (env = {}, argv = {}) => {
  const store = Boolean(env.store);
  // `--env firefox`: the same sources, with Firefox's manifest, in dist-firefox(-store).
  const browser = env.firefox ? 'firefox' : 'chrome';
  const dist = here(`./dist${env.firefox ? '-firefox' : ''}${store ? '-store' : ''}`);
  return [
    {
      ...common(argv, store, browser),
      name: 'service-worker',
      target: 'webworker',
      entry: { background: './src/background/service-worker.js' },
      experiments: { outputModule: true },
      output: { path: dist, filename: '[name].js', module: true, chunkFormat: 'module' },
      module: {
        ...common(argv, store, browser).module,
        // The glue gets resetWasm(), so that the engine can start a new instance after a trap.
        rules: [{ test: /[\\/]pkg[\\/]brio\.js$/, use: here('./tools/wasm-reset-loader.cjs') }],
      },
      plugins: plugins(argv, store, browser, [
        new ManifestPlugin({ browser }),
        new CopyPlugin({ patterns: [{ from: '../pkg/brio_bg.wasm', to: 'brio_bg.wasm' }] }),
      ]),
    },
    {
      ...common(argv, store, browser),
      name: 'pages',
      target: 'web',
      entry: { content: './src/content/main.js', options: './src/options/options.js' },
      output: { path: dist, filename: '[name].js', iife: true },
      plugins: plugins(argv, store, browser, [
        new CopyPlugin({ patterns: [{ from: 'src/options/options.html' }, { from: 'src/options/options.css' }] }),
      ]),
    },
  ];
};
