import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { readForm, toForm } from '../../../src/options/form';

describe('the options form', () => {
  it('round-trips settings through the form unchanged', () => {
    const custom: Settings = {
      ...DEFAULT_SETTINGS,
      userName: 'Sam Rivera',
      signature: 'Sam Rivera\n+1 555 0100',
      defaultTone: 'brief',
      defaultLanguage: 'nl',
      dueAfterHours: { ...DEFAULT_SETTINGS.dueAfterHours, withdraw: 0, 'after-interview': 12 },
      quietHours: { enabled: false, start: '22:30', end: '07:15' },
      snoozeLimit: 0,
      keepInTouchMonths: 0,
      sites: { gmail: false, outlook: true },
      autoReminders: false,
    };
    for (const settings of [DEFAULT_SETTINGS, custom]) {
      expect(readForm(toForm(settings))).toEqual({ ok: true, settings });
    }
  });

  it('trims the name and signature', () => {
    const result = readForm({ ...toForm(DEFAULT_SETTINGS), userName: '  Sam  ', signature: '\nSam\n' });
    expect(result).toMatchObject({ ok: true, settings: { userName: 'Sam', signature: 'Sam' } });
  });

  it('names each invalid field with the message shown beside it', () => {
    const form = toForm(DEFAULT_SETTINGS);
    const result = readForm({
      ...form,
      dueAfterHours: { ...form.dueAfterHours, withdraw: '', 'after-interview': '1.5', 'decline-offer': '-1' },
      quietStart: '25:00',
      snoozeLimit: '11',
      keepInTouchMonths: '2',
      userName: 'x'.repeat(121),
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        userName: 'options_error_name',
        'dueAfterHours.withdraw': 'options_error_hours',
        'dueAfterHours.after-interview': 'options_error_hours',
        'dueAfterHours.decline-offer': 'options_error_hours',
        'quietHours.start': 'options_error_time',
        snoozeLimit: 'options_error_snooze',
        keepInTouchMonths: 'options_error_keep_in_touch',
      },
    });
  });

  it('accepts every keep-in-touch choice: never, or 3 to 12 months', () => {
    for (const months of ['0', '3', '12']) {
      expect(readForm({ ...toForm(DEFAULT_SETTINGS), keepInTouchMonths: months }).ok).toBe(true);
    }
    expect(readForm({ ...toForm(DEFAULT_SETTINGS), keepInTouchMonths: '13' }).ok).toBe(false);
  });
});
