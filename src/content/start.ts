/**
 * Content script entry, loaded on every webmail page. It stays small: it finds which site this is
 * and starts Gracious there with that site's adapter. The panel, extraction and the draft writer
 * load later by dynamic import(), only when a job email is open.
 */
import { siteForUrl } from '../core/hosts';
import { askWorker, extensionContextAlive } from '../platform/browser';
import { ADAPTERS } from '../webmail/index';
import './diagnostics';
import { startGracious } from './gracious';

async function start(): Promise<void> {
  const site = siteForUrl(location.href);
  if (!site || !extensionContextAlive()) return;
  const [settings, hidden] = await Promise.all([askWorker('settings/get'), askWorker('thread/hidden-list', { site })]);
  if (settings.ok && !settings.value.sites[site]) return;
  startGracious(ADAPTERS[site], new AbortController().signal, {
    hiddenThreads: hidden.ok ? hidden.value.threadKeys : [],
  });
}

void start();
