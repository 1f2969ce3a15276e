// Vite as an integrator sets it up: a page per editor (the test writes the HTML). Nothing for
// Brio, in the build or in the dev server: Vite finds its worker and its .wasm from
// `new URL(…, import.meta.url)` in node_modules/brio.
import { defineConfig } from 'vite';
import { PAGES } from './pages.js';

export default defineConfig({
  build: {
    outDir: 'dist-vite',
    rollupOptions: { input: Object.fromEntries(Object.keys(PAGES).map((name) => [name, `${name}.html`])) },
  },
});
