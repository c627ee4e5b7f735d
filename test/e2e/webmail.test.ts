/**
 * Gracious in real Chromium on the saved webmail pages, under the real host names: which threads
 * get the inline control, what the worker is told, navigation without leaks, the hostile email.
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixturePage, PAGES, THREADS, threadByKey } from '../fixtures/webmail/threads';
import { ExtensionPage } from './pages/extension-pages';
import { WebmailTab } from './pages/webmail';
import { type LaunchedExtension, launchExtension } from './support/extension';

let extension: LaunchedExtension;
let worker: Worker;

interface Seen {
  type: string;
  payload: Record<string, unknown>;
}

/** Records every message the worker receives (a listener that only looks; the router still answers). */
async function recordWorkerMessages(): Promise<void> {
  await worker.evaluate(() => {
    const self = globalThis as unknown as { __seen?: unknown[] };
    if (!self.__seen) {
      chrome.runtime.onMessage.addListener((message: unknown) => {
        self.__seen?.push(message);
        return undefined;
      });
    }
    self.__seen = [];
  });
}
const seenByWorker = () => worker.evaluate(() => (globalThis as unknown as { __seen: Seen[] }).__seen);

beforeAll(async () => {
  extension = await launchExtension();
  worker = await extension.worker();
  await recordWorkerMessages();
});

afterAll(async () => {
  await extension?.close();
});

const pageCases: [string, FixturePage, 'live' | 'office'][] = PAGES.flatMap((page) =>
  page.site === 'outlook' && page.name === 'index'
    ? [
        [`outlook/${page.name} on live.com`, page, 'live' as const],
        [`outlook/${page.name} on office.com`, page, 'office' as const],
      ]
    : [[`${page.site}/${page.name}`, page, 'live' as const]],
);

describe.each(pageCases)('%s', (_name, fixture, host) => {
  it('shows the control on job emails only, one at a time, and none on the list', async () => {
    const tab = await WebmailTab.openFixture(extension, fixture, host);
    expect(await tab.controlKinds()).toEqual([]);
    for (const key of fixture.threads) {
      const thread = threadByKey(key);
      await tab.openThread(thread);
      if (thread.expect) await tab.controls().first().waitFor();
      expect({ key, kinds: await tab.controlKinds() }).toEqual({ key, kinds: thread.expect ? [thread.expect] : [] });
      if (thread.expect) {
        const button = tab.controlButton();
        expect(await button.getAttribute('title')).toBeTruthy();
        expect((await button.textContent())?.length).toBeGreaterThan(3);
        expect(await tab.controls().getAttribute('data-gracious-theme')).toBe(fixture.theme);
      }
    }
    await tab.backToList();
    if (!fixture.preview) expect(await tab.controlKinds()).toEqual([]);
    expect((await tab.diagnostics()).observers).toBe(1);
    await tab.close();
  });
});

describe('what the worker is told', () => {
  it('reports detections as metadata only, and the reply the user wrote after a job email', async () => {
    await recordWorkerMessages();
    const tab = await WebmailTab.openFixture(extension, PAGES.find((p) => p.site === 'gmail' && p.name === 'index')!);
    const offer = threadByKey('offer-acme');
    const replied = threadByKey('replied-offer');
    await tab.openThread(offer);
    await tab.openThread(replied);
    await expect.poll(async () => (await seenByWorker()).filter((m) => m.type === 'replied').length).toBeGreaterThan(0);
    const seen = await seenByWorker();
    const detected = seen.filter((m) => m.type === 'detected').map((m) => m.payload);
    expect(detected).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ site: 'gmail', threadKey: offer.gmailThreadId, kind: 'offer' }),
        expect.objectContaining({ site: 'gmail', threadKey: replied.gmailThreadId, kind: 'offer' }),
      ]),
    );
    for (const payload of detected) {
      expect(Object.keys(payload).sort()).toEqual([
        'company',
        'contacts',
        'interviewAt',
        'kind',
        'role',
        'sentAt',
        'site',
        'threadKey',
      ]);
      // The date the page shows for the email: what a reschedule read late is judged by.
      expect(Number.isFinite(Date.parse(String(payload.sentAt)))).toBe(true);
      expect(JSON.stringify(payload)).not.toMatch(/delighted|salary|pleased to offer/);
    }
    const replies = seen.filter((m) => m.type === 'replied').map((m) => m.payload);
    expect(replies).toEqual([
      expect.objectContaining({ site: 'gmail', threadKey: replied.gmailThreadId, to: replied.expectRepliedTo }),
    ]);
    await tab.close();
  });

  it("asks the worker's second opinion about an email the rules are undecided on, with word hashes only", async () => {
    await recordWorkerMessages();
    const tab = await WebmailTab.openFixture(extension, PAGES.find((p) => p.site === 'gmail' && p.name === 'index')!);
    const plain = threadByKey('offer-plain-words');
    await tab.openThread(plain);
    await tab.controls().first().waitFor();
    expect(await tab.controlKinds()).toEqual(['offer']);
    const asked = (await seenByWorker()).filter((m) => m.type === 'second-opinion').map((m) => m.payload);
    expect(asked).toHaveLength(1);
    const { kind, features } = asked[0] as { kind: string; features: unknown[] };
    // The rules lean against a job email; the worker's model turns it into one.
    expect(kind).toBe('other');
    expect(Object.keys(asked[0] as object).sort()).toEqual(['features', 'kind', 'onlyIfSure']);
    // Close to the rules' threshold: the usual bar.
    expect(asked[0]).toMatchObject({ onlyIfSure: false });
    expect(features.length).toBeGreaterThan(20);
    expect(features.every((f) => Number.isInteger(f) && (f as number) >= 0)).toBe(true);
    // A thread the rules decide alone is not sent.
    await tab.openThread(threadByKey('offer-acme'));
    await tab.controls().first().waitFor();
    expect((await seenByWorker()).filter((m) => m.type === 'second-opinion')).toHaveLength(1);
    // Cues further below the rules' threshold: asked with the higher bar, and it is a rejection.
    await tab.openThread(threadByKey('rejection-plain-words'));
    await tab.controls().first().waitFor();
    expect(await tab.controlKinds()).toEqual(['rejection']);
    const again = (await seenByWorker()).filter((m) => m.type === 'second-opinion').map((m) => m.payload);
    expect(again).toHaveLength(2);
    expect(again[1]).toMatchObject({ kind: 'other', onlyIfSure: true });
    // A kind the rules decided by a small margin on a long email is checked: the worker overrules
    // their invitation (the reader is asked to help run the interviews), and no control shows.
    await tab.openThread(threadByKey('hiring-day-helper'));
    expect(await tab.controlKinds()).toEqual([]);
    const checked = (await seenByWorker()).filter((m) => m.type === 'second-opinion').map((m) => m.payload);
    expect(checked).toHaveLength(3);
    expect(checked[2]).toMatchObject({ kind: 'interview', onlyIfSure: false, overruleAbove: expect.any(Number) });
    expect((checked[2] as { overruleAbove: number }).overruleAbove).toBeGreaterThan(0);
    await tab.close();
  });
  it("keeps the rules' kind when the worker cannot give its second opinion", async () => {
    const tab = await WebmailTab.openFixture(extension, PAGES.find((p) => p.site === 'outlook' && p.name === 'index')!);
    await tab.cutWorkerMessages('second-opinion');
    // The rules lean against a job email here; without the worker's opinion, that stands.
    await tab.openThread(threadByKey('offer-plain-words'));
    expect(await tab.controlKinds()).toEqual([]);
    await tab.openThread(threadByKey('rejection-plain-words'));
    expect(await tab.controlKinds()).toEqual([]);
    await tab.openThread(threadByKey('offer-acme'));
    expect(await tab.controlKinds()).toEqual(['offer']);
    // The rules' invitation, which the worker would have overruled, stands too.
    await tab.openThread(threadByKey('hiring-day-helper'));
    expect(await tab.controlKinds()).toEqual(['interview']);
    await tab.close();
  });
});

describe('navigation', () => {
  it.each(PAGES.filter((p) => p.name === 'index').map((p) => [p.site, p] as const))(
    'leaves exactly one control and one observer after 50 thread opens on %s',
    async (_site, fixture) => {
      const tab = await WebmailTab.openFixture(extension, fixture);
      const order = [...THREADS.filter((t) => !t.expect), ...THREADS.filter((t) => t.expect)];
      for (let i = 0; i < 50; i++) {
        const thread = order[i % order.length]!;
        await tab.openThread(thread);
        expect((await tab.controlKinds()).length).toBeLessThanOrEqual(1);
        if (i % 7 === 3) await tab.backToList();
      }
      // From the list, so the thread opens anew whichever thread the loop ended on.
      await tab.backToList();
      await tab.openThread(threadByKey('interview-globex'));
      await tab.controls().first().waitFor();
      expect(await tab.controlKinds()).toEqual(['interview']);
      const before = await tab.diagnostics();
      expect(before.observers).toBe(1);
      // The page changing what Gracious does not read (an unread count) reads nothing again.
      await tab.touchUnrelated();
      const after = await tab.diagnostics();
      expect(after.skipped).toBeGreaterThan(before.skipped);
      expect(after.reads).toBe(before.reads);
      expect(await tab.controlKinds()).toEqual(['interview']);
      await tab.close();
    },
  );
});

const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const indexPages = PAGES.filter((p) => p.name === 'index').map((p) => [p.site, p] as const);

describe('the panel', () => {
  it.each(indexPages)(
    'shows the draft and inserts it into the reply on %s, where the editor keeps it',
    async (_site, fixture) => {
      const tab = await WebmailTab.openFixture(extension, fixture);
      await tab.openThread(threadByKey('offer-acme'));
      await tab.openPanel();
      expect(await tab.panelHeading()).toMatch(/^Offer from Acme Robotics/);
      const first = await tab.draftBody();
      expect(first.length).toBeGreaterThan(80);
      await tab.chooseSituation('decline-offer');
      await expect.poll(() => tab.draftBody()).not.toBe(first);
      const draft = await tab.draftBody();
      await tab.panelButton('insert').click();
      await expect.poll(async () => flat((await tab.editorModel()).text)).toContain(flat(draft));
      await expect.poll(() => tab.panelStatus().textContent()).toMatch(/Inserted/);
      const bare = (text: string | null) => (text ?? '').replace(/\s+/g, '');
      expect(bare(await tab.editor().textContent())).toContain(bare(draft));
      await tab.close();
    },
  );

  it('opens from the keyboard and gives focus back when closed', async () => {
    const tab = await WebmailTab.openFixture(extension, PAGES[0]!);
    await tab.openThread(threadByKey('interview-globex'));
    await tab.controlButton().focus();
    await tab.page.keyboard.press('Enter');
    await tab.panel().locator('[data-gracious="panel-heading"]').waitFor();
    await tab.page.keyboard.press('Escape');
    await tab.panel().waitFor({ state: 'detached' });
    expect(
      await tab
        .controlButton()
        .evaluate((b) => b.getRootNode() instanceof ShadowRoot && (b.getRootNode() as ShadowRoot).activeElement === b),
    ).toBe(true);
    await tab.close();
  });

  it('forgets a thread marked "Not a job email", also after a reload', async () => {
    const fixture = PAGES[0]!;
    const thread = threadByKey('rejection-northwind');
    const otherTab = await WebmailTab.openFixture(extension, fixture);
    const tab = await WebmailTab.openFixture(extension, fixture);
    await tab.openThread(thread);
    await tab.openPanel();
    await tab.panelButton('not-job').click();
    await tab.controls().waitFor({ state: 'detached' });
    await expect
      .poll(() => worker.evaluate(() => chrome.storage.local.get('hiddenThreads')))
      .toEqual({ hiddenThreads: expect.arrayContaining([`gmail:${thread.gmailThreadId}`]) });
    await tab.openThread(threadByKey('offer-acme'));
    await tab.openThread(thread);
    expect(await tab.controlKinds()).toEqual([]);
    await tab.close();

    // A tab that started before the thread was hidden learns it from the worker when the thread opens.
    await otherTab.page.bringToFront();
    await otherTab.openThread(thread);
    await expect.poll(() => otherTab.controlKinds()).toEqual([]);
    await otherTab.close();

    // After a reload the hidden thread is known before it opens: the control never shows, not even briefly.
    const again = await WebmailTab.openFixture(extension, fixture);
    const controlsInserted = await again.countControlInsertions();
    await again.openThread(thread);
    expect(await again.controlKinds()).toEqual([]);
    expect(await controlsInserted()).toBe(0);
    await again.close();
  });

  it("takes the popup's Insert into reply, from the extension only and with a valid payload", async () => {
    const fixture = PAGES.find((p) => p.site === 'outlook' && p.name === 'index')!;
    const tab = await WebmailTab.openFixture(extension, fixture, 'office');
    await tab.openThread(threadByKey('interview-globex'));
    const popup = await ExtensionPage.open(extension, 'popup');
    const send = (message: unknown) =>
      popup.page.evaluate(async (m) => {
        const [target] = await chrome.tabs.query({ url: 'https://outlook.office.com/*' });
        return chrome.tabs.sendMessage(target!.id!, m);
      }, message);
    const text = 'Dear Sofia,\n\nThank you for the invitation. Thursday works well for me.\n\nBest,\nAlex';
    expect(await send({ type: 'insert-draft', payload: { text: '' } })).toMatchObject({ ok: false });
    expect(await send({ type: 'format-disk', payload: {} })).toMatchObject({
      ok: false,
      error: expect.stringContaining('unknown'),
    });
    expect(await send({ type: 'insert-draft', payload: { text } })).toEqual({
      ok: true,
      value: { inserted: true, method: 'paste' },
    });
    expect(flat((await tab.editorModel()).text)).toBe(flat(text));
    await popup.page.close();
    await tab.close();
  });
});

describe('a hostile email', () => {
  it.each(indexPages)('runs none of its payloads on %s, even with the panel open', async (_site, fixture) => {
    const tab = await WebmailTab.openFixture(extension, fixture);
    const title = await tab.page.title();
    await tab.openThread(threadByKey('hostile-offer'));
    await tab.controls().first().waitFor();
    await tab.openPanel();
    expect(await tab.draftBody()).not.toMatch(/pwned|onerror|<script/);
    await tab.frames(5);
    expect(await tab.pwned()).toEqual({ flag: undefined, title });
    // The payload is live: a copy of the image made in the page runs it. Gracious made none.
    await tab.page.evaluate(() => {
      const img = document.querySelector('img[onerror]');
      if (img) document.body.append(img.cloneNode(true));
    });
    await expect.poll(async () => (await tab.pwned()).flag).toBe('img');
    await tab.close();
  });
});

it('made no console errors and no request outside the fixture hosts', () => {
  expect(extension.consoleErrors).toEqual([]);
  expect(extension.outsideHosts()).toEqual([]);
});
