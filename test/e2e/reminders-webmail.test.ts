/**
 * Reminders from the real content script on the saved webmail pages, under the real host names:
 * what opening a thread, replying in it and the inline panel's reminder line do to the stored
 * reminders.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES, THREADS } from '../fixtures/webmail/threads';
import { ExtensionWorker, PanelReminder, waitFor } from './pages/reminders';
import { WebmailTab } from './pages/webmail';
import { type LaunchedExtension, launchExtension } from './support/extension';

let extension: LaunchedExtension;
let worker: ExtensionWorker;

const thread = (key: string) => THREADS.find((t) => t.key === key)!;
const page = (site: 'gmail' | 'outlook') => PAGES.find((p) => p.site === site && p.name === 'index')!;

async function remindersOf(threadKey: string) {
  return Object.values(await worker.reminders()).filter((r) => r.threadKey === threadKey);
}

beforeAll(async () => {
  extension = await launchExtension();
  worker = await ExtensionWorker.open(extension);
  await worker.call('settings/save', { userName: 'Alex Kim' });
});

afterAll(async () => {
  await extension?.close();
});

describe('reminders from the webmail pages', () => {
  it.each(['gmail', 'outlook'] as const)(
    'opening the offer thread on %s creates one reminder; opening it again does not create a second',
    async (site) => {
      const acme = thread('offer-acme');
      const key = site === 'gmail' ? acme.gmailThreadId : acme.outlookConvId;
      const tab = await WebmailTab.openFixture(extension, page(site));
      await tab.openThread(acme);
      const [created] = await waitFor(
        'the reminder',
        () => remindersOf(key),
        (found) => found.length > 0,
      );
      expect(created).toMatchObject({ site, situation: 'undecided-offer', company: 'Acme Robotics', auto: true });
      expect(created?.people.map((p) => p.email)).toContain('dana.lee@acmerobotics.example');

      await tab.backToList();
      await tab.openThread(acme);
      await tab.close();
      // A new page is a new content script, which reports the thread again.
      const again = await WebmailTab.openFixture(extension, page(site));
      await again.openThread(acme);
      await again.close();
      const found = await remindersOf(key);
      expect(found).toHaveLength(1);
      expect(found[0]?.id).toBe(created?.id);
    },
  );

  // The second thread's invitation has no word extraction looks for on its own ("second stage with
  // the client"): the classifier's kind carries its time to the reminder.
  it.each(['interview-globex', 'interview-second-stage'])(
    'an interview thread (%s) asks to thank each interviewer the evening of the interview, within 24 hours',
    async (key) => {
      const interview = thread(key);
      const tab = await WebmailTab.openFixture(extension, page('gmail'));
      await tab.openThread(interview);
      const [reminder] = await waitFor(
        'the reminder',
        () => remindersOf(interview.gmailThreadId),
        (r) => r.length > 0,
      );
      expect(reminder).toMatchObject({ situation: 'after-interview', interviewAt: interview.messages[0]!.interviewAt });
      const start = Date.parse(reminder!.interviewAt!);
      expect(reminder!.dueAt).toBeGreaterThan(start);
      expect(reminder!.dueAt).toBeLessThanOrEqual(start + 24 * 3_600_000);
      await tab.close();
    },
  );

  it.each(['gmail', 'outlook'] as const)(
    'an email moving the interview to another day moves its reminder on %s; it does not add a second',
    async (site) => {
      const moved = thread('interview-rescheduled');
      const key = site === 'gmail' ? moved.gmailThreadId : moved.outlookConvId;
      const invitedFor = moved.messages[0]!.interviewAt!;
      const movedTo = moved.messages.at(-1)!.interviewAt!;
      const tab = await WebmailTab.openFixture(extension, page(site));
      // When the invitation was the thread's newest email, the content script reported it, like this.
      const world = await tab.contentWorld();
      await world.sendToWorker({
        type: 'detected',
        payload: {
          site,
          threadKey: key,
          kind: 'interview',
          company: 'Massive Dynamic',
          role: 'Data Platform Engineer',
          contacts: [{ name: 'Walter Bishop', email: null, role: 'interviewer' }],
          interviewAt: invitedFor,
        },
      });
      await world.detach();
      const [invited] = await remindersOf(key);
      expect(invited).toMatchObject({ situation: 'after-interview', interviewAt: invitedFor });

      await tab.openThread(moved);
      const found = await waitFor(
        'the reminder to move',
        () => remindersOf(key),
        (reminders) => reminders.some((r) => r.interviewAt !== invited?.interviewAt),
      );
      expect(found).toEqual([
        expect.objectContaining({
          id: invited?.id,
          situation: 'after-interview',
          interviewAt: movedTo,
          // The key names the interview's day as the email writes it.
          key: `${site}|after-interview|${key}|${movedTo.slice(0, 10)}`,
          status: 'scheduled',
        }),
      ]);
      const start = Date.parse(movedTo);
      expect(found[0]!.dueAt).toBeGreaterThan(start);
      expect(found[0]!.dueAt).toBeLessThanOrEqual(start + 24 * 3_600_000);
      await tab.close();
    },
  );

  it('replying to the recruiter in the fixture thread marks that person thanked', async () => {
    const hooli = thread('replied-offer');
    const tab = await WebmailTab.openFixture(extension, page('gmail'));
    await tab.openThread(hooli);
    const [reminder] = await waitFor(
      'the reply to be seen',
      () => remindersOf(hooli.gmailThreadId),
      (found) => found[0]?.people.some((p) => p.thankedVia === 'reply') ?? false,
    );
    const gavin = reminder?.people.find((p) => p.email === hooli.expectRepliedTo?.[0]);
    expect(gavin).toMatchObject({ thankedVia: 'reply', thankedAt: expect.any(Number) });
    expect(reminder).toMatchObject({ status: 'done', closedBy: 'sent' });
    await tab.close();
  });

  it('the panel says "Reminder set" with Undo, and an undone reminder stays closed when the thread is read again', async () => {
    const northwind = thread('rejection-northwind');
    const tab = await WebmailTab.openFixture(extension, page('gmail'));
    await tab.openThread(northwind);
    await tab.openPanel();
    const line = new PanelReminder(tab);
    await expect.poll(() => line.note().textContent()).toContain('Reminder set.');
    const [set] = await remindersOf(northwind.gmailThreadId);
    await line.undo();
    await expect.poll(() => line.note().textContent()).toContain('Reminder removed.');
    expect(await worker.reminder(set!.id)).toMatchObject({ status: 'dismissed', closedBy: 'undone' });

    await tab.backToList();
    await tab.openThread(northwind);
    await tab.close();
    const again = await WebmailTab.openFixture(extension, page('gmail'));
    await again.openThread(northwind);
    await again.close();
    expect(await remindersOf(northwind.gmailThreadId)).toEqual([
      expect.objectContaining({ id: set!.id, status: 'dismissed', closedBy: 'undone' }),
    ]);
  });

  it('Remind me in the panel records a decision: the note reminder replaces the undecided one', async () => {
    const acme = thread('offer-acme');
    const tab = await WebmailTab.openFixture(extension, page('gmail'));
    await tab.openThread(acme);
    await tab.openPanel();
    await tab.chooseSituation('decline-offer');
    const line = new PanelReminder(tab);
    await line.remindMe().click();
    await expect.poll(() => line.note().textContent()).toContain('Reminder set.');
    const found = await remindersOf(acme.gmailThreadId);
    expect(found.find((r) => r.situation === 'decline-offer')).toMatchObject({ status: 'scheduled', auto: false });
    expect(found.find((r) => r.situation === 'undecided-offer')).toMatchObject({ status: 'done', closedBy: 'decided' });
    await tab.close();
  });
});
