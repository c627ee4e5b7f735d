/**
 * Extraction as the content script loads it (src/core/detect/extract/lazy.ts): English words in
 * the patterns, another language's words (words-<code>.ts) loaded with import() for an email that
 * shows that language. Run on fresh modules (the full extractor, extract/index.ts, adds every
 * language to its own), it must give the full extractor's results on every job email (the content
 * script and the CLI extract from nothing else: on a Dutch chat the full extractor may take "en
 * Mehmet" for Spanish "at Mehmet", which the content script, holding no Spanish words, never does).
 */
import { describe, expect, it, vi } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { EmailInput, EmailKind } from '../../../src/core/detect/types';
import { loadCorpus } from '../../fixtures/corpus/check.mjs';

type Labelled = EmailInput & { id: string; expect: { kind: EmailKind; language: string; role: string | null } };
const corpus: Labelled[] = [...loadCorpus('train'), ...loadCorpus('dev')].filter(
  (e: Labelled) => e.expect.kind !== 'other',
);
const options = (email: Labelled) => ({ timeZone: 'UTC', kind: email.expect.kind });

const WORDS = (language: string) => `../../../src/core/detect/extract/words-${language}`;

async function freshLazy() {
  vi.resetModules();
  const lazy = await import('../../../src/core/detect/extract/lazy');
  const words = await import('../../../src/core/detect/extract/words');
  return { lazy, words };
}

/** A German email whose role only the German words find ("Sachbearbeiterin …": "sachbearbeit"). */
const german = corpus.find((e) => e.id === 'x-001') as Labelled;

describe('lazy extraction, one language at a time', { timeout: 120_000 }, () => {
  it('gives the full extractor’s results on every corpus email, loading only the languages it shows', async () => {
    const { lazy, words } = await freshLazy();
    let withWords = 0;
    for (const email of corpus) {
      // Each email alone: only what the content script would load for it.
      words.clearWords();
      const languages = lazy.languagesFor(email);
      if (email.expect.language !== 'en') expect(languages, email.id).toContain(email.expect.language);
      if (languages.length) withWords++;
      expect(await lazy.extractLoading(email, options(email)), email.id).toEqual(extractDetails(email, options(email)));
    }
    // English mail loads none (all but a few that quote or sign in another language).
    const english = corpus.filter((e) => e.expect.language === 'en');
    expect(english.filter((e) => lazy.languagesFor(e).length === 0).length).toBeGreaterThan(english.length * 0.9);
    expect(withWords).toBeLessThan(corpus.length);
  });

  it('extracts with what is loaded before a load, and with the language once it is there', async () => {
    const { lazy } = await freshLazy();
    expect(german.expect.role).toBe('Sachbearbeiterin Lohnbuchhaltung');
    expect(lazy.extractDetails(german, options(german)).role).toBeNull();
    await lazy.loadWords('de');
    expect(lazy.extractDetails(german, options(german))).toEqual(extractDetails(german, options(german)));
  });

  it("loads a language's words once, however often and however many emails ask", async () => {
    vi.resetModules();
    let imports = 0;
    vi.doMock(WORDS('de'), async (actual: () => Promise<unknown>) => {
      imports++;
      return actual();
    });
    const { lazy } = await freshLazy();
    await Promise.all([lazy.loadWords('de'), lazy.loadWords('de'), lazy.extractLoading(german, options(german))]);
    await lazy.loadWords('de');
    expect(imports).toBe(1);
    // English needs no chunk, nor does a code with none.
    await lazy.loadWords('en');
    await lazy.loadWords('xx');
    vi.doUnmock(WORDS('de'));
  });

  it('tries a failed load again for the next email, extracting meanwhile with what is there', async () => {
    vi.resetModules();
    let imports = 0;
    vi.doMock(WORDS('de'), async (actual: () => Promise<unknown>) => {
      imports++;
      if (imports === 1) throw new Error('offline');
      return actual();
    });
    const { lazy } = await freshLazy();
    await expect(lazy.extractLoading(german, options(german))).rejects.toThrow();
    expect(lazy.extractDetails(german, options(german)).role).toBeNull();
    expect(await lazy.extractLoading(german, options(german))).toEqual(extractDetails(german, options(german)));
    expect(imports).toBe(2);
    vi.doUnmock(WORDS('de'));
  });
});
