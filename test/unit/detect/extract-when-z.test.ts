/**
 * Interview times as people write them in a hurry or from a calendar tool (families from the casual
 * and messy-thread sets that joined the training part): a lower-case short weekday before a time, a
 * bare "15h" right after a day, British "half 10", a start before six said to be early, a bare small
 * hour in any language, zone names in calendar invitations and chat ("SA time", "horário padrão de
 * Brasília", "Midden-Europese tijd"), the new time after an "original time" line, and a storey
 * ("the 3rd floor") that is no date. Every email is dated Wednesday 4 March 2026, 09:00 UTC.
 */
import { describe, expect, it } from 'vitest';
import { extractDetails } from '../../../src/core/detect/extract';

const at = (body: string): string | null =>
  extractDetails(
    {
      subject: 'next step',
      from: 'Rosa Quint <rosa@quintbakes.example>',
      date: '2026-03-04T09:00:00+00:00',
      body: `${body}\n\nRosa`,
    },
    { kind: 'interview' },
  ).interviewAt;

function readsAs(cases: [body: string, want: string][]): void {
  it.each(cases)('%s', (body, want) => {
    expect(at(body)).toBe(want);
  });
}

describe('a day written short or in chat', () => {
  readsAs([
    ['hey, can u do tues at 2pm for a quick chat about the job?', '2026-03-10T14:00:00+00:00'],
    ['trial shift fri from 5pm ok? wear black', '2026-03-06T17:00:00+00:00'],
    ['pop in sat morning, half 10, and we can talk about the van job', '2026-03-07T10:30:00+00:00'],
    ['On se voit vendredi 15h pour en parler ?', '2026-03-06T15:00:00+00:00'],
    ['Pode ser uma conversa sexta, 14h?', '2026-03-06T14:00:00+00:00'],
    ['Te espero el viernes a las 4 y hablamos del puesto.', '2026-03-06T16:00:00+00:00'],
  ]);
});

describe('an early start said to be early', () => {
  readsAs([
    ['Could you come in for a trial bake tomorrow at 4:30am? Back door.', '2026-03-05T04:30:00+00:00'],
    ['Kannst du am Freitag um 5 Uhr früh zum Probearbeiten kommen?', '2026-03-06T05:00:00+00:00'],
  ]);
});

describe('a zone named the way calendars and people name it', () => {
  readsAs([
    [
      'Entrevista\nQuando: sexta-feira, 6 de março de 2026 ⋅ 10:00 – 11:00 (Horário Padrão de Brasília)',
      '2026-03-06T10:00:00-03:00',
    ],
    [
      'Entrevista\nCuándo: viernes, 6 de marzo de 2026 ⋅ 10:00 – 10:30 (hora estándar de Europa central - Madrid)',
      '2026-03-06T10:00:00+01:00',
    ],
    [
      'Gesprek\nWanneer: vrijdag 6 maart 2026 ⋅ 10:00 – 11:00 (Midden-Europese tijd - Amsterdam)',
      '2026-03-06T10:00:00+01:00',
    ],
    ['Call me on Friday at 10am SA time about the driving job.', '2026-03-06T10:00:00+02:00'],
    ['Come down to the marina on Saturday, 9am NZ time.', '2026-03-07T09:00:00+13:00'],
  ]);
});

describe('what the time is not', () => {
  readsAs([
    [
      'We have to move your call.\nOriginal time: Thursday 5 March at 10:00\nNew time: Monday 9 March at 14:00',
      '2026-03-09T14:00:00+00:00',
    ],
    ['Could you come by on Friday at 11:00? We are on the 3rd floor of the mill.', '2026-03-06T11:00:00+00:00'],
  ]);
});

describe('a bare hour followed by a verb or the end of the sentence (breadth zg)', () => {
  readsAs([
    ['Friday at 11 suits us fine, come to the side door.', '2026-03-06T11:00:00+00:00'],
    ['Great, see you on Friday at 10.', '2026-03-06T10:00:00+00:00'],
    ['Thursday at 3 works for the two of us.', '2026-03-05T15:00:00+00:00'],
  ]);
});

describe('a zone named by a country or a city that names no IANA zone (breadth zh)', () => {
  readsAs([
    ['Please join the video call on Monday 9 March at 19:00 Beijing time.', '2026-03-09T19:00:00+08:00'],
    ['Kindly come for the interview on Sunday 8 March at 9:30 AM (KSA time).', '2026-03-08T09:30:00+03:00'],
  ]);
});

describe('a bare hour that is still a count', () => {
  it('reads no time in "at 10 days" nor in "about 5 people"', () => {
    expect(at('We can talk on Friday about 5 people joining at 10 days notice.')).toBeNull();
  });
});

describe('a relative day near a weekday (breadth zh)', () => {
  readsAs([
    [
      'So sorry, my colleague is off sick today. Could we do Friday at 11:30 instead? Same link.',
      '2026-03-06T11:30:00+00:00',
    ],
  ]);
});
