/**
 * Messages to a webmail tab's content script: only this extension's worker and pages may send them,
 * and only in the shape the message map gives (src/core/messages.ts `tabMessages`).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkTabMessage } from '../../../src/content/tab-messages';
import { onTabMessage } from '../../../src/platform/content-runtime';

const extension = { id: 'gracious-id', origin: 'chrome-extension://gracious-id/' };
const popup = { id: extension.id, url: `${extension.origin}src/popup/index.html` };
const worker = { id: extension.id };
const insert = { type: 'insert-draft', payload: { text: 'Dear Dana,' } };

describe('checkTabMessage', () => {
  it('takes a valid message from the worker or an extension page', () => {
    for (const sender of [worker, popup])
      expect(checkTabMessage(insert, sender, extension)).toEqual({
        ok: true,
        value: { type: 'insert-draft', payload: { text: 'Dear Dana,' } },
      });
  });

  it.each([
    ['another extension', { id: 'other-id' }],
    ['another extension, claiming our page', { id: 'other-id', url: popup.url }],
    ['a web page', { id: extension.id, url: 'https://mail.google.com/mail/u/0/' }],
    ['a content script in a tab', { ...worker, tab: { id: 3 } as chrome.tabs.Tab }],
  ])('refuses a message from %s', (_, sender) => {
    expect(checkTabMessage(insert, sender, extension)).toEqual({
      ok: false,
      error: 'rejected: the sender is not part of this extension',
    });
  });

  it('refuses malformed envelopes, unknown types and payloads its schema rejects', () => {
    expect(checkTabMessage('insert-draft', worker, extension)).toMatchObject({ ok: false, error: /^malformed/ });
    expect(checkTabMessage({ type: 'x'.repeat(101) }, worker, extension)).toMatchObject({
      ok: false,
      error: /^malformed/,
    });
    expect(checkTabMessage({ type: 'format-disk', payload: {} }, worker, extension)).toEqual({
      ok: false,
      error: 'unknown message type "format-disk"',
    });
    expect(checkTabMessage({ type: 'toString' }, worker, extension)).toMatchObject({ ok: false, error: /^unknown/ });
    for (const payload of [undefined, {}, { text: '' }, { text: 'x'.repeat(20_001) }, { text: 7 }])
      expect(checkTabMessage({ type: 'insert-draft', payload }, worker, extension)).toMatchObject({
        ok: false,
        error: expect.stringMatching(/^"insert-draft" rejected: /),
      });
  });
});

describe('onTabMessage', () => {
  type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => unknown;
  const listeners = new Set<Listener>();
  vi.stubGlobal('chrome', {
    runtime: {
      onMessage: {
        addListener: (l: Listener) => listeners.add(l),
        removeListener: (l: Listener) => listeners.delete(l),
      },
    },
  });
  afterEach(() => listeners.clear());

  it('answers through sendResponse, keeping the channel open, until its signal aborts', async () => {
    const stop = new AbortController();
    onTabMessage(async (message) => ({ ok: true, value: message }), stop.signal);
    const [listener] = listeners;
    const reply = new Promise((resolve) => expect(listener?.('hello', worker, resolve)).toBe(true));
    expect(await reply).toEqual({ ok: true, value: 'hello' });
    stop.abort();
    expect(listeners.size).toBe(0);
  });

  it('sends a failed answer as {ok: false} rather than leaving the sender waiting', async () => {
    onTabMessage(async () => {
      throw new Error('the editor went away');
    }, new AbortController().signal);
    const [listener] = listeners;
    expect(await new Promise((resolve) => listener?.('hello', worker, resolve))).toEqual({
      ok: false,
      error: 'the editor went away',
    });
  });
});
