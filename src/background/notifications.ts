/**
 * What the user sees of reminders outside the popup: a notification when one comes due, the
 * toolbar badge (contract 4: the number due now, "" when none), and the popup opened on a
 * reminder's draft. Nothing here reads or writes storage; reminders.ts decides what to show.
 */
import { type Reminder, reminderSubtitle, reminderTitle } from '../core/reminders';
import type { Settings } from '../core/settings';
import { browser } from '../platform/browser';

const PREFIX = 'gracious-reminder:';
const POPUP_PAGE = 'src/popup/index.html';
/** Button order of every reminder notification. */
export const BUTTONS = { writeNote: 0, snooze: 1 } as const;

export function notificationId(reminderId: string): string {
  return `${PREFIX}${reminderId}`;
}

export function reminderIdOf(notificationId: string): string | null {
  return notificationId.startsWith(PREFIX) ? notificationId.slice(PREFIX.length) || null : null;
}

function message(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** Shows (or replaces: one per reminder, by id) the notification of a reminder that came due. */
export async function showReminderNotification(reminder: Reminder, settings: Settings): Promise<void> {
  const left = Math.max(0, settings.snoozeLimit - reminder.snoozeCount);
  const buttons = [{ title: message('reminders_write_note') }];
  if (left > 0) buttons.push({ title: message('reminders_snooze_left', String(left)) });
  // Chrome's options include buttons; the polyfill's types (from Firefox) do not, and pass them on.
  const options: Parameters<typeof browser.notifications.create>[0] & { buttons: { title: string }[] } = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: reminderTitle(reminder, message),
    message: reminderSubtitle(reminder, message),
    buttons,
    priority: 1,
  };
  await browser.notifications.create(notificationId(reminder.id), options);
}

/** Clears notifications of reminders that are no longer due (sent, snoozed, dismissed, deleted). */
export async function clearNotificationsExcept(stillDue: ReadonlySet<string>): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  for (const id of shown) {
    const reminderId = reminderIdOf(id);
    if (reminderId && !stillDue.has(reminderId)) await browser.notifications.clear(id);
  }
}

export function clearReminderNotification(reminderId: string): Promise<boolean> {
  return browser.notifications.clear(notificationId(reminderId));
}

/** Contract 4: the badge is the number of reminders due now, and empty when there are none. */
export async function showDueCount(count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: '#8a3f00' });
  await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' });
}

/** The popup page showing one reminder's draft (the popup reads `?reminder=`). */
export function reminderPage(reminderId: string): string {
  return `${POPUP_PAGE}?reminder=${encodeURIComponent(reminderId)}`;
}

/**
 * Opens the popup on a reminder. The toolbar popup keeps the webmail tab active (so "Insert into
 * reply" reaches it); when it cannot open (no focused browser window), a tab of the same page does.
 */
export async function openReminderDraft(reminderId: string): Promise<'popup' | 'tab'> {
  const page = reminderPage(reminderId);
  const defaultPopup = browser.runtime.getManifest().action?.default_popup ?? POPUP_PAGE;
  try {
    await browser.action.setPopup({ popup: page });
    await browser.action.openPopup();
    return 'popup';
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL(page) });
    return 'tab';
  } finally {
    try {
      await browser.action.setPopup({ popup: defaultPopup });
    } catch (error) {
      console.warn('Gracious: could not restore the toolbar popup', error);
    }
  }
}
