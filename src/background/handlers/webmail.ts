/**
 * Handlers for what webmail tabs report: a detected job email starts or updates the thread's
 * reminder (when reminders are automatic); a reply the user wrote marks those people thanked.
 */
import { applyReply, fromDetection, viewOf } from '../../core/reminders';
import { changeReminders, checkSite } from '../reminders';
import type { Handlers } from '../router';

export const webmailHandlers: Pick<Handlers, 'detected' | 'replied'> = {
  detected: async (detection, context) => {
    checkSite(context, detection.site);
    const { change, settings, now } = await changeReminders((data, now) =>
      fromDetection(data.reminders, detection, data.settings, now),
    );
    return {
      acknowledged: true,
      reminder: change.reminder ? viewOf(change.reminder, settings, now) : null,
      created: change.created,
    };
  },

  replied: async (reply, context) => {
    checkSite(context, reply.site);
    let thanked = 0;
    await changeReminders((data, now) => {
      const change = applyReply(
        data.reminders,
        { ...reply, at: reply.at ? Date.parse(reply.at) : null },
        data.settings,
        now,
      );
      thanked = change.thanked;
      return change;
    });
    return { acknowledged: true, thanked };
  },
};
