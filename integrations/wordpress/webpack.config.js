// Builds the WordPress plugin into integrations/wordpress/dist/brio (what the zip holds):
// brio.php and readme.txt as they are, and build/ with the block-editor script, the settings
// page's script, the checking worker and the .wasm. Every @wordpress/* import (and react) is
// left to WordPress's own globals (wp.data, wp.element...) by WordPress's dependency extraction
// plugin, which also writes build/<entry>.asset.php: the script handles each entry depends on
// and a content hash, read by brio.php when it registers the scripts.
import { fileURLToPath } from 'node:url';
import CopyPlugin from 'copy-webpack-plugin';
import DependencyExtractionWebpackPlugin from '@wordpress/dependency-extraction-webpack-plugin';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

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
    new CopyPlugin({ patterns: [{ from: 'brio.php', to: '..' }, { from: 'readme.txt', to: '..' }] }),
  ],
  // The wasm is larger than webpack's default web budget on purpose.
  performance: { hints: false },
});
