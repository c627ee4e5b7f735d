/**
 * Informal sign-offs of each language are closings, so the name under them is the signer and not
 * the closing itself: Portuguese "Bjs" (beijos), Dutch "Gr." (groeten), German "Ciao" and
 * "Tschüss", Spanish "Besos", French "Bisous". They load with their language's words
 * (extract/words-<code>.ts). Each case is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const contact = (from: string, body: string): string | null =>
  extractDetails({ subject: 'vaga', from, date: '2026-05-04T09:00:00+00:00', body }).contact;

describe('an informal sign-off above the name', () => {
  it.each([
    [
      'Rosana Teixeira <rosana@docesdarosa.example>',
      'Oi Bia, tudo bem? A vaga de atendente é tua se quiseres, começas segunda às 8h.\n\nBjs\nRosana\nDoces da Rosa',
      'Rosana',
    ],
    [
      'Wim de Boer <wim@deboertuinen.example>',
      'Hoi Sanne, je mag maandag beginnen bij ons in de kwekerij. Neem je laarzen mee.\n\nGr. Wim\nDe Boer Tuinen',
      'Wim',
    ],
    [
      'Luca Ferri <luca@gelateria-ferri.example>',
      'Hallo Mia, du kannst am Samstag zum Probearbeiten kommen, so gegen 14 Uhr.\n\nCiao\nLuca\nGelateria Ferri',
      'Luca',
    ],
    [
      'Jonas Keller <jonas@kellerholz.example>',
      'Servus Ben, wir nehmen dich als Azubi, Start ist am 1. August.\n\nTschüss\nJonas',
      'Jonas',
    ],
    [
      'Paula Ríos <paula@panaderiarios.example>',
      'Hola Lucía, te quedas con el puesto de dependienta, empiezas el lunes a las 7.\n\nBesos\nPaula',
      'Paula',
    ],
    [
      'Chloé Martin <chloe@fleursdechloe.example>',
      'Coucou Inès, on te prend pour les samedis à la boutique, à partir du 3.\n\nBisous\nChloé',
      'Chloé',
    ],
  ])('%s', (from, body, want) => {
    expect(contact(from, body)).toBe(want);
  });
});
