/**
 * Word tokens for detection: lower-cased, accents folded ("Gespräch" → "gesprach", "é" → "e",
 * "ß" → "ss"), each with a hash of its folded form (and of its first four characters), its
 * character span in the source text and the sentence it is in. One pass, constant work per
 * character; the folded word strings themselves are made only when asked for (wordAt), so most
 * tokens never allocate a string.
 */

export interface Tokens {
  /**
   * The number of tokens. The arrays below may be longer: the classifier reuses one Tokens for
   * every email (resetting this, `w` and `text`), so that its arrays keep their capacity.
   */
  length: number;
  /** Hash of each folded word (hashWord). */
  h: number[];
  /** A second, independent hash of each folded word (checkWord), to tell hash collisions apart. */
  c: number[];
  /** Start offset of each word in `text`. */
  s: number[];
  /** End offset (exclusive). */
  e: number[];
  /** Sentence number of each word; phrases never match across sentences. */
  n: number[];
  /** 1 when the word is inside double quotes on its line (reported speech), else 0. */
  q: number[];
  /** Folded words, filled on demand by wordAt (non-ASCII words are filled right away). */
  w: string[];
  /** The tokenized segments, each followed by a blank line; offsets refer to it. */
  text: string;
}

export function emptyTokens(): Tokens {
  return { length: 0, h: [], c: [], s: [], e: [], n: [], q: [], w: [], text: '' };
}

// Folding of Latin-1 Supplement and Latin Extended-A letters (U+00C0–U+017F) to lower-case ASCII.
// One string from U+00C0 on: U+00C0–U+00FF, then U+0100–U+017F.
const FOLD =
  'aaaaaaaceeeeiiiidnooooo*ouuuuyts' +
  'aaaaaaaceeeeiiiidnooooo/ouuuuyty' +
  'aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs';

function foldChar(code: number): string {
  if (code === 0xdf) return 'ss';
  if (code === 0xe6 || code === 0xc6) return 'ae';
  if (code === 0x153 || code === 0x152) return 'oe';
  if (code >= 0xc0 && code <= 0x17f) return FOLD.charAt(code - 0xc0);
  return String.fromCharCode(code).toLowerCase();
}

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_WORD[c] = 1;
for (let c = 65; c <= 90; c++) ASCII_WORD[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_WORD[c] = 1;

/** Letter, digit or combining mark: part of a word. */
function isWordChar(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code < 0x2000) return true; // Latin, Greek, Cyrillic, Hebrew, Arabic, … and combining marks
  if (code < 0x3040) return false; // punctuation, symbols, arrows, dingbats, CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral: emoji and the like
  if (code >= 0xfe00 && code <= 0xfe4f) return false;
  return true;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const FNV = 0x811c9dc5 | 0;
function mix(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}
/** Small non-negative integer from a running hash. */
function finish(h: number): number {
  return h >>> 2;
}

/** The hash the tokenizer gives a folded word (used to index rule words). */
export function hashWord(word: string, length = word.length): number {
  let h = FNV;
  for (let i = 0; i < length && i < word.length; i++) h = mix(h, word.charCodeAt(i));
  return finish(h);
}

const CHECK = 0x2f3a1b57 | 0;
function mix2(c: number, code: number): number {
  return Math.imul(c + code, 0x5bd1e995) ^ (c >>> 13);
}
/** The second hash of a folded word. */
export function checkWord(word: string): number {
  let c = CHECK;
  for (let i = 0; i < word.length; i++) c = mix2(c, word.charCodeAt(i));
  return c >>> 2;
}

/** Folds a word that holds non-ASCII letters; drops combining marks. */
function foldWord(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) continue;
    out += foldChar(code);
  }
  return out;
}

/** The folded word of token `k`. */
export function wordAt(t: Tokens, k: number): string {
  let w: string | undefined = t.w[k];
  if (w === undefined) {
    const s = t.s[k] as number;
    const e = t.e[k] as number;
    // Only ASCII words are left for later: lower-casing their span is all their folding.
    w = t.text.slice(s, e).toLowerCase();
    t.w[k] = w;
  }
  return w;
}

const ABBREVIATIONS = new Set(
  'dr mr mrs ms st hr fr sr jr nr no vs ca approx p a m z b u etc inc ltd co sra srta dra enf exma eng prof mme mlle hrn fa dhr mevr bzw inkl zzgl tel ref'
    .split(' ')
    .map((w) => hashWord(w)),
);
/** French and similar elisions before an apostrophe: l' d' j' m' n' s' t' c' qu'. */
function isElision(text: string, start: number, length: number): boolean {
  const word = text.slice(start, start + length).toLowerCase();
  return length === 1 ? 'ldjmnstc'.includes(word) : word === 'qu';
}

/**
 * Appends the tokens of `text` to `t` (and `text` plus a blank line to `t.text`), starting a new
 * sentence. Apostrophes and hyphens inside words are kept ("won't", "pre-approved"); French
 * elisions are split ("d'embauche" → "d'", "embauche"). Sentences end at . ! ? ; and at line
 * breaks that do not look like wrapped prose. Words are cut to 64 characters.
 */
export function tokenize(text: string, into?: Tokens): Tokens {
  const t = into ?? emptyTokens();
  const offset = t.text.length;
  t.text += `${text}\n\n`;
  let sentence = (t.length > 0 ? (t.n[t.length - 1] ?? 0) : 0) + 1;
  let wordsInSentence = 0;
  let quoted = false;
  // Where the current line starts, and whether its last character other than a space belongs to
  // a word or is a comma (a line break after it may just wrap prose).
  let lineStart = 0;
  let wraps = false;
  // The last word's span in `text` and hash, for telling abbreviations from sentence ends.
  let lastStart = 0;
  let lastLength = 0;
  let lastHash = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (isWordChar(code)) {
      // A word: its characters, and the apostrophes, hyphens and digit separators inside it.
      const start = i;
      let ascii = true;
      let h = FNV;
      let c = CHECK;
      for (;;) {
        if (code >= 0x80) ascii = false;
        else {
          const folded = code >= 65 && code <= 90 ? code + 32 : code;
          h = mix(h, folded);
          c = mix2(c, folded);
        }
        if (++i >= n) break;
        code = text.charCodeAt(i);
        if (isWordChar(code)) continue;
        // An apostrophe or hyphen between word characters stays inside the word, except after an
        // elision ("l'", "qu'"), which ends it; so do the separators of "10:30", "14.00", "3,5".
        if ((code !== 39 && code !== 45 && code !== 58 && code !== 46 && code !== 44) || i + 1 >= n) break;
        const next = text.charCodeAt(i + 1);
        if (code === 39 && isWordChar(next) && ascii && isElision(text, start, i - start)) {
          h = mix(h, 39);
          c = mix2(c, 39);
          i++;
          break;
        }
        if (
          ((code === 39 || code === 45) && isWordChar(next)) ||
          ((code === 58 || code === 46 || code === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(next))
        ) {
          if (ascii) {
            h = mix(h, code);
            c = mix2(c, code);
          }
          i++;
          code = next;
          continue;
        }
        break;
      }
      const end = i - start > 64 ? start + 64 : i;
      // Stored by index, not pushed: the arrays may hold an earlier email's tokens past `length`.
      const k = t.length++;
      if (ascii) {
        t.h[k] = finish(h);
        t.c[k] = c >>> 2;
      } else {
        const word = foldWord(text.slice(start, end));
        t.h[k] = hashWord(word);
        t.c[k] = checkWord(word);
        t.w[k] = word;
      }
      t.s[k] = start + offset;
      t.e[k] = end + offset;
      t.n[k] = sentence;
      t.q[k] = quoted ? 1 : 0;
      wordsInSentence++;
      lastStart = start;
      lastLength = end - start;
      lastHash = t.h[k] as number;
      wraps = true;
      continue;
    }
    if (code === 34) quoted = !quoted;
    if (code === 10) {
      // A newline ends a sentence unless it wraps a long line of prose.
      if (!(i - lineStart >= 60 && wraps) && wordsInSentence > 0) {
        sentence++;
        wordsInSentence = 0;
      }
      lineStart = i + 1;
      quoted = false;
      i++;
      continue;
    }
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 0x3002) {
      // "10. März" and "Dr. Vogt" do not end sentences; "…today. We" does. The last word is in
      // this text: each call starts a new sentence.
      const abbreviation =
        code === 46 &&
        wordsInSentence > 0 &&
        lastLength <= 6 &&
        ((lastLength <= 2 && isDigit(text.charCodeAt(lastStart))) || ABBREVIATIONS.has(lastHash));
      if (!abbreviation && (i + 1 >= n || text.charCodeAt(i + 1) <= 32 || code !== 46) && wordsInSentence > 0) {
        sentence++;
        wordsInSentence = 0;
      }
    }
    if (code !== 32) wraps = code === 44;
    i++;
  }
  // Past the last token, where reused arrays may hold an earlier email's: a sentence of no word
  // (features.ts pairs each word with the next one in its sentence).
  t.n[t.length] = 0;
  return t;
}
