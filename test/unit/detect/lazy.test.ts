/**
 * The content script's path to the classifier: the engine first, a language's rules only for an
 * email in that language. Run on fresh modules (nothing of the whole classifier, classify.ts,
 * loaded in them), it must give classifyEmail's results.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import type { EmailInput } from '../../../src/core/detect/types';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

async function freshLazy() {
  vi.resetModules();
  const lazy = await import('../../../src/core/detect/lazy');
  const engine = await import('../../../src/core/detect/engine');
  return { lazy, engine };
}

const corpus: EmailInput[] = [...loadCorpus('train'), ...loadCorpus('dev')];
const german = corpus.find(
  (e) => classifyEmail(e).language === 'de' && classifyEmail(e).kind !== 'other',
) as EmailInput;
const english = corpus.find(
  (e) => classifyEmail(e).language === 'en' && classifyEmail(e).kind !== 'other',
) as EmailInput;

describe('lazy classifier, loading the engine and one language at a time', { timeout: 60_000 }, () => {
  it('classifyLazily equals classifyEmail on every corpus email, loading only the languages they are in', async () => {
    const { lazy, engine } = await freshLazy();
    for (const email of corpus) {
      const eager = classifyEmail(email);
      expect(await lazy.classifyLazily(email), (email as { id?: string }).id).toEqual(eager);
    }
    for (const language of ['en', 'de', 'fr', 'es', 'pt', 'nl'])
      expect(engine.hasRules(language)).toBe(corpus.some((e) => classifyEmail(e).language === language));
  });

  it('an English email loads the English rules alone; a German one then waits for the German rules', async () => {
    const { lazy, engine } = await freshLazy();
    expect(lazy.classifyNow(english)).toBeNull();
    const classify = await lazy.loadClassifier();
    expect(classify(english)).toEqual(classifyEmail(english));
    expect(lazy.classifyNow(english)).toEqual(classifyEmail(english));
    expect(engine.hasRules('en')).toBe(true);
    for (const language of ['de', 'fr', 'es', 'pt', 'nl']) expect(engine.hasRules(language)).toBe(false);
    expect(lazy.classifyNow(german)).toBeNull();
    expect(await lazy.classifyLazily(german)).toEqual(classifyEmail(german));
    expect(engine.hasRules('de')).toBe(true);
    expect(engine.hasRules('fr')).toBe(false);
    expect(lazy.classifyNow(german)).toEqual(classifyEmail(german));
  });

  it('loadClassifier after classifyNow answered null loads what that email needs (the content script does this)', async () => {
    const { lazy } = await freshLazy();
    expect(lazy.classifyNow(german)).toBeNull();
    const classify = await lazy.loadClassifier();
    expect(classify(german)).toEqual(classifyEmail(german));
  });

  it("gives classifyEmail's results on random mixes of job phrases and noise", async () => {
    const { lazy } = await freshLazy();
    const phrase = fc.constantFrom(
      'we are pleased to offer you the position',
      'unfortunately we will not be moving forward',
      'we would like to invite you to an interview',
      'Leider müssen wir Ihnen absagen',
      'nous avons le plaisir de vous proposer le poste',
      'helaas hebben wij gekozen voor een andere kandidaat',
      'see you then',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(phrase, fc.string()), { maxLength: 8 }), async (parts) => {
        const email: EmailInput = { subject: '', from: 'Dana <dana@acme.example>', body: parts.join('. ') };
        expect(await lazy.classifyLazily(email)).toEqual(classifyEmail(email));
      }),
      { numRuns: 200 },
    );
  });

  it('reads a forwarded message with the rules of its own language too', async () => {
    const { lazy, engine } = await freshLazy();
    const offer =
      'Sehr geehrte Frau Weber,\n\nwir freuen uns, Ihnen die Stelle als Projektleiterin anbieten zu dürfen. ' +
      'Den Arbeitsvertrag erhalten Sie mit dieser Nachricht.\n\nMit freundlichen Grüßen\nJonas Berger';
    const email: EmailInput = {
      subject: 'Fwd: Ihre Stelle',
      from: 'Dana Lee <dana@agency.example>',
      to: 'Mia Weber <mia@mail.example>',
      body: `FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Jonas Berger <jonas@firma.example>\n\n${offer}`,
    };
    expect(classifyEmail(email)).toMatchObject({ kind: 'offer', language: 'en' });
    expect(await lazy.classifyLazily(email)).toEqual(classifyEmail(email));
    expect(engine.hasRules('de')).toBe(true);
    const again = await freshLazy();
    expect(again.lazy.classifyNow(email)).toBeNull();
    expect((await again.lazy.loadClassifier())(email)).toEqual(classifyEmail(email));
  });
});
