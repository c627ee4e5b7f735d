/**
 * A friend's news about their own interview is no invitation for the reader: "they invited me" (the
 * writer is the one invited) speaks against a job kind in every language, as "they offered me" already
 * did. The same words in an employer's invitation ("we invite you") are untouched. (French "ils m'ont
 * invitée" was read as other before; it stays a guard here.)
 */
import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/core/detect';

const fromFriend = (subject: string, body: string) => ({
  from: 'Robin Maas <robin.maas@mail.example>',
  to: 'Sasha Verhoef <sasha@mail.example>',
  subject,
  date: '2026-03-12T19:00:00+01:00',
  body,
});

describe("a friend's own invitation", () => {
  it.each([
    [
      'nl',
      'Re: en?',
      'ging best goed! ze hebben me uitgenodigd voor het tweede gesprek, dinsdag om 14 uur bij de directeur.\n\nrobin',
    ],
    [
      'de',
      'Re: und?',
      'lief ganz gut! die haben mich gestern zum zweiten Gespräch eingeladen, am Freitag um 10 Uhr. Drück mir die Daumen!\n\nRobin',
    ],
    [
      'fr',
      'Re: alors ?',
      "Ça s'est bien passé ! Ils m'ont invitée à un deuxième entretien jeudi à 15h avec la directrice. Croise les doigts pour moi.\n\nRobin",
    ],
    [
      'es',
      'Re: ¿qué tal?',
      '¡Muy bien! Me citaron para una segunda entrevista el jueves a las 11 con el gerente. Cruza los dedos.\n\nRobin',
    ],
    [
      'pt',
      'Re: e aí?',
      'Foi ótimo! Me chamaram para a segunda entrevista na quinta às 10h com a diretora. Torce por mim!\n\nRobin',
    ],
    [
      'en',
      'Re: well??',
      'It went really well! They invited me back for a second round on Thursday at 2pm with the director. Fingers crossed!\n\nRobin',
    ],
  ])('is no interview for the reader (%s)', (_language, subject, body) => {
    expect(classifyEmail(fromFriend(subject, body)).kind).toBe('other');
  });
});

describe("an employer's invitation", () => {
  it('stays an interview', () => {
    const email = {
      from: 'Femke de Boer <f.deboer@zorggroep-lindeoord.example>',
      to: 'Sasha Verhoef <sasha@mail.example>',
      subject: 'Uitnodiging sollicitatiegesprek',
      date: '2026-03-12T09:00:00+01:00',
      body: 'Beste Sasha,\n\nBedankt voor je sollicitatie als verpleegkundige. We nodigen je graag uit voor een gesprek op dinsdag 17 maart om 14:00 uur bij ons op locatie.\n\nMet vriendelijke groet,\nFemke de Boer\nRecruiter, Zorggroep Lindeoord',
    };
    expect(classifyEmail(email).kind).toBe('interview');
  });
});
