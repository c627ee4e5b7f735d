/**
 * The words the second opinion (opinion.ts) reads, as numbers: the hash of each folded word and
 * word pair of the sender's newest text, and of each word of the subject (apart from the body's).
 * The content script computes them and sends only these hashes to the worker, which holds the
 * model: the email's text never leaves the page. They are taken from the tokens the rules have
 * just read (engine.ts, Analysis): splitting, tokenising and hashing the email's text again cost
 * an undecided email about 32 µs. The training script (scripts/train-classifier.ts) reads mail
 * through the same function, so the model learns what the extension sends.
 */
import type { Analysis } from './engine';
import { wordAt } from './tokens';

/**
 * The words of the newest text read: an email's decisive words come early, and reading no further
 * keeps an undecided 64 KB email's features few. With a pair for each word and the subject's words
 * (the engine reads 1,000 characters of it: at most 500 words), at most 2,500 features:
 * SECOND_OPINION_FEATURES in messages.ts is 3,000.
 */
const WORDS_READ = 1000;

export interface Features {
  /** Feature hashes in reading order; a word met twice is there twice (the model counts it once). */
  hashes: number[];
  /** The word or words feature `i` is the hash of, for the evidence shown (opinion.ts). */
  text(i: number): string;
}

/**
 * The second opinion's features of an analysed email (engine.ts analyse; the analysis keeps its own
 * tokens, so this can be asked any time after). A subject word's hash and a pair's are made from
 * the words' own hashes, numbers no word's hash is likely to be: a word's holds 30 bits, these 32.
 */
export function opinionFeatures({ tokens: t, mainFrom, mainTo }: Analysis): Features {
  const hashes: number[] = [];
  // The token each feature is of: k for a word, -1 - k for the pair starting at k.
  const at: number[] = [];
  const h = t.h;
  for (let k = 0; k < mainFrom; k++) {
    hashes.push(Math.imul(h[k] as number, 0x9e3779b1) >>> 0);
    at.push(k);
  }
  for (let k = mainFrom; k < Math.min(mainTo, mainFrom + WORDS_READ); k++) {
    hashes.push(h[k] as number);
    at.push(k);
    // Each part the engine reads starts a new sentence: a pair never joins two parts.
    if (t.n[k + 1] === t.n[k]) {
      hashes.push((Math.imul(h[k] as number, 0x01000193) ^ (h[k + 1] as number)) >>> 0);
      at.push(-1 - k);
    }
  }
  // After classifying, the engine overwrites its token arrays with the next email's (engine.ts,
  // tokensKept): text() reads copies of the spans and of the words found so far.
  const words = { ...t, s: t.s.slice(0, mainTo), e: t.e.slice(0, mainTo), w: t.w.slice(0, mainTo) };
  return {
    hashes,
    text: (i) => {
      const k = at[i] ?? 0;
      return k >= 0 ? wordAt(words, k) : `${wordAt(words, -1 - k)} ${wordAt(words, -k)}`;
    },
  };
}
