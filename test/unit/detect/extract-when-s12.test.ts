/**
 * Interview times given as a range of hours, as shift work is offered ("Friday 5–9pm", "saturday,
 * 10 till 2", "from 11-2pm"): the start is the proposal, with the end's am or pm unless the start is
 * the larger hour; and "Weds" for Wednesday. A pair of numbers that is a count stays one. Every
 * email is dated Wednesday 4 March 2026, 09:00 UTC; each case is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const at = (body: string): string | null =>
  extractDetails(
    {
      subject: 'shifts',
      from: 'Lou Brennan <lou@harbourdeli.example>',
      date: '2026-03-04T09:00:00+00:00',
      body: `${body}\n\nLou`,
    },
    { kind: 'interview' },
  ).interviewAt;

describe('a range of hours', () => {
  it.each([
    ['Could you do a trial on the counter Friday 5–9pm? Wear something dark.', '2026-03-06T17:00:00+00:00'],
    ['come help out saturday, 10 till 2, and we will see how it goes', '2026-03-07T10:00:00+00:00'],
    ['Try a shift with us on Saturday 11-2pm? Lunch is on us.', '2026-03-07T11:00:00+00:00'],
    ['Pop in Thursday 12-3pm and shadow the floor manager.', '2026-03-05T12:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('leaves a count alone', () => {
    expect(at('We are a crew of 5-9 people in summer. Come and meet us Saturday at 10.')).toBe(
      '2026-03-07T10:00:00+00:00',
    );
  });
});

describe('"Weds" is Wednesday', () => {
  it('reads it before a time (the email is written on a Wednesday morning: that afternoon)', () => {
    expect(at('Are you free Weds at 3:30 for a quick chat about the desk job?')).toBe('2026-03-04T15:30:00+00:00');
  });
});
