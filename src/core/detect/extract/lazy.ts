/**
 * Extraction as the content script runs it: the patterns hold English words (and words of no one
 * language), and each other language's words (words-<code>.ts, a chunk each) load with import()
 * the first time an email showing that language is extracted. extractLoading loads what an email
 * needs, then extracts; extractDetails extracts with what is loaded (the same results as the full
 * extractor, ./index.ts, for mail in the loaded languages, told the email's kind).
 */
import { languageOf } from '../lang';
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

/** Characters of the body read for its languages: about what the extractor reads of it. */
const READ = 24_000;

/**
 * The languages other than English whose words an email needs: the language of the whole (subject,
 * sender, body) and of each of its paragraphs, as the classifier reads a language (lang.ts,
 * function words), quoted history and signature included, where the extractor also reads names,
 * dates and titles. A bilingual email, or a reply over a message in another language, needs two
 * or more. (The function imports nothing more from the classifier's chunk than extraction did:
 * each name it exports is bytes on every webmail page.)
 */
export function languagesFor(email: EmailInput): string[] {
  const text = `${email.subject ?? ''}\n${email.from ?? ''}\n${(email.body ?? '').slice(0, READ)}`;
  const found = new Set([text, ...text.split(/\n\s*\n/)].map((part) => languageOf(part)));
  found.delete('en');
  return [...found];
}

/**
 * Loads the words `email` needs (languagesFor), then extracts. The kind the classifier gave is
 * required: only the full extractor has a check of its own that stands in for it (./cue.ts).
 */
export async function extractLoading(
  email: EmailInput,
  options: ExtractOptions & Required<Pick<ExtractOptions, 'kind'>>,
): Promise<Details> {
  await Promise.all(languagesFor(email).map(loadWords));
  return extractDetails(email, options);
}
