/**
 * The classifier's word table (engine.ts) is cleared when it is full, and only between emails: the rules found for
 * the words an email has read so far point into the list the clearing empties. Cleared while an email was read, the
 * matcher took other words' rules for them, and a rule id of no rule threw in match (found when the training
 * script's process read more distinct words than the table holds).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/core/detect/classify';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

/** Distinct made-up words, the same on every run, twelve to a line. */
function nonsense(count: number, seed: number): string {
  let x = seed;
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    let w = '';
    for (let j = 0; j < 9; j++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += String.fromCharCode(97 + ((x >>> 16) % 26));
    }
    words.push(i % 12 === 11 ? `${w}.\n` : `${w} `);
  }
  return words.join('');
}

describe('the word table', () => {
  it('is never cleared while an email is read: its first phrase keeps its rule however full the table gets', () => {
    // Prose full of rule words, which fill the rule lists again after a clearing.
    const prose = (loadCorpus('dev') as { body: string }[])
      .slice(0, 60)
      .map((e) => e.body.replace(/^>.*$/gm, ''))
      .join(' ')
      .slice(0, 20_000);
    // 30 emails of 5,000 new words each: the table (87,000 words at most) fills twice, each time partway through
    // an email whose invitation was read first.
    for (let n = 0; n < 30; n++) {
      const email = {
        from: 'Priya Shah <priya.shah@northgate.example>',
        subject: 'Interview invitation – Warehouse Supervisor',
        body: `Hi Sam,\n\nWe would like to invite you to an interview on Thursday at 10:00 AM at our Leeds depot.\n\n${nonsense(5000, n + 1)}\n\n${prose}\n\nBest regards,\nPriya Shah`,
      };
      const phrases = analyse(email, true).evidence.map((e) => e.text);
      expect(phrases, `email ${n}`).toContain('invite you to an interview');
    }
  });
});
