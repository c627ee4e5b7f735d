import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, PopupPage, ToolbarPopup } from './pages/extension-pages';
import { WEBMAIL_URLS, WebmailTab } from './pages/webmail';
import { type LaunchedExtension, launchExtension } from './support/extension';

const DOCS = resolve(import.meta.dirname, '../../docs');
let extension: LaunchedExtension;

async function saveSettings(patch: Record<string, unknown>) {
  const popup = await PopupPage.openPopup(extension);
  expect(await popup.sendToWorker({ type: 'settings/save', payload: patch })).toMatchObject({ ok: true });
  await popup.page.close();
}

/** The popup with a decline to a recruiter written through the New note flow. */
async function popupWithDraft(): Promise<PopupPage> {
  const popup = await PopupPage.openPopup(extension);
  await popup.startNewNote();
  await popup.chooseSituation("I'm declining an offer");
  await popup.fillPeople({
    name: 'Dana Whitfield',
    role: 'Recruiter',
    email: 'dana@northwind.example',
    company: 'Northwind Robotics',
    jobTitle: 'Product Designer',
  });
  await popup.fillDetails({ reason: 'I accepted another offer', highlight: 'meeting the design team' });
  return popup;
}

beforeAll(async () => {
  extension = await launchExtension({ permissions: ['clipboard-read', 'clipboard-write'] });
  await saveSettings({ userName: 'Sam Rivera', signature: '' });
});

afterEach(() => {
  expect(extension.consoleErrors).toEqual([]);
});

afterAll(async () => {
  await extension?.close();
});

describe('the popup', () => {
  it('opens on an empty state that says what Gracious does and how to start', async () => {
    const popup = await PopupPage.openPopup(extension);
    await expect.poll(() => popup.emptyState().textContent()).toContain('Gmail and Outlook');
    await expect.poll(() => popup.emptyState().textContent()).toContain('To start');
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme });
      expect(await axeViolations(popup.page), colorScheme).toEqual([]);
    }
    await popup.page.close();
  });

  it('writes a draft from the New note flow, with what the user typed and their name', async () => {
    const popup = await popupWithDraft();
    const body = await popup.body().inputValue();
    expect(body).toContain('Dana');
    expect(body).toContain('Northwind Robotics');
    expect(body).toContain('Sam Rivera');
    expect(await popup.subject().inputValue()).not.toBe('');
    await expect.poll(() => popup.warnings().textContent()).toBe('Looks gracious: nothing to fix.');
    await popup.page.close();
  });

  it("checks the user's own edits as they type", async () => {
    const popup = await popupWithDraft();
    await popup.body().pressSequentially(' Frankly, the salary was insulting.');
    await expect.poll(() => popup.warnings().getAttribute('aria-live')).toBe('polite');
    await popup.page.locator('[data-warning-code="negative-phrasing"]').waitFor();
    await popup.page.close();
  });

  it('has no accessibility violations with a draft shown, light and dark, and saves the screenshots', async () => {
    const popup = await popupWithDraft();
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme });
      expect(await axeViolations(popup.page), colorScheme).toEqual([]);
      await popup.page.screenshot({ path: resolve(DOCS, `popup-${colorScheme}.png`), fullPage: true });
    }
    await popup.page.close();
  });

  it('copies the message to the clipboard', async () => {
    const popup = await popupWithDraft();
    await popup.copy();
    await expect.poll(() => popup.status().textContent()).toContain('Copied');
    expect(await popup.readClipboard()).toBe(await popup.body().inputValue());
    await popup.page.close();
  });

  it('says clearly that "Insert into reply" needs a webmail reply when there is none', async () => {
    const popup = await popupWithDraft();
    await expect.poll(() => popup.insertButton().getAttribute('aria-disabled')).toBe('true');
    const hint = popup.page.locator(`[id="${await popup.insertButton().getAttribute('aria-describedby')}"]`);
    await expect.poll(() => hint.textContent()).toContain('Open your Gmail or Outlook reply first');
    await popup.insertWithKeyboard();
    await expect.poll(() => popup.status().textContent()).toContain('Open your Gmail or Outlook reply first');
    await popup.page.close();
  });

  it.each([
    ['Gmail', { gmail: true, outlook: false }, 'https://mail.google.com/mail/', { to: 'to', subject: 'su' }],
    [
      'Outlook',
      { gmail: false, outlook: true },
      'https://outlook.office.com/mail/deeplink/compose',
      { to: 'to', subject: 'subject' },
    ],
  ])('opens a new %s email filled with recipient, subject and message', async (_site, sites, base, params) => {
    await saveSettings({ sites });
    const popup = await popupWithDraft();
    const subject = await popup.subject().inputValue();
    const body = await popup.body().inputValue();
    const opened = await popup.openNewEmail();
    const url = new URL(opened.url());
    expect(url.origin + url.pathname).toBe(base);
    expect(url.searchParams.get(params.to)).toBe('dana@northwind.example');
    expect(url.searchParams.get(params.subject)).toBe(subject);
    expect(url.searchParams.get('body')).toBe(body);
    await opened.close();
    await popup.page.close();
    await saveSettings({ sites: { gmail: true, outlook: true } });
  });
});

describe('the toolbar popup over a webmail tab', () => {
  it.each([
    ['Gmail (second account)', 'https://mail.google.com/mail/u/1/#inbox', 'https://mail.google.com/mail/u/1/'],
    ['Outlook (live.com)', WEBMAIL_URLS.outlookLive, 'https://outlook.live.com/mail/deeplink/compose'],
  ])('offers "Insert into reply" and opens the new email on the site of the tab: %s', async (_site, tabUrl, base) => {
    const tab = await WebmailTab.open(extension, tabUrl);
    const popup = await ToolbarPopup.openOver(extension, tab.page);
    await popup.clickButton('New note');
    await popup.chooseSituation('after-interview');
    await popup.fill('Their name', 'Dana Whitfield');
    await popup.fill('Company', 'Northwind Robotics');
    await popup.clickButton('Next');
    await popup.clickButton('Write the draft');
    await popup.waitForDraft();
    expect(await popup.insertDisabled()).toBeNull();

    const [opened] = await Promise.all([extension.context.waitForEvent('page'), popup.clickButton('Open a new email')]);
    await opened.waitForURL(/^https:/);
    const url = new URL(opened.url());
    expect(url.origin + url.pathname).toBe(base);
    expect(url.searchParams.get('body')).toContain('Dana');
    await opened.close();
    await popup.close();
    await tab.page.close();
  });
});
