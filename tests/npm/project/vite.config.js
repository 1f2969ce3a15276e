// Vite as an integrator sets it up: a page per editor (the test writes the HTML). Nothing for
// Brio in the build; its dev server needs `optimizeDeps: { exclude: ['brio'] }`, so that the
// worker and the .wasm keep their place next to the modules that locate them.
import { defineConfig } from 'vite';
import { PAGES } from './pages.js';

export default defineConfig({
  optimizeDeps: { exclude: ['brio'] },
  build: {
    outDir: 'dist-vite',
    rollupOptions: { input: Object.fromEntries(Object.keys(PAGES).map((name) => [name, `${name}.html`])) },
  },
});
