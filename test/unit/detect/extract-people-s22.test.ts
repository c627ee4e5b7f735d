/**
 * The signer, round s22: words that end a message are no names ("Pfiat di", "Liebi Grüess", a platform's
 * "Unsubscribe", "Join", "Message from …", "Equipa de Recrutamento"), and a rank before a name is no part of it ("PO
 * Gareth Evans", "Sargento Marta Ruiz").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const contact = (from: string, body: string, kind: 'offer' | 'rejection' | 'interview') =>
  extractDetails({ from, subject: 'job', body, date: '2026-07-06T10:00:00+01:00' }, { timeZone: 'UTC', kind }).contact;

describe('a sign-off word is no name', () => {
  it.each([
    [
      'Gasthof Post <info@gasthof-post.example>',
      'Servus Lukas,\n\npasst, du kannst am 1. August bei uns als Kellner anfangen. Die Dienstpläne schick ich dir nächste Woche.\n\nPfiat di\nSepp',
      'offer',
      'Sepp',
    ],
    [
      'Beck Velos <info@beck-velos.example>',
      'Hoi Jan\n\nmir händ dich gern im Team als Velomech, du chasch am 3. August afange. Lohn wie bsproche.\n\nLiebi Grüess\nCorinne',
      'offer',
      'Corinne',
    ],
    [
      'Koffiebar Zuid <hallo@koffiebarzuid.example>',
      'Hoi Sem!\n\nJe mag beginnen als barista, vanaf maandag 3 augustus. Je rooster volgt nog.\n\nLiefs\nEva',
      'offer',
      'Eva',
    ],
    [
      'Bau Gruber <office@bau-gruber.example>',
      'Servas Toni,\n\npasst, du kannst am Montag als Hilfsarbeiter bei uns anfangen, um 7 auf der Baustelle.\n\nGriaß di\nFerdl',
      'offer',
      'Ferdl',
    ],
    [
      'Rick Dawes <rick.dawes@mail.example>',
      "Hey kiddo, the yard job is yours if you want it, $16 an hour, start Saturday at 8. Don't be late!\n\nUncle Rick\nDawes Timber Yard",
      'offer',
      'Rick',
    ],
  ] as const)('%s', (from, body, kind, want) => {
    expect(contact(from, body, kind)).toBe(want);
  });

  it("is no platform's footer", () => {
    expect(
      contact(
        'ShiftBoard <notifications@shiftboard.example>',
        'Your application for Line Cook at Marrow Kitchen was not selected this time.\n\nKeep applying — new shifts are posted daily.\n\nShiftBoard\nUnsubscribe',
        'rejection',
      ),
    ).toBeNull();
  });

  it("is no team's sign-off", () => {
    expect(
      contact(
        'Recrutamento <recrutamento@transportes-norte.example>',
        'Caro Rui,\n\nAgradecemos o seu interesse. Infelizmente não foi selecionado para a vaga de Motorista.\n\nCom os melhores cumprimentos,\n\nEquipa de Recrutamento\nTransportes do Norte, S.A.',
        'rejection',
      ),
    ).toBeNull();
  });
});

describe('a rank before a name', () => {
  it.each([
    [
      'Careers Office <careers.office@forces-recruiting.example>',
      'Dear Sam,\n\nYour selection interview is on Tuesday 14 July at 10:00.\n\nYours aye,\n\nPO Gareth Evans\nCareers Adviser',
      'interview',
      'Gareth',
    ],
    [
      'Reclutamiento <reclutamiento@defensa-sub.example>',
      'Estimada candidata:\n\nLe comunicamos que ha superado la prueba y queda citada a entrevista el martes 14 de julio a las 10:00.\n\nAtentamente,\n\nSargento Marta Ruiz\nOficina de Reclutamiento',
      'interview',
      'Marta',
    ],
  ] as const)('%s', (from, body, kind, want) => {
    expect(contact(from, body, kind)).toBe(want);
  });
});

describe("an employer's note that a platform relays", () => {
  it.each([
    [
      'Message from the hiring manager: "Great trial shift on Saturday, we would love to have you on the line. — Marta"',
      'Marta',
    ],
    ['Message from Tobias Reed:\n"Thanks for applying! Could we talk on Thursday at 10 about the role?"', 'Tobias'],
    [
      'Message from your recruiting coordinator:\nHi Sam, this first call is a relaxed chat about your experience.\nPriya Nair, Recruiting Coordinator',
      'Priya',
    ],
  ])('is signed by its author: %s', (note, want) => {
    expect(
      contact(
        'ShiftHub <notifications@shifthub.example>',
        `Hi Sam,\n\nGood news about your application for Line Cook at Fennel & Rye.\n\n${note}\n\nShiftHub · Find work that works\nUnsubscribe`,
        'offer',
      ),
    ).toBe(want);
  });
});
