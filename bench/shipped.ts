/**
 * The detection modules as the extension ships them, for timing: bundled and minified by rolldown
 * (what Vite builds with) for the build's target, written to a temporary folder and imported from
 * there. Timing the sources as tsx runs them would time other code: tsx's esbuild turns each
 * regular expression literal with \p{…} into `new RegExp(…)`, made and compiled again every time
 * the expression runs (over a hundred patterns an extraction), which the built extension never does:
 * timed side by side in one process, extraction was about 11% slower and classification 9%.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

/** The build's target in vite.config.ts. */
const TARGET = 'chrome123';

/**
 * Imports each entry (a source path, by name) from one build, so that the modules they share, and
 * their state, are shared as in the extension.
 */
export async function importShipped<T extends Record<string, string>>(
  entries: T,
): Promise<{ [K in keyof T]: Record<string, unknown> }> {
  const dir = mkdtempSync(join(tmpdir(), 'gracious-bench-'));
  try {
    await build({
      input: entries,
      logLevel: 'silent',
      treeshake: true,
      transform: { target: TARGET },
      output: { dir, format: 'esm', minify: true, entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs' },
    });
    const modules: Record<string, Record<string, unknown>> = {};
    for (const name of Object.keys(entries)) modules[name] = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
    return modules as { [K in keyof T]: Record<string, unknown> };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
