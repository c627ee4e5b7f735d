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
    modulePreload: {
      // Chrome supports modulepreload natively; the polyfill would be one more file before each page runs.
      polyfill: false,
      // For an import() in a script, Vite's helper adds <link rel=modulepreload> for the chunk's
      // dependencies to the document. In the content script that document is the webmail page, whose
      // own scripts could then see the extension's id and files (e2e: webmail-panel.test.ts). The
      // chunks load without the hints; a lazy chunk's style sheets (.css) still go through the helper.
      resolveDependencies: (_file, dependencies, { hostType }) =>
        hostType === 'html' ? dependencies : dependencies.filter((dependency) => dependency.endsWith('.css')),
    },
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
            // The content script loads none of these on every webmail page (it must stay small): no
            // polyfill at all; valibot and the message map only with a message to the tab; the
            // settings' lists and the UI strings with a job email's panel.
            { name: 'platform', test: /webextension-polyfill|src[\\/]platform[\\/]browser\.ts/ },
            // The settings' lists and defaults, the webmail hosts and UI strings: what the inline panel
            // and the popup's first render need, without the validation library.
            { name: 'base', priority: 1, test: /src[\\/]core[\\/](settings|hosts)\.ts|src[\\/]ui[\\/]i18n\.ts/ },
            { name: 'core', test: /valibot|src[\\/]core[\\/](settings-schema|messages)\.ts/ },
            // Every context with a lazy import needs Vite's preload helper, the content script too.
            { name: 'preload', test: /vite[\\/]preload-helper/ },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
});
