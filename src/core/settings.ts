/**
 * The user's settings: their choices and defaults. The schema that validates them whenever they are
 * read or written is in settings-schema.ts, apart, so that code needing only these lists and
 * defaults (the inline panel on a webmail page) does not load the validation library.
 */
import type * as v from 'valibot';
import type { SettingsSchema } from './settings-schema';

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
