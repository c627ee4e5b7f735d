/**
 * Interview times, round s26:
 * - Spanish "a las 10 por el taller", "a las 9 a la oficina": a bare hour linked on by "por" or "a" is a time, as
 *   "a las 16 al hostel" was (a word after a bare hour otherwise makes it a count).
 * - Dutch "morgenochtend", "morgenmiddag", "morgenavond" are tomorrow, as "morgen" is.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

// Sent on Tuesday 7 July 2026, 10:00 in Madrid; the reader is in UTC.
const at = (body: string, subject = 'trabajo') =>
  extractDetails(
    { from: 'Paco <paco@taller.example>', subject, body, date: '2026-07-07T10:00:00+02:00' },
    { timeZone: 'UTC', kind: 'interview' },
  ).interviewAt;

describe('a bare hour before "por" or "a"', () => {
  it('is a time', () => {
    expect(at('Hola Álvaro,\n\nPásate mañana a las 10 por el taller y hablamos.\n\nPaco')).toBe(
      '2026-07-08T10:00:00+00:00',
    );
    expect(at('Buenas,\n\nPásate el jueves a las 11 por la tienda, pregunta por mí.\n\nPaco')).toBe(
      '2026-07-09T11:00:00+00:00',
    );
    // and "a" ("a las 9 a la oficina")
    expect(at('Hola Nerea,\n\nVen el viernes a las 9 a la oficina y te enseño el almacén.\n\nPaco')).toBe(
      '2026-07-10T09:00:00+00:00',
    );
  });
});

describe('Dutch "morgen" with the part of the day', () => {
  it('is tomorrow', () => {
    expect(
      at('Hoi Sanne,\n\nIk bel je morgenmiddag om 13.30 uur voor een eerste kennismaking.\n\nEls', 'kennismaking'),
    ).toBe('2026-07-08T13:30:00+00:00');
    expect(at('Hoi Sanne,\n\nKom je morgenochtend om 9 uur even langs voor een gesprek?\n\nEls', 'gesprek')).toBe(
      '2026-07-08T09:00:00+00:00',
    );
  });
});
