/**
 * Extraction as the content script runs it: the patterns hold English words (and words of no one
 * language), and each other language's words (words-<code>.ts, a chunk each) load with import()
 * the first time an email showing that language is extracted. extractLoading loads what an email
 * needs, then extracts; extractDetails extracts with what is loaded (the same results as the full
 * extractor, ./index.ts, for mail in the loaded languages).
 */
import { LANGUAGES, languageMask, voteLanguages } from '../lang';
import { tokenize, wordAt } from '../tokens';
import type { Details, EmailInput, ExtractOptions } from '../types';
import { extractDetails } from './details';
import { addWords, type Words } from './words';

export { extractDetails };

/** Each language's words, a chunk of its own. */
const CHUNKS: Record<string, () => Promise<{ WORDS: Words }>> = {
  de: () => import('./words-de'),
  fr: () => import('./words-fr'),
  es: () => import('./words-es'),
  pt: () => import('./words-pt'),
  nl: () => import('./words-nl'),
};

const loads = new Map<string, Promise<Words>>();

/**
 * Loads a language's words once and adds them to the patterns; later calls share the load. A
 * failed load is tried again by the next call. English (and an unknown code) needs none.
 */
export async function loadWords(language: string): Promise<void> {
  const chunk = CHUNKS[language];
  if (!chunk) return;
  let load = loads.get(language);
  if (!load) {
    load = chunk().then((module) => module.WORDS);
    load.catch(() => loads.delete(language));
    loads.set(language, load);
  }
  addWords(await load);
}

/** Function words of a language at least this often in an email load its words. */
const SHOWN = 2;
/** Words of the email counted: about what the extractor reads of it. */
const COUNTED = 4000;

/**
 * The languages other than English whose words an email needs: each whose function words it
 * shows (lang.ts, as the classifier counts them) in its subject, sender or body, quoted history
 * and signature included, where the extractor also reads names, dates and titles. A bilingual
 * email, or a reply over a message in another language, needs two or more.
 */
export function languagesFor(email: EmailInput): string[] {
  const t = tokenize(`${email.subject ?? ''}\n${email.from ?? ''}\n${email.body ?? ''}`);
  const counts = new Float64Array(LANGUAGES.length);
  for (let k = 0; k < t.h.length && k < COUNTED; k++) voteLanguages(counts, languageMask(wordAt(t, k)));
  return LANGUAGES.filter((language, l) => language !== 'en' && (counts[l] as number) >= SHOWN);
}

/** Loads the words `email` needs (languagesFor), then extracts. */
export async function extractLoading(email: EmailInput, options?: ExtractOptions): Promise<Details> {
  await Promise.all(languagesFor(email).map(loadWords));
  return extractDetails(email, options);
}
