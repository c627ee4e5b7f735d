/**
 * The classifier as the content script loads it (lazy.ts imports this module with import()): the
 * engine, and the rules of each language, each a chunk of its own, loaded the first time an email
 * needs them. Here rather than in lazy.ts so that the code loading them is not on every page.
 */
import { addRules, classifyEmail, classifyWithLoadedRules } from './engine';
import type { EmailInput, RulesClassification } from './types';

// lazy.ts reads these off the namespace that import() gives it, where each export keeps its name
// as written, here and in lazy.ts, which every webmail page loads: short names.
export { classifyEmail as classify, classifyWithLoadedRules as classifyLoaded };

/** Each set of rules (engine.ts, addRules), a chunk of its own. */
const RULE_SETS: Record<string, () => Promise<{ RULES: string }>> = {
  en: () => import('./rules-en'),
  'en-against': () => import('./rules-en-against'),
  de: () => import('./rules-de'),
  fr: () => import('./rules-fr'),
  es: () => import('./rules-es'),
  pt: () => import('./rules-pt'),
  nl: () => import('./rules-nl'),
};

const loads = new Map<string, Promise<void>>();

/** Loads a set of rules ("de", "en-against") once; later calls share the same load. */
export function load(set: string): Promise<void> {
  let loading = loads.get(set);
  if (!loading) {
    const chunk = RULE_SETS[set];
    loading = chunk ? chunk().then((module) => addRules(set, module.RULES)) : Promise.resolve();
    // A failed load is tried again for the next email.
    loading.catch(() => loads.delete(set));
    loads.set(set, loading);
  }
  return loading;
}

/**
 * Loads the rules `email` needs (its language's, a forwarded message's if that is in another
 * language, and for a job email the rules against a job kind) and classifies it.
 */
export async function classifyLoading(email: EmailInput): Promise<RulesClassification> {
  for (let tries = 0; tries < Object.keys(RULE_SETS).length; tries++) {
    const result = classifyEmail(email);
    if (typeof result !== 'string') return result;
    await load(result);
  }
  return classifyWithLoadedRules(email);
}
