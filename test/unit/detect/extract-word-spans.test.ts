/**
 * domainPhrases (company.ts) finds its words by hand (wordSpans) rather than by the pattern
 * /[\p{L}\d][\p{L}\d&'’.-]*|&/gu, whose match arrays cost more than the rest of it: the spans must
 * be the pattern's matches, whatever the text (accents, other scripts, letters outside the Basic
 * Multilingual Plane, lone surrogates, digits of other scripts, the joining characters in a row).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../../src/core/detect/extract/company';

function byPattern(text: string): number[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d&'’.-]*|&/gu)].flatMap((m) => [m.index, m.index + m[0].length]);
}

/** Characters that border on the pattern's classes, and some that do not. */
const TRICKY = [
  ...'aZ09&\'’.-_ @\n\t,;:!?()"«»–—',
  'é',
  'ß',
  'İ',
  'ſ',
  'ª',
  'º',
  'µ',
  '١',
  '٣',
  'ж',
  'Ω',
  'ع',
  '中',
  'ー',
  '\u0301',
  '\u200b',
  '\u00a0',
  '𝐀',
  '𝟘',
  '😀',
  '\ud800',
  '\udc00',
];

describe('wordSpans', () => {
  it('finds the words the pattern finds, at the same places', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect(wordSpans(text)).toEqual(byPattern(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(wordSpans(text)).toEqual(byPattern(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads an ordinary line', () => {
    const text = 'Kingsreach Rail & Co. — J.-P. O’Neill, St-Rémy 2-4';
    const spans = wordSpans(text);
    const words = spans.filter((_, i) => i % 2 === 0).map((start, i) => text.slice(start, spans[2 * i + 1]));
    expect(words).toEqual(['Kingsreach', 'Rail', '&', 'Co.', 'J.-P.', 'O’Neill', 'St-Rémy', '2-4']);
  });
});
