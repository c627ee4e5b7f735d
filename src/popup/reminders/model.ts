/**
 * The popup's reminders: "Due now" and "Upcoming" from the worker, and what the user does with
 * them. A factory over signals with the browser behind `RemindersServices`, so tests give fakes.
 * The worker is the only writer: every action is a message, then the list is read again.
 */
import { batch, signal } from '@preact/signals';
import type { ReminderResult, Reply, WorkerRequest, WorkerResponses } from '../../core/messages';
import type { Decision, Person, ReminderView } from '../../core/reminders';
import { type SnoozeChoice, snoozeUntil } from '../../core/reminders/timing';
import type { NoteForm } from '../store';

export type ReminderAction = 'reminders/mark-sent' | 'reminders/snooze' | 'reminders/dismiss' | 'reminders/decide';

export interface RemindersServices {
  list(): Promise<Reply<WorkerResponses['reminders/list']>>;
  act<K extends ReminderAction>(type: K, payload: WorkerRequest<K>): Promise<Reply<ReminderResult>>;
  /** Calls back when stored reminders change (a notification fired, a thread was read); returns a stop. */
  watch(changed: () => void): () => void;
}

/** The New note form filled for one person of a reminder: what "Write to …" hands the draft writer. */
export type ReminderDraft = Partial<NoteForm> & Pick<NoteForm, 'situation'>;

export function draftFor(reminder: ReminderView, person: Person | null): ReminderDraft {
  const fallbackRole = reminder.situation === 'after-interview' ? 'interviewer' : 'recruiter';
  return {
    situation: reminder.situation,
    recipientName: person?.name ?? '',
    role: person?.role ?? fallbackRole,
    email: person?.email ?? '',
    company: reminder.company ?? '',
    jobTitle: reminder.role ?? '',
    interviewDate: reminder.interviewAt?.slice(0, 10) ?? '',
  };
}

/** Whom "Write note" on the whole reminder (a notification, `?reminder=`) writes to first. */
export function firstToThank(reminder: ReminderView): Person | null {
  return reminder.people.find((p) => p.thankedAt === null) ?? null;
}

export function createRemindersModel(services: RemindersServices) {
  const due = signal<ReminderView[]>([]);
  const upcoming = signal<ReminderView[]>([]);
  const loaded = signal(false);
  /** The worker's words when an action failed. */
  const error = signal<string | null>(null);
  /** The reminder an action is running on; its buttons wait. */
  const busy = signal<string | null>(null);

  /** Reads the list; when the worker cannot answer, the popup shows no list rather than an error. */
  async function load(): Promise<void> {
    const reply = await services.list();
    batch(() => {
      if (reply.ok) {
        due.value = reply.value.due;
        upcoming.value = reply.value.upcoming;
      }
      loaded.value = true;
    });
  }

  /** Storage may change many times in a burst: one read runs at a time, and one more after it. */
  let reading: Promise<void> | null = null;
  let stale = false;
  function refresh(): Promise<void> {
    if (reading) {
      stale = true;
      return reading;
    }
    reading = (async () => {
      try {
        do {
          stale = false;
          await load();
        } while (stale);
      } finally {
        reading = null;
      }
    })();
    return reading;
  }

  async function act<K extends ReminderAction>(type: K, payload: WorkerRequest<K> & { id: string }): Promise<void> {
    if (busy.value) return;
    batch(() => {
      busy.value = payload.id;
      error.value = null;
    });
    try {
      const reply = await services.act(type, payload);
      if (!reply.ok) error.value = reply.error;
      await load();
    } finally {
      busy.value = null;
    }
  }

  return {
    due,
    upcoming,
    loaded,
    error,
    busy,
    load,
    find: (id: string) => [...due.value, ...upcoming.value].find((r) => r.id === id) ?? null,
    watch: () => services.watch(() => void refresh()),
    markSent: (id: string, person: string | null) => act('reminders/mark-sent', { id, person }),
    snooze: (id: string, choice: SnoozeChoice) =>
      act('reminders/snooze', { id, until: snoozeUntil(choice, Date.now()) }),
    dismiss: (id: string) => act('reminders/dismiss', { id }),
    decide: (id: string, decision: Decision) => act('reminders/decide', { id, decision }),
  };
}

export type RemindersModel = ReturnType<typeof createRemindersModel>;
