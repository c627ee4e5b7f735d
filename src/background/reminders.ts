/**
 * The worker's side of reminders. Every change is a pure rule from src/core/reminders applied in
 * the store's write queue (so concurrent messages lose nothing), in the same write as bringing the
 * reminders up to now; then the browser is brought in line with what was written: due reminders
 * are notified once, the one alarm is set for the next due time, and the badge shows the number due.
 *
 * No state lives only in globals (they hold queues and what was last shown): `syncReminders`
 * rebuilds everything from storage, which is why it runs at every worker start, on `onStartup` and
 * `onInstalled`, on the alarm and after another writer's change, and why a reminder that came due
 * while the browser was closed is notified at the next start: once, because its `notifiedAt` is
 * stored before the notification is shown.
 */
import { siteForUrl } from '../core/hosts';
import type { Site } from '../core/messages';
import {
  advance,
  type Change,
  dueCount,
  effectiveStatus,
  nextWakeAt,
  prune,
  type Reminder,
  ReminderError,
  type Reminders,
  snooze,
} from '../core/reminders';
import type { Settings } from '../core/settings';
import type { StoredData } from '../core/storage/schema';
import { armReminderAlarm, isReminderAlarm } from './alarms';
import {
  BUTTONS,
  clearNotificationsExcept,
  clearReminderNotification,
  openReminderDraft,
  reminderIdOf,
  showDueCount,
  showReminderNotification,
} from './notifications';
import type { HandlerContext } from './router';
import { updateStore } from './store';

export interface Applied {
  change: Change;
  settings: Settings;
  now: number;
}

/** What the browser must show after a change: the outside of storage, computed inside the write. */
interface Effects {
  notify: Reminder[];
  wakeAt: number | null;
  due: number;
  stillDue: Set<string>;
  settings: Settings;
}

/**
 * What the alarm, badge and notifications depend on, for the reminders last brought in line; a
 * storage change with the same signature (the worker's own write) needs no second sync.
 */
let inLineWith: string | null = null;

function signature(reminders: unknown): string {
  if (typeof reminders !== 'object' || reminders === null || Array.isArray(reminders)) return `not a record`;
  return Object.entries(reminders as Record<string, Partial<Reminder>>)
    .map(([id, r]) => `${id}:${r?.status}:${r?.dueAt}:${r?.notifiedAt}:${r?.snoozeCount}`)
    .sort()
    .join('|');
}

/**
 * Brings reminders up to now (due ones become due and are notified once, old closed ones are
 * dropped) and works out what the browser must show. Runs inside the store's write, so the
 * `notifiedAt` that makes a notification fire once is stored before the notification is shown.
 */
function settle(data: StoredData, now: number): { changed: boolean; effects: Effects } {
  const advanced = advance(data.reminders, data.settings, now);
  const pruned = prune(advanced.reminders, now);
  const changed = advanced.changed || pruned.changed;
  if (changed) data.reminders = pruned.reminders;
  inLineWith = signature(data.reminders);
  const stillDue = new Set(
    Object.values(data.reminders)
      .filter((r) => effectiveStatus(r, now) === 'due' && r.notifiedAt !== null)
      .map((r) => r.id),
  );
  return {
    changed,
    effects: {
      notify: advanced.notify,
      wakeAt: nextWakeAt(data.reminders, data.settings, now),
      due: dueCount(data.reminders, now),
      stillDue,
      settings: data.settings,
    },
  };
}

async function show(effects: Effects): Promise<void> {
  for (const reminder of effects.notify) {
    await showReminderNotification(reminder, effects.settings).catch((error: unknown) =>
      console.error('Gracious: could not show a reminder notification', error),
    );
  }
  await clearNotificationsExcept(effects.stillDue);
  await armReminderAlarm(effects.wakeAt);
  await showDueCount(effects.due);
}

let pending: Effects | null = null;
let showing: Promise<void> | null = null;

/**
 * Shows effects in the order their writes happened. A burst of changes is shown once: every
 * notification of the burst, then the latest alarm, badge and clean-up.
 */
function bringInLine(effects: Effects): Promise<void> {
  pending = pending ? { ...effects, notify: [...pending.notify, ...effects.notify] } : effects;
  showing ??= (async () => {
    while (pending) {
      const next = pending;
      pending = null;
      try {
        await show(next);
      } catch (error) {
        // The browser refused (the worker is shutting down, say); the next start shows it all again.
        console.error('Gracious: could not update the alarm, badge or notifications', error);
      }
    }
    showing = null;
  })();
  return showing;
}

/**
 * Applies one rule to the stored reminders, in the same write as bringing them up to now, and
 * then the browser in line. A rule that refuses (ReminderError) writes nothing, and its message
 * reaches the sender.
 */
export async function changeReminders(rule: (data: StoredData, now: number) => Change): Promise<Applied> {
  const { applied, effects } = await updateStore((data) => {
    const now = Date.now();
    const change = rule(data, now);
    if (change.changed) data.reminders = change.reminders;
    const settled = settle(data, now);
    const changed = change.changed || settled.changed;
    return {
      keys: changed ? ['reminders' as const] : [],
      result: { applied: { change, settings: data.settings, now }, effects: changed ? settled.effects : null },
    };
  });
  if (effects) await bringInLine(effects);
  return applied;
}

/** Refuses a webmail page acting for another site than its own, or on another site's reminder. */
export function checkSite(context: HandlerContext, site: Site): void {
  if (context.origin === 'webmail' && siteForUrl(context.url) !== site) {
    throw new ReminderError('A webmail page may only act on its own site’s reminders.');
  }
}

export function ownReminder(reminders: Reminders, id: string, context: HandlerContext): Reminder {
  const reminder = reminders[id];
  if (!reminder) throw new ReminderError('This reminder no longer exists.');
  checkSite(context, reminder.site);
  return reminder;
}

async function runSync(): Promise<void> {
  try {
    const effects = await updateStore((data) => {
      const { changed, effects } = settle(data, Date.now());
      return { keys: changed ? ['reminders' as const] : [], result: effects };
    });
    await bringInLine(effects);
  } catch (error) {
    // A failed sync must not take the worker down; the next event syncs again from storage.
    console.error('Gracious: reminder sync failed', error);
  }
}

let running: Promise<void> = Promise.resolve();
let queued: Promise<void> | null = null;

/**
 * Brings notifications, the alarm and the badge in line with storage: at every worker start, on
 * the alarm, and when another writer changed reminders or settings. Calls made while a sync runs
 * share the one queued after it.
 */
export function syncReminders(): Promise<void> {
  if (queued) return queued;
  const next = running.then(() => {
    queued = null;
    return runSync();
  });
  queued = next;
  running = next;
  return next;
}

export function onReminderAlarm(alarm: { name: string }): void {
  if (isReminderAlarm(alarm)) void syncReminders();
}

/**
 * A write the worker's reminder code did not make (an import, a delete, settings saved, a damaged
 * value) re-syncs; its own writes are already in line.
 */
export function onStorageChanged(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area !== 'local') return;
  const reminders = changes.reminders;
  if ('settings' in changes || (reminders && signature(reminders.newValue ?? {}) !== inLineWith)) {
    void syncReminders();
  }
}

/** Clicking the notification itself opens the reminder's draft, like "Write note". */
export async function onNotificationClicked(notificationId: string): Promise<void> {
  const id = reminderIdOf(notificationId);
  if (!id) return;
  await clearReminderNotification(id);
  await openReminderDraft(id);
}

export async function onNotificationButtonClicked(notificationId: string, buttonIndex: number): Promise<void> {
  const id = reminderIdOf(notificationId);
  if (!id) return;
  if (buttonIndex === BUTTONS.writeNote) return onNotificationClicked(notificationId);
  if (buttonIndex !== BUTTONS.snooze) return;
  await clearReminderNotification(id);
  try {
    await changeReminders((data, now) => snooze(data.reminders, id, data.settings, now));
  } catch (error) {
    // Snoozed elsewhere meanwhile, or no snoozes left: the popup shows the reminder as it is.
    console.warn('Gracious: snooze from the notification was refused', error);
  }
}
