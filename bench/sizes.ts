/**
 * Gzip sizes of what each context of the built extension loads, found by following the built
 * manifest's entries through their static imports (eager) and dynamic imports (lazy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Graph {
  eager: Set<string>;
  lazy: Set<string>;
  /** What the lazy chunks import dynamically in turn, each with its static imports not loaded already. */
  later: Set<string>[];
}

const STATIC_IMPORT = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*(?:\/\*[^*]*\*\/\s*)?(?:chrome\.runtime\.getURL\()?\s*["'`]([^"'`]+\.js)["'`]/g;
/** Vite lists the dependencies of a lazy chunk in a `__vite__mapDeps` table; they load with it. */
const MAP_DEPS = /__vite__mapDeps[^[]*\[([^\]]*)\]/g;

function resolveFrom(dist: string, file: string, spec: string): string {
  const path = spec.startsWith('.') ? resolve(dirname(file), spec) : resolve(dist, spec.replace(/^\//, ''));
  return path;
}

function imports(dist: string, file: string) {
  const code = readFileSync(file, 'utf8');
  const matchAll = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => resolveFrom(dist, file, m[1] ?? ''));
  const mapped = [...code.matchAll(MAP_DEPS)].flatMap((m) =>
    [...(m[1] ?? '').matchAll(/["']([^"']+\.js)["']/g)].map((d) => resolve(dist, d[1] ?? '')),
  );
  return { statics: matchAll(STATIC_IMPORT), dynamics: [...matchAll(DYNAMIC_IMPORT), ...mapped] };
}

export function loadGraph(dist: string, entries: string[]): Graph {
  const eager = new Set<string>();
  const lazyRoots = new Set<string>();
  const walk = (file: string, into: Set<string>, roots: Set<string> | null) => {
    if (into.has(file) || !existsSync(file)) return;
    into.add(file);
    const { statics, dynamics } = imports(dist, file);
    for (const s of statics) walk(s, into, roots);
    if (roots) for (const d of dynamics) roots.add(d);
  };
  for (const entry of entries) walk(resolve(dist, entry), eager, lazyRoots);
  const lazy = new Set<string>();
  const laterRoots = new Set<string>();
  for (const root of lazyRoots) if (!eager.has(root)) walk(root, lazy, laterRoots);
  for (const file of eager) lazy.delete(file);
  const later = [...laterRoots]
    .filter((root) => !eager.has(root) && !lazy.has(root))
    .map((root) => {
      const files = new Set<string>();
      walk(root, files, null);
      return new Set([...files].filter((f) => !eager.has(f) && !lazy.has(f)));
    });
  return { eager, lazy, later };
}

export function gzipKb(files: Iterable<string>): number {
  let total = 0;
  for (const file of files) total += gzipSync(readFileSync(file), { level: 9 }).length;
  return total / 1024;
}

function htmlScripts(dist: string, html: string): string[] {
  const text = readFileSync(resolve(dist, html), 'utf8');
  return [...text.matchAll(/<(?:script[^>]*src|link[^>]*href)="([^"]+\.(?:js|css))"/g)].map((m) =>
    relative(dist, resolveFrom(dist, resolve(dist, html), m[1] ?? '')),
  );
}

export interface SizeReport {
  label: string;
  kb: number;
  files: string[];
}

export function measureSizes(dist: string): SizeReport[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const reports: SizeReport[] = [];
  const rel = (files: Set<string>) => [...files].map((f) => relative(dist, f)).sort();

  // Content script: the loader stub imports the real script at once, so its import is eager too.
  const loaders: string[] = manifest.content_scripts.flatMap((c: { js: string[] }) => c.js);
  const eagerEntries = [...loaders];
  for (const loader of loaders) {
    for (const d of imports(dist, resolve(dist, loader)).dynamics) eagerEntries.push(relative(dist, d));
  }
  const content = loadGraph(dist, eagerEntries);
  // The full classifier loads behind a cheap gate (src/core/detect/gate.ts), on the first email
  // that mentions anything job-like; the rest of the lazy part loads only on a job email.
  const classifier = new Set([...content.lazy].filter((f) => /[\\/]classify-[\w-]+\.js$/.test(f)));
  const jobOnly = new Set([...content.lazy].filter((f) => !classifier.has(f)));
  const add = (label: string, files: Set<string>) => reports.push({ label, kb: gzipKb(files), files: rel(files) });
  add('content script, every webmail page (eager)', content.eager);
  add('classifier, past the gate (lazy)', classifier);
  // The design counts the classifier in the every-page budget; the gate's stems are common words,
  // so most sessions load it. This line is that honest total.
  add('every page + classifier (design: ≤ 25 KB)', new Set([...content.eager, ...classifier]));
  add('content script, on a job email only (lazy)', jobOnly);
  // The writer bundles English; a draft in another language loads that language's phrase bank
  // too (src/core/compose/lang). Counted apart, as the largest bank, so the line above is an
  // English job email and the two add up to the worst case.
  const banks = content.later.filter((files) => [...files].some((f) => /[\\/](?:de|fr|es|pt|nl)-[\w-]+\.js$/.test(f)));
  const largest = banks.reduce<Set<string>>((big, files) => (gzipKb(files) > gzipKb(big) ? files : big), new Set());
  add(`+ a non-English phrase bank (lazy, largest of ${banks.length})`, largest);

  const worker = loadGraph(dist, [manifest.background.service_worker]);
  reports.push({ label: 'service worker', kb: gzipKb(worker.eager), files: rel(worker.eager) });

  for (const [label, html] of [
    ['popup', manifest.action.default_popup],
    ['options', manifest.options_ui.page],
  ] as const) {
    const graph = loadGraph(dist, [html, ...htmlScripts(dist, html)]);
    reports.push({ label, kb: gzipKb(graph.eager), files: rel(graph.eager) });
  }
  return reports;
}
