/** Handlers for the user's data as a whole: export, import and delete, from the options page. */
import { readExportFile, toExportFile } from '../../core/storage/schema';
import { browser } from '../../platform/browser';
import type { Handlers } from '../router';
import { readStore, updateStore } from '../store';

export const dataHandlers: Pick<Handlers, 'data/export' | 'data/import' | 'data/delete-all'> = {
  'data/export': async () => toExportFile(await readStore(), new Date()),

  'data/import': async (file) => {
    const check = readExportFile(file);
    if (!check.ok) return { imported: false, problem: check.problem, detail: check.detail };
    const imported = { ...check.data, quarantine: [] };
    return updateStore((data) => {
      Object.assign(data, imported);
      return { keys: Object.keys(imported) as (keyof typeof imported)[], result: { imported: true } as const };
    });
  },

  'data/delete-all': async () => {
    // The clear runs inside the store's write queue (a promise result is awaited there), so no
    // write queued before it can land after it and bring deleted data back.
    await updateStore(() => ({ keys: [], result: browser.storage.local.clear() }));
    return { deleted: true };
  },
};
