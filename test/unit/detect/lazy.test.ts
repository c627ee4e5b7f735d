/**
 * The content script's path to the classifier: the engine first, a language's rules only for an
 * email in that language. Run on fresh modules (nothing of the whole classifier, classify.ts,
 * loaded in them), it must give the rules' results (classifyByRules); with the worker's second
 * opinion for an undecided email, classifyEmail's.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';
import { classifyByRules } from '../../../src/core/detect/classify';
import { combine, secondOpinion } from '../../../src/core/detect/opinion';
import type { EmailInput, RulesClassification } from '../../../src/core/detect/types';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

async function freshLazy() {
  vi.resetModules();
  const lazy = await import('../../../src/core/detect/lazy');
  const engine = await import('../../../src/core/detect/engine');
  return { lazy, engine };
}

const corpus: EmailInput[] = [...loadCorpus('train'), ...loadCorpus('dev')];

/**
 * The lazy classifier decides as the rules do. A job email's result is the same in every field;
 * an email it answers "other" before the rules against a job kind are there has the confidence,
 * evidence and undecided flag of the rules that are.
 */
function expectSameAs(lazy: RulesClassification, eager: RulesClassification, id?: string): void {
  expect(lazy.kind, id).toBe(eager.kind);
  if (eager.kind !== 'other') expect(data(lazy), id).toEqual(data(eager));
}

/** A result as data: the second opinion's features name their words through a function, their hashes stand for them. */
function data(result: RulesClassification | null) {
  if (!result) return result;
  const { features, ...rest } = result;
  return { ...rest, hashes: features?.hashes };
}
const german = corpus.find(
  (e) => classifyByRules(e).language === 'de' && classifyByRules(e).kind !== 'other',
) as EmailInput;
const english = corpus.find(
  (e) => classifyByRules(e).language === 'en' && classifyByRules(e).kind !== 'other',
) as EmailInput;

describe('lazy classifier, loading the engine and one language at a time', { timeout: 60_000 }, () => {
  it('classifyLazily equals classifyByRules on every corpus email, loading only the languages they are in', async () => {
    const { lazy, engine } = await freshLazy();
    for (const email of corpus) {
      const eager = classifyByRules(email);
      expectSameAs(await lazy.classifyLazily(email), eager, (email as { id?: string }).id);
    }
    for (const language of ['en', 'de', 'fr', 'es', 'pt', 'nl'])
      expect(engine.hasRules(language)).toBe(corpus.some((e) => classifyByRules(e).language === language));
  });

  it("with the worker's second opinion on the emails it calls undecided, gives classifyEmail's kinds", async () => {
    const { lazy } = await freshLazy();
    let undecided = 0;
    let onlyIfSure = 0;
    let checked = 0;
    for (const email of corpus) {
      const rules = await lazy.classifyLazily(email);
      let kind = rules.kind;
      if (rules.undecided) {
        undecided++;
        if (rules.onlyIfSure) onlyIfSure++;
        if (rules.overruleAbove !== undefined) checked++;
        // what the worker's handler does with what the content script sends
        const { onlyIfSure: sure, overruleAbove } = rules;
        kind = combine(rules.kind, secondOpinion(rules.features?.hashes ?? []).probabilities, {
          onlyIfSure: sure,
          overruleAbove,
        });
      }
      expect(kind, (email as { id?: string }).id).toBe(classifyEmail(email).kind);
    }
    // The path through the worker is taken, not only the rules' own, in each of its three ways.
    expect(undecided).toBeGreaterThan(onlyIfSure + checked);
    expect(onlyIfSure).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(0);
  });

  it('an English email loads the English rules alone; a German one then waits for the German rules', async () => {
    const { lazy, engine } = await freshLazy();
    expect(lazy.classifyNow(english)).toBeNull();
    const classify = await lazy.loadClassifier();
    expect(data(classify(english))).toEqual(data(classifyByRules(english)));
    expect(data(lazy.classifyNow(english))).toEqual(data(classifyByRules(english)));
    expect(engine.hasRules('en')).toBe(true);
    for (const language of ['de', 'fr', 'es', 'pt', 'nl']) expect(engine.hasRules(language)).toBe(false);
    expect(lazy.classifyNow(german)).toBeNull();
    expect(data(await lazy.classifyLazily(german))).toEqual(data(classifyByRules(german)));
    expect(engine.hasRules('de')).toBe(true);
    expect(engine.hasRules('fr')).toBe(false);
    expect(data(lazy.classifyNow(german))).toEqual(data(classifyByRules(german)));
  });

  it('loads the English rules against a job kind only for an email the other rules call a job email or are undecided on', async () => {
    const { lazy, engine } = await freshLazy();
    const plain: EmailInput = {
      subject: 'This week in the garden',
      from: 'Green Thumbs <news@greenthumbs.example>',
      body: 'Tomatoes, slugs and the best compost for a small plot. Unsubscribe at any time.',
    };
    expect(await lazy.classifyLazily(plain)).toMatchObject({ kind: 'other', language: 'en', undecided: false });
    expect(engine.hasRules('en')).toBe(true);
    expect(engine.hasRules('en-against')).toBe(false);
    // No phrase for or against a job kind: undecided, and they may decide it, so they are loaded.
    const silent: EmailInput = {
      subject: 'Lunch on Friday?',
      from: 'Kim Osei <kim@mail.example>',
      body: 'Hi! The whole team is going for pizza at noon on Friday. Want to join us? Kim',
    };
    expect(classifyByRules(silent)).toMatchObject({ kind: 'other', undecided: true });
    expect(data(await lazy.classifyLazily(silent))).toEqual(data(classifyByRules(silent)));
    expect(engine.hasRules('en-against')).toBe(true);
  });

  it('loads the English rules against a job kind for a job email', async () => {
    const { lazy, engine } = await freshLazy();
    expect(data(await lazy.classifyLazily(english))).toEqual(data(classifyByRules(english)));
    expect(engine.hasRules('en-against')).toBe(true);
    // An "offer" that only the rules against a job kind make "other".
    const promo: EmailInput = {
      subject: 'Your mortgage offer is ready',
      from: 'Eastbank Building Society <mortgages@eastbank.example>',
      body: 'Dear Ms Lund,\n\nYour mortgage offer for 3 Birch Road can now be viewed in your online account. Please go through the offer conditions with your solicitor.\n\nEastbank Building Society',
    };
    expect(classifyByRules(promo).kind).toBe('other');
    const fresh = await freshLazy();
    expect(data(await fresh.lazy.classifyLazily(promo))).toEqual(data(classifyByRules(promo)));
    expect(fresh.engine.hasRules('en-against')).toBe(true);
  });

  it('leaves the English rules against a job kind out for a job email in another language', async () => {
    // (bench/sizes.ts counts them in the job email's part of English mail only)
    const { lazy, engine } = await freshLazy();
    expect(data(await lazy.classifyLazily(german))).toEqual(data(classifyByRules(german)));
    expect(engine.hasRules('de')).toBe(true);
    expect(engine.hasRules('en-against')).toBe(false);
  });

  it('loadClassifier after classifyNow answered null loads what that email needs (the content script does this)', async () => {
    const { lazy } = await freshLazy();
    expect(lazy.classifyNow(german)).toBeNull();
    const classify = await lazy.loadClassifier();
    expect(data(classify(german))).toEqual(data(classifyByRules(german)));
  });

  it("gives classifyByRules's results on random mixes of job phrases and noise", async () => {
    const { lazy } = await freshLazy();
    const phrase = fc.constantFrom(
      'we are pleased to offer you the position',
      'unfortunately we will not be moving forward',
      'we would like to invite you to an interview',
      'Leider müssen wir Ihnen absagen',
      'nous avons le plaisir de vous proposer le poste',
      'helaas hebben wij gekozen voor een andere kandidaat',
      // what the rules against a job kind read
      'your mortgage offer is ready',
      'we have received your application and will review it',
      'unsubscribe from these emails',
      'can you interview the candidate on Thursday',
      'see you then',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(phrase, fc.string()), { maxLength: 8 }), async (parts) => {
        const email: EmailInput = { subject: '', from: 'Dana <dana@acme.example>', body: parts.join('. ') };
        expectSameAs(await lazy.classifyLazily(email), classifyByRules(email));
      }),
      { numRuns: 400 },
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
    expect(classifyByRules(email)).toMatchObject({ kind: 'offer', language: 'en' });
    expect(data(await lazy.classifyLazily(email))).toEqual(data(classifyByRules(email)));
    expect(engine.hasRules('de')).toBe(true);
    const again = await freshLazy();
    expect(again.lazy.classifyNow(email)).toBeNull();
    expect(data((await again.lazy.loadClassifier())(email))).toEqual(data(classifyByRules(email)));
  });
});
