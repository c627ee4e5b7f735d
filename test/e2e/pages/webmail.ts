/** Page objects for the saved webmail pages served under their real host names. */
import type { Locator, Page } from 'playwright-core';
import type { FixturePage, FixtureThread } from '../../fixtures/webmail/threads';
import type { LaunchedExtension } from '../support/extension';
import { ContentWorld } from './content-world';

export const WEBMAIL_URLS = {
  gmail: 'https://mail.google.com/mail/u/0/',
  outlookLive: 'https://outlook.live.com/mail/0/',
  outlookOffice: 'https://outlook.office.com/mail/',
  notWebmail: 'https://not-webmail.example/mail/',
} as const;

/** The URL of a saved page: `?fixture=` picks the page; Outlook pages can be served on either host. */
export function fixtureUrl(page: FixturePage, host: 'live' | 'office' = 'live'): string {
  const base =
    page.site === 'gmail'
      ? WEBMAIL_URLS.gmail
      : host === 'live'
        ? WEBMAIL_URLS.outlookLive
        : WEBMAIL_URLS.outlookOffice;
  return page.name === 'index' ? base : `${base}?fixture=${page.name}`;
}

interface Diagnostics {
  observers: number;
  reads: number;
  skipped: number;
  decision: { threadKey: string | null; bodies: number; shown: string | null; count: number } | null;
}

/** What the page's editor model says (the fixture's own record of its reply editor's text). */
export interface EditorModel {
  text: string | null;
  inputs: number;
}

const SITE = {
  gmail: {
    listRow: 'tr.zA',
    editor: 'div.M9 div[contenteditable=true][g_editable=true]',
    subject: 'h2.hP',
  },
  outlook: {
    listRow: '#MailList [data-convid]',
    editor: '[data-app-section="Form_Content"] [contenteditable=true][aria-multiline=true]',
    subject: '[data-app-section="ConversationContainer"] [role=heading][title]',
  },
} as const;

export class WebmailTab {
  private world: ContentWorld | null = null;
  fixture: FixturePage | null = null;

  constructor(
    readonly page: Page,
    private readonly extension: LaunchedExtension,
  ) {}

  static async open(extension: LaunchedExtension, url: string): Promise<WebmailTab> {
    const page = await extension.newPage();
    await page.goto(url);
    return new WebmailTab(page, extension);
  }

  /** Opens a saved page and waits until Gracious runs in it. */
  static async openFixture(extension: LaunchedExtension, fixture: FixturePage, host: 'live' | 'office' = 'live') {
    const tab = await WebmailTab.open(extension, fixtureUrl(fixture, host));
    tab.fixture = fixture;
    // The user reads the webmail tab: bring it in front of the welcome tab the install opened, or
    // the browser runs its animation frames (and so Gracious's work) only now and then.
    await tab.page.bringToFront();
    await tab.diagnostics();
    return tab;
  }

  contentWorld(timeoutMs?: number): Promise<ContentWorld> {
    return ContentWorld.attach(this.page, this.extension.extensionId, timeoutMs);
  }

  private get site() {
    if (!this.fixture) throw new Error('open the tab with openFixture()');
    return SITE[this.fixture.site];
  }

  /** The content script's own counters, read in its isolated world (the page cannot see them). */
  async diagnostics(): Promise<Diagnostics> {
    this.world ??= await this.contentWorld(10_000);
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await this.world.evaluate<Diagnostics | null>('globalThis.__graciousDiagnostics ?? null');
      if (value) return value;
      if (Date.now() > deadline) throw new Error('Gracious never started in this tab');
      await this.page.waitForTimeout(50);
    }
  }

  /** Opens a thread as the user would: Gmail by its route (or a click in preview mode), Outlook by a click in the list. */
  async openThread(thread: FixtureThread): Promise<void> {
    const before = (await this.diagnostics()).decision?.count ?? 0;
    await this.navigateTo(thread);
    await this.waitForDecision(thread, before);
  }

  /**
   * Opens a thread as `openThread` does, but waits only for the page to show it, not for Gracious
   * (for when its content script is no longer expected to answer).
   */
  async showThread(thread: FixtureThread): Promise<void> {
    await this.navigateTo(thread);
    await this.frames(3);
  }

  /**
   * Makes the content script's messages of one type fail as if the worker could not be reached
   * (they reject, as `runtime.sendMessage` does then); the others still go through.
   */
  async cutWorkerMessages(type: string): Promise<void> {
    this.world ??= await this.contentWorld(10_000);
    await this.world.evaluate(`(() => {
      const send = chrome.runtime.sendMessage.bind(chrome.runtime);
      chrome.runtime.sendMessage = (message, ...rest) =>
        message?.type === ${JSON.stringify(type)} ? Promise.reject(new Error('Could not establish connection')) : send(message, ...rest);
    })()`);
  }

  /** Whether the content script that started in this tab can still reach the extension. */
  async extensionContextAlive(): Promise<boolean> {
    this.world ??= await this.contentWorld(10_000);
    return this.world.extensionContextAlive();
  }

  /** Opens the thread in the page (Gmail by its route or a click in preview mode, Outlook by a click) until its subject shows. */
  private async navigateTo(thread: FixtureThread): Promise<void> {
    if (this.fixture?.site === 'gmail' && !this.fixture.preview) {
      await this.page.evaluate((id) => {
        location.hash = `#inbox/${id}`;
      }, thread.gmailUrlId);
    } else {
      await this.page.locator(this.site.listRow).filter({ hasText: thread.subject }).first().click();
    }
    await this.page.locator(this.site.subject).filter({ hasText: thread.subject }).first().waitFor();
  }

  /** Waits until Gracious has decided about the thread with all its bodies in the page. */
  private async waitForDecision(thread: FixtureThread, after: number): Promise<void> {
    const key = this.fixture?.site === 'gmail' ? thread.gmailThreadId : thread.outlookConvId;
    const bodies = thread.messages.filter((m) => !m.collapsed).length;
    const bodySelector =
      this.fixture?.site === 'gmail' ? 'div.a3s:not([data-fixture-pending])' : '[id^="UniqueMessageBody"]';
    await this.page.waitForFunction(
      ({ key, selector, bodies }) => {
        const view = [...document.querySelectorAll(`[data-fixture-thread="${key}"]`)].find(
          (el) => (el as HTMLElement).style.display !== 'none',
        );
        return view && [...view.querySelectorAll(selector)].filter((b) => b.childNodes.length).length === bodies;
      },
      { key: thread.key, selector: bodySelector, bodies },
    );
    const deadline = Date.now() + 10_000;
    for (;;) {
      const { decision } = await this.diagnostics();
      if (decision && decision.count > after && decision.threadKey === key && decision.bodies === bodies) return;
      if (Date.now() > deadline)
        throw new Error(`Gracious decided nothing for ${thread.key}: ${JSON.stringify(decision)}`);
      await this.page.waitForTimeout(20);
    }
  }

  async backToList(): Promise<void> {
    if (this.fixture?.site === 'gmail' && !this.fixture.preview) {
      await this.page.evaluate(() => {
        location.hash = '#inbox';
      });
      await this.page.locator(SITE.gmail.subject).first().waitFor({ state: 'hidden' });
    } else if (this.fixture?.site === 'outlook') {
      await this.page.keyboard.press('Escape');
      await this.page.locator('.empty-state').waitFor();
    }
    await this.frames(2);
  }

  /** Changes something the site updates all the time and Gracious ignores: a folder's unread count. */
  async touchUnrelated(): Promise<void> {
    await this.page.evaluate(() => {
      const counts = document.querySelectorAll('.bsU, .WIYG1');
      for (const count of counts) count.textContent = String(Number(count.textContent || 0) + 1);
    });
    await this.frames(3);
  }

  frames(n: number): Promise<void> {
    return this.page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
          step(n);
        }),
      n,
    );
  }

  /** Every inline control in the page (contract 3: at most one). */
  controls(): Locator {
    return this.page.locator('[data-gracious-kind]');
  }

  /** Starts counting, in the page, every inline control that goes in (however briefly it stays). */
  async countControlInsertions(): Promise<() => Promise<number>> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __controlsInserted: number };
      w.__controlsInserted = 0;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            if (node instanceof Element && node.hasAttribute('data-gracious-kind')) w.__controlsInserted++;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    return () => this.page.evaluate(() => (window as unknown as { __controlsInserted: number }).__controlsInserted);
  }

  /**
   * Elements in the page's own document (not in Gracious's shadow roots) that point at the
   * extension's files: a page script could read them and learn that Gracious is installed.
   */
  async extensionReferencesInPage(): Promise<string[]> {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('[href^="chrome-extension:"], [src^="chrome-extension:"]')].map(
        (element) =>
          `<${element.localName} ${element.getAttribute('rel') ?? ''}> ${element.getAttribute('href') ?? element.getAttribute('src')}`,
      ),
    );
  }

  async controlKinds(): Promise<string[]> {
    return this.controls().evaluateAll((hosts) => hosts.map((h) => h.getAttribute('data-gracious-kind') ?? ''));
  }

  controlButton(): Locator {
    return this.controls().locator('button');
  }

  panel(): Locator {
    return this.page.locator('[data-gracious-panel]');
  }

  async openPanel(): Promise<void> {
    await this.controlButton().click();
    await this.panel().locator('[data-gracious="panel-heading"]').waitFor();
    await this.panel().locator('textarea[name="body"]').waitFor();
  }

  panelHeading(): Promise<string> {
    return this.panel()
      .locator('[data-gracious="panel-heading"]')
      .textContent()
      .then((text) => text ?? '');
  }

  draftBody(): Promise<string> {
    return this.panel().locator('textarea[name="body"]').inputValue();
  }

  panelButton(which: 'insert' | 'copy' | 'not-job'): Locator {
    return this.panel().locator(`[data-gracious="${which}"]`);
  }

  /** The panel's own background colour, as the browser paints it (computed style of its frame). */
  panelBackground(): Promise<string> {
    return this.panel()
      .locator('[role="dialog"]')
      .evaluate((frame) => getComputedStyle(frame).backgroundColor);
  }

  /** Paints the webmail page dark, as a dark theme of the site would (before the panel opens). */
  async paintPageDark(): Promise<void> {
    await this.page.addStyleTag({ content: 'html, body, body * { background-color: #202124 !important; }' });
  }

  panelStatus(): Locator {
    return this.panel().locator('[data-gracious="status"]');
  }

  /** Replaces the draft's body with `text`, as pasting over all of it would (one input event). */
  editDraftBody(text: string): Promise<void> {
    return this.panel().locator('textarea[name="body"]').fill(text);
  }

  /** Types into the draft's body from the keyboard (focus moved there without a pointer). */
  async typeIntoDraftBody(text: string): Promise<void> {
    await this.panel().locator('textarea[name="body"]').focus();
    await this.page.keyboard.type(text);
  }

  readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  writeClipboard(text: string): Promise<void> {
    return this.page.evaluate((text) => navigator.clipboard.writeText(text), text);
  }

  chooseSituation(situation: string): Promise<void> {
    return this.panel().locator(`[data-situation="${situation}"]`).click();
  }

  editor(): Locator {
    return this.page.locator(this.site.editor);
  }

  /** The reply editor's own model of its text, as the page keeps it. */
  editorModel(): Promise<EditorModel> {
    return this.page.evaluate(() => (window as unknown as { __fixtureEditor: EditorModel }).__fixtureEditor);
  }

  /** Main-world traces an email payload would leave. */
  pwned(): Promise<{ flag: unknown; title: string }> {
    return this.page.evaluate(() => ({
      flag: (window as unknown as { __pwned?: unknown }).__pwned,
      title: document.title,
    }));
  }

  async close(): Promise<void> {
    await this.world?.detach();
    await this.page.close();
  }
}
