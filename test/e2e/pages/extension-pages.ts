/** Page objects for the extension's own pages: popup, options and welcome. */
import type { Page } from 'playwright-core';
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
