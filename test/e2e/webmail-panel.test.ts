/**
 * The inline panel's Copy, and the content script's quiet exit when the extension is updated under
 * an open webmail tab, in real Chromium on the saved pages under the real host names.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAGES, threadByKey } from '../fixtures/webmail/threads';
import { WebmailTab } from './pages/webmail';
import { type LaunchedExtension, launchExtension } from './support/extension';

const indexPages = PAGES.filter((p) => p.name === 'index').map((p) => [p.site, p] as const);
const gmail = PAGES.find((p) => p.site === 'gmail' && p.name === 'index')!;

describe('Copy in the panel', () => {
  let extension: LaunchedExtension;

  beforeAll(async () => {
    extension = await launchExtension({ permissions: ['clipboard-read', 'clipboard-write'] });
  });

  afterEach(() => {
    expect(extension.consoleErrors).toEqual([]);
  });

  afterAll(async () => {
    await extension?.close();
  });

  it.each(indexPages)(
    'puts the draft shown in the editor on the clipboard on %s, and says so',
    async (_site, fixture) => {
      const tab = await WebmailTab.openFixture(extension, fixture);
      await tab.openThread(threadByKey('offer-acme'));
      await tab.openPanel();
      await tab.writeClipboard('(nothing copied yet)');
      const shown = await tab.draftBody();
      expect(shown).toMatch(/Acme Robotics/);
      await tab.panelButton('copy').click();
      await expect.poll(() => tab.panelStatus().textContent()).toBe('Copied. Paste it into your reply.');
      // Copy takes the body as the editor shows it; the subject stays out (the reply has its own).
      expect(await tab.readClipboard()).toBe(shown);
      await tab.close();
    },
  );

  it.each(indexPages)(
    'leaves nothing in the page on %s that points at the extension, after a job email and its panel',
    async (_site, fixture) => {
      const tab = await WebmailTab.openFixture(extension, fixture);
      await tab.openThread(threadByKey('interview-globex'));
      await tab.openPanel();
      expect(await tab.extensionReferencesInPage()).toEqual([]);
      await tab.close();
    },
  );

  // The panel matches the page behind it, not the system setting: a dark webmail theme on a light
  // system gets the dark palette (styles.css's light-dark() colours, pinned by data-theme).
  it.each(indexPages)('takes the light or dark look of the webmail page behind it on %s', async (_site, fixture) => {
    for (const [dark, expected] of [
      [false, 'rgb(255, 255, 255)'],
      [true, 'rgb(28, 29, 31)'],
    ] as const) {
      const tab = await WebmailTab.openFixture(extension, fixture);
      if (dark) await tab.paintPageDark();
      await tab.openThread(threadByKey('offer-acme'));
      await tab.openPanel();
      expect(await tab.panelBackground()).toBe(expected);
      await tab.close();
    }
  });

  it('copies the words as the user edited them, not the draft as written', async () => {
    const tab = await WebmailTab.openFixture(extension, gmail);
    await tab.openThread(threadByKey('rejection-northwind'));
    await tab.openPanel();
    const written = await tab.draftBody();
    const edited = `${written.split('\n')[0]}\n\nThank you for your time and for the kind words about my work.\n\nAlex`;
    expect(edited).not.toBe(written);
    await tab.editDraftBody(edited);
    await tab.writeClipboard('(nothing copied yet)');
    await tab.panelButton('copy').click();
    await expect.poll(() => tab.panelStatus().textContent()).toBe('Copied. Paste it into your reply.');
    expect(await tab.readClipboard()).toBe(edited);
    expect(await tab.draftBody()).toBe(edited);
    await tab.close();
  });
});

/**
 * An update (here a reload from the worker) invalidates the content script already running in an
 * open tab: it keeps its world and its listeners but can no longer reach any extension API, even
 * i18n. Chromium injects no new script into the tab, and in this harness the reloaded extension
 * does not come back at all, so each test launches its own browser.
 */
describe('when the extension is updated under an open tab', () => {
  let extension: LaunchedExtension;

  beforeEach(async () => {
    extension = await launchExtension();
  });

  afterEach(async () => {
    await extension?.close();
  });

  /** What is left in the page of the old script's control and panel, and every error so far. */
  const leftovers = async (tab: WebmailTab) => ({
    controls: await tab.controlKinds(),
    panels: await tab.panel().count(),
    errors: extension.consoleErrors,
  });

  async function updateExtension(tab: WebmailTab): Promise<void> {
    const worker = await extension.worker();
    // From a timer, so the evaluation answers before the worker goes away.
    await worker.evaluate(() => {
      setTimeout(() => chrome.runtime.reload(), 0);
    });
    await expect.poll(() => tab.extensionContextAlive()).toBe(false);
  }

  it.each(indexPages)(
    'the next thread change on %s takes the control away and stops watching, without an error',
    async (_site, fixture) => {
      const tab = await WebmailTab.openFixture(extension, fixture);
      await tab.openThread(threadByKey('offer-acme'));
      await tab.controls().first().waitFor();
      await updateExtension(tab);

      await tab.showThread(threadByKey('rejection-northwind'));
      expect(await tab.controlKinds()).toEqual([]);
      await tab.showThread(threadByKey('interview-globex'));
      expect(await tab.controlKinds()).toEqual([]);
      const stopped = await tab.diagnostics();
      expect(stopped.observers).toBe(0);

      // Nothing of the old script answers any more: no read, no skipped batch, no decision.
      await tab.touchUnrelated();
      await tab.backToList();
      await tab.showThread(threadByKey('offer-acme'));
      expect(await tab.controlKinds()).toEqual([]);
      expect(await tab.diagnostics()).toEqual(stopped);
      await tab.frames(5);
      expect(extension.consoleErrors).toEqual([]);
    },
  );

  it('a click on the control left from before the update takes it away, without an error', async () => {
    const tab = await WebmailTab.openFixture(extension, gmail);
    await tab.openThread(threadByKey('offer-acme'));
    await tab.controls().first().waitFor();
    await updateExtension(tab);
    // Nothing in the page changed yet, so the old control is still there.
    expect(await tab.controlKinds()).toEqual(['offer']);

    await tab.controlButton().click();
    await expect.poll(() => leftovers(tab), { timeout: 10_000 }).toEqual({ controls: [], panels: 0, errors: [] });
    expect((await tab.diagnostics()).observers).toBe(0);
    await tab.frames(5);
    expect(extension.consoleErrors).toEqual([]);
  });

  it.each([
    ['a click on Copy', (tab: WebmailTab) => tab.panelButton('copy').click()],
    ['typing in the draft', (tab: WebmailTab) => tab.typeIntoDraftBody(' Thank you.')],
  ] as const)('%s in the panel left open takes the panel away, without an error', async (_name, touch) => {
    const tab = await WebmailTab.openFixture(extension, gmail);
    await tab.openThread(threadByKey('offer-acme'));
    await tab.openPanel();
    await updateExtension(tab);

    await touch(tab);
    await expect.poll(() => leftovers(tab), { timeout: 10_000 }).toEqual({ controls: [], panels: 0, errors: [] });
    expect((await tab.diagnostics()).observers).toBe(0);
    await tab.frames(5);
    expect(extension.consoleErrors).toEqual([]);
  });
});
