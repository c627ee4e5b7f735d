/**
 * The classifier as the content script loads it (lazy.ts imports this module with import()): the
 * engine, and the rules of each language, each a chunk of its own, loaded the first time an email
 * needs them. Here rather than in lazy.ts so that the code loading them is not on every page.
 */
import { addRules, classifyEmail, classifyWithLoadedRules } from './engine';
import type { Classification, EmailInput } from './types';

export { classifyEmail, classifyWithLoadedRules };

const LANGUAGE_RULES: Record<string, () => Promise<{ RULES: string }>> = {
  en: () => import('./rules-en'),
  de: () => import('./rules-de'),
  fr: () => import('./rules-fr'),
  es: () => import('./rules-es'),
  pt: () => import('./rules-pt'),
  nl: () => import('./rules-nl'),
};

const loads = new Map<string, Promise<void>>();

/** Loads the rules of `language` once; later calls share the same load. */
export function loadRules(language: string): Promise<void> {
  let load = loads.get(language);
  if (!load) {
    const chunk = LANGUAGE_RULES[language];
    load = chunk ? chunk().then((module) => addRules(language, module.RULES)) : Promise.resolve();
    // A failed load is tried again for the next email.
    load.catch(() => loads.delete(language));
    loads.set(language, load);
  }
  return load;
}

/**
 * Loads the rules `email` needs (its language's, then a forwarded message's if that is in another
 * language) and classifies it.
 */
export async function classifyLoading(email: EmailInput): Promise<Classification> {
  for (let tries = 0; tries < 3; tries++) {
    const result = classifyEmail(email);
    if (typeof result !== 'string') return result;
    await loadRules(result);
  }
  return classifyWithLoadedRules(email);
}
