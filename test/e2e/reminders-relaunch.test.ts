/**
 * Reminders across browser relaunches on the same profile. Relaunching with --load-extension
 * clears every alarm and the badge (platform.md): the worker must re-arm from storage, still fire,
 * show the right badge, and fire a reminder that came due while the browser was closed exactly once.
 * Figures (how late alarms fire after a relaunch) are printed for the note, never asserted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRequest } from '../../src/core/messages';
import { ExtensionWorker, notificationIdOf, waitFor } from './pages/reminders';
import { type LaunchedExtension, launchExtension } from './support/extension';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';

let server: FixtureServer;
const open: LaunchedExtension[] = [];

async function launch(profileDir: string): Promise<{ extension: LaunchedExtension; worker: ExtensionWorker }> {
  const extension = await launchExtension({ profileDir, server });
  open.push(extension);
  return { extension, worker: await ExtensionWorker.open(extension) };
}

async function close(extension: LaunchedExtension): Promise<void> {
  await extension.close({ closeServer: false });
  open.splice(open.indexOf(extension), 1);
}

function reminder(threadKey: string, dueAt: number): WorkerRequest<'reminders/create'> {
  return {
    site: 'gmail',
    threadKey,
    situation: 'after-rejection',
    company: 'Northwind Health',
    role: 'Product Analyst',
    contacts: [{ name: 'Maria Garcia', email: 'maria@northwind.example', role: 'recruiter' }],
    interviewAt: null,
    dueAt,
  };
}

/** Quiet hours would hold notifications when this runs at night; the unit tests cover them. */
const daytime = { quietHours: { enabled: false, start: '21:00', end: '08:00' } };

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  for (const extension of [...open]) await extension.close({ closeServer: false });
  await server?.close();
});

describe('reminders across browser relaunches', () => {
  it('are re-armed after a relaunch cleared the alarms, still fire, and the badge is right', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'gracious-relaunch-'));
    const first = await launch(profile);
    await first.worker.call('settings/save', daytime);
    await first.worker.call('reminders/create', reminder('due-already', Date.now() - 1000));
    // Due after the relaunch: the relaunch takes a few seconds.
    const dueAt = Date.now() + 12_000;
    const { reminder: later } = await first.worker.call('reminders/create', reminder('due-later', dueAt));
    expect(await first.worker.alarm()).toMatchObject({ scheduledTime: dueAt });
    expect(await first.worker.badge()).toBe('1');
    // An alarm Gracious never re-creates: its absence after the relaunch shows the relaunch cleared alarms.
    await first.worker.createProbeAlarm();
    await close(first.extension);

    const relaunchedAt = Date.now();
    const second = await launch(profile);
    const alarm = await waitFor(
      'the re-armed alarm',
      () => second.worker.alarm(),
      (a) => a !== null,
    );
    const rearmedAfter = Date.now() - relaunchedAt;
    expect(alarm?.scheduledTime).toBe(dueAt);
    expect(await second.worker.alarmNames()).toEqual(['gracious-next-reminder']);
    expect(await second.worker.badge()).toBe('1');
    expect(Date.now(), 'the relaunch took longer than the margin before the due time').toBeLessThan(dueAt);

    await waitFor(
      'the notification after the relaunch',
      () => second.worker.notifications(),
      (ids) => ids.includes(notificationIdOf(later.id)),
      30_000,
    );
    const fired = await second.worker.reminder(later.id);
    expect(fired).toMatchObject({ status: 'due', notifiedAt: expect.any(Number) });
    expect(await second.worker.badge()).toBe('2');
    console.log(
      `[figures] relaunch → alarm seen re-armed ${rearmedAfter} ms after the relaunch began; ` +
        `it fired ${(fired?.notifiedAt ?? 0) - dueAt} ms after the due time`,
    );
    await close(second.extension);
  });

  it('fires a reminder that came due while the browser was closed once: not never, not twice', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'gracious-closed-'));
    const first = await launch(profile);
    await first.worker.call('settings/save', daytime);
    const dueAt = Date.now() + 2000;
    const { reminder: due } = await first.worker.call('reminders/create', reminder('due-while-closed', dueAt));
    await close(first.extension);
    // Closed before the due time, and still closed when it passes.
    expect(Date.now(), 'closing took longer than the margin before the due time').toBeLessThan(dueAt);
    await new Promise((resolve) => setTimeout(resolve, dueAt - Date.now() + 1000));

    const relaunchedAt = Date.now();
    const second = await launch(profile);
    await waitFor(
      'the missed notification at the next start',
      () => second.worker.notifications(),
      (ids) => ids.includes(notificationIdOf(due.id)),
    );
    const { notifiedAt } = (await second.worker.reminder(due.id))!;
    const { startedAt } = await second.worker.identity();
    expect(notifiedAt).toBeGreaterThan(dueAt);
    expect(await second.worker.badge()).toBe('1');
    console.log(
      `[figures] due while closed → notified ${notifiedAt! - startedAt} ms after the worker started ` +
        `(${notifiedAt! - relaunchedAt} ms after the relaunch began; the browser was closed at the due time)`,
    );

    // Another worker start, then another relaunch: each start syncs ('reminders/list' waits for
    // it), and neither shows the reminder again.
    const { before, after } = await second.worker.stopAndWake();
    expect(after.instanceId).not.toBe(before.instanceId);
    await second.worker.call('reminders/list');
    expect((await second.worker.reminder(due.id))?.notifiedAt).toBe(notifiedAt);
    await close(second.extension);

    const third = await launch(profile);
    const listed = await third.worker.call('reminders/list');
    expect(listed.due.map((r) => r.id)).toEqual([due.id]);
    expect(await third.worker.notifications()).toEqual([]);
    expect((await third.worker.reminder(due.id))?.notifiedAt).toBe(notifiedAt);
    expect(await third.worker.badge()).toBe('1');
    await close(third.extension);
  });
});
