/**
 * Service worker entry. Every listener is registered synchronously at the top level, because the
 * worker is stopped after 30 s idle and restarted by the next event with empty globals.
 */
import { browser, type Runtime } from '../platform/browser';
import { coreHandlers } from './handlers/core';
import { dataHandlers } from './handlers/data';
import { detectHandlers } from './handlers/detect';
import { reminderHandlers } from './handlers/reminders';
import { webmailHandlers } from './handlers/webmail';
import {
  onNotificationButtonClicked,
  onNotificationClicked,
  onReminderAlarm,
  onStorageChanged,
  syncReminders,
} from './reminders';
import { createRouter, type Handlers } from './router';

/** One handler per message of the typed map; TypeScript fails the build if one is missing. */
const handlers: Handlers = {
  ...coreHandlers,
  ...reminderHandlers,
  ...dataHandlers,
  ...webmailHandlers,
  ...detectHandlers,
};

const route = createRouter(handlers, {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender));

browser.runtime.onInstalled.addListener(async () => {
  // Decided from what is stored, not from the install reason (a relaunch with --load-extension
  // reports "install" again).
  const raw = await browser.storage.local.get('settings');
  if (!('settings' in raw)) await browser.tabs.create({ url: browser.runtime.getURL('src/options/welcome.html') });
});

// Reminders: alarms are gone after a browser restart or reload, so every start re-arms from storage
// (this top-level call runs at each worker start; onStartup and onInstalled cover the browser's).
browser.alarms.onAlarm.addListener(onReminderAlarm);
browser.notifications.onClicked.addListener((id: string) => void onNotificationClicked(id));
browser.notifications.onButtonClicked.addListener(
  (id: string, button: number) => void onNotificationButtonClicked(id, button),
);
browser.storage.onChanged.addListener(onStorageChanged);
// Content scripts (the least trusted context) reach stored data only through the worker's checked
// messages: they cannot read it, and every write is not broadcast into each webmail page. The
// polyfill's types lack setAccessLevel (Chrome has it for storage.local since 2024); older
// browsers refuse it, which changes nothing else.
const localArea = browser.storage.local as typeof browser.storage.local & {
  setAccessLevel?(options: { accessLevel: 'TRUSTED_CONTEXTS' }): Promise<void>;
};
localArea
  .setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
  .catch((error: unknown) => console.warn('Gracious: storage stays readable by content scripts', error));
browser.runtime.onStartup.addListener(() => void syncReminders());
browser.runtime.onInstalled.addListener(() => void syncReminders());
void syncReminders();
