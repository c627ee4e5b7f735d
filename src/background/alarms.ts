/**
 * One alarm for the next time the reminders need the worker, whatever their number: Chrome keeps at
 * most 500 alarms, and clears them all when the browser restarts or the extension reloads, so the
 * alarm is re-armed from storage at every worker start (see reminders.ts) rather than trusted.
 */
import { browser } from '../platform/browser';

export const REMINDER_ALARM = 'gracious-next-reminder';

/** Sets the alarm for `when` (ms since the epoch), or clears it when nothing is ahead. */
export async function armReminderAlarm(when: number | null): Promise<void> {
  if (when === null) {
    await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  const current = await browser.alarms.get(REMINDER_ALARM);
  if (current?.scheduledTime === when) return;
  await browser.alarms.create(REMINDER_ALARM, { when });
}

export function isReminderAlarm(alarm: { name: string }): boolean {
  return alarm.name === REMINDER_ALARM;
}
