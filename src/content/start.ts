/**
 * What each site's content script entry (./gmail.ts, ./outlook.ts) runs on every webmail page. It
 * stays small: the entry brings only its own site's adapter, and the panel, extraction and the
 * draft writer load later by dynamic import(), only when a job email is open.
 */
import { askWorker, extensionContextAlive } from '../platform/content-runtime';
import type { WebmailAdapter } from '../webmail/types';
import './diagnostics';
import { startGracious } from './gracious';

export async function start(adapter: WebmailAdapter): Promise<void> {
  if (!extensionContextAlive()) return;
  const { site } = adapter;
  const [settings, hidden] = await Promise.all([askWorker('settings/get'), askWorker('thread/hidden-list', { site })]);
  if (settings.ok && !settings.value.sites[site]) return;
  startGracious(adapter, new AbortController().signal, {
    hiddenThreads: hidden.ok ? hidden.value.threadKeys : [],
  });
}
