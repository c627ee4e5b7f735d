/**
 * Whether the newest message says the interview has moved to another time ("we need to move your
 * interview to Thursday", "Ihr Gespräch wurde verschoben", "votre entretien a été reporté"), in
 * the six supported languages. A reminder moves with a reschedule instead of a second one being
 * added, so a false "moved" would silently drop a real second round. Every pattern is a statement
 * (the sender must move it, an auxiliary before a participle, "the new time is"), never the bare
 * verb, so offers to move ("if you need to reschedule, reply", "reschedule if needed", "Falls Sie
 * verschieben müssen") do not match; and a statement in a clause with a condition, a hedge, a
 * negation or a question mark is not taken either.
 *
 * Patterns use ASCII `\b` before words and NOT_LETTER after words that may end in "é" or "á",
 * where `\b` would fail. Not `\p{L}`: the `u` flag with `i` makes V8 match about fifteen times
 * slower. Word lists are kept short: this is part of the extractor's 30 KB gzip budget.
 */
const NOT_LETTER = '(?![a-z\\u00c0-\\u024f])';
/** Words within one sentence; a dot after a digit is part of a date ("3.12.", "3. Dezember"). */
const GAP = '(?:[^.!?;\\n]|(?<=\\d)\\.)';
const MEETING = '(?:interview|call|chat|meeting|screen|panel)s?';
const AUX =
  "(?:has|have|had|is|was|were|are|will|needs?|must|['’]s)(?:\\s+(?:now|just|also|unfortunately|been|be|being|to\\s+be))*";
/** "move your interview forward" is progress, not a new time. */
const NOT_FORWARD = '(?!\\s+(?:forward|ahead|on)\\b)';

/**
 * Statements after whose start the new time is written: a sender who must move it ("we need to
 * reschedule", "leider muss ich unser Gespräch verschieben", "nous devons reporter", "tenemos que
 * reprogramar", "precisamos remarcar", "we moeten het gesprek verzetten"), an auxiliary and a
 * participle ("has been rescheduled", "wurde auf Donnerstag verlegt", "a été reporté", "ha sido
 * aplazada", "foi remarcada", "is verplaatst naar"), or the new time itself ("the new time is").
 */
const w = (languages: string): string => wordsOf(`move ${languages}`);
const FROM_START = built(
  () =>
    new RegExp(
      [
        `\\b(?:we|i)(?:['’](?:ve|ll|d|m|re))?(?:\\s+(?:will|would|ha(?:ve|d)|are|am|must|now|just|also|unfortunately|(?:need(?:ed)?|ha(?:ve|d)|going)\\s+to))*\\s+(?:re-?schedul|postpon|(?:mov(?:e|ed|ing)|push(?:ed|ing)?|shift(?:ed|ing)?)\\s+(?:\\S+\\s+){0,2}?${MEETING}\\b${NOT_FORWARD}|chang(?:e|ed|ing)\\s+(?:the|your|our)\\s+(?:date|time))`,
        `\\b${AUX}\\s+(?:re-?scheduled|postponed)\\b`,
        // Other languages' words (./words.ts, slots "move <languages>" and "moved <languages>"; the
        // languages that share a statement give the same words): a statement stands only once they are added.
        w('de nl') && `\\b(?:${w('de nl')})\\b${GAP}{0,80}?\\b(?:${wordsOf('moved de nl')})\\b`,
        w('fr') && `\\b(?:${w('fr')})\\s+(?:\\S+\\s+){0,2}?(?:${wordsOf('moved fr')})(?:er|ée?s?)${NOT_LETTER}`,
        w('es pt') &&
          `\\b(?:${w('es pt')})\\s+(?:(?:que|de|sido|tenido)\\s+)*(?:${wordsOf('moved es pt')})${NOT_LETTER}(?!\\s+que)`,
        `(?:^|\\s)(?:new|neue[rn]?|nouve(?:lle|l|au)|nuev[ao]|nov[ao]|nieuwe?)\\s+(?:date|time|termin|heure|horaire|créneau|fecha|hora|horario|data|horário|datum|tijd(?:stip)?)(?:\\s+and\\s+time)?\\s*(?:is|ist|est|es|será|é|will\\s+be|:)`,
        // A scheduling tool's pair of lines, "OLD: Wed 16 April, 11:00 (cancelled)" then "NEW: Thu 17 April, 14:00".
        `(?<=^\\s*(?:old|previous|original|was|alt|ancien(?:ne)?|anterior|antigo|oud)\\s*:[^\\n]*\\d[^\\n]*\\n\\s*)(?:new|neu|nouveau|nouvelle|nuevo|nueva|novo|nova|nieuw)\\s*:(?=[^\\n]*\\d)`,
      ]
        .filter(Boolean)
        .join('|'),
      // m: "^" is a line start ("New time: ...").
      'gim',
    ),
);

/** "the interview on Tuesday has been moved to ...", "let's meet on Thursday instead of Tuesday". */
const TO_END = new RegExp(
  `\\b${MEETING}\\b${GAP}{0,60}?\\b${AUX}\\s+(?:moved|pushed(?:\\s+back)?|shifted)\\b${NOT_FORWARD}|\\binstead\\s+of\\s+(?:on\\s+)?(?:mon|tues|wednes|thurs|fri)day`,
  'gi',
);

/**
 * Anywhere in the clause: a condition or a hedge ("if", "when", "falls", "si", "caso", "mocht",
 * "eventuell", "bei Bedarf", "peut-être", "misschien"). Offers in the reader's voice ("you can
 * reschedule", "gerne können wir") need no word here: no pattern takes them.
 */
const DOUBT = grows(
  'doubt',
  /\b(?:if|should|in\s+case|when|once(?!\s+again)|(?<!\d\s{0,2})may(?!\s*\d)|might|could)(?![a-z\u00c0-\u024f])/i,
);
/**
 * Just before or inside the statement: "has not been moved", "wurde nicht verschoben", "no ha sido"
 * (Spanish "no" only before a verb: Portuguese "no" means "in the").
 */
const NEGATION = grows('negation', /\b(?:not|never)\b|n['’]t\b/i);
/** A clause ends at ". ! ? ;" before a space, a line break or a dash; it is read up to 300 characters. */
const UP_TO_CLAUSE = /^[\s\S]*(?:[.!?;]\s|[\n—–])/;
const REST_OF_CLAUSE = /^(?:[^.!?;\n—–]|[.!?;](?=\S))*/;

/** Whether the statement at [start, end) is said plainly: not doubtful, negated or asked. */
function plain(text: string, start: number, end: number): boolean {
  const back = Math.max(0, start - 300);
  const from = back + (UP_TO_CLAUSE.exec(text.slice(back, start))?.[0].length ?? 0);
  const to = end + (REST_OF_CLAUSE.exec(text.slice(end, end + 300))?.[0].length ?? 0);
  return (
    text[to] !== '?' && !DOUBT.test(text.slice(from, to)) && !NEGATION.test(text.slice(Math.max(from, start - 25), end))
  );
}

/**
 * Where the newest message says the interview moved: the index in `text` after which the new time
 * is written, or null when it says no such thing. `text` is the newest message without quoted
 * history and signature.
 */
export function findReschedule(text: string): number | null {
  let found: number | null = null;
  for (const pattern of [FROM_START(), TO_END]) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!plain(text, m.index, end)) continue;
      const at = pattern === TO_END ? end : m.index;
      if (found === null || at < found) found = at;
      break;
    }
  }
  return found;
}

import { built, grows, wordsOf } from './words';
