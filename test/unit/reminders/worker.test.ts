/**
 * The worker's reminder logic against an in-memory browser (@webext-core/fake-browser) and a fake
 * clock. Each `startWorker()` loads the service worker's modules afresh, as Chrome does after it
 * stops the worker or the browser restarts: globals are gone, only storage remains.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detection } from '../../../src/core/messages';
import { createReminder, HOUR, type Reminder, type Reminders } from '../../../src/core/reminders';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';

vi.mock('../../../src/platform/browser', async () => {
  const { fakeBrowser: fake } = await import('@webext-core/fake-browser');
  return { browser: fake };
});

const zone = process.env.TZ;
process.env.TZ = 'Europe/Berlin';
afterAll(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const MONDAY_NOON = new Date('2026-03-02T12:00:00').getTime();
const EXTENSION = 'chrome-extension://test-extension-id/';
const page = { origin: 'extension-page' as const, tabId: undefined, url: `${EXTENSION}src/popup/index.html` };
const gmail = { origin: 'webmail' as const, tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcg' };
const outlook = { origin: 'webmail' as const, tabId: 8, url: 'https://outlook.live.com/mail/0/' };

const offer: Detection = {
  site: 'gmail',
  threadKey: 'FMfcg-offer',
  kind: 'offer',
  company: 'Acme Robotics',
  role: 'Senior Designer',
  contacts: [
    { name: 'Dana Lee', email: 'dana@acme.example', role: 'recruiter' },
    { name: 'Omar Haddad', email: 'omar@acme.example', role: 'hiring-manager' },
  ],
  interviewAt: null,
};

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const messages = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Messages;

/** chrome.i18n.getMessage over the real English strings: named placeholders, then $1…$9. */
function getMessage(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const subs = [substitutions ?? []].flat();
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => subs[Number(n) - 1] ?? '');
  });
}

function installBrowserParts() {
  // The parts fake-browser leaves out, as Chrome behaves.
  Object.assign(fakeBrowser.i18n, { getMessage });
  Object.assign(fakeBrowser.runtime, {
    getManifest: () => ({ version: '0.1.0', action: { default_popup: 'src/popup/index.html' } }),
  });
  Object.assign(fakeBrowser.storage.local, { setAccessLevel: vi.fn(async () => undefined) });
  Object.assign(fakeBrowser.action, {
    setPopup: vi.fn(async () => undefined),
    openPopup: vi.fn(async () => {
      throw new Error('no focused browser window');
    }),
  });
}

/** A stopped worker's listeners are gone with it; storage, alarms and notifications stay. */
function forgetListeners() {
  for (const event of [
    fakeBrowser.runtime.onMessage,
    fakeBrowser.runtime.onInstalled,
    fakeBrowser.runtime.onStartup,
    fakeBrowser.alarms.onAlarm,
    fakeBrowser.notifications.onClicked,
    fakeBrowser.notifications.onButtonClicked,
    fakeBrowser.storage.onChanged,
  ]) {
    event.removeAllListeners();
  }
}

async function startWorker() {
  vi.resetModules();
  forgetListeners();
  installBrowserParts();
  await import('../../../src/background/index');
  const reminders = await import('../../../src/background/reminders');
  const { reminderHandlers } = await import('../../../src/background/handlers/reminders');
  const { webmailHandlers } = await import('../../../src/background/handlers/webmail');
  await reminders.syncReminders();
  return { ...reminders, reminderHandlers, webmailHandlers };
}

async function stored(): Promise<Reminders> {
  return ((await fakeBrowser.storage.local.get('reminders')).reminders ?? {}) as Reminders;
}

async function seed(reminders: Reminders, settings: Settings = DEFAULT_SETTINGS) {
  await fakeBrowser.storage.local.set({ schemaVersion: 2, settings, reminders });
}

function oneReminder(dueAt: number, patch: Partial<Detection> = {}): Reminders {
  return createReminder(
    {},
    { ...offer, ...patch, situation: 'decline-offer', dueAt },
    DEFAULT_SETTINGS,
    MONDAY_NOON - HOUR,
  ).reminders;
}

const badge = () => fakeBrowser.action.getBadgeText({});
const alarm = () => fakeBrowser.alarms.get('gracious-next-reminder');
const shown = async () => Object.keys(await fakeBrowser.notifications.getAll());

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(MONDAY_NOON);
  fakeBrowser.reset();
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the worker re-arms from storage at every start', () => {
  it('sets the one alarm for the next due time and the badge to the number due', async () => {
    await seed({ ...oneReminder(MONDAY_NOON + 3 * HOUR), ...oneReminder(MONDAY_NOON - HOUR, { threadKey: 'due' }) });
    await startWorker();
    expect((await alarm())?.scheduledTime).toBe(MONDAY_NOON + 3 * HOUR);
    expect(await fakeBrowser.alarms.getAll()).toHaveLength(1);
    expect(await badge()).toBe('1');
    expect(fakeBrowser.storage.local.setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('re-arms an alarm the browser cleared, and the badge is empty with nothing due', async () => {
    await seed(oneReminder(MONDAY_NOON + 3 * HOUR));
    await startWorker();
    await fakeBrowser.alarms.clearAll();
    await startWorker();
    expect((await alarm())?.scheduledTime).toBe(MONDAY_NOON + 3 * HOUR);
    expect(await badge()).toBe('');
  });

  it('runs the storage migration and sets a corrupted reminder aside without stopping', async () => {
    const good = oneReminder(MONDAY_NOON + HOUR);
    await fakeBrowser.storage.local.set({
      schemaVersion: 1,
      settings: { ...DEFAULT_SETTINGS, userName: 'Sam' },
      reminders: { ...good, rbad: { id: 'rbad', dueAt: 'soon' } },
    });
    const worker = await startWorker();
    expect(Object.keys(await stored())).toEqual(Object.keys(good));
    const all = await fakeBrowser.storage.local.get(null);
    expect(all).toMatchObject({ schemaVersion: 2, settings: { userName: 'Sam' } });
    expect(all.quarantine).toEqual([expect.objectContaining({ key: 'reminders.rbad' })]);
    const listed = await worker.reminderHandlers['reminders/list']({}, page);
    expect(listed.upcoming.map((r) => r.id)).toEqual(Object.keys(good));
  });
});

describe('at the due time', () => {
  it('the alarm shows one notification with Write note and Snooze, and the badge counts it', async () => {
    const reminders = oneReminder(MONDAY_NOON + HOUR);
    const [id] = Object.keys(reminders);
    await seed(reminders);
    const worker = await startWorker();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(MONDAY_NOON + HOUR + 40);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'gracious-next-reminder',
      scheduledTime: MONDAY_NOON + HOUR,
      persistAcrossSessions: false,
    });
    await worker.syncReminders();
    expect(await shown()).toEqual([`gracious-reminder:${id}`]);
    const options = fakeBrowser.notifications.getAllCreateOptions()[`gracious-reminder:${id}`] as {
      title: string;
      buttons: { title: string }[];
    };
    expect(options.title).toBe('Thank Dana Lee and Omar Haddad as you decline');
    expect(options.buttons.map((b) => b.title)).toEqual(['Write note', 'Snooze (3 left)']);
    expect(await badge()).toBe('1');
    expect((await stored())[id!]).toMatchObject({ status: 'due', notifiedAt: MONDAY_NOON + HOUR + 40 });
    expect(create).toHaveBeenCalledTimes(1);

    // Later wake-ups and a restarted worker do not notify it again.
    await worker.syncReminders();
    const restarted = await startWorker();
    await restarted.syncReminders();
    expect(create).toHaveBeenCalledTimes(1);
    expect(await alarm()).toBeUndefined();
  });

  it('a reminder that came due while the browser was closed is notified at the next start', async () => {
    await seed(oneReminder(MONDAY_NOON + HOUR));
    vi.setSystemTime(MONDAY_NOON + 5 * HOUR);
    await startWorker();
    expect(await shown()).toHaveLength(1);
    expect(await badge()).toBe('1');
  });

  it('holds the notification in quiet hours and wakes when they end', async () => {
    const night = new Date('2026-03-02T23:00:00').getTime();
    await seed(oneReminder(night));
    vi.setSystemTime(night + 1000);
    await startWorker();
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('1');
    expect((await alarm())?.scheduledTime).toBe(new Date('2026-03-03T08:00:00').getTime());
  });
});

describe('notification buttons (plain functions: headless Chromium cannot click them)', () => {
  async function dueNow() {
    const reminders = oneReminder(MONDAY_NOON - 1);
    await seed(reminders);
    const worker = await startWorker();
    return { worker, id: Object.keys(reminders)[0]!, notification: `gracious-reminder:${Object.keys(reminders)[0]}` };
  }

  it('Snooze snoozes for a day, clears the notification and the badge', async () => {
    const { worker, id, notification } = await dueNow();
    await worker.onNotificationButtonClicked(notification, 1);
    expect((await stored())[id]).toMatchObject({ status: 'snoozed', snoozeCount: 1, dueAt: MONDAY_NOON + 24 * HOUR });
    expect(await shown()).toEqual([]);
    expect(await badge()).toBe('');
    expect((await alarm())?.scheduledTime).toBe(MONDAY_NOON + 24 * HOUR);
  });

  it('offers no Snooze when none are left', async () => {
    const reminders = oneReminder(MONDAY_NOON - 1);
    const [id] = Object.keys(reminders);
    reminders[id!] = { ...(reminders[id!] as Reminder), snoozeCount: 3 };
    await seed(reminders);
    await startWorker();
    const options = fakeBrowser.notifications.getAllCreateOptions()[`gracious-reminder:${id}`] as {
      buttons: unknown[];
    };
    expect(options.buttons).toHaveLength(1);
  });

  it('Write note opens the popup on that reminder, or a tab of it when the popup cannot open', async () => {
    const { worker, id, notification } = await dueNow();
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await worker.onNotificationButtonClicked(notification, 0);
    expect(tabs).toHaveBeenCalledWith({ url: `${EXTENSION}src/popup/index.html?reminder=${id}` });
    expect(fakeBrowser.action.setPopup).toHaveBeenLastCalledWith({ popup: 'src/popup/index.html' });
    expect(await shown()).toEqual([]);

    vi.mocked(fakeBrowser.action.openPopup).mockResolvedValueOnce(undefined);
    await worker.onNotificationClicked(notification);
    expect(fakeBrowser.action.setPopup).toHaveBeenCalledWith({ popup: `src/popup/index.html?reminder=${id}` });
    expect(tabs).toHaveBeenCalledTimes(1);
  });
});

describe('messages change reminders through the one writer', () => {
  it('a detection creates the reminder once; a re-detection updates it', async () => {
    const { webmailHandlers } = await startWorker();
    const first = await webmailHandlers.detected(offer, gmail);
    expect(first).toMatchObject({ created: true, reminder: { situation: 'undecided-offer', state: 'scheduled' } });
    const again = await webmailHandlers.detected({ ...offer, role: 'Lead Designer' }, gmail);
    expect(again).toMatchObject({ created: false, reminder: { id: first.reminder?.id, role: 'Lead Designer' } });
    expect(Object.keys(await stored())).toHaveLength(1);
    expect((await alarm())?.scheduledTime).toBe(MONDAY_NOON + 48 * HOUR);
  });

  it('a rescheduled interview moves its reminder: one stored, the alarm for the new day, nothing at the old time', async () => {
    const interview: Detection = {
      ...offer,
      threadKey: 'FMfcg-interview',
      kind: 'interview',
      contacts: [{ name: 'Priya Shah', email: 'priya@acme.example', role: 'interviewer' }],
      interviewAt: '2026-03-05T10:00:00+01:00',
    };
    const oldDue = new Date('2026-03-05T18:00:00').getTime();
    const newDue = new Date('2026-03-09T18:00:00').getTime();
    const { webmailHandlers } = await startWorker();
    const first = await webmailHandlers.detected(interview, gmail);
    expect((await alarm())?.scheduledTime).toBe(oldDue);

    const moved = await webmailHandlers.detected(
      { ...interview, interviewAt: '2026-03-09T14:00:00+01:00', rescheduled: true },
      gmail,
    );
    expect(moved).toMatchObject({ created: false, reminder: { id: first.reminder?.id, dueAt: newDue } });
    expect(Object.values(await stored())).toEqual([
      expect.objectContaining({ key: 'gmail|after-interview|FMfcg-interview|2026-03-09', dueAt: newDue }),
    ]);
    expect((await alarm())?.scheduledTime).toBe(newDue);

    // The old time passes (the browser restarted meanwhile): nothing is shown, and the store reads back whole.
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    vi.setSystemTime(oldDue + HOUR);
    const restarted = await startWorker();
    await restarted.syncReminders();
    expect(create).not.toHaveBeenCalled();
    expect(await badge()).toBe('');
    expect(await fakeBrowser.storage.local.get('quarantine')).toEqual({});
    expect((await alarm())?.scheduledTime).toBe(newDue);
  });

  it('creates nothing from a detection when reminders are not automatic', async () => {
    await seed({}, { ...DEFAULT_SETTINGS, autoReminders: false });
    const { webmailHandlers } = await startWorker();
    expect(await webmailHandlers.detected(offer, gmail)).toMatchObject({ reminder: null, created: false });
    expect(await stored()).toEqual({});
  });

  it('a reply to the recruiter marks the recruiter thanked', async () => {
    const { webmailHandlers, reminderHandlers } = await startWorker();
    const { reminder } = await webmailHandlers.detected(offer, gmail);
    const declined = await reminderHandlers['reminders/decide']({ id: reminder!.id, decision: 'decline-offer' }, page);
    const reply = { site: 'gmail' as const, threadKey: offer.threadKey, to: ['dana@acme.example'], at: null };
    expect(await webmailHandlers.replied(reply, gmail)).toEqual({ acknowledged: true, thanked: 1 });
    expect((await stored())[declined.reminder.id]?.people.map((p) => p.thankedVia)).toEqual(['reply', null]);
  });

  it('refuses a webmail page acting on another site', async () => {
    const { webmailHandlers, reminderHandlers } = await startWorker();
    const { reminder } = await webmailHandlers.detected(offer, gmail);
    await expect(webmailHandlers.detected(offer, outlook)).rejects.toThrow(/own site/);
    await expect(reminderHandlers['reminders/dismiss']({ id: reminder!.id }, outlook)).rejects.toThrow(/own site/);
    await expect(
      reminderHandlers['reminders/for-thread']({ site: 'gmail', threadKey: offer.threadKey }, outlook),
    ).rejects.toThrow(/own site/);
  });

  it('loses none of 100 changes launched together', async () => {
    const { reminderHandlers, webmailHandlers } = await startWorker();
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        i % 2
          ? webmailHandlers.detected({ ...offer, threadKey: `thread-${i}` }, gmail)
          : reminderHandlers['reminders/create'](
              { ...offer, threadKey: `thread-${i}`, situation: 'withdraw', kind: null, dueAt: MONDAY_NOON + i },
              page,
            ),
      ),
    );
    expect(Object.keys(await stored())).toHaveLength(100);
  });

  it('a refused change writes nothing and says why', async () => {
    const { reminderHandlers } = await startWorker();
    await expect(reminderHandlers['reminders/snooze']({ id: 'rnone', until: null }, page)).rejects.toThrow(
      /no longer exists/,
    );
  });

  it('re-syncs after another writer deletes everything: no badge, no alarm', async () => {
    await seed(oneReminder(MONDAY_NOON - 1));
    const worker = await startWorker();
    expect(await badge()).toBe('1');
    await fakeBrowser.storage.local.clear();
    await worker.syncReminders();
    expect(await badge()).toBe('');
    expect(await alarm()).toBeUndefined();
    expect(await shown()).toEqual([]);
  });
});
