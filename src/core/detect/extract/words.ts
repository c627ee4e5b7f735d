/**
 * The words of the extractor's patterns in languages other than English. Each word pattern is
 * written with its English (and language-neutral) words, and `grows` joins to it the words that
 * each added language gives it under its slot name (words-<code>.ts, data only: a language adds
 * words, never code). The full extractor (./index.ts) adds every language at once; the content
 * script (./lazy.ts) adds a language's words with import() the first time mail in that language
 * is extracted, so English mail loads none.
 *
 * A grown pattern is only ever tested (`test`): whether any alternative matches does not depend
 * on their order, so a language added later gives the same answers as one written in.
 *
 * Patterns that capture or replace text, and word lists, are `built` from `wordsOf` their slots
 * instead, made again when a language is added. With every language added they answer as the
 * pattern written with every language did (each pattern says why): a slot stands where its words
 * stood and is one piece of pattern that each language sharing it gives word for word (taken
 * once), or holds alternatives no two of which can match at the same place (so their order among
 * themselves cannot change a match); or it follows the English, where no word of it can match at
 * the same place as an English one either.
 */

/** A language's words: per slot, alternatives joined by "|" as in a regular expression. */
export type Words = Readonly<Record<string, string>>;

/** A word pattern that grows with the languages added. */
export interface WordPattern {
  test(text: string): boolean;
}

const added: Words[] = [];
const rebuilds: Array<() => void> = [];

/**
 * `english`'s first group "(?:…)" takes, as further alternatives, the words each added language
 * gives `slot`.
 */
export function grows(slot: string, english: RegExp): WordPattern {
  let current = english;
  const rebuild = (): void => {
    const more = added.flatMap((words) => words[slot] ?? []).join('|');
    current = more ? new RegExp(english.source.replace('(?:', `(?:${more}|`), english.flags) : english;
  };
  rebuilds.push(rebuild);
  rebuild();
  return { test: (text) => current.test(text) };
}

/** The alternatives the added languages give `slot`, each language's once, joined by "|" ('' when none). */
export const wordsOf = (slot: string): string => [...new Set(added.flatMap((words) => words[slot] ?? []))].join('|');

/** `wordsOf(slot)` as further alternatives after others: "|" and the words, or '' when none. */
export const more = (slot: string): string => wordsOf(slot).replace(/^(?=.)/, '|');

/** A value made from the added languages' words (`wordsOf`): made when first asked for, and again after a language is added. */
export function built<T>(make: () => T): () => T {
  let value: T | undefined;
  rebuilds.push(() => {
    value = undefined;
  });
  return () => {
    value ??= make();
    return value;
  };
}

/** Adds a language's words to every pattern (once: adding the same words again does nothing). */
export function addWords(words: Words): void {
  if (added.includes(words)) return;
  added.push(words);
  for (const rebuild of rebuilds) rebuild();
}

/** Takes every added language's words out again (tests and tools that compare what loads). */
export function clearWords(): void {
  added.length = 0;
  for (const rebuild of rebuilds) rebuild();
}
