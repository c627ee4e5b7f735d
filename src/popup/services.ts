/** The popup's `PopupServices` backed by the real browser. */
import { siteForUrl } from '../core/hosts';
import { askTab, askWorker, browser } from '../platform/browser';
import type { PopupServices } from './store';

export const browserServices: PopupServices = {
  async loadSettings() {
    const reply = await askWorker('settings/get');
    return reply.ok ? reply.value : null;
  },

  async findWebmailTab() {
    // In a real popup this is the tab the user clicked the toolbar button over; host permissions
    // for the webmail sites let us read its URL without the "tabs" permission.
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    const site = siteForUrl(tab?.url);
    return tab?.id !== undefined && tab.url && site ? { id: tab.id, url: tab.url, site } : null;
  },

  // The writer and its phrase banks load on the first "New note", not with the popup.
  loadComposer: () => import('./writer'),

  async copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },

  async insertIntoTab(tabId, text) {
    const reply = await askTab(tabId, 'insert-draft', { text });
    return reply.ok && reply.value.inserted;
  },

  async openUrl(url) {
    await browser.tabs.create({ url });
  },

  async openOptions() {
    await browser.runtime.openOptionsPage();
  },
};
