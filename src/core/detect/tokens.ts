/**
 * Word tokens for detection: lower-cased, accents folded ("Gespräch" → "gesprach", "é" → "e",
 * "ß" → "ss"), with each token's character span in the source text and the sentence it is in.
 * One pass over the text, constant work per character.
 */

export interface Tokens {
  /** Folded words. */
  w: string[];
  /** Start offset of each word in `text`. */
  s: number[];
  /** End offset (exclusive). */
  e: number[];
  /** Sentence number of each word; phrases never match across sentences. */
  n: number[];
  /** 1 when the word is inside double quotes on its line (reported speech), else 0. */
  q: number[];
  /** The text the offsets refer to. */
  text: string;
}

// Folding of Latin-1 Supplement and Latin Extended-A letters (U+00C0–U+017F) to lower-case ASCII.
const FOLD_C0 = 'aaaaaaaceeeeiiiidnooooo*ouuuuyts' + 'aaaaaaaceeeeiiiidnooooo/ouuuuyty';
const FOLD_100 =
  'aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs';

function foldChar(code: number): string {
  if (code < 0xc0) return String.fromCharCode(code).toLowerCase();
  if (code === 0xdf) return 'ss';
  if (code === 0xe6 || code === 0xc6) return 'ae';
  if (code === 0x153 || code === 0x152) return 'oe';
  if (code <= 0xff) return FOLD_C0.charAt(code - 0xc0);
  if (code <= 0x17f) return FOLD_100.charAt(code - 0x100);
  return String.fromCharCode(code).toLowerCase();
}

/** Letter, digit or combining mark: part of a word. */
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code < 0x2000) return true; // Latin, Greek, Cyrillic, Hebrew, Arabic, … and combining marks
  if (code < 0x3040) return false; // punctuation, symbols, arrows, dingbats, CJK punctuation
  if (code >= 0xd800 && code <= 0xdfff) return false; // astral: emoji and the like
  if (code >= 0xfe00 && code <= 0xfe4f) return false;
  return true;
}

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'hr',
  'fr',
  'sr',
  'jr',
  'nr',
  'no',
  'vs',
  'ca',
  'approx',
  'p',
  'a',
  'm',
  'z',
  'b',
  'u',
  'etc',
  'inc',
  'ltd',
  'co',
  'sra',
  'srta',
  'dra',
  'enf',
  'exma',
  'eng',
  'prof',
  'mme',
  'mlle',
  'hrn',
  'fa',
  'dhr',
  'mevr',
  'bzw',
  'inkl',
  'zzgl',
  'tel',
  'ref',
]);
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu']);

function push(t: Tokens, word: string, start: number, end: number, sentence: number, quoted: number): void {
  t.w.push(word);
  t.s.push(start);
  t.e.push(end);
  t.n.push(sentence);
  t.q.push(quoted);
}

/**
 * Appends the tokens of `text` (offsets shifted by `offset`) to `into`, starting a new sentence.
 * Apostrophes and hyphens inside words are kept ("won't", "pre-approved"); French elisions are
 * split ("d'embauche" → "d'", "embauche"). Sentences end at . ! ? ; and at line breaks that do
 * not look like wrapped prose.
 */
export function tokenize(text: string, into?: Tokens, offset = 0): Tokens {
  const t: Tokens = into ?? { w: [], s: [], e: [], n: [], q: [], text: '' };
  let sentence = (t.n.length > 0 ? (t.n[t.n.length - 1] ?? 0) : 0) + 1;
  let word = '';
  let start = -1;
  let lineLength = 0;
  let lastNonSpace = 0;
  let wordsInSentence = 0;
  let quoted = 0;
  const n = text.length;
  const flush = (end: number) => {
    if (start < 0) return;
    const apostrophe = word.indexOf("'");
    if (apostrophe > 0 && ELISIONS.has(word.slice(0, apostrophe)) && apostrophe < word.length - 1) {
      push(t, word.slice(0, apostrophe + 1), start + offset, start + offset + apostrophe + 1, sentence, quoted);
      push(t, word.slice(apostrophe + 1), start + offset + apostrophe + 1, end + offset, sentence, quoted);
    } else push(t, word, start + offset, end + offset, sentence, quoted);
    wordsInSentence++;
    word = '';
    start = -1;
  };
  const endSentence = () => {
    if (wordsInSentence > 0) {
      sentence++;
      wordsInSentence = 0;
    }
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) {
      if (code >= 0x300 && code <= 0x36f) {
        // combining accent: part of the word, folded away
        lineLength++;
        continue;
      }
      if (start < 0) start = i;
      word += foldChar(code);
      lineLength++;
      lastNonSpace = code;
      continue;
    }
    // Apostrophe or hyphen between word characters stays inside the word.
    if ((code === 39 || code === 45) && start >= 0 && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
      word += code === 39 ? "'" : '-';
      lineLength++;
      continue;
    }
    // "10:30", "14.00", "3.5" stay one token when digits surround the separator.
    if (
      (code === 58 || code === 46 || code === 44) &&
      start >= 0 &&
      i + 1 < n &&
      isDigit(word.charCodeAt(word.length - 1)) &&
      isDigit(text.charCodeAt(i + 1))
    ) {
      word += String.fromCharCode(code);
      lineLength++;
      continue;
    }
    flush(i);
    if (code === 34) quoted = 1 - quoted;
    if (code === 10) {
      quoted = 0;
      // A newline ends a sentence unless it wraps a long line of prose.
      const wrapped = lineLength >= 60 && (isWordChar(lastNonSpace) || lastNonSpace === 44);
      if (!wrapped) endSentence();
      lineLength = 0;
      continue;
    }
    lineLength++;
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 0x3002) {
      // "10. März" and "Dr. Vogt" do not end sentences; "…today. We" does.
      const prev = t.w.length > 0 && wordsInSentence > 0 ? (t.w[t.w.length - 1] ?? '') : '';
      const abbreviation = code === 46 && (/^\d{1,2}$/.test(prev) || ABBREVIATIONS.has(prev));
      if (!abbreviation && (i + 1 >= n || text.charCodeAt(i + 1) <= 32 || code !== 46)) endSentence();
    }
    if (code !== 32) lastNonSpace = code;
  }
  flush(n);
  t.text = t.text ? t.text : text;
  return t;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
