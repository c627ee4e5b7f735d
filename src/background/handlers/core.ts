/** Handlers for the worker's own state: liveness and settings. */
import { applySettingsPatch } from '../../core/settings-schema';
import { browser } from '../../platform/browser';
import type { Handlers } from '../router';
import { readStore, updateStore } from '../store';

/** Changes on every worker start, so tests can prove a stop really happened. */
const instanceId = crypto.randomUUID();
const startedAt = Date.now();

export const coreHandlers: Pick<Handlers, 'ping' | 'settings/get' | 'settings/save'> = {
  ping: async () => ({ instanceId, startedAt, version: browser.runtime.getManifest().version }),
  'settings/get': async () => (await readStore()).settings,
  'settings/save': (patch) =>
    updateStore((data) => {
      data.settings = applySettingsPatch(data.settings, patch);
      return { keys: ['settings'], result: data.settings };
    }),
};
