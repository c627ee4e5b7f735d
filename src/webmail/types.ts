/**
 * One interface over the webmail sites. An adapter only reads the page and finds places in it;
 * what to do with a thread (classify, mount, report) is decided by src/content.
 */
import type { Site } from '../core/messages';

/** Selectors tried in order until one matches: stable hooks first, hashed class names last. */
export type SelectorChain = readonly string[];

export interface ThreadMessage {
  element: Element;
  fromName: string;
  fromAddress: string | null;
  /** Addresses the message was sent to, as far as the page shows them. */
  to: string[];
  /** ISO-8601, or null when the page shows no date Gracious can read. */
  date: string | null;
  /** The body element, or null when the message is collapsed and its body is not in the page. */
  body: Element | null;
  /** Gmail clips long messages: the text in the page is then only the start. */
  clipped: boolean;
  /** Written by the signed-in user (matched on the address the page shows for the account). */
  byUser: boolean;
}

export interface OpenThread {
  site: Site;
  /** The site's own id for the thread (Gmail legacy thread id, Outlook conversation id). */
  threadKey: string;
  subject: string;
  subjectElement: Element;
  /** In page order, oldest first. */
  messages: ThreadMessage[];
}

export interface WebmailAdapter {
  readonly site: Site;
  /**
   * A cheap summary of what the open thread shows — which thread, how many messages, how many
   * bodies — or null when no thread is open. Called on every batch of page mutations, so it must
   * stay far below a frame: a few scoped lookups, no text reads.
   */
  fingerprint(doc: Document): string | null;
  readThread(doc: Document): OpenThread | null;
  /** The signed-in user's address as the page shows it, or null. */
  userAddress(doc: Document): string | null;
  /** Where the inline control goes: right after this element, or appended to it. */
  mountPoint(thread: OpenThread): { after: Element } | { inside: Element } | null;
  /** The site's plain-text version of a message body (quoted history left out). */
  bodyText(body: Element): string;
  /** The button that opens a reply to the newest message, or null. */
  replyButton(doc: Document): HTMLElement | null;
  /** The open reply editor, or null. */
  replyEditor(doc: Document): HTMLElement | null;
}
