/**
 * Text preprocessing for detection: cap, clean, and split an email body into the sender's newest
 * words, their signature, quoted history and forwarded messages. Everything here is linear in the
 * input up to the cap (no backtracking regular expressions, no nested scans), never throws, and
 * is independent of the rest of the input past the cap.
 */

/**
 * Cyrillic and Greek letters that look like Latin ones (homoglyph spoofing of "offer" and the
 * like), and the Latin letters they look like, position by position. (Written as themselves: an
 * encoding as ASCII plus an offset saved 0.06 KB gzip on every webmail page, but nobody could read
 * the table or add to it.)
 */
const LOOKALIKE_FROM = 'АВЕКМНОРСТХаеорсухіјѕΑΒΕΗΙΚΜΝΟΡΤΧΥΖοιν';
const LOOKALIKE_TO = 'ABEKMHOPCTXaeopcyxijsABEHIKMNOPTXYZoiv';

/** Bodies are cut to this many UTF-16 units before anything else looks at them. */
export const INPUT_CAP = 64 * 1024;

/** Lines longer than this are never headers, attributions, closings or separators. */
const SHORT_LINE = 300;

export interface MessageParts {
  /** The sender's own newest text, without quoted history and signature. */
  main: string;
  /** The sign-off, signature block and disclaimers after the newest text. */
  signature: string;
  /** Quoted earlier messages (replies), joined. */
  quoted: string;
  /** Forwarded messages, joined; the classifier may use them when `main` points at them. */
  forwarded: string;
}

/** The first INPUT_CAP units of `text`, never ending in half a surrogate pair. */
export function capInput(text: string): string {
  if (typeof text !== 'string') return '';
  if (text.length <= INPUT_CAP) return text;
  const last = text.charCodeAt(INPUT_CAP - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? INPUT_CAP - 1 : INPUT_CAP);
}

/** Replacements by character code; '' drops the character. */
const CHAR_MAP = new Map<number, string>();
// Codes as numbers rather than the characters in strings: they are 11 characters from 8 Unicode
// blocks, each a different run of two or three bytes in what every webmail page loads.
function mapCodes(to: string, ...codes: number[]): void {
  for (const c of codes) CHAR_MAP.set(c, to);
}
function mapRange(first: number, last: number, to: string): void {
  for (let c = first; c <= last; c++) CHAR_MAP.set(c, to);
}
mapCodes(' ', 0x09, 0xa0, 0x202f, 0x205f, 0x3000);
mapRange(0x2000, 0x200a, ' ');
// zero-width (200B-200D, 2060-2064, FEFF), direction marks (200E-200F), bidi controls (202A-202E,
// 2066-2069) and soft hyphens are dropped
mapCodes('', 0xad, 0xfeff);
mapRange(0x200b, 0x200f, '');
mapRange(0x202a, 0x202e, '');
mapRange(0x2060, 0x2064, '');
mapRange(0x2066, 0x2069, '');
mapCodes("'", 0x2032, 0xb4);
mapRange(0x2018, 0x201b, "'");
mapCodes('"', 0xab, 0xbb);
mapRange(0x201c, 0x201e, '"');
mapCodes('-', 0x2212);
mapRange(0x2010, 0x2015, '-');
mapCodes('*', 0x2022);
CHAR_MAP.set(0x2026, '...');
// ligatures U+FB00-FB04
'ff fi fl ffi ffl'.split(' ').forEach((letters, i) => {
  CHAR_MAP.set(0xfb00 + i, letters);
});
// Cyrillic and Greek letters that look like Latin ones (homoglyph spoofing of "offer" and the like).
for (let i = 0; i < LOOKALIKE_FROM.length; i++) CHAR_MAP.set(LOOKALIKE_FROM.charCodeAt(i), LOOKALIKE_TO.charAt(i));
// fullwidth ASCII
for (let c = 0xff01; c <= 0xff5e; c++) CHAR_MAP.set(c, String.fromCharCode(c - 0xfee0));

/** `s` with the characters of CHAR_MAP replaced (all of them are a tab or from U+00A0 on). */
function mapChars(s: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code !== 9 && code < 0xa0) continue;
    const mapped = CHAR_MAP.get(code);
    if (mapped === undefined) continue;
    out += s.slice(copied, i) + mapped;
    copied = i + 1;
  }
  return out + s.slice(copied);
}

/**
 * The characters cleanText may rewrite (all of CHAR_MAP's, among others: the ranges are few, so
 * that testing a line is quick), and \r, which also ends a line. Latin letters with accents are
 * not among them: a line of French or German is not rewritten for them.
 */
const SPECIAL = /[\t\r\u00a0-\u00bf\u0391-\uffff]/;

/**
 * Cheap normalisation ("NFKC-lite"): line endings to \n, tabs and exotic spaces to spaces,
 * zero-width and bidi controls removed, typographic quotes and dashes to ASCII, fullwidth ASCII
 * and ligatures folded, Cyrillic/Greek look-alikes of Latin letters replaced. Caps the input first.
 */
export function cleanText(text: string): string {
  return linesOf(capInput(text)).from(0);
}

/**
 * The lines of cleanText(raw), split on \n, \r\n and \r, each found and cleaned only when asked
 * for: what lies below the newest message (quoted history) is neither cleaned nor split.
 */
interface Lines {
  /** Line `i`, or undefined past the last line. */
  at(i: number): string | undefined;
  /** The lines from `i` on, joined with \n. */
  from(i: number): string;
}

// A closure rather than a class with private fields: every read of a field was `this.#name` in the
// shipped code, which every webmail page loads.
function linesOf(raw: string): Lines {
  const lines: string[] = [];
  /** where the next line starts in raw, or -1 after the last one */
  let next = 0;
  /** the first \n at or after `next` (raw.length if none): found once per \n, not per line */
  let lf = -1;
  const read = (): void => {
    const start = next;
    if (lf < start) {
      lf = raw.indexOf('\n', start);
      if (lf < 0) lf = raw.length;
    }
    let end = lf;
    let line = raw.slice(start, end);
    if (line && SPECIAL.test(line)) {
      const cr = line.indexOf('\r');
      if (cr >= 0) {
        end = start + cr;
        line = line.slice(0, cr);
      }
      line = mapChars(line);
    }
    lines.push(line);
    if (end === raw.length) next = -1;
    else next = end + (raw.charCodeAt(end) === 13 && raw.charCodeAt(end + 1) === 10 ? 2 : 1);
  };
  const at = (i: number): string | undefined => {
    while (lines.length <= i && next >= 0) read();
    return lines[i];
  };
  return {
    at,
    from(i) {
      const rest: string[] = [];
      for (let line = at(i); line !== undefined; line = at(++i)) rest.push(line);
      return rest.join('\n');
    },
  };
}

/**
 * Whether the line is empty or white space only (\s is what trim() removes). trim() looks at the
 * line's ends and makes a new string only when they are white space: as fast as testing /\S/,
 * and shorter.
 */
function isBlank(line: string): boolean {
  return !line.trim();
}

// ---------------------------------------------------------------------------------------------
// Line classification. Each check looks at a bounded head/tail of the line, so the work per line
// is constant however long the line is.

const ATTRIBUTION_VERBS = 'wrote|schrieb|a ecrit|a écrit|escribió|escribio|escreveu|schreef'.split('|');
/** How an attribution starts: "On …", "Am …", "Le …", "El …", "Em …", "Op …". */
const ATTRIBUTION_START = /^(on|am|le|el|em|op) /;

const FROM_KEYS = new Set('from von de van'.split(' '));
const HEADER_KEY_SET = new Set(
  'from|sent|date|to|cc|subject|von|gesendet|datum|an|betreff|de|envoyé|envoye|à|a|objet|enviado|enviado el|fecha|para|asunto|assunto|data|van|verzonden|aan|onderwerp'.split(
    '|',
  ),
);

// Regular expressions rather than lists of strings: shorter in the shipped code. ("begin forwarded
// message" is found as "forwarded message".)
const FORWARD_MARKER =
  /forwarded message|weitergeleitete nachricht|message transféré|message transfere|mensaje reenviado|mensagem encaminhada|doorgestuurd bericht/;
const ORIGINAL_MARKER =
  /original message|ursprüngliche nachricht|ursprungliche nachricht|message d'origine|mensaje original|mensagem original|oorspronkelijk bericht/;

/** The lower-cased head of a line, without leading spaces, bullets or markdown emphasis. */
function headOf(line: string): string {
  let i = 0;
  const n = Math.min(line.length, 400);
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 42 /* * */ || c === 95 /* _ */) i++;
    else break;
  }
  return line.slice(i, i + 80).toLowerCase();
}

/** `key:` or `key :` at the start of a head; returns the key or null. */
function headerKey(head: string): string | null {
  const colon = head.indexOf(':');
  if (colon <= 0 || colon > 14) return null;
  const key = head.slice(0, colon).trim();
  return HEADER_KEY_SET.has(key) ? key : null;
}

/** A header line of a quoted or forwarded message ("Date: Tue, Apr 14, 2026 at 2:05 PM", "Gesendet: …"). */
export const isHeaderLine = (line: string): boolean => headerKey(headOf(line)) !== null;

export function isQuoteLine(line: string): boolean {
  const n = Math.min(line.length, 200);
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c === 62 /* > */) return true;
    if (c !== 32) return false;
  }
  return false;
}

function endsWithColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && line.charCodeAt(i) <= 32) i--;
  return i >= 0 && line.charCodeAt(i) === 58;
}

export function isAttribution(line: string, next: string | undefined): boolean {
  if (line.length > SHORT_LINE || !(endsWithColon(line) || (next !== undefined && endsWithColon(next)))) return false;
  const low = line.trim().toLowerCase();
  // An attribution wrapped onto a second line: "On Mon, Mar 9, 2026 at 10:41 AM Dana <dana@…>" / "wrote:".
  const wrapped =
    next !== undefined && next.length < 120 && !isQuoteLine(next) && ATTRIBUTION_START.test(low) && !/[.!?]$/.test(low);
  const both = wrapped ? `${low} ${next.trim().toLowerCase()}` : low;
  // '' when neither ends with a colon: no verb is found in it
  const text = low.endsWith(':') ? low : both.endsWith(':') ? both : '';
  for (const verb of ATTRIBUTION_VERBS) {
    const at = text.lastIndexOf(verb);
    if (at >= 0 && (at === 0 || text.charCodeAt(at - 1) === 32 || text.charCodeAt(at - 1) === 62)) {
      // "wrote:" or "schrieb Name <address>:" (verb before the name in German and Dutch)
      const rest = text.slice(at + verb.length);
      if (rest.trim() === ':' || ATTRIBUTION_START.test(text) || rest.includes('@')) return true;
    }
  }
  return false;
}

export function isOutlookBlock(lines: { at(i: number): string | undefined }, i: number): boolean {
  const line = lines.at(i) ?? '';
  const colon = line.indexOf(':');
  if (colon < 0 || colon > 24) return false;
  const first = headerKey(headOf(line));
  if (!first || !FROM_KEYS.has(first)) return false;
  let found = 0;
  for (let j = i + 1; j <= i + 6; j++) {
    const next = lines.at(j);
    if (next === undefined) break;
    const key = headerKey(headOf(next));
    if (key && !FROM_KEYS.has(key)) found++;
  }
  return found >= 2;
}

/** A separator line like "-----Original Message-----" or a forwarded-message banner. */
export function markerKind(line: string): 'forward' | 'original' | null {
  if (!line || line.length > 120 || (line.indexOf('---') < 0 && !/^\s*begin forwarded/i.test(line))) return null;
  const low = line.toLowerCase();
  if (FORWARD_MARKER.test(low)) return 'forward';
  if (low.includes('-----') && ORIGINAL_MARKER.test(low)) return 'original';
  return null;
}

/** Subjects like "FW: …", "Fwd: …", "WG: …", "TR: …", "RV: …", "ENC: …", "Doorst: …". */
export function isForwardSubject(subject: string): boolean {
  return /^(fwd?|wg|tr|rv|enc|doorst)\s?:/i.test(subject.slice(0, 20).trim());
}

// ---------------------------------------------------------------------------------------------
// Signature and disclaimer detection.

// One string split rather than an array of strings: shorter in the shipped code.
export const CLOSING_SET = new Set(
  // en
  (
    'best regards|kind regards|warm regards|warmest regards|regards|best wishes|with best wishes|with very best wishes|with best regards|all the best|best|all best|thanks|thanks again|thanks so much|thank you|many thanks|cheers|sincerely|yours sincerely|yours faithfully|yours truly|respectfully|warmly|talk soon|speak soon|with gratitude|with appreciation|with thanks|take care|love|thx|' +
    // de
    'mit freundlichen grüßen|mit freundlichen grüssen|mit freundlichem gruß|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|beste grüße|beste grüsse|herzliche grüße|herzliche grüsse|liebe grüße|schöne grüße|grüße|gruß|lg|vg|mfg|' +
    // fr
    'cordialement|bien cordialement|très cordialement|bien à vous|sincères salutations|salutations|bonne journée|à bientôt|amicalement|merci|bises|' +
    // es
    'saludos|un saludo|saludos cordiales|un saludo cordial|atentamente|cordialmente|un abrazo|abrazos|gracias|' +
    // pt
    'atenciosamente|abraços|abraço|um abraço|abs|att|cumprimentos|com os melhores cumprimentos|melhores cumprimentos|beijinhos|beijos|obrigado|obrigada|' +
    // nl
    'met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|hartelijke groet|hartelijke groeten|groet|groeten|groetjes|mvg|met hartelijke groet|zonnige groet'
  ).split('|'),
);

// Written out as one regular expression rather than joined from a list of words: shorter in the
// shipped code (likewise DEVICE and the markers above).
const DISCLAIMER =
  /confidential|intended|recipient|addressee|privileged|unauthori|disclos|in error|by mistake|notify the sender|delete|equal opportunity|vertraulich|empfänger|adressat|absender|löschen|confidentiel|destinataire|expéditeur|supprimer|confidencial|destinatario|destinatário|remetente|eliminar|apagar|uitsluitend bestemd|geadresseerde|afzender|verwijderen|vertrouwelijk/gi;
const DISCLAIMER_START = /^\s*(disclaimer|confidentiality notice)/i;

function isDisclaimer(line: string): boolean {
  if (DISCLAIMER_START.test(line.length > 100 ? line.slice(0, 100) : line)) return true;
  if (line.length < 60) return false;
  const head = line.length > 300 ? line.slice(0, 300) : line;
  DISCLAIMER.lastIndex = 0;
  let hits = 0;
  while (DISCLAIMER.exec(head)) if (++hits >= 2) return true;
  return false;
}

/** Lines a phone or mail app adds ("Sent from my iPhone"). */
export const DEVICE =
  /^(sent from my|sent from outlook|get outlook for|von meinem|gesendet von|envoyé de mon|envoye de mon|enviado desde mi|enviado do meu|enviado de meu|verzonden vanaf mijn|verstuurd vanaf mijn)/i;

/** "Best regards,", "Thanks, Greg", "Mit freundlichen Grüßen", "-- ": where a signature starts. */
function isSignatureStart(line: string): boolean {
  if (line.length > 80) return false;
  const t = line.trim();
  if (!t) return false;
  const c = t.charCodeAt(0);
  if (c === 45 || c === 95 || c === 61 || c === 0x2014) return /^[-_=\u2014]{2,}$/.test(t);
  if (DEVICE.test(t)) return true;
  if (t.length > 45) return false;
  const low = t.toLowerCase();
  // Strip trailing punctuation, then an optional ", Name" part.
  let words = low.replace(/[!.,;:\s]+$/u, '');
  const comma = words.indexOf(',');
  if (comma > 0) {
    const after = words.slice(comma + 1).trim();
    if (after.split(' ').length > 3) return false;
    words = words.slice(0, comma).trim();
  }
  if (CLOSING_SET.has(words)) return true;
  // "Thanks!" / "Cheers -" / "Best, Ravi"
  const bare = words.replace(/[!\-\u2013\u2014]+$/u, '').trim();
  return CLOSING_SET.has(bare);
}

/**
 * A rule of dashes or equals signs that starts no signature, between the lines above and below it:
 * - one as long as the line above underlines a heading ("Interview details" over "-----------------").
 *   A signature's "-- " is shorter than any heading, and a mail app's rule is not drawn to the length
 *   of the line above;
 * - one over a paragraph opens a message a job board relays ("-----" / "Hi Darnell, thanks for …");
 *   a signature's lines are short.
 */
function isRuleInText(line: string, above: string, below = ''): boolean {
  const rule = line.trim();
  return /^[-=\u2014]{4,}$/.test(rule) && (Math.abs(above.trim().length - rule.length) < 3 || below.length > 80);
}

/** "Noor", "— Rafael", "Dave Brindle", "J.": a sign-off that is only a name. */
function isNameLine(line: string, last: boolean): boolean {
  const t = line
    .trim()
    .replace(/^[-\u2013\u2014~\s]+/u, '')
    .replace(/[,.\s]+$/u, '');
  if (t.length === 0 || t.length > 40 || /[\d:@/|]/.test(t)) return false;
  // "Dana Lee", "Dana, Account Executive", "J.", "Ana (she/her)"
  const words = t.split(/[\s,]+/).filter(Boolean);
  if (words.length > 5) return false;
  if (words.every((w) => /^[\p{Lu}][\p{L}'.&-]*$/u.test(w) || /^\(.*\)$/.test(w))) return true;
  // lower-case sign-offs ("trent", "B x") on the last lines of casual mail
  return last && words.length <= 2 && t.length <= 15 && /^[\p{L} ]+$/u.test(t);
}

/** A line that may belong to a trailing signature block: short, not prose. */
function isSignatureish(line: string): boolean {
  const t = line.trim();
  if (t.length > 70) return false;
  if (/[.?!:]$/.test(t) && !/\b[A-Z]\.$/.test(t) && !/\b(Inc|Ltd|Co|Jr|Sr|Dr|PhD|B\.V|S\.A|N\.A)\.$/.test(t))
    return false;
  return t.split(/\s+/).length <= 9;
}

function splitSignature(lines: string[]): { main: string[]; signature: string[] } {
  const blank = lines.map(isBlank);
  // Explicit markers: closings ("Best regards,"), "-- ", device lines, disclaimers. Content must
  // come first, so a message that is only "Thanks!" keeps its text.
  let cut = lines.length;
  let contentSeen = 0;
  // Disclaimers close a message: only its last dozen lines are looked at for them.
  let tail = lines.length;
  for (let left = 8; tail > 0 && left > 0; ) if (!blank[--tail]) left--;
  for (let i = 0; i < lines.length; i++) {
    if (blank[i]) continue;
    const line = lines[i] as string;
    if (
      contentSeen > 0 &&
      ((isSignatureStart(line) && !isRuleInText(line, lines[i - 1] as string, lines[i + 1])) ||
        (i >= tail && isDisclaimer(line)))
    ) {
      cut = i;
      break;
    }
    contentSeen++;
  }
  // Unmarked sign-offs: walk back over the short trailing lines ("Noor / Noor Haddad | Recruiter /
  // +1 416 …") and start the signature at the first name-only line among them.
  let k = cut;
  let seen = 0;
  while (k > 0 && seen < 10) {
    if (blank[k - 1]) {
      k--;
      continue;
    }
    if (!isSignatureish(lines[k - 1] as string)) break;
    k--;
    seen++;
  }
  let firstContent = 0;
  while (firstContent < cut && blank[firstContent]) firstContent++;
  let lastContent = cut - 1;
  while (lastContent >= 0 && blank[lastContent]) lastContent--;
  for (let i = k; i < cut; i++) {
    if (blank[i]) continue;
    // Keep at least one line of content above the signature.
    if (i > firstContent && isNameLine(lines[i] as string, i === lastContent)) {
      cut = i;
      break;
    }
  }
  // Blank lines at either end are left out, so that the joined lines usually need no trimming:
  // trim() then returns the joined string itself, which the tokenizer reads faster than the
  // slice of it that trimming makes.
  let mainEnd = cut;
  while (mainEnd > firstContent && blank[mainEnd - 1]) mainEnd--;
  let end = lines.length;
  while (end > cut && blank[end - 1]) end--;
  return { main: lines.slice(firstContent, mainEnd), signature: lines.slice(cut, end) };
}

// ---------------------------------------------------------------------------------------------

/**
 * Splits a body into the sender's newest text, its signature, quoted history and forwarded
 * messages. `subject` decides whether an Outlook header block is a forward ("FW: …") or a reply.
 * With `withQuoted` false, reading stops where the quoted history below the newest text starts
 * and `quoted` is left empty: the classifier runs on every opened email and reads that history
 * only in one case (engine.ts). Never throws; works on the capped, cleaned body.
 */
export function newestMessage(body: string, subject = '', withQuoted = true): MessageParts {
  try {
    return split(
      linesOf(capInput(typeof body === 'string' ? body : '')),
      typeof subject === 'string' ? subject : '',
      withQuoted,
    );
  } catch {
    return { main: '', signature: '', quoted: '', forwarded: '' };
  }
}

/** What split() is reading: the newest text, quoted history or a forwarded message. */
const MAIN = 0;
const QUOTED = 1;
const FORWARDED = 2;

function split(lines: Lines, subject: string, withQuoted: boolean): MessageParts {
  const forwardSubject = isForwardSubject(subject);
  const main: string[] = [];
  const quoted: string[] = [];
  const forwarded: string[] = [];
  // Where the newest text ends: the first attribution, header block, separator or forward banner.
  let mode = MAIN;
  let forwardedText = false;
  let mainText = false;
  // Once the sender's own text is followed by quoted history, the rest is history: it is kept
  // as one piece, unread (interleaved "> " replies before that are still read line by line).
  for (let i = 0; ; i++) {
    const line = lines.at(i);
    if (line === undefined) break;
    if (mode === QUOTED && mainText) {
      const rest = withQuoted ? lines.from(i) : '';
      if (rest) quoted.push(rest);
      break;
    }
    if (isQuoteLine(line)) {
      quoted.push(line);
      continue;
    }
    const marker = markerKind(line);
    if (marker === 'forward') {
      mode = mode === MAIN ? FORWARDED : mode;
      continue;
    }
    if (marker === 'original') {
      mode = mode === MAIN ? (forwardSubject ? FORWARDED : QUOTED) : mode;
      continue;
    }
    if (mode !== QUOTED && isAttribution(line, lines.at(i + 1))) {
      // An attribution inside a forwarded message starts its own quoted history.
      mode = QUOTED;
      // the attribution continued on the next line
      if (!line.trim().endsWith(':')) i++;
      continue;
    }
    if (mode === MAIN && isOutlookBlock(lines, i)) {
      mode = forwardSubject ? FORWARDED : QUOTED;
    } else if (mode === FORWARDED && forwardedText && isOutlookBlock(lines, i)) {
      mode = QUOTED;
    }
    if (mode === MAIN) {
      if (line.length < 200 && line.indexOf('________') >= 0 && /^\s*_{8,}\s*$/.test(line)) continue;
      main.push(line);
      if (!mainText && !isBlank(line)) mainText = true;
    } else if (mode === FORWARDED) {
      forwarded.push(line);
      // Header lines of the forwarded message itself do not end it.
      if (!isBlank(line) && !headerKey(headOf(line))) forwardedText = true;
    } else quoted.push(line);
  }
  // Bottom-posted replies: nothing before the first quote marker, the sender wrote below it.
  if (!mainText && mode === QUOTED) {
    const unquoted = quoted.filter((l) => !isQuoteLine(l) && !isBlank(l));
    if (unquoted.length > 0 && unquoted.length < quoted.length) {
      main.push(...unquoted);
    }
  }
  const { main: own, signature } = splitSignature(main);
  return {
    main: own.join('\n').trim(),
    signature: signature.join('\n').trim(),
    quoted: withQuoted ? quoted.join('\n').trim() : '',
    forwarded: forwarded.join('\n').trim(),
  };
}
