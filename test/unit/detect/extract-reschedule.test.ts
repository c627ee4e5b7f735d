/**
 * extractDetails' `rescheduled`: true only when the newest message itself says the interview moved
 * (in the six languages), never for an offer to move it, a question, a hedge, a denial or wording
 * in the quoted history; and interviewAt is then the new time, even when the old one comes first.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { EmailInput, EmailKind } from '../../../src/core/detect/types';

const PACIFIC = { date: '2026-11-25T09:00:00-08:00', zone: 'America/Los_Angeles' };
const BERLIN = { date: '2026-11-25T09:00:00+01:00', zone: 'Europe/Berlin' };

function read(body: string, where = PACIFIC, extra: Partial<EmailInput> = {}, kind?: EmailKind) {
  const email: EmailInput = {
    subject: 'Interview',
    from: 'Sofia Alvarez <sofia.alvarez@globex.example>',
    date: where.date,
    body,
    ...extra,
  };
  const { rescheduled, interviewAt } = extractDetails(email, { timeZone: where.zone, ...(kind && { kind }) });
  return { rescheduled, interviewAt };
}

const letter = (text: string, closing = 'Best,\nSofia') => `Hi Alex,\n\n${text}\n\n${closing}`;

describe('a reschedule in the newest message', () => {
  it.each([
    [
      'we need to move your interview',
      'Ken has a conflict, so we need to move your interview to Thursday, December 3 at 2:00 PM PST. The Meet link stays the same.',
      '2026-12-03T14:00:00-08:00',
    ],
    [
      'the panel has been pushed back (old time written first)',
      'Your panel on Tuesday, December 1 at 10:00 AM has been pushed back to Friday, December 4 at 11:30 AM PST.',
      '2026-12-04T11:30:00-08:00',
    ],
    [
      'moved from one time to another',
      'Quick update: the call was moved from Monday, November 30 at 9am to Wednesday, December 2 at 4pm PST.',
      '2026-12-02T16:00:00-08:00',
    ],
    [
      'a "New date and time:" line',
      'Apologies for the shuffle on our side.\n\nNew date and time: Thursday, December 3, 1:00 PM PST',
      '2026-12-03T13:00:00-08:00',
    ],
    [
      'we have rescheduled',
      "We've rescheduled your onsite for Tuesday, December 8 at 9:30 AM PST, since the lab is closed on Monday.",
      '2026-12-08T09:30:00-08:00',
    ],
    [
      'a scheduling tool\'s "OLD:" line, then "NEW:"',
      'One of the panel has a court date, so we had to rebook you.\n\nOLD: Tuesday 1 December 2026, 11:00-12:00 PST (cancelled)\nNEW: Thursday 3 December 2026, 14:00-15:00 PST',
      '2026-12-03T14:00:00-08:00',
    ],
    [
      'instead of the day first planned',
      "Let's meet on Thursday, December 3 at 3 PM PST instead of Tuesday at 10 AM.",
      '2026-12-03T15:00:00-08:00',
    ],
  ])('English: %s', (_name, text, at) => {
    expect(read(letter(text))).toEqual({ rescheduled: true, interviewAt: at });
  });

  it.each([
    [
      'German, wir müssen verschieben',
      'Hallo Alex,\n\nleider müssen wir Ihr Vorstellungsgespräch verschieben. Der neue Termin ist Donnerstag, 3. Dezember, um 14:00 Uhr.\n\nViele Grüße\nSandra Pohl',
      '2026-12-03T14:00:00+01:00',
    ],
    [
      'German, wurde verlegt (old time first)',
      'Hallo Alex,\n\nIhr Gespräch am Dienstag, 1.12., um 10 Uhr wurde auf Donnerstag, 3.12., 15 Uhr verlegt.\n\nViele Grüße\nSandra Pohl',
      '2026-12-03T15:00:00+01:00',
    ],
    [
      'French, nous devons décaler',
      'Bonjour Alex,\n\nNous devons malheureusement décaler notre entretien : il aura lieu le jeudi 3 décembre à 11h.\n\nCordialement,\nClaire Martin',
      '2026-12-03T11:00:00+01:00',
    ],
    [
      'French, a été reporté',
      'Bonjour Alex,\n\nVotre entretien prévu mardi a été reporté au vendredi 4 décembre à 9h30.\n\nCordialement,\nClaire Martin',
      '2026-12-04T09:30:00+01:00',
    ],
    [
      'Spanish, hemos tenido que reprogramar',
      'Hola Alex:\n\nHemos tenido que reprogramar la entrevista; la nueva fecha es el jueves 3 de diciembre a las 16:00.\n\nSaludos,\nLucía Gómez',
      '2026-12-03T16:00:00+01:00',
    ],
    [
      'Spanish, ha sido aplazada',
      'Hola Alex:\n\nTu entrevista ha sido aplazada al viernes 4 de diciembre a las 10:00.\n\nSaludos,\nLucía Gómez',
      '2026-12-04T10:00:00+01:00',
    ],
    [
      'Portuguese, precisamos remarcar',
      'Olá Alex,\n\nPrecisamos remarcar a sua entrevista para quinta-feira, 3 de dezembro, às 15h.\n\nAbraços,\nMariana Costa',
      '2026-12-03T15:00:00+01:00',
    ],
    [
      'Portuguese, foi adiada',
      'Olá Alex,\n\nA conversa com a equipa foi adiada para sexta-feira, 4 de dezembro, às 10h.\n\nAbraços,\nMariana Costa',
      '2026-12-04T10:00:00+01:00',
    ],
    [
      'Dutch, hebben verplaatst',
      'Hoi Alex,\n\nWe hebben je sollicitatiegesprek verplaatst naar donderdag 3 december om 13:30.\n\nGroet,\nSanne de Vries',
      '2026-12-03T13:30:00+01:00',
    ],
    [
      'Dutch, moeten verzetten',
      'Hoi Alex,\n\nHelaas moeten we het gesprek verzetten; de nieuwe datum is vrijdag 4 december om 10:00.\n\nGroet,\nSanne de Vries',
      '2026-12-04T10:00:00+01:00',
    ],
  ])('%s', (_name, body, at) => {
    expect(read(body, BERLIN)).toEqual({ rescheduled: true, interviewAt: at });
  });
});

describe('no reschedule', () => {
  it.each([
    [
      'an offer to reschedule by reply',
      'Your interview is confirmed for Tuesday, December 1 at 10:00 AM PST. If you need to reschedule, just reply to this email.',
    ],
    [
      '"reschedule if needed"',
      'See you on Tuesday, December 1 at 10:00 AM PST for the interview. Reschedule if needed with the link in the invite.',
    ],
    [
      'we can move it if it does not suit',
      'Your interview is on Tuesday, December 1 at 10:00 AM PST; we could move it if the time does not suit you.',
    ],
    [
      'a "New:" line with no old time above it',
      'New: the office has moved to 4 Quay Street.\nYour interview is on Tuesday, December 1 at 10:00 AM PST.',
    ],
    [
      'a hedge',
      'Your interview is on Tuesday, December 1 at 10:00 AM PST, though we may need to reschedule if Ken is travelling.',
    ],
    ['a denial', 'The interview has not been moved: it is still on Tuesday, December 1 at 10:00 AM PST.'],
    [
      'moving forward with an application',
      'We have moved forward with your application and would like to interview you on Tuesday, December 1 at 10:00 AM PST.',
    ],
    [
      'a time in the future, announced later',
      "Your interview is on Tuesday, December 1 at 10:00 AM PST. We'll email you when the panel is rescheduled for the second round.",
    ],
  ])('English: %s', (_name, text) => {
    expect(read(letter(text))).toEqual({ rescheduled: false, interviewAt: '2026-12-01T10:00:00-08:00' });
  });

  it('English: a proposal or a question is not a move', () => {
    expect(read(letter('Could we move your interview to Thursday, December 3 at 2:00 PM PST?')).rescheduled).toBe(
      false,
    );
    expect(
      read(letter('Did you get my note that the call has been moved to Thursday, December 3 at 2:00 PM PST?'))
        .rescheduled,
    ).toBe(false);
  });

  it.each([
    [
      'German, falls Sie verschieben müssen',
      'Hallo Alex,\n\nIhr Vorstellungsgespräch findet am Dienstag, 1. Dezember, um 10 Uhr statt. Falls Sie den Termin verschieben müssen, geben Sie uns bitte Bescheid.\n\nViele Grüße\nSandra Pohl',
    ],
    [
      'German, bei Bedarf',
      'Hallo Alex,\n\nwir sehen uns am Dienstag, 1. Dezember, um 10 Uhr zum Gespräch. Bei Bedarf wird der Termin natürlich verschoben.\n\nViele Grüße\nSandra Pohl',
    ],
    [
      'German, wird nicht verschoben',
      'Hallo Alex,\n\nkeine Sorge: Ihr Gespräch wird nicht verschoben, es bleibt bei Dienstag, 1. Dezember, um 10 Uhr.\n\nViele Grüße\nSandra Pohl',
    ],
    [
      'French, si vous devez le reporter',
      'Bonjour Alex,\n\nVotre entretien aura lieu le mardi 1er décembre à 10h. Si vous devez le reporter, merci de nous prévenir la veille.\n\nCordialement,\nClaire Martin',
    ],
    [
      'Spanish, si necesitas reprogramar',
      'Hola Alex:\n\nTu entrevista es el martes 1 de diciembre a las 10:00. Si necesitas reprogramar, respóndenos a este correo.\n\nSaludos,\nLucía Gómez',
    ],
    [
      'Spanish, no ha sido reprogramada',
      'Hola Alex:\n\nTu entrevista no ha sido reprogramada: sigue siendo el martes 1 de diciembre a las 10:00.\n\nSaludos,\nLucía Gómez',
    ],
    [
      'Portuguese, caso precise remarcar',
      'Olá Alex,\n\nA entrevista será na terça-feira, 1 de dezembro, às 10h. Caso precise remarcar, avise-nos com antecedência.\n\nAbraços,\nMariana Costa',
    ],
    [
      'Dutch, mocht je willen verzetten',
      'Hoi Alex,\n\nJe gesprek is op dinsdag 1 december om 10:00. Mocht je het gesprek willen verzetten, laat het ons dan weten.\n\nGroet,\nSanne de Vries',
    ],
  ])('%s', (_name, body) => {
    expect(read(body, BERLIN)).toEqual({ rescheduled: false, interviewAt: '2026-12-01T10:00:00+01:00' });
  });

  it('counts the wording of the newest message only: not the quoted history, not the subject', () => {
    const body = letter(
      'Thanks for confirming. Ken and Lena will see you on Thursday, December 3 at 2:00 PM PST.',
      'Best,\nSofia\n\nOn Mon, Nov 23, 2026 at 4:12 PM Sofia Alvarez <sofia.alvarez@globex.example> wrote:\n> Hi Alex, we need to move your interview to Thursday, December 3 at 2:00 PM PST.',
    );
    expect(read(body, PACIFIC, { subject: 'Re: Rescheduled: interview with Globex' })).toEqual({
      rescheduled: false,
      interviewAt: '2026-12-03T14:00:00-08:00',
    });
  });

  it('an offer whose start date was postponed is no interview reschedule', () => {
    const body = letter(
      'We are delighted to offer you the Backend Engineer position. Your start date has been postponed to January 11, and the offer letter with your salary is attached.',
    );
    // Under an "Interview" subject: only the classifier tells it is an offer.
    expect(read(body, PACIFIC, {}, 'offer').rescheduled).toBe(false);
  });
});
