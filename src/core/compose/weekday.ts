/**
 * The weekday a detail like `interviewDate` or `replyBy` names, for "on Thursday" / "by Friday".
 * People and tools write these in many ways: "2026-12-03", "Thursday", "Donnerstag",
 * "Thursday, December 3, 2026", "3 décembre 2026". A note may only name a day it is sure of, so
 * relative phrases ("next Tuesday", "tomorrow") and dates without a year give -1, and the writer
 * leaves the day out.
 */
import { MONTH_INDEX, WEEKDAY_INDEX } from '../calendar-names';

/** English abbreviations ("mon", "sat") are read only when no full name is there: "mon" is also French for "my". */
const isFullName = (word: string): boolean => word.length > 3;

/** Words before a weekday that make it relative to an unknown today: the day cannot be named. */
const RELATIVE = new Set([
  'next',
  'nachste',
  'nachsten',
  'kommende',
  'kommenden',
  'prochain',
  'prochaine',
  'proximo',
  'proxima',
  'volgende',
  'komende',
]);

/** Without accents: "nächsten" and "naechsten" are written both ways. */
function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** 1–12, or 0 for a word that is no month's name. */
function monthOf(word: string): number {
  return (MONTH_INDEX.get(word) ?? MONTH_INDEX.get(fold(word)) ?? -1) + 1;
}

function dayOfDate(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date.getUTCDay()
    : -1;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;
const DAY_MONTH_YEAR =
  /(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?(\d{4})\b/u;
const MONTH_DAY_YEAR = /(?:^|[^\p{L}])(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/u;

/**
 * The weekday (0 Sunday … 6 Saturday) that `text` names: an ISO-8601 date as written (its own
 * time zone), a weekday name in one of the six languages, or a written date with its year; -1 when
 * it names none for sure.
 */
export function weekdayOf(text: string | null | undefined): number {
  const raw = text?.trim() ?? '';
  const iso = ISO_DATE.exec(raw);
  if (iso) return dayOfDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const lower = raw.toLowerCase();
  const words = lower.split(/[^\p{L}\d-]+/u).filter(Boolean);
  for (const read of [isFullName, () => true]) {
    const at = words.findIndex((word) => read(word) && WEEKDAY_INDEX.has(word));
    if (at < 0) continue;
    // "next Tuesday", "mardi prochain": relative to a today the note does not know.
    if ([words[at - 1], words[at + 1]].some((word) => word !== undefined && RELATIVE.has(fold(word)))) return -1;
    return WEEKDAY_INDEX.get(words[at] as string) as number;
  }
  const dmy = DAY_MONTH_YEAR.exec(lower);
  if (dmy) {
    const month = monthOf(dmy[2] as string);
    if (month > 0) return dayOfDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(lower);
  if (mdy) {
    const month = monthOf(mdy[1] as string);
    if (month > 0) return dayOfDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  return -1;
}
