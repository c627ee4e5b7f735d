/**
 * The words the second opinion (opinion.ts) reads, as numbers: the hash of each folded word and
 * word pair of the sender's newest text, and of each word of the subject (marked "s:", which no
 * word of the body can be, since words hold no colon). The content script computes them and sends
 * only these hashes to the worker, which holds the model: the email's text never leaves the page.
 * The training script (scripts/train-classifier.ts) reads mail through the same function, so the
 * model learns what the extension sends.
 */
import { capInput, newestMessage } from './text';
import { hashWord, tokenize, wordAt } from './tokens';
import type { EmailInput } from './types';

/**
 * The words of the subject and of the newest text read: an email's decisive words come early, and
 * reading no further keeps an undecided 64 KB email's features from costing more than its rules.
 * At most 3,000 features, then (a pair for each word read): SECOND_OPINION_FEATURES in messages.ts.
 */
const WORDS_READ = 1000;

export interface Features {
  /** Feature hashes in reading order; a word met twice is there twice (the model counts it once). */
  hashes: number[];
  /** The words each hash is the hash of: "s:" and the word for a subject word. */
  texts: string[];
}

/** The second opinion's features of `email`; never throws (malformed input has none). */
export function opinionFeatures(email: EmailInput): Features {
  const hashes: number[] = [];
  const texts: string[] = [];
  const add = (text: string) => {
    texts.push(text);
    hashes.push(hashWord(text));
  };
  const subject = tokenize(capInput(email?.subject));
  for (let k = 0; k < Math.min(subject.h.length, WORDS_READ); k++) add(`s:${wordAt(subject, k)}`);
  const main = tokenize(newestMessage(email?.body, email?.subject, false).main);
  for (let k = 0; k < Math.min(main.h.length, WORDS_READ); k++) {
    const word = wordAt(main, k);
    add(word);
    // Words never hold a space, so a pair cannot be taken for a word.
    if (main.n[k + 1] === main.n[k]) add(`${word} ${wordAt(main, k + 1)}`);
  }
  return { hashes, texts };
}
