/**
 * Where the reminders the popup owes the user ("Due now" and "Upcoming") render, above the empty
 * state (src/popup/reminders/list.tsx). "Write to …" fills the New note form for that person and
 * shows the draft; Back leads to the details step, as after any note.
 */
import { useStore } from '../context';
import { RemindersList } from '../reminders/list';

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
