/**
 * clean() breaks runs of more than 80 characters that are not white space, so that word-level
 * patterns stay linear on garbage; it looks for such a run (hasLongRun) before running the
 * pattern that breaks them. The look must find exactly what the pattern would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, hasLongRun } from '../../../src/core/detect/extract/prepare';

// Every character /\s/ matches, a few that it does not, and letters: runs of every length.
const SPACES = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
const OTHERS = [...'aé-.\u200b\u0085\u180e\ud83d\ude00'];

describe('the look for long runs', () => {
  it('finds a run of more than 80 characters that are not white space exactly when /\\S{81}/ does', () => {
    const piece = fc.oneof(
      fc.constantFrom(...SPACES),
      fc.constantFrom(...OTHERS).chain((c) => fc.integer({ min: 1, max: 120 }).map((n) => c.repeat(n))),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(hasLongRun(text)).toBe(/\S{81}/.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('lets clean break a long word every 80 characters and leave short words alone', () => {
    const long = 'x'.repeat(200);
    expect(clean(`see ${long} here`, 10_000)).toBe(`see ${'x'.repeat(80)} ${'x'.repeat(80)} ${'x'.repeat(40)} here`);
    expect(clean(`see ${'x'.repeat(81)}`, 10_000)).toBe(`see ${'x'.repeat(80)} x`);
    expect(clean(`see ${'x'.repeat(80)}`, 10_000)).toBe(`see ${'x'.repeat(80)}`);
  });
});
