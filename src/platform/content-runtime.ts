/**
 * The extension API as the content script uses it, on the native `chrome` namespace. The content
 * script runs on every webmail page, so what it loads is kept small: webextension-polyfill (about
 * 4 KB gzip) stays the platform layer of the worker and the extension's pages (./browser.ts), and
 * nothing in the content script's graph, eager or lazy, imports it. Chrome ≥ 120 (the manifest's
 * minimum) returns promises from `runtime.sendMessage` itself. UI strings come from src/ui/i18n.ts,
 * which reads the native `chrome.i18n` too and loads with the job side.
 */
import type { Reply, WorkerMessageName, WorkerRequest, WorkerResponses } from '../core/messages';

/**
 * After an extension update, content scripts left in open tabs lose their connection and every
 * API call throws "Extension context invalidated". `runtime.id` turns undefined first.
 */
export function extensionContextAlive(): boolean {
  try {
    return Boolean(chrome.runtime?.id);
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
    const reply = (await chrome.runtime.sendMessage({ type, payload })) as Reply<WorkerResponses[K]> | undefined;
    return reply ?? { ok: false, error: 'no reply from the service worker' };
  } catch (error) {
    return { ok: false, error: errorText(error) };
  }
}

export type TabMessageSender = chrome.runtime.MessageSender;

/**
 * Answers messages sent to this tab (`tabs.sendMessage` from the worker or an extension page) with
 * what `answer` resolves to, until `signal` aborts. A rejected answer is sent as `{ok: false}`.
 */
export function onTabMessage(
  answer: (message: unknown, sender: TabMessageSender) => Promise<Reply<unknown>>,
  signal: AbortSignal,
): void {
  const listener = (message: unknown, sender: TabMessageSender, sendResponse: (reply: Reply<unknown>) => void) => {
    answer(message, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: errorText(error) }),
    );
    // Keeps the channel open for the asynchronous answer.
    return true;
  };
  chrome.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => chrome.runtime.onMessage.removeListener(listener), { once: true });
}

/** This extension's id and origin (`chrome-extension://<id>/`), to tell its own senders apart. */
export function extensionIdentity(): { id: string; origin: string } {
  return { id: chrome.runtime.id, origin: chrome.runtime.getURL('') };
}
