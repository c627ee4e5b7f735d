/** Gmail (mail.google.com): reads the open thread from the DOM Gmail renders. */
import {
  bodyToText,
  countFilled,
  filled,
  findAddress,
  firstShown,
  isShown,
  parseShownDate,
  queryAll,
  queryFirst,
  textOf,
} from '../dom';
import type { OpenThread, SelectorChain, ThreadMessage, WebmailAdapter } from '../types';
import { GMAIL, SUBJECT_CLASS } from './selectors';

const QUOTED = GMAIL.quoted.join(', ');

/**
 * `queryAll` for a chain whose every selector requires the class `className`, checked among the
 * elements carrying that class: the browser keeps that collection live and cheap, where a
 * document-wide query walks thousands of nodes on every mutation batch.
 */
function queryAllWithClass<T extends Element = Element>(doc: Document, className: string, chain: SelectorChain): T[] {
  const candidates = doc.getElementsByClassName(className);
  for (const selector of chain) {
    const found: T[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const el = candidates[i]!;
      if (el.matches(selector)) found.push(el as T);
    }
    if (found.length) return found;
  }
  return [];
}

function openSubject(doc: Document): HTMLElement | null {
  return firstShown(queryAllWithClass<HTMLElement>(doc, SUBJECT_CLASS, GMAIL.subject));
}

/** The container of the shown thread: the thread view around the subject. */
function threadRoot(subject: Element): Element {
  return subject.closest('.g.id') ?? subject.closest('[role=main]') ?? subject.ownerDocument.body;
}

function threadKeyOf(subject: Element, doc: Document): string | null {
  const id = subject.getAttribute('data-legacy-thread-id') ?? subject.getAttribute('data-thread-perm-id');
  if (id) return id;
  // Without an id in the DOM, the route's id still tells threads apart (it is not the thread id).
  const route = /\/([A-Za-z0-9]{16,})$/.exec(doc.defaultView?.location.hash ?? '');
  return route ? `route:${route[1]}` : null;
}

function readMessage(element: Element, user: string | null): ThreadMessage {
  const sender = queryFirst(element, GMAIL.sender);
  const fromAddress = findAddress(sender?.getAttribute('email')) ?? findAddress(sender?.textContent);
  const body = filled(queryFirst(element, GMAIL.body));
  return {
    element,
    fromName: sender?.getAttribute('name') ?? textOf(sender),
    fromAddress,
    to: queryAll(element, GMAIL.recipients)
      .map((el) => findAddress(el.getAttribute('email')))
      .filter((a): a is string => a !== null),
    date: parseShownDate(queryFirst(element, GMAIL.date)?.getAttribute('title')),
    body,
    clipped: queryFirst(element, GMAIL.clipped) !== null,
    byUser: user !== null && fromAddress === user,
  };
}

export const gmailAdapter: WebmailAdapter = {
  site: 'gmail',

  fingerprint(doc) {
    const subject = openSubject(doc);
    if (!subject) return null;
    const root = threadRoot(subject);
    const key = threadKeyOf(subject, doc) ?? '';
    return `${key}|${root.querySelectorAll(GMAIL.message[0]).length}|${countFilled(root.querySelectorAll(GMAIL.body[0]))}`;
  },

  readThread(doc) {
    const subject = openSubject(doc);
    if (!subject) return null;
    const threadKey = threadKeyOf(subject, doc);
    if (!threadKey) return null;
    const root = threadRoot(subject);
    const user = this.userAddress(doc);
    return {
      site: 'gmail',
      threadKey,
      subject: textOf(subject),
      subjectElement: subject,
      messages: queryAll(root, GMAIL.message).map((el) => readMessage(el, user)),
    };
  },

  userAddress(doc) {
    const account = queryFirst(doc, GMAIL.account);
    // The window title reads "Inbox (3) - name@example.com - Gmail" in every language.
    return findAddress(account?.getAttribute('aria-label')) ?? findAddress(doc.title);
  },

  mountPoint(thread: OpenThread) {
    if (thread.subjectElement.isConnected) return { after: thread.subjectElement };
    const toolbar = firstShown(queryAll(thread.subjectElement.ownerDocument, GMAIL.toolbar));
    return toolbar ? { inside: toolbar } : null;
  },

  bodyText(body) {
    return bodyToText(body, { skip: QUOTED });
  },

  replyButton(doc) {
    for (const selector of GMAIL.replyButton) {
      // Gmail A/B tests a second reply bar inside a table: take the shown one outside tables first.
      const shown = [...doc.querySelectorAll<HTMLElement>(selector)].filter(isShown);
      const pick = shown.find((el) => !el.closest('table')) ?? shown.at(-1);
      if (pick) return pick;
    }
    return null;
  },

  replyEditor(doc) {
    return firstShown(queryAll<HTMLElement>(doc, GMAIL.replyEditor));
  },
};
