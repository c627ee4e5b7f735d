/** Outlook on the web (live.com, office.com, office365.com, cloud.microsoft): reads the reading pane. */
import {
  bodyToText,
  countFilled,
  filled,
  findAddress,
  firstShown,
  parseShownDate,
  queryAll,
  queryFirst,
  textOf,
} from '../dom';
import type { OpenThread, SelectorChain, ThreadMessage, WebmailAdapter } from '../types';
import { OUTLOOK } from './selectors';

const HISTORY = OUTLOOK.historyStart.join(', ');
const QUOTED = OUTLOOK.quoted.join(', ');

/**
 * `queryFirst` for a long-lived, unique element (a reading pane): the last match is reused while it
 * is still in the page and still matches a level of the chain, so a check costs no document walk.
 */
function cachedFirst<T extends Element = Element>(
  doc: Document,
  chain: SelectorChain,
  cache: { el?: T | null },
): T | null {
  const last = cache.el;
  if (last?.isConnected && last.ownerDocument === doc && chain.some((s) => last.matches(s))) return last;
  cache.el = queryFirst<T>(doc, chain);
  return cache.el;
}

const paneCache: { el?: Element | null } = {};

function conversation(doc: Document): Element | null {
  const pane = cachedFirst(doc, OUTLOOK.readingPane, paneCache);
  return pane ? queryFirst(pane, OUTLOOK.conversation) : null;
}

/** The conversation id of the list's selection, else the item id in the route (/id/<id>). */
function threadKeyOf(doc: Document): string | null {
  const selected = queryFirst(doc, OUTLOOK.selectedItem)?.getAttribute('data-convid');
  if (selected) return selected;
  const route = /\/id\/([^/?#]+)/.exec(doc.defaultView?.location.pathname ?? '');
  return route?.[1] ? `route:${decodeURIComponent(route[1])}` : null;
}

function senderOf(message: Element): Element | null {
  for (const selector of OUTLOOK.sender) {
    for (const el of message.querySelectorAll(selector)) {
      if (!el.closest(OUTLOOK.recipientWell[0])) return el;
    }
  }
  return null;
}

function readMessage(element: Element, user: string | null): ThreadMessage {
  const sender = senderOf(element);
  const fromAddress = findAddress(sender?.getAttribute('title')) ?? findAddress(sender?.textContent);
  const label = sender?.closest('[aria-label]');
  const name = textOf(label?.querySelector('.OZZZK')) || textOf(sender);
  return {
    element,
    fromName: name.replace(/<[^>]*>/g, '').trim(),
    fromAddress,
    to: queryAll(element, OUTLOOK.recipients)
      .map((el) => findAddress(el.getAttribute('title')))
      .filter((a): a is string => a !== null),
    date: parseShownDate(textOf(queryFirst(element, OUTLOOK.date))),
    body: filled(queryFirst(element, OUTLOOK.body)),
    clipped: false,
    byUser: user !== null && fromAddress === user,
  };
}

export const outlookAdapter: WebmailAdapter = {
  site: 'outlook',

  fingerprint(doc) {
    const conv = conversation(doc);
    if (!conv) return null;
    const subject = queryFirst(conv, OUTLOOK.subject);
    if (!subject) return null;
    // pushState fires no event: the route is part of what a change looks like (OWA routes every
    // conversation it opens, so the list's selection need not be read here).
    return `${doc.defaultView?.location.pathname}|${subject.getAttribute('title')}|${conv.querySelectorAll(OUTLOOK.message[0]).length}|${countFilled(conv.querySelectorAll(OUTLOOK.body[1]))}`;
  },

  readThread(doc) {
    const conv = conversation(doc);
    const subject = conv ? queryFirst<HTMLElement>(conv, OUTLOOK.subject) : null;
    if (!conv || !subject) return null;
    const threadKey = threadKeyOf(doc);
    if (!threadKey) return null;
    const user = this.userAddress(doc);
    return {
      site: 'outlook',
      threadKey,
      subject: subject.getAttribute('title') || textOf(subject),
      subjectElement: subject,
      messages: queryAll(conv, OUTLOOK.message).map((el) => readMessage(el, user)),
    };
  },

  userAddress(doc) {
    const account = queryFirst(doc, OUTLOOK.account);
    return (
      findAddress(account?.textContent) ??
      findAddress(account?.getAttribute('title')) ??
      findAddress(account?.getAttribute('aria-label'))
    );
  },

  mountPoint(thread: OpenThread) {
    return thread.subjectElement.isConnected ? { after: thread.subjectElement } : null;
  },

  bodyText(body) {
    return bodyToText(body, { skip: QUOTED, stopAt: HISTORY });
  },

  replyButton(doc) {
    const conv = conversation(doc) ?? doc;
    // Each expanded message has its own toolbar: reply to the newest, the last one in the pane.
    for (const selector of OUTLOOK.replyIcon) {
      const icons = [...conv.querySelectorAll<HTMLElement>(selector)];
      const last = icons.at(-1);
      if (last) return last.closest('button') ?? last;
    }
    return null;
  },

  replyEditor(doc) {
    return firstShown(queryAll<HTMLElement>(doc, OUTLOOK.replyEditor));
  },
};
