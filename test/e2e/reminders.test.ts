/**
 * Reminders in real Chromium with the built extension: the worker keeps every reminder through
 * worker stops, concurrent updates and bad stored values, and notifies at the due time. Messages
 * are sent from a real content script world (as the content script sends them); the saved webmail
 * pages driving the real content script are in reminders-webmail.test.ts, browser relaunches in
 * reminders-relaunch.test.ts, the popup list in reminders-popup.test.ts.
 * Figures (restart and alarm lateness) are printed for the note, never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Detection } from '../../src/core/messages';
import { THREADS } from '../fixtures/webmail/threads';
import type { ContentWorld } from './pages/content-world';
import { ExtensionWorker, notificationIdOf, waitFor } from './pages/reminders';
import { WEBMAIL_URLS, WebmailTab } from './pages/webmail';
import { type LaunchedExtension, launchExtension } from './support/extension';

let extension: LaunchedExtension;
let worker: ExtensionWorker;

const acme = THREADS.find((t) => t.key === 'offer-acme')!;
const hooli = THREADS.find((t) => t.key === 'replied-offer')!;

function offerDetection(patch: Partial<Detection> = {}): Detection {
  return {
    site: 'gmail',
    threadKey: acme.gmailThreadId,
    kind: 'offer',
    company: 'Acme Robotics',
    role: 'Senior Product Designer',
    contacts: [
      { name: 'Dana Lee', email: 'dana.lee@acmerobotics.example', role: 'recruiter' },
      { name: 'Priya Natarajan', email: null, role: 'hiring-manager' },
    ],
    interviewAt: null,
    ...patch,
  };
}

/** A content script world in a Gmail tab, sending exactly what the content script sends. */
async function gmailWorld(): Promise<{ tab: WebmailTab; world: ContentWorld }> {
  const tab = await WebmailTab.open(extension, WEBMAIL_URLS.gmail);
  const world = await tab.contentWorld(10_000);
  return { tab, world };
}

beforeAll(async () => {
  extension = await launchExtension();
  worker = await ExtensionWorker.open(extension);
  // Quiet hours would hold notifications when this runs at night; the unit tests cover them.
  await worker.call('settings/save', {
    userName: 'Alex Kim',
    quietHours: { enabled: false, start: '21:00', end: '08:00' },
  });
});

afterAll(async () => {
  await extension?.close();
});

describe('reminders in the service worker', () => {
  it('the offer thread detected from two content scripts in turn makes one reminder, not two', async () => {
    for (const visit of [1, 2]) {
      const { tab, world } = await gmailWorld();
      const reply = await world.sendToWorker<{ ok: boolean; value: { created: boolean } }>({
        type: 'detected',
        payload: offerDetection(),
      });
      expect(reply).toMatchObject({ ok: true, value: { created: visit === 1 } });
      await world.detach();
      await tab.page.close();
    }
    const forThread = Object.values(await worker.reminders()).filter((r) => r.threadKey === acme.gmailThreadId);
    expect(forThread).toHaveLength(1);
    expect(forThread[0]).toMatchObject({ situation: 'undecided-offer', status: 'scheduled', company: 'Acme Robotics' });
    expect(await worker.alarm()).toMatchObject({ scheduledTime: forThread[0]?.dueAt });
  });

  it('keeps every reminder through 20 worker stops interleaved with updates', async () => {
    const { tab, world } = await gmailWorld();
    const restartTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = Date.now();
      const { before, after } = await worker.stopAndWake();
      restartTimes.push(Date.now() - started);
      // Each stop is proved: a new worker instance answered, started after the one before it.
      expect(after.instanceId).not.toBe(before.instanceId);
      expect(after.startedAt).toBeGreaterThanOrEqual(before.startedAt);

      await worker.call('reminders/create', {
        site: 'gmail',
        threadKey: `stopped-${i}`,
        situation: 'withdraw',
        company: `Company ${i}`,
        role: null,
        contacts: [{ name: 'Sam Ortiz', email: `sam${i}@example.com`, role: 'recruiter' }],
        interviewAt: null,
        dueAt: Date.now() + (30 + i) * 86_400_000,
      });
      if (i % 2) await worker.stopAndWake();
      const seen = await world.sendToWorker<{ ok: boolean }>({
        type: 'detected',
        payload: offerDetection({ role: `Senior Product Designer ${i}` }),
      });
      expect(seen).toMatchObject({ ok: true });
    }
    const reminders = Object.values(await worker.reminders());
    for (let i = 0; i < 20; i++) expect(reminders.some((r) => r.threadKey === `stopped-${i}`)).toBe(true);
    const offers = reminders.filter((r) => r.threadKey === acme.gmailThreadId);
    expect(offers).toHaveLength(1);
    expect(offers[0]?.role).toBe('Senior Product Designer 19');
    expect(await worker.alarmCount()).toBe(1);
    console.log(
      `[figures] worker stop → next reply: median ${median(restartTimes)} ms, max ${Math.max(...restartTimes)} ms (20 stops)`,
    );
    await world.detach();
    await tab.page.close();
  });

  it('loses none of 100 updates launched together from the popup page and a content script', async () => {
    const { tab, world } = await gmailWorld();
    const before = Object.keys(await worker.reminders()).length;
    const started = Date.now();
    const fromPage = worker.page.evaluate(() =>
      Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          chrome.runtime.sendMessage({
            type: 'reminders/create',
            payload: {
              site: 'outlook',
              threadKey: `page-${i}`,
              situation: 'after-rejection',
              company: 'Initech',
              role: null,
              contacts: [{ name: 'Bill Lumbergh', email: 'bill@initech.example', role: 'hiring-manager' }],
              interviewAt: null,
            },
          }),
        ),
      ),
    );
    const rejection = offerDetection({ kind: 'rejection', company: 'Globex' });
    const fromContent = world.evaluate<{ ok: boolean }[]>(`Promise.all(Array.from({ length: 50 }, (_, i) =>
      chrome.runtime.sendMessage({ type: 'detected', payload: { ...${JSON.stringify(rejection)}, threadKey: 'content-' + i } })))`);
    const replies = [...(await fromPage), ...(await fromContent)];
    const elapsed = Date.now() - started;
    expect(replies.filter((r) => r.ok)).toHaveLength(100);
    const reminders = Object.values(await worker.reminders());
    expect(reminders).toHaveLength(before + 100);
    for (let i = 0; i < 50; i++) {
      expect(reminders.some((r) => r.site === 'outlook' && r.threadKey === `page-${i}`)).toBe(true);
      expect(reminders.some((r) => r.site === 'gmail' && r.threadKey === `content-${i}`)).toBe(true);
    }
    console.log(`[figures] 100 concurrent updates from two contexts: all stored, ${elapsed} ms in all`);
    await world.detach();
    await tab.page.close();
  });

  it('shows a notification with Write note and Snooze at the due time, and counts it on the badge', async () => {
    const badgeBefore = Number((await worker.badge()) || '0');
    const dueAt = Date.now() + 2500;
    const { reminder } = await worker.call('reminders/create', {
      site: 'gmail',
      threadKey: 'due-soon',
      situation: 'decline-offer',
      company: 'Umbrella',
      role: 'Analyst',
      contacts: [{ name: 'Ada Wong', email: 'ada@umbrella.example', role: 'recruiter' }],
      interviewAt: null,
      dueAt,
    });
    expect(await worker.notifications()).not.toContain(notificationIdOf(reminder.id));
    expect(await worker.alarm()).toMatchObject({ scheduledTime: dueAt });
    await waitFor(
      'the notification',
      () => worker.notifications(),
      (ids) => ids.includes(notificationIdOf(reminder.id)),
    );
    const stored = await worker.reminder(reminder.id);
    expect(stored).toMatchObject({ status: 'due', notifiedAt: expect.any(Number) });
    expect(await worker.badge()).toBe(String(badgeBefore + 1));
    console.log(`[figures] notification at due time: ${(stored?.notifiedAt ?? 0) - dueAt} ms after dueAt`);
  });

  it('a reply the content script reports marks the person written to thanked', async () => {
    const { tab, world } = await gmailWorld();
    const detection = {
      site: 'gmail',
      threadKey: hooli.gmailThreadId,
      kind: 'offer',
      company: 'Hooli',
      role: 'Data Scientist',
      contacts: [{ name: 'Gavin Belson', email: 'gavin.belson@hooli.example', role: 'hiring-manager' }],
      interviewAt: null,
    };
    const detected = await world.sendToWorker<{ value: { reminder: { id: string } } }>({
      type: 'detected',
      payload: detection,
    });
    const reply = hooli.messages.at(-1)!;
    const replied = await world.sendToWorker({
      type: 'replied',
      payload: { site: 'gmail', threadKey: hooli.gmailThreadId, to: hooli.expectRepliedTo, at: reply.date },
    });
    expect(replied).toMatchObject({ ok: true, value: { thanked: 1 } });
    const stored = await worker.reminder(detected.value.reminder.id);
    expect(stored?.people).toEqual([
      expect.objectContaining({ name: 'Gavin Belson', thankedVia: 'reply', thankedAt: expect.any(Number) }),
    ]);
    expect(stored).toMatchObject({ status: 'done', closedBy: 'sent' });
    await world.detach();
    await tab.page.close();
  });

  it('export, import and delete cover reminders; a bad import changes nothing and says why', async () => {
    const exported = await worker.call('data/export');
    const ids = Object.keys(await worker.reminders());
    expect(Object.keys(exported.reminders).sort()).toEqual([...ids].sort());
    const badge = await worker.badge();
    const alarm = await worker.alarm();
    expect(badge).not.toBe('');

    await worker.call('data/delete-all');
    expect(await worker.reminders()).toEqual({});
    await waitFor(
      'the badge to clear',
      () => worker.badge(),
      (text) => text === '',
    );
    expect(await worker.alarm()).toBeNull();

    const [first] = ids;
    const damaged = { ...exported, reminders: { ...exported.reminders, [first!]: { id: first, dueAt: 'soon' } } };
    expect(await worker.call('data/import', damaged)).toMatchObject({
      imported: false,
      problem: 'invalid-part',
      detail: expect.stringContaining(`reminders.${first}`),
    });
    expect(await worker.reminders()).toEqual({});

    expect(await worker.call('data/import', exported)).toEqual({ imported: true });
    expect(Object.keys(await worker.reminders()).sort()).toEqual([...ids].sort());
    await waitFor(
      'the badge',
      () => worker.badge(),
      (text) => text === badge,
    );
    expect(await worker.alarm()).toMatchObject({ scheduledTime: alarm?.scheduledTime });
  });

  it('content scripts reach reminders only through the worker’s messages', async () => {
    const { tab, world } = await gmailWorld();
    const read = await world.evaluate<string>(
      `chrome.storage.local.get(null).then(() => 'read', (error) => 'refused: ' + error.message)`,
    );
    expect(read).toMatch(/^refused/);
    const others = await world.sendToWorker({ type: 'reminders/list' });
    expect(others).toMatchObject({ ok: false, error: expect.stringContaining('not accepted from webmail') });
    await world.detach();
    await tab.page.close();
  });

  it('a corrupted stored value does not stop the worker, and everything else stays', async () => {
    const before = await worker.storage();
    const reminders = before.reminders as Record<string, unknown>;
    const [victim, ...others] = Object.keys(reminders);
    await worker.writeStorage({ reminders: { ...reminders, [victim!]: { id: victim, garbage: true }, rjunk: 42 } });
    const { after } = await worker.stopAndWake();
    expect(after.instanceId).toBeTruthy();
    const kept = await worker.reminders();
    expect(Object.keys(kept).sort()).toEqual([...others].sort());
    const storage = await worker.storage();
    expect(storage.settings).toEqual(before.settings);
    expect((storage.quarantine as { key: string }[]).map((q) => q.key)).toEqual(
      expect.arrayContaining([`reminders.${victim}`, 'reminders.rjunk']),
    );

    // A whole value of the wrong type, and a version number that is not one: still running.
    await worker.writeStorage({ settings: 'garbage', schemaVersion: 'x' });
    await worker.stopAndWake();
    expect(Object.keys(await worker.reminders()).sort()).toEqual([...others].sort());
    expect(await worker.call('reminders/list')).toMatchObject({ due: expect.any(Array) });
    const created = await worker.call('reminders/create', {
      site: 'gmail',
      threadKey: 'after-corruption',
      situation: 'withdraw',
      company: 'Acme',
      role: null,
      contacts: [],
      interviewAt: null,
    });
    expect(created.created).toBe(true);
    expect(extension.consoleErrors.filter((e) => /Uncaught|unhandled/i.test(e.text))).toEqual([]);
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
