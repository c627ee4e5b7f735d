/** The adapters read each saved page's threads as contract 3 says: newest message from others, as text. */
import { afterAll, describe, expect, it } from 'vitest';
import { bodyToText, MAX_BODY_CHARS } from '../../../src/webmail/dom';
import { ADAPTERS } from '../../../src/webmail/index';
import { newestFromOthers, toEmailInput } from '../../../src/webmail/read';
import { userRepliesAfter } from '../../../src/webmail/replies';
import { USER_ADDRESS } from '../../fixtures/webmail/threads';
import { type LoadedPage, loadPage, openThread, PAGES, pageThread } from './fixture-dom';

const opened: LoadedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((p) => p.close()));
});

describe.each(PAGES.map((p) => [`${p.site}/${p.name}.html`, p] as const))('adapter on %s', (_file, page) => {
  const loaded = loadPage(page);
  opened.push(loaded);
  const adapter = ADAPTERS[page.site];

  it('sees no thread while the list is shown, and reads the signed-in address', () => {
    expect(adapter.fingerprint(loaded.document)).toBeNull();
    expect(adapter.readThread(loaded.document)).toBeNull();
    expect(adapter.userAddress(loaded.document)).toBe(USER_ADDRESS[page.site]);
  });

  it.each(page.threads)('reads thread %s', (key) => {
    const fixture = pageThread(loaded, key);
    const rendered = openThread(loaded, key);
    const thread = adapter.readThread(loaded.document);
    expect(thread).not.toBeNull();
    if (!thread) return;
    expect(thread.threadKey).toBe(page.site === 'gmail' ? fixture.gmailThreadId : fixture.outlookConvId);
    expect(thread.subject).toBe(fixture.subject);
    expect(thread.messages.map((m) => m.fromAddress)).toEqual(fixture.messages.map((m) => m.from.email));
    expect(thread.messages.map((m) => m.byUser)).toEqual(
      fixture.messages.map((m) => m.from.email === USER_ADDRESS[page.site]),
    );
    expect(thread.messages.map((m) => m.body !== null)).toEqual(fixture.messages.map((m) => !m.collapsed));
    expect(adapter.mountPoint(thread)).toEqual({ after: thread.subjectElement });

    const expected = [...fixture.messages]
      .reverse()
      .find((m) => !m.collapsed && m.from.email !== USER_ADDRESS[page.site]);
    const newest = newestFromOthers(thread);
    expect(newest ? thread.messages.indexOf(newest) : -1).toBe(expected ? fixture.messages.indexOf(expected) : -1);
    if (newest && expected) {
      const email = toEmailInput(adapter, thread, newest);
      expect(email.from).toBe(`${expected.from.name} <${expected.from.email}>`);
      expect(email.to).toBe(expected.to.map((p) => p.email).join(', '));
      expect(email.date && Math.abs(Date.parse(email.date) - Date.parse(expected.date))).toBeLessThan(60_000);
      // The text of the message, as text: no markup, no script source, no quoted history.
      const lead = expected.html
        .replace(/<[^>]+>/g, ' ')
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 6)
        .join(' ');
      expect(email.body.replace(/\s+/g, ' ')).toContain(lead);
      expect(email.body).not.toMatch(/<|__pwned|onerror|gmail_quote/);
      expect(email.body).not.toContain('works well for me');
      expect(newest.clipped).toBe(Boolean(expected.clipped) && page.site === 'gmail');
    }
    const replies = newest ? userRepliesAfter(thread, newest) : [];
    expect(replies.flatMap((m) => m.to)).toEqual(fixture.expectRepliedTo ?? []);

    expect(adapter.replyEditor(loaded.document)).toBeNull();
    expect(adapter.replyButton(loaded.document)).not.toBeNull();
    const editor = rendered.openReply();
    expect(adapter.replyEditor(loaded.document)).toBe(editor);
    // Outlook's fingerprint follows the route and the subject; Gmail's the thread id in the DOM.
    expect(adapter.fingerprint(loaded.document)).toContain(
      page.site === 'gmail' ? fixture.gmailThreadId : fixture.subject,
    );
  });
});

describe('bodyToText', () => {
  it('walks a tree thousands of levels deep without recursion', async () => {
    const { Window } = await import('happy-dom');
    const window = new Window();
    const document = window.document as unknown as Document;
    const root = document.createElement('div');
    let node: Element = root;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement(i % 2 ? 'span' : 'div');
      node.append(child);
      node = child;
    }
    node.textContent = 'We are pleased to offer you the role';
    expect(bodyToText(root)).toBe('We are pleased to offer you the role');
    await window.happyDOM.close();
  });

  it('caps a huge body and leaves out scripts, styles and hidden parts', async () => {
    const { Window } = await import('happy-dom');
    const window = new Window();
    const document = window.document as unknown as Document;
    const root = document.createElement('div');
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = 1';
    const style = document.createElement('style');
    style.textContent = 'p { color: red }';
    const hidden = document.createElement('p');
    hidden.style.display = 'none';
    hidden.textContent = 'preheader offer';
    const p = document.createElement('p');
    p.textContent = 'x'.repeat(MAX_BODY_CHARS * 2);
    root.append(script, style, hidden, p);
    const text = bodyToText(root);
    expect(text.length).toBeGreaterThan(MAX_BODY_CHARS - 10);
    expect(text.length).toBeLessThanOrEqual(MAX_BODY_CHARS);
    expect(text).not.toMatch(/pwned|color|preheader/);
    await window.happyDOM.close();
  });
});
