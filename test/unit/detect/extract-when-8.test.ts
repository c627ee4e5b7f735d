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

describe('a bare hour with a zone or a day word after it', () => {
  it.each([
    ['Could you come to the yard on Monday 9 March? We would start from 10 CET.', '2026-03-09T10:00:00+01:00'],
    ['Shall we talk on Friday 6 March at 9 ET?', '2026-03-06T09:00:00-05:00'],
    ['Can we meet at 11 next Wednesday in the drawing office?', '2026-03-11T11:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});
