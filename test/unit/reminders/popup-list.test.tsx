// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReminderResult, Reply, WorkerResponses } from '../../../src/core/messages';
import {
  createReminder,
  dismiss,
  HOUR,
  listView,
  markSent,
  type Reminders,
  snooze,
  viewOf,
} from '../../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { ReminderDraft, RemindersServices } from '../../../src/popup/reminders/model';

vi.mock('../../../src/platform/browser', async () => ({ browser: (await import('../ui/fake-browser')).fakeBrowser }));

const { RemindersList } = await import('../../../src/popup/reminders/list');

const NOW = Date.now();
const contacts = [
  { name: 'Dana Lee', email: 'dana@acme.example', role: 'recruiter' as const },
  { name: 'Omar Haddad', email: 'omar@acme.example', role: 'hiring-manager' as const },
];

/** The worker, in memory: the same rules, answering the list and the actions. */
function fakeWorker(initial: Reminders) {
  let reminders = initial;
  const calls: { type: string; payload: unknown }[] = [];
  const services: RemindersServices = {
    async list(): Promise<Reply<WorkerResponses['reminders/list']>> {
      return { ok: true, value: { ...listView(reminders, DEFAULT_SETTINGS, NOW), now: NOW } };
    },
    async act(type, payload): Promise<Reply<ReminderResult>> {
      calls.push({ type, payload });
      try {
        const p = payload as { id: string; person?: string | null; until?: number | null };
        const change =
          type === 'reminders/mark-sent'
            ? markSent(reminders, p.id, p.person ?? null, DEFAULT_SETTINGS, NOW)
            : type === 'reminders/snooze'
              ? snooze(reminders, p.id, DEFAULT_SETTINGS, NOW, p.until)
              : dismiss(reminders, p.id, NOW, 'dismissed');
        reminders = change.reminders;
        return { ok: true, value: { reminder: viewOf(change.reminder!, DEFAULT_SETTINGS, NOW), created: false } };
      } catch (error) {
        return { ok: false, error: (error as Error).message };
      }
    },
    watch: () => () => undefined,
  };
  return { services, calls, current: () => reminders };
}

function seed(): Reminders {
  let reminders: Reminders = {};
  const add = (threadKey: string, situation: 'decline-offer' | 'undecided-offer', dueAt: number, snoozeCount = 0) => {
    const change = createReminder(
      reminders,
      {
        site: 'gmail',
        threadKey,
        situation,
        company: 'Acme Robotics',
        role: 'Senior Designer',
        contacts,
        interviewAt: null,
        dueAt,
      },
      DEFAULT_SETTINGS,
      NOW - DAY_MS,
    );
    reminders = { ...change.reminders, [change.reminder!.id]: { ...change.reminder!, snoozeCount } };
    return change.reminder!.id;
  };
  add('due-thread', 'decline-offer', NOW - HOUR);
  add('tired-thread', 'decline-offer', NOW - 2 * HOUR, 3);
  add('later-thread', 'undecided-offer', NOW + 5 * HOUR);
  return reminders;
}
const DAY_MS = 24 * HOUR;

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function mount(services: RemindersServices, href = 'chrome-extension://id/src/popup/index.html') {
  const onWrite = vi.fn<(draft: ReminderDraft) => void>();
  const history = { replaceState: vi.fn() };
  await act(async () => {
    render(<RemindersList onWrite={onWrite} services={services} location={{ href }} history={history} />, root);
  });
  await act(async () => undefined);
  return { onWrite, history };
}

const item = (threadId: string, worker: ReturnType<typeof fakeWorker>) => {
  const id = Object.values(worker.current()).find((r) => r.threadKey === threadId)!.id;
  return root.querySelector<HTMLElement>(`[data-reminder-id="${id}"]`)!;
};
const button = (scope: Element, action: string, index = 0) =>
  scope.querySelectorAll<HTMLButtonElement>(`[data-action="${action}"]`)[index]!;

async function click(element: HTMLElement) {
  await act(async () => element.click());
  await act(async () => undefined);
}

describe('the popup reminder list', () => {
  it('shows Due now and Upcoming, each reminder an element with data-reminder-id', async () => {
    const worker = fakeWorker(seed());
    await mount(worker.services);
    const due = root.querySelector('[data-gracious="reminders-due"]')!;
    const upcoming = root.querySelector('[data-gracious="reminders-upcoming"]')!;
    expect(due.querySelector('h2')?.textContent).toBe('Due now (2)');
    expect(upcoming.querySelector('h2')?.textContent).toBe('Upcoming (1)');
    expect(due.querySelectorAll('[data-reminder-id]')).toHaveLength(2);
    expect(item('due-thread', worker).querySelector('.reminder-title')?.textContent).toBe(
      'Thank Dana Lee and Omar Haddad as you decline',
    );
    expect(item('later-thread', worker).querySelector('.reminder-meta')?.textContent).toContain(
      'Senior Designer at Acme Robotics · Due ',
    );
  });

  it('writes the draft for each person in one click', async () => {
    const worker = fakeWorker(seed());
    const { onWrite } = await mount(worker.services);
    const omar = button(item('due-thread', worker), 'write', 1);
    expect(omar.textContent).toBe('Write to Omar Haddad');
    await click(omar);
    expect(onWrite).toHaveBeenCalledWith({
      situation: 'decline-offer',
      recipientName: 'Omar Haddad',
      role: 'hiring-manager',
      email: 'omar@acme.example',
      company: 'Acme Robotics',
      jobTitle: 'Senior Designer',
      interviewDate: '',
    });
  });

  it('marks one person sent, and the reminder leaves the list when everyone is thanked', async () => {
    const worker = fakeWorker(seed());
    await mount(worker.services);
    const first = item('due-thread', worker);
    expect(button(first, 'mark-sent').getAttribute('aria-label')).toBe('Mark as sent: the note to Dana Lee');
    await click(button(first, 'mark-sent'));
    expect(worker.calls.at(-1)).toEqual({
      type: 'reminders/mark-sent',
      payload: { id: first.dataset.reminderId, person: 'dana@acme.example' },
    });
    const after = item('due-thread', worker);
    expect(after.querySelector('.reminder-thanked')?.textContent).toBe('Dana Lee — Thanked');
    await click(button(after, 'mark-sent'));
    expect(item('due-thread', worker)).toBeNull();
  });

  it('snoozes with the number left shown, and says when none are left', async () => {
    const worker = fakeWorker(seed());
    await mount(worker.services);
    const snoozeButton = button(item('due-thread', worker), 'snooze');
    expect(snoozeButton.textContent).toBe('Snooze (3 left)');
    expect(snoozeButton.getAttribute('aria-expanded')).toBe('false');
    await click(snoozeButton);
    // The button offers when to come back; nothing is snoozed until the user picks one.
    expect(snoozeButton.getAttribute('aria-expanded')).toBe('true');
    expect(worker.calls).toEqual([]);
    const choices = item('due-thread', worker).querySelector<HTMLElement>('[data-gracious="snooze-choices"]')!;
    expect([...choices.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'In an hour',
      'Tomorrow morning',
      'Next week',
    ]);
    await click(choices.querySelector<HTMLButtonElement>('[data-snooze="tomorrow"]')!);
    const [call] = worker.calls;
    const { id, until } = (call?.payload ?? {}) as { id: string; until: number };
    expect(call?.type).toBe('reminders/snooze');
    expect(new Date(until).getHours()).toBe(9);
    expect(until - Date.now()).toBeGreaterThan(0);
    expect(until - Date.now()).toBeLessThanOrEqual(33 * HOUR);
    expect(worker.current()[id]?.dueAt).toBe(until);
    expect(item('due-thread', worker).closest('[data-gracious="reminders-upcoming"]')).not.toBeNull();
    const tired = item('tired-thread', worker);
    expect(button(tired, 'snooze')).toBeUndefined();
    expect(tired.querySelector('[data-gracious="no-snoozes"]')?.textContent).toBe('No snoozes left');
  });

  it('dismisses, and shows the worker’s reason when an action is refused', async () => {
    const worker = fakeWorker(seed());
    await mount(worker.services);
    const reminder = item('later-thread', worker);
    await click(button(reminder, 'dismiss'));
    expect(item('later-thread', worker)).toBeNull();
    worker.services.act = async () => ({ ok: false, error: 'This reminder no longer exists.' });
    await click(button(item('due-thread', worker), 'dismiss'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'That did not work: This reminder no longer exists.',
    );
  });

  it('offers the decision on an undecided offer', async () => {
    const worker = fakeWorker(seed());
    const decide = vi.fn(async () => ({ ok: false as const, error: 'stop' }));
    worker.services.act = decide;
    await mount(worker.services);
    await click(button(item('later-thread', worker), 'decline'));
    expect(decide).toHaveBeenCalledWith('reminders/decide', {
      id: item('later-thread', worker).dataset.reminderId,
      decision: 'decline-offer',
    });
  });

  it('opens the draft of the reminder named in ?reminder= once, then forgets the parameter', async () => {
    const worker = fakeWorker(seed());
    const id = Object.values(worker.current()).find((r) => r.threadKey === 'due-thread')!.id;
    const { onWrite, history } = await mount(
      worker.services,
      `chrome-extension://id/src/popup/index.html?reminder=${id}&x=1`,
    );
    expect(onWrite).toHaveBeenCalledTimes(1);
    expect(onWrite.mock.calls[0]?.[0]).toMatchObject({ situation: 'decline-offer', recipientName: 'Dana Lee' });
    expect(history.replaceState).toHaveBeenCalledWith(null, '', 'chrome-extension://id/src/popup/index.html?x=1');
  });

  it('follows stored changes, reading the list once per burst rather than once per change', async () => {
    const worker = fakeWorker(seed());
    let changed: () => void = () => undefined;
    const list = vi.spyOn(worker.services, 'list');
    worker.services.watch = (callback) => {
      changed = callback;
      return () => undefined;
    };
    await mount(worker.services);
    expect(list).toHaveBeenCalledTimes(1);
    const id = item('later-thread', worker).dataset.reminderId!;
    await worker.services.act('reminders/dismiss', { id });
    await act(async () => {
      for (let i = 0; i < 20; i++) changed();
    });
    await act(async () => undefined);
    expect(list).toHaveBeenCalledTimes(3);
    expect(item('later-thread', worker)).toBeNull();
  });

  it('shows nothing when there are no reminders or the worker cannot answer', async () => {
    await mount(fakeWorker({}).services);
    expect(root.children).toHaveLength(0);
    await mount({ ...fakeWorker(seed()).services, list: async () => ({ ok: false, error: 'no worker' }) });
    expect(root.children).toHaveLength(0);
  });
});
