/**
 * The one module that touches the browser's extension APIs. Everything else imports from here,
 * so the polyfill is loaded in one place and tests can swap the whole surface for a fake.
 */
import browser from 'webextension-polyfill';
import type {
  Reply,
  TabMessageName,
  TabRequest,
  TabResponses,
  WorkerMessageName,
  WorkerRequest,
  WorkerResponses,
} from '../core/messages';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };

/**
 * After an extension update, content scripts left in open tabs lose their connection and every
 * API call throws "Extension context invalidated". `runtime.id` turns undefined first.
 */
export function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sends a typed message to the service worker; transport failures come back as `{ok: false}`. */
export async function askWorker<K extends WorkerMessageName>(
  type: K,
  payload?: WorkerRequest<K>,
): Promise<Reply<WorkerResponses[K]>> {
  if (!extensionContextAlive()) return { ok: false, error: 'extension context invalidated' };
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<WorkerResponses[K]> | undefined;
    return reply ?? { ok: false, error: 'no reply from the service worker' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

/** Sends a typed message to the content script of one tab. */
export async function askTab<K extends TabMessageName>(
  tabId: number,
  type: K,
  payload: TabRequest<K>,
): Promise<Reply<TabResponses[K]>> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type, payload })) as Reply<TabResponses[K]> | undefined;
    return reply ?? { ok: false, error: 'the tab did not answer' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}
