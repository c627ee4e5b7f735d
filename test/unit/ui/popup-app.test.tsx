// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as compose from '../../../src/core/compose';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { App, preloadSteps } from '../../../src/popup/app';
import { StoreContext } from '../../../src/popup/context';
import { createStore, type PopupServices } from '../../../src/popup/store';
import { i18nMode } from './fake-browser';

// No worker runs in a DOM test: the reminders list hears so, as it would if the worker were unreachable.
vi.mock('../../../src/platform/browser', async () => ({
  askWorker: async () => ({ ok: false, error: 'no service worker in a DOM test' }),
}));

function services(): PopupServices {
  return {
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, userName: 'Sam Rivera' }),
    findWebmailTab: async () => null,
    loadComposer: async () => compose,
    copyText: async () => true,
    insertIntoTab: async () => true,
    openUrl: async () => undefined,
    openOptions: async () => undefined,
  };
}

let root: HTMLElement;

async function mount() {
  const store = createStore(services());
  await act(async () => {
    render(
      <StoreContext value={store}>
        <App />
      </StoreContext>,
      root,
    );
    await store.start();
    // The New note steps load after the first render; a user's first click comes later still.
    await preloadSteps();
  });
  return store;
}

const byText = (selector: string, text: string) =>
  [...root.querySelectorAll<HTMLElement>(selector)].find((el) => el.textContent?.includes(text));

async function click(element: HTMLElement | undefined | null) {
  expect(element).toBeTruthy();
  await act(async () => element!.click());
}

async function type(name: string, value: string) {
  const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`);
  expect(field, name).toBeTruthy();
  await act(async () => {
    field!.value = value;
    field!.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  // `act` holds renders until it ends; work the page defers until after a render runs now.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** From the empty state to the draft view, through the DOM. */
async function walkToDraft() {
  await click(byText('button', 'New note'));
  await click(root.querySelector<HTMLElement>('[data-situation="decline-offer"]'));
  await type('recipientName', 'Dana Lee');
  await type('company', 'Acme Robotics');
  await submit();
  await submit();
  // The draft waits for the writer's import(), which a cold test run may still be transforming.
  await vi.waitFor(() => expect(root.querySelector('[name="body"]')).toBeTruthy());
}

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  i18nMode.keysOnly = false;
});

describe('the popup, rendered', () => {
  it('renders its header and the view it opens on at once, before the worker has answered anything', () => {
    const store = createStore({ ...services(), loadSettings: () => new Promise<never>(() => undefined) });
    render(
      <StoreContext value={store}>
        <App />
      </StoreContext>,
      root,
    );
    void store.start();
    expect(root.querySelector('h1')?.textContent).toBe('Gracious');
    expect(root.querySelector('[data-gracious="empty-state"]')).toBeTruthy();
    expect(byText('button', 'New note')).toBeTruthy();
  });

  it('opens on an empty state that says what Gracious does and how to start', async () => {
    await mount();
    expect(root.querySelector('h1')?.textContent).toBe('Gracious');
    const empty = root.querySelector('[data-gracious="empty-state"]');
    expect(empty?.textContent).toContain('Gmail and Outlook');
    expect(byText('button', 'New note')).toBeTruthy();
  });

  it('moves focus to the heading of each new step', async () => {
    await mount();
    await click(byText('button', 'New note'));
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.textContent).toBe('What is the note for?');
    await click(root.querySelector<HTMLElement>('[data-situation="after-interview"]'));
    expect(document.activeElement?.textContent).toBe('Who is it for?');
  });

  it('shows what is missing next to each field, and focuses the first one', async () => {
    await mount();
    await click(byText('button', 'New note'));
    await click(root.querySelector<HTMLElement>('[data-situation="withdraw"]'));
    await submit();
    const name = root.querySelector<HTMLInputElement>('[name="recipientName"]')!;
    expect(name.getAttribute('aria-invalid')).toBe('true');
    const errorId = name
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(root.querySelector(`[id="${errorId}"]`)?.textContent).toBe(
      'Enter the name of the person you are writing to.',
    );
    expect(document.activeElement).toBe(name);
  });

  it("writes a draft and checks the user's edits live, in a polite live region", async () => {
    await mount();
    await walkToDraft();
    const body = root.querySelector<HTMLTextAreaElement>('[name="body"]')!;
    expect(body.value).toContain('Dana');
    expect(body.value).toContain('Acme Robotics');
    const region = root.querySelector('[data-gracious="warnings"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.textContent).toBe('Looks gracious: nothing to fix.');

    await type('body', `${body.value}\nHonestly the process was a waste of time.`);
    expect(region.querySelector('[data-warning-code="negative-phrasing"]')?.textContent).toContain('How to fix:');
  });

  it('asks before rewriting text the user edited', async () => {
    await mount();
    await walkToDraft();
    await type('body', 'Hi Dana, thank you for everything. I hope we stay in touch.');
    const tone = root.querySelector<HTMLSelectElement>('[name="tone"]')!;
    await act(async () => {
      tone.value = 'formal';
      tone.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector<HTMLTextAreaElement>('[name="body"]')!.value).toContain('thank you for everything');
    expect(root.querySelector('[data-gracious="rewrite-question"]')).toBeTruthy();
    await click(byText('button', 'Write it again'));
    expect(root.querySelector('[data-gracious="rewrite-question"]')).toBeNull();
    expect(root.querySelector<HTMLTextAreaElement>('[name="body"]')!.value).not.toContain('thank you for everything');
  });

  it('explains why "Insert into reply" cannot work without a webmail tab', async () => {
    await mount();
    await walkToDraft();
    const insert = byText('button', 'Insert into reply')!;
    expect(insert.getAttribute('aria-disabled')).toBe('true');
    const hint = root.querySelector(`[id="${insert.getAttribute('aria-describedby')}"]`);
    expect(hint?.textContent).toContain('Open your Gmail or Outlook reply first');
    await click(insert);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('Open your Gmail or Outlook reply first');
  });

  it('takes every string from _locales: with no strings loaded, only keys show', async () => {
    i18nMode.keysOnly = true;
    const seen = new Set<string>();
    const collect = () => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        if (text) seen.add(text);
      }
      for (const el of root.querySelectorAll('[aria-label],[placeholder],[title]')) {
        for (const name of ['aria-label', 'placeholder', 'title']) {
          const value = el.getAttribute(name);
          if (value) seen.add(value);
        }
      }
    };
    await mount();
    collect();
    await click(byText('button', 'popup_new_note'));
    collect();
    await click(root.querySelector<HTMLElement>('[data-situation="after-interview"]'));
    await submit();
    collect();
    await type('recipientName', 'Dana Lee');
    await type('company', 'Acme Robotics');
    await submit();
    collect();
    await submit();
    collect();
    expect(root.querySelector('[name="body"]')).toBeTruthy();
    expect([...seen].filter((text) => !/^(ui|popup)_[a-z0-9_]+$/.test(text))).toEqual([]);
  });
});
