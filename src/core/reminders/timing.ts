/**
 * When a reminder is due and when its notification may be shown. Clock times (the interview
 * evening, quiet hours) are read in the local time zone of whoever runs this: in the extension,
 * the browser's; in tests, `TZ`.
 */
import type { Settings, Situation } from '../settings';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** "The evening of the interview day" starts here (local time). */
export const EVENING_HOUR = 18;
/** An interview is assumed to last this long: the thank-you is due after it, never during it. */
export const INTERVIEW_LENGTH = HOUR;
/** Etiquette: thank interviewers within 24 hours, whatever the setting says. */
export const INTERVIEW_NOTE_WITHIN = DAY;
/** A snooze without a chosen time lasts this long. */
export const DEFAULT_SNOOZE = DAY;
/** The longest snooze the user may choose. */
export const MAX_SNOOZE = 30 * DAY;

/** The snoozes the popup offers, shortest first. */
export const SNOOZE_CHOICES = ['hour', 'tomorrow', 'week'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];
/** "Tomorrow" and "next week" mean the start of a working morning there, local time. */
const SNOOZE_MORNING_HOUR = 9;

/** When a snooze chosen at `now` ends: in an hour, tomorrow at 9:00, or a week later at 9:00. */
export function snoozeUntil(choice: SnoozeChoice, now: number): number {
  if (choice === 'hour') return now + HOUR;
  const date = new Date(now);
  date.setDate(date.getDate() + (choice === 'tomorrow' ? 1 : 7));
  date.setHours(SNOOZE_MORNING_HOUR, 0, 0, 0);
  return date.getTime();
}

type QuietHours = Settings['quietHours'];

function clockMinutes(clock: string): number {
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function localMinutes(time: number): number {
  const date = new Date(time);
  return date.getHours() * 60 + date.getMinutes();
}

/** Whether `time` falls in the quiet hours (which may wrap past midnight; equal ends mean none). */
export function isQuiet(time: number, quiet: QuietHours): boolean {
  if (!quiet.enabled) return false;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  const now = localMinutes(time);
  if (start === end) return false;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** The first moment after `time` at the quiet hours' end clock time. */
export function quietEnd(time: number, quiet: QuietHours): number {
  const end = clockMinutes(quiet.end);
  const date = new Date(time);
  date.setHours(Math.floor(end / 60), end % 60, 0, 0);
  while (date.getTime() <= time) {
    date.setDate(date.getDate() + 1);
    date.setHours(Math.floor(end / 60), end % 60, 0, 0);
  }
  return date.getTime();
}

/** When a notification meant for `time` may be shown: then, or when the quiet hours end. */
export function notifyTime(time: number, quiet: QuietHours): number {
  return isQuiet(time, quiet) ? quietEnd(time, quiet) : time;
}

/** Calendar months later, at the same clock time; the 31st becomes the month's last day. */
export function addMonths(time: number, months: number): number {
  const date = new Date(time);
  const day = date.getDate();
  date.setDate(1);
  date.setMonth(date.getMonth() + months);
  const lastDay = new Date(date.getFullYear(), date.getMonth() + 1, 0).getDate();
  date.setDate(Math.min(day, lastDay));
  return date.getTime();
}

/** EVENING_HOUR on the local calendar day of `time`. */
export function eveningOf(time: number): number {
  const date = new Date(time);
  date.setHours(EVENING_HOUR, 0, 0, 0);
  return date.getTime();
}

export interface TimingInput {
  situation: Situation;
  /** When what the reminder follows happened: the detection, the decision, the first note sent. */
  triggeredAt: number;
  interviewAt: string | null;
}

/**
 * When a note is due, from the settings. After an interview: the evening of its day, but after it
 * has ended, and never later than the setting (at least the interview's length, at most 24 hours after it
began). Keep-in-touch: the chosen
 * number of calendar months after the note was sent.
 */
export function dueAtFor(input: TimingInput, settings: Settings): number {
  const { situation, triggeredAt } = input;
  if (situation === 'keep-in-touch') return addMonths(triggeredAt, settings.keepInTouchMonths);
  const hours = settings.dueAfterHours[situation] * HOUR;
  const interview = input.interviewAt ? Date.parse(input.interviewAt) : Number.NaN;
  if (situation === 'after-interview' && Number.isFinite(interview)) {
    const evening = Math.max(eveningOf(interview), interview + INTERVIEW_LENGTH);
    const latest = Math.min(Math.max(hours, INTERVIEW_LENGTH), INTERVIEW_NOTE_WITHIN);
    return Math.min(evening, interview + latest);
  }
  return triggeredAt + hours;
}
