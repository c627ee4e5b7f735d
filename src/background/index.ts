/**
 * Service worker entry. Every listener is registered synchronously at the top level, because the
 * worker is stopped after 30 s idle and restarted by the next event with empty globals.
 */
import { browser, type Runtime } from '../platform/browser';
import { coreHandlers } from './handlers/core';
import { dataHandlers } from './handlers/data';
import { webmailHandlers } from './handlers/webmail';
import { createRouter, type Handlers } from './router';

/** One handler per message of the typed map; TypeScript fails the build if one is missing. */
const handlers: Handlers = { ...coreHandlers, ...dataHandlers, ...webmailHandlers };

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
