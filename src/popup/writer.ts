/**
 * What the popup's first "New note" loads by import(): the draft writer and the draft session.
 * Re-exported from one module so the popup imports a file of its own, while the inline panel
 * imports the writer's and the session's chunks directly: a chunk that a page imports with
 * import() and another imports by name would otherwise carry a module-namespace object and the
 * bundler's runtime helper, a file more on every page that loads it.
 */
export { checkGraciousness, hasLanguage, loadLanguage, writeDraft } from '../core/compose';
export { openDraftSession } from '../ui/draft/session';
