/**
 * Page objects for reminders: the worker as the popup reaches it (messages from an extension page,
 * plus what a test reads of the browser: storage, alarms, notifications, badge), and the popup's
 * "Due now" / "Upcoming" list.
 */
import type { Locator, Page, Worker } from 'playwright-core';
import type { Reply, WorkerMessageName, WorkerRequest, WorkerResponses } from '../../../src/core/messages';
import type { Reminder, Reminders } from '../../../src/core/reminders';
import type { LaunchedExtension } from '../support/extension';
import { PopupPage } from './extension-pages';
import type { WebmailTab } from './webmail';

export const REMINDER_ALARM = 'gracious-next-reminder';
export const notificationIdOf = (reminderId: string) => `gracious-reminder:${reminderId}`;
const POPUP = 'src/popup/index.html';

export interface WorkerIdentity {
  instanceId: string;
  startedAt: number;
}

/** Polls `read` until `done` holds, or fails with what it last saw. */
export async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** The service worker, reached from one of the extension's own pages (as the popup reaches it). */
export class ExtensionWorker {
  private constructor(
    private readonly extension: LaunchedExtension,
    readonly page: Page,
  ) {}

  static async open(extension: LaunchedExtension): Promise<ExtensionWorker> {
    const page = await extension.newPage();
    await page.goto(extension.extensionUrl(POPUP));
    return new ExtensionWorker(extension, page);
  }

  /** Sends a typed message from the extension page and returns the reply envelope. */
  ask<K extends WorkerMessageName>(type: K, payload?: WorkerRequest<K>): Promise<Reply<WorkerResponses[K]>> {
    return this.page.evaluate((m) => chrome.runtime.sendMessage(m), { type, payload }) as Promise<
      Reply<WorkerResponses[K]>
    >;
  }

  /** Like `ask`, but fails the test on `{ok: false}`. */
  async call<K extends WorkerMessageName>(type: K, payload?: WorkerRequest<K>): Promise<WorkerResponses[K]> {
    const reply = await this.ask(type, payload);
    if (!reply.ok) throw new Error(`${type} failed: ${reply.error}`);
    return reply.value;
  }

  async identity(): Promise<WorkerIdentity> {
    const { instanceId, startedAt } = await this.call('ping');
    return { instanceId, startedAt };
  }

  /**
   * Stops every service worker of the profile through CDP (as Chrome does after 30 s idle), then
   * wakes it with a message; returns who answered before and after, so a test can prove the stop.
   */
  async stopAndWake(): Promise<{ before: WorkerIdentity; after: WorkerIdentity }> {
    const before = await this.identity();
    const cdp = await this.extension.context.newCDPSession(this.page);
    try {
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    } finally {
      // A session left attached can hang the browser's close.
      await cdp.detach().catch(() => undefined);
    }
    const after = await this.identity();
    return { before, after };
  }

  /** The running worker (woken first), for reading browser state from inside it. */
  async worker(): Promise<Worker> {
    await this.identity();
    const workers = this.extension.context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://'));
    return workers.at(-1) ?? (await this.extension.worker());
  }

  async storage(): Promise<Record<string, unknown>> {
    return (await this.worker()).evaluate(() => chrome.storage.local.get(null));
  }

  /** Writes straight into storage.local, bypassing the worker's checks (to plant bad values). */
  async writeStorage(values: Record<string, unknown>): Promise<void> {
    await (await this.worker()).evaluate((v) => chrome.storage.local.set(v), values);
  }

  async reminders(): Promise<Reminders> {
    return ((await this.storage()).reminders ?? {}) as Reminders;
  }

  async reminder(id: string): Promise<Reminder | undefined> {
    return (await this.reminders())[id];
  }

  async badge(): Promise<string> {
    return (await this.worker()).evaluate(() => chrome.action.getBadgeText({}));
  }

  /** Ids of the notifications on screen. */
  async notifications(): Promise<string[]> {
    return Object.keys(await (await this.worker()).evaluate(() => chrome.notifications.getAll()));
  }

  async alarm(): Promise<chrome.alarms.Alarm | null> {
    return (await (await this.worker()).evaluate((name) => chrome.alarms.get(name), REMINDER_ALARM)) ?? null;
  }

  async alarmCount(): Promise<number> {
    return (await this.alarmNames()).length;
  }

  async alarmNames(): Promise<string[]> {
    return (await (await this.worker()).evaluate(() => chrome.alarms.getAll())).map((a) => a.name).sort();
  }

  /** An alarm the extension knows nothing of, far ahead: it survives only if the browser keeps alarms. */
  async createProbeAlarm(): Promise<void> {
    await (await this.worker()).evaluate(() => chrome.alarms.create('test-probe', { delayInMinutes: 600 }));
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** The popup's "Due now" / "Upcoming" list (opened as a tab at the popup's size). */
export class RemindersPopup {
  private constructor(readonly popup: PopupPage) {}

  /** Opens the popup; with `reminderId`, as a notification's "Write note" opens it. */
  static async open(extension: LaunchedExtension, reminderId?: string): Promise<RemindersPopup> {
    const page = await extension.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    const query = reminderId ? `?reminder=${encodeURIComponent(reminderId)}` : '';
    await page.goto(extension.extensionUrl(`${POPUP}${query}`));
    await page.waitForSelector('#app > *');
    return new RemindersPopup(new PopupPage(page));
  }

  get page(): Page {
    return this.popup.page;
  }

  /** Waits for the list, then returns the ids in "Due now" or "Upcoming", in order. */
  async ids(section: 'due' | 'upcoming'): Promise<string[]> {
    await this.page.locator('[data-gracious="reminders"]').waitFor();
    return this.page
      .locator(`[data-gracious="reminders-${section}"] [data-reminder-id]`)
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-reminder-id') ?? ''));
  }

  item(id: string): Locator {
    return this.page.locator(`[data-reminder-id="${id}"]`);
  }

  async title(id: string): Promise<string> {
    return (await this.item(id).locator('.reminder-title').textContent()) ?? '';
  }

  /** "Write to <name>": the draft for that person, in one click. */
  async writeTo(id: string, name: string): Promise<void> {
    await this.item(id)
      .getByRole('button', { name: `Write to ${name}` })
      .click();
    await this.popup.body().waitFor();
  }

  async markSent(id: string, name: string): Promise<void> {
    await this.item(id)
      .getByRole('button', { name: `Mark as sent: the note to ${name}` })
      .click();
  }

  thanked(id: string): Locator {
    return this.item(id).locator('.reminder-thanked');
  }

  snoozeButton(id: string): Locator {
    return this.item(id).getByRole('button', { name: /^Snooze/ });
  }

  /** Opens the snooze choices of a reminder and picks one by its label. */
  async snooze(id: string, choice: 'In an hour' | 'Tomorrow morning' | 'Next week'): Promise<void> {
    await this.snoozeButton(id).click();
    await this.item(id).getByRole('group', { name: 'Snooze until' }).getByRole('button', { name: choice }).click();
  }

  async dismiss(id: string): Promise<void> {
    await this.item(id).getByRole('button', { name: 'Dismiss' }).click();
  }

  async close(): Promise<void> {
    await this.page.close();
  }
}

/** The reminder line of the inline panel on a webmail tab ("Reminder set. Undo", "Remind me"). */
export class PanelReminder {
  constructor(private readonly tab: WebmailTab) {}

  note(): Locator {
    return this.tab.panel().locator('[data-gracious="reminder"]');
  }

  async undo(): Promise<void> {
    await this.note().getByRole('button', { name: 'Undo' }).click();
  }

  remindMe(): Locator {
    return this.tab.panel().locator('[data-gracious="remind-me"]');
  }
}
