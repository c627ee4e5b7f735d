/** Handlers for reminders: what the popup and the inline panel ask of them. */

import type { ReminderResult } from '../../core/messages';
import {
  createReminder,
  decide,
  dismiss,
  listView,
  markSent,
  ReminderError,
  snooze,
  threadReminders,
  viewOf,
} from '../../core/reminders';
import { type Applied, changeReminders, checkSite, ownReminder, syncReminders } from '../reminders';
import type { Handlers } from '../router';
import { readStore } from '../store';

function result({ change, settings, now }: Applied): ReminderResult {
  if (!change.reminder) throw new ReminderError('No reminder was made.');
  return { reminder: viewOf(change.reminder, settings, now), created: change.created };
}

export const reminderHandlers: Pick<
  Handlers,
  | 'reminders/list'
  | 'reminders/for-thread'
  | 'reminders/create'
  | 'reminders/decide'
  | 'reminders/mark-sent'
  | 'reminders/snooze'
  | 'reminders/dismiss'
  | 'reminders/undo'
> = {
  'reminders/list': async () => {
    // Due reminders are promoted (and notified) first, so the list and the badge agree.
    await syncReminders();
    const data = await readStore();
    const now = Date.now();
    return { ...listView(data.reminders, data.settings, now), now };
  },

  'reminders/for-thread': async ({ site, threadKey }, context) => {
    checkSite(context, site);
    const data = await readStore();
    const now = Date.now();
    return { reminders: threadReminders(data.reminders, site, threadKey).map((r) => viewOf(r, data.settings, now)) };
  },

  'reminders/create': async (input, context) => {
    checkSite(context, input.site);
    return result(await changeReminders((data, now) => createReminder(data.reminders, input, data.settings, now)));
  },

  'reminders/decide': async ({ id, decision }, context) =>
    result(
      await changeReminders((data, now) => {
        ownReminder(data.reminders, id, context);
        return decide(data.reminders, id, decision, data.settings, now);
      }),
    ),

  'reminders/mark-sent': async ({ id, person }, context) =>
    result(
      await changeReminders((data, now) => {
        ownReminder(data.reminders, id, context);
        return markSent(data.reminders, id, person ?? null, data.settings, now);
      }),
    ),

  'reminders/snooze': async ({ id, until }) =>
    result(await changeReminders((data, now) => snooze(data.reminders, id, data.settings, now, until))),

  'reminders/dismiss': async ({ id }, context) =>
    result(
      await changeReminders((data, now) => {
        ownReminder(data.reminders, id, context);
        return dismiss(data.reminders, id, now, 'dismissed');
      }),
    ),

  'reminders/undo': async ({ id }, context) =>
    result(
      await changeReminders((data, now) => {
        ownReminder(data.reminders, id, context);
        return dismiss(data.reminders, id, now, 'undone');
      }),
    ),
};
