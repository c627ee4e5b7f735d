/**
 * The reminder rules, as pure functions from (reminders, input, settings, now) to new reminders.
 * Nothing here reads the clock or storage; the worker passes both in, which is what lets the unit
 * tests run every rule under a fake clock.
 */
import type { Contact, Detection, JobKind, Site } from '../messages';
import type { Settings, Situation } from '../settings';
import { findByKey, idFor, personKey, reminderKey } from './keys';
import type { Person, Reminder, ReminderStatus, Reminders } from './model';
import { DAY, DEFAULT_SNOOZE, dueAtFor, isQuiet, MAX_SNOOZE, notifyTime } from './timing';

/** A rule refused the request; the message is meant for the person who asked. */
export class ReminderError extends Error {
  override name = 'ReminderError';
}

export interface Change {
  reminders: Reminders;
  /** The reminder the request was about, as it is now (null when none was made). */
  reminder: Reminder | null;
  created: boolean;
  /** Whether anything must be written. */
  changed: boolean;
}

/** Which reminder a detected job email starts. */
export const SITUATION_FOR_KIND: Record<JobKind, Situation> = {
  offer: 'undecided-offer',
  rejection: 'after-rejection',
  interview: 'after-interview',
};

/** Choices that settle an offer; choosing one closes the thread's undecided reminder and the others. */
export const DECISIONS = ['accept-offer', 'decline-offer', 'withdraw'] as const satisfies readonly Situation[];
export type Decision = (typeof DECISIONS)[number];

/** A keep-in-touch check-in follows a note sent after these. */
const KEEP_IN_TOUCH_AFTER: readonly Situation[] = ['decline-offer', 'after-rejection'];
/** Closed reminders are kept this long (so a re-detection does not bring back a dismissed one), then dropped. */
export const KEEP_CLOSED = 400 * DAY;
const MAX_PEOPLE = 20;

export function isOpen(reminder: Reminder): boolean {
  return reminder.status !== 'done' && reminder.status !== 'dismissed';
}

/** The state as the user sees it: an open reminder whose time has come is due. */
export function effectiveStatus(reminder: Reminder, now: number): ReminderStatus {
  return isOpen(reminder) && reminder.dueAt <= now ? 'due' : reminder.status;
}

export function snoozesLeft(reminder: Reminder, settings: Settings): number {
  return Math.max(0, settings.snoozeLimit - reminder.snoozeCount);
}

function toPerson(contact: Contact): Person {
  const name = contact.name.trim() || contact.email || '';
  return {
    key: personKey(name, contact.email),
    name,
    email: contact.email,
    role: contact.role,
    thankedAt: null,
    thankedVia: null,
  };
}

function distinct(contacts: readonly Contact[]): Person[] {
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const contact of contacts) {
    const person = toPerson(contact);
    if (!person.name || seen.has(person.key)) continue;
    seen.add(person.key);
    people.push(person);
  }
  return people;
}

/**
 * Who gets a note (design.md): after an offer, the recruiter and the hiring manager; after a
 * rejection, the sender; after an interview, each interviewer, else the recruiter; on withdrawing,
 * the recruiter. Detection lists the signer first, so "the sender" is the first contact.
 */
export function peopleFor(situation: Situation, contacts: readonly Contact[]): Person[] {
  const people = distinct(contacts);
  const withRole = (...roles: Person['role'][]) => people.filter((p) => roles.includes(p.role));
  const first = (list: Person[]) => list.slice(0, 1);
  switch (situation) {
    case 'undecided-offer':
    case 'accept-offer':
    case 'decline-offer': {
      const chosen = withRole('recruiter', 'hiring-manager');
      return (chosen.length ? chosen : people).slice(0, MAX_PEOPLE);
    }
    case 'after-rejection': {
      const managers = withRole('recruiter', 'hiring-manager');
      return first(managers.length ? managers : people);
    }
    case 'after-interview': {
      const interviewers = withRole('interviewer');
      if (interviewers.length) return interviewers.slice(0, MAX_PEOPLE);
      const recruiters = withRole('recruiter');
      return first(recruiters.length ? recruiters : people);
    }
    case 'withdraw': {
      const recruiters = withRole('recruiter');
      return first(recruiters.length ? recruiters : people);
    }
    case 'keep-in-touch':
      return people.slice(0, MAX_PEOPLE);
  }
}

/** Keeps everyone already listed (and whether they were thanked), adding anyone new. */
function mergePeople(existing: readonly Person[], incoming: readonly Person[]): Person[] {
  const known = new Set(existing.map((p) => p.key));
  return [...existing, ...incoming.filter((p) => !known.has(p.key))].slice(0, MAX_PEOPLE);
}

function samePeople(a: readonly Person[], b: readonly Person[]): boolean {
  return a.length === b.length && a.every((p, i) => p.key === b[i]?.key && p.name === b[i]?.name);
}

function put(reminders: Reminders, reminder: Reminder): Reminders {
  return { ...reminders, [reminder.id]: reminder };
}

function unchanged(reminders: Reminders, reminder: Reminder | null): Change {
  return { reminders, reminder, created: false, changed: false };
}

function get(reminders: Reminders, id: string): Reminder {
  const reminder = reminders[id];
  if (!reminder) throw new ReminderError('This reminder no longer exists.');
  return reminder;
}

export function threadReminders(reminders: Reminders, site: Site, threadKey: string): Reminder[] {
  return Object.values(reminders).filter((r) => r.site === site && r.threadKey === threadKey);
}

interface NewReminder {
  site: Site;
  threadKey: string;
  situation: Situation;
  kind: JobKind | null;
  company: string | null;
  role: string | null;
  interviewAt: string | null;
  people: Person[];
  dueAt: number;
  auto: boolean;
}

function newReminder(reminders: Reminders, fields: NewReminder, now: number): Reminder {
  const key = reminderKey(fields.site, fields.threadKey, fields.situation, fields.interviewAt);
  return {
    ...fields,
    id: idFor(key, reminders),
    key,
    status: 'scheduled',
    createdAt: now,
    updatedAt: now,
    snoozeCount: 0,
    notifiedAt: null,
    closedAt: null,
    closedBy: null,
  };
}

/**
 * The thread's interview reminder a reschedule moves: one whose interview was still ahead when the
 * rescheduling email was sent (its interviewAt after that, or after `now` when the email's date is
 * unknown; an interview already held makes the new date another round), the most recently created
 * if several. An open one is preferred; a closed one is moved too, and stays closed, so the
 * interview the user dismissed is not brought back on its new day.
 */
function rescheduledFrom(reminders: Reminders, detection: Detection, now: number): Reminder | null {
  const sent = detection.sentAt ? Date.parse(detection.sentAt) : Number.NaN;
  // A date in the future is the sender's clock or a misread: then the email is as new as `now`.
  const asOf = Number.isFinite(sent) ? Math.min(sent, now) : now;
  const ahead = threadReminders(reminders, detection.site, detection.threadKey)
    .filter((r) => r.situation === 'after-interview' && r.interviewAt !== null && Date.parse(r.interviewAt) > asOf)
    .sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || b.createdAt - a.createdAt);
  return ahead[0] ?? null;
}

/**
 * Moves an interview reminder to the day the interview moved to: its key, time and due time follow
 * the interview; its id, people (and whom they thanked), snooze count and state stay. An open one
 * is scheduled afresh, as its due time moved.
 */
function moveInterview(
  reminders: Reminders,
  reminder: Reminder,
  detection: Detection,
  people: Person[],
  settings: Settings,
  now: number,
): Change {
  const { interviewAt } = detection;
  const next: Reminder = {
    ...reminder,
    key: reminderKey(reminder.site, reminder.threadKey, 'after-interview', interviewAt),
    kind: detection.kind,
    company: detection.company ?? reminder.company,
    role: detection.role ?? reminder.role,
    interviewAt,
    people: mergePeople(reminder.people, people),
    dueAt: dueAtFor({ situation: 'after-interview', triggeredAt: reminder.createdAt, interviewAt }, settings),
    updatedAt: now,
  };
  if (isOpen(reminder)) Object.assign(next, { status: 'scheduled', notifiedAt: null });
  return { reminders: put(reminders, next), reminder: next, created: false, changed: true };
}

/**
 * A job email was detected in a thread. The thread's reminder for that situation is updated if it
 * exists (whatever its state: a dismissed one stays dismissed), otherwise created when reminders
 * are automatic. An interview the email says was rescheduled to another day moves the thread's
 * reminder for it (see rescheduledFrom) instead; without that word, another day is another round.
 * An offer already decided, an interview without a date, or an interview whose note was due more
 * than a day ago (an old email) starts nothing.
 */
export function fromDetection(reminders: Reminders, detection: Detection, settings: Settings, now: number): Change {
  const situation = SITUATION_FOR_KIND[detection.kind];
  if (situation === 'after-interview' && !detection.interviewAt) return unchanged(reminders, null);
  const key = reminderKey(detection.site, detection.threadKey, situation, detection.interviewAt);
  const people = peopleFor(situation, detection.contacts);
  const existing = findByKey(reminders, key);

  if (existing) {
    const next: Reminder = {
      ...existing,
      kind: detection.kind,
      company: detection.company ?? existing.company,
      role: detection.role ?? existing.role,
      people: mergePeople(existing.people, people),
    };
    if (detection.interviewAt && detection.interviewAt !== existing.interviewAt) {
      // Same day, new time: move the note with the interview unless the user already acted on it.
      next.interviewAt = detection.interviewAt;
      if (existing.status === 'scheduled' && existing.notifiedAt === null) {
        next.dueAt = dueAtFor({ situation, triggeredAt: existing.createdAt, interviewAt: next.interviewAt }, settings);
      }
    }
    const same =
      next.kind === existing.kind &&
      next.company === existing.company &&
      next.role === existing.role &&
      next.interviewAt === existing.interviewAt &&
      next.dueAt === existing.dueAt &&
      samePeople(next.people, existing.people);
    if (same) return unchanged(reminders, existing);
    next.updatedAt = now;
    return { reminders: put(reminders, next), reminder: next, created: false, changed: true };
  }

  const moving =
    situation === 'after-interview' && detection.rescheduled ? rescheduledFrom(reminders, detection, now) : null;
  if (moving) return moveInterview(reminders, moving, detection, people, settings, now);

  if (!settings.autoReminders) return unchanged(reminders, null);
  const thread = threadReminders(reminders, detection.site, detection.threadKey);
  if (
    situation === 'undecided-offer' &&
    thread.some((r) => (DECISIONS as readonly Situation[]).includes(r.situation))
  ) {
    return unchanged(reminders, null);
  }
  const dueAt = dueAtFor({ situation, triggeredAt: now, interviewAt: detection.interviewAt }, settings);
  if (situation === 'after-interview' && dueAt < now - DAY) return unchanged(reminders, null);

  const reminder = newReminder(
    reminders,
    {
      site: detection.site,
      threadKey: detection.threadKey,
      situation,
      kind: detection.kind,
      company: detection.company,
      role: detection.role,
      interviewAt: detection.interviewAt,
      people,
      dueAt,
      auto: true,
    },
    now,
  );
  return { reminders: put(reminders, reminder), reminder, created: true, changed: true };
}

export interface CreateInput {
  site: Site;
  threadKey: string;
  situation: Situation;
  kind?: JobKind | null;
  company: string | null;
  role: string | null;
  contacts: readonly Contact[];
  interviewAt: string | null;
  /** A time the user chose; otherwise the settings decide. */
  dueAt?: number | null;
}

/** Closes the thread's other open offer reminders once a decision is made. */
function settleOffer(reminders: Reminders, chosen: Reminder, now: number): Reminders {
  let next = reminders;
  const superseded: readonly Situation[] = ['undecided-offer', ...DECISIONS];
  for (const other of threadReminders(reminders, chosen.site, chosen.threadKey)) {
    if (other.id === chosen.id || !isOpen(other) || !superseded.includes(other.situation)) continue;
    next = put(next, { ...other, status: 'done', closedAt: now, closedBy: 'decided', updatedAt: now });
  }
  return next;
}

/**
 * The user asked for a reminder ("Remind me", or a decision on an offer). An existing one with the
 * same key is updated, and reopened if it was closed; a chosen `dueAt` moves it.
 */
export function createReminder(reminders: Reminders, input: CreateInput, settings: Settings, now: number): Change {
  if (input.dueAt != null && input.dueAt < 0) throw new ReminderError('The due time is not valid.');
  const key = reminderKey(input.site, input.threadKey, input.situation, input.interviewAt);
  const people = peopleFor(input.situation, input.contacts);
  const timingSettings =
    input.situation === 'keep-in-touch' && settings.keepInTouchMonths === 0
      ? { ...settings, keepInTouchMonths: 6 as const }
      : settings;
  const dueAt =
    input.dueAt ??
    dueAtFor({ situation: input.situation, triggeredAt: now, interviewAt: input.interviewAt }, timingSettings);
  const existing = findByKey(reminders, key);

  let reminder: Reminder;
  let created = false;
  if (existing) {
    const reopen = !isOpen(existing);
    reminder = {
      ...existing,
      kind: input.kind ?? existing.kind,
      company: input.company ?? existing.company,
      role: input.role ?? existing.role,
      interviewAt: input.interviewAt ?? existing.interviewAt,
      people: mergePeople(
        reopen ? existing.people.map((p) => ({ ...p, thankedAt: null, thankedVia: null })) : existing.people,
        people,
      ),
      auto: false,
      updatedAt: now,
    };
    if (reopen || input.dueAt != null) {
      Object.assign(reminder, { status: 'scheduled', dueAt, notifiedAt: null, closedAt: null, closedBy: null });
    }
  } else {
    created = true;
    reminder = newReminder(
      reminders,
      {
        site: input.site,
        threadKey: input.threadKey,
        situation: input.situation,
        kind: input.kind ?? null,
        company: input.company,
        role: input.role,
        interviewAt: input.interviewAt,
        people,
        dueAt,
        auto: false,
      },
      now,
    );
  }
  let next = put(reminders, reminder);
  if ((DECISIONS as readonly Situation[]).includes(reminder.situation)) next = settleOffer(next, reminder, now);
  return { reminders: next, reminder, created, changed: true };
}

/** The user decided on an offer: the note reminder for the decision replaces the undecided one. */
export function decide(reminders: Reminders, id: string, decision: Decision, settings: Settings, now: number): Change {
  const offer = get(reminders, id);
  return createReminder(
    reminders,
    {
      site: offer.site,
      threadKey: offer.threadKey,
      situation: decision,
      kind: offer.kind,
      company: offer.company,
      role: offer.role,
      contacts: offer.people.map(({ name, email, role }) => ({ name, email, role })),
      interviewAt: null,
    },
    settings,
    now,
  );
}

/** After a decline or rejection note, the same people get a keep-in-touch check-in. */
function keepInTouch(
  reminders: Reminders,
  after: Reminder,
  thanked: Person[],
  settings: Settings,
  now: number,
): Reminders {
  if (!KEEP_IN_TOUCH_AFTER.includes(after.situation) || settings.keepInTouchMonths === 0 || !thanked.length) {
    return reminders;
  }
  const fresh = thanked.map((p) => ({ ...p, thankedAt: null, thankedVia: null }));
  const key = reminderKey(after.site, after.threadKey, 'keep-in-touch', null);
  const existing = findByKey(reminders, key);
  if (existing) {
    if (!isOpen(existing)) return reminders;
    const people = mergePeople(existing.people, fresh);
    return samePeople(people, existing.people) ? reminders : put(reminders, { ...existing, people, updatedAt: now });
  }
  const reminder = newReminder(
    reminders,
    {
      site: after.site,
      threadKey: after.threadKey,
      situation: 'keep-in-touch',
      kind: after.kind,
      company: after.company,
      role: after.role,
      interviewAt: null,
      people: fresh,
      dueAt: dueAtFor({ situation: 'keep-in-touch', triggeredAt: now, interviewAt: null }, settings),
      auto: true,
    },
    now,
  );
  return put(reminders, reminder);
}

/** Marks people thanked; a reminder whose people are all thanked (or that `settles`) is done. */
function thank(
  reminders: Reminders,
  reminder: Reminder,
  keys: ReadonlySet<string> | 'everyone',
  via: 'marked' | 'reply',
  settings: Settings,
  now: number,
  settles = false,
): Change {
  const newlyThanked: Person[] = [];
  const people = reminder.people.map((p) => {
    if (p.thankedAt !== null || (keys !== 'everyone' && !keys.has(p.key))) return p;
    const person = { ...p, thankedAt: now, thankedVia: via };
    newlyThanked.push(person);
    return person;
  });
  const allThanked = people.every((p) => p.thankedAt !== null);
  const closes = isOpen(reminder) && (settles || (allThanked && (people.length > 0 || keys === 'everyone')));
  if (!newlyThanked.length && !closes) return unchanged(reminders, reminder);
  const next: Reminder = { ...reminder, people, updatedAt: now };
  if (closes) Object.assign(next, { status: 'done', closedAt: now, closedBy: 'sent' });
  const updated = keepInTouch(put(reminders, next), next, newlyThanked, settings, now);
  return { reminders: updated, reminder: next, created: false, changed: true };
}

/**
 * The user says a note was sent: to one person (by `personKey`), or, with no person, to everyone
 * on the reminder (which also closes a reminder that names no one).
 */
export function markSent(
  reminders: Reminders,
  id: string,
  person: string | null,
  settings: Settings,
  now: number,
): Change {
  const reminder = get(reminders, id);
  if (person !== null && !reminder.people.some((p) => p.key === person)) {
    throw new ReminderError('This person is not on the reminder.');
  }
  return thank(reminders, reminder, person === null ? 'everyone' : new Set([person]), 'marked', settings, now);
}

export interface Reply {
  site: Site;
  threadKey: string;
  /** Addresses the user wrote to. */
  to: readonly string[];
  /** When the user's message was written, if the webmail shows it; else it is taken as now. */
  at?: number | null;
}

/**
 * Whether a reply written at `at` can be the note a reminder asks for: after an interview, only a
 * message written once the interview began (not the confirmation before it); a keep-in-touch
 * check-in, only a message written after the check-in was set up.
 */
function replyCounts(reminder: Reminder, at: number): boolean {
  if (reminder.situation === 'after-interview' && reminder.interviewAt) return at >= Date.parse(reminder.interviewAt);
  if (reminder.situation === 'keep-in-touch') return at >= reminder.createdAt;
  return true;
}

/**
 * The webmail shows the user replied in a thread: everyone on the thread's open reminders whose
 * address was written to is thanked. An undecided offer is settled by any reply (it asked for one).
 */
export function applyReply(
  reminders: Reminders,
  reply: Reply,
  settings: Settings,
  now: number,
): Change & { thanked: number } {
  const to = new Set(reply.to.map((address) => address.trim().toLowerCase()));
  const at = reply.at ?? now;
  let next = reminders;
  let changed = false;
  let thanked = 0;
  for (const reminder of threadReminders(reminders, reply.site, reply.threadKey)) {
    if (!isOpen(reminder) || !replyCounts(reminder, at) || !to.size) continue;
    const current = next[reminder.id] ?? reminder;
    const keys = new Set(
      current.people.filter((p) => p.thankedAt === null && p.email && to.has(p.key)).map((p) => p.key),
    );
    const settles = current.situation === 'undecided-offer';
    const change = thank(next, current, keys, 'reply', settings, now, settles);
    if (!change.changed) continue;
    thanked += keys.size;
    next = change.reminders;
    changed = true;
  }
  return { reminders: next, reminder: null, created: false, changed, thanked };
}

/** Snoozes a due reminder, within the user's snooze limit; by default for a day. */
export function snooze(
  reminders: Reminders,
  id: string,
  settings: Settings,
  now: number,
  until?: number | null,
): Change {
  const reminder = get(reminders, id);
  if (effectiveStatus(reminder, now) !== 'due') throw new ReminderError('Only a reminder that is due can be snoozed.');
  if (snoozesLeft(reminder, settings) === 0) throw new ReminderError('No snoozes left for this reminder.');
  const dueAt = until ?? now + DEFAULT_SNOOZE;
  if (dueAt <= now || dueAt > now + MAX_SNOOZE)
    throw new ReminderError('Choose a snooze time within the next 30 days.');
  const next: Reminder = {
    ...reminder,
    status: 'snoozed',
    dueAt,
    notifiedAt: null,
    snoozeCount: reminder.snoozeCount + 1,
    updatedAt: now,
  };
  return { reminders: put(reminders, next), reminder: next, created: false, changed: true };
}

/**
 * Dismisses a reminder (or undoes an automatic one: same effect, recorded as such). The record is
 * kept so detecting the thread again does not bring it back; "Remind me" reopens it.
 */
export function dismiss(reminders: Reminders, id: string, now: number, reason: 'dismissed' | 'undone'): Change {
  const reminder = get(reminders, id);
  if (!isOpen(reminder)) return unchanged(reminders, reminder);
  const next: Reminder = { ...reminder, status: 'dismissed', closedAt: now, closedBy: reason, updatedAt: now };
  return { reminders: put(reminders, next), reminder: next, created: false, changed: true };
}

/**
 * Brings reminders up to `now`: those whose time has come become due, and those due and not yet
 * notified are notified now, unless it is quiet hours (then the next wake-up is the morning).
 * `notifiedAt` is what makes a notification fire once: set here, cleared only when the due time moves.
 */
export function advance(reminders: Reminders, settings: Settings, now: number): Change & { notify: Reminder[] } {
  let next = reminders;
  let changed = false;
  const notify: Reminder[] = [];
  const quiet = isQuiet(now, settings.quietHours);
  for (const reminder of Object.values(reminders)) {
    if (!isOpen(reminder) || reminder.dueAt > now) continue;
    const due: Reminder = { ...reminder, status: 'due' };
    if (reminder.notifiedAt === null && !quiet) {
      due.notifiedAt = now;
      notify.push(due);
    }
    if (due.status !== reminder.status || due.notifiedAt !== reminder.notifiedAt) {
      next = put(next, due);
      changed = true;
    }
  }
  notify.sort((a, b) => a.dueAt - b.dueAt);
  return { reminders: next, reminder: null, created: false, changed, notify };
}

/** When the worker must next wake: the next due time, or the end of quiet hours for held notifications. */
export function nextWakeAt(reminders: Reminders, settings: Settings, now: number): number | null {
  let next: number | null = null;
  for (const reminder of Object.values(reminders)) {
    if (!isOpen(reminder)) continue;
    let at: number | null = null;
    if (reminder.dueAt > now) at = reminder.dueAt;
    else if (reminder.notifiedAt === null) at = notifyTime(now, settings.quietHours);
    // Never in the past or now: a wake-up that changes nothing would only wake again.
    if (at !== null) at = Math.max(at, now + 1000);
    if (at !== null && (next === null || at < next)) next = at;
  }
  return next;
}

/** The number the toolbar badge shows (contract 4). */
export function dueCount(reminders: Reminders, now: number): number {
  return Object.values(reminders).filter((r) => isOpen(r) && r.dueAt <= now).length;
}

/** Drops reminders closed longer than `KEEP_CLOSED` ago. */
export function prune(reminders: Reminders, now: number): Change {
  const stale = Object.values(reminders).filter(
    (r) => !isOpen(r) && r.closedAt !== null && r.closedAt < now - KEEP_CLOSED,
  );
  if (!stale.length) return unchanged(reminders, null);
  const next = { ...reminders };
  for (const reminder of stale) delete next[reminder.id];
  return { reminders: next, reminder: null, created: false, changed: true };
}

/** A reminder as the popup lists it. */
export interface ReminderView extends Reminder {
  state: ReminderStatus;
  snoozesLeft: number;
}

export function viewOf(reminder: Reminder, settings: Settings, now: number): ReminderView {
  return { ...reminder, state: effectiveStatus(reminder, now), snoozesLeft: snoozesLeft(reminder, settings) };
}

/** The people a reminder still asks to thank. */
export function peopleToThank(reminder: Reminder): Person[] {
  return reminder.people.filter((p) => p.thankedAt === null);
}

/** "Due now" and "Upcoming", each soonest first. */
export function listView(
  reminders: Reminders,
  settings: Settings,
  now: number,
): { due: ReminderView[]; upcoming: ReminderView[] } {
  const views = Object.values(reminders)
    .filter(isOpen)
    .map((r) => viewOf(r, settings, now))
    .sort((a, b) => a.dueAt - b.dueAt || a.createdAt - b.createdAt);
  return { due: views.filter((r) => r.state === 'due'), upcoming: views.filter((r) => r.state !== 'due') };
}
