/**
 * The full extractor (the CLI, which holds every language's words) and the content script's lazy
 * one (which loads only the languages an email shows) must agree: three kinds of email of session
 * 19's corpus where one language's words changed the answer for mail in another.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { EmailInput } from '../../../src/core/detect/types';

/** The lazy extractor on fresh modules: the full one, imported above, adds every language's words to its own. */
async function freshLazy() {
  vi.resetModules();
  return import('../../../src/core/detect/extract/lazy');
}

const spanish: EmailInput = {
  subject: 'Siguiente paso – Analista de Datos',
  from: 'Marta Gil <marta.gil@olasur.example>',
  date: '2026-05-04T09:00:00+02:00',
  body: 'Hola Pablo:\n\nGracias por tu interés. Nos gustaría hablar contigo en una videollamada de media hora; elige el hueco que mejor te venga en este enlace.\n\nUn saludo,\nMarta Gil\nSelección · Ola Sur Logística S.L.',
};

const flemish: EmailInput = {
  subject: 'proefdag',
  from: 'Wim Peeters <wim.peeters@mail.example>',
  date: '2026-05-04T18:00:00+02:00',
  body: 'Hallo Jens,\n\nKom zaterdag om 9u naar de werkplaats voor een proefdag als automecanicien. Werkschoenen meebrengen.\n\nWim\nGarage Peeters bvba',
};

describe('one language’s words do not change the answer for mail in another', () => {
  it('a company named with a word that is a greeting in Portuguese ("Ola …") keeps its name when it ends in a legal form', async () => {
    expect(extractDetails(spanish, { kind: 'interview' }).company).toBe('Ola Sur Logística S.L.');
    const lazy = await freshLazy();
    expect((await lazy.extractLoading(spanish, { kind: 'interview' })).company).toBe('Ola Sur Logística S.L.');
  });

  it('a Flemish trade title ("als automecanicien") is a title with the Dutch words alone', async () => {
    const lazy = await freshLazy();
    expect(lazy.languagesFor(flemish)).toEqual(['nl']);
    expect((await lazy.extractLoading(flemish, { kind: 'interview' })).role).toBe('automecanicien');
    expect(extractDetails(flemish, { kind: 'interview' }).role).toBe('automecanicien');
  });

  it('a file format after Spanish-looking "en" ("ton CV en PDF", French) is no company', () => {
    const french: EmailInput = {
      subject: 'Ton profil est presque prêt',
      from: 'StageBoard <team@stageboard-mail.example>',
      date: '2026-05-04T09:00:00+02:00',
      body: 'Hello Léa,\n\nAjoute encore ton CV en PDF et tes dates de disponibilité : les profils complets reçoivent plus de propositions d’entretien.\n\nÀ bientôt sur StageBoard !',
    };
    expect(extractDetails(french, { kind: 'interview' }).company).not.toBe('PDF');
  });
});
