/** Handlers for what webmail tabs report. */
import type { Handlers } from '../router';

export const webmailHandlers: Pick<Handlers, 'detected' | 'replied'> = {
  // Reminders are created from these once the Reminders capability lands; until then they are
  // validated by the router and acknowledged.
  detected: async () => ({ acknowledged: true }),
  replied: async () => ({ acknowledged: true }),
};
