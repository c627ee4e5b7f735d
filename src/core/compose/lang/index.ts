/**
 * The phrase banks, one per language. English is bundled with the writer: it is the default, so
 * most drafts need nothing more. The others load on demand, each in its own chunk, so a job email
 * in one language does not download five banks it never uses.
 */
import type { Language } from '../../settings';
import type { Pack } from '../types';
import { en } from './en';

const IMPORTS: Record<Exclude<Language, 'en'>, () => Promise<Pack>> = {
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
  es: () => import('./es').then((m) => m.es),
  pt: () => import('./pt').then((m) => m.pt),
  nl: () => import('./nl').then((m) => m.nl),
};

const packs: Partial<Record<Language, Pack>> = { en };
const loading = new Map<Language, Promise<void>>();

/** Whether `writeDraft` can write in this language now. */
export function hasLanguage(language: Language): boolean {
  return packs[language] !== undefined;
}

/**
 * Loads the phrase bank of a language (at once for English). Calls while it loads share one
 * import; after a failure the next call tries again.
 */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || packs[language]) return Promise.resolve();
  let load = loading.get(language);
  if (!load) {
    load = IMPORTS[language]().then(
      (pack) => {
        packs[language] = pack;
        loading.delete(language);
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, load);
  }
  return load;
}

/** The bank `writeDraft` writes from; throws for a language whose bank has not been loaded. */
export function packFor(language: Language): Pack {
  const pack = packs[language];
  if (!pack) throw new Error(`the ${language} phrase bank is not loaded; await loadLanguage('${language}') first`);
  return pack;
}
