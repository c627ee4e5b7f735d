/** Who wrote the email, and whom else it names that the reader may want to thank. */

import type { Contact } from '../../messages';
import {
  ATS,
  CALENDAR,
  COMPANY_WORD,
  GREETING,
  MACHINE,
  MANAGER_TITLE,
  ORG_WORD,
  RECRUITER_TITLE,
  TITLE_WORD,
} from './lexicon';
import { domainKey, domainSim, squash } from './match';
import { PARTICLE, type Prepared, personName } from './prepare';
import { built, grows, more } from './words';

export interface Signer {
  /** Full name as signed, e.g. "Gwen Halvorsen". */
  name: string;
  /** The name to greet them by: usually the first token; "Wei Ling" for "Chua Wei Ling". */
  given: string;
  /** Index in prep.signature of the line holding the name, or -1 when taken from the From header. */
  line: number;
  /** Title words found next to the name, e.g. "Talent Acquisition Specialist II". */
  title: string;
}

const TEAM = grows(
  'team',
  /\b(?:team|talent\w*|acquisition|recruit\w*|careers|hr|human\s+resources|people|time|staffing|secr[ée]tariat)\b/i,
);
const ORGANISER = /^[ \t•*-]*([^\n]{3,60}?)[ \t]+[-–—(][ \t]*organi[sz](?:er|ateur|atrice|ator|ador)\)?[ \t]*$/im;
const firstToken = (name: string): string => name.split(/\s+/)[0] ?? '';
const lower = (s: string): string => s.toLowerCase();

// Signing for someone, on a line of its own or before the name ("Im Auftrag", "In Vertretung"), is no name.
const SIGNING_FOR = /^i[mn]\s+(?:auftrag|vertretung)\s*/i;
// Titles written as abbreviations before a full name ("Lic.", "Ma.", "Eng.ª", "Dipl.-Ing.", "i. A.", "La Dra.").
// Only before two more names: "Th. Weber" keeps the abbreviated first name.
const TITLE_BEFORE = /^(?:L?[AaOo] )?(?:\p{L}[\p{L}.-]{0,8}\.[ªº]? ?)+ (?=\p{Lu}\S* \p{Lu})/u;
// "Siti Hajar binti Osman": the given names before the word that links a father's name; "Rachel at Acme",
// "Jannik aus der Ausbildungsleitung", "Ana del equipo de RRHH": the name before where they write from
// ("de", "van" and the like also begin surnames: only before a team).
const NAME_THEN_LINK =
  /^(\p{Lu}\S+(?: \p{Lu}\S+)?) (bin|binti|binte|from|at|aus|vom|von|de|del|van|bij|para|pour) (.*)/u;

/** The person name a signature line or display name holds, past titles and signing-for marks. */
function nameOn(line: string): string | null {
  const name = personName(line.trim().replace(SIGNING_FOR, '').replace(TITLE_BEFORE, ''));
  return name && !GREETING.test(name) ? name : null;
}

/** The sender's display name when it is a person ("Dana Lee"), not a team or a mailbox. */
export function senderPerson(prep: Prepared): string | null {
  const { person: p, display, local } = prep.sender;
  // "LinkedIn", "Indeed Messaging": the platform is nobody's name; nor is a machine's mailbox,
  // unless it relays a person ("Dana Lee via Greenhouse").
  if (
    !p ||
    MACHINE.test(p) ||
    ATS.test(p.split(/\s/)[0] ?? '') ||
    CALENDAR.test(p) ||
    (MACHINE.test(local) && display === p)
  )
    return null;
  const name = nameOn(p);
  return name && !isOrgName(prep, name) && !COMPANY_WORD.test(name) && !TEAM.test(name) ? name : null;
}

function titleOf(prep: Prepared, line: number, name: string): string {
  const sig = prep.signature;
  const parts: string[] = [];
  // Rest of the name line after a separator: "Noor Haddad | Technical Recruiting Lead".
  const rest = (sig[line] ?? '').slice((sig[line] ?? '').indexOf(name) + name.length);
  if (rest) parts.push(rest);
  for (let i = line + 1; i < Math.min(sig.length, line + 3); i++) parts.push(sig[i] ?? '');
  return parts
    .flatMap((p) => p.split(/\s*[|,·•]\s*|\s[-–—]\s/))
    .map((p) => p.trim())
    .filter((p) => p && TITLE_WORD.test(p) && !/[@\d]{3,}/.test(p))
    .join(', ');
}

/**
 * A name that spells the sender's domain ("Kanaalzicht Logistiek" from kanaalzicht), or a machine
 * mailbox's display name, is the organisation.
 */
function isOrgName(prep: Prepared, name: string): boolean {
  const key = domainKey(prep);
  return domainSim(name, key) >= 0.7 || (MACHINE.test(prep.sender.local) && lower(prep.sender.display) === lower(name));
}

// "Message from Carla:", "A note from the hiring manager:" and the note under it (English; a platform's own words).
const MESSAGE_FROM = /\b(?:message|note)\s+from\s+([^:\n]{2,60}):[ \t]*\n?([\s\S]{0,800})/i;
// How the relayed note is signed: "… on the schedule. — Rosa"", a line "Ravi Sandhu, Recruiting Coordinator".
const NOTE_SIGNED = /[—–-][ \t]*(\p{Lu}[\p{L}'’-]+)(?=[ \t]*(?:["”,\n]|$))|^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?),/gmu;

/** The author of an employer's note that a platform's mail relays, or null. */
function relayedAuthor(prep: Prepared): string | null {
  const m = MESSAGE_FROM.exec(prep.lines.join('\n').slice(0, 6000));
  if (!m) return null;
  const named = nameOn(m[1] ?? '');
  if (named && !isOrgName(prep, named)) return named;
  // (The first that is a name: "Hi Sam," opens the note.)
  for (const signed of (m[2] ?? '').matchAll(NOTE_SIGNED)) {
    const name = nameOn(signed[1] ?? signed[2] ?? '');
    if (name && !isOrgName(prep, name)) return name;
  }
  return null;
}

export function findSigner(prep: Prepared): Signer | null {
  const sig = prep.signature;
  const fromPerson = senderPerson(prep);
  const fromFirst = fromPerson ? lower(firstToken(fromPerson)) : '';
  let found: Signer | null = null;
  // A calendar invitation ("Rita Dominguez - organizer") ends in its guest list and the calendar's
  // footer ("Invitation from Google Calendar"), not in a signature: its organiser is found below.
  const linesRead = ORGANISER.test(prep.newest) ? 0 : Math.min(sig.length, 4);
  for (let i = 0; i < linesRead; i++) {
    const raw = sig[i] ?? '';
    let name = nameOn(raw);
    const link = NAME_THEN_LINK.exec(raw.trim());
    const linked = link && (/^[bfa]/.test(link[2] ?? '') || TEAM.test(link[3] ?? '')) ? nameOn(link[1] ?? '') : null;
    // Unless the From header names someone else.
    if (!name && linked && (!fromPerson || lower(firstToken(linked)) === fromFirst)) name = linked;
    if (!name && fromPerson) {
      // "trent", "- Nico", "gr kevin", "gruß rainer": a lone word equal to the sender's first name, or one
      // after a short sign-off written in lower case.
      const w = raw
        .replace(/^[-–—~\s]+/, '')
        .replace(/^\p{Ll}+[,.!]?\s+(?=\S+$)/u, '')
        .trim();
      if (lower(w) === fromFirst) name = firstToken(fromPerson);
    }
    if (fromPerson && !name?.includes(' ')) {
      // "Mrs L. Khumalo", "Dr Okonkwo": a title or an initial before the sender's surname is the sender.
      const words = raw.trim().split(/\s+/);
      const surname = lower(fromPerson.split(/\s+/).at(-1) ?? '');
      if (words.length >= 2 && words.length <= 4 && lower(words.at(-1) ?? '') === surname && fromFirst !== surname)
        name = fromPerson;
    }
    if (name && isOrgName(prep, name)) name = null;
    if (!name) {
      // A team line as the first line of the signature means nobody signed.
      if (i === 0 && ORG_WORD.test(raw) && TEAM.test(raw)) break;
      continue;
    }
    if (!found) {
      found = { name, given: '', line: i, title: '' };
      continue;
    }
    // "Allison" then "Allison Crane | Recruiter": keep the fuller form, remember the short one.
    if (name.length > found.name.length && lower(name).includes(lower(found.name))) {
      found = { name, given: found.name, line: i, title: '' };
    }
    break;
  }
  if (found) {
    // A first name signed alone takes the surname from the From header when they agree.
    // (Not one that starts with a title: "Dean Harold Achebe" only adds it to the name signed.)
    if (
      fromPerson &&
      !/^(?:dean|provost|chancellor|rector|president|principal)\s/i.test(fromPerson) &&
      fromPerson.length > found.name.length &&
      lower(fromPerson).includes(lower(found.name)) &&
      // "Chez Mimi", "Moda Carmen" signed "Mimi", "Carmen": a shop named after its owner, on a free-mail address.
      !(!domainKey(prep) && !found.name.includes(' ') && lower(fromPerson).endsWith(` ${lower(found.name)}`))
    ) {
      found.given ||= found.name;
      found.name = fromPerson;
    }
    found.title = titleOf(prep, found.line, found.name);
    found.given = givenName(prep, found.name, found.given);
    return found;
  }
  // A platform relays an employer's note: "Message from Carla:", "Message from the hiring manager: "… — Rosa"".
  const relayed = relayedAuthor(prep);
  if (relayed) return { name: relayed, given: givenName(prep, relayed, ''), line: -1, title: '' };
  // Unsigned, "it's Priya from …", "its Kev here": a voicemail's transcript or a note from a phone says who speaks.
  const intro = nameOn(
    /\b(?:[Ii]t['’]?s|[Tt]his is) (\p{Lu}\p{Ll}+)(?:,| here| from| at)/u.exec(prep.newest)?.[1] ?? '',
  );
  if (intro) return { name: intro, given: intro, line: -1, title: '' };
  if (fromPerson) return { name: fromPerson, given: givenName(prep, fromPerson, ''), line: -1, title: '' };
  // A calendar invitation names its organiser: "Imogen Clarke - organiser".
  const org = ORGANISER.exec(prep.newest);
  const name = org ? personName(org[1] ?? '') : null;
  return name ? { name, given: givenName(prep, name, ''), line: -1, title: '' } : null;
}

/**
 * The name they go by. A two-word sign-off inside a longer full name ("Boon Keat" of
 * "Tay Boon Keat"), or two words the address writes as one ("weiling_chua" → "Wei Ling"),
 * is a given name of two words; otherwise the first word.
 */
function givenName(prep: Prepared, full: string, signed: string): string {
  const tokens = full.split(/\s+/);
  const first = tokens[0] ?? '';
  // They signed with part of their name: that part is what they go by ("Aisyah" of "Nur Aisyah Binte Rahim").
  if (signed && signed.length < full.length && ` ${full} `.includes(` ${signed} `) && signed.split(/\s+/).length <= 2)
    return signed;
  // A short form of the first name signed ("Guille" of "Guillermo Sosa") is the one they go by.
  if (/^\p{L}{3,}$/u.test(signed) && lower(first).startsWith(lower(signed))) return signed;
  // The address's first part names them as they go by: "weiling" in weiling_chua, not "santamaria" in
  // jocelyn.santamaria.
  const seg = prep.sender.local.split(/[._-]+/)[0] ?? '';
  if (seg.length > 2 && tokens.length >= 3) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      // Nor does a surname with its particle ("Nic Giolla", "Mac Aodha", "Van Dijk").
      if (/^\p{Ll}/u.test(tokens[i] ?? '') || /^\p{Ll}/u.test(tokens[i + 1] ?? '') || PARTICLE.test(tokens[i] ?? ''))
        continue;
      if (squash(`${tokens[i]}${tokens[i + 1]}`) === seg) return `${tokens[i]} ${tokens[i + 1]}`;
    }
  }
  return first;
}

/** First name to greet: "Gwen" for "Dr. Gwen Halvorsen, RN". */
export function firstName(signer: Signer | null): string | null {
  if (!signer) return null;
  let t = (signer.given || firstToken(signer.name)).replace(/\.$/, '');
  // "GREG" signed in capitals is greeted as "Greg".
  if (t === t.toUpperCase() && /\p{Lu}{2}/u.test(t))
    t = t.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  return t.replace(/\s/g, '').length >= 2 ? t : null;
}

export function roleFromTitle(title: string): Contact['role'] {
  if (!title) return null;
  if (/hiring\s+manager/i.test(title)) return 'hiring-manager';
  if (RECRUITER_TITLE.test(title)) return 'recruiter';
  if (MANAGER_TITLE.test(title)) return 'hiring-manager';
  return null;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

const PERSON = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|van|von|der|den|da|dos|del|la|le)\s+)*\p{Lu}[\p{Ll}'’-]+){1,2}`;
// "Priya Nair (Engineering Manager)" or "Priya Nair, Engineering Manager"
const PERSON_PAREN = new RegExp(String.raw`(${PERSON})\s*\(([^()\n]{2,60})\)`, 'gu');
const PERSON_COMMA = new RegExp(
  String.raw`(${PERSON}),\s+(?:our\s+|the\s+)?([^,.;\n()]{2,50}?)(?=[,.;\n)]|\s+and\s|$)`,
  'gu',
);
// "our hiring manager, Devon Marsh" / "with Tom Ortiz"
const ROLE_THEN_PERSON = new RegExp(
  String.raw`\b(?:hiring\s+manager|manager|director|lead|head\s+of\s+[\p{L} ]{2,30}|interviewer|recruiter|VP\s+of\s+[\p{L} ]{2,30}|CEO|CTO|founder)\s*,?\s+(${PERSON})`,
  'gu',
);
// A panel listed on a line, or the people to meet named after "meet with": other languages' words
// (./words.ts, slots "panel" and "meet with": "Gesprächspartner", "met wie", "avec"; "sprechen mit",
// "rencontrer") after the English; each starts differently from all the others, so no two match at
// the same place. ("con" and "com" stay: in English mail too a line starts "Con…", "Com…".)
const PANEL_LINE = built(
  () =>
    new RegExp(
      String.raw`^\s*(?:[-•*]\s*)?(?:panel|interviewers?|with|who|you(?:'ll| will) (?:meet|speak) with|you(?:'ll| will) meet|attendees|participants|con|com${more('panel')})\s*[:-]?\s*(.+)$`,
      'gimu',
    ),
);
const MEET_WITH = built(
  () =>
    new RegExp(
      String.raw`\b(?:meet(?:ing)?(?:\s+with)?|speak(?:ing)?\s+with|interview(?:ing)?\s+with|chat\s+with|call\s+with|met|con|com${more('meet with')})\s+((?:${PERSON})(?:\s*\([^()\n]{2,60}\))?(?:\s*(?:,|and|und|et|y|e|en)\s+(?:${PERSON})(?:\s*\([^()\n]{2,60}\))?){0,4})`,
      'gu',
    ),
);

function addPerson(out: Contact[], name: string, role: Contact['role'], email: string | null): void {
  const n = name
    .replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!personName(n) || !n.includes(' ')) return;
  const key = n.toLowerCase();
  const prev = out.find(
    (c) =>
      c.name.toLowerCase() === key ||
      (c.name.toLowerCase().startsWith(`${key.split(' ')[0]} `) &&
        key.startsWith(`${c.name.toLowerCase().split(' ')[0]} `) &&
        c.name.split(' ').pop()?.toLowerCase() === key.split(' ').pop()),
  );
  if (prev) {
    if (!prev.role && role) prev.role = role;
    if (!prev.email && email) prev.email = email;
    return;
  }
  if (out.length < 12) out.push({ name: n.slice(0, 100), email, role });
}

/** The signer plus the hiring manager, interviewers and panel named in the body. */
export function findContacts(prep: Prepared, signer: Signer | null): Contact[] {
  const out: Contact[] = [];
  if (signer) {
    const fromPerson = senderPerson(prep);
    let email: string | null = null;
    if (prep.sender.address && fromPerson && lower(firstToken(fromPerson)) === lower(firstToken(signer.name))) {
      email = prep.sender.address;
    } else {
      for (const l of prep.signature) {
        const m = EMAIL.exec(l);
        if (m) {
          email = m[0].toLowerCase();
          break;
        }
      }
    }
    const name = signer.name.replace(/^(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+/, '');
    out.push({ name: name.slice(0, 100), email, role: roleFromTitle(signer.title) });
  }
  const body = prep.lines.slice(0, prep.sigStart).join('\n');
  const interviewish = /interview|panel|gespr[äa]ch|entretien|entrevista|gesprek|meet|speak|chat/i.test(body);
  const asRole = (title: string, inPanel: boolean): Contact['role'] => {
    if (/hiring\s+manager/i.test(title)) return 'hiring-manager';
    if (inPanel) return 'interviewer';
    const r = roleFromTitle(title);
    return r === 'recruiter' ? 'recruiter' : interviewish ? 'interviewer' : r;
  };
  for (const m of body.matchAll(PANEL_LINE())) {
    const list = m[1] ?? '';
    for (const p of list.matchAll(PERSON_PAREN)) addPerson(out, p[1] ?? '', asRole(p[2] ?? '', true), null);
    for (const p of list.matchAll(PERSON_COMMA)) {
      if (TITLE_WORD.test(p[2] ?? '')) addPerson(out, p[1] ?? '', asRole(p[2] ?? '', true), null);
    }
  }
  for (const m of body.matchAll(MEET_WITH())) {
    const list = m[1] ?? '';
    for (const p of list.matchAll(new RegExp(`(${PERSON})(?:\\s*\\(([^()\\n]{2,60})\\))?`, 'gu'))) {
      addPerson(out, p[1] ?? '', asRole(p[2] ?? '', true), null);
    }
  }
  for (const m of body.matchAll(ROLE_THEN_PERSON)) {
    const title = m[0].slice(0, m[0].length - (m[1] ?? '').length);
    addPerson(out, m[1] ?? '', asRole(title, false), null);
  }
  for (const m of body.matchAll(PERSON_PAREN)) {
    if (TITLE_WORD.test(m[2] ?? '')) addPerson(out, m[1] ?? '', asRole(m[2] ?? '', false), null);
  }
  // Addresses written in the body next to a named person: "Priya Nair (priya@acme.example)".
  for (const c of out) {
    if (c.email) continue;
    const i = body.indexOf(c.name);
    if (i < 0) continue;
    const m = EMAIL.exec(body.slice(i, i + c.name.length + 60));
    if (m) c.email = m[0].toLowerCase();
  }
  return out;
}
