/**
 * Service worker entry. Every listener is registered synchronously at the top level, because the
 * worker is stopped after 30 s idle and restarted by the next event with empty globals.
 */
import { applySettingsPatch } from '../core/settings';
import { browser, type Runtime } from '../platform/browser';
import { createRouter, type Handlers } from './router';
import { readStore, updateStore } from './store';

const instanceId = crypto.randomUUID();
const startedAt = Date.now();

const handlers: Handlers = {
  ping: async () => ({ instanceId, startedAt, version: browser.runtime.getManifest().version }),
  'settings/get': async () => (await readStore()).settings,
  'settings/save': (patch) =>
    updateStore((data) => {
      data.settings = applySettingsPatch(data.settings, patch);
      return { keys: ['settings'], result: data.settings };
    }),
  // Reminders are created from these once the Reminders capability lands; for now they are
  // validated by the router and acknowledged.
  detected: async () => ({ acknowledged: true }),
  replied: async () => ({ acknowledged: true }),
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
