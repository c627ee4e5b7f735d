/**
 * Where the reminders the popup owes the user ("Due now" and "Upcoming") will render, above the
 * empty state. The Reminders capability fills this in; until reminders exist it shows nothing.
 */
export function RemindersSlot() {
  return null;
}
