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

describe('clock times in words, local forms and labels', () => {
  it.each([
    ['Could you come in Friday 8th at half eleven?', '2026-05-08T11:30:00+00:00'], // British: 11:30
    ['Kun je vrijdag 8 mei om half vier langskomen voor een gesprek?', '2026-05-08T15:30:00+00:00'], // 3:30
    ['Passt Ihnen ein Gespräch am Freitag, 8. Mai, um halb elf?', '2026-05-08T10:30:00+00:00'],
    ['Sollicitatiegesprek: vrijdag 8 mei, kwart over tien.', '2026-05-08T10:15:00+00:00'],
    ['Fancy a chat at the shop tomorrow 10ish?', '2026-05-05T10:00:00+00:00'],
    ['Interview schedule: 7 May 2026 (Thursday), 1330H.', '2026-05-07T13:30:00+00:00'],
    ['Interview on Thursday the 7th, 1400 hours.', '2026-05-07T14:00:00+00:00'],
    ['Interview 📅 quinta-feira, 07/05 ⏰ 10h', '2026-05-07T10:00:00+00:00'],
    ['Come in for a trial Saturday from 5, we close late.', '2026-05-09T17:00:00+00:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });

  it('a four-digit time after a date is no year: "Friday 8 May, 1600hrs"', () => {
    expect(at('Interview proposed: Friday 8 May, 1600hrs')).toBe('2026-05-08T16:00:00+00:00');
  });
});

describe('a bound or an arrival time is not the start', () => {
  it('"before noon" gives no concrete time', () => {
    expect(at('Drop in for the interview any time on Friday 8 May, as long as you are here before noon.')).toBeNull();
  });

  it('"8:30 for a 9:00 start" starts at 9:00', () => {
    expect(at('Assessment day: Friday 8 May 2026. Arrival 08:30 for a 09:00 start.')).toBe('2026-05-08T09:00:00+00:00');
  });
});

describe('zones named by country or by its people', () => {
  it.each([
    ['Interview: 7 May 2026, 2:00 PM PH time', '2026-05-07T14:00:00+08:00'],
    ['Interview: 7 May 2026, 2:00 PM Nigerian time', '2026-05-07T14:00:00+01:00'],
    ['Interview: 7 May 2026, 2:00 PM Kenyan time', '2026-05-07T14:00:00+03:00'],
    ['Interview: 7 May 2026, 2:00 PM Pakistan time', '2026-05-07T14:00:00+05:00'],
    ['Interview: 7 May 2026, 2:00 PM (Malaysia time)', '2026-05-07T14:00:00+08:00'],
    ['Entrevue le jeudi 7 mai à 14 h (heure du Québec).', '2026-05-07T14:00:00-04:00'],
  ])('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
});
