/**
 * `npm run package`: zips the built dist/ into release/gracious-<version>.zip for the Chrome Web
 * Store. Run after `npm run build` (the npm script does both).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { zipSync } from 'fflate';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.GRACIOUS_DIST ?? 'dist');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { version: string };

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const entries: Record<string, Uint8Array> = {};
for (const file of files(dist)) {
  if (file.endsWith('.map') || relative(dist, file).startsWith('.vite')) continue;
  entries[relative(dist, file).split('\\').join('/')] = readFileSync(file);
}
mkdirSync(join(root, 'release'), { recursive: true });
const out = join(root, 'release', `gracious-${manifest.version}.zip`);
writeFileSync(out, zipSync(entries, { level: 9 }));
console.log(
  `${relative(root, out)}: ${Object.keys(entries).length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`,
);
