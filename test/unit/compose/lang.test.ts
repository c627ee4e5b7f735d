import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftRequest } from '../../../src/core/compose';

const request: DraftRequest = {
  situation: 'after-rejection',
  tone: 'warm',
  sender: { name: 'Sam Rivera' },
  recipient: { name: 'Dana Lee', role: 'recruiter' },
  company: 'Acme Robotics',
};

/** A fresh copy of the writer, with no bank but English loaded. */
async function freshWriter() {
  vi.resetModules();
  return import('../../../src/core/compose');
}

afterEach(() => {
  vi.doUnmock('../../../src/core/compose/lang/fr');
});

describe('phrase banks', () => {
  it('writes English without loading anything', async () => {
    const compose = await freshWriter();
    expect(compose.hasLanguage('en')).toBe(true);
    expect(compose.writeDraft(request).body).toMatch(/^Hi Dana,\n\nThank you/);
    expect(compose.writeDraft({ ...request, language: null }).body).toMatch(/^Hi Dana,/);
  });

  it('refuses to write in a language whose bank is not loaded, then writes in it once loaded', async () => {
    const compose = await freshWriter();
    expect(compose.hasLanguage('de')).toBe(false);
    expect(() => compose.writeDraft({ ...request, language: 'de' })).toThrow(
      "the de phrase bank is not loaded; await loadLanguage('de') first",
    );
    await compose.loadLanguage('de');
    expect(compose.hasLanguage('de')).toBe(true);
    expect(compose.hasLanguage('fr')).toBe(false);
    expect(compose.writeDraft({ ...request, language: 'de' }).body).toMatch(/^Hallo Dana,/);
  });

  it('passes a failed load on to the caller and tries again on the next call', async () => {
    vi.doMock('../../../src/core/compose/lang/fr', () => {
      throw new Error('chunk missing');
    });
    const compose = await freshWriter();
    await expect(compose.loadLanguage('fr')).rejects.toThrow();
    expect(compose.hasLanguage('fr')).toBe(false);

    vi.doUnmock('../../../src/core/compose/lang/fr');
    await compose.loadLanguage('fr');
    expect(compose.writeDraft({ ...request, language: 'fr' }).body).toMatch(/^Bonjour Dana,/);
  });
});
