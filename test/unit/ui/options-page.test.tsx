// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { OptionsPage } from '../../../src/options/options-page';
import './fake-browser';

const worker = vi.hoisted(() => ({ calls: [] as { type: string; payload: unknown }[], settings: {} as unknown }));

vi.mock('../../../src/platform/browser', async () => ({
  askWorker: async (type: string, payload?: unknown) => {
    worker.calls.push({ type, payload });
    if (type === 'settings/get') return { ok: true, value: worker.settings };
    if (type === 'settings/save') {
      worker.settings = { ...(worker.settings as Settings), ...(payload as Settings) };
      return { ok: true, value: worker.settings };
    }
    if (type === 'data/delete-all') {
      worker.settings = DEFAULT_SETTINGS;
      return { ok: true, value: { deleted: true } };
    }
    return { ok: false, error: `unexpected ${type}` };
  },
}));

let root: HTMLElement;

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const field = <T extends HTMLElement = HTMLInputElement>(name: string) => root.querySelector<T>(`[name="${name}"]`)!;
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === text)!;
const saves = () => worker.calls.filter((call) => call.type === 'settings/save');

async function type(name: string, value: string) {
  await act(async () => {
    field(name).value = value;
    field(name).dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function save() {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
  await settle();
}

beforeEach(async () => {
  worker.calls = [];
  worker.settings = { ...DEFAULT_SETTINGS, userName: 'Sam Rivera' };
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => render(<OptionsPage />, root));
  await settle();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the options page, rendered', () => {
  it('shows the stored settings', () => {
    expect(field('userName').value).toBe('Sam Rivera');
    expect(field('dueAfterHours.after-interview').value).toBe('24');
    expect(field<HTMLSelectElement>('keepInTouchMonths').value).toBe('6');
  });

  it('shows a validation error beside the field, focuses it, and saves nothing', async () => {
    await type('dueAfterHours.withdraw', '');
    await save();
    const input = field('dueAfterHours.withdraw');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const errorId = input
      .getAttribute('aria-describedby')!
      .split(' ')
      .find((id) => id.endsWith('-error'))!;
    expect(root.querySelector(`[id="${errorId}"]`)?.textContent).toBe('Enter whole hours from 0 to 720.');
    expect(document.activeElement).toBe(input);
    expect(saves()).toEqual([]);
    expect(root.querySelector('[data-gracious="settings-status"]')?.textContent).toContain('Nothing was saved');
  });

  it('saves the whole form and confirms it', async () => {
    await type('userName', 'Samantha Rivera');
    await type('snoozeLimit', '5');
    await save();
    expect(saves()).toHaveLength(1);
    expect(saves()[0]!.payload).toEqual({ ...DEFAULT_SETTINGS, userName: 'Samantha Rivera', snoozeLimit: 5 });
    expect(root.querySelector('[data-gracious="settings-status"]')?.textContent).toBe('Settings saved.');
  });

  it('deletes everything only after a confirm step, then shows the defaults', async () => {
    await act(async () => button('Delete all data…').click());
    expect(root.querySelector('[data-gracious="delete-confirm"]')).toBeTruthy();
    await act(async () => button('Cancel').click());
    expect(root.querySelector('[data-gracious="delete-confirm"]')).toBeNull();
    expect(worker.calls.some((call) => call.type === 'data/delete-all')).toBe(false);

    await act(async () => button('Delete all data…').click());
    await act(async () => button('Delete everything').click());
    await settle();
    expect(worker.calls.some((call) => call.type === 'data/delete-all')).toBe(true);
    expect(field('userName').value).toBe('');
    expect(root.querySelector('[data-gracious="data-status"]')?.textContent).toBe(
      'All data deleted. Default settings apply.',
    );
  });
});
