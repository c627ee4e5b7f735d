/**
 * Who signed a public-service letter: a rank before the name (police, armed forces, in English,
 * German and French), "Sd/-" (signed) above a name written in brackets, "Fdo.:" (firmado) before
 * it, a badge number after it. None of these marks is the signer's name.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const contact = (from: string, body: string): string | null =>
  extractDetails({ subject: 'Your application', from, date: '2026-05-04T09:00:00+00:00', body }).contact;

describe('a public-service signature names its signer past the marks around the name', () => {
  it.each([
    [
      'a rank and a badge number',
      'Recruiting Unit <recruiting@eastvale-police.example>',
      'Dear Jordan,\n\nYour panel interview is on Tuesday 12 May at 9:00 AM.\n\nRegards,\n\nSgt. Morgan Tully #3318\nRecruiting Unit\nEastvale Police Service',
      'Morgan',
    ],
    [
      'an air-force rank of two words',
      'Officer Selection <selection@airforce.example>',
      'Dear Jordan,\n\nWe regret that you were not successful at the selection centre.\n\nYours sincerely\n\nFlt Lt Priya Osei\nOfficer Selection Centre',
      'Priya',
    ],
    [
      'a German rank after "Im Auftrag"',
      'Karrierecenter Nord <kc-nord@streitkraefte.example>',
      'Sehr geehrter Herr Brandt,\n\nwir laden Sie zum Auswahlgespräch am 12. Mai um 8 Uhr ein.\n\nMit freundlichen Grüßen\nIm Auftrag\n\nOberleutnant Jana Pohl\nKarrierecenter Nord',
      'Jana',
    ],
    [
      'a German police rank in one word',
      'Polizei Einstellung <einstellung@polizei-sued.example>',
      'Sehr geehrte Frau Brandt,\n\nwir laden Sie zum Auswahltag am 12. Mai um 8 Uhr ein.\n\nMit freundlichen Grüßen\n\nPolizeioberkommissar Tobias Reuter\nEinstellungsstelle',
      'Tobias',
    ],
    [
      'a French rank',
      'Bureau recrutement <recrutement@armee.example>',
      'Bonjour Jordan,\n\nVotre entretien est fixé au mardi 12 mai à 9h.\n\nCordialement,\n\nAdjudant-chef Karim Benali\nConseiller en recrutement',
      'Karim',
    ],
    [
      '"Sd/-" above a name in brackets',
      'Establishment Branch <estt@district-hospital.example>',
      'Dear Candidate,\n\nYou are called for an interview for Staff Nurse on 12 May at 10:00 AM.\n\nYours faithfully,\n\nSd/-\n(Dr. Meera Iyer)\nMedical Superintendent',
      'Meera',
    ],
    [
      '"Fdo.:" before the name',
      'Recursos Humanos <rrhh@ayto-villanueva.example>',
      'Estimada Sra. Ruiz:\n\nSe le convoca a la entrevista personal el martes 12 de mayo a las 9:00 h.\n\nEl Secretario del Tribunal,\nFdo.: Andrés Molina Pardo',
      'Andrés',
    ],
  ])('%s', (_name, from, body, want) => {
    expect(contact(from, body)).toBe(want);
  });

  it('"Sd/-" over an office with no name is nobody to greet', () => {
    expect(
      contact(
        'Public Service Commission <psc.interview@psc.example>',
        'Dear Candidate,\n\nYou are called for an interview on 12 May at 10:00 AM.\n\nSd/-\nSecretary\nPublic Service Commission',
      ),
    ).toBeNull();
  });
});
