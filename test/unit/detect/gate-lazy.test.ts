/**
 * The content script's path to the classifier: the engine first, a language's rules only for an
 * email in that language. Run on fresh modules (nothing of the whole classifier, classify.ts,
 * loaded in them), it must give classifyEmail's results.
 */
import { describe, expect, it, vi } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import type { EmailInput } from '../../../src/core/detect/types';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

async function freshGate() {
  vi.resetModules();
  const gate = await import('../../../src/core/detect/gate');
  const engine = await import('../../../src/core/detect/engine');
  return { gate, engine };
}

const corpus: EmailInput[] = [...loadCorpus('train'), ...loadCorpus('dev')];
const german = corpus.find(
  (e) => classifyEmail(e).language === 'de' && classifyEmail(e).kind !== 'other',
) as EmailInput;
const english = corpus.find(
  (e) => classifyEmail(e).language === 'en' && classifyEmail(e).kind !== 'other',
) as EmailInput;

describe('gate, loading the engine and one language at a time', { timeout: 60_000 }, () => {
  it('classifyLazily equals classifyEmail on every corpus email, loading only the languages they are in', async () => {
    const { gate, engine } = await freshGate();
    for (const email of corpus) {
      const eager = classifyEmail(email);
      const lazy = await gate.classifyLazily(email);
      if (eager.kind !== 'other' || gate.mightBeJobEmail(email))
        expect(lazy, (email as { id?: string }).id).toEqual(eager);
      else expect(lazy.kind).toBe('other');
    }
    for (const language of ['en', 'de', 'fr', 'es', 'pt', 'nl'])
      expect(engine.hasRules(language)).toBe(corpus.some((e) => classifyEmail(e).language === language));
  });

  it('an English email loads the English rules alone; a German one then waits for the German rules', async () => {
    const { gate, engine } = await freshGate();
    expect(gate.classifyNow(english)).toBeNull();
    const classify = await gate.loadClassifier();
    expect(classify(english)).toEqual(classifyEmail(english));
    expect(gate.classifyNow(english)).toEqual(classifyEmail(english));
    expect(engine.hasRules('en')).toBe(true);
    for (const language of ['de', 'fr', 'es', 'pt', 'nl']) expect(engine.hasRules(language)).toBe(false);
    expect(gate.classifyNow(german)).toBeNull();
    expect(await gate.classifyLazily(german)).toEqual(classifyEmail(german));
    expect(engine.hasRules('de')).toBe(true);
    expect(engine.hasRules('fr')).toBe(false);
    expect(gate.classifyNow(german)).toEqual(classifyEmail(german));
  });

  it('loadClassifier after classifyNow answered null loads what that email needs (the content script does this)', async () => {
    const { gate } = await freshGate();
    expect(gate.classifyNow(german)).toBeNull();
    const classify = await gate.loadClassifier();
    expect(classify(german)).toEqual(classifyEmail(german));
  });

  it('reads a forwarded message with the rules of its own language too', async () => {
    const { gate, engine } = await freshGate();
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
    expect(await gate.classifyLazily(email)).toEqual(classifyEmail(email));
    expect(engine.hasRules('de')).toBe(true);
    const again = await freshGate();
    expect(again.gate.classifyNow(email)).toBeNull();
    expect((await again.gate.loadClassifier())(email)).toEqual(classifyEmail(email));
  });
});
