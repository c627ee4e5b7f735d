/**
 * Extraction's own rough check for interview words, for a caller that tells no kind and an email the
 * classifier calls "other" (a fragment it has too little of). Only the full extractor (./index.ts:
 * the CLI, the tests, the tools) asks it; the content script always tells the classifier's kind, so
 * its chunk carries neither this check nor its words (about 0.35 KB gzip on a job email in German).
 */

/**
 * Interview words of the six languages. The full extractor always holds every language's words, so
 * they are written in here rather than joined from words-<code>.ts: the English, then what those
 * files gave slot "cue" (de, fr, es, pt, nl), which `grows` joined before the English; the pattern
 * is only tested, so the order of its alternatives changes no answer. It ends in (?!\w), not \b:
 * after a last letter outside a–z ("café", "passer à") there is no \b.
 */
const INTERVIEW_CUE =
  /\b(?:\p{L}*interviews?\b(?!\s+(?:feedback|notes))|phone\s+screen\w*|\p{L}+\s+call|call\s+with|chat|tests?|exam\w*|quiz|\w+\s+round|demo\w*|taster|coffee|caf[ée]|cuppa|meet\b|assessment\w*|trial|panel|on-?site|(?:technical|pairing|pair\s+programming)\s+session|portfolio\s+review|meeting\s+with|(?:final|next|last)\s+stage|(?:a|the|our|quick|short|brief)\s+conversation|come\s+(?:in|by)|(?:hop|jump)\s+on|calendar\s+invit\w*|selection\s+(?:day|event)|hiring\s+event|open\s+day|campus\s+visit|schnupper\w*|\p{L}*gespr(?:[äa]ch|ek)|kennenlern\w*|probe(?:arbeit|tag)\w*|hospitation|[ée]preuve|passer\s+(?:à|au|nous)|se\s+voit|entretien|rendez-vous|rdv|entrevue|nos\s+vemos|prueba|entrevista|convite|bate-papo|din[âa]mica\s+de\s+grupo|teste|conversa|toets|(?:meeloop|proef)dag|kennismak\w*)(?!\w)/iu;

/**
 * Whether the message reads as an interview invitation or confirmation: an interview cue in the
 * subject or text, or, for a short reply ("Fri 2pm works, see you then"), in the message it quotes.
 * (Offers and declines that look back on an interview pass too: callers that tell the kind get no
 * interview time for them.)
 */
export function looksLikeInterview(subject: string, text: string, quoted = ''): boolean {
  if (INTERVIEW_CUE.test(`${subject}\n${text}`)) return true;
  return text.length < 600 && INTERVIEW_CUE.test(quoted.slice(0, 3000));
}
