/**
 * Clock times written with a dot, as British English writes them: "at 2.30" in the afternoon, "be at the yard
 * 7.30," and "Monday morning, 9.30 NZ time" on the quarter hour without a preposition; a price is no time. Every
 * email is dated Wednesday 4 March 2026, 09:00 UTC; each case is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const at = (body: string, date = '2026-03-04T09:00:00+00:00'): string | null =>
  extractDetails(
    { subject: 'come and see us', from: 'Orla Kerr <orla@glenvet.example>', date, body: `${body}\n\nOrla` },
    { kind: 'interview' },
  ).interviewAt;

describe('a clock time with a dot', () => {
  it.each([
    ['We would like to have you in for a chat – would Tues 10th at 2.30 work?', '2026-03-10T14:30:00+00:00'],
    [
      'Come out with me friday and see if you like it – be at the yard 7.30, steel toecaps.',
      '2026-03-06T07:30:00+00:00',
    ],
    ['Can we push our call to Monday morning, 9.30 NZ time? I will ring you.', '2026-03-09T09:30:00+13:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('does not read a price as a time', () => {
    expect(at('A trial shift on Friday pays £7.30 an hour, and we will sort the rest after.')).toBeNull();
  });
});
