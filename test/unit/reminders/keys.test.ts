import { describe, expect, it } from 'vitest';
import { idFor, personKey, type Reminder, reminderKey } from '../../../src/core/reminders';

describe('reminder keys and ids', () => {
  it('key a reminder by site, thread and situation, and an interview also by its date', () => {
    expect(reminderKey('gmail', 'FMfcg1', 'undecided-offer', null)).toBe('gmail|undecided-offer|FMfcg1');
    expect(reminderKey('gmail', 'FMfcg1', 'after-interview', '2026-03-05T10:00:00-08:00')).toBe(
      'gmail|after-interview|FMfcg1|2026-03-05',
    );
    expect(reminderKey('gmail', 'FMfcg1', 'after-interview', '2026-03-05T16:00:00-08:00')).toBe(
      reminderKey('gmail', 'FMfcg1', 'after-interview', '2026-03-05T10:00:00-08:00'),
    );
    expect(reminderKey('outlook', 'FMfcg1', 'after-interview', '2026-03-12T10:00:00-08:00')).not.toBe(
      reminderKey('gmail', 'FMfcg1', 'after-interview', '2026-03-12T10:00:00-08:00'),
    );
  });

  it('derive a short id, the same for the same key, safe in a URL and an attribute', () => {
    const key = reminderKey('outlook', 'AAQkAD/+=x y', 'decline-offer', null);
    expect(idFor(key, {})).toBe(idFor(key, {}));
    expect(idFor(key, {})).toMatch(/^r[0-9a-z]{1,12}$/);
    expect(idFor(key, {})).not.toBe(idFor(`${key}x`, {}));
  });

  it('give a new key another id when its digest is already taken by a different key', () => {
    const key = 'gmail|withdraw|t1';
    const taken = idFor(key, {});
    const holder = { id: taken, key: 'something else' } as Reminder;
    const id = idFor(key, { [taken]: holder });
    expect(id).not.toBe(taken);
    expect(idFor(key, { [taken]: { ...holder, key } })).toBe(taken);
  });

  it('know a person by address, case-insensitively, else by name', () => {
    expect(personKey('Dana Lee', 'Dana@Acme.example')).toBe('dana@acme.example');
    expect(personKey(' Lars Berg ', null)).toBe('name:lars berg');
  });
});
