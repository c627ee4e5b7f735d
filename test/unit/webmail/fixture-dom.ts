/**
 * Loads a saved webmail page into happy-dom (its scripts not run) and renders one of its threads
 * with the page's own renderer, so unit tests see what the browser would after a navigation.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import * as gmailRender from '../../fixtures/webmail/gmail/render.js';
import * as outlookRender from '../../fixtures/webmail/outlook/render.js';
import { type FixturePage, type FixtureThread, PAGES, threadByKey } from '../../fixtures/webmail/threads';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/webmail');

const URLS = { gmail: 'https://mail.google.com/mail/u/0/', outlook: 'https://outlook.live.com/mail/0/' } as const;

export interface LoadedPage {
  window: Window;
  document: Document;
  page: FixturePage;
  close(): Promise<void>;
}

export function loadPage(page: FixturePage, hash = ''): LoadedPage {
  const window = new Window({
    url: URLS[page.site] + hash,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const html = readFileSync(join(FIXTURES, page.site, `${page.name}.html`), 'utf8');
  window.document.write(html);
  return {
    window,
    document: window.document as unknown as Document,
    page,
    close: () => window.happyDOM.close(),
  };
}

/** The thread as the page's JSON holds it (with the signed-in address filled in). */
export function pageThread(loaded: LoadedPage, key: string): FixtureThread {
  const data = JSON.parse(loaded.document.getElementById('fixture-data')!.textContent!);
  return data.threads.find((t: FixtureThread) => t.key === key);
}

export interface Rendered {
  view: Element;
  openReply(): HTMLElement;
}

/** Renders a thread as the page's script does on navigation, bodies included. */
export function openThread(loaded: LoadedPage, key: string): Rendered {
  const { page, document } = loaded;
  const thread = pageThread(loaded, key);
  const win = loaded.window as unknown as typeof globalThis;
  const user = JSON.parse(document.getElementById('fixture-data')!.textContent!).page.user;
  if (page.site === 'gmail') {
    const host = document.querySelector(page.preview ? '.apN' : '#thread-host')!;
    host.replaceChildren();
    const rendered = gmailRender.renderThread(win, host, thread, { container: page.container, user });
    rendered.fill();
    return { view: rendered.view, openReply: () => gmailRender.renderReplyBox(win, rendered.view) };
  }
  const pane = document.getElementById('ConversationReadingPaneContainer')!;
  for (const item of document.querySelectorAll('#MailList [aria-selected="true"]'))
    item.setAttribute('aria-selected', 'false');
  document.querySelector(`#MailList [data-convid="${thread.outlookConvId}"]`)?.setAttribute('aria-selected', 'true');
  const rendered = outlookRender.renderConversation(win, pane, thread, { user });
  rendered.fill();
  return { view: rendered.view, openReply: () => outlookRender.renderReplyForm(win, rendered.view) };
}

export { PAGES, threadByKey };
