/**
 * Lint rules Biome cannot express: no HTML built from strings, no eval, no network calls, and
 * imports that respect where code runs. Exits 1 and lists every hit.
 * Usage: tsx scripts/check-banned.ts [root]   (root defaults to the repository's src/)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const BANNED: { pattern: RegExp; why: string }[] = [
  { pattern: /\binnerHTML\b/, why: 'innerHTML turns text into HTML' },
  { pattern: /\bouterHTML\b/, why: 'outerHTML turns text into HTML' },
  { pattern: /\binsertAdjacentHTML\b/, why: 'insertAdjacentHTML turns text into HTML' },
  { pattern: /\bdangerouslySetInnerHTML\b/, why: 'dangerouslySetInnerHTML turns text into HTML' },
  { pattern: /\bdocument\.write(ln)?\s*\(/, why: 'document.write turns text into HTML' },
  { pattern: /(^|[^.\w])eval\s*\(/, why: 'eval runs text as code' },
  { pattern: /\bnew\s+Function\s*\(/, why: 'new Function runs text as code' },
  { pattern: /\bsetTimeout\s*\(\s*['"`]/, why: 'a string timer runs text as code' },
  { pattern: /\bfetch\s*\(/, why: 'Gracious makes no network requests' },
  { pattern: /\bXMLHttpRequest\b/, why: 'Gracious makes no network requests' },
  { pattern: /\bnew\s+WebSocket\b/, why: 'Gracious makes no network requests' },
  { pattern: /\bsendBeacon\b/, why: 'Gracious makes no network requests' },
];

/** Which folders each folder under src/ may import from (the folder says where code runs). */
const ALLOWED_IMPORTS: Record<string, string[]> = {
  core: ['core'],
  platform: ['core', 'platform'],
  webmail: ['core', 'webmail', 'platform', 'ui'],
  ui: ['core', 'ui', 'platform'],
  content: ['core', 'webmail', 'ui', 'platform', 'content'],
  background: ['core', 'platform', 'background'],
  popup: ['core', 'ui', 'platform', 'popup'],
  options: ['core', 'ui', 'platform', 'options'],
};

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) yield path;
  }
}

export function findProblems(srcRoot: string): string[] {
  const problems: string[] = [];
  for (const file of sourceFiles(srcRoot)) {
    const rel = relative(srcRoot, file);
    const folder = rel.split(sep)[0] ?? '';
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const code = line.replace(/\/\/.*$/, '');
      for (const { pattern, why } of BANNED) {
        if (pattern.test(code)) problems.push(`src/${rel}:${index + 1}: ${why}: ${line.trim()}`);
      }
      const imported = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]/.exec(code);
      const target = imported?.[1] ?? imported?.[2];
      if (target && ALLOWED_IMPORTS[folder]) {
        const targetFolder = relative(srcRoot, resolve(join(srcRoot, rel, '..'), target)).split(sep)[0] ?? '';
        if (!ALLOWED_IMPORTS[folder].includes(targetFolder)) {
          problems.push(`src/${rel}:${index + 1}: code in src/${folder} may not import from src/${targetFolder}`);
        }
      }
      if (folder === 'core' && /\b(chrome|browser)\.(runtime|storage|tabs|alarms)\b/.test(code)) {
        problems.push(`src/${rel}:${index + 1}: src/core is pure and may not call browser APIs`);
      }
      if (folder !== 'platform' && /from\s+['"]webextension-polyfill['"]/.test(code)) {
        problems.push(`src/${rel}:${index + 1}: import the browser APIs from src/platform/browser.ts only`);
      }
    });
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '..', '..', 'src'));
  const problems = findProblems(root);
  for (const p of problems) console.error(p);
  if (problems.length) {
    console.error(`check-banned: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log('check-banned: no banned patterns, imports respect the folders');
}
