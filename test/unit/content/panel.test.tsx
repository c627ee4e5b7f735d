// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Control } from '../../../src/content/control';
import type { OpenJobEmail, PanelContext } from '../../../src/content/job';
import { openPanel } from '../../../src/content/panel';
import type { Reply, WorkerResponses } from '../../../src/core/messages';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import '../ui/fake-browser';

const offer = {
  subject: 'Your offer from Acme Robotics',
  from: 'Dana Lee <dana@acme.example>',
  date: '2026-03-02T10:00:00Z',
  body: 'Hi Sam,\n\nWe are delighted to offer you the Senior Designer role at Acme Robotics.\n\nBest,\nDana Lee\nRecruiter, Acme Robotics',
};

/** The worker's answers the panel asks for; a reminder view carries more than the panel reads. */
function reminder(id: string, situation: string) {
  return { id, situation } as unknown as WorkerResponses['reminders/create']['reminder'];
}

/** A fake worker; the answers to the message types in `held` wait for `release()`. */
function fakeWorker(held: string[] = []) {
  const asked: { type: string; payload: unknown }[] = [];
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const answers: Record<string, unknown> = {
    'settings/get': { ...DEFAULT_SETTINGS, userName: 'Sam Rivera' },
    'reminders/create': { reminder: reminder('made-here', 'decline-offer'), created: true },
    'reminders/undo': { reminder: reminder('on-detection', 'undecided-offer'), created: false },
  };
  const askWorker = async (type: string, payload?: unknown): Promise<Reply<unknown>> => {
    asked.push({ type, payload });
    if (held.includes(type)) await gate;
    return { ok: true, value: answers[type] };
  };
  return { asked, release, askWorker: askWorker as unknown as PanelContext['askWorker'] };
}

let close: (() => void) | null = null;

afterEach(() => {
  close?.();
  close = null;
  document.body.replaceChildren();
});

async function open(detected: WorkerResponses['detected'] | null = null, held: string[] = []) {
  const worker = fakeWorker(held);
  const button = document.createElement('button');
  const anchor = { host: document.body, button, kind: 'offer', threadKey: 't1', remove() {} } as Control;
  const job: OpenJobEmail = {
    site: 'gmail',
    threadKey: 't1',
    kind: 'offer',
    email: offer,
    detected: Promise.resolve(detected),
  };
  await act(async () => {
    close = openPanel({
      job,
      anchor,
      doc: document,
      signal: new AbortController().signal,
      askWorker: worker.askWorker,
      insert: async () => ({ inserted: true, method: 'paste' }),
      hideThread: async () => undefined,
      own: () => undefined,
    });
  });
  const root = document.querySelector('[data-gracious-panel]')?.shadowRoot;
  if (!root) throw new Error('no panel');
  await vi.waitFor(() => {
    if (!root.querySelector('[data-gracious="draft-editor"]')) throw new Error('no draft yet');
  });
  const find = <E extends Element>(selector: string) => {
    const element = root.querySelector<E>(selector);
    if (!element) throw new Error(`no ${selector}`);
    return element;
  };
  const buttonNamed = (text: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found) throw new Error(`no button ${text}`);
    return found;
  };
  return {
    asked: worker.asked,
    release: () => act(async () => worker.release()),
    root,
    find,
    body: () => find<HTMLTextAreaElement>('textarea[name="body"]').value,
    click: (element: HTMLElement) => act(async () => element.click()),
    button: buttonNamed,
    type: (selector: string, value: string) =>
      act(async () => {
        const field = find<HTMLInputElement>(selector);
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }),
  };
}

describe('the inline panel', () => {
  it('writes to the person chosen, and to someone the user adds', async () => {
    const panel = await open();
    expect(panel.body()).toContain('Dana');
    expect(panel.find<HTMLSelectElement>('select[name="person"]').value).toBe('0');

    await panel.click(panel.button('Add someone'));
    await panel.type('input[name="new-person"]', 'Robin Park');
    await panel.click(panel.button('Add'));

    expect(panel.root.querySelector('input[name="new-person"]')).toBeNull();
    const person = panel.find<HTMLSelectElement>('select[name="person"]');
    expect([...person.options].map((o) => o.textContent)).toEqual([
      expect.stringContaining('Dana'),
      expect.stringContaining('Robin Park'),
    ]);
    expect(person.value).toBe('1');
    expect(panel.body()).toContain('Robin');
    expect(panel.body()).not.toContain('Dana');
  });

  it('rewrites the draft for the situation chosen, and shows which one is', async () => {
    const panel = await open();
    const first = panel.body();
    const decline = panel.find<HTMLButtonElement>('[data-situation="decline-offer"]');
    expect(decline.getAttribute('aria-pressed')).toBe('false');

    await panel.click(decline);
    expect(decline.getAttribute('aria-pressed')).toBe('true');
    expect(panel.find('[data-situation="accept-offer"]').getAttribute('aria-pressed')).toBe('false');
    expect(panel.body()).not.toBe(first);
  });

  it('shows the reminder detection made, with Undo, and offers Remind me once it is undone', async () => {
    const panel = await open({ acknowledged: true, reminder: reminder('on-detection', 'accept-offer'), created: true });
    await vi.waitFor(() => expect(panel.find('[data-gracious="reminder"]').textContent).toContain('Reminder set.'));
    expect(panel.root.querySelector('[data-gracious="remind-me"]')).toBeNull();

    await panel.click(panel.button('Undo'));
    expect(panel.asked.at(-1)).toEqual({ type: 'reminders/undo', payload: { id: 'on-detection' } });
    expect(panel.find('[data-gracious="reminder"]').textContent).toContain('Reminder removed.');
    expect(panel.root.querySelector('[data-gracious="remind-me"]')).not.toBeNull();
  });

  it('Remind me asks for the situation chosen, and is offered again for another', async () => {
    const panel = await open();
    await panel.click(panel.find('[data-situation="decline-offer"]'));
    await panel.click(panel.find('[data-gracious="remind-me"]'));

    expect(panel.asked.find((a) => a.type === 'reminders/create')?.payload).toMatchObject({
      situation: 'decline-offer',
      kind: 'offer',
      contacts: [expect.objectContaining({ name: 'Dana Lee' })],
    });
    expect(panel.find('[data-gracious="reminder"]').textContent).toContain('Reminder set.');
    expect(panel.root.querySelector('[data-gracious="remind-me"]')).toBeNull();

    await panel.click(panel.find('[data-situation="accept-offer"]'));
    expect(panel.root.querySelector('[data-gracious="remind-me"]')).not.toBeNull();
  });

  it('Remind me records the situation it asked for, even if the user picks another before the answer', async () => {
    const panel = await open(null, ['reminders/create']);
    await panel.click(panel.find('[data-situation="decline-offer"]'));
    await panel.click(panel.find('[data-gracious="remind-me"]'));
    await panel.click(panel.find('[data-situation="accept-offer"]'));
    await panel.release();
    await vi.waitFor(() => expect(panel.find('[data-gracious="reminder"]').textContent).toContain('Reminder set.'));
    // The reminder is for declining; accepting, shown now, has none yet.
    expect(panel.root.querySelector('[data-gracious="remind-me"]')).not.toBeNull();
    await panel.click(panel.find('[data-situation="decline-offer"]'));
    expect(panel.root.querySelector('[data-gracious="remind-me"]')).toBeNull();
  });

  it('says when the draft is in the reply', async () => {
    const panel = await open();
    await panel.click(panel.find('[data-gracious="insert"]'));
    expect(panel.find('[data-gracious="status"]').textContent).not.toBe('');
    expect(panel.find('[data-gracious="status"]').className).toContain('g-status--ok');
  });
});
