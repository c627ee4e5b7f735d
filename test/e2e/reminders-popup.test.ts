/**
 * The popup's reminders in real Chromium: "Due now" and "Upcoming" (contract 4), one click to the
 * draft for each person, Mark as sent per person, Snooze with how many remain, Dismiss, and the
 * notification's "Write note" (the popup opened with `?reminder=<id>`). The badge follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerRequest } from '../../src/core/messages';
import { axeViolations } from './pages/extension-pages';
import { ExtensionWorker, RemindersPopup, waitFor } from './pages/reminders';
import { type LaunchedExtension, launchExtension } from './support/extension';

let extension: LaunchedExtension;
let worker: ExtensionWorker;

const HOUR = 3_600_000;

function offerNote(threadKey: string, dueAt: number): WorkerRequest<'reminders/create'> {
  return {
    site: 'gmail',
    threadKey,
    situation: 'decline-offer',
    company: 'Acme Robotics',
    role: 'Senior Product Designer',
    contacts: [
      { name: 'Dana Lee', email: 'dana.lee@acmerobotics.example', role: 'recruiter' },
      { name: 'Priya Natarajan', email: null, role: 'hiring-manager' },
    ],
    interviewAt: null,
    dueAt,
  };
}

beforeAll(async () => {
  extension = await launchExtension();
  worker = await ExtensionWorker.open(extension);
  await worker.call('settings/save', {
    userName: 'Alex Kim',
    quietHours: { enabled: false, start: '21:00', end: '08:00' },
  });
});

afterAll(async () => {
  await extension?.close();
});

describe('the popup’s reminders', () => {
  it('lists Due now and Upcoming, each reminder with data-reminder-id, and the badge counts the due ones', async () => {
    const { reminder: due } = await worker.call('reminders/create', offerNote('listed-due', Date.now() - HOUR));
    const { reminder: later } = await worker.call('reminders/create', {
      ...offerNote('listed-later', Date.now() + 5 * HOUR),
      situation: 'after-rejection',
      company: 'Northwind Health',
    });
    const popup = await RemindersPopup.open(extension);
    expect(await popup.ids('due')).toEqual([due.id]);
    expect(await popup.ids('upcoming')).toEqual([later.id]);
    expect(await popup.title(due.id)).toBe('Thank Dana Lee and Priya Natarajan as you decline');
    expect(await worker.badge()).toBe('1');
    expect(await axeViolations(popup.page)).toEqual([]);
    await popup.close();
    await worker.call('reminders/dismiss', { id: due.id });
    await worker.call('reminders/dismiss', { id: later.id });
  });

  it('goes from a reminder to the draft for each person in one click', async () => {
    const { reminder } = await worker.call('reminders/create', offerNote('write-each', Date.now() - HOUR));
    for (const [name, first] of [
      ['Dana Lee', 'Dana'],
      ['Priya Natarajan', 'Priya'],
    ] as const) {
      const popup = await RemindersPopup.open(extension);
      await popup.writeTo(reminder.id, name);
      const body = await popup.popup.body().inputValue();
      expect(body).toContain(first);
      expect(body).toContain('Acme Robotics');
      expect(body).toContain('Alex Kim');
      expect(await popup.popup.subject().inputValue()).not.toBe('');
      await popup.close();
    }
    await worker.call('reminders/dismiss', { id: reminder.id });
  });

  it('opens a reminder’s draft directly when the notification’s Write note opens the popup on it', async () => {
    const { reminder } = await worker.call('reminders/create', offerNote('from-notification', Date.now() - HOUR));
    const popup = await RemindersPopup.open(extension, reminder.id);
    await popup.popup.body().waitFor();
    expect(await popup.popup.body().inputValue()).toContain('Dana');
    expect(new URL(popup.page.url()).searchParams.has('reminder')).toBe(false);
    await popup.close();
    await worker.call('reminders/dismiss', { id: reminder.id });
  });

  it('marks each person sent; when all are, the reminder is done, the badge drops and a keep-in-touch follows', async () => {
    const { reminder } = await worker.call('reminders/create', offerNote('mark-sent', Date.now() - HOUR));
    const popup = await RemindersPopup.open(extension);
    expect(await popup.ids('due')).toContain(reminder.id);
    const badge = Number(await worker.badge());

    await popup.markSent(reminder.id, 'Dana Lee');
    await expect.poll(() => popup.thanked(reminder.id).textContent()).toBe('Dana Lee — Thanked');
    const half = await worker.reminder(reminder.id);
    expect(half?.people.map((p) => [p.name, p.thankedVia])).toEqual([
      ['Dana Lee', 'marked'],
      ['Priya Natarajan', null],
    ]);

    await popup.markSent(reminder.id, 'Priya Natarajan');
    await expect.poll(() => popup.item(reminder.id).count()).toBe(0);
    expect(await worker.reminder(reminder.id)).toMatchObject({ status: 'done', closedBy: 'sent' });
    await waitFor(
      'the badge',
      () => worker.badge(),
      (text) => text === String(badge - 1 || ''),
    );
    const keepInTouch = Object.values(await worker.reminders()).find(
      (r) => r.threadKey === 'mark-sent' && r.situation === 'keep-in-touch',
    );
    expect(keepInTouch?.people.map((p) => p.name)).toEqual(['Dana Lee', 'Priya Natarajan']);
    expect(await popup.ids('upcoming')).toContain(keepInTouch?.id);
    await popup.close();
    await worker.call('reminders/dismiss', { id: keepInTouch!.id });
  });

  it('snoozes with the number left shown, until none are left; dismisses', async () => {
    await worker.call('settings/save', { snoozeLimit: 1 });
    const { reminder } = await worker.call('reminders/create', offerNote('snoozed', Date.now() - HOUR));
    const popup = await RemindersPopup.open(extension);
    expect(await popup.snoozeButton(reminder.id).textContent()).toBe('Snooze (1 left)');
    const before = Date.now();
    await popup.snooze(reminder.id, 'In an hour');
    await expect.poll(() => popup.ids('upcoming')).toContain(reminder.id);
    const snoozed = await worker.reminder(reminder.id);
    expect(snoozed).toMatchObject({ status: 'snoozed', snoozeCount: 1 });
    expect(snoozed?.dueAt).toBeGreaterThanOrEqual(before + HOUR);
    expect(snoozed?.dueAt).toBeLessThanOrEqual(Date.now() + HOUR);

    // Due again (the user chose a time now): no snoozes are left, so none is offered.
    await worker.call('reminders/create', offerNote('snoozed', Date.now() - 1000));
    await popup.page.reload();
    expect(await popup.ids('due')).toContain(reminder.id);
    expect(await popup.snoozeButton(reminder.id).count()).toBe(0);
    expect(await popup.item(reminder.id).textContent()).toContain('No snoozes left');

    await popup.dismiss(reminder.id);
    await expect.poll(() => popup.item(reminder.id).count()).toBe(0);
    expect(await worker.reminder(reminder.id)).toMatchObject({ status: 'dismissed', closedBy: 'dismissed' });
    expect(await worker.badge()).toBe('');
    await popup.close();
  });
});
