/**
 * Interview times as writers from many places put them: the events that count as an interview,
 * clock times in words and local forms, what is a bound rather than a start, and zones named by
 * country. Every email is dated Monday 4 May 2026; with no zone written, the reader's (UTC) applies.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const at = (body: string, subject = 'Next step'): string | null =>
  extractDetails({
    subject,
    from: 'Orla Quinn <orla@fernmoor.example>',
    date: '2026-05-04T09:00:00+00:00',
    body: `Hi Dev,\n\n${body}\n\nBest,\nOrla`,
  }).interviewAt;

describe('an assessment, test, round, demo lesson or taster day is an interview', () => {
  it.each([
    ['You are invited to a written aptitude test on Friday 8 May 2026 at 10:00.', '2026-05-08T10:00:00+00:00'],
    ['Your practical skills test is on Thursday, 7 May at 09:30.', '2026-05-07T09:30:00+00:00'],
    ['Our accounts head will take your telephonic round tomorrow at 11:30 am.', '2026-05-05T11:30:00+00:00'],
    ['Your demo lesson is booked: Wed, 6 May 2026, 4:00 PM.', '2026-05-06T16:00:00+00:00'],
    ['Komm am Mittwoch, 6. Mai, um 9.00 Uhr zum Schnuppern in die Backstube.', '2026-05-06T09:00:00+00:00'],
    ['Could you pop by for a coffee on Thursday 7 May at 3pm?', '2026-05-07T15:00:00+00:00'],
    ['Pouvez-vous passer au magasin jeudi 7 mai à 17h ?', '2026-05-07T17:00:00+00:00'],
    ['Te esperamos mañana a las 12:00 para una prueba en la barra.', '2026-05-05T12:00:00+00:00'],
    ['Your culture-fit call is set for Wednesday, May 6 at 2:00 PM.', '2026-05-06T14:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body, 'Hello')).toBe(want);
  });
});
