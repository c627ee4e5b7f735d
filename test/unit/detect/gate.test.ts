/**
 * The eager gate must let through every email the full classifier would call a job email (it may
 * let through more), and classifyLazily must agree with classifyEmail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { classifyLazily, classifyNow, loadClassifier, mightBeJobEmail } from '../../../src/core/detect/gate';
import type { EmailInput } from '../../../src/core/detect/types';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

describe('gate', { timeout: 60_000 }, () => {
  it('passes every corpus email the classifier calls a job email', () => {
    for (const email of [...loadCorpus('train'), ...loadCorpus('dev')]) {
      if (classifyEmail(email).kind !== 'other') expect(mightBeJobEmail(email), email.id).toBe(true);
    }
  });

  it('passes job emails hidden behind zero-width characters and look-alike letters', () => {
    const body = 'We are pleased to \u200bo\u200bf\u200bf\u200be\u200br you the rоle.'; // Cyrillic о
    expect(mightBeJobEmail({ subject: '', from: '', body })).toBe(true);
  });

  it('stops plain mail', () => {
    expect(mightBeJobEmail({ subject: 'Lunch?', from: 'Kim <kim@mail.example>', body: 'Pizza at noon?' })).toBe(false);
  });

  it('never stops what the classifier would flag, on random mixes of job phrases', () => {
    const phrase = fc.constantFrom(
      'we are pleased to offer you the position',
      'unfortunately we will not be moving forward',
      'we would like to invite you to an interview',
      'Leider müssen wir Ihnen absagen',
      'nous avons le plaisir de vous proposer le poste',
      'lamentablemente no seguiremos con tu candidatura',
      'gostaríamos de convidá-lo para uma entrevista',
      'helaas hebben wij gekozen voor een andere kandidaat',
      'see you then',
      'thanks!',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(phrase, fc.string()), { maxLength: 8 }), (parts) => {
        const email: EmailInput = { subject: '', from: 'Dana <dana@acme.example>', body: parts.join('. ') };
        if (classifyEmail(email).kind !== 'other') expect(mightBeJobEmail(email)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('classifyLazily agrees with classifyEmail', async () => {
    for (const email of loadCorpus('dev').slice(0, 40)) {
      const lazy = await classifyLazily(email);
      const eager = classifyEmail(email);
      expect(lazy.kind).toBe(eager.kind);
      if (eager.kind !== 'other') expect(lazy).toEqual(eager);
    }
  });

  it('classifyNow answers at once for gated mail, and for the rest once the classifier is loaded', async () => {
    const plain = { subject: 'Lunch?', from: 'Kim <kim@mail.example>', body: 'Pizza at noon?' };
    expect(classifyNow(plain)?.kind).toBe('other');
    const job = loadCorpus('dev').find((email) => classifyEmail(email).kind !== 'other')!;
    await loadClassifier();
    expect(classifyNow(job)).toEqual(classifyEmail(job));
  });
});
