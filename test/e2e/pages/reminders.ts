/**
 * Page objects for reminders: the worker as the popup reaches it (messages from an extension page,
 * plus what a test reads of the browser: storage, alarms, notifications, badge), and the popup's
 * "Due now" / "Upcoming" list.
 */
import type { Page, Worker } from 'playwright-core';
import type { Reply, WorkerMessageName, WorkerRequest, WorkerResponses } from '../../../src/core/messages';
import type { Reminder, Reminders } from '../../../src/core/reminders';
import type { LaunchedExtension } from '../support/extension';

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
