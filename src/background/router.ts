/**
 * Validates every message that reaches the worker — its envelope, its sender and its payload —
 * and hands it to the one handler registered for its name. Anything else gets a clear error.
 */
import * as v from 'valibot';
import { siteForUrl } from '../core/hosts';
import {
  describeIssues,
  EnvelopeSchema,
  type Origin,
  type Reply,
  type WorkerMessageName,
  type WorkerResponses,
  workerMessages,
} from '../core/messages';

/** The parts of `runtime.MessageSender` the router trusts, after checking them. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface HandlerContext {
  origin: Origin;
  tabId: number | undefined;
  url: string | undefined;
}

type PayloadOf<K extends WorkerMessageName> = v.InferOutput<(typeof workerMessages)[K]['request']>;

export type Handlers = {
  [K in WorkerMessageName]: (payload: PayloadOf<K>, context: HandlerContext) => Promise<WorkerResponses[K]>;
};

/** Works out who sent a message, or null when it is not from this extension at all. */
export function classifySender(sender: SenderInfo, extensionId: string, extensionOrigin: string): Origin | null {
  if (sender.id !== extensionId) return null;
  // The browser sets sender.url; an extension page keeps its own origin even when open in a tab.
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  // A content script's message carries its tab; its URL must be a webmail page we serve.
  if (sender.tab && siteForUrl(sender.url) && siteForUrl(sender.tab.url ?? sender.url)) return 'webmail';
  return null;
}

export function createRouter(handlers: Handlers, identity: { extensionId: string; extensionOrigin: string }) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Reply<unknown>> {
    const envelope = v.safeParse(EnvelopeSchema, message);
    if (!envelope.success) return { ok: false, error: `malformed message: ${describeIssues(envelope.issues)}` };
    const type = envelope.output.type;
    if (!Object.hasOwn(workerMessages, type)) return { ok: false, error: `unknown message type "${type}"` };
    const name = type as WorkerMessageName;
    const spec = workerMessages[name];

    const origin = classifySender(sender, identity.extensionId, identity.extensionOrigin);
    if (!origin) return { ok: false, error: `"${name}" rejected: the sender is not part of this extension` };
    if (!(spec.from as readonly Origin[]).includes(origin)) {
      return { ok: false, error: `"${name}" rejected: not accepted from ${origin}` };
    }

    const payload = v.safeParse(spec.request, envelope.output.payload);
    if (!payload.success) return { ok: false, error: `"${name}" rejected: ${describeIssues(payload.issues)}` };

    try {
      const handler = handlers[name] as (p: unknown, c: HandlerContext) => Promise<unknown>;
      const value = await handler(payload.output, {
        origin,
        tabId: sender.tab?.id,
        url: sender.tab?.url ?? sender.url,
      });
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: `"${name}" failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
}
