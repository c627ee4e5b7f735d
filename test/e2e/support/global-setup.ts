/** Builds the extension once for the whole end-to-end run, so every test loads the same dist/. */
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromiumPath } from './extension';

export default async function setup(): Promise<void> {
  chromiumPath();
  if (process.env.GRACIOUS_E2E_SKIP_BUILD === '1') return;
  await build({ configFile: resolve(import.meta.dirname, '../../../vite.config.ts'), logLevel: 'warn' });
}
