import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Contact, Detection } from '../../../src/core/messages';
import {
  advance,
  applyReply,
  createReminder,
  DAY,
  decide,
  dismiss,
  dueCount,
  effectiveStatus,
  fromDetection,
  HOUR,
  KEEP_CLOSED,
  listView,
  markSent,
  nextWakeAt,
  personKey,
  prune,
  type Reminder,
  ReminderError,
  type Reminders,
  snooze,
} from '../../../src/core/reminders';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

const zone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

/** The fake clock: every rule takes `now`, so tests move time by passing a later one. */
const at = (local: string) => new Date(local).getTime();
const MONDAY_NOON = at('2026-03-02T12:00:00');

const dana: Contact = { name: 'Dana Lee', email: 'dana@acme.example', role: 'recruiter' };
const omar: Contact = { name: 'Omar Haddad', email: 'omar@acme.example', role: 'hiring-manager' };
const priya: Contact = { name: 'Priya Shah', email: 'priya@acme.example', role: 'interviewer' };
const lars: Contact = { name: 'Lars Berg', email: null, role: 'interviewer' };
const kenji: Contact = { name: 'Kenji Ito', email: 'kenji@acme.example', role: 'interviewer' };

function detection(patch: Partial<Detection> = {}): Detection {
  return {
    site: 'gmail',
    threadKey: 'thread-offer',
    kind: 'offer',
    company: 'Acme Robotics',
    role: 'Senior Designer',
    contacts: [dana, omar],
    interviewAt: null,
    ...patch,
  };
}

function only(reminders: Reminders): Reminder {
  const all = Object.values(reminders);
  expect(all).toHaveLength(1);
  return all[0]!;
}

function detect(
  patch: Partial<Detection> = {},
  reminders: Reminders = {},
  now = MONDAY_NOON,
  settings = DEFAULT_SETTINGS,
) {
  return fromDetection(reminders, detection(patch), settings, now);
}

describe('reminders from detections', () => {
  it('an offer starts one undecided-offer reminder for the recruiter and the hiring manager, due in 2 days', () => {
    const { reminders, created, reminder } = detect({});
    expect(created).toBe(true);
    expect(only(reminders)).toEqual(reminder);
    expect(reminder).toMatchObject({
      situation: 'undecided-offer',
      status: 'scheduled',
      company: 'Acme Robotics',
      role: 'Senior Designer',
      auto: true,
      dueAt: MONDAY_NOON + 48 * HOUR,
      snoozeCount: 0,
      notifiedAt: null,
    });
    expect(reminder?.people.map((p) => p.name)).toEqual(['Dana Lee', 'Omar Haddad']);
  });

  it('detecting the same thread again updates its reminder and never duplicates it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ role: fc.constantFrom('Designer', 'Senior Designer', null), later: fc.nat(DAY) }), {
          minLength: 1,
          maxLength: 30,
        }),
        (detections) => {
          let reminders: Reminders = {};
          let first: Reminder | null = null;
          for (const d of detections) {
            const change = detect({ role: d.role }, reminders, MONDAY_NOON + d.later);
            reminders = change.reminders;
            first ??= change.reminder;
          }
          const reminder = only(reminders);
          return reminder.id === first?.id && reminder.dueAt === first.dueAt;
        },
      ),
    );
  });

  it('an unchanged re-detection changes nothing; a new detail updates the reminder', () => {
    const first = detect({});
    const again = detect({}, first.reminders, MONDAY_NOON + HOUR);
    expect(again.changed).toBe(false);
    expect(again.reminders).toBe(first.reminders);
    const renamed = detect(
      { role: 'Lead Designer', contacts: [dana, omar, priya] },
      first.reminders,
      MONDAY_NOON + HOUR,
    );
    expect(renamed.changed).toBe(true);
    expect(renamed.created).toBe(false);
    expect(only(renamed.reminders)).toMatchObject({ role: 'Lead Designer', updatedAt: MONDAY_NOON + HOUR });
  });

  it('keys by site and thread: another thread or the other site is another reminder', () => {
    let reminders = detect({}).reminders;
    reminders = detect({ threadKey: 'thread-2' }, reminders).reminders;
    reminders = detect({ site: 'outlook' }, reminders).reminders;
    expect(Object.keys(reminders)).toHaveLength(3);
  });

  it('a rejection asks to thank its sender within 2 days', () => {
    const { reminder } = detect({ kind: 'rejection', contacts: [omar, dana] });
    expect(reminder).toMatchObject({ situation: 'after-rejection', dueAt: MONDAY_NOON + 48 * HOUR });
    expect(reminder?.people.map((p) => p.name)).toEqual(['Omar Haddad']);
  });

  it('an interview asks to thank each interviewer, the evening of the interview day', () => {
    const { reminder } = detect({
      kind: 'interview',
      contacts: [dana, priya, lars],
      interviewAt: '2026-03-05T10:00:00+01:00',
    });
    expect(reminder).toMatchObject({ situation: 'after-interview', dueAt: at('2026-03-05T18:00:00') });
    expect(reminder?.people.map((p) => p.name)).toEqual(['Priya Shah', 'Lars Berg']);
  });

  it('an interview naming no interviewer asks to thank the recruiter', () => {
    const { reminder } = detect({
      kind: 'interview',
      contacts: [omar, dana],
      interviewAt: '2026-03-05T10:00:00+01:00',
    });
    expect(reminder?.people.map((p) => p.name)).toEqual(['Dana Lee']);
  });

  it('two interview rounds in one thread are two reminders; a new time the same day moves the one', () => {
    let reminders = detect({ kind: 'interview', interviewAt: '2026-03-05T10:00:00+01:00' }).reminders;
    reminders = detect({ kind: 'interview', interviewAt: '2026-03-12T10:00:00+01:00' }, reminders).reminders;
    expect(Object.keys(reminders)).toHaveLength(2);
    const moved = detect({ kind: 'interview', interviewAt: '2026-03-12T18:30:00+01:00' }, reminders);
    expect(Object.keys(moved.reminders)).toHaveLength(2);
    expect(moved.reminder?.dueAt).toBe(at('2026-03-12T19:30:00'));
  });

  it('an interview with no date, or one whose note was due days ago, starts nothing', () => {
    expect(detect({ kind: 'interview', interviewAt: null }).reminder).toBeNull();
    expect(detect({ kind: 'interview', interviewAt: '2026-02-01T10:00:00+01:00' }).reminder).toBeNull();
  });

  it('creates nothing when reminders are not automatic, but keeps one the user asked for up to date', () => {
    const manual: Settings = { ...DEFAULT_SETTINGS, autoReminders: false };
    expect(detect({}, {}, MONDAY_NOON, manual).reminder).toBeNull();
    const asked = createReminder({}, { ...detection(), situation: 'undecided-offer', role: null }, manual, MONDAY_NOON);
    const seen = detect({}, asked.reminders, MONDAY_NOON + HOUR, manual);
    expect(only(seen.reminders)).toMatchObject({ role: 'Senior Designer', auto: false });
  });

  it('a dismissed or undone reminder stays closed when the thread is detected again', () => {
    const { reminders, reminder } = detect({});
    const undone = dismiss(reminders, reminder!.id, MONDAY_NOON + 1, 'undone');
    const again = detect({ role: 'Lead Designer' }, undone.reminders, MONDAY_NOON + HOUR);
    expect(only(again.reminders)).toMatchObject({ status: 'dismissed', closedBy: 'undone', role: 'Lead Designer' });
    expect(again.created).toBe(false);
  });
});

describe('a rescheduled interview', () => {
  const THURSDAY = '2026-03-05T10:00:00+01:00';
  const NEXT_MONDAY = '2026-03-09T14:00:00+01:00';
  const interview = (interviewAt: string, patch: Partial<Detection> = {}) =>
    detection({ kind: 'interview', threadKey: 'thread-interview', contacts: [priya], interviewAt, ...patch });
  const seen = (reminders: Reminders, d: Detection, now = MONDAY_NOON + HOUR, settings = DEFAULT_SETTINGS) =>
    fromDetection(reminders, d, settings, now);

  it('moves the reminder to the new day: new key and due time, same id, people, thanks and snooze count', () => {
    // The user asked to be reminded before the interview, snoozed that once, and noted a thank-you already.
    const asked = createReminder(
      {},
      { ...interview(THURSDAY, { contacts: [priya, lars] }), situation: 'after-interview', dueAt: MONDAY_NOON + HOUR },
      DEFAULT_SETTINGS,
      MONDAY_NOON,
    );
    const id = asked.reminder!.id;
    const due = advance(asked.reminders, DEFAULT_SETTINGS, MONDAY_NOON + HOUR).reminders;
    const snoozed = snooze(due, id, DEFAULT_SETTINGS, MONDAY_NOON + HOUR);
    const thanked = markSent(
      snoozed.reminders,
      id,
      personKey('Priya Shah', priya.email),
      DEFAULT_SETTINGS,
      MONDAY_NOON + 2 * HOUR,
    );
    const before = thanked.reminders[id]!;

    const moved = seen(
      thanked.reminders,
      interview(NEXT_MONDAY, { rescheduled: true, contacts: [priya, kenji] }),
      MONDAY_NOON + 3 * HOUR,
    );
    expect(moved).toMatchObject({ created: false, changed: true });
    expect(only(moved.reminders)).toEqual({
      ...before,
      key: 'gmail|after-interview|thread-interview|2026-03-09',
      interviewAt: NEXT_MONDAY,
      // The evening of the new day, scheduled afresh: the old due time and its notification are gone.
      dueAt: at('2026-03-09T18:00:00'),
      status: 'scheduled',
      notifiedAt: null,
      snoozeCount: 1,
      people: [...before.people, expect.objectContaining({ name: 'Kenji Ito', thankedAt: null })],
      updatedAt: MONDAY_NOON + 3 * HOUR,
    });
    expect(before.people[0]).toMatchObject({ name: 'Priya Shah', thankedVia: 'marked' });

    // Reading the same email again changes nothing; the thread still has one reminder.
    const again = seen(
      moved.reminders,
      interview(NEXT_MONDAY, { rescheduled: true, contacts: [priya, kenji] }),
      MONDAY_NOON + 4 * HOUR,
    );
    expect(again.changed).toBe(false);
    expect(again.reminder?.id).toBe(id);
  });

  it('a reminder made later for the old day gets an id of its own: the moved one keeps the old key’s digest', () => {
    const first = seen({}, interview(THURSDAY), MONDAY_NOON);
    const moved = seen(first.reminders, interview(NEXT_MONDAY, { rescheduled: true }));
    const back = seen(moved.reminders, interview(THURSDAY), MONDAY_NOON + 2 * HOUR);
    expect(back.created).toBe(true);
    expect(back.reminder?.id).not.toBe(first.reminder!.id);
    expect(back.reminders[first.reminder!.id]).toEqual(moved.reminder);
    expect(Object.keys(back.reminders)).toHaveLength(2);
  });

  it('moves it even when reminders are not automatic (it is an update, not a new reminder)', () => {
    const manual: Settings = { ...DEFAULT_SETTINGS, autoReminders: false };
    const first = seen({}, interview(THURSDAY), MONDAY_NOON);
    const moved = seen(first.reminders, interview(NEXT_MONDAY, { rescheduled: true }), MONDAY_NOON + HOUR, manual);
    expect(only(moved.reminders)).toMatchObject({ id: first.reminder!.id, interviewAt: NEXT_MONDAY });
  });

  it('without the word, another day in the thread is another round: a second reminder', () => {
    const first = seen({}, interview(THURSDAY), MONDAY_NOON);
    const second = seen(first.reminders, interview(NEXT_MONDAY));
    expect(second.created).toBe(true);
    expect(
      Object.values(second.reminders)
        .map((r) => r.interviewAt)
        .sort(),
    ).toEqual([THURSDAY, NEXT_MONDAY]);
    expect(second.reminders[first.reminder!.id]).toEqual(first.reminder);
  });

  it('a reschedule read after the old time still moves it, when the email was sent before that time', () => {
    const first = seen({}, interview(THURSDAY), MONDAY_NOON);
    const friday = at('2026-03-06T12:00:00');
    const sentWednesday = '2026-03-04T16:20:00+01:00';
    const moved = seen(first.reminders, interview(NEXT_MONDAY, { rescheduled: true, sentAt: sentWednesday }), friday);
    expect(moved.created).toBe(false);
    expect(only(moved.reminders)).toMatchObject({ id: first.reminder!.id, interviewAt: NEXT_MONDAY });
    // Without the email's date, Thursday's interview looks held by Friday: the new date is a new round.
    const unknown = seen(first.reminders, interview(NEXT_MONDAY, { rescheduled: true }), friday);
    expect(Object.keys(unknown.reminders)).toHaveLength(2);
    // A date the worker cannot read, or one after now, counts as now.
    for (const sentAt of ['Wednesday afternoon', '2026-03-20T09:00:00+01:00']) {
      const odd = seen(first.reminders, interview(NEXT_MONDAY, { rescheduled: true, sentAt }), friday);
      expect(Object.keys(odd.reminders), sentAt).toHaveLength(2);
    }
  });

  it('an interview already held is not moved: the new date is a new round', () => {
    const held = seen({}, interview('2026-03-02T10:00:00+01:00'), at('2026-03-01T09:00:00'));
    const next = seen(held.reminders, interview(NEXT_MONDAY, { rescheduled: true }), MONDAY_NOON);
    expect(next.created).toBe(true);
    expect(Object.keys(next.reminders)).toHaveLength(2);
    expect(next.reminders[held.reminder!.id]).toEqual(held.reminder);
  });

  it('moves the open one of several rounds ahead, the most recently created, and leaves the others', () => {
    const first = seen({}, interview(THURSDAY), MONDAY_NOON);
    const second = seen(first.reminders, interview('2026-03-12T10:00:00+01:00'), MONDAY_NOON + 1);
    const third = seen(second.reminders, interview('2026-03-13T10:00:00+01:00'), MONDAY_NOON + 2);
    // The newest round was dismissed: the open one most recently created moves, not the closed one.
    const closed = dismiss(third.reminders, third.reminder!.id, MONDAY_NOON + 3, 'dismissed');
    const moved = seen(closed.reminders, interview('2026-03-19T10:00:00+01:00', { rescheduled: true }));
    expect(moved.reminder?.id).toBe(second.reminder!.id);
    expect(moved.reminder?.interviewAt).toBe('2026-03-19T10:00:00+01:00');
    expect(moved.reminders[first.reminder!.id]).toEqual(first.reminder);
    expect(moved.reminders[third.reminder!.id]).toEqual(closed.reminder);
  });

  it('a dismissed interview reminder is moved but stays dismissed, so the new day does not bring it back', () => {
    const first = seen({}, interview(THURSDAY), MONDAY_NOON);
    const undone = dismiss(first.reminders, first.reminder!.id, MONDAY_NOON + 1, 'undone');
    const moved = seen(undone.reminders, interview(NEXT_MONDAY, { rescheduled: true }));
    expect(moved.created).toBe(false);
    expect(only(moved.reminders)).toMatchObject({
      id: first.reminder!.id,
      interviewAt: NEXT_MONDAY,
      status: 'dismissed',
      closedBy: 'undone',
    });
    // A later email about the new day finds the dismissed reminder, as any re-detection does.
    const later = seen(moved.reminders, interview('2026-03-09T15:00:00+01:00'), MONDAY_NOON + 2 * HOUR);
    expect(only(later.reminders)).toMatchObject({ status: 'dismissed', interviewAt: '2026-03-09T15:00:00+01:00' });
  });
});

describe('deciding on an offer', () => {
  it('declining closes the undecided reminder and asks to thank the recruiter and the hiring manager within a day', () => {
    const offer = detect({});
    const decided = decide(offer.reminders, offer.reminder!.id, 'decline-offer', DEFAULT_SETTINGS, MONDAY_NOON + HOUR);
    expect(decided.reminders[offer.reminder!.id]).toMatchObject({ status: 'done', closedBy: 'decided' });
    expect(decided.reminder).toMatchObject({
      situation: 'decline-offer',
      status: 'scheduled',
      dueAt: MONDAY_NOON + HOUR + 24 * HOUR,
    });
    expect(decided.reminder?.people.map((p) => p.name)).toEqual(['Dana Lee', 'Omar Haddad']);
  });

  it('changing one’s mind closes the earlier decision; the offer is not reopened by a re-detection', () => {
    const offer = detect({});
    const declined = decide(offer.reminders, offer.reminder!.id, 'decline-offer', DEFAULT_SETTINGS, MONDAY_NOON);
    const accepted = decide(declined.reminders, offer.reminder!.id, 'accept-offer', DEFAULT_SETTINGS, MONDAY_NOON + 1);
    expect(accepted.reminders[declined.reminder!.id]).toMatchObject({ status: 'done', closedBy: 'decided' });
    const again = detect({}, accepted.reminders, MONDAY_NOON + HOUR);
    const open = Object.values(again.reminders).filter((r) => r.status === 'scheduled');
    expect(open.map((r) => r.situation)).toEqual(['accept-offer']);
  });

  it('an offer decided before any reminder existed does not start an undecided one', () => {
    const decided = createReminder({}, { ...detection(), situation: 'decline-offer' }, DEFAULT_SETTINGS, MONDAY_NOON);
    expect(detect({}, decided.reminders).reminder).toBeNull();
  });
});

describe('people thanked', () => {
  const declined = () => {
    const offer = detect({});
    return decide(offer.reminders, offer.reminder!.id, 'decline-offer', DEFAULT_SETTINGS, MONDAY_NOON);
  };

  it('marking each person sent completes the reminder only when all are thanked', () => {
    const { reminders, reminder } = declined();
    const one = markSent(reminders, reminder!.id, personKey('Dana Lee', dana.email), DEFAULT_SETTINGS, MONDAY_NOON + 1);
    expect(one.reminder).toMatchObject({ status: 'scheduled' });
    expect(one.reminder?.people[0]).toMatchObject({ thankedAt: MONDAY_NOON + 1, thankedVia: 'marked' });
    const both = markSent(
      one.reminders,
      reminder!.id,
      personKey('Omar', omar.email),
      DEFAULT_SETTINGS,
      MONDAY_NOON + 2,
    );
    expect(both.reminder).toMatchObject({ status: 'done', closedBy: 'sent', closedAt: MONDAY_NOON + 2 });
  });

  it('a decline note sent starts a keep-in-touch check-in with the same people, at the chosen interval', () => {
    const { reminders, reminder } = declined();
    const settings: Settings = { ...DEFAULT_SETTINGS, keepInTouchMonths: 3 };
    const sent = markSent(reminders, reminder!.id, personKey('', dana.email), settings, MONDAY_NOON);
    const check = Object.values(sent.reminders).find((r) => r.situation === 'keep-in-touch');
    expect(check).toMatchObject({ dueAt: at('2026-06-02T12:00:00'), status: 'scheduled' });
    expect(check?.people.map((p) => [p.name, p.thankedAt])).toEqual([['Dana Lee', null]]);
    const both = markSent(sent.reminders, reminder!.id, personKey('', omar.email), settings, MONDAY_NOON + DAY);
    const updated = Object.values(both.reminders).filter((r) => r.situation === 'keep-in-touch');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.people.map((p) => p.name)).toEqual(['Dana Lee', 'Omar Haddad']);
    expect(updated[0]?.dueAt).toBe(at('2026-06-02T12:00:00'));
  });

  it('a rejection note starts a keep-in-touch check-in; none when the interval is "none" or after accepting', () => {
    const rejection = detect({ kind: 'rejection' });
    const thanked = markSent(rejection.reminders, rejection.reminder!.id, null, DEFAULT_SETTINGS, MONDAY_NOON);
    expect(Object.values(thanked.reminders).map((r) => r.situation)).toContain('keep-in-touch');
    const never: Settings = { ...DEFAULT_SETTINGS, keepInTouchMonths: 0 };
    const none = markSent(rejection.reminders, rejection.reminder!.id, null, never, MONDAY_NOON);
    expect(Object.values(none.reminders).map((r) => r.situation)).toEqual(['after-rejection']);
    const offer = detect({});
    const accepted = decide(offer.reminders, offer.reminder!.id, 'accept-offer', DEFAULT_SETTINGS, MONDAY_NOON);
    const sent = markSent(accepted.reminders, accepted.reminder!.id, null, DEFAULT_SETTINGS, MONDAY_NOON);
    expect(Object.values(sent.reminders).map((r) => r.situation)).not.toContain('keep-in-touch');
  });

  it('a reply to the recruiter seen in the thread marks the recruiter thanked, and only the recruiter', () => {
    const { reminders, reminder } = declined();
    const replied = applyReply(
      reminders,
      { site: 'gmail', threadKey: 'thread-offer', to: ['DANA@acme.example'] },
      DEFAULT_SETTINGS,
      MONDAY_NOON + HOUR,
    );
    expect(replied.thanked).toBe(1);
    const people = replied.reminders[reminder!.id]?.people;
    expect(people?.map((p) => [p.name, p.thankedVia])).toEqual([
      ['Dana Lee', 'reply'],
      ['Omar Haddad', null],
    ]);
    const elsewhere = applyReply(
      reminders,
      { site: 'gmail', threadKey: 'other-thread', to: ['dana@acme.example'] },
      DEFAULT_SETTINGS,
      MONDAY_NOON,
    );
    expect(elsewhere.changed).toBe(false);
  });

  it('any reply settles an undecided offer', () => {
    const { reminders, reminder } = detect({});
    const replied = applyReply(
      reminders,
      { site: 'gmail', threadKey: 'thread-offer', to: ['dana@acme.example'] },
      DEFAULT_SETTINGS,
      MONDAY_NOON,
    );
    expect(replied.reminders[reminder!.id]).toMatchObject({ status: 'done', closedBy: 'sent' });
    expect(replied.reminders[reminder!.id]?.people.map((p) => p.thankedVia)).toEqual(['reply', null]);
    expect(replied.thanked).toBe(1);
  });

  it('a reply written before the interview (confirming it) does not count as the thank-you', () => {
    const interview = detect({ kind: 'interview', contacts: [priya], interviewAt: '2026-03-05T10:00:00+01:00' });
    const before = applyReply(
      interview.reminders,
      { site: 'gmail', threadKey: 'thread-offer', to: [priya.email!], at: at('2026-03-03T09:00:00') },
      DEFAULT_SETTINGS,
      at('2026-03-05T17:00:00'),
    );
    expect(before.changed).toBe(false);
    const after = applyReply(
      interview.reminders,
      { site: 'gmail', threadKey: 'thread-offer', to: [priya.email!], at: at('2026-03-05T16:00:00') },
      DEFAULT_SETTINGS,
      at('2026-03-05T17:00:00'),
    );
    expect(after.reminders[interview.reminder!.id]).toMatchObject({ status: 'done' });
  });

  it('rejects a person who is not on the reminder, and a reminder that does not exist', () => {
    const { reminders, reminder } = declined();
    expect(() => markSent(reminders, reminder!.id, 'someone@else.example', DEFAULT_SETTINGS, MONDAY_NOON)).toThrow(
      ReminderError,
    );
    expect(() => markSent(reminders, 'r-missing', null, DEFAULT_SETTINGS, MONDAY_NOON)).toThrow(ReminderError);
  });
});

describe('Remind me', () => {
  it('creates a reminder at a chosen time, and reopens a dismissed one', () => {
    const input = { ...detection(), situation: 'after-rejection' as const };
    const asked = createReminder({}, { ...input, dueAt: MONDAY_NOON + 5000 }, DEFAULT_SETTINGS, MONDAY_NOON);
    expect(asked).toMatchObject({ created: true, reminder: { dueAt: MONDAY_NOON + 5000, auto: false } });
    const dismissed = dismiss(asked.reminders, asked.reminder!.id, MONDAY_NOON + 1, 'dismissed');
    const again = createReminder(dismissed.reminders, input, DEFAULT_SETTINGS, MONDAY_NOON + HOUR);
    expect(again.created).toBe(false);
    expect(only(again.reminders)).toMatchObject({
      status: 'scheduled',
      closedBy: null,
      dueAt: MONDAY_NOON + 49 * HOUR,
    });
  });
});

describe('due, snoozed, notified', () => {
  const offer = () => detect({});
  const dueTime = MONDAY_NOON + 48 * HOUR; // Wednesday 12:00

  it('is scheduled until its time, then due', () => {
    const { reminder } = offer();
    expect(effectiveStatus(reminder!, dueTime - 1)).toBe('scheduled');
    expect(effectiveStatus(reminder!, dueTime)).toBe('due');
  });

  it('notifies once at the due time, however often the worker wakes after it', () => {
    const { reminders } = offer();
    const early = advance(reminders, DEFAULT_SETTINGS, dueTime - 1);
    expect(early.notify).toEqual([]);
    expect(early.changed).toBe(false);
    const first = advance(reminders, DEFAULT_SETTINGS, dueTime + 10);
    expect(first.notify).toHaveLength(1);
    expect(only(first.reminders)).toMatchObject({ status: 'due', notifiedAt: dueTime + 10 });
    let state = first.reminders;
    for (let wake = 1; wake <= 5; wake++) {
      const later = advance(state, DEFAULT_SETTINGS, dueTime + wake * HOUR);
      expect(later.notify).toEqual([]);
      state = later.reminders;
    }
  });

  it('holds the notification during quiet hours and wakes at their end', () => {
    const { reminders } = createReminder(
      {},
      { ...detection(), situation: 'decline-offer', dueAt: at('2026-03-02T22:00:00') },
      DEFAULT_SETTINGS,
      MONDAY_NOON,
    );
    expect(nextWakeAt(reminders, DEFAULT_SETTINGS, MONDAY_NOON)).toBe(at('2026-03-02T22:00:00'));
    const night = advance(reminders, DEFAULT_SETTINGS, at('2026-03-02T22:00:00'));
    expect(night.notify).toEqual([]);
    expect(only(night.reminders).status).toBe('due');
    expect(dueCount(night.reminders, at('2026-03-02T22:00:00'))).toBe(1);
    expect(nextWakeAt(night.reminders, DEFAULT_SETTINGS, at('2026-03-02T22:00:00'))).toBe(at('2026-03-03T08:00:00'));
    const morning = advance(night.reminders, DEFAULT_SETTINGS, at('2026-03-03T08:00:00'));
    expect(morning.notify).toHaveLength(1);
    const off = advance(
      reminders,
      { ...DEFAULT_SETTINGS, quietHours: { ...DEFAULT_SETTINGS.quietHours, enabled: false } },
      at('2026-03-02T22:00:00'),
    );
    expect(off.notify).toHaveLength(1);
  });

  it('snoozes only when due, for a day by default, up to the limit, and says how many remain', () => {
    const { reminders, reminder } = offer();
    const id = reminder!.id;
    expect(() => snooze(reminders, id, DEFAULT_SETTINGS, dueTime - 1)).toThrow(/due/);
    let state = advance(reminders, DEFAULT_SETTINGS, dueTime).reminders;
    let now = dueTime;
    for (let left = 2; left >= 0; left--) {
      const snoozed = snooze(state, id, DEFAULT_SETTINGS, now);
      expect(snoozed.reminder).toMatchObject({ status: 'snoozed', dueAt: now + DAY, notifiedAt: null });
      expect(listView(snoozed.reminders, DEFAULT_SETTINGS, now).upcoming[0]?.snoozesLeft).toBe(left);
      now += DAY;
      const again = advance(snoozed.reminders, DEFAULT_SETTINGS, now);
      expect(again.notify).toHaveLength(1);
      state = again.reminders;
    }
    expect(() => snooze(state, id, DEFAULT_SETTINGS, now)).toThrow(/No snoozes left/);
    expect(() => snooze(state, id, { ...DEFAULT_SETTINGS, snoozeLimit: 5 }, now, now - 1)).toThrow(/30 days/);
  });

  it('wakes for the next due time only, one alarm for any number of reminders', () => {
    let reminders: Reminders = {};
    for (let i = 0; i < 600; i++) {
      reminders = createReminder(
        reminders,
        { ...detection({ threadKey: `t${i}` }), situation: 'withdraw', dueAt: MONDAY_NOON + (600 - i) * HOUR },
        DEFAULT_SETTINGS,
        MONDAY_NOON,
      ).reminders;
    }
    expect(nextWakeAt(reminders, DEFAULT_SETTINGS, MONDAY_NOON)).toBe(MONDAY_NOON + HOUR);
    expect(nextWakeAt({}, DEFAULT_SETTINGS, MONDAY_NOON)).toBeNull();
  });

  it('counts due reminders for the badge, and lists due and upcoming soonest first', () => {
    let reminders: Reminders = {};
    for (const [thread, hours] of [
      ['a', -2],
      ['b', 5],
      ['c', -1],
      ['d', 1],
    ] as const) {
      reminders = createReminder(
        reminders,
        { ...detection({ threadKey: thread }), situation: 'withdraw', dueAt: MONDAY_NOON + hours * HOUR },
        DEFAULT_SETTINGS,
        MONDAY_NOON - 3 * HOUR,
      ).reminders;
    }
    const closed = Object.values(reminders).find((r) => r.threadKey === 'c')!;
    reminders = dismiss(reminders, closed.id, MONDAY_NOON, 'dismissed').reminders;
    expect(dueCount(reminders, MONDAY_NOON)).toBe(1);
    const view = listView(reminders, DEFAULT_SETTINGS, MONDAY_NOON);
    expect(view.due.map((r) => r.threadKey)).toEqual(['a']);
    expect(view.upcoming.map((r) => r.threadKey)).toEqual(['d', 'b']);
  });

  it('forgets closed reminders after a long while, never open ones', () => {
    const { reminders, reminder } = offer();
    const dismissed = dismiss(reminders, reminder!.id, MONDAY_NOON, 'dismissed').reminders;
    expect(prune(dismissed, MONDAY_NOON + KEEP_CLOSED - 1).changed).toBe(false);
    expect(prune(dismissed, MONDAY_NOON + KEEP_CLOSED + 1).reminders).toEqual({});
    expect(prune(reminders, MONDAY_NOON + 10 * KEEP_CLOSED).changed).toBe(false);
  });
});
