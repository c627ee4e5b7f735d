/**
 * Interview times, round s22: how people who write casually give a time.
 * - A bare hour followed by a word that links on ("at 2 instead of tues", "at 3 if that works", "at 3 tomorrow").
 * - The part of the day said next to the hour ("this evening at 7", "heute Abend so um halb 8", "a las 7 de la tarde",
 *   "7 uur 's avonds"), which makes it an afternoon or evening time, while "'s ochtends" keeps it in the morning.
 * - "om 3 uur", "um 3 Uhr": an hour with its unit after a preposition is in the afternoon, as "at 3" is.
 * - Ranges: a dash that runs past noon after a day ("tmrw 10-2"), and other languages' words with an hour's unit
 *   ("von 9 bis 11 Uhr", "de 10 à 12h"); "de 3 a 5 años" is no time.
 * - A day number before a later hour is a date, not a range ("jeudi 20 à 14h", "Monday 14 – 10:00").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

// Sent on Monday 6 July 2026, 10:00 in London; the reader is in UTC.
const at = (body: string, subject = 'chat') =>
  extractDetails(
    { from: 'Sam <sam@shop.example>', subject, body, date: '2026-07-06T10:00:00+01:00' },
    { timeZone: 'UTC', kind: 'interview' },
  ).interviewAt;

describe('a bare hour followed by a word that links on', () => {
  it.each([
    ['could we move your chat to weds at 2 instead of tues?', '2026-07-08T14:00:00+00:00'],
    ['pop in tomorrow at 3 if that works for you', '2026-07-07T15:00:00+00:00'],
    ['can you come by at 4 tomorrow about the job?', '2026-07-07T16:00:00+00:00'],
    ['shall we say thursday at 11 please', '2026-07-09T11:00:00+00:00'],
    ["come in Thursday at 3 o'clock for a chat", '2026-07-09T15:00:00+00:00'],
    ['can you swing by the yard on Thursday at 3 so we can talk?', '2026-07-09T15:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('still reads a count after the hour as no time', () => {
    expect(at('we had about 5 people in for the job on Thursday, and that was it')).toBeNull();
    expect(at('we have had about 5 so far for the job on Thursday')).toBeNull();
  });
});

describe('the half or quarter hour after a bare hour', () => {
  it.each([
    ['puedes venir el jueves a las 9 y media pa una prueba?', '2026-07-09T09:30:00+00:00'],
    ['Podes vir na quinta às 10 e um quarto para a entrevista?', '2026-07-09T10:15:00+00:00'],
    ["Tu peux passer jeudi à 9 et demie pour l'entretien ?", '2026-07-09T09:30:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});

describe('the part of the day next to the hour', () => {
  it.each([
    ['could I ring you this evening at 7?', '2026-07-06T19:00:00+00:00'],
    ['free for a quick call tonight around 8?', '2026-07-06T20:00:00+00:00'],
    ['Passt es dir heute Abend so um halb 8? Dann ruf ich dich an.', '2026-07-06T19:30:00+00:00'],
    ['Ven el jueves a las 6 de la tarde y hablamos del puesto.', '2026-07-09T18:00:00+00:00'],
    ['Podes passar cá na quinta às 7 da noite para conversarmos?', '2026-07-09T19:00:00+00:00'],
    ['Passe jeudi à 6h du soir, on parlera du poste.', '2026-07-09T18:00:00+00:00'],
    ["Kom donderdag om 7 uur 's avonds even langs voor een gesprekje.", '2026-07-09T19:00:00+00:00'],
    [
      'Hallo Jonas, kannst du am Dienstag abends um 6 bei uns vorbeikommen? Dann reden wir über die Stelle.',
      '2026-07-07T18:00:00+00:00',
    ],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('keeps a time in the morning when the morning is said', () => {
    expect(at("Kun je donderdag komen? We beginnen om 6 uur 's ochtends in de bakkerij.")).toBe(
      '2026-07-09T06:00:00+00:00',
    );
  });

  it('reads the evening only next to the hour, not in the next clause', () => {
    expect(at('On Thursday we meet at 9, and tonight I will send you the address.')).toBe('2026-07-09T09:00:00+00:00');
  });

  it('reads a zone written after the part of the day', () => {
    expect(at('¿Puedes venir el jueves a las 5 de la tarde, hora del centro? Es una plática corta.')).toBe(
      '2026-07-09T17:00:00-06:00',
    );
  });
});

describe('an hour with its unit after a preposition', () => {
  it.each([
    ['Kun je dinsdag om 3 uur langskomen voor een gesprek?', '2026-07-07T15:00:00+00:00'],
    ['Kannst du am Dienstag um 3 Uhr zum Gespräch kommen?', '2026-07-07T15:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('is a length of time without one', () => {
    // The length "3 Stunden" gives no time; "um 9" does.
    expect(
      at(
        'Hallo Jonas, die Probearbeit am Donnerstag dauert 3 Stunden, und wir fangen um 9 an. Bitte bring Schuhe mit.',
      ),
    ).toBe('2026-07-09T09:00:00+00:00');
  });
});

describe('ranges', () => {
  it.each([
    ['can you do a trial shift tmrw 10-2?', '2026-07-07T10:00:00+00:00'],
    ['trial shift thursday 11-3, does that suit?', '2026-07-09T11:00:00+00:00'],
    ['Wir haben Sie am Donnerstag von 9 bis 11 Uhr zum Gespräch eingeplant.', '2026-07-09T09:00:00+00:00'],
    ['On peut se voir de 10 à 12h jeudi pour un entretien ?', '2026-07-09T10:00:00+00:00'],
    ['¿Puedes venir el jueves de 10 a 12 horas?', '2026-07-09T10:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('are no time when the numbers count something else', () => {
    expect(at('Buscamos a alguien con de 3 a 5 años de experiencia. Te escribimos el jueves.')).toBeNull();
  });
});

describe('a day number before a later hour', () => {
  it.each([
    ['Est-ce que jeudi 16 à 14h vous irait à la place de mardi ?', '2026-07-16T14:00:00+00:00'],
    ['Monday 13 – 10:00 works for the interview, see you then', '2026-07-13T10:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});

describe('a reschedule in other languages names the old time first', () => {
  it.each([
    [
      'Bonjour Léa,\n\nNous devons déplacer votre entretien prévu ce jeudi 9 juillet à 14h. Serait-il possible de le décaler au vendredi 10 juillet à 11h ?\n\nBien à vous,\nClaire',
      '2026-07-10T11:00:00+00:00',
    ],
    [
      'Hola Daniel,\n\nNecesitamos mover tu entrevista del jueves 9 de julio a las 10:00 al viernes 10 de julio a las 12:00, porque la jefa de área está de viaje.\n\nSaludos,\nMarta',
      '2026-07-10T12:00:00+00:00',
    ],
    [
      'Olá Rita,\n\nPrecisamos remarcar a sua entrevista, que estava marcada para quinta-feira (09/07) às 10h. Nova data: sexta-feira (10/07) às 15h.\n\nAtenciosamente,\nPaula',
      '2026-07-10T15:00:00+00:00',
    ],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});

describe('German days and ranges', () => {
  it('reads "kommenden Freitag" as the coming Friday, this week', () => {
    expect(
      at(
        'Sehr geehrter Herr Kraus,\n\nwir laden Sie gerne zu einem Gespräch ein, und zwar kommenden Freitag um 9:30 Uhr bei uns im Werk.\n\nFreundliche Grüße\nPetra Lang',
      ),
    ).toBe('2026-07-10T09:30:00+00:00');
  });

  it('reads a range of dotted times with its unit', () => {
    expect(
      at(
        'Guten Tag Frau Berger\n\nWir schlagen Ihnen folgenden Termin für das Video-Interview vor:\n\nDonnerstag, 9. Juli 2026, 10.00–11.00 Uhr\n\nFreundliche Grüsse\nSandra Keller',
      ),
    ).toBe('2026-07-09T10:00:00+00:00');
  });
});

describe('a time the message says "instead" of', () => {
  it.each([
    [
      "Sorry, the manager can't do the 2pm Thursday slot any more. Could we do Friday 9.45 instead? Same place, same panel.",
      '2026-07-10T09:45:00+00:00',
    ],
    [
      'Hallo Herr Yilmaz,\n\nleider muss ich unseren Termin am Mittwoch, 8. Juli, um 10:00 Uhr absagen. Können wir stattdessen auf Freitag, 10. Juli, 13:30 Uhr ausweichen?\n\nBeste Grüße\nJens',
      '2026-07-10T13:30:00+00:00',
    ],
    [
      'Dag Evelien,\n\nIk kan ons gesprek van woensdag 8 juli om 14 uur helaas niet laten doorgaan. Zou je in de plaats kunnen op vrijdag 10 juli om 9.30 uur?\n\nGroeten,\nWim',
      '2026-07-10T09:30:00+00:00',
    ],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});

describe('zones', () => {
  it('reads "(all EAT)" under a list of times as their zone', () => {
    expect(at('Which of these works for your interview?\n- Tues 10am\n- Wed 2pm\n(all EAT)')).toBe(
      '2026-07-07T10:00:00+03:00',
    );
  });

  it('knows Suriname', () => {
    expect(
      at(
        'Geachte heer Kartosen,\n\nHet sollicitatiegesprek vindt plaats op donderdag 9 juli om 10.00 uur (Surinaamse tijd) via Teams.\n\nHoogachtend,\nShanti',
      ),
    ).toBe('2026-07-09T10:00:00-03:00');
  });
});
