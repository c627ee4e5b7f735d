import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * Vite wraps every import() in a helper that first adds <link rel=modulepreload> (and style
 * sheets) for the chunk's dependencies to the document, so they download in parallel. For an
 * extension that buys nothing (its files are local) and costs: the helper is 0.9 KB gzip on every
 * webmail page, and in the content script the document is the webmail page, whose own scripts
 * would then see the extension's id and files (e2e: webmail-panel.test.ts). This helper only
 * calls the import. It cannot load a lazy chunk's style sheet, so the build fails if one has any.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';
const plainDynamicImport: Plugin = {
  name: 'gracious:plain-dynamic-import',
  enforce: 'pre',
  resolveId: (id) => (id === PRELOAD_HELPER ? id : undefined),
  load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : undefined),
  // Since the helper only calls its argument, each call is written out, `__vitePreload(load,
  // __VITE_PRELOAD__)` as `(load)()`, and the import of the helper goes: on every webmail page one
  // file and its import line less (0.11 KB gzip). A chunk with a call of another form is left as is.
  renderChunk(code) {
    const calls = code.split('__vitePreload(').length - 1;
    if (calls === 0 || code.split(', __VITE_PRELOAD__)').length - 1 !== calls) return null;
    const plain = code.replaceAll('__vitePreload(', '(').replaceAll(', __VITE_PRELOAD__)', ')()');
    const withoutImport = plain.replace(/^import \{ \w+ as __vitePreload \} from "[^"]+";\n/m, '');
    return withoutImport.includes('__vitePreload') || withoutImport.includes('__VITE_PRELOAD__') ? null : withoutImport;
  },
  generateBundle(_options, bundle) {
    // The chunks an import() brings in: each dynamic entry and what it imports statically.
    const lazy = Object.values(bundle).flatMap((chunk) =>
      chunk.type === 'chunk' && chunk.isDynamicEntry ? [chunk.fileName] : [],
    );
    for (const fileName of lazy) {
      const chunk = bundle[fileName];
      if (chunk?.type !== 'chunk') continue;
      if (chunk.viteMetadata?.importedCss.size)
        this.error(`${fileName} is loaded by import() and imports CSS, which the plain import() helper cannot load`);
      for (const imported of chunk.imports) if (!lazy.includes(imported)) lazy.push(imported);
    }
  },
};

/**
 * The stub each site's content script starts from (crxjs writes one per `content_scripts` entry: a
 * classic script, so it loads the bundled module with import()). Its own stub also times the load
 * and calls an `onExecute` export, which our entries do not have; this one only imports, and logs
 * a failure as the stub did: 0.18 KB gzip less on every webmail page. A stub of another form is
 * left as crxjs wrote it.
 */
const CRX_LOADER =
  /^\(function \(\) \{\n {2}'use strict';\n\n {2}const injectTime = performance\.now\(\);\n {2}\(async \(\) => \{\n {4}const \{ onExecute \} = await import\(\n {6}\/\* @vite-ignore \*\/\n {6}chrome\.runtime\.getURL\(("[\w./-]+\.js")\)\n {4}\);\n {4}onExecute\?\.\(\{ perf: \{ injectTime, loadTime: performance\.now\(\) - injectTime \} \}\);\n {2}\}\)\(\)\.catch\(console\.error\);\n\n\}\)\(\);\n$/;
const plainContentLoader: Plugin = {
  name: 'gracious:plain-content-loader',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || typeof file.source !== 'string') continue;
        const script = CRX_LOADER.exec(file.source)?.[1];
        if (!script) continue;
        const entry = bundle[JSON.parse(script) as string];
        // The entry may export what its lazy chunks import from it (siteCopies), but no onExecute.
        if (entry?.type !== 'chunk' || entry.exports.includes('onExecute'))
          this.error(`${file.fileName}: ${script} exports onExecute, which the content script stub would not call`);
        file.source = `import(chrome.runtime.getURL(${script})).catch(console.error);\n`;
      }
    },
  },
};

/**
 * The import() helper's chunk (the `preload` group), once plainDynamicImport has written out every
 * call, is imported by no file: crxjs still lists it among the webmail pages' web-accessible files.
 * It goes from the build and from the manifest; while any file names it, it stays.
 */
const dropUnusedPreload: Plugin = {
  name: 'gracious:drop-unused-preload',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const files = Object.values(bundle);
      const manifestFile = bundle['manifest.json'];
      for (const chunk of files) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.every((id) => id === PRELOAD_HELPER)) continue;
        const name = chunk.fileName.split('/').pop() as string;
        const named = files.some((other) => {
          if (other === chunk || other === manifestFile) return false;
          const text = other.type === 'chunk' ? other.code : other.source;
          return typeof text === 'string' && text.includes(name);
        });
        if (named) continue;
        delete bundle[chunk.fileName];
        if (manifestFile?.type !== 'asset' || typeof manifestFile.source !== 'string') continue;
        const built = JSON.parse(manifestFile.source) as { web_accessible_resources?: { resources: string[] }[] };
        for (const entry of built.web_accessible_resources ?? [])
          entry.resources = entry.resources.filter((resource) => resource !== chunk.fileName);
        manifestFile.source = `${JSON.stringify(built, null, 2)}\n`;
      }
    },
  },
};

/** A node of the ESTree the bundler's parser gives (this.parse), as far as inlineNumbers reads it. */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}
const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The names a binding pattern (`a`, `{ a, b: [c] }`, `d = 1`, `...e`) declares or assigns. */
function patternNames(pattern: unknown, out: string[] = []): string[] {
  if (!isNode(pattern)) return out;
  if (pattern.type === 'Identifier') out.push(pattern.name as string);
  else if (pattern.type === 'ObjectPattern')
    for (const p of pattern.properties as Node[]) patternNames(p.type === 'RestElement' ? p.argument : p.value, out);
  else if (pattern.type === 'ArrayPattern') for (const el of pattern.elements as unknown[]) patternNames(el, out);
  else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left, out);
  else if (pattern.type === 'RestElement') patternNames(pattern.argument, out);
  return out;
}

/** The value of a numeric constant expression (`3.6`, `-1`, `1 << 17`, `64 * 1024`, `SIZE * 4`), or undefined. */
function numberOf(node: unknown, known: Map<string, number>): number | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === 'Literal') return typeof node.value === 'number' ? node.value : undefined;
  if (node.type === 'Identifier') return known.get(node.name as string);
  if (node.type === 'ParenthesizedExpression') return numberOf(node.expression, known);
  if (node.type === 'UnaryExpression') {
    const a = numberOf(node.argument, known);
    if (a === undefined) return undefined;
    return node.operator === '-' ? -a : node.operator === '+' ? a : node.operator === '~' ? ~a : undefined;
  }
  if (node.type !== 'BinaryExpression') return undefined;
  const a = numberOf(node.left, known);
  const b = numberOf(node.right, known);
  if (a === undefined || b === undefined) return undefined;
  const ops: Record<string, (x: number, y: number) => number> = {
    '+': (x, y) => x + y,
    '-': (x, y) => x - y,
    '*': (x, y) => x * y,
    '/': (x, y) => x / y,
    '%': (x, y) => x % y,
    '**': (x, y) => x ** y,
    '<<': (x, y) => x << y,
    '>>': (x, y) => x >> y,
    '>>>': (x, y) => x >>> y,
    '|': (x, y) => x | y,
    '&': (x, y) => x & y,
    '^': (x, y) => x ^ y,
  };
  return ops[node.operator as string]?.(a, b);
}

/**
 * The engine's weights, the matcher's element layout and the like are named numbers at the top of
 * their modules (`const THRESHOLD = 3.6`), for the reader. The bundler keeps each as a variable,
 * declared once and read by name (`var Ze=3.6` … `n>Ze`), and the minifier writes a number in place
 * only where that is shorter in bytes, not in gzip: what every webmail page loads with the
 * classifier was 0.2 KB gzip larger for it. This writes each such number in place of its name
 * before the minifier runs: a top-level variable of a chunk whose value is a number (a literal, or
 * arithmetic on literals and such names), which nothing assigns again and no other binding in the
 * chunk shares the name of (so every read of the name is a read of it). Its declaration, then
 * unread, is left to the minifier to drop. The output computes the same values.
 */
const inlineNumbers: Plugin = {
  name: 'gracious:inline-numbers',
  renderChunk(code) {
    const program = this.parse(code) as unknown as Node;
    const values = new Map<string, number>();
    for (const statement of program.body as Node[]) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const d of statement.declarations as Node[]) {
        const id = d.id as Node;
        const value = numberOf(d.init, values);
        if (id.type === 'Identifier' && value !== undefined && Number.isFinite(value) && !Object.is(value, -0))
          values.set(id.name as string, value);
      }
    }
    // Names bound more than once anywhere in the chunk, or assigned after their declaration: not inlined.
    const bindings = new Map<string, number>();
    const unsafe = new Set<string>();
    const bind = (names: string[]) => {
      for (const name of names) bindings.set(name, (bindings.get(name) ?? 0) + 1);
    };
    const references: { node: Node; shorthand: boolean }[] = [];
    const visit = (node: Node, parent: Node | null, key: string) => {
      switch (node.type) {
        case 'VariableDeclarator':
          bind(patternNames(node.id));
          break;
        case 'FunctionDeclaration':
        case 'FunctionExpression':
        case 'ArrowFunctionExpression':
          bind([...patternNames(node.id), ...(node.params as Node[]).flatMap((p) => patternNames(p))]);
          break;
        case 'ClassDeclaration':
        case 'ClassExpression':
          bind(patternNames(node.id));
          break;
        case 'CatchClause':
          bind(patternNames(node.param));
          break;
        case 'ImportSpecifier':
        case 'ImportDefaultSpecifier':
        case 'ImportNamespaceSpecifier':
          bind(patternNames(node.local));
          break;
        case 'AssignmentExpression':
          for (const name of patternNames(node.left)) unsafe.add(name);
          break;
        case 'UpdateExpression':
          for (const name of patternNames(node.argument)) unsafe.add(name);
          break;
        case 'ForInStatement':
        case 'ForOfStatement':
          if ((node.left as Node).type !== 'VariableDeclaration')
            for (const name of patternNames(node.left)) unsafe.add(name);
          break;
        case 'Identifier': {
          const name = node.name as string;
          if (!values.has(name) || !parent) break;
          const t = parent.type;
          // Not a read of the variable: a property's or member's name, a label, the declaration,
          // `import.meta`, an import attribute's key.
          if (
            ((t === 'MemberExpression' || t === 'MethodDefinition' || t === 'PropertyDefinition') &&
              key === (t === 'MemberExpression' ? 'property' : 'key') &&
              !parent.computed) ||
            ((t === 'Property' || t === 'ImportAttribute') && key === 'key' && !parent.computed) ||
            ((t === 'LabeledStatement' || t === 'BreakStatement' || t === 'ContinueStatement') && key === 'label') ||
            (t === 'VariableDeclarator' && key === 'id') ||
            t === 'MetaProperty'
          )
            break;
          // A name an import or export gives: the variable stays as it is.
          if (t === 'ExportSpecifier' || t === 'ImportSpecifier' || t === 'ExportAllDeclaration') {
            unsafe.add(name);
            break;
          }
          references.push({ node, shorthand: t === 'Property' && parent.shorthand === true });
          break;
        }
      }
      for (const [k, child] of Object.entries(node)) {
        if (Array.isArray(child)) {
          for (const c of child) if (isNode(c)) visit(c, node, k);
        } else if (isNode(child)) visit(child, node, k);
      }
    };
    visit(program, null, '');
    const edits = references
      .filter(({ node }) => {
        const name = node.name as string;
        return bindings.get(name) === 1 && !unsafe.has(name);
      })
      .sort((a, b) => b.node.start - a.node.start);
    if (edits.length === 0) return null;
    let out = code;
    for (const { node, shorthand } of edits) {
      const name = node.name as string;
      if (out.slice(node.start, node.end) !== name)
        this.error(`inline-numbers: ${name} is not at ${node.start} (the parser's offsets are not the string's)`);
      const value = `(${values.get(name)})`;
      out = `${out.slice(0, node.start)}${shorthand ? `${name}: ${value}` : value}${out.slice(node.end)}`;
    }
    return { code: out, map: null };
  },
};

/**
 * JSX as `h(type, props, ...children)` calls (Preact's createElement) rather than the automatic
 * runtime's `jsx(type, {...props, children: [...]})`: the same elements, written shorter, and no
 * jsx-runtime module in the shared Preact chunk (0.17 KB gzip less on a job email, 0.15 KB on the
 * popup). The build only: type checks and unit tests keep tsconfig's automatic runtime, whose
 * elements Preact renders alike. Each .tsx file gets its own import of the two names.
 */
const JSX_FACTORY = '__graciousH';
const JSX_FRAGMENT = '__graciousFragment';
const classicJsx: Plugin = {
  name: 'gracious:classic-jsx',
  enforce: 'pre',
  // After @preact/preset-vite's config hook, whose automatic runtime this replaces.
  config: () => ({ oxc: { jsx: { runtime: 'classic', pragma: JSX_FACTORY, pragmaFrag: JSX_FRAGMENT } } }),
  transform: (code, id) =>
    /\.tsx(?:$|\?)/.test(id)
      ? `import { h as ${JSX_FACTORY}, Fragment as ${JSX_FRAGMENT} } from 'preact';\n${code}`
      : undefined,
};

/**
 * Each site's content script is bundled on its own, as if it were the only one: every module it
 * imports is a copy for that site (the same file, its id marked with the site's name), so the
 * split cannot share the code both sites run on every page (start.ts and what it imports) as a
 * chunk of their own, nor share with the popup and the options page what a job email loads
 * (settings' labels, Preact, the form pieces, the draft writer: chunks of their own there). Apart,
 * those were one more file on every webmail page and four more on a job email, each with its own
 * gzip and its import and export lines. A content script runs in its own tab, where no other context
 * shares its modules, and each is loaded there once. Not copied: the settings and the UI strings
 * (the worker and the pages load them, and in a tab both the job side and a tab message's checks:
 * one chunk for all), and the data files loaded by import() (a language's rules, words and phrase
 * bank), which import nothing and are the same for both sites.
 */
const SITE_ENTRY = /src[\\/]content[\\/](gmail|outlook)\.ts$/;
const SITE_COPY = /[?&]gracious-site=(\w+)$/;
const NOT_COPIED =
  /src[\\/](core[\\/](settings|detect[\\/]rules-[\w-]+|detect[\\/]extract[\\/]words-\w+|compose[\\/]lang[\\/](de|fr|es|pt|nl))|ui[\\/]i18n)\.ts$/;
const CLASSIFIER = /src[\\/]core[\\/]detect[\\/](engine|text|tokens|match|lang|rules)\.ts(\?|$)/;
const isSiteCopy = (id: string) => SITE_COPY.test(id);
const siteCopies: Plugin = {
  name: 'gracious:site-copies',
  // The split only matters to a build; the dev server serves each module as it is.
  apply: 'build',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const site = importer && (SITE_ENTRY.exec(importer)?.[1] ?? SITE_COPY.exec(importer)?.[1]);
    if (!site) return undefined;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    if (!resolved || resolved.external || resolved.id.startsWith('\0') || NOT_COPIED.test(resolved.id)) return resolved;
    return { ...resolved, id: `${resolved.id}${resolved.id.includes('?') ? '&' : '?'}gracious-site=${site}` };
  },
};
/** A codeSplitting group's test, which leaves a site's copies to the split (siteCopies). */
const pagesOnly = (pattern: RegExp) => (id: string) => !isSiteCopy(id) && pattern.test(id);

export default defineConfig({
  plugins: [
    preact(),
    classicJsx,
    siteCopies,
    crx({ manifest }),
    plainDynamicImport,
    inlineNumbers,
    plainContentLoader,
    dropUnusedPreload,
  ],
  build: {
    // GRACIOUS_DIST lets parallel work trees or test runs build side by side.
    outDir: process.env.GRACIOUS_DIST ?? 'dist',
    emptyOutDir: true,
    target: 'chrome123',
    modulePreload: {
      // Chrome supports modulepreload natively; the polyfill would be one more file before each page runs.
      polyfill: false,
      // Extension pages keep their <link rel=modulepreload> hints in the HTML, but for the import()
      // helper, whose calls the build writes out (plainDynamicImport); for an import() in a script
      // the plain helper ignores the list, so none is written into the code.
      resolveDependencies: (_file, dependencies, { hostType }) =>
        hostType === 'html' ? dependencies.filter((file) => !/(^|\/)preload-[\w-]+\.js$/.test(file)) : [],
    },
    // Readable output makes store review and debugging easier; gzip sizes are what the budgets count.
    minify: true,
    sourcemap: false,
    rollupOptions: {
      input: { welcome: 'src/options/welcome.html' },
      output: {
        // Six characters of hash rather than Vite's eight (the fewest the bundler takes): a file's
        // name is written in every file that imports it, its hash is what gzip cannot shrink, and an
        // extension's files come from its package, where no cache keeps an old file of a new name.
        // A site's content script (crxjs emits it as a chunk, named after its path) is named after
        // the site alone: its stub, on every webmail page, is a file of one line that names it.
        chunkFileNames: (chunk) =>
          `assets/${chunk.isEntry ? chunk.name.replace(/^src-content-(\w+)\.ts$/, '$1') : '[name]'}-[hash:6].js`,
        entryFileNames: 'assets/[name]-[hash:6].js',
        // Modules nearly every context loads together, as one file each. Left to the automatic
        // split, they follow which entries and lazy imports reach each of them, so a new lazy import
        // in one page splits them anew for all; every extra file is a request to the browser before
        // a page or content script can run (the popup's first render counts them).
        codeSplitting: {
          groups: [
            // The content script loads none of these on every webmail page (it must stay small): no
            // polyfill at all; valibot and the message map only with a message to the tab; the
            // settings' lists and the UI strings with a job email's panel. The webmail hosts go with
            // the polyfill: only the worker and the popup read them, and both load it.
            {
              name: 'platform',
              test: pagesOnly(/webextension-polyfill|src[\\/]platform[\\/]browser\.ts|src[\\/]core[\\/]hosts\.ts/),
            },
            // The settings' lists and defaults and the UI strings: what the inline panel and the
            // popup's first render need, without the validation library.
            { name: 'base', priority: 1, test: pagesOnly(/src[\\/]core[\\/]settings\.ts|src[\\/]ui[\\/]i18n\.ts/) },
            // The classifier's engine and what it is made of, as one chunk: extraction reads the
            // language and tokens with the same code (lang.ts, tokens.ts), which a job email has
            // already loaded with the classifier, instead of a file of its own on every page. Only
            // content scripts load it, each its own site's copy (siteCopies), so one per site.
            {
              name: (id) => (CLASSIFIER.test(id) ? `classifier-${SITE_COPY.exec(id)?.[1] ?? 'pages'}` : null),
            },
            // Preact and the shared sheet, as the split made them before the group below: named, so
            // that group takes the form pieces alone and the popup's first render none of them.
            { name: 'styles', priority: 2, test: pagesOnly(/node_modules[\\/]preact[\\/]|src[\\/]ui[\\/]styles\./) },
            // The form pieces the inline panel and the popup's steps share (fields, situation and role
            // labels, the draft editor and its warnings), as one file: apart, they were three more
            // files on a job email, each with its own gzip and import lines (0.4 KB gzip more). The
            // options and welcome pages load the editor with them, which they do not show.
            {
              name: 'form',
              test: pagesOnly(
                /src[\\/]ui[\\/](fields|labels|id|draft[\\/](editor|warnings))\.tsx?|src[\\/]core[\\/]compose[\\/]types\.ts/,
              ),
            },
            { name: 'core', test: pagesOnly(/valibot|src[\\/]core[\\/](settings-schema|messages)\.ts/) },
            // The import() helper (plainDynamicImport), whose calls the build writes out: on its own,
            // rather than in whichever chunk the split would put it, should a call be left.
            { name: 'preload', test: pagesOnly(/vite[\\/]preload-helper/) },
          ],
        },
      },
    },
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  legacy: { skipWebSocketTokenCheck: true },
});
