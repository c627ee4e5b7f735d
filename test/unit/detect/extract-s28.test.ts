/**
 * Extraction, round s28:
 * - Interview times: a reply deadline in Portuguese ("confirme até sexta às 18h") or Spanish ("antes
 *   del viernes a las 18h") before the meeting's time is no interview time ("até" ends in a letter
 *   outside a–z, so a \b after it never matched; "antes del" was not among the words).
 * - A calendar invitation ("Guests", "Rita Dominguez - organizer", "Invitation from Google Calendar")
 *   has no signature: its guest list's heading and the calendar's footer are nobody's name.
 * - Zones as calendars write them: "(Mitteleuropäische Normalzeit - Berlin)", "(Midden-Europese
 *   standaardtijd - Amsterdam)".
 * - An agency's subject names its client after "con", "com", "avec", "mit", "met" as after "with":
 *   "Entrevista con Conservas Olmedo – Jefe de turno".
 * - The full extractor's own interview check (an email the classifier calls "other", no kind told)
 *   knows "un café" and "passer à …" (the same \b).
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const email = (subject: string, body: string) => ({
  from: 'Ana Lima <ana.lima@serra-azul.example>',
  subject,
  body,
  date: '2026-03-02T09:00:00+00:00',
});

describe('a reply deadline before the interview time', () => {
  it('is skipped in Portuguese ("até sexta às 18h")', () => {
    const { interviewAt } = extractDetails(
      email(
        'Entrevista',
        'Olá Rui, por favor confirme a sua presença até sexta às 18h. A entrevista será na quarta-feira, 11 de março, às 10h.\n\nAna',
      ),
      { timeZone: 'UTC', kind: 'interview' },
    );
    expect(interviewAt).toBe('2026-03-11T10:00:00+00:00');
  });

  it('is skipped in Spanish ("antes del viernes a las 18h")', () => {
    const { interviewAt } = extractDetails(
      email(
        'Entrevista',
        'Hola Rui, por favor confirma antes del viernes a las 18h. La entrevista será el miércoles 11 de marzo a las 10h.\n\nAna',
      ),
      { timeZone: 'UTC', kind: 'interview' },
    );
    expect(interviewAt).toBe('2026-03-11T10:00:00+00:00');
  });
});

describe('the full extractor told no kind, on a fragment the classifier calls "other"', () => {
  it('reads a time after "un café" and "passer à" as an interview time', () => {
    for (const body of ['Un café mardi 10 mars à 10h ?', 'Tu peux passer à 10h mardi 10 mars ?']) {
      expect(extractDetails(email('Demain', body), { timeZone: 'UTC' }).interviewAt).toBe('2026-03-10T10:00:00+00:00');
    }
  });
});

describe('a calendar invitation', () => {
  it('is signed by nobody: the contact is its organiser, not "Guests" or "Invitation"', () => {
    const body = (guests: string, footer: string) =>
      `Interview - Stores Planner - Halden Foods\n\nWhen\nThursday 12 Mar 2026 ⋅ 10am – 10:45am (UTC)\n\n${guests}\nRita Dominguez - organizer\nsam.rivera@mail.example\nOwen Marsh\n\n${footer}`;
    for (const [guests, footer] of [
      [
        'Guests',
        'Reply for sam.rivera@mail.example\nYes   No   Maybe   More options\n\nInvitation from Google Calendar',
      ],
      ['Gäste', 'Einladung von Google Kalender'],
    ]) {
      const { contact } = extractDetails(
        {
          from: 'Rita Dominguez <rita.dominguez@haldenfoods.example>',
          subject: 'Invitation: Interview - Stores Planner @ Thu 12 Mar 2026 10am - 10:45am (UTC)',
          body: body(guests as string, footer as string),
          date: '2026-03-02T09:00:00+00:00',
        },
        { timeZone: 'UTC', kind: 'interview' },
      );
      expect(contact).toBe('Rita');
    }
  });
});

describe('a zone as a calendar writes it', () => {
  it('reads "Normalzeit" and "standaardtijd" after the place', () => {
    const at = (subject: string, body: string) =>
      extractDetails(email(subject, body), { timeZone: 'UTC', kind: 'interview' }).interviewAt;
    expect(
      at(
        'Einladung: Vorstellungsgespräch',
        'Wann\nMontag, 16. März 2026 ⋅ 10:00 – 11:00 (Mitteleuropäische Normalzeit - Berlin)',
      ),
    ).toBe('2026-03-16T10:00:00+01:00');
    expect(
      at(
        'Uitnodiging: sollicitatiegesprek',
        'Wanneer\ndinsdag 24 mrt 2026 ⋅ 13:30 – 14:30 (Midden-Europese standaardtijd - Amsterdam)',
      ),
    ).toBe('2026-03-24T13:30:00+01:00');
  });
});

describe('an agency naming its client in the subject', () => {
  it('gives the client after "con" as after "with"', () => {
    const { company } = extractDetails(
      {
        from: 'Marta Ruiz <marta.ruiz@talentum-seleccion.example>',
        subject: 'Entrevista con Conservas Olmedo – Jefe de turno',
        body: 'Hola Pedro:\n\nConservas Olmedo ha revisado tu candidatura para el puesto de Jefe de turno. Te confirmo la entrevista del jueves 5 de marzo a las 11:00 h en su planta de Lorca.\n\nUn saludo,\n\nMarta Ruiz\nConsultora de Selección\nGrupo Talentum Selección',
        date: '2026-03-02T09:00:00+01:00',
      },
      { timeZone: 'UTC', kind: 'interview' },
    );
    expect(company).toBe('Conservas Olmedo');
  });
});
