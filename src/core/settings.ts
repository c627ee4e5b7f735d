/** The user's settings: one schema with defaults, validated whenever read or written. */
import * as v from 'valibot';

export const TONES = ['warm', 'formal', 'brief'] as const;
export type Tone = (typeof TONES)[number];
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];
export const SITUATIONS = [
  'decline-offer',
  'accept-offer',
  'undecided-offer',
  'after-rejection',
  'after-interview',
  'withdraw',
  'keep-in-touch',
] as const;
export type Situation = (typeof SITUATIONS)[number];
/** Situations whose note is due a set time after what started them; keep-in-touch has its own interval. */
export type TimedSituation = Exclude<Situation, 'keep-in-touch'>;
export const TIMED_SITUATIONS = SITUATIONS.filter((s): s is TimedSituation => s !== 'keep-in-touch');

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
export type Settings = v.InferOutput<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  userName: '',
  signature: '',
  defaultTone: 'warm',
  defaultLanguage: 'en',
  dueAfterHours: {
    'decline-offer': 24,
    'accept-offer': 24,
    'undecided-offer': 48,
    'after-rejection': 48,
    'after-interview': 24,
    withdraw: 8,
  },
  quietHours: { enabled: true, start: '21:00', end: '08:00' },
  snoozeLimit: 3,
  keepInTouchMonths: 6,
  sites: { gmail: true, outlook: true },
  autoReminders: true,
};

/** A partial update, as the options page sends it; nested objects are given whole. */
export const SettingsPatchSchema = v.partial(SettingsSchema);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return v.parse(SettingsSchema, { ...current, ...patch });
}
