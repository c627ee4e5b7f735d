/**
 * The worker's view of `storage.local`. The worker is the only writer; every change goes through
 * `update`, which runs one at a time so concurrent messages cannot lose each other's writes.
 * Nothing is cached across worker restarts: each start reads storage afresh.
 */

import { loadStored, type StoredData } from '../core/storage/schema';
import { browser } from '../platform/browser';

let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

async function readAll(): Promise<StoredData> {
  const raw = (await browser.storage.local.get(null)) as Record<string, unknown>;
  const { data, changed, problems } = loadStored(raw);
  for (const problem of problems) console.warn(`Gracious storage: ${problem}`);
  if (changed.length) {
    await browser.storage.local.set(Object.fromEntries(changed.map((key) => [key, data[key as keyof StoredData]])));
  }
  return data;
}

/** Reads, migrating and setting aside bad values on the way. Runs in the write queue. */
export function readStore(): Promise<StoredData> {
  return serialised(readAll);
}

/**
 * Applies `change` to the current data and writes back the keys it names. The change returns the
 * keys it touched and a result for the caller.
 */
export function updateStore<T>(change: (data: StoredData) => { keys: (keyof StoredData)[]; result: T }): Promise<T> {
  return serialised(async () => {
    const data = await readAll();
    const { keys, result } = change(data);
    if (keys.length) await browser.storage.local.set(Object.fromEntries(keys.map((key) => [key, data[key]])));
    return result;
  });
}
