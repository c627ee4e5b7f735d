/**
 * The first concrete interview start the email proposes. A cheap scan finds clock
 * times; the dates are read in a short window around each one (at most a couple of
 * hundred characters, so the cost stays linear whatever the size of the email); the
 * zone comes from the words next to the time, else the reader's zone.
 */

import { isForwardSubject, isHeaderLine, markerKind } from '../text';
import type { EmailKind } from '../types';
import { type DateCand, dayNum, RELATIVE_DAY, readDates, WD } from './dates';
import type { Lang, Prepared } from './prepare';
import { findReschedule } from './reschedule';
import { built, grows, more } from './words';
import { globalZone, offsetAt, toIso, type Wall, type Zone, zoneAfter } from './zones';

/** Characters of the message scanned for times. */
const SCAN_CAP = 8_000;
/** Time anchors collected at most. */
const MAX_ANCHORS = 24;
/** Windows read for dates at most, and their reach before and after the clock time. */
const MAX_WINDOWS = 6;
const WINDOW_BEFORE = 160;
const WINDOW_AFTER = 70;

// ---------------------------------------------------------------- clock times

interface Anchor {
  start: number;
  end: number;
  hour: number;
  minute: number;
  /** Said to be early in the morning ("5am", "5 Uhr früh"): then even a time before six is a start. */
  early: boolean;
}

// Other languages' words (./words.ts, slot "time prep": "vers", "om", "por volta das", "tijd:") join the
// English and those shared by several languages.
const PREP_BEFORE = grows(
  'time prep',
  /(?<!\p{L})(?:at|around|about|approx\.?|from|between|by|um|gegen|ab|von|à|a|as|de|entre|a\s+las?|sobre\s+las?|hacia\s+las?|desde\s+las?|@|[⏰🕐-🕧]\uFE0F?|(?:time|hor[áa]rio|hora|uhrzeit|zeit)\s*:)\s*$/iu,
);

// "9ish" reads as a 12-hour time without its meridiem.
const R_12H = /(?<![\d:./-])(\d{1,2})(?:[:.](\d{2}))?\s?(?:([ap])\.?\s?m\b\.?|-?ish\b)/giu;
const R_COLON = /(?<![\d:./])(\d{1,2}):(\d{2})(?![\d:])/gu;
const R_H = /(?<![\d:./])(\d{1,2})\s?h\s?(\d{2})?(?![\p{L}\d])/giu;
const R_DOT = /(?<![\d:./,£$€])(\d{1,2})\.(\d{2})(?![\d./]|,\d)(\s*(?:uur|uhr|u\b|h\b))?/giu;
// "11 hs" is how Argentina and Uruguay write it.
const R_UHR = /(?<![\d:./])(\d{1,2})\s*(?:uhr|uur|heures?|horas|hs)\b/giu;
// Military time, "0830", only after a time label or before "hrs" or "H": bare four digits are years and
// numbers, and so are four digits that open a date ("Date/time: 2026-04-14 15:00").
const R_MIL =
  /(?:(?:time|hora|heure|zeit|tijd)\s*:\s*|(?=\d{4}\s*h(?:rs?|ours)?\b))([01]\d|2[0-3])([0-5]\d)(?![/.-]?\d)/giu;
// Clock times in English, Dutch and German words: "half past two", "quarter to ten", "three o'clock",
// "kwart over tien", "Viertel vor drei", "drei Uhr"; a bare "half" is British "half ten" (10:30) in
// English and the half hour before in Dutch and German ("half drie", "halb drei": 2:30).
// (Other languages' words are twelve a language, one to twelve: ./words.ts, slot "hours".)
const WORD_HOURS = built(() =>
  `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve${more('hours')}`.split('|'),
);
const R_WORDS = built(
  () =>
    new RegExp(
      `(?<![\\p{L}])(?:(half|halb|quarter|kwart|viertel) (?:(past|over|nach|to|voor|vor) )?)?(${WORD_HOURS().join('|')})( o'clock| uur| uhr)?(?![\\p{L}])`,
      'giu',
    ),
);
// Flemish "10u00", "14u30", "10u".
const R_U = /(?<![\d:./])(\d{1,2})u(\d{2})?(?![\p{L}\d])/gu;
const R_NOON = /(?<![\p{L}-])(?:noon|midday|mittags?|midi|mediod[íi]a|meio-dia)(?![\p{L}-])/giu;
// The words before a bare hour: "at 3", "a las 5", "om 4", "um 3 Uhr".
const BARE_PREP = String.raw`(?<!\p{L})(?:at|around|about|um|gegen|à|às|as|(?:a|de)\s+las|sobre\s+las|hacia\s+las|om|rond|vers|from|von|van|vanaf)\s+`;
// A bare hour after "at", "um", "om"…: a word after it makes it a count ("at 10 days", "about 5 people"), unless it
// links on ("at 3 on Friday", "a las 16 al hostel", "às 16 para conversarmos", "um 16 im Büro", "at 2 instead of
// tues", "at 3 if that works", "at 3 tomorrow", "at 3 this afternoon"), says the part of the day ("a las 7 de la
// tarde", "às 7 da noite", "at 3 o'clock") or is a zone or a short word ending in t ("from 10 CET", "at 11 next
// Wednesday").
const R_BARE = new RegExp(
  `${BARE_PREP}(\\d{1,2})(?![\\d:/]|\\.\\d|,\\s*\\d|\\s*(?:%|st\\b|nd\\b|rd\\b|th\\b|(?!(?:for|to|till|until|with|and|or|oder|ou|of|on|in|y|e|et|und|en|a|al|ao|para|por|pra|no|na|bei|zum|im|is|works?|suits?|sounds?|would|will|then|if|so\\s+(?:we|you|i|that|they)|instead|this|today|tonight|tomorrow|tmrw|please|pls|ok|okay|o['’]clock|(?:de\\s+la|da|du)\\s+(?:tarde|noche|noite|soir|ma[ñn]ana|manha?|matin)|[a-z]{1,4}t)\\b)\\p{L}))`,
  'giu',
);
// German writes the verb after the time ("um 6 vorbeikommen", "wir fangen um 9 an") and capitalises nouns ("um 6
// Personen"): a lower-case word after "um 6" links on. (No 'i' flag: the case is what tells.)
const R_BARE_DE = /(?<!\p{L})(?:[Uu]m|[Gg]egen)\s+(\d{1,2})(?=\s+[a-zäöüß])/gu;
/** The half or quarter hour after a bare hour in Spanish, Portuguese and French: "y media", "e meia", "et quart". */
const QUARTER_PAST = /^\s+(?:y|e|et)\s+(?:um\s+)?(media|meia|demie|cuarto|quarto|quart)\b/i;
/** A bare hour's words just before a clock time with its unit ("om 3 uur", "um 3 Uhr", "à 3 heures"). */
const BARE_BEFORE = new RegExp(`${BARE_PREP}(?:so\\s+)?$`, 'iu');

// The start of a range whose end alone says am or pm ("Friday 5–9pm", "11-2pm"), or neither ("saturday, 10 till 2",
// "von 9 bis 11 Uhr", "de 10 à 12h").
const R_RANGE_START =
  /(?<![\d:./])(\d{1,2})\s*([-–—]|to|till?|until|bis|tot|à|às|a|hasta|até|and|y|e|et|und|en)\s*(\d{1,2})(?::\d\d)?\s*(?:([ap])\.?\s?m\b)?/giu;
/** A day right after a range: "between 10 and 12 on Friday", "entre 10 y 12 el martes". */
const DAY_AFTER = built(() => new RegExp(`^\\s*,?\\s*(?:\\p{L}{1,4}\\s+)?(?:${WD}|${RELATIVE_DAY()})(?!\\p{L})`, 'iu'));
/** The end of a range of dotted times with its unit, after the start: "–11.00 Uhr", " - 12.30 uur". */
const DOT_RANGE_UNIT = /^\s*[-–—]\s*\d{1,2}\.\d{2}\s*(?:uhr|uur|u\b|h\b)/i;
/** What says that the numbers before it are hours: "von 9 bis 11 Uhr", "de 10 à 12h", "de 10 a 12 horas". */
const HOUR_UNIT = /^\s*(?:h(?![\p{L}])|h\d|uhr|uur|heures?|horas?|hs\b|u\b)/iu;

// The part of the day after noon, just before or after a clock time in its sentence ("this evening at 7", "heute Abend so
// um halb 8", "a las 7 de la tarde", "vanavond om 7"): the time is in the afternoon or evening. Other languages' words:
// ./words.ts, slot "late".
const LATE = grows('late', /(?<!\p{L})(?:evening|tonight|afternoon|arvo)(?!\p{L})/iu);
/** How far before and after a clock time LATE's words are looked for. */
const LATE_BEFORE = 30;
const LATE_AFTER = 20;

/** Whether a word for the afternoon or evening is next to the time at [start, end), within its sentence (after it, within its clause). */
function saysLate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LATE_BEFORE), start);
  const after = text.slice(end, end + LATE_AFTER);
  return (
    LATE.test(before.slice(before.search(/[^.;!?\n]*$/))) || LATE.test(after.slice(0, after.search(/[,.;!?\n]|$/)))
  );
}

const EARLY =
  /^\s*(?:uhr\s+)?(?:fr[üu]h|morgens|in\s+the\s+morning|du\s+matin|de\s+la\s+ma[ñn]ana|da\s+manh[ãa]|['’]s\s+ochtends)/i;
const R_HALF = /(?<!\p{L})(?:half|halb)\s+(\d{1,2})(?![\d:.]|\s*%)/giu;
// A day just before: "quinta, 16h", "samedi 10h", "tmrw 9h" (a bare "16h" elsewhere may be a length).
const DAY_BEFORE = built(() => new RegExp(`(?:${WD}|${RELATIVE_DAY()})\\.?,?\\s*$`, 'iu'));

function scanTimes(text: string, lang: Lang): Anchor[] {
  const out: Anchor[] = [];
  const push = (
    start: number,
    end: number,
    h: number,
    m: number,
    mer: string | null,
    padded: boolean,
    bare: boolean,
  ): void => {
    let hour = h;
    const early = mer === 'a' || EARLY.test(text.slice(end, end + 24));
    if (mer === 'p' && hour < 12) hour += 12;
    else if (mer === 'a' && hour === 12) hour = 0;
    // "this evening at 7", "a las 7 de la tarde".
    else if (!mer && !early && hour >= 1 && hour < 12 && saysLate(text, start, end)) hour += 12;
    // A bare small hour ("at 3", "a las 5", "om 4") is in the afternoon in every language; in English
    // also "3:30" ("three thirty"), where other languages write the 24-hour clock.
    else if (!mer && !early && hour >= 1 && hour <= 6 && (lang === 'en' ? !padded || bare : bare)) hour += 12;
    if (hour > 23 || m > 59) return;
    out.push({ start, end, hour, minute: m, early });
  };
  // Hour in group 1 (noon: none), minutes in group 2. "9h" and "9.30" count only after a preposition
  // ("à 9h", "um 9.30") unless the minutes or a unit are written; a 24-hour form reads as written.
  for (const re of [R_12H, R_COLON, R_H, R_DOT, R_UHR, R_U, R_NOON, R_MIL]) {
    for (const m of text.matchAll(re)) {
      // British English writes the clock with a dot ("be at the yard 7.30"): on the quarter hour it is a time there.
      // (Or when a range to a time with its unit follows: "10.00–11.00 Uhr".)
      const gate =
        re === R_H
          ? m[2]
          : re === R_DOT
            ? m[3] ||
              (lang === 'en' && Number(m[2]) % 15 === 0) ||
              DOT_RANGE_UNIT.test(text.slice(m.index + m[0].length))
            : 1;
      const before = text.slice(Math.max(0, m.index - 20), m.index);
      if (!gate && !PREP_BEFORE.test(before) && !DAY_BEFORE().test(before)) continue;
      push(
        m.index,
        m.index + m[0].length,
        Number(m[1] ?? 12),
        Number(m[2] ?? 0),
        re === R_12H ? (m[3] ?? '').toLowerCase() : null,
        re === R_COLON || re === R_DOT ? (m[1] ?? '').length === 2 : re !== R_12H,
        // "om 3 uur", "um 3 Uhr": a bare hour with its unit (without a preposition, "3 Stunden" is a length).
        re === R_UHR && BARE_BEFORE.test(before),
      );
    }
  }
  for (const m of text.matchAll(R_WORDS())) {
    const half = /^h/i.test(m[1] ?? '');
    if (m[1] ? !half && !m[2] : !m[4]) continue;
    // "quarter to three" is 2:45 ("quarter to one" 12:45).
    const min = m[1] ? (half ? 30 : 15) : 0;
    const to = m[2] ? /^[tv]/i.test(m[2]) : half && (lang !== 'en' || /b/i.test(m[1] ?? ''));
    // A clock read in words has twelve hours: "drei Uhr" for an interview is 15:00.
    const h = (WORD_HOURS().indexOf((m[3] ?? '').toLowerCase()) % 12) + (to ? 0 : 1) || 12;
    // A small hour is in the afternoon (push: taken as bare), unless said to be early ("half zes 's ochtends").
    push(m.index, m.index + m[0].length, h, to ? 60 - min : min, null, false, h < 6);
  }
  // "half 9": 9:30 in English, 8:30 in Dutch and German.
  for (const m of text.matchAll(R_HALF)) {
    const h = Number(m[1]);
    push(m.index, m.index + m[0].length, lang === 'en' ? h : h - 1, 30, null, false, true);
  }
  for (const m of [...text.matchAll(R_BARE), ...(lang === 'de' ? text.matchAll(R_BARE_DE) : [])]) {
    const s = m.index + m[0].length - (m[1] ?? '').length;
    const end = m.index + m[0].length;
    // "a las 9 y media" (9:30), "às 10 e um quarto" (10:15), "à 9 et demie".
    const part = QUARTER_PAST.exec(text.slice(end, end + 20));
    const minute = part ? (/^(?:media|meia|demie)$/i.test(part[1] ?? '') ? 30 : 15) : 0;
    push(s, end + (part?.[0].length ?? 0), Number(m[1]), minute, null, false, true);
  }
  // Only after a day or a preposition ("Friday 5–9pm", "from 10 till 2"). Without am or pm, a range counts when its
  // words say so ("from 10 till 2"; in other languages with an hour's unit: "von 9 bis 11 Uhr", while "de 3 a 5 años"
  // is no time) or when a dash runs past noon ("tmrw 10-2", "thursday 11-3"); any other pair with a dash is a count or
  // a day and an hour ("5-9 years", "Monday 14 – 10:00"). The start takes the end's meridiem unless it is the larger
  // hour ("11-2pm": 11am) or 12 (noon).
  for (const m of text.matchAll(R_RANGE_START)) {
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const dayBefore = DAY_BEFORE().test(before);
    if (!PREP_BEFORE.test(before) && !dayBefore) continue;
    const h = Number(m[1]);
    const endHour = Number(m[3]);
    const separator = m[2] ?? '';
    // "between 10 and 12": only after "between" (or its word), and on a day said before or after it, the pair being
    // hours of a clock ("between 2 and 3 years" is none).
    if (/^(?:and|y|e|et|und|en)$/i.test(separator)) {
      const between = /(?:between|entre|zwischen|tussen)\s*$/i.exec(before);
      if (
        !between ||
        h === endHour ||
        h > 12 ||
        endHour > 12 ||
        !(DAY_BEFORE().test(before.slice(0, between.index)) || DAY_AFTER().test(text.slice(m.index + m[0].length)))
      )
        continue;
    } else if (
      !m[4] &&
      !(
        /^(?:to|till?|until)$/i.test(separator) ||
        // (the 24-hour clock runs forward: "jeudi 20 à 14h" is a day and a time)
        (/\p{L}/u.test(separator) && h < endHour && (dayBefore || HOUR_UNIT.test(text.slice(m.index + m[0].length))))
      ) &&
      !(/^[-–—]$/.test(separator) && h >= 7 && h <= 12 && endHour >= 1 && endHour < h)
    )
      continue;
    const mer = m[4] && (h === 12 ? 'p' : h > endHour ? 'a' : m[4].toLowerCase());
    push(m.index, m.index + (m[1] ?? '').length, h, 0, mer || null, false, true);
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop anchors inside an earlier, longer one ("2:30 pm" found as 12h and as colon time).
  const kept: Anchor[] = [];
  for (const a of out) {
    const last = kept.at(-1);
    if (last && a.start < last.end) continue;
    kept.push(a);
    if (kept.length >= MAX_ANCHORS) break;
  }
  return kept;
}

// ---------------------------------------------------------------- dates

interface Ref {
  /** The sender's local calendar date. */
  y: number;
  m: number;
  d: number;
  instant: Date;
  offset: number;
}

// ---------------------------------------------------------------- putting it together

// A time asked for an answer, not the meeting. (?!\w) after the words, not \b: "até" ends in a letter outside a–z.
const DEADLINE = grows(
  'deadline',
  /(?:confirm|reply|respond|let\s+(?:me|us)\s+know|get\s+back|sign|return|complete|submit|accept|decide|book|choose|pick|register|rsvp|expire|available|valid|close|deadline)[^.!?\n]{0,50}\b(?:by|before|until|till|no\s+later\s+than|bis(?:\s+zum)?|avant|d['’]ici|antes\s+d[eo]l?|até|hasta|uiterlijk|v[óo][óo]r)(?!\w)[^.!?\n]{0,40}$/iu,
);

function refOf(prep: Prepared, readerZone: string): Ref {
  const instant = prep.date ?? new Date();
  const offset = prep.dateOffset ?? offsetAt(readerZone, instant.getTime());
  const local = new Date(instant.getTime() + offset * 60000);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(), instant, offset };
}

function isAmericas(zone: Zone | null, ref: Ref): boolean {
  if (zone && 'iana' in zone) return /^(?:America|Pacific\/Honolulu)/.test(zone.iana);
  const offset = zone ? zone.offset : ref.offset;
  return offset <= -180 && offset >= -600;
}

// The end of a range ("10h às 18h", "9:00–5:00"): the start is the proposal, if any.
// (Not a year: "jeudi 4 juin 2026 à 14h00", nor a date: "dia 25/08 às 9h".)
// A start later than the time is no range: "jeudi 20 à 14h", "Monday 14 – 10:00" (a day and a time).
const RANGE_END =
  /(?<![\d/.])(\d{1,2})(?:[:.hu]\d{2})?\s*([ap]\.?\s?m\.?|h|uhr|uur)?\s*(?:[-–—]|to|till|until|bis|à|a|al|às|as|tot|t\/m|and|und|et|y|e|en)\s*$/iu;
/** Whether an hour written before a time, with its am or pm if any, starts a range that the time ends. */
function isRangeStart(hour: number, meridiem: string, end: number): boolean {
  const start = meridiem.startsWith('p') && hour < 12 ? hour + 12 : hour;
  // "10 to 2pm", "11-2pm" (the end alone says pm), "9:00–5:00" (5:00 read as 17:00 in English), "10:00 - 10:30".
  return start <= end;
}

// A length of time ("about 1h30", "environ 2 h", "ca. 1,5 Stunden").
const DURATION = grows(
  'duration',
  /(?<!\p{L})(?:about|approx\.?|approximately|around|roughly|ca\.|circa|for|lasts?|duration)\s*:?\s*$/iu,
);

// A bound is no start ("be here before noon", "any time after 3pm"), nor is the arrival in "8:45 for a 9:00 start".
const BOUND = grows('bound', /\b(?:before|after|until|till)\s+$/i);
const ARRIVAL = /^\W*for\s+an?\s+\d/i;

// What a reschedule moved away from: "moved from Tuesday 10am to ...", "instead of Tuesday at 10",
// "von Dienstag 10 Uhr auf ...", "statt Dienstag", "prévu ce vendredi à 14h", "del lunes 3 de noviembre", "marcada
// para segunda-feira", "ons gesprek van dinsdag": the old time, up to the word that leads to the new ("to", "auf", "au",
// "al", "naar"). Other languages' words: ./words.ts, slot "old time".
const OLD_TIME = grows(
  'old time',
  /\b(?:from|instead\s+of|rather\s+than|original(?:ly)?|previous(?:ly)?|von|statt|urspr[üu]nglich)(?![a-z\u00c0-\u024f])(?:(?!\b(?:to|auf|nach|au|al|naar)\b)[^.!?\n]){0,45}$/i,
);

/**
 * The first proposed start in `text`. With `from` (a reschedule), only times written after that
 * index count, and none the message says it moved away from.
 */
function findIn(
  text: string,
  prep: Prepared,
  readerZone: string,
  ref: Ref,
  global: Zone | null,
  from: number | null = null,
): string | null {
  const anchors = scanTimes(text, prep.lang);
  // At most MAX_WINDOWS windows of at most ~210 characters each are read for dates.
  let windowsLeft = MAX_WINDOWS;
  for (const [index, a] of anchors.entries()) {
    if (windowsLeft <= 0) break;
    if (from !== null && (a.start < from || OLD_TIME.test(text.slice(Math.max(0, a.start - 60), a.start)))) continue;
    const sentence = text.slice(Math.max(0, a.start - 100), a.start);
    if (DEADLINE.test(sentence)) continue;
    const just = text.slice(Math.max(0, a.start - 16), a.start);
    if (BOUND.test(just) || ARRIVAL.test(text.slice(a.end, a.end + 16))) continue;
    // "about 1h30", "ongeveer een uur": a length of time.
    const range = RANGE_END.exec(just);
    if (
      (range && isRangeStart(Number(range[1]), (range[2] ?? '').toLowerCase(), a.hour)) ||
      (/^(?:\d{1,2}\s?[hu]|\p{L}+ u)/iu.test(text.slice(a.start, a.end)) && DURATION.test(just))
    )
      continue;
    // Nobody proposes an interview in the small hours; "1h30" there is a length of time. And
    // "23:59" ("record it before Sunday 23.59") is a deadline.
    if ((a.hour < 6 && !a.early) || a.minute === 59) continue;
    // Window: up to four lines (250 chars) before the time, the rest of its line after it.
    let ws = Math.max(0, a.start - WINDOW_BEFORE);
    const before = text.slice(ws, a.start);
    const nls = [...before.matchAll(/\n/g)].map((m) => m.index);
    if (nls.length > 4) ws += (nls[nls.length - 5] ?? 0) + 1;
    let we = Math.min(text.length, a.end + WINDOW_AFTER);
    const nlAfter = text.indexOf('\n', a.end);
    if (nlAfter >= 0 && nlAfter < we) we = nlAfter;
    const win = text.slice(ws, we);
    windowsLeft--;
    const at = a.start - ws;
    const atEnd = a.end - ws;
    // A zone written after the last of a list of times is theirs too: "Tuesday at 10 or Wednesday
    // at 3 (UK time)", "9:00, 11:30 or 14:00 CET".
    let last = a;
    for (const next of anchors.slice(index + 1)) {
      if (next.start - last.end > 40 || /[\n.!?;]/.test(text.slice(last.end, next.start))) break;
      last = next;
    }
    const zone = zoneAfter(text, a.end) ?? zoneAfter(text, last.end) ?? global;
    const today = dayNum(ref.y, ref.m, ref.d);
    // A date already past when the email was sent is a reference, not a proposal.
    const ahead = (w: string): DateCand[] =>
      readDates(w, ref, prep.lang, isAmericas(zone, ref)).filter((d) => {
        const t = dayNum(d.year, d.month, d.day);
        return t >= today && (d.yearKnown || t - today <= 300);
      });
    const dates = ahead(win);
    // An itinerary's times under the day its subject names ("Your onsite itinerary – Thursday, October 23").
    let best: DateCand | null = (!dates.length && ahead(prep.subject)[0]) || null;
    let bestD = Number.POSITIVE_INFINITY;
    for (const d of dates) {
      let dist: number;
      if (d.end <= at) dist = at - d.end;
      else if (d.start >= atEnd) {
        if (win.slice(atEnd, d.start).includes('\n') || d.start - atEnd > 60) continue;
        dist = (d.start - atEnd) * 1.5 + 5;
      } else dist = 0;
      if (dist < bestD || (dist === bestD && best && d.spec > best.spec)) {
        best = d;
        bestD = dist;
      }
    }
    if (!best) continue;
    // "Dienstag, 17.03.2026": a weekday next to a written date is that date.
    if (best.spec < 3) {
      const b = best;
      const near = dates.find((d) => d.spec > b.spec && d.start <= b.end + 25 && d.end >= b.start - 25);
      if (near) best = near;
    }
    // "10:00am - 10:30am, Tuesday, March 10, 2026 (Pacific Time)": the zone may follow the date.
    const zoneHere = zone ?? (best.start >= atEnd ? zoneAfter(text, ws + best.end) : null);
    const target = dayNum(best.year, best.month, best.day);
    const wall: Wall = { year: best.year, month: best.month, day: best.day, hour: a.hour, minute: a.minute };
    const iso = toIso(wall, zoneHere ?? { iana: readerZone });
    if (iso && target === today && Date.parse(iso) < ref.instant.getTime() - 3600_000) continue;
    if (iso) return iso;
  }
  return null;
}

// "instead", and other languages' words for it (./words.ts, slot "instead": "stattdessen", "à la place", "in de plaats").
const INSTEAD = built(() => new RegExp(`\\b(?:instead${more('instead')})(?![\\p{L}])`, 'iu'));

/** The sentence [start, end) of `text` that says "instead" (its first), or null. A dot after a digit ("9.45", "16. Mai") ends none. */
function insteadSentence(text: string): [number, number] | null {
  const m = INSTEAD().exec(text);
  if (!m) return null;
  const before = text.slice(Math.max(0, m.index - 300), m.index);
  const stop = [...before.matchAll(/[!?\n]|(?<!\d)\.(?=\s)/g)].at(-1);
  const start = m.index - before.length + (stop ? stop.index + 1 : 0);
  const end = m.index + (/[!?\n]|(?<!\d)\.(?!\d)/.exec(text.slice(m.index))?.index ?? text.length - m.index);
  return [start, end];
}

/**
 * The first proposed interview start, and whether the message says the interview moved: then the
 * new time written after that statement is the proposal, not the old one it may mention first.
 * `kind`: what the classifier called the message. Only an interview has an interview time (told no
 * kind, none: the full extractor, ./index.ts, tells one).
 */
export function findInterviewAt(
  prep: Prepared,
  readerZone: string,
  kind?: EmailKind,
): { at: string | null; rescheduled: boolean } {
  if (kind !== 'interview') return { at: null, rescheduled: false };
  const body = prep.lines.slice(0, prep.sigStart).join('\n').slice(0, SCAN_CAP);
  const rest = prep.lines.slice(prep.sigStart).join('\n').slice(0, 2_000);
  const movedAt = findReschedule(body);
  const ref = refOf(prep, readerZone);
  const global = globalZone(body);
  // "Could we do Friday 9.45 instead?": a time in the sentence that says "instead" replaces one named before it.
  const instead = movedAt === null ? insteadSentence(body) : null;
  // The signature block last: a misread signature must not hide a time ("Event Date/Time:" lines).
  const at =
    (movedAt === null ? null : findIn(body, prep, readerZone, ref, global, movedAt)) ??
    (instead && findIn(body.slice(0, instead[1]), prep, readerZone, ref, global, instead[0])) ??
    findIn(body, prep, readerZone, ref, global) ??
    findIn(prep.subject, prep, readerZone, ref, global) ??
    (rest ? findIn(rest, prep, readerZone, ref, global) : null) ??
    forwardedTime(prep, readerZone, ref, global);
  return { at, rescheduled: movedAt !== null };
}

/**
 * A forwarded invitation the sender's own words give no time for ("Forwarding the invite from the hiring team
 * below"): the time the forwarded message proposes, in the zone it states. Only a forward: quoted history under
 * a reply holds times that were proposed before and may have moved.
 */
function forwardedTime(prep: Prepared, readerZone: string, ref: Ref, global: Zone | null): string | null {
  const first = /^\s*(.*)/.exec(prep.quoted)?.[1] ?? '';
  if (!prep.quoted || !(markerKind(first) === 'forward' || isForwardSubject(prep.subject))) return null;
  // Not the time it was sent: "Date: Tue, Apr 14, 2026 at 2:05 PM".
  const text = prep.quoted
    .split('\n')
    .filter((line) => !isHeaderLine(line))
    .join('\n');
  return findIn(text, prep, readerZone, ref, globalZone(text) ?? global);
}
