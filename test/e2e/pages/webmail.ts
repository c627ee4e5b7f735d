/** Page object for a saved webmail page served under its real host name. */
import type { Page } from 'playwright-core';
import type { LaunchedExtension } from '../support/extension';
import { ContentWorld } from './content-world';

export const WEBMAIL_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlookLive: 'https://outlook.live.com/mail/0/',
  outlookOffice: 'https://outlook.office.com/mail/',
  notWebmail: 'https://not-webmail.example/mail/',
} as const;

export class WebmailTab {
  constructor(
    readonly page: Page,
    private readonly extension: LaunchedExtension,
  ) {}

  static async open(extension: LaunchedExtension, url: string): Promise<WebmailTab> {
    const page = await extension.newPage();
    await page.goto(url);
    return new WebmailTab(page, extension);
  }

  contentWorld(timeoutMs?: number): Promise<ContentWorld> {
    return ContentWorld.attach(this.page, this.extension.extensionId, timeoutMs);
  }
}
