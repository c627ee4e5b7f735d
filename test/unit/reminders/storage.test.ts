import { describe, expect, it } from 'vitest';
import { createReminder, type Reminder, type Reminders } from '../../../src/core/reminders';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { loadStored, SCHEMA_VERSION, type StoredV1 } from '../../../src/core/storage/schema';

const NOW = Date.parse('2026-03-02T12:00:00Z');

function someReminders(count: number): Reminders {
  let reminders: Reminders = {};
  for (let i = 0; i < count; i++) {
    reminders = createReminder(
      reminders,
      {
        site: 'gmail',
        threadKey: `thread-${i}`,
        situation: 'after-rejection',
        company: 'Acme',
        role: null,
        contacts: [{ name: 'Dana Lee', email: 'dana@acme.example', role: 'recruiter' }],
        interviewAt: null,
      },
      DEFAULT_SETTINGS,
      NOW,
    ).reminders;
  }
  return reminders;
}

describe('storage version 2: reminders', () => {
  it('migrates version 1 data, keeping its settings and hidden threads, and adds no reminders', () => {
    const v1: StoredV1 = {
      schemaVersion: 1,
      settings: { ...DEFAULT_SETTINGS, userName: 'Sam Rivera' },
      hiddenThreads: ['gmail|t1'],
    };
    const { data, changed, problems } = loadStored({ ...v1 }, NOW);
    expect(SCHEMA_VERSION).toBe(2);
    expect(data).toMatchObject({ schemaVersion: 2, hiddenThreads: ['gmail|t1'], reminders: {}, quarantine: [] });
    expect(data.settings.userName).toBe('Sam Rivera');
    expect(changed).toContain('schemaVersion');
    expect(problems).toEqual([]);
  });

  it('starts from nothing stored', () => {
    expect(loadStored({}, NOW).data).toMatchObject({ schemaVersion: 2, reminders: {} });
  });

  it('keeps reminders when a damaged version number makes the migrations run again', () => {
    const reminders = someReminders(2);
    const { data } = loadStored({ schemaVersion: 'two', reminders }, NOW);
    expect(data.reminders).toEqual(reminders);
  });

  it('reads valid reminders unchanged and writes nothing back', () => {
    const reminders = someReminders(3);
    const { data, changed } = loadStored({ schemaVersion: 2, reminders }, NOW);
    expect(data.reminders).toEqual(reminders);
    expect(changed).toEqual([]);
  });

  it('sets aside one corrupted reminder by itself; the others and the rest of the store stay', () => {
    const reminders: Record<string, unknown> = { ...someReminders(3) };
    const [badId, ...goodIds] = Object.keys(reminders);
    reminders[badId!] = { ...(reminders[badId!] as Reminder), dueAt: 'tomorrow' };
    reminders.rjunk = 'garbage';
    const settings = { ...DEFAULT_SETTINGS, userName: 'Sam Rivera' };
    const { data, changed, problems } = loadStored({ schemaVersion: 2, settings, reminders }, NOW);
    expect(Object.keys(data.reminders).sort()).toEqual([...goodIds].sort());
    expect(data.settings.userName).toBe('Sam Rivera');
    expect(data.quarantine.map((q) => q.key).sort()).toEqual([`reminders.${badId}`, 'reminders.rjunk'].sort());
    expect(data.quarantine.find((q) => q.key === 'reminders.rjunk')).toMatchObject({ value: 'garbage', at: NOW });
    expect(changed.sort()).toEqual(['quarantine', 'reminders']);
    expect(problems).toHaveLength(2);
  });

  it('sets aside a reminder stored under another id, and the older of two reminders for one key', () => {
    const [a, b] = Object.values(someReminders(2)) as [Reminder, Reminder];
    const twin: Reminder = { ...a, id: 'rtwin', updatedAt: a.updatedAt + 1 };
    const { data } = loadStored({ schemaVersion: 2, reminders: { wrong: b, [a.id]: a, rtwin: twin } }, NOW);
    expect(Object.keys(data.reminders)).toEqual(['rtwin']);
    expect(data.quarantine.map((q) => q.key).sort()).toEqual([`reminders.${a.id}`, 'reminders.wrong']);
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', [1, 2, 3]],
    ['null', null],
  ])('sets aside reminders stored as %s, keeping the settings', (_what, value) => {
    const settings = { ...DEFAULT_SETTINGS, userName: 'Sam Rivera' };
    const { data, changed } = loadStored({ schemaVersion: 2, settings, reminders: value }, NOW);
    expect(data.reminders).toEqual({});
    expect(data.settings.userName).toBe('Sam Rivera');
    expect(data.quarantine).toEqual([{ key: 'reminders', reason: expect.any(String), at: NOW, value }]);
    expect(changed.sort()).toEqual(['quarantine', 'reminders']);
  });

  it.each([
    ['a string', 'garbage'],
    ['a list', ['x']],
  ])('sets aside settings stored as %s instead of reading them as defaults; reminders stay', (_what, value) => {
    const reminders = someReminders(1);
    const { data, changed } = loadStored({ schemaVersion: 2, settings: value, reminders }, NOW);
    expect(data.reminders).toEqual(reminders);
    expect(data.quarantine.map((q) => q.key)).toEqual(['settings']);
    expect(changed).toContain('settings');
  });
});
