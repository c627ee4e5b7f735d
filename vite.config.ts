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
    // Readable output makes store review and debugging easier; gzip sizes are what the budgets count.
    minify: true,
    sourcemap: false,
    rollupOptions: {
      input: { welcome: 'src/options/welcome.html' },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
});
