/**
 * Calendar dates as emails write them, in the six supported languages: "Tuesday, March 10",
 * "10. März 2026", "le jeudi 19 mars", "17 de marzo", "2 de abril", "woensdag 18 maart",
 * "21.03.", "3/10", "2026-03-19", "next Thursday", "tomorrow", "morgen", "demain".
 *
 * This stands in for chrono-node's date parsers: chrono's six locales cost 21.7 KB gzip
 * (English alone 13.4 KB) against a 30 KB budget for all of extraction, and the windows
 * read here are short (a couple of hundred characters around a clock time), so word lists
 * and a few patterns do the same work. Weekday arithmetic follows chrono's reading:
 * "Thursday" is the next Thursday on or after the reference day, "next Thursday" the one
 * in the following week.
 */

import { MONTH_INDEX, WEEKDAY_INDEX } from '../../calendar-names';
import type { Lang } from './prepare';
import { built, grows, more } from './words';

export interface DateCand {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** The year was written (not inferred). */
  yearKnown: boolean;
  /** 3: day and month written; 2: weekday with a day number, or a relative day; 1: a weekday alone. */
  spec: number;
}

export interface Ref {
  /** The sender's local calendar date. */
  y: number;
  m: number;
  d: number;
}

const alt = (m: Map<string, number>): string => [...m.keys()].sort((a, b) => b.length - a.length).join('|');
export const MON = alt(MONTH_INDEX);
export const WD = alt(WEEKDAY_INDEX);
// English words that are also month abbreviations elsewhere: only months when written with a day next to them.
export const L = String.raw`(?<![\p{L}\d])`;
export const R = String.raw`(?!\p{L})`;

// "10 March 2026", "10. März", "17 de marzo de 2026", "the 9th of March", "1er septembre", "18-Mar-2026"
// (A year is 20xx: in "Thursday 23 April, 1500hrs" the four digits are the time.)
const DAY_MONTH = new RegExp(
  `${L}(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª)?\\.?(?:\\s*|-)(?:de\\s+|of\\s+)?(${MON})\\.?${R}(?:(?:,?\\s*|-)(?:de\\s+)?(20\\d\\d)(?!\\d))?`,
  'giu',
);
// "March 10", "Mar 9, 2026", "March 20th"; never the "May 1" of "7 May 14:00"
const MONTH_DAY = new RegExp(
  `${L}(${MON})\\.?\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?![\\d:.]\\d|\\s*(?:[ap]\\.?m|h\\b|uhr|uur|%))(?:,?\\s*(20\\d\\d)(?!\\d))?`,
  'giu',
);
// "next Thursday", "nächsten Dienstag", "mardi prochain", "el próximo martes", "aanstaande dinsdag": other
// languages' words before and after the weekday (./words.ts, slots "wd before", "wd after") follow
// the English; no two of the words before, nor of those after, match at the same place.
const WEEKDAY = built(
  () =>
    new RegExp(
      `${L}(?:(this|coming|next(?:\\s+week,?(?:\\s+on)?)?${more('wd before')})\\s+)?(${WD})${R}(?:\\s+(next\\s+week${more('wd after')}))?`,
      'giu',
    ),
);
/**
 * Today, tomorrow, the day after, and other languages' words for them (./words.ts, slot
 * "day word"; at any place at most one of all of them matches as a word).
 */
export const RELATIVE_DAY = built(
  () =>
    `today|tonight|this\\s+(?:morning|afternoon|evening)|tom+or+ow|tmr?w|tmr|2mor+ow?|day\\s+after\\s+tomorrow${more('day word')}`,
);
const RELATIVE = built(() => new RegExp(`(?<![\\p{L}])(${RELATIVE_DAY()})(?![\\p{L}])`, 'giu'));
// "2026-04-07", and "2026/04/07" as South Africa and East Asia write it.
const R_ISO = /(?<!\d)(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?!\d)/gu;
const R_DOTDATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2,4})?(?!\d)/gu;
const R_SLASH = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?![\d/])/gu;
// "Tuesday the 17th", "jueves 26", "Friday, 13th", "vrijdag de 10e" (no month); not the hours of
// "Friday 5–9pm" or "thursday 11-3" (a range of days has its month after it: "Friday 13-14 March")
const R_WEEKDAY_DAY = new RegExp(
  `${L}(${WD})\\.?,?\\s+(?:the\\s+|den\\s+|le\\s+|el\\s+|o\\s+|dia\\s+|de\\s+(?=\\d{1,2}e${R}))?(\\d{1,2})(?:st|nd|rd|th|\\.|º|er|e)?(?![\\d:./]|\\s*(?:[ap]\\.?m|uhr|uur|h\\b|de\\s|of\\s|[-–—]\\s*\\d{1,2}(?::\\d\\d)?(?![\\d:.]|\\s*(?:de\\s+|of\\s+)?\\p{L}{3})|[\\p{L}]{3,}))`,
  'giu',
);
// Not a storey or a round: "the 2nd floor", "the 3rd interview" (a word after it that does not lead on).
const R_THE_NTH =
  /\b(?:on\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+of\s|\s+(?!at\b|for\b|from\b|in\b|and\b|or\b|between\b)\p{L})/giu;

// Month abbreviations that are English words ("3 out of 5", "set 2 aside", "2 ago").
const EN_WORDS = /^(?:out|set|ago)$/i;
// What makes a lower-case "fri" or "sat" a day: a time of day right after it.
const SHORT_DAY_TIME =
  /^,?\s*(?:(?:at|from|@|around)\s*\d|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m|h\b|ish)|morning|afternoon|arvo|evening|night|lunch)/i;
const ORDINAL_NOUN = grows('ordinal', /^\s+(?:entrevista|conversa)/i);

export const dayNum = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86400000;

export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Year for a day and month written without one: this year, or next if that day has passed. */
function inferYear(ref: Ref, m: number, d: number): number {
  return dayNum(ref.y, m, d) < dayNum(ref.y, ref.m, ref.d) - 1 ? ref.y + 1 : ref.y;
}

function plusDays(ref: Ref, k: number): [number, number, number] {
  const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d + k));
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

function weekdayBefore(text: string, pos: number): number | null {
  const m = /([\p{L}-]{3,})\.?,?\s*(?:the\s+|den\s+|le\s+)?$/u.exec(
    text.slice(Math.max(0, pos - 16), pos).toLowerCase(),
  );
  return m ? (WEEKDAY_INDEX.get(m[1] ?? '') ?? null) : null;
}

/** Dates in `win`; `americas` makes 3/10 read month first when nothing else decides. */
export function readDates(win: string, ref: Ref, lang: Lang, americas: boolean): DateCand[] {
  const out: DateCand[] = [];
  const push = (m: RegExpExecArray, y: number, mo: number, d: number, yearKnown: boolean, spec: number): void => {
    if (validDate(y, mo, d))
      out.push({ start: m.index, end: m.index + m[0].length, year: y, month: mo, day: d, yearKnown, spec });
  };
  const refDow = new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay();
  const year = (s: string | undefined, mo: number, d: number): number => {
    if (!s) return inferYear(ref, mo, d);
    const n = Number(s);
    return n < 100 ? n + 2000 : n;
  };
  for (const m of win.matchAll(DAY_MONTH)) {
    if (lang === 'en' && EN_WORDS.test(m[2] ?? '')) continue;
    const mo = (MONTH_INDEX.get((m[2] ?? '').toLowerCase()) ?? -1) + 1;
    const d = Number(m[1]);
    push(m, year(m[3], mo, d), mo, d, !!m[3], 3);
  }
  for (const m of win.matchAll(MONTH_DAY)) {
    if (lang === 'en' && EN_WORDS.test(m[1] ?? '')) continue;
    const mo = (MONTH_INDEX.get((m[1] ?? '').toLowerCase()) ?? -1) + 1;
    const d = Number(m[2]);
    push(m, year(m[3], mo, d), mo, d, !!m[3], 3);
  }
  for (const m of win.matchAll(R_ISO)) push(m, Number(m[1]), Number(m[3]), Number(m[4]), true, 3);
  for (const m of win.matchAll(R_DOTDATE)) {
    // "21.03." or "12.03.2026" — not "10.30 uur" (no trailing dot) nor a decimal.
    if (!m[3] && !m[0].endsWith('.')) continue;
    // (Not "Uhrzeit" on the next line: the unit follows on the same line.)
    if (/^[ \t]*(?:uur|uhr|h)\b/i.test(win.slice(m.index + m[0].length))) continue;
    const d = Number(m[1]);
    const mo = Number(m[2]);
    push(m, year(m[3], mo, d), mo, d, !!m[3], 3);
  }
  for (const m of win.matchAll(R_SLASH)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const wd = weekdayBefore(win, m.index);
    // [month, day] read US-style and European-style
    const us: [number, number] = [a, b];
    const eu: [number, number] = [b, a];
    const fits = (md: [number, number]): boolean => {
      if (wd === null) return false;
      const y = year(m[3], md[0], md[1]);
      return validDate(y, md[0], md[1]) && new Date(Date.UTC(y, md[0] - 1, md[1])).getUTCDay() === wd;
    };
    let md: [number, number];
    if (a > 12) md = eu;
    else if (b > 12) md = us;
    else if (fits(us) !== fits(eu)) md = fits(us) ? us : eu;
    else md = lang === 'en' && americas ? us : eu;
    push(m, year(m[3], md[0], md[1]), md[0], md[1], !!m[3], 3);
  }
  // The next date on or after the reference with that day of month, and that weekday when one is written.
  const nextDay = (m: RegExpExecArray, dd: number, wd?: number): void => {
    for (let k = 0; k < 400; k++) {
      const [y, mo, d] = plusDays(ref, k);
      if (d === dd && (wd === undefined || new Date(Date.UTC(y, mo - 1, d)).getUTCDay() === wd)) {
        push(m, y, mo, d, false, 2);
        return;
      }
    }
  };
  for (const m of win.matchAll(R_WEEKDAY_DAY)) {
    const wd = WEEKDAY_INDEX.get((m[1] ?? '').toLowerCase());
    if (wd !== undefined) nextDay(m, Number(m[2]), wd);
  }
  for (const m of win.matchAll(R_THE_NTH)) nextDay(m, Number(m[1]));
  for (const m of win.matchAll(WEEKDAY())) {
    const name = (m[2] ?? '').toLowerCase();
    const wd = WEEKDAY_INDEX.get(name);
    if (wd === undefined) continue;
    // Short English forms only when they read as days: "Tue 3/10", "Fri 2pm", and in lower case
    // before a time of day ("fri at 6pm", "sat morning"), not "sun" or "sat on";
    // "segunda entrevista" is a second interview, not a Monday.
    if (
      name.length <= 4 &&
      !/^\p{Lu}/u.test(m[2] ?? '') &&
      !SHORT_DAY_TIME.test(win.slice(m.index + m[0].length, m.index + m[0].length + 16))
    )
      continue;
    if (/^(?:segunda|ter[çc]a|quarta|quinta|sexta)$/.test(name) && ORDINAL_NOUN.test(win.slice(m.index + m[0].length)))
      continue;
    const words = `${m[1] ?? ''} ${m[3] ?? ''}`;
    const next = /next|nächst|naechst|pr[óo]xim|volgende|prochain|qui\s+vient|que\s+vem/i.test(words);
    let k = (wd - refDow + 7) % 7;
    // "next Friday" said on a Thursday is the Friday of the following week; "Tuesday next week"
    // is always in the following week. Dutch "aanstaande vrijdag" is the coming Friday, said on a
    // Tuesday that week's, said on a Friday the next.
    if (/week|semaine|semana|woche/i.test(words)) k = 7 - refDow + wd;
    else if (next && (k === 0 || refDow + k <= 6)) k += 7;
    else if (k === 0 && /aanstaande/i.test(words)) k = 7;
    const [y, mo, d] = plusDays(ref, k);
    push(m, y, mo, d, false, 1);
  }
  for (const m of win.matchAll(RELATIVE())) {
    const w = (m[1] ?? '').toLowerCase();
    const before = win.slice(Math.max(0, m.index - 8), m.index).toLowerCase();
    // "Morgen" is also a German morning and "mañana" a Spanish one: "Guten Morgen", "de la mañana".
    if (w === 'morgen' && (m[1] ?? '').startsWith('M') && /(?:guten|am|jeden|den)\s+$/.test(before)) continue;
    if (/^ma[ñn]ana$/.test(w) && /(?:la|esta)\s+$/.test(before)) continue;
    const k = /after|[üu]ber|apr[èe]s|pasado|depois|over/.test(w)
      ? 2
      : /^(?:today|tonight|this|heute|aujourd|ce |cet|hoy|esta|hoje|vandaag|vanavond)/.test(w)
        ? 0
        : 1;
    const [y, mo, d] = plusDays(ref, k);
    // As vague as a weekday: "today" near "Wednesday at 11:30" does not make the Wednesday today.
    push(m, y, mo, d, false, 1);
  }
  // A weekday or relative word inside a written date belongs to it: "Monday 2 March" is 2 March
  // (even when that is past and gets dropped), never the next Monday.
  return out.filter(
    (c) => c.spec === 3 || !out.some((x) => x.spec === 3 && x.start <= c.end + 3 && x.end >= c.start - 3),
  );
}
