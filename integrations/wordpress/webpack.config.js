// Builds the WordPress plugin into integrations/wordpress/dist/brio (what the zip holds):
// brio.php and readme.txt as they are, and build/ with the block-editor script and its
// stylesheet, the settings page's script, the checking worker and the .wasm. Every @wordpress/* import (and react) is
// left to WordPress's own globals (wp.data, wp.element...) by WordPress's dependency extraction
// plugin, which also writes build/<entry>.asset.php: the script handles each entry depends on
// and a content hash, read by brio.php when it registers the scripts.
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import DependencyExtractionWebpackPlugin from '@wordpress/dependency-extraction-webpack-plugin';
import { EDITOR_CSS } from './src/styles.js';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

/** Writes build/editor.css (src/styles.js) with the scripts. */
const editorCss = {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('brio-editor-css', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'brio-editor-css', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('editor.css', new sources.RawSource(EDITOR_CSS));
      });
    });
  },
};

export default (_env, argv) => ({
  mode: argv.mode ?? 'production',
  context: here('.'),
  entry: {
    editor: './src/editor.js',
    settings: './src/settings.js',
  },
  output: {
    path: here('./dist/brio/build'),
    filename: '[name].js',
    chunkFilename: '[name].[contenthash:8].js',
    assetModuleFilename: '[name].[contenthash:8][ext]',
    // The scripts find their worker and .wasm beside themselves, wherever WordPress serves
    // the plugin from (the URL of the running script, minus its ?ver= query).
    publicPath: 'auto',
    clean: true,
  },
  devtool: false,
  plugins: [
    new DependencyExtractionWebpackPlugin(),
    editorCss,
    new CopyPlugin({ patterns: [{ from: 'brio.php', to: '..' }, { from: 'readme.txt', to: '..' }] }),
  ],
  // The wasm is larger than webpack's default web budget on purpose.
  performance: { hints: false },
});
