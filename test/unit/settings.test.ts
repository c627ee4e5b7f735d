import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { applySettingsPatch } from '../../src/core/settings-schema';

describe('settings', () => {
  it('applies a valid patch and keeps the rest', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { userName: 'Sam Rivera', snoozeLimit: 5 });
    expect(next.userName).toBe('Sam Rivera');
    expect(next.snoozeLimit).toBe(5);
    expect(next.defaultTone).toBe(DEFAULT_SETTINGS.defaultTone);
  });

  it('rejects values outside the schema', () => {
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { keepInTouchMonths: 2 as 3 })).toThrow();
    expect(() =>
      applySettingsPatch(DEFAULT_SETTINGS, { quietHours: { enabled: true, start: '25:00', end: '08:00' } }),
    ).toThrow();
  });
});
