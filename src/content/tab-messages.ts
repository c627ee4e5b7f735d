/**
 * Checks a message sent to this tab the way the worker's router checks its own: the sender is this
 * extension (the worker or one of its pages, never a tab), then the envelope and the payload
 * against the one message map (src/core/messages.ts). Loaded by import() on the first message, so
 * valibot and the map stay out of what every webmail page loads.
 */
import * as v from 'valibot';
import { describeIssues, EnvelopeSchema, type Reply, type TabMessageName, tabMessages } from '../core/messages';
import type { TabMessageSender } from '../platform/content-runtime';

export interface CheckedTabMessage {
  type: TabMessageName;
  payload: v.InferOutput<(typeof tabMessages)[TabMessageName]['request']>;
}

/** The message as its schema reads it, or the reason it is refused (to send back as the reply). */
export function checkTabMessage(
  message: unknown,
  sender: TabMessageSender,
  extension: { id: string; origin: string },
): { ok: true; value: CheckedTabMessage } | Extract<Reply<never>, { ok: false }> {
  if (sender.id !== extension.id || (sender.url && !sender.url.startsWith(extension.origin)) || sender.tab)
    return { ok: false, error: 'rejected: the sender is not part of this extension' };
  const envelope = v.safeParse(EnvelopeSchema, message);
  if (!envelope.success) return { ok: false, error: `malformed message: ${describeIssues(envelope.issues)}` };
  const type = envelope.output.type;
  if (!Object.hasOwn(tabMessages, type)) return { ok: false, error: `unknown message type "${type}"` };
  const name = type as TabMessageName;
  const payload = v.safeParse(tabMessages[name].request, envelope.output.payload);
  if (!payload.success) return { ok: false, error: `"${name}" rejected: ${describeIssues(payload.issues)}` };
  return { ok: true, value: { type: name, payload: payload.output } };
}
