/**
 * Month and weekday names of the six supported languages, in lower case, with and without accents,
 * and their common abbreviations. Shared by the extractor's date reader (src/core/detect/extract)
 * and the draft writer's weekday reader (src/core/compose/weekday.ts).
 */

const LOCALES = ['en', 'de', 'fr', 'es', 'pt', 'nl'];
/** Lower case, "ä" as "ae" (German writes "Maerz" without the umlaut), other accents dropped. */
const plain = (s: string): string => s.replace(/ä/g, 'ae').normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The full names the runtime's calendar data gives in the six languages ("march", "märz", "segunda-feira"),
 * each also without accents; `extra` lists what it does not give, in index order, '|' between indexes.
 */
function names(field: 'month' | 'weekday', count: number, day: (i: number) => number, extra: string): string[][] {
  const formats = LOCALES.map((l) => new Intl.DateTimeFormat(l, { [field]: 'long', timeZone: 'UTC' }));
  const more = extra.split('|');
  return Array.from({ length: count }, (_, i) => {
    const full = formats.map((f) => f.format(day(i)).toLowerCase());
    return [...full, ...full.map(plain), ...(more[i] ?? '').split(' ')];
  });
}

/** Index + 1 is the month; the extras are abbreviations and regional names ("jänner", "setiembre"). */
const MONTHS = names(
  'month',
  12,
  (i) => Date.UTC(2026, i, 15),
  'jan jänner janv ene|feb févr fev|mar mär mrt|apr avr abr||jun|jul juil|aug ago|sep sept set setiembre|oct okt out|nov|dec dez déc dic',
);

/**
 * Sunday first, as Date#getUTCDay counts (4 January 2026 was a Sunday). Portuguese also writes the
 * day without "-feira"; the extras are English abbreviations and German "Sonnabend".
 */
const WEEKDAYS = names(
  'weekday',
  7,
  (i) => Date.UTC(2026, 0, 4 + i),
  'sun|mon segunda|tue tues terça terca|wed quarta|thu thur thurs quinta|fri sexta|sat sonnabend',
);

const index = (lists: string[][]): Map<string, number> => {
  const m = new Map<string, number>();
  lists.forEach((names, i) => {
    for (const n of names) if (n) m.set(n, i);
  });
  return m;
};
/** A month's name → its index (0 January). */
export const MONTH_INDEX = index(MONTHS);
/** A weekday's name → its index (0 Sunday). */
export const WEEKDAY_INDEX = index(WEEKDAYS);
