/**
 * Job titles, round 9 (families from a breadth set that joined the training part): a title ends before
 * "tomorrow" in any language and before a comma that opens a reference number; "the X place is
 * yours" names X; a title joined to the word for the post by a hyphen ("die PTA-Stelle").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (from: string, subject: string, body: string): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a title ends where the sentence moves on to when', () => {
  it('stops before "tomorrow" in French, Spanish and Portuguese', () => {
    expect(
      role(
        'Cabinet Diallo <contact@cabinet-diallo.example>',
        'Votre candidature',
        'Bonjour Awa, Maître Diallo souhaite vous recevoir pour le poste de secrétaire juridique demain à 10 h au cabinet.\n\nFatou',
      ),
    ).toBe('secrétaire juridique');
    expect(
      role(
        'Taller Ruiz <taller@ruiz-motor.example>',
        'Entrevista',
        'Hola Dani, te esperamos para el puesto de mecánico de motos mañana a las 9 en el taller.\n\nPaco',
      ),
    ).toBe('mecánico de motos');
    expect(
      role(
        'Clínica Sorriso <rh@clinicasorriso.example>',
        'Entrevista',
        'Olá Joana, pode vir conversar sobre a vaga de auxiliar de saúde bucal amanhã às 14h?\n\nBeatriz',
      ),
    ).toBe('auxiliar de saúde bucal');
  });

  it('drops a comma qualifier that is a reference number in German, Spanish or Dutch', () => {
    expect(
      role(
        'Landratsamt Oberau <personal@lra-oberau.example>',
        'Ihre Bewerbung',
        'Sehr geehrte Frau Kessler,\n\nfür die Stelle als Verwaltungsfachangestellte, Kennziffer 12/2026, haben wir uns für eine andere Bewerberin entschieden.\n\nMit freundlichen Grüßen\nPersonalamt',
      ),
    ).toBe('Verwaltungsfachangestellte');
    expect(
      role(
        'Gemeente Lindewaard <werving@lindewaard.example>',
        'Uw sollicitatie',
        'Beste heer Smit,\n\nUw sollicitatie voor de functie van Handhaver, vacaturenummer 2026-118, is helaas niet geselecteerd.\n\nTeam Werving',
      ),
    ).toBe('Handhaver');
  });
});

describe('"the X place is yours" names the title', () => {
  it('reads the title before "place"', () => {
    expect(
      role(
        'Moira Flett <moira@flettjoinery.example>',
        'the job',
        'Tam,\n\nThe Trainee Joiner place is yours if you want it. Start Monday at eight.\n\nMoira\nFlett Joinery',
      ),
    ).toBe('Trainee Joiner');
  });
});

describe('a title joined to the word for the post by a hyphen', () => {
  it('reads a short title and a hyphenated one before "-Stelle", and Dutch "-vacature"', () => {
    expect(
      role(
        'Hofapotheke Lenz <info@hofapotheke-lenz.example>',
        'Ihre Bewerbung',
        'Liebe Frau Brandt,\n\ndie MFA-Stelle ist leider schon vergeben. Alles Gute!\n\nDoris Lenz',
      ),
    ).toBe('MFA');
    expect(
      role(
        'Kofler Digital <jobs@kofler-digital.example>',
        'Update',
        'Hi Nina,\n\nmit der Frontend-Developer-Stelle klappt es diesmal leider nicht.\n\nViele Grüße\nPaul',
      ),
    ).toBe('Frontend-Developer');
    expect(
      role(
        'Garage Dekker <info@garagedekker.example>',
        'Je sollicitatie',
        'Hoi Sem,\n\nDe Monteur-vacature is inmiddels ingevuld, sorry!\n\nGroet,\nRuud',
      ),
    ).toBe('Monteur');
  });
});
