/**
 * Time zones, round s15: a nationality names a zone as a country does ("Italian time", "Polish time"); a booking
 * tool's "(Dublin, GMT+01:00)" after the time reads its offset past the city. Every email is dated Wednesday
 * 4 March 2026, 09:00 UTC; each case is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const at = (body: string): string | null =>
  extractDetails(
    {
      subject: 'Interview',
      from: 'Orla Kerr <orla@glenvet.example>',
      date: '2026-03-04T09:00:00+00:00',
      body: `${body}\n\nOrla`,
    },
    { kind: 'interview', timeZone: 'UTC' },
  ).interviewAt;

describe('a zone named by a nationality', () => {
  it.each([
    [
      'I would be pleased to meet you on Friday 6th March at 9.30 (Italian time) in our office.',
      '2026-03-06T09:30:00+01:00',
    ],
    ['Could we talk on Teams on Monday 9 March at 9:00 Polish time?', '2026-03-09T09:00:00+01:00'],
    ['Our call is set for Tuesday 10 March at 15:00 Dutch time.', '2026-03-10T15:00:00+01:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});

describe("a booking tool's city and offset", () => {
  it('reads the offset after the city', () => {
    expect(at("You're booked in!\n\nSat 7 Mar 2026, 10:00–11:30 (Dublin, GMT+01:00)")).toBe(
      '2026-03-07T10:00:00+01:00',
    );
  });

  it('still reads a city named alone as no zone', () => {
    expect(at('See you Sat 7 Mar 2026, 10:00 (Dublin office, ground floor).')).toBe('2026-03-07T10:00:00+00:00');
  });
});

describe('a bare hour before a linking word', () => {
  it.each([
    ['¿Puedes venir el jueves a las 17 al taller para charlar un rato?', '2026-03-05T17:00:00+00:00'],
    ['Consegues vir na quinta às 11 para conversarmos?', '2026-03-05T11:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('still reads a count after a bare number as no time', () => {
    expect(at('Could you come in on Thursday? We have been open for at 10 years now.')).toBeNull();
  });
});
