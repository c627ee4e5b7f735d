/**
 * The options form as the page holds it (text in inputs) and its conversion to settings. Pure:
 * validation uses the one settings schema, and each problem comes back as a message key for the
 * field it is about, so the page shows it next to that field.
 */
import * as v from 'valibot';
import { type Language, type Settings, TIMED_SITUATIONS, type TimedSituation, type Tone } from '../core/settings';
import { SettingsSchema } from '../core/settings-schema';

export const KEEP_IN_TOUCH_CHOICES = [0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export interface SettingsForm {
  userName: string;
  signature: string;
  defaultTone: Tone;
  defaultLanguage: Language;
  dueAfterHours: Record<TimedSituation, string>;
  quietEnabled: boolean;
  quietStart: string;
  quietEnd: string;
  snoozeLimit: string;
  keepInTouchMonths: string;
  gmail: boolean;
  outlook: boolean;
  autoReminders: boolean;
}

/** A field of the form, named by its path in `Settings` ("dueAfterHours.withdraw", "quietHours.start"). */
export type FieldPath = string;

export function toForm(settings: Settings): SettingsForm {
  return {
    userName: settings.userName,
    signature: settings.signature,
    defaultTone: settings.defaultTone,
    defaultLanguage: settings.defaultLanguage,
    dueAfterHours: Object.fromEntries(
      TIMED_SITUATIONS.map((situation) => [situation, String(settings.dueAfterHours[situation])]),
    ) as Record<TimedSituation, string>,
    quietEnabled: settings.quietHours.enabled,
    quietStart: settings.quietHours.start,
    quietEnd: settings.quietHours.end,
    snoozeLimit: String(settings.snoozeLimit),
    keepInTouchMonths: String(settings.keepInTouchMonths),
    gmail: settings.sites.gmail,
    outlook: settings.sites.outlook,
    autoReminders: settings.autoReminders,
  };
}

/** "" must fail as a number, not become 0. */
const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/** The message key shown next to a field whose value the schema rejected. */
function errorKey(path: FieldPath): string {
  if (path.startsWith('dueAfterHours.')) return 'options_error_hours';
  if (path.startsWith('quietHours.')) return 'options_error_time';
  const keys: Record<string, string> = {
    userName: 'options_error_name',
    signature: 'options_error_signature',
    snoozeLimit: 'options_error_snooze',
    keepInTouchMonths: 'options_error_keep_in_touch',
  };
  return keys[path] ?? 'options_error_invalid';
}

export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: Record<FieldPath, string> };

export function readForm(form: SettingsForm): FormResult {
  const candidate = {
    userName: form.userName.trim(),
    signature: form.signature.trim(),
    defaultTone: form.defaultTone,
    defaultLanguage: form.defaultLanguage,
    dueAfterHours: Object.fromEntries(TIMED_SITUATIONS.map((s) => [s, number(form.dueAfterHours[s])])),
    quietHours: { enabled: form.quietEnabled, start: form.quietStart, end: form.quietEnd },
    snoozeLimit: number(form.snoozeLimit),
    keepInTouchMonths: number(form.keepInTouchMonths),
    sites: { gmail: form.gmail, outlook: form.outlook },
    autoReminders: form.autoReminders,
  };
  const parsed = v.safeParse(SettingsSchema, candidate);
  if (parsed.success) return { ok: true, settings: parsed.output };
  const errors: Record<FieldPath, string> = {};
  for (const issue of parsed.issues) {
    const path = (issue.path ?? []).map((item) => String(item.key)).join('.');
    errors[path] ??= errorKey(path);
  }
  return { ok: false, errors };
}
