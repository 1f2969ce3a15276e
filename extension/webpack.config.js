// Builds the MV3 extension into extension/dist (`make extension`): the module service worker
// with the wasm beside it, the content script, the options page and the manifest. Two configs:
// the service worker is an ES module (Chrome loads it with type "module"); the content script is
// a classic script (content scripts cannot be modules) and so is the options page's.
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import { manifest } from './tools/manifest.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const dist = here('./dist');

const common = (argv) => ({
  mode: argv.mode ?? 'production',
  context: here('.'),
  // No eval, no source maps fetched by devtools: the bundles run under the strict extension CSP.
  devtool: false,
  performance: { hints: false },
  module: {
    parser: {
      // pkg/brio.js would have webpack emit the wasm from `new URL('brio_bg.wasm', import.meta.url)`;
      // the worker passes chrome.runtime.getURL('brio_bg.wasm') instead, copied below. The editor
      // layer's Web Worker (client.js) is not used by the extension: do not bundle it either.
      javascript: { url: false, worker: false },
    },
  },
});

/** Writes manifest.json from tools/manifest.js. */
class ManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'ManifestPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const json = `${JSON.stringify(manifest(), null, 2)}\n`;
          compilation.emitAsset('manifest.json', new compiler.webpack.sources.RawSource(json));
        },
      );
    });
  }
}

export default (_env, argv) => [
  {
    ...common(argv),
    name: 'service-worker',
    target: 'webworker',
    entry: { background: './src/background/service-worker.js' },
    experiments: { outputModule: true },
    output: { path: dist, filename: '[name].js', module: true, chunkFormat: 'module' },
    plugins: [
      new ManifestPlugin(),
      new CopyPlugin({ patterns: [{ from: '../pkg/brio_bg.wasm', to: 'brio_bg.wasm' }] }),
    ],
  },
  {
    ...common(argv),
    name: 'pages',
    target: 'web',
    entry: { content: './src/content/main.js', options: './src/options/options.js' },
    output: { path: dist, filename: '[name].js', iife: true },
    plugins: [
      new CopyPlugin({ patterns: [{ from: 'src/options/options.html' }, { from: 'src/options/options.css' }] }),
    ],
  },
];
