/**
 * The user's own replies in an open thread (contract 3), which only a job email's side reads (the
 * "replied" report, src/content/job.ts): apart from ./read.ts, so every webmail page does not load it.
 */
import type { OpenThread, ThreadMessage } from './types';

/** Messages the user wrote after `message`, in page order. */
export function userRepliesAfter(thread: OpenThread, message: ThreadMessage): ThreadMessage[] {
  const index = thread.messages.indexOf(message);
  return index < 0 ? [] : thread.messages.slice(index + 1).filter((m) => m.byUser);
}
