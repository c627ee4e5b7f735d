/**
 * Interview times, round 8: a bare hour followed by a zone or a day word ("from 10 CET", "at 11 next
 * Wednesday"). Every email is dated Wednesday 4 March 2026; with no zone written, the reader's (UTC) applies.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const at = (body: string): string | null =>
  extractDetails(
    {
      subject: 'Interview',
      from: 'Ilka Brenner <ilka@moorfeldwerft.example>',
      date: '2026-03-04T09:00:00+00:00',
      body: `Hi Jasper,\n\n${body}\n\nBest,\nIlka`,
    },
    { kind: 'interview' },
  ).interviewAt;

/** One test per email body: its interview time is `want`. */
function readsAs(cases: [body: string, want: string][]): void {
  it.each(cases)('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
}

describe('a bare hour with a zone or a day word after it', () => {
  readsAs([
    ['Could you come to the yard on Monday 9 March? We would start from 10 CET.', '2026-03-09T10:00:00+01:00'],
    ['Shall we talk on Friday 6 March at 9 ET?', '2026-03-06T09:00:00-05:00'],
    ['Can we meet at 11 next Wednesday in the drawing office?', '2026-03-11T11:00:00+00:00'],
  ]);
});

describe('a time label before an ISO date names the date, not a clock time', () => {
  // R_MIL: four digits after "time:"/"hora:" that open a date are its year ("2026" is not 20:26).
  readsAs([
    ['Date/time: 2026-03-17 15:00 SGT\nFormat: video call', '2026-03-17T15:00:00+08:00'],
    ['Data e hora: 2026-03-18, 09:00 CAT\nLocal: sede', '2026-03-18T09:00:00+02:00'],
    ['Time: 1430 on Thursday 12 March, at the yard gate.', '2026-03-12T14:30:00+00:00'],
  ]);
});

describe('GMT is +00:00 all year; the UK in summer is BST', () => {
  // zones.ts: "GMT" no longer names London, whose summer time is an hour ahead.
  readsAs([
    ['Your oral interview: Wednesday 8 April 2026, 10:00 GMT, at the Tema office.', '2026-04-08T10:00:00+00:00'],
    ['Your oral interview: Wednesday 8 April 2026, 10:00 BST, at the Leeds office.', '2026-04-08T10:00:00+01:00'],
    ['Your oral interview: Wednesday 8 April 2026, 10:00 UK time, at the Leeds office.', '2026-04-08T10:00:00+01:00'],
  ]);
});
