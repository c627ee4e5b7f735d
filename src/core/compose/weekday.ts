/**
 * The weekday a detail like `interviewDate` or `replyBy` names, for "on Thursday" / "by Friday".
 * People and tools write these in many ways: "2026-12-03", "Thursday", "Donnerstag",
 * "Thursday, December 3, 2026", "3 décembre 2026". A note may only name a day it is sure of, so
 * relative phrases ("next Tuesday", "tomorrow") and dates without a year give -1, and the writer
 * leaves the day out.
 */

/** Sunday first, as Date#getUTCDay counts; folded (lower case, no accents). */
const WEEKDAY_NAMES: readonly (readonly string[])[] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'zondag'],
  ['monday', 'montag', 'lundi', 'lunes', 'segunda', 'segunda-feira', 'maandag'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'terca', 'terca-feira', 'dinsdag'],
  ['wednesday', 'mittwoch', 'mercredi', 'miercoles', 'quarta', 'quarta-feira', 'woensdag'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'quinta', 'quinta-feira', 'donderdag'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'sexta', 'sexta-feira', 'vrijdag'],
  ['saturday', 'samstag', 'sonnabend', 'samedi', 'sabado', 'zaterdag'],
];
/** English abbreviations, read only when no full name is there: "mon" is also French for "my". */
const WEEKDAY_ABBREVIATIONS: readonly (readonly string[])[] = [
  ['sun'],
  ['mon'],
  ['tue', 'tues'],
  ['wed'],
  ['thu', 'thur', 'thurs'],
  ['fri'],
  ['sat'],
];
const dayMap = (table: readonly (readonly string[])[]) =>
  new Map(table.flatMap((names, day) => names.map((name) => [name, day] as const)));
const WEEKDAY_OF = dayMap(WEEKDAY_NAMES);
const ABBREVIATED_WEEKDAY_OF = dayMap(WEEKDAY_ABBREVIATIONS);

/**
 * Month names of the six languages by their first letters, enough to tell them apart ("juin" and
 * "juil" need four). Only read inside a day-month-year or month-day-year pattern.
 */
const MONTH_PREFIXES: readonly (readonly string[])[] = [
  ['jan', 'ene'],
  ['feb', 'fev'],
  ['mar', 'maa'],
  ['apr', 'avr', 'abr'],
  ['may', 'mai', 'mei'],
  ['jun', 'juin'],
  ['jul', 'juil'],
  ['aug', 'aou', 'ago'],
  ['sep', 'set'],
  ['oct', 'okt', 'out'],
  ['nov'],
  ['dec', 'dez', 'dic'],
];

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

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function monthOf(word: string): number {
  // "juin"/"juil" first: their three-letter prefix "jui" is both.
  const four = word.slice(0, 4);
  if (four === 'juin') return 6;
  if (four === 'juil') return 7;
  const three = word.slice(0, 3);
  const index = MONTH_PREFIXES.findIndex((prefixes) => prefixes.includes(three));
  return index < 0 ? -1 : index + 1;
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
  const folded = fold(raw);
  const words = folded.split(/[^\p{L}\d-]+/u).filter(Boolean);
  for (const names of [WEEKDAY_OF, ABBREVIATED_WEEKDAY_OF]) {
    const at = words.findIndex((word) => names.has(word));
    if (at < 0) continue;
    // "next Tuesday", "mardi prochain": relative to a today the note does not know.
    if (RELATIVE.has(words[at - 1] ?? '') || RELATIVE.has(words[at + 1] ?? '')) return -1;
    return names.get(words[at] as string) as number;
  }
  const dmy = DAY_MONTH_YEAR.exec(folded);
  if (dmy) {
    const month = monthOf(dmy[2] as string);
    if (month > 0) return dayOfDate(Number(dmy[3]), month, Number(dmy[1]));
  }
  const mdy = MONTH_DAY_YEAR.exec(folded);
  if (mdy) {
    const month = monthOf(mdy[1] as string);
    if (month > 0) return dayOfDate(Number(mdy[3]), month, Number(mdy[2]));
  }
  return -1;
}
