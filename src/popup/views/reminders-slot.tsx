/**
 * Where the reminders the popup owes the user ("Due now" and "Upcoming") render, above the empty
 * state (src/popup/reminders/list.tsx). "Write to …" fills the New note form for that person and
 * shows the draft; Back leads to the details step, as after any note. The list's code loads after
 * the popup's first render; until it has, and its reminders have been read, nothing shows here.
 */
import { useStore } from '../context';
import { lazy } from '../lazy';

const RemindersList = lazy(() => import('../reminders/list').then((m) => m.RemindersList));

export function RemindersSlot() {
  const store = useStore();
  return (
    <RemindersList
      onWrite={(draft) => {
        store.startOver();
        store.edit(draft);
        void store.writeDraft();
      }}
    />
  );
}
