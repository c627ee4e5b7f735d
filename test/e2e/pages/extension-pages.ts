/** Page objects for the extension's own pages: popup, options and welcome. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { LaunchedExtension } from '../support/extension';

export const EXTENSION_PAGES = {
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
  welcome: 'src/options/welcome.html',
} as const;

export class ExtensionPage {
  constructor(readonly page: Page) {}

  static async open(extension: LaunchedExtension, which: keyof typeof EXTENSION_PAGES): Promise<ExtensionPage> {
    const page = await extension.newPage();
    await page.goto(extension.extensionUrl(EXTENSION_PAGES[which]));
    await page.waitForSelector('#app > *');
    return new ExtensionPage(page);
  }

  heading(): Promise<string> {
    return this.page
      .locator('h1')
      .first()
      .textContent()
      .then((text) => text ?? '');
  }

  /** Sends a raw message to the worker from this extension page, as the page's own code would. */
  sendToWorker<T>(message: unknown): Promise<T> {
    return this.page.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(resolve(import.meta.dirname, '../../../node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is. Extension pages forbid inline scripts (`script-src 'self'`),
 * so `addScriptTag` is blocked; evaluating the source through the DevTools protocol is not.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: Document): Promise<Result> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/** The popup, opened as a tab at the size of the real popup. */
export class PopupPage extends ExtensionPage {
  static async openPopup(extension: LaunchedExtension): Promise<PopupPage> {
    const page = await extension.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(extension.extensionUrl(EXTENSION_PAGES.popup));
    await page.waitForSelector('#app > *');
    return new PopupPage(page);
  }

  emptyState(): Locator {
    return this.page.locator('[data-gracious="empty-state"]');
  }

  async startNewNote(): Promise<void> {
    await this.page.getByRole('button', { name: 'New note' }).click();
  }

  /** Picks a situation by its human label, as a user reads it. */
  async chooseSituation(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label }).click();
  }

  async fillPeople(people: { name: string; role?: string; email?: string; company: string; jobTitle?: string }) {
    await this.page.getByLabel('Their name').fill(people.name);
    if (people.role) await this.page.getByLabel('Their role').selectOption({ label: people.role });
    if (people.email) await this.page.getByLabel(/Their email/).fill(people.email);
    await this.page.getByLabel('Company').fill(people.company);
    if (people.jobTitle) await this.page.getByLabel(/Job title/).fill(people.jobTitle);
    await this.page.getByRole('button', { name: 'Next' }).click();
  }

  async fillDetails(details: { reason?: string; highlight?: string; topic?: string; date?: string }) {
    if (details.reason) await this.page.getByLabel(/Why you are saying no/).fill(details.reason);
    if (details.highlight) await this.page.getByLabel(/One thing you appreciated/).fill(details.highlight);
    if (details.topic) await this.page.getByLabel(/What you talked about/).fill(details.topic);
    if (details.date) await this.page.getByLabel(/Interview date/).fill(details.date);
    await this.page.getByRole('button', { name: 'Write the draft' }).click();
    await this.body().waitFor();
  }

  subject(): Locator {
    return this.page.getByLabel('Subject');
  }

  body(): Locator {
    return this.page.getByLabel('Message');
  }

  warnings(): Locator {
    return this.page.locator('[data-gracious="warnings"]');
  }

  async copy(): Promise<void> {
    await this.page.getByRole('button', { name: 'Copy' }).click();
  }

  insertButton(): Locator {
    return this.page.getByRole('button', { name: 'Insert into reply' });
  }

  /**
   * Presses "Insert into reply" from the keyboard. When it cannot work it is aria-disabled, which
   * keeps it focusable so it can explain why; Playwright's click() would wait for it to be enabled.
   */
  async insertWithKeyboard(): Promise<void> {
    await this.insertButton().focus();
    await this.page.keyboard.press('Enter');
  }

  /** Clicks "Open a new email" and returns the tab it opened, once that tab has navigated. */
  async openNewEmail(): Promise<Page> {
    const [opened] = await Promise.all([
      this.page.context().waitForEvent('page'),
      this.page.getByRole('button', { name: 'Open a new email' }).click(),
    ]);
    await opened.waitForURL(/^https:/);
    return opened;
  }

  status(): Locator {
    return this.page.locator('[data-gracious="status"]');
  }

  readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }
}

/**
 * The real toolbar popup, opened by `action.openPopup()` over a webmail tab, so the tab stays the
 * active one (as when a user clicks the toolbar button). Playwright does not list popups as pages;
 * another extension page of the same origin reaches its document through `extension.getViews`.
 */
export class ToolbarPopup {
  private constructor(private readonly helper: Page) {}

  static async openOver(extension: LaunchedExtension, tab: Page): Promise<ToolbarPopup> {
    const helper = await extension.newPage();
    await helper.goto(extension.extensionUrl(EXTENSION_PAGES.options));
    await tab.bringToFront();
    await (await extension.worker()).evaluate(() => chrome.action.openPopup());
    await helper.waitForFunction(() =>
      chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector('[data-gracious="empty-state"]'),
    );
    return new ToolbarPopup(helper);
  }

  async clickButton(name: string): Promise<void> {
    await this.helper.evaluate((text) => {
      const doc = chrome.extension.getViews({ type: 'popup' })[0]!.document;
      const button = [...doc.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
      if (!button) throw new Error(`no button "${text}" in the popup`);
      button.click();
    }, name);
  }

  async chooseSituation(situation: string): Promise<void> {
    // The New note steps load after the popup's first render (src/popup/lazy.tsx).
    await this.helper.waitForFunction(
      (value) => chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector(`[data-situation="${value}"]`),
      situation,
    );
    await this.helper.evaluate((value) => {
      const doc = chrome.extension.getViews({ type: 'popup' })[0]!.document;
      doc.querySelector<HTMLElement>(`[data-situation="${value}"]`)!.click();
    }, situation);
  }

  /** Types into the field whose label starts with `label`, as the input event a keyboard sends. */
  async fill(label: string, value: string): Promise<void> {
    await this.helper.evaluate(
      ([text, typed]) => {
        const doc = chrome.extension.getViews({ type: 'popup' })[0]!.document;
        const labelled = [...doc.querySelectorAll('label')].find((l) => l.textContent?.startsWith(text));
        const field = labelled && doc.getElementById(labelled.htmlFor);
        if (!(field instanceof doc.defaultView!.HTMLInputElement)) throw new Error(`no field "${text}" in the popup`);
        field.value = typed;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      },
      [label, value] as const,
    );
  }

  async waitForDraft(): Promise<void> {
    await this.helper.waitForFunction(() =>
      chrome.extension.getViews({ type: 'popup' })[0]?.document.querySelector('[data-gracious="draft-actions"]'),
    );
  }

  /** The aria-disabled state of "Insert into reply": null when it can insert. */
  insertDisabled(): Promise<string | null> {
    return this.helper.evaluate(() => {
      const doc = chrome.extension.getViews({ type: 'popup' })[0]!.document;
      const button = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Insert into reply');
      if (!button) throw new Error('no "Insert into reply" button in the popup');
      return button.getAttribute('aria-disabled');
    });
  }

  async close(): Promise<void> {
    await this.helper.close();
  }
}

/** The options page; fields are found by the labels a user reads. */
export class OptionsPage extends ExtensionPage {
  static async openOptions(extension: LaunchedExtension): Promise<OptionsPage> {
    const page = await extension.newPage();
    await page.goto(extension.extensionUrl(EXTENSION_PAGES.options));
    const options = new OptionsPage(page);
    await options.ready();
    return options;
  }

  private ready(): Promise<void> {
    return this.page.locator('[data-gracious="settings-form"]').waitFor();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.ready();
  }

  field(label: string | RegExp): Locator {
    return this.page.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The error text tied to a field (through aria-describedby), or "" when there is none. */
  async errorFor(label: string | RegExp): Promise<string> {
    const ids = (await this.field(label).getAttribute('aria-describedby')) ?? '';
    const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
    return errorId ? ((await this.page.locator(`[id="${errorId}"]`).textContent()) ?? '') : '';
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save settings' }).click();
  }

  settingsStatus(): Locator {
    return this.page.locator('[data-gracious="settings-status"]');
  }

  dataStatus(): Locator {
    return this.page.locator('[data-gracious="data-status"]');
  }

  /** Exports and returns the downloaded file's text. */
  async exportData(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Export data' }).click(),
    ]);
    const path = await download.path();
    return readFileSync(path, 'utf8');
  }

  async importFile(name: string, text: string): Promise<void> {
    await this.page
      .getByLabel('Import from a file')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  async deleteAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete all data…' }).click();
    await this.page.getByRole('button', { name: 'Delete everything' }).click();
  }
}

export class WelcomePage extends ExtensionPage {
  /** The welcome tab the worker opens on first install. */
  static async opened(extension: LaunchedExtension): Promise<WelcomePage> {
    const isWelcome = (page: Page) => page.url() === extension.extensionUrl(EXTENSION_PAGES.welcome);
    const page =
      extension.context.pages().find(isWelcome) ??
      (await extension.context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }));
    await page.waitForSelector('#app > *');
    return new WelcomePage(page);
  }

  nameField(): Locator {
    return this.page.getByLabel('Your name');
  }

  async saveName(name: string): Promise<void> {
    await this.nameField().fill(name);
    await this.page.getByRole('button', { name: 'Save my name' }).click();
  }

  status(): Locator {
    return this.page.locator('[data-gracious="welcome-status"]');
  }

  settingsLink(): Locator {
    return this.page.getByRole('link', { name: /More settings/ });
  }
}
