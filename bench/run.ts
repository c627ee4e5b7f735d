/**
 * `npm run bench`: builds the extension and prints the budget figures of ../shared/design.md.
 * It prints measurements; it asserts nothing (tests do not time things).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { measureSizes } from './sizes';

const root = resolve(import.meta.dirname, '..');
process.env.GRACIOUS_DIST ??= 'dist';
const dist = resolve(root, process.env.GRACIOUS_DIST);

function line(label: string, value: string, budget?: string): void {
  console.log(`${label.padEnd(48)} ${value.padStart(14)}${budget ? `   budget ${budget}` : ''}`);
}

await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });

console.log('\n== sizes (gzip, level 9, every chunk each context loads) ==');
for (const report of measureSizes(dist)) {
  const budget = report.budgetKb;
  const mark = budget === undefined ? '' : report.kb <= budget ? ' ✓' : ' ✗ OVER';
  line(report.label, `${report.kb.toFixed(1)} KB`, budget === undefined ? undefined : `≤ ${budget} KB${mark}`);
  console.log(`${''.padEnd(4)}${report.files.join(', ')}`);
}

/** Each capability adds its own figures in bench/<name>.ts, exporting an async function of lines. */
const SECTIONS: [title: string, file: string, exported: string][] = [
  ['detection: classify', 'detect.ts', 'benchDetect'],
  ['detection: extract', 'extract.ts', 'benchExtract'],
  ['webmail', 'webmail.ts', 'benchWebmail'],
  ['popup', 'popup.ts', 'benchPopup'],
];
// Each in a process of its own (bench/section.ts): not in this one, which has just run the build.
for (const [title, file, exported] of SECTIONS) {
  if (!existsSync(resolve(import.meta.dirname, file))) continue;
  console.log(`\n== ${title} ==`);
  execFileSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'section.ts'), file, exported], {
    stdio: 'inherit',
  });
}
