/**
 * Interview times, round s23:
 * - Dutch "aanstaande vrijdag" is the coming Friday: said on a Tuesday, that week's (it was read as "next Friday",
 *   the week after); said on the Friday itself, the next one.
 * - A zone stated once for the times: a booking tool's "Time zone: Pacific Time - US & Canada" line, and a zone in
 *   brackets on a line of its own under the times offered ("(heure de Paris)").
 * - "between 10 and 12" ("entre 10 y 12") on a day said before or after it is a range that starts at 10; "between 2
 *   and 5 years" is no time.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

// Sent on Tuesday 7 July 2026, 10:00 in London; the reader is in UTC.
const at = (body: string, subject = 'chat', date = '2026-07-07T10:00:00+01:00') =>
  extractDetails({ from: 'Sam <sam@shop.example>', subject, body, date }, { timeZone: 'UTC', kind: 'interview' })
    .interviewAt;

describe('"aanstaande" and a weekday', () => {
  it('is the coming one', () => {
    expect(at('Hoi Lotte, kun je aanstaande vrijdag om 11.00 uur langskomen voor een gesprek?', 'gesprek')).toBe(
      '2026-07-10T11:00:00+00:00',
    );
    // Said on Friday 10 July: the Friday after.
    expect(
      at(
        'Hoi Lotte, kun je aanstaande vrijdag om 11.00 uur langskomen voor een gesprek?',
        'gesprek',
        '2026-07-10T09:00:00+02:00',
      ),
    ).toBe('2026-07-17T11:00:00+00:00');
  });
});

describe('a zone stated once for the times', () => {
  it("is a booking tool's time zone line", () => {
    expect(
      at(
        'Your interview is booked.\n\nWhat: Video interview - Data Analyst\nWhen: 9:30am - 10:15am, Thursday, July 9, 2026\nTime zone: Eastern Time - US & Canada\nWhere: Zoom',
        'Booked: Video interview',
      ),
    ).toBe('2026-07-09T09:30:00-04:00');
  });

  it('is a zone in brackets on a line of its own under the times', () => {
    expect(
      at(
        'Bonjour Inès,\n\nNous vous proposons un entretien en visio :\n\n- jeudi 9 juillet à 10h00\n- vendredi 10 juillet à 14h30\n(heure de Paris)\n\nMerci de nous dire le créneau qui vous convient.\n\nClaire',
        'Entretien',
      ),
    ).toBe('2026-07-09T10:00:00+02:00');
  });
});

describe('"between 10 and 12"', () => {
  it.each([
    ['Could we do a quick phone interview tomorrow between 10 and 12?', '2026-07-08T10:00:00+00:00'],
    ['A phone interview between 9 and 11 on Friday would suit us.', '2026-07-10T09:00:00+00:00'],
    ['¿Puedes venir mañana entre 10 y 12 para la entrevista?', '2026-07-08T10:00:00+00:00'],
  ])('starts at the first hour: %s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('is no time when it counts something', () => {
    expect(at('We want someone with between 2 and 5 years of experience. Interview on Friday at 3pm?')).toBe(
      '2026-07-10T15:00:00+00:00',
    );
  });
});
