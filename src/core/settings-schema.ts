/** The one schema of the user's settings (the lists and defaults are in settings.ts). */
import * as v from 'valibot';
import { LANGUAGES, type Settings, TONES } from './settings';

const Clock = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time like 21:00'));
const Hours = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 30));

export const SettingsSchema = v.object({
  userName: v.pipe(v.string(), v.maxLength(120)),
  signature: v.pipe(v.string(), v.maxLength(1000)),
  defaultTone: v.picklist(TONES),
  defaultLanguage: v.picklist(LANGUAGES),
  /** Hours after the trigger when a note is due, per situation (after-interview: evening of the day). */
  dueAfterHours: v.object({
    'decline-offer': Hours,
    'accept-offer': Hours,
    'undecided-offer': Hours,
    'after-rejection': Hours,
    'after-interview': Hours,
    withdraw: Hours,
  }),
  quietHours: v.object({ enabled: v.boolean(), start: Clock, end: Clock }),
  snoozeLimit: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10)),
  /** 0 means no keep-in-touch reminders. */
  keepInTouchMonths: v.union([v.literal(0), v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(12))]),
  sites: v.object({ gmail: v.boolean(), outlook: v.boolean() }),
  autoReminders: v.boolean(),
});

/** A partial update, as the options page sends it; nested objects are given whole. */
export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return v.parse(SettingsSchema, { ...current, ...patch });
}
