/**
 * Job titles on mail from writers we never tuned on, round 8: a head noun shaped like a doer that the
 * head-word list has never met ("thatcher", "Glockengießer", "pescador"), the fuller of two writings of one
 * title, and a grade in square brackets.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (from: string, subject: string, body: string): string | null =>
  extractDetails({ from, subject, body, date: '2026-06-01T09:00:00Z' }).role;

describe('a head noun shaped like a doer names a job the word list has not met', () => {
  it('reads English titles ending in -er, in lower case or in capitals', () => {
    expect(
      role(
        'Ned Pollard <ned@reedandrush.example>',
        'Your letter',
        'Dear Alfie,\n\nWe would be glad to take you on as an apprentice-trained thatcher from July, on the rate we discussed.\n\nNed\nReed & Rush Roofing\n',
      ),
    ).toBe('apprentice-trained thatcher');
    expect(
      role(
        'Orla Brennan <orla@kilbarronstud.example>',
        'Next step',
        'Hi Dara,\n\nThanks for applying for the Yard Farrier post. Could you call in to the stud to meet our vet?\n\nOrla\n',
      ),
    ).toBe('Yard Farrier');
  });

  it('reads the last word in German and Dutch, the first in Spanish and Portuguese', () => {
    expect(
      role(
        'Glockengießerei Amsel <info@glocken-amsel.example>',
        'Ihre Bewerbung als Glockengießer',
        'Sehr geehrter Herr Lindqvist,\n\nleider können wir Ihnen keine Zusage geben.\n\nMit freundlichen Grüßen\nMarga Amsel\n',
      ),
    ).toBe('Glockengießer');
    expect(
      role(
        'Waterschap Lingedijk <werving@lingedijk.example>',
        'Uw sollicitatie',
        'Beste Femke,\n\nGraag bieden wij je de aanstelling aan als sluiswachter bij de sluis van Gorinchem.\n\nMet vriendelijke groet,\nHenk Blom\n',
      ),
    ).toBe('sluiswachter');
    expect(
      role(
        'Cofradía de Pescadores del Cantábrico <empleo@cofradiacantabrico.example>',
        'Incorporación',
        'Hola Iker:\n\nNos alegra ofrecerte la incorporación como pescador de bajura en el barco Itsaso desde el lunes.\n\nUn saludo,\nMaite Uribe\n',
      ),
    ).toBe('pescador de bajura');
  });

  it('does not take a word that only looks like a doer for a title', () => {
    expect(
      role(
        'Cressida Hale <cressida@tallowfield.example>',
        'Next step',
        'Hi Jonah,\n\nThanks for your application. We will be in touch shortly with further details about the other interview slots.\n\nCressida\n',
      ),
    ).toBeNull();
  });
});

describe('the fuller of two writings of one title', () => {
  it('keeps the words the body adds to the subject’s short form', () => {
    expect(
      role(
        'Ximena Paz <ximena@rutaandina.example>',
        'Entrevista Analista',
        'Hola Tomás,\n\nQueremos invitarte a una entrevista para Analista Contable Semi Senior el jueves 4 de junio a las 10:00.\n\nSaludos,\nXimena\n',
      ),
    ).toBe('Analista Contable Semi Senior');
  });

  it('does not take the occasion after a title for part of it', () => {
    expect(
      role(
        'Brackwater Air <careers@brackwaterair.example>',
        'Ramp Agent Assessment Day – outcome',
        'Dear Priya,\n\nThank you for attending our Ramp Agent Assessment Day at the Exeter hangar. Sadly you were not successful this time; you may apply for Ramp Agent again after six months.\n\nBrackwater Air Recruitment\n',
      ),
    ).toBe('Ramp Agent');
  });
});

describe('a grade in square brackets', () => {
  it('keeps the bracket with the title', () => {
    expect(
      role(
        'Fenmoor District Council <jobs@fenmoor.gov.example>',
        'Shortlisting outcome',
        'Dear Ruth,\n\nYou have been shortlisted for Planning Officer [Grade 6] and we will write with an interview date.\n\nRegards,\nGwen Ashby\n',
      ),
    ).toBe('Planning Officer [Grade 6]');
  });
});

describe('a place written after a title that the email names on its own too', () => {
  it('leaves the place out of the title', () => {
    expect(
      role(
        'Wrenfield Hotels <jobs@wrenfieldhotels.example>',
        'Night Receptionist, Harrogate – interview',
        'Dear Kasia,\n\nWe enjoyed reading about you for the Night Receptionist job, and the Harrogate team would like to meet you on Friday 5 June at 4pm.\n\nWrenfield Hotels Recruitment\n',
      ),
    ).toBe('Night Receptionist');
  });
});

describe('words naming no job before a preposition frame the title after it', () => {
  it('reads the title after "the final round for"', () => {
    expect(
      role(
        'Mira Solberg <mira@northlightgrid.example>',
        'Next step',
        'Hi Theo,\n\nWe would like to invite you for the final round for Solutions Architect with our CTO on Thursday.\n\nMira\n',
      ),
    ).toBe('Solutions Architect');
  });
});
