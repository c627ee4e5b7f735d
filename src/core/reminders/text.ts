/**
 * What a reminder says, in the user's language: the same words in the notification and the popup.
 * Pure: the caller passes its `translate` (chrome.i18n.getMessage, or the UI's `t`).
 */
import type { Reminder } from './model';
import { peopleToThank } from './rules';

export type Translate = (key: string, substitutions?: string | string[]) => string;

function names(people: readonly { name: string }[], translate: Translate): string {
  const all = people.map((p) => p.name);
  if (all.length <= 1) return all[0] ?? '';
  return translate('reminders_names_and', [all.slice(0, -1).join(', '), all.at(-1) ?? '']);
}

/** The message key of a reminder's title, one per situation. */
export function titleKey(reminder: Pick<Reminder, 'situation'>): string {
  return `reminders_title_${reminder.situation.replaceAll('-', '_')}`;
}

/** "Thank Dana Lee and Omar Haddad as you decline", "Decide on the offer from Acme, and reply", … */
export function reminderTitle(reminder: Reminder, translate: Translate): string {
  const who = names(peopleToThank(reminder), translate) || reminder.company || translate('reminders_them');
  return translate(titleKey(reminder), [who, reminder.company ?? translate('reminders_the_company')]);
}

/** "Senior Designer at Acme Robotics", or whichever of the two is known. */
export function reminderSubtitle(reminder: Reminder, translate: Translate): string {
  if (reminder.role && reminder.company) return translate('reminders_role_at', [reminder.role, reminder.company]);
  return reminder.role ?? reminder.company ?? '';
}
