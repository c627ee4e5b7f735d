import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    // GRACIOUS_DIST lets parallel work trees or test runs build side by side.
    outDir: process.env.GRACIOUS_DIST ?? 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    // Chrome supports modulepreload natively; the polyfill would be one more file before each page runs.
    modulePreload: { polyfill: false },
    // Readable output makes store review and debugging easier; gzip sizes are what the budgets count.
    minify: true,
    sourcemap: false,
    rollupOptions: {
      input: { welcome: 'src/options/welcome.html' },
      output: {
        // Modules nearly every context loads together, as one file each. Left to the automatic
        // split, they follow which entries and lazy imports reach each of them, so a new lazy import
        // in one page splits them anew for all; every extra file is a request to the browser before
        // a page or content script can run (the popup's first render counts them).
        codeSplitting: {
          groups: [
            {
              name: 'platform',
              test: /vite[\\/]preload-helper|webextension-polyfill|src[\\/]platform[\\/]browser\.ts|src[\\/]ui[\\/]i18n\.ts/,
            },
            { name: 'core', test: /valibot|src[\\/]core[\\/](settings|messages|hosts)\.ts/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
});
