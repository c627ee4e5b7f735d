/**
 * Interview times: the classifier's word that the email is an invitation, day numbers the date
 * reader used to misread, a bare hour before "or", a zone named after "hora de", and a deadline at
 * 23:59. Every email is dated Monday 4 May 2026; with no zone written, the reader's (UTC) applies.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';
import type { ExtractOptions } from '../../../src/core/detect/types';

const at = (body: string, subject = 'Next step', options?: ExtractOptions): string | null =>
  extractDetails(
    {
      subject,
      from: 'Tamsin Okafor <tamsin@quarrylane.example>',
      date: '2026-05-04T09:00:00+00:00',
      body: `Hi Rui,\n\n${body}\n\nWarmly,\nTamsin`,
    },
    options,
  ).interviewAt;

describe('an email the classifier called an interview needs no interview word of its own', () => {
  it.each([
    [
      'Would you swing by the bakery on Thursday 7 May at 7:30 for a morning on the ovens with us?',
      '2026-05-07T07:30:00+00:00',
    ],
    ['Zin in een babbel in het atelier, woensdag 6 mei om 16u?', '2026-05-06T16:00:00+00:00'],
    ['Seriez-vous libre pour un premier échange le mercredi 6 mai à 11 h 15 ?', '2026-05-06T11:15:00+00:00'],
  ])('%s', (body) => {
    // Without the classifier's word, extraction's own check finds no interview cue and reads no time.
    expect(at(body, 'Hello')).toBeNull();
  });

  it.each([
    [
      'Would you swing by the bakery on Thursday 7 May at 7:30 for a morning on the ovens with us?',
      '2026-05-07T07:30:00+00:00',
    ],
    ['Zin in een babbel in het atelier, woensdag 6 mei om 16u?', '2026-05-06T16:00:00+00:00'],
    ['Seriez-vous libre pour un premier échange le mercredi 6 mai à 11 h 15 ?', '2026-05-06T11:15:00+00:00'],
  ])('with kind interview: %s', (body, want) => {
    expect(at(body, 'Hello', { kind: 'interview' })).toBe(want);
  });

  it('an offer that names a start time still has no interview time', () => {
    expect(at('We would love you to start on Monday 11 May at 8:30.', 'Welcome', { kind: 'offer' })).toBeNull();
  });
});

describe('dates', () => {
  it('"Fri 8 May 15:00" is 8 May, not the "May 1" inside "May 15:00"', () => {
    expect(at('See you then.', 'Interview: Fri 8 May 15:00, front desk')).toBe('2026-05-08T15:00:00+00:00');
  });

  it('"vrijdag de 15e" is the 15th, not the next Friday', () => {
    expect(at('Kom je langs voor een gesprek op vrijdag de 15e om 10u?')).toBe('2026-05-15T10:00:00+00:00');
  });
});

describe('clock times and zones', () => {
  it('a bare hour before "or" is a time: the first of two offered slots', () => {
    expect(at('For the interview, our director is free Tuesday at 10 or Wednesday at 3 (UK time).')).toBe(
      '2026-05-05T10:00:00+01:00',
    );
  });

  it('"hora de Colombia" after "a. m." names the zone', () => {
    expect(at('La entrevista será el martes 5 de mayo, 9:00 a. m. hora de Colombia.')).toBe(
      '2026-05-05T09:00:00-05:00',
    );
  });

  it('23:59 is a deadline, not a start', () => {
    expect(at('Neem je video-interview op via de link, uiterlijk zondag 10 mei 23.59 uur.')).toBeNull();
  });
});
