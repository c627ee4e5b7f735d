/**
 * Gzip sizes of what each context of the built extension loads, found by following the built
 * manifest's entries through their static imports (eager) and dynamic imports (lazy).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';

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

/** What the entries load before they run: the files themselves and their static imports, at any depth. */
export function loadEager(dist: string, entries: string[]): Set<string> {
  const eager = new Set<string>();
  const walk = (file: string) => {
    if (eager.has(file) || !existsSync(file)) return;
    eager.add(file);
    for (const s of imports(dist, file).statics) walk(s);
  };
  for (const entry of entries) walk(resolve(dist, entry));
  return eager;
}

/** Every file that `loaded` may import later, at any depth of import() and static imports; not `loaded`. */
function reachableLater(dist: string, loaded: Set<string>, skipRoot: (file: string) => boolean = () => false) {
  const seen = new Set<string>();
  const queue = [...loaded].flatMap((file) => imports(dist, file).dynamics).filter((file) => !skipRoot(file));
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || loaded.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const { statics, dynamics } = imports(dist, file);
    queue.push(...statics, ...dynamics);
  }
  return seen;
}

/**
 * Gzip KB of `entry` bundled and minified on its own, with the chunks it imports statically;
 * chunks it loads with import() (a language's rules or words) are not counted.
 */
export async function bundledGzipKb(entry: string): Promise<number> {
  const out = await build({
    input: entry,
    write: false,
    logLevel: 'silent',
    treeshake: true,
    output: { format: 'esm', minify: true },
  });
  const chunks = new Map(out.output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const seen = new Set<string>();
  const walk = (name: string) => {
    const chunk = chunks.get(name);
    if (!chunk || seen.has(name)) return;
    seen.add(name);
    for (const i of chunk.imports) walk(i);
  };
  for (const c of chunks.values()) if (c.isEntry) walk(c.fileName);
  const code = [...seen].map((name) => chunks.get(name)?.code ?? '').join('\n');
  return gzipSync(code, { level: 9 }).length / 1024;
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
  /** The design's budget for this line (../shared/design.md), if it has one. */
  budgetKb?: number;
}

/** Every webmail page: adapter, observer and classifier, all chunks (design: ≤ 25 KB gzip). */
const EVERY_PAGE_BUDGET_KB = 25;
/** Loaded in addition on a job email: extraction, panel, writer (design: ≤ 60 KB gzip). */
const JOB_EMAIL_BUDGET_KB = 60;

/** The classifier's engine chunk (src/core/detect/loader.ts) and each language's rules. */
const CLASSIFIER_ENGINE = /[\\/]loader-[\w-]+\.js$/;
const RULES_OF_LANGUAGE = /[\\/]rules-(en|de|fr|es|pt|nl)-(?!against-)[\w-]+\.js$/;
/**
 * A language's rules against a job kind, when they are a set of their own (rules-en-against.ts):
 * loaded only for an email the other rules call a job email, so counted with the job email's part.
 */
const RULES_AGAINST = /[\\/]rules-(en|de|fr|es|pt|nl)-against-[\w-]+\.js$/;
/** The writer's phrase banks for drafts in another language than English (src/core/compose/lang). */
const PHRASE_BANK = /[\\/](?:de|fr|es|pt|nl)-[\w-]+\.js$/;
/** Extraction's words of a language other than English (src/core/detect/extract/words-<code>.ts). */
const WORDS_OF_LANGUAGE = /[\\/]words-(de|fr|es|pt|nl)-[\w-]+\.js$/;
/** What the content script loads on the first message to its tab (the popup's Insert into reply). */
const TAB_MESSAGES = /[\\/]tab-messages-[\w-]+\.js$/;

export function measureSizes(dist: string): SizeReport[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const reports: SizeReport[] = [];
  const rel = (files: Iterable<string>) => [...files].map((f) => relative(dist, f)).sort();
  const add = (label: string, files: Set<string>, budgetKb?: number) =>
    reports.push({ label, kb: gzipKb(files), files: rel(files), budgetKb });
  /** The set with the most bytes, for "the worst page". */
  const largest = (sets: Set<string>[]) =>
    sets.reduce<Set<string>>((big, files) => (gzipKb(files) > gzipKb(big) ? files : big), new Set());

  // One content script per site (manifest content_scripts). Each loader stub imports its site's
  // script at once, so that import counts as eager; what the script imports dynamically is lazy.
  const sites = (manifest.content_scripts as { js: string[]; matches: string[] }[]).map((script) => {
    const entries = [...script.js];
    for (const loader of script.js) {
      for (const d of imports(dist, resolve(dist, loader)).dynamics) entries.push(relative(dist, d));
    }
    const eager = loadEager(dist, entries);
    const site = new URL((script.matches[0] ?? '').replace('*', '')).hostname;
    return {
      site,
      eager,
      lazy: reachableLater(dist, eager),
      withoutTabMessages: reachableLater(dist, eager, (file) => TAB_MESSAGES.test(file)),
    };
  });
  const lazyOfAll = new Set(sites.flatMap((s) => [...s.lazy]));
  const everyFile = (test: RegExp) => [...lazyOfAll].filter((f) => test.test(f));

  // The classifier loads with the first email read (src/core/detect/lazy.ts): its engine, plus the
  // rules of each language the mail is written in. The design counts it on every page. Each site's
  // content script may have an engine of its own (vite.config.ts bundles each site on its own), so
  // it is found among what that site loads.
  const engineOf = (lazy: Set<string>) => {
    const engine = new Set([...lazy].filter((f) => CLASSIFIER_ENGINE.test(f)));
    for (const file of [...engine]) for (const s of imports(dist, file).statics) engine.add(s);
    return engine;
  };
  const engines = sites.map(({ lazy }) => engineOf(lazy));
  const rules = new Map<string, string>();
  for (const file of everyFile(RULES_OF_LANGUAGE)) rules.set(RULES_OF_LANGUAGE.exec(file)?.[1] ?? '', file);

  for (const { site, eager } of sites) add(`content script, ${site} (eager)`, eager, EVERY_PAGE_BUDGET_KB);
  const everyPage = (language: string) =>
    largest(
      sites.map(({ eager }, i) => {
        const rulesFile = rules.get(language);
        const engine = [...(engines[i] ?? [])].filter((f) => !eager.has(f));
        return new Set([...eager, ...engine, ...(rulesFile ? [rulesFile] : [])]);
      }),
    );
  add('every page + classifier, English mail', everyPage('en'), EVERY_PAGE_BUDGET_KB);
  const others = [...rules.keys()].filter((language) => language !== 'en');
  const worstOther = largest(others.map(everyPage));
  const worstLanguage = others.find((language) => rules.get(language) && worstOther.has(rules.get(language) ?? ''));
  add(
    `every page + classifier, ${worstLanguage ?? 'other'} mail (largest of ${others.length} others)`,
    worstOther,
    EVERY_PAGE_BUDGET_KB,
  );

  // What loads only with a job email (extraction, the panel, the writer, the control, and the
  // classifier's rules against a job kind), or the first message from the popup (its Insert into
  // reply): everything lazy but the rest of the classifier and the phrase banks.
  const classifierFiles = new Set([...engines.flatMap((engine) => [...engine]), ...rules.values()]);
  // Extraction's words of another language load for mail in that language (extract/lazy.ts):
  // the job email's part is counted for English mail and, with the largest of them, for the
  // largest other language, as the classifier is.
  const notJobOnly = (f: string) => classifierFiles.has(f) || PHRASE_BANK.test(f) || WORDS_OF_LANGUAGE.test(f);
  const jobOnlyOfSite = sites.map(
    ({ withoutTabMessages }) => new Set([...withoutTabMessages].filter((f) => !notJobOnly(f))),
  );
  const jobOnly = largest(jobOnlyOfSite);
  add('content script, on a job email only (lazy), English mail', jobOnly, JOB_EMAIL_BUDGET_KB);
  const wordFiles = everyFile(WORDS_OF_LANGUAGE);
  const worstWords = largest(wordFiles.map((f) => new Set([f])));
  const wordsLanguage = WORDS_OF_LANGUAGE.exec([...worstWords][0] ?? '')?.[1];
  // A language's rules against a job kind load only for mail in that language (engine.ts,
  // missingAgainst): the English ones are not counted for mail in another language.
  const ofLanguage = (f: string) => (RULES_AGAINST.exec(f)?.[1] ?? wordsLanguage) === wordsLanguage;
  if (wordsLanguage)
    add(
      `content script, on a job email only (lazy), ${wordsLanguage} mail (largest of ${wordFiles.length} others)`,
      new Set([...[...jobOnly].filter(ofLanguage), ...worstWords]),
      JOB_EMAIL_BUDGET_KB,
    );
  const against = [...jobOnly].filter((f) => RULES_AGAINST.test(f));
  if (against.length) add('  of which the English rules against a job kind (classifier)', new Set(against));
  // The checks of a message to the tab (the validation library and the message map) load with the
  // first such message, which only the popup's Insert into reply sends.
  const onTabMessage = largest(
    sites.map(({ lazy }, i) => new Set([...lazy].filter((f) => !notJobOnly(f) && !jobOnlyOfSite[i]?.has(f)))),
  );
  add("+ the popup's Insert into reply (first message to the tab)", onTabMessage);
  // The writer bundles English; a draft in another language loads that language's phrase bank
  // too (src/core/compose/lang). Counted apart, as the largest bank, so the line above is an
  // English job email and the two add up to the worst case.
  const banks = everyFile(PHRASE_BANK)
    .filter((f) => !RULES_OF_LANGUAGE.test(f))
    .map((f) => new Set([f]));
  add(`+ a non-English phrase bank (lazy, largest of ${banks.length})`, largest(banks));

  const worker = loadEager(dist, [manifest.background.service_worker]);
  reports.push({ label: 'service worker', kb: gzipKb(worker), files: rel(worker) });

  for (const [label, html] of [
    ['popup', manifest.action.default_popup],
    ['options', manifest.options_ui.page],
  ] as const) {
    const page = loadEager(dist, [html, ...htmlScripts(dist, html)]);
    reports.push({ label, kb: gzipKb(page), files: rel(page) });
  }
  return reports;
}
