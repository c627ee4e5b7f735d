/** Builds the extension once for the whole end-to-end run, so every test loads the same dist/. */
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromiumPath } from './extension';

export default async function setup(): Promise<void> {
  chromiumPath();
  if (process.env.GRACIOUS_E2E_SKIP_BUILD === '1') return;
  // Vitest runs with NODE_ENV=test, and Vite builds for development then (Preact's debug hooks,
  // the development JSX runtime). The tests must load what `npm run build` ships.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: resolve(import.meta.dirname, '../../../vite.config.ts'),
      logLevel: 'warn',
      mode: 'production',
    });
  } finally {
    process.env.NODE_ENV = testEnv;
  }
}
