/**
 * Turns an email into the pieces the extractors read: cleaned text, the newest
 * message without quoted history, its signature block, the sender, the language.
 * Every step works on capped input so the cost stays bounded whatever arrives.
 */

import { languageOf } from '../lang';
import { CLOSING_SET, DEVICE, isAttribution, isOutlookBlock, isQuoteLine, markerKind } from '../text';
import type { EmailInput } from '../types';
import { ATS, GREETING, ORG_WORD, TITLE_WORD } from './lexicon';
import { built, grows, wordsOf } from './words';

/** Characters of body read at all; the newest message of a job email is far shorter. */
export const BODY_CAP = 40_000;
/** Characters of the newest message the pattern scans read. */
export const NEWEST_CAP = 12_000;
const LINE_CAP = 2_000;

export type Lang = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl';

export interface Sender {
  /** Display name as written, without quotes; '' when absent. */
  display: string;
  /** Person part of "Person via Company" displays. */
  person: string;
  /** Company part of "Person via Company" displays. */
  via: string;
  /** The tool of "Acme Robotics via InterviewDesk" displays, whose domain names no employer. */
  tool: string;
  address: string | null;
  local: string;
  /** Domain labels without the public suffix, e.g. ["careers", "acme-robotics"]. */
  labels: string[];
}

export interface Prepared {
  subject: string;
  sender: Sender;
  /** Newest message, quoted history and forwarded blocks removed. */
  newest: string;
  /** Quoted or forwarded part (capped), for fallbacks only. */
  quoted: string;
  /** Lines of the newest message. */
  lines: string[];
  /** Signature lines (after the closing, or the trailing block), trimmed, non-empty. */
  signature: string[];
  /** Index in `lines` where the signature starts (or lines.length). */
  sigStart: number;
  lang: Lang;
  /** Email date, when valid. */
  date: Date | null;
  /** UTC offset in minutes written in the email's date, when present. */
  dateOffset: number | null;
}

// Zero-width, bidi controls and other invisible format characters.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;

export function clean(s: unknown, cap: number): string {
  if (typeof s !== 'string') return '';
  let t = s.length > cap ? s.slice(0, cap) : s;
  // Long runs of blanks are squeezed (two spaces still separate signature columns), so no
  // pattern with \s+ can backtrack over thousands of them.
  t = t
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    // Artefacts of HTML mail turned into text: inline images, link targets, bold markers.
    .replace(/\[(?:cid|image):[^\]\n]{0,200}\]|<(?:mailto:|https?:\/\/)[^>\s]{0,500}>/gi, ' ')
    .replace(/(^|\s)\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?=\s|$)/g, '$1')
    .replace(/[\u00A0\u2007\u202F\t\f\v]/g, ' ')
    .replace(/ {3,}/g, '  ')
    .replace(/ {1,2}\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  // No word runs on past 80 characters: token-level patterns stay linear on garbage. Few texts have
  // such a run, and looking for one is cheaper than the pattern, which reads ahead from every
  // character of every word (on 2 KB of corpus text: 7 µs instead of 18).
  return hasLongRun(t) ? t.replace(/\S{80}(?=\S)/g, '$& ') : t;
}

/** Whether `t` has more than 80 characters in a row that are not white space (what /\s/ matches). */
export function hasLongRun(t: string): boolean {
  return t.split(/\s/).some((word) => word.length > 80);
}

/**
 * Outlook's rule above its header block, and an English attribution that lost its colon: the
 * classifier's splitter skips the one and needs the colon of the other, but their dates and names
 * must not reach the extractors.
 */
const SEPARATOR = /^\s*(?:_{8,}|on\s.{0,300}\bwrote)\s*$/i;

/**
 * Index of the first line of quoted history or of a forwarded message, or lines.length: where the
 * classifier's splitter (text.ts) ends the newest text.
 */
function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (
      isQuoteLine(l) ||
      markerKind(l) ||
      // "Nordquist Studio wrote:" over a platform's relayed message: a reply's names a date, an address or quotes.
      (isAttribution(l, lines[i + 1]) && (/\d|@/.test(l) || isQuoteLine(lines[i + 1] || lines[i + 2] || ''))) ||
      isOutlookBlock(lines, i) ||
      // A rule above a meeting invite ("Microsoft Teams meeting") is no header block's.
      (l.length < 400 && SEPARATOR.test(l) && !/^\s*\p{L}[^:]*$/u.test(lines[i + 1] ?? ''))
    )
      return i;
  }
  return lines.length;
}

/** Lower case without accents, ß as ss: "Grüße" and "Gruesse" are written both ways. */
export const fold = (s: string): string => s.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
/**
 * Closings: the classifier's (text.ts), and those that extraction also reads as one, since only
 * a name follows them (other languages' in ./words.ts, slot "closing").
 */
const CLOSINGS = built(
  () =>
    new Set(
      [
        ...CLOSING_SET,
        ...`kindest regards|many regards|kind wishes|warm wishes|warmest wishes|very best|very best regards|very best wishes|best thanks|kind thanks|warm thanks|many wishes|thanks a lot|thank you again|thank you so much|see you|see you soon|see you then|see you there|good luck|best of luck|cordially|admiration|sincere apologies|diolch|${wordsOf('closing')}`.split(
          '|',
        ),
      ]
        .filter(Boolean)
        .map(fold),
    ),
);

/**
 * What follows the closing a line starts with ("Best regards," → '', "Thanks, Dana" and
 * "LG Mia" → the name, "Cheers — Jo" → "Jo"), or null when the line is no closing.
 */
function closingOf(line: string): string | null {
  const words = line.trim().split(/\s+/);
  for (let n = Math.min(words.length, 5); n > 0; n--) {
    const head = fold(words.slice(0, n).join(' ')).replace(/[,.!:]+$/, '');
    if (!CLOSINGS().has(head.replace(/^with /, ''))) continue;
    const rest = words
      .slice(n)
      .join(' ')
      .replace(/^[—-]\s*|[,.!]+$/g, '');
    return /^(?:\p{L}[\p{L}'’.-]+(?:\s+|$)){0,3}$/u.test(rest) ? rest : null;
  }
  return null;
}

const NAME_TOKEN = /^\p{Lu}[\p{Ll}\p{Lu}'’-]*\.?$/u;
// Also the Irish "Nic", "Ní", "Mac", "Ó" that begin a surname.
export const PARTICLE =
  /^(?:de|del|della|der|den|van|von|da|das|do|dos|du|la|le|di|y|e|ten|ter|bin|al|el|zu|st\.?|nic|n[ií]|mac|mc|[óo])$/i;
const HONORIFIC = grows(
  'honorific',
  // A German doctor's degree ("Dr. rer. nat.") only with its dot: "Nat" is a first name.
  /^(?:dr|mr|mrs|ms|miss|prof|professor|herr|frau|m|mme|me|sr|sra|dra|dott|eng|ing|mag|dipl|captain|capt|lieutenant|lt|flt|sergeant|sgt|cpl|corporal|major|maj|colonel|po|cpo|sir|dame|uncle|aunt|auntie|revd?|pastor|coach|sister|father|chef)\.?$|^(?:rer|nat|med)\.$/i,
);
/**
 * Words that never begin a name. (Not the words of ORG_WORD and TITLE_WORD, "Team", "Recruiting",
 * "Principal", which personName checks in the whole name, nor one letter, which is too short. Nor
 * the months: a date line carries its day or year, a digit no name has, and May, June, April and
 * August are first names.)
 */
const NOT_NAME = grows(
  'notname',
  /^(?:time|staff|admin|support|cancel|reschedule|info|nursing|thank|sent|from|to|date|subject|re|fw|fwd|tel|phone|mobile|cell|direct|fax|email|e-mail|web|www|the|our|your|this|we|please|see|let|talk|great|looking|confidential(?:ity)?|notice|disclaimer|note|ps|get|via|on|at|in|for|with|and|or|but|if|so|yes|no|ok|okay|all|any|an|monday|tuesday|wednesday|thursday|friday|saturday|sunday|reply|view|interview|internships?|unsubscribe|join|messages?|powered|privacy|accept|decline|signed|again|new|candidate|agenda|schedule|location|where|when|who|guests?|nights?|howzit|registr(?:ar|y)|capital|sd|famil(?:y|le|ie|ia)|família|sorry|\p{L}+['’]s)$/iu,
);

/**
 * The person name a line holds, or null: "Gwen Halvorsen (she/her)", "Dr. Sophie Ahn, DDS",
 * "— Rafael", "Wes Calloway, PLS", "Noor Haddad | Technical Recruiting Lead".
 */
export function personName(line: string): string | null {
  let t = line.trim();
  if (!t || t.length > 80) return null;
  // "i. A. Sabine Engel", "p.p. Jo Reid": signing for someone, not part of the name.
  t = t
    .replace(/^[-–—~*_\s]+/, '')
    .replace(/[*_]+$/, '')
    // Kisses before the name ("Xx Anouk") and "Fdo.:" (firmado) are no part of it either.
    .replace(/^(?:i\.\s?[AV]\.|p\.\s?p\.|ppa?\.|per\s+pro\.?|x+\s|fdo\.?:?)\s*/i, '')
    // Public-service letters: the name in brackets under "Sd/-" (signed), "(Dr. Pankaj Verma)", and a
    // badge number after it ("Sgt. Dana Kowalczyk #2241").
    .replace(/^\(([^()]+)\)$/, '$1')
    .replace(/\s+#\d+$/, '');
  t = t.replace(/\((?:she|he|they|her|him|them|ela|ele|sie|er|il|elle|ms|mr|mrs|miss|mx|dr)\b[^)]*\)/gi, ' ');
  // "Jo (owner)", "Alba (coordinadora)": the part they play, after the name.
  t = t.replace(/^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) \(\p{Ll}[\p{L} ]{1,30}\)$/u, '$1');
  // A label ("Event Date/Time:", "Invitee:") is never a name.
  if (/:\s*$/.test(t)) return null;
  // Cut at the first separator: what follows is a title, credentials or a company.
  t = (t.split(/\s*(?:[|,·•/]|\s[-–—]\s|\s{2,})\s*/)[0] ?? '').trim();
  if (!t || /[\d@:;!?()[\]{}<>=+#$%]/.test(t)) return null;
  const tokens = t.split(/\s+/).filter((w) => !HONORIFIC.test(w));
  if (!tokens.length || tokens.length > 4) return null;
  const first = tokens[0] ?? '';
  // Greetings, header words and sign-offs ("Gruß", "Saludos") are not names.
  const bare = first.replace(/\.$/, '');
  if (
    !NAME_TOKEN.test(first) ||
    bare.length < 2 ||
    NOT_NAME.test(bare) ||
    GREETING.test(bare) ||
    closingOf(bare) !== null
  )
    return null;
  for (const w of tokens) {
    if (PARTICLE.test(w)) continue;
    if (!NAME_TOKEN.test(w)) return null;
  }
  const joined = tokens.join(' ');
  if (ORG_WORD.test(joined) || TITLE_WORD.test(joined)) return null;
  return joined;
}

/** Parses `Dana Lee <dana@acme.example>`, `"Lee, Dana" <...>`, a bare address. */
export function parseSender(from: string): Sender {
  const f = from.trim();
  let display = '';
  let address: string | null = null;
  const m = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(f);
  if (m) {
    display = (m[1] ?? '').trim();
    address = (m[2] ?? '').toLowerCase();
  } else if (/^[^\s@]+@[^\s@]+$/.test(f)) {
    address = f.toLowerCase();
  } else {
    display = f;
  }
  display = display.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').trim();
  // "Lee, Dana" → "Dana Lee" when both sides look like single names.
  const comma = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+)$/u.exec(display);
  if (comma) display = `${comma[2]} ${comma[1]}`;
  // "Auntie Pat", "Ta cousine Émilie", "Nicht Anouk": how the reader's address book calls a relative, before her name.
  display = display.replace(
    /^(?:ta |je |my )?(?:aunt(?:ie)?|uncle|cousine?|tante|nicht|neef|oom|t[ií][ao]) (?=\p{Lu}\p{Ll}+$)/iu,
    '',
  );
  let person = display;
  let via = '';
  let tool = '';
  const v = /^(.+?)\s+(?:via|through|from|at|@)\s+(.+)$/iu.exec(display);
  if (v && personName(v[1] ?? '')) {
    person = (v[1] ?? '').trim();
    via = (v[2] ?? '').trim();
    // "Dana Lee via Greenhouse": the tool is nobody's employer, nor part of the name ("Camp Tamarack via Calendly").
    if (ATS.test(via.replace(/[^\p{L}]/gu, ''))) {
      via = '';
      display = person;
    }
  } else if (
    v &&
    /^via$/i.test(
      display
        .slice((v[1] ?? '').length)
        .trim()
        .split(/\s+/)[0] ?? '',
    )
  ) {
    // "Acme Robotics via Lever": the organisation before the tool.
    person = (v[1] ?? '').trim();
    display = person;
    tool = (v[2] ?? '').trim();
  } else {
    const bar = /^(.+?)\s*[|–—]\s*(.+)$/u.exec(display);
    if (bar && personName(bar[1] ?? '')) {
      person = (bar[1] ?? '').trim();
      via = (bar[2] ?? '').trim();
    }
  }
  let local = '';
  let labels: string[] = [];
  if (address) {
    const at = address.lastIndexOf('@');
    local = address.slice(0, at);
    labels = domainLabels(address.slice(at + 1));
  }
  return { display, person, via, tool, address, local, labels };
}

const TEST_TLD = /^(?:example|test|invalid|localhost|local)$/;
const SUFFIX =
  /^(?:com|org|net|edu|gov|mil|int|info|biz|io|co|ai|app|dev|me|us|uk|ca|au|nz|ie|de|at|ch|fr|be|lu|es|pt|br|mx|ar|cl|pe|uy|nl|eu|it|se|no|dk|fi|pl|cz|in|sg|hk|jp|za|ng|ke|ac|sch|nhs|ltd|plc|gob|gouv|studio|agency|health|careers|jobs|tech|online|site|digital|company|group|legal|law|bank|store|shop|cafe|coffee|school|academy|university|care|clinic|hospital|media|design|works|team|global|world|cloud|energy|build|solutions|systems|services|partners|email|mail)$/;

/** Domain labels without test TLDs and public suffixes: careers.acme-robotics.co.uk → [careers, acme-robotics]. */
export function domainLabels(domain: string): string[] {
  const parts = domain.toLowerCase().split('.').filter(Boolean);
  while (TEST_TLD.test(parts.at(-1) ?? '')) parts.pop();
  while (parts.length > 1 && SUFFIX.test(parts.at(-1) ?? '')) parts.pop();
  return parts;
}

const DISCLAIMER = grows(
  'disclaimer',
  /^(?:confidential|this (?:e-?mail|message|communication)|the information|diese (?:e-?mail|nachricht)|este (?:e-?mail|mensaje|correo)|sent from my|\*{3}|please consider the environment|registered (?:in|office)|emails? sent to)/i,
);

/** A team's words on a signature line (other languages' in ./words.ts, slot "team line"). */
const TEAM_LINE = grows(
  'team line',
  /\b(?:team|talent acquisition|recruiting|recruitment|careers|hr|human\s+resources|staffing|secretariat|sekretariat|workforce|personnel|personal|people\s+(?:services|branch|ops)|recursos\s+humanos|equipo|[ée]quipe)\b/i,
);

function isNameOrTeamLine(line: string, sender: Sender): boolean {
  const t = line.trim();
  if (!t || t.length > 80) return false;
  if (personName(t)) return true;
  const first = sender.person.split(/\s+/)[0] ?? '';
  if (first.length > 1 && t.replace(/^[-–—\s]+/, '').toLowerCase() === first.toLowerCase()) return true;
  return TEAM_LINE.test(t) && t.split(/\s+/).length <= 8;
}

/** Finds the closing line and the signature lines after it (or the trailing block when unsigned). */
function findSignature(lines: string[], sender: Sender): { sigStart: number; signature: string[] } {
  const end = lines.length;
  const take = (from: number): string[] => {
    const out: string[] = [];
    let blanks = 0;
    for (let i = from; i < end && out.length < 10; i++) {
      const t = (lines[i] ?? '').trim();
      if (!t) {
        blanks++;
        if (blanks >= 2 && out.length) break;
        continue;
      }
      blanks = 0;
      if (DISCLAIMER.test(t) || t.length > 160) break;
      out.push(t.slice(0, 200));
    }
    return out;
  };
  // The last closing line, searching from the end, that sits near the end, below some text (a
  // first line "Grüß Gott Herr Huber," greets).
  let limit = 0;
  while (limit < end && !(lines[limit] ?? '').trim()) limit++;
  limit = Math.max(limit + 1, end - 40);
  for (let i = end - 1; i >= limit; i--) {
    const t = (lines[i] ?? '').trim();
    if (!t || t.length > 70) continue;
    const inline = closingOf(t);
    let isClosing = inline !== null;
    if (!isClosing && /[,!]\s*$/.test(t) && t.split(/\s+/).length <= 6 && !GREETING.test(t)) {
      // "Thanks for being flexible," or "Aguardo sua confirmação!" followed by a name.
      let j = i + 1;
      while (j < end && !(lines[j] ?? '').trim()) j++;
      isClosing = j < end && isNameOrTeamLine(lines[j] ?? '', sender);
    }
    if (!isClosing) continue;
    // "gruß rainer", "gr kevin": a name in lower case is the sender's when the From line gives it.
    if (inline && (personName(inline) || inline.toLowerCase() === sender.person.split(' ')[0]?.toLowerCase()))
      return { sigStart: i, signature: [inline, ...take(i + 1)] };
    return { sigStart: i + 1, signature: take(i + 1) };
  }
  // No closing: the trailing paragraph that starts with a name or team line.
  let i = end - 1;
  for (let para = 0; para < 4 && i >= 0; para++) {
    while (i >= 0 && !(lines[i] ?? '').trim()) i--;
    let startPara = i;
    while (startPara > 0 && (lines[startPara - 1] ?? '').trim()) startPara--;
    if (i < 0) break;
    const head = (lines[startPara] ?? '').trim();
    if (!DISCLAIMER.test(head) && isNameOrTeamLine(head, sender)) {
      if (startPara > 0 || para === 0) return { sigStart: startPara, signature: take(startPara) };
      // A name and a title over the first paragraph, the message below: the sender's card of a
      // messaging platform ("Gabriel Amari\nCo-founder at Loomwell"). It signs, the body stays.
      if (startPara < i && !/[,:!?]$/.test(head)) return { sigStart: end, signature: take(0) };
      break;
    }
    // A one-paragraph message may end with the name on its own last line ("...\n- Nico").
    const last = (lines[i] ?? '').trim();
    // "Ray" ⏎ "Dunmore Tyres", "Graham" ⏎ "Club Captain, Oakfield Golf Club": a first name, and the business or
    // the part they play on a short line under it.
    const prev = (lines[i - 1] ?? '').trim();
    if (
      para === 0 &&
      startPara < i - 1 &&
      prev.split(/\s+/).length <= 2 &&
      !/[,.:;!?]$/.test(prev) &&
      isNameOrTeamLine(prev, sender) &&
      last.length <= 50 &&
      !/[.!?:;]$/.test(last)
    )
      return { sigStart: i - 1, signature: take(i - 1) };
    if (para === 0 && startPara < i && isNameOrTeamLine(last, sender)) {
      return { sigStart: i, signature: take(i) };
    }
    i = startPara - 1;
  }
  return { sigStart: end, signature: [] };
}

function parseOffset(date: string): number | null {
  const m = /(?:([+-])(\d\d):?(\d\d)|(Z))$/.exec(date.trim());
  if (!m) return null;
  if (m[4]) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

export function prepare(email: EmailInput): Prepared {
  const subject = clean(email?.subject, 1000).replace(/\s+/g, ' ').trim();
  const sender = parseSender(clean(email?.from, 1000).replace(/\s+/g, ' '));
  const body = clean(email?.body, BODY_CAP);
  const all = body.split('\n').map((l) => (l.length > LINE_CAP ? l.slice(0, LINE_CAP) : l));
  const q = quoteStart(all);
  let lines = all.slice(0, q);
  let newest = lines.join('\n');
  if (newest.length > NEWEST_CAP) {
    newest = newest.slice(0, NEWEST_CAP);
    lines = newest.split('\n');
  }
  const quoted = all.slice(q).join('\n').slice(0, NEWEST_CAP);
  // "Sent from my iPhone", "Gesendet von Outlook für Android": a phone's line, neither a name nor an employer; the
  // name above it still ends the message.
  lines = lines.map((l) => (DEVICE.test(l.trim()) ? '' : l));
  const sig = findSignature(lines, sender);
  const rawDate = typeof email?.date === 'string' ? email.date : '';
  const ms = rawDate ? Date.parse(rawDate) : Number.NaN;
  return {
    subject,
    sender,
    newest,
    quoted,
    lines,
    signature: sig.signature,
    sigStart: sig.sigStart,
    // The classifier's reading of the language, so that both steps agree on it.
    lang: languageOf(`${subject}\n${newest}`) as Lang,
    date: Number.isFinite(ms) ? new Date(ms) : null,
    dateOffset: rawDate ? parseOffset(rawDate) : null,
  };
}
