/**
 * Words a language needs of its own, found on round 18 with the content script's extractor, which loads the email's
 * language only: a German "Elektromonteur:in" is a job title without the Dutch words ("monteur" was only theirs),
 * and a Spanish or Portuguese title ends before "un"/"um" ("la vacante con un candidato interno" read on to the
 * sentence's end unless the French words were loaded too).
 */
import { describe, expect, it, vi } from 'vitest';
import type { EmailInput, EmailKind } from '../../../src/core/detect/types';

async function extractWithItsLanguageOnly(email: EmailInput, kind: Exclude<EmailKind, 'other'>) {
  vi.resetModules();
  const lazy = await import('../../../src/core/detect/extract/lazy');
  const words = await import('../../../src/core/detect/extract/words');
  words.clearWords();
  return lazy.extractLoading(email, { timeZone: 'UTC', kind });
}

describe('a title with the email’s own language’s words only', () => {
  it('de: "für die Position Elektromonteur:in Industrie"', async () => {
    const details = await extractWithItsLanguageOnly(
      {
        from: 'Recruiting <jobs@berger-elektro.example>',
        subject: 'Berger Elektrotechnik: Ihr Telefoninterview',
        body: 'Guten Tag Frau Hofer,\n\ndanke, dass Sie sich für die Position Elektromonteur:in Industrie in unserem Werk Graz interessieren. Wir möchten Sie gern am Dienstag, 10. März 2026, um 9:00 Uhr telefonisch kennenlernen.\n\nFreundliche Grüße\nPersonalabteilung',
        date: '2026-03-02T09:00:00+01:00',
      },
      'interview',
    );
    expect(details.role).toBe('Elektromonteur:in Industrie');
  });

  it('es: a rejection that went "con un candidato interno" names the subject’s title', async () => {
    const details = await extractWithItsLanguageOnly(
      {
        from: 'Lucía Ferrer <lucia@talento-norte.example>',
        subject: 'Re: Seguimiento proceso Ingeniero de Calidad',
        body: 'Hola Marta,\n\nTe escribo para contarte que la dirección de planta decidió cerrar la vacante con un candidato interno que ya conocía la línea.\n\nGracias por tu tiempo y tu interés.\n\nUn saludo,\nLucía',
        date: '2026-03-02T09:00:00+01:00',
      },
      'rejection',
    );
    expect(details.role).toBe('Ingeniero de Calidad');
  });
});
