/**
 * Job titles, round s22: words that never belong to a title end it in casual mail: Dutch "deze" ("afwasser deze
 * zomer"), Portuguese "era" ("a vaga … era tua"), French "viens" ("plongeur viens faire un essai").
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const role = (body: string, kind: 'offer' | 'rejection' | 'interview') =>
  extractDetails(
    { from: 'Sam <sam@shop.example>', subject: 'job', body, date: '2026-07-06T10:00:00+01:00' },
    { timeZone: 'UTC', kind },
  ).role;

describe('a word that ends a title', () => {
  it.each([
    [
      'Hoi Sanne,\n\nBedankt voor je sollicitatie. Helaas hebben we voor de functie van afwasser deze zomer al iemand gevonden.\n\nGroetjes,\nPeter\nRestaurant De Linde',
      'rejection',
      'afwasser',
    ],
    [
      'Olá Rui,\n\nA vaga de ajudante de cozinha era tua se quiseres, começas segunda às 8h.\n\nAbraço,\nManuel\nTasca do Largo',
      'offer',
      'ajudante de cozinha',
    ],
    [
      'salut léo, si tu veux bosser comme plongeur viens faire un essai samedi a 10h au resto, on verra.\n\nMomo\nChez Momo',
      'interview',
      'plongeur',
    ],
  ] as const)('%s', (body, kind, want) => {
    expect(role(body, kind)).toBe(want);
  });
});

describe('a title after the job it names', () => {
  it.each([
    [
      'Hola Nico, te cuento que quedaste para la pega de garzón en el restorán, partes el lunes a las 18.\n\nSaludos,\nPaula',
      'offer',
      'garzón',
    ],
    [
      'Dag Jens,\n\nIk heb uw kandidatuur als magazijnier goed ontvangen. Kan u dinsdag om 10 uur langskomen voor een gesprek?\n\nMet vriendelijke groeten,\nAn',
      'interview',
      'magazijnier',
    ],
    [
      'Hoi Noor,\n\nBedankt voor je sollicitatie als afwashulp. Helaas hebben we al iemand gevonden.\n\nGroet,\nTim',
      'rejection',
      'afwashulp',
    ],
  ] as const)('%s', (body, kind, want) => {
    expect(role(body, kind)).toBe(want);
  });
});

describe("a Dutch subject's label words", () => {
  it.each([
    ['Reactie vacature magazijnmedewerker', 'magazijnmedewerker'],
    ['Kandidatuur orderpicker', 'orderpicker'],
    ['Verplaatsing gesprek Kwaliteitsmedewerker', 'Kwaliteitsmedewerker'],
  ])('are no title: %s', (subject, want) => {
    const d = extractDetails(
      {
        from: 'Sam <sam@shop.example>',
        subject,
        body: 'Beste Lotte,\n\nKan je donderdag 9 juli om 10 uur langskomen voor een gesprek?\n\nMet vriendelijke groeten,\nSam',
        date: '2026-07-06T10:00:00+01:00',
      },
      { timeZone: 'UTC', kind: 'interview' },
    );
    expect(d.role).toBe(want);
  });
});
