/**
 * Company and job title on mail from writers we never tuned on, second round: the phrase that spells a
 * domain written as one word, a common noun that is no name, a team's job after the name its domain
 * spells, and a title written in lower case after a strong trigger.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const details = (from: string, subject: string, body: string) =>
  extractDetails({ from, subject, body, date: '2026-03-02T09:00:00Z' });

describe('a phrase spells a domain written as one word', () => {
  it('passes over a linking word the domain leaves out ("del", "of", "&" as "and")', () => {
    expect(
      details(
        'Inés Robledo <irobledo@ferreteriasur.example>',
        'Entrevista – Encargado de Almacén',
        'Hola Marcos:\n\nLe esperamos el lunes en la oficina de Ferretería del Sur para la entrevista.\n\nSaludos,\nInés\n',
      ).company,
    ).toBe('Ferretería del Sur');
    expect(
      details(
        'Tobias Lind <tobias@hazelandflint.example>',
        'Following up',
        'Hi Nora,\n\nAs promised on the phone: we would love you to join Hazel & Flint Studio as a Junior Designer.\n\nTobias\n',
      ).company,
    ).toBe('Hazel & Flint Studio');
  });

  it('lets a capitalised first word give only its initial ("Clínica" in csantamarta)', () => {
    expect(
      details(
        'Rui Almeida <rui.almeida@csantamartaserra.example>',
        'Proposta – Técnico de Radiologia',
        'Prezado Vasco,\n\nÉ com satisfação que a Clínica Santa Marta da Serra formaliza a proposta para a posição de Técnico de Radiologia.\n\nAtenciosamente,\nRui Almeida\n',
      ).company,
    ).toBe('Clínica Santa Marta da Serra');
  });
});

describe('a common noun is no name', () => {
  it('drops a subject word the mail also writes in lower case ("Entrevue", "Sollicitatie")', () => {
    expect(
      details(
        'Léa Tremblay <lea.tremblay@gmail.example>',
        'Entrevue – Technicien de laboratoire',
        'Bonjour Marc,\n\nOn aimerait te rencontrer en entrevue jeudi à 10 h.\n\nLéa\n',
      ).company,
    ).toBeNull();
    expect(
      details(
        'Joris Peeters <joris.peeters@hotmail.example>',
        'Sollicitatie – Magazijnmedewerker',
        'Hoi Sem,\n\nBedankt voor je sollicitatie. Kun je dinsdag om 9 uur langskomen?\n\nJoris\n',
      ).company,
    ).toBeNull();
  });

  it('takes a signature line whose common nouns are in lower case when it holds a company word', () => {
    expect(
      details(
        'Ana Soler <asoler@montesol-coop.example>',
        'Entrevista – Técnico agrícola',
        'Hola Pablo:\n\nNos gustaría conocerte el martes a las 10:00 en nuestras oficinas.\n\nAna Soler\nResponsable de personas\nCooperativa de servicios agrícolas Montesol\n',
      ).company,
    ).toBe('Cooperativa de servicios agrícolas Montesol');
  });
});

describe('the words a domain spells, then the job of the team that writes', () => {
  it('drops a job title after the name the domain spells ("… Tutor Team")', () => {
    expect(
      details(
        'Lumora Learn Tutor Team <tutors@lumoralearn.example>',
        'Your trial lesson is booked – Science Tutor',
        'Hi Kavya,\n\nYour trial lesson is on Friday at 6:00 PM IST. Be ready ten minutes early.\n\nTeam Lumora Learn\n',
      ).company,
    ).toBe('Lumora Learn');
  });
});

describe('a title written in lower case after a strong trigger', () => {
  it('reads a lower-case fr/nl title after "poste de", "functie van"', () => {
    expect(
      details(
        'Odile Marchand <o.marchand@gmail.example>',
        'Votre candidature',
        'Bonjour Louis,\n\nNous avons bien reçu votre dossier pour le poste de rempailleur. Pourriez-vous venir jeudi à 10h ?\n\nOdile\n',
      ).role,
    ).toBe('rempailleur');
    expect(
      details(
        'Marieke Claes <marieke@gmail.example>',
        'Uitnodiging',
        'Dag Jonas,\n\nBedankt voor je interesse in de functie van rietdekker. Kom je dinsdag om 10 uur langs?\n\nMarieke\n',
      ).role,
    ).toBe('rietdekker');
  });
});

describe('decoration is no part of a name', () => {
  it('drops a trailing emoji from a sender name', () => {
    expect(
      details(
        'Tucano Pay 🚀 <vagas@tucanopay.example>',
        'Sua candidatura – Analista de Suporte',
        'Oi Bia,\n\nInfelizmente seguimos com outra pessoa para a vaga de Analista de Suporte.\n\nAbraço,\nTime de Pessoas\n',
      ).company,
    ).toBe('Tucano Pay');
  });
});

describe('a reply prefix separates nothing', () => {
  it('does not read the word after "Re:" as a name', () => {
    expect(
      details(
        'Gino Russo <gino.russo@gmail.example>',
        'Re: Re: Tryout',
        'yeah friday works. 8am at the workshop, bring boots\n\nGino\n',
      ).company,
    ).toBeNull();
  });
});
