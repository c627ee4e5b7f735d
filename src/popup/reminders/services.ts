/** The reminders list's `RemindersServices`, backed by the worker and storage change events. */
import { askWorker, browser } from '../../platform/browser';
import type { RemindersServices } from './model';

export const browserRemindersServices: RemindersServices = {
  list: () => askWorker('reminders/list'),
  act: (type, payload) => askWorker(type, payload),
  watch(changed) {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'reminders' in changes) changed();
    };
    // Absent outside the extension (the popup's DOM tests): then the list is read once.
    const events = browser.storage?.onChanged;
    events?.addListener(listener);
    return () => events?.removeListener(listener);
  },
};
