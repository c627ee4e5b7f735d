/**
 * Counts the matches of every level of every selector chain on every saved webmail page, for every
 * thread the page holds. A site change that breaks a hook shows up here as a count that moved.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { GMAIL } from '../../../src/webmail/gmail/selectors';
import { OUTLOOK } from '../../../src/webmail/outlook/selectors';
import type { FixturePage, FixtureThread } from '../../fixtures/webmail/threads';
import { type LoadedPage, loadPage, openThread, PAGES, pageThread } from './fixture-dom';

type Counts = Record<string, number[]>;

function count(root: ParentNode, chains: Record<string, readonly string[]>): Counts {
  return Object.fromEntries(
    Object.entries(chains).map(([name, chain]) => [name, chain.map((s) => root.querySelectorAll(s).length)]),
  );
}

const pick = <T extends Record<string, readonly string[]>>(chains: T, names: (keyof T)[]) =>
  Object.fromEntries(names.map((n) => [n, chains[n]!])) as Record<string, readonly string[]>;

const GMAIL_PAGE = pick(GMAIL, ['account', 'threadContainer', 'subject', 'toolbar', 'replyEditor']);
const GMAIL_VIEW = pick(GMAIL, ['message', 'body', 'sender', 'recipients', 'date', 'clipped', 'quoted', 'replyButton']);
const OUTLOOK_PAGE = pick(OUTLOOK, [
  'account',
  'readingPane',
  'conversation',
  'subject',
  'selectedItem',
  'replyEditor',
]);
const OUTLOOK_VIEW = pick(OUTLOOK, [
  'message',
  'body',
  'sender',
  'recipientWell',
  'recipients',
  'date',
  'historyStart',
  'quoted',
  'replyIcon',
]);

function shape(thread: FixtureThread) {
  const all = thread.messages.length;
  const expanded = thread.messages.filter((m) => !m.collapsed);
  return {
    all,
    expanded: expanded.length,
    recipients: expanded.reduce((sum, m) => sum + m.to.length, 0),
    clipped: thread.messages.filter((m) => m.clipped).length,
    quoted: thread.messages.some((m) => m.quoted && !m.collapsed),
  };
}

function expectedGmail(page: FixturePage, thread: FixtureThread, replyOpen: boolean): { page: Counts; view: Counts } {
  const s = shape(thread);
  const legacy = page.container === 'legacy';
  return {
    page: {
      account: [1, 1, 1],
      threadContainer: legacy ? [0, 1, 0] : [1, 0, 0],
      subject: [1, 1, 1],
      toolbar: [1, 1],
      replyEditor: replyOpen ? [1, 1, 1] : [0, 0, 0],
    },
    view: {
      message: [s.all, s.all, s.all],
      body: [s.expanded, s.expanded, s.expanded],
      sender: [s.all, s.all, s.all],
      recipients: [s.recipients],
      date: [s.all, s.all],
      clipped: [s.clipped],
      // The trimmed block: .yj6qo, .adL, the quote div and its two nested blockquotes.
      quoted: [s.quoted ? 5 : 0],
      replyButton: [1, s.expanded, 0, 3],
    },
  };
}

function expectedOutlook(thread: FixtureThread, replyOpen: boolean): { page: Counts; view: Counts } {
  const s = shape(thread);
  return {
    page: {
      account: [1, 0, 0],
      readingPane: [1, 1],
      conversation: [1, 1],
      subject: [1, 1],
      selectedItem: [1, 1],
      replyEditor: replyOpen ? [1, 1, 1] : [0, 0, 0],
    },
    view: {
      message: [s.all, s.all, s.all],
      body: [s.expanded, s.expanded],
      // The second level also matches the recipients (each carries its address in a title).
      sender: [s.all, s.all + s.recipients, s.all],
      recipientWell: [s.expanded],
      recipients: [s.recipients],
      date: [s.all],
      historyStart: [s.quoted ? 2 : 0],
      quoted: [s.quoted ? 3 : 0],
      replyIcon: [s.expanded, s.expanded, s.expanded],
    },
  };
}

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

describe.each(PAGES.map((p) => [`${p.site}/${p.name}.html`, p] as const))('selectors on %s', (_file, page) => {
  const loaded = loadPage(page);
  opened.push(loaded);

  it('is a page of realistic size', () => {
    expect(loaded.document.getElementsByTagName('*').length).toBeGreaterThan(1800);
  });

  it('matches no thread selector while the list is shown', () => {
    const chains =
      page.site === 'gmail'
        ? pick(GMAIL, ['subject', 'message', 'body'])
        : pick(OUTLOOK, ['subject', 'message', 'body']);
    for (const counts of Object.values(count(loaded.document, chains))) expect(counts.every((n) => n === 0)).toBe(true);
  });

  it.each(page.threads)('counts every level on thread %s', (key) => {
    const thread = pageThread(loaded, key);
    const rendered = openThread(loaded, key);
    const [pageChains, viewChains] = page.site === 'gmail' ? [GMAIL_PAGE, GMAIL_VIEW] : [OUTLOOK_PAGE, OUTLOOK_VIEW];
    const before = page.site === 'gmail' ? expectedGmail(page, thread, false) : expectedOutlook(thread, false);
    expect(count(loaded.document, pageChains)).toEqual(before.page);
    expect(count(rendered.view, viewChains)).toEqual(before.view);

    rendered.openReply();
    const after = page.site === 'gmail' ? expectedGmail(page, thread, true) : expectedOutlook(thread, true);
    expect(count(loaded.document, pageChains)).toEqual(after.page);
  });
});
