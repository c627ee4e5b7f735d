/** What Gracious takes from an open thread, the same way on every site (contract 3). */
import type { EmailInput } from '../core/detect/types';
import type { OpenThread, ThreadMessage, WebmailAdapter } from './types';

/**
 * The message detection looks at: the last one whose body is in the page, skipping the user's own.
 * Webmail keeps the newest expanded when a thread opens; nothing is expanded or fetched here.
 */
export function newestFromOthers(thread: OpenThread): ThreadMessage | null {
  return thread.messages.findLast((message) => message.body && !message.byUser) ?? null;
}

/** How many of the thread's messages have their body in the page (0 without a thread). */
export function bodiesIn(thread: OpenThread | null): number {
  return thread?.messages.filter((m) => m.body).length ?? 0;
}

/** The email as detection reads it; the body is plain text, never markup. */
export function toEmailInput(adapter: WebmailAdapter, thread: OpenThread, message: ThreadMessage): EmailInput {
  const from = message.fromAddress
    ? message.fromName && message.fromName !== message.fromAddress
      ? `${message.fromName} <${message.fromAddress}>`
      : message.fromAddress
    : message.fromName;
  return {
    subject: thread.subject,
    from,
    ...(message.to.length ? { to: message.to.join(', ') } : {}),
    ...(message.date ? { date: message.date } : {}),
    body: message.body ? adapter.bodyText(message.body) : '',
  };
}
