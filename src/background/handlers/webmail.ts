/**
 * Handlers for what webmail tabs report: a detected job email starts or updates the thread's
 * reminder (when reminders are automatic); a reply the user wrote marks those people thanked.
 */
import { applyReply, fromDetection, viewOf } from '../../core/reminders';
import { changeReminders, checkSite } from '../reminders';
import type { Handlers } from '../router';
import { readStore, updateStore } from '../store';

/** Hidden threads are kept as "<site>:<thread key>"; the list keeps the most recent 5000. */
const HIDDEN_LIMIT = 5000;
const hiddenKey = (ref: { site: string; threadKey: string }) => `${ref.site}:${ref.threadKey}`;

export const webmailHandlers: Pick<
  Handlers,
  'detected' | 'replied' | 'thread/hide' | 'thread/is-hidden' | 'thread/hidden-list'
> = {
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

  'thread/hide': async (ref, context) => {
    checkSite(context, ref.site);
    const key = hiddenKey(ref);
    return updateStore((data) => {
      if (data.hiddenThreads.includes(key)) return { keys: [], result: { hidden: true as const } };
      data.hiddenThreads = [...data.hiddenThreads, key].slice(-HIDDEN_LIMIT);
      return { keys: ['hiddenThreads'], result: { hidden: true as const } };
    });
  },

  'thread/is-hidden': async (ref, context) => {
    checkSite(context, ref.site);
    return { hidden: (await readStore()).hiddenThreads.includes(hiddenKey(ref)) };
  },

  'thread/hidden-list': async ({ site }, context) => {
    checkSite(context, site);
    const prefix = `${site}:`;
    const threadKeys = (await readStore()).hiddenThreads.filter((key) => key.startsWith(prefix));
    return { threadKeys: threadKeys.map((key) => key.slice(prefix.length)) };
  },
};
