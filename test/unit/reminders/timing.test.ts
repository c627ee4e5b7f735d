import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  addMonths,
  DAY,
  dueAtFor,
  HOUR,
  isQuiet,
  MAX_SNOOZE,
  notifyTime,
  quietEnd,
  SNOOZE_CHOICES,
  snoozeUntil,
} from '../../../src/core/reminders';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

// Clock times (evening, quiet hours) are local: pin the zone, one with daylight saving time, and
// give it back so other test files in this worker keep theirs.
const zone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const at = (local: string) => new Date(local).getTime();
const quiet = DEFAULT_SETTINGS.quietHours;

describe('due times from the settings', () => {
  const triggeredAt = at('2026-03-02T10:00:00');

  it.each([
    ['decline-offer', 24],
    ['accept-offer', 24],
    ['undecided-offer', 48],
    ['after-rejection', 48],
    ['withdraw', 8],
  ] as const)('%s is due %i hours after the trigger by default', (situation, hours) => {
    expect(dueAtFor({ situation, triggeredAt, interviewAt: null }, DEFAULT_SETTINGS)).toBe(triggeredAt + hours * HOUR);
  });

  it('follows a changed setting', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      dueAfterHours: { ...DEFAULT_SETTINGS.dueAfterHours, withdraw: 1 },
    };
    expect(dueAtFor({ situation: 'withdraw', triggeredAt, interviewAt: null }, settings)).toBe(triggeredAt + HOUR);
  });

  it('keeps in touch the chosen number of calendar months after the note', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, keepInTouchMonths: 3 };
    expect(dueAtFor({ situation: 'keep-in-touch', triggeredAt, interviewAt: null }, settings)).toBe(
      at('2026-06-02T10:00:00'),
    );
    expect(dueAtFor({ situation: 'keep-in-touch', triggeredAt, interviewAt: null }, DEFAULT_SETTINGS)).toBe(
      at('2026-09-02T10:00:00'),
    );
  });
});

describe('after an interview: the evening of the interview day, within 24 hours', () => {
  const due = (interviewAt: string, settings: Settings = DEFAULT_SETTINGS) =>
    dueAtFor({ situation: 'after-interview', triggeredAt: at('2026-03-01T09:00:00'), interviewAt }, settings);

  it('is due at 18:00 local time after a morning interview', () => {
    expect(due('2026-03-05T10:30:00+01:00')).toBe(at('2026-03-05T18:00:00'));
  });

  it('reads the interview in its own offset and the evening in the local zone', () => {
    // 14:30 in California is 23:30 in Berlin: the evening has passed, so an hour after it began.
    expect(due('2026-03-05T14:30:00-08:00')).toBe(at('2026-03-06T00:30:00'));
  });

  it('is due after the interview has ended when it runs into the evening', () => {
    expect(due('2026-03-05T17:30:00+01:00')).toBe(at('2026-03-05T18:30:00'));
  });

  it('is never later than the setting', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      dueAfterHours: { ...DEFAULT_SETTINGS.dueAfterHours, 'after-interview': 2 },
    };
    expect(due('2026-03-05T10:30:00+01:00', settings)).toBe(at('2026-03-05T12:30:00'));
  });

  it('is within 24 hours of any interview, even with a longer setting, and after it ends', () => {
    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      dueAfterHours: { ...DEFAULT_SETTINGS.dueAfterHours, 'after-interview': 72 },
    };
    const start = at('2026-01-01T00:00:00');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 }), (minutes) => {
        const interview = start + minutes * 60_000;
        const dueAt = due(new Date(interview).toISOString(), settings);
        return dueAt >= interview + HOUR && dueAt <= interview + DAY;
      }),
    );
  });
});

describe('quiet hours', () => {
  it('wrap past midnight: 21:00–08:00 is quiet, the day is not', () => {
    expect(isQuiet(at('2026-03-05T21:00:00'), quiet)).toBe(true);
    expect(isQuiet(at('2026-03-05T23:59:00'), quiet)).toBe(true);
    expect(isQuiet(at('2026-03-06T07:59:00'), quiet)).toBe(true);
    expect(isQuiet(at('2026-03-06T08:00:00'), quiet)).toBe(false);
    expect(isQuiet(at('2026-03-05T20:59:00'), quiet)).toBe(false);
  });

  it('also work within one day, and not at all when turned off or empty', () => {
    const lunch = { enabled: true, start: '12:00', end: '13:00' };
    expect(isQuiet(at('2026-03-05T12:30:00'), lunch)).toBe(true);
    expect(isQuiet(at('2026-03-05T13:30:00'), lunch)).toBe(false);
    expect(isQuiet(at('2026-03-05T23:00:00'), { ...quiet, enabled: false })).toBe(false);
    expect(isQuiet(at('2026-03-05T23:00:00'), { enabled: true, start: '08:00', end: '08:00' })).toBe(false);
  });

  it('hold a notification until the morning, the same morning after midnight', () => {
    expect(notifyTime(at('2026-03-05T22:15:00'), quiet)).toBe(at('2026-03-06T08:00:00'));
    expect(notifyTime(at('2026-03-06T03:00:00'), quiet)).toBe(at('2026-03-06T08:00:00'));
    expect(notifyTime(at('2026-03-06T09:00:00'), quiet)).toBe(at('2026-03-06T09:00:00'));
  });

  it('end at the local morning across a daylight-saving change', () => {
    // Berlin moves to summer time at 02:00 on 29 March 2026: the night is an hour shorter.
    expect(quietEnd(at('2026-03-28T22:00:00'), quiet)).toBe(at('2026-03-29T08:00:00'));
    expect(at('2026-03-29T08:00:00') - at('2026-03-28T22:00:00')).toBe(9 * HOUR);
  });
});

describe('calendar months', () => {
  it('keep the clock time and clamp to the last day of a shorter month', () => {
    expect(addMonths(at('2026-01-31T09:00:00'), 1)).toBe(at('2026-02-28T09:00:00'));
    expect(addMonths(at('2027-12-31T09:00:00'), 2)).toBe(at('2028-02-29T09:00:00'));
    expect(addMonths(at('2026-02-15T09:00:00'), 12)).toBe(at('2027-02-15T09:00:00'));
  });
});

describe('snooze choices', () => {
  it('an hour from now; tomorrow at 9:00; a week later at 9:00, local time', () => {
    const now = at('2026-03-02T22:40:00');
    expect(snoozeUntil('hour', now)).toBe(now + HOUR);
    expect(snoozeUntil('tomorrow', now)).toBe(at('2026-03-03T09:00:00'));
    expect(snoozeUntil('week', now)).toBe(at('2026-03-09T09:00:00'));
  });

  it('keeps 9:00 local across a daylight saving change (Berlin, 29 March 2026)', () => {
    const now = at('2026-03-28T15:00:00');
    expect(snoozeUntil('tomorrow', now)).toBe(at('2026-03-29T09:00:00'));
    expect(snoozeUntil('tomorrow', now) - now).toBe(17 * HOUR);
    expect(snoozeUntil('week', now)).toBe(at('2026-04-04T09:00:00'));
  });

  it('every choice ends after now and within the longest snooze allowed', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (now) => {
        for (const choice of SNOOZE_CHOICES) {
          const until = snoozeUntil(choice, now);
          expect(until).toBeGreaterThan(now);
          expect(until - now).toBeLessThanOrEqual(Math.min(MAX_SNOOZE, 8 * DAY));
        }
      }),
    );
  });
});
