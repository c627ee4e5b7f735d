/**
 * The employer's name as the employer writes it. Candidates come from the signature,
 * the sender's display name, phrases in the body and the subject; the sender's domain
 * (unless free-mail or an applicant-tracking system) picks among them; an agency yields
 * to the client it names.
 */

import { MONTH_INDEX, WEEKDAY_INDEX } from '../../calendar-names';
import {
  AGENCY,
  ATS,
  CALENDAR,
  COMPANY_WORD,
  FREEMAIL,
  GREETING,
  LEGAL_SUFFIX,
  MACHINE,
  MED_GRADE,
  ROLE_HEAD,
  TITLE_WORD,
} from './lexicon';
import { domainKey, domainSim, nameWords, squash, trackingSystem } from './match';
import type { Signer } from './people';
import { domainLabels, fold, type Prepared, personName } from './prepare';
import { built, grows, more, wordsOf } from './words';
import { isPlace } from './zones';

const CONNECTOR =
  /^(?:of|for|de|du|des|la|le|les|del|della|da|do|dos|das|van|von|den|der|het|y|e|et|und|and|&|the|St\.?)$/;
const CAP = /^(?:\p{Lu}[\p{L}\d&'’.+-]*|\d+\p{L}[\p{L}\d]*|&)$/u;
/** A weekday or a month name in one of the six languages ("Monday", "März"): never a name. */
const dayOrMonth = (w: string): boolean => WEEKDAY_INDEX.has(w.toLowerCase()) || MONTH_INDEX.has(w.toLowerCase());
const GENERIC = grows(
  'generic',
  /^(?:i|we|you|our|your|us|my|hi|hello|dear|thanks?|the|a|an|this|that|it|he|she|they|ps|re|fwd?|aw|wg|rv|offer|interview|feedback|position|role|job|application|update|congratulations|welcome|great|good|unfortunately|please|next|steps?|manager|director|today|tomorrow|yesterday|zoom|teams|microsoft|google|meet|linkedin|email|e-mail|phone|confidential|urgent|important|reminder|outcome|results?|status|decision|notice|selection|invitation|assessment|shortlist(?:ing)?|vacancy|posting|announcement|action|needed|required|congrats|hooray|yay|quick|question|follow(?:ing)?|having|after|once|since|when|while|up|checking|in|hey|ok|okay|just|sent|from|via|attached|attachment|yo|u|on|su|reply|view|client|extension|renewal|candidat\w+|pdf|docx?|word|confirmed|updated|rescheduled|canceled|cancelled)$/i,
);
/** A word that is never a name on its own: a generic word, a hiring function, a weekday or a month. */
const generic = (w: string): boolean => GENERIC.test(w) || FUNC.test(w) || dayOrMonth(w);

/** Pronouns written with a capital mid-sentence: "I'm", formal "Sie", "U". */
const CAP_PRONOUN = /^(?:I|Sie|Ihnen|Uw?)(?:['’]\p{L}+)?$/u;

const TOKEN = /[\p{L}\d][\p{L}\d&'’.+-]*|&/uy;

/** Capitalised name starting at `pos` on the same line: "Northgate Regional Medical Center". */
export function orgAt(text: string, pos: number): string | null {
  const words: string[] = [];
  let i = pos;
  const end = Math.min(text.length, pos + 120);
  while (i < end && words.length < 8) {
    while (i < end && text[i] === ' ') i++;
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (!m || m.index !== i) break;
    const w = m[0];
    // "at Tellmoor and I'm sorry": a pronoun written with a capital ends the name.
    if (words.length && CAP_PRONOUN.test(w)) break;
    if (CAP.test(w) && !(words.length && dayOrMonth(w.replace(/\.$/, '')))) {
      words.push(w);
    } else if (words.length && CONNECTOR.test(w)) {
      words.push(w);
    } else break;
    i = m.index + w.length;
    // "Corvid Health's Eastside clinic": a possessive ends the name, unless the name goes on to a company
    // word ("St Mary's Primary School", "Children's Hospital").
    if (/['’]s$/.test(w) && !COMPANY_WORD.test(/^ \p{Lu}\S*(?: \p{Lu}\S*)?/u.exec(text.slice(i))?.[0] ?? '')) break;
    // A dot ends the name, but not an abbreviation the name goes on after ("St. Agnes", "Pvt. Ltd.", "Co., Ltd.");
    // "Inc." and "Ltd." are the end ("… Solutions Inc. Kindly be informed").
    if (w.endsWith('.') && !/^(?:St|Co|Bros|Mt|Pvt|S\.A|B\.V|N\.V)\.$/i.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w)) break;
  }
  while (CONNECTOR.test(words.at(-1) ?? '') && words.at(-1) !== 'St.') words.pop();
  if (!words.length) return null;
  const s = words
    .join(' ')
    .replace(/['’]s$/u, '')
    .replace(/[.,]$/, '');
  return !s || generic(s) ? null : s;
}

/** Capitalised name ending right before `pos` on the same line: "… Veridian Mutual| has extended". */
function orgBefore(text: string, pos: number): string | null {
  const start = Math.max(0, pos - 80);
  let seg = text.slice(start, pos);
  const nl = seg.lastIndexOf('\n');
  if (nl >= 0) seg = seg.slice(nl + 1);
  // The last sentence or clause break; "St. Agnes" goes on.
  const cut = [...seg.matchAll(/(?<!\bSt)[.!?:,] | [—–-] /g)].pop();
  if (cut) seg = seg.slice(cut.index + cut[0].length);
  const words = seg.trim().split(/\s+/).filter(Boolean);
  // Walk back over capitalised words and connectors.
  let k = words.length;
  while (k > 0) {
    const w = words[k - 1] ?? '';
    if (CAP.test(w) || (k < words.length && CONNECTOR.test(w))) k--;
    else break;
  }
  while (k < words.length && CONNECTOR.test(words[k] ?? '') && words[k] !== 'St.') k++;
  const span = words.slice(k);
  // "Ruth and I really enjoyed": people, not an organisation.
  if (span.some((w) => CAP_PRONOUN.test(w))) return null;
  // Drop a sentence-initial filler ("Today Acme", "Great news Acme") and a connector it leaves in front
  // ("Wednesday and Kowhai Foods would like").
  while (span.length > 1 && (generic(span[0] ?? '') || (CONNECTOR.test(span[0] ?? '') && span[0] !== 'St.')))
    span.shift();
  if (!span.length || span.length > 7) return null;
  const s = span.join(' ');
  return generic(s) ? null : s;
}

/**
 * Words of hiring functions in the six languages ("Recruiting", "Werving", "Atração", "RRHH"): they
 * may wrap an employer's name on either side ("Recrutamento Vela Pagamentos", "Acme Talent Team").
 */
const FUNC = grows(
  'func',
  /^(?:recruit\w*|resourcing|talents?|acquisition|careers?|jobs|hiring|hr|human|resources|people|personnel|staffing|graduates?|trainee|internships?|apprentice\w*|placements?|admissions|programs|team|hq|employment|notifications?|no-?reply|werving)$/iu,
);
/**
 * Offices that lead a name only ("Pflegedirektion Klinikum Auenwald", "Magistrat der Stadt X",
 * "Werken bij X"): at the end, "Polizei Landesamt" or "Acme Planning" is the name itself.
 */
const LEAD = grows('lead', /^(?:direction|planning|secr[ée]tariat|[áa]rea|service)$/iu);
/** Units a team is organised in: part of a wrapper, never enough to make one. */
const UNIT = grows(
  'unit',
  /^(?:time|ops|operations|department|dept|unit|office|division|desk|branch|program(?:me)?s?|relations|portal|bot|workforce|exam|university|early|campus|global|corporate)$/iu,
);
/**
 * Fields a department works in and the words joining them (any case: "Finance And Admin"): a
 * name made only of these and the words above is no employer.
 */
const AREA = grows(
  'area',
  /^(?:selection|panel|services?|supply|chain|engineering|finance|accounting|sales|marketing|technology|legal|nursing|medical|clinical|regional|national|local|lab|laboratory|microbiology|administration|admin|culture|support|centre|center|of|for|the|and|&)$/iu,
);
/** Words joining a wrapper to the name it wraps ("Time de Recrutamento X", "Recruiting at X"). */
const LEAD_JOIN = grows('leadjoin', /^(?:at|@|and|&)$/);
const wrapWord = (w: string, lead: boolean): boolean => FUNC.test(w) || UNIT.test(w) || (lead && LEAD.test(w));
/**
 * Departments, teams and the tools they mail with: "Recruitment Unit", "Calendly Bot", and the office of a
 * kind of organisation that names none ("School Office", "Hospital Administration").
 */
const deptOnly = (t: string): boolean =>
  t
    .split(/[\s,/–—-]+/)
    // A letter alone is a prefix ("e-Recruitment"), not Portuguese "e" (and): an English email and
    // the CLI, which has every language's words, must read it alike.
    .filter((w) => w.length > 1)
    .every((w) => wrapWord(w, true) || AREA.test(w) || LEAD_JOIN.test(w) || ATS.test(w) || COMPANY_WORD.test(w));

/** The name without a run of hiring-function words at its start or end; `s` when none. */
function unwrap(s: string): string {
  const ws = s.split(' ');
  let i = 0;
  let func = false;
  // "Time de Recrutamento Vela Pagamentos": wrapper words and the joins between them.
  for (let k = 0; k < ws.length - 1; k++) {
    const w = ws[k] ?? '';
    if (wrapWord(w, true)) {
      func ||= !UNIT.test(w);
      if (func) i = k + 1;
    } else if (!(k > 0 && LEAD_JOIN.test(w))) break;
  }
  while (i > 0 && i < ws.length - 1 && LEAD_JOIN.test(ws[i] ?? '')) i++;
  // The name must go on in capitals: "Department of Land & Parks" is one name. And "and" joins the wrapper
  // words to each other, not to the name: "Employment and Social Development Canada" is one name.
  if (!/^\p{Lu}/u.test(ws[i] ?? '') || /^(?:and|&)$/.test(ws[i - 1] ?? '')) i = 0;
  let j = ws.length;
  func = false;
  for (let k = ws.length - 1; k > i; k--) {
    const w = ws[k] ?? '';
    if (!wrapWord(w, false)) break;
    func ||= FUNC.test(w);
    if (func) j = k;
  }
  return i > 0 || j < ws.length ? ws.slice(i, j).join(' ') : s;
}

/** Separators in a sender's or signature's name: "Stadt Lindenau – Personalamt", "HR Department, X". */
const SEP = /\s+[-–—|@:/]\s+|\s*[|@]\s*|,\s+/;

/** "Veridian Mutual Careers" → "Veridian Mutual"; "Recruiting at Polaris Grid" → "Polaris Grid". */
export function stripDept(s: string): string {
  // A signature's "On behalf of the Department for Coastal Infrastructure": the employer it names. A university's
  // department on one line ("Departamento de Ecología de la Universidad Austral"): the university.
  let t = s
    .trim()
    .replace(/^on behalf of (?:the )?(?=\p{Lu})/iu, '')
    .replace(/^(?:Dep\p{L}+|Fac\p{L}+|Institut\p{L}*|School|Lehrstuhl) .+? (?=Univ\p{L}+ )/u, '');
  // "VideoScreen on behalf of Corran Insurance", a footer's "Sent on behalf of Westbrook University", "Candidate
  // updates for Marlow Health", "Bewerbermanagement für Stadtwerke Kellerau": a tool, a team or a mailbox writing for
  // the employer ("Teach for America", "Partners in Care for Seniors" stay). "On behalf of" and "namens" always
  // name who it is written for ("Planner namens Hydrofix Pompen B.V.").
  const [, by = '', join, employer] =
    /^(.+?) (for|on behalf of|namens|pour|para|f[üu]r|voor) (?=\p{Lu})(.+)/u.exec(t) ?? [];
  if (
    employer &&
    (join === 'on behalf of' ||
      join === 'namens' ||
      capShare(by) < 0.6 ||
      /\p{Ll}\p{Lu}|^Sent$/u.test(by) ||
      by.split(' ').some((w) => FUNC.test(w)))
  )
    t = employer;
  // "The Quokka Labs Recruiting Team": the article belongs to the team, not the company.
  t = t
    .replace(/^the\s+(?=.+\s(?:team|department|office)(?:$|\s+at\s))/i, '')
    // "Lindgrün Drogeriemarkt Filiale 0412": a branch's number.
    .replace(/\s+(?:filiale?|branch|store|vestiging|sucursal|loja|agence)\s*#?\d+$/i, '');
  // Parts of the name that are only a department ("Workday Notifications – Castellan Insurance").
  const parts = t.split(SEP);
  const kept = parts.filter((p) => !deptOnly(p));
  if (kept.length && kept.length < parts.length) t = kept.join(', ');
  return unwrap(t)
    .replace(/[\s,|–—-]+$/, '')
    .trim();
}

/** Share of capitalised words (connectors aside): taglines like "Putting Ohio to work" score low. */
function capShare(s: string): number {
  const ws = s.split(/\s+/).filter((w) => w && !CONNECTOR.test(w));
  if (!ws.length) return 0;
  return ws.filter((w) => CAP.test(w)).length / ws.length;
}

const PHONE = /(?:\+?\d[\d\s().-]{6,}\d)/;
// ("Rd." is read by "rd": the \b after it falls before the dot.)
const STREET = grows(
  'street',
  /\b(?:street|st\.|road|rd|avenue|ave|blvd|boulevard|drive|dr\.|lane|ln|suite|floor|fl\.|pkwy|parkway|court|square|way|building|unit|po box|calle|piso)\b|(?:stra(?:ß|ss)e|weg|laan|straat|gracht|plein)\b/i,
);
const POSTCODE =
  /\b\d{5}(?:-\d{4})?\b|\b\d{4,5}\s+\p{Lu}\p{Ll}+|\b[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2}\b|\b\d{4}\s?[A-Z]{2}\b|\b\d{4}-\d{3}\b/u;
const isAddress = (p: string): boolean =>
  (/\d/.test(p) && STREET.test(p)) || POSTCODE.test(p) || /^\d+\s+\p{L}/u.test(p);

function isCompanyLike(part: string, key: string): boolean {
  const p = part.trim();
  // "Registered office: Quay Street", "T: 0161 4960", "Enviado via Vaga Certa": a footer's field (a phone's
  // label too) or the tool that sent the mail.
  if (/@|: | via |https?:|www\.|\.example\b|\.(?:com|org|net|io)\b/i.test(p)) return false;
  if (PHONE.test(p) || isAddress(p)) return false;
  const sim = domainSim(p, key);
  // "Great Plains Tractor Supply Recruiting": an organisation's team, not a title.
  if (TITLE_WORD.test(stripDept(p)) && !COMPANY_WORD.test(p) && sim < 0.5) return false;
  if (deptOnly(p) && sim < 0.5) return false;
  if (/employer\b/i.test(p)) return false;
  // "Coopérative de services informatiques Nordik": Romance names write their common nouns in lower case.
  return capShare(p) >= (COMPANY_WORD.test(fold(p)) ? 0.5 : 0.6);
}

const BODY_PATTERNS = built(
  (): Array<[RegExp, number, 'after' | 'before']> => [
    // "offer from X", "job at X", "our client, X",
    // "presented your CV to X", an agency's booking ("you're locked in with X"). No 'u' flag: the pattern needs
    // none of what it adds, and with 'i' it made the scan five times slower (2 KB of corpus text: 44 -> 9 µs).
    [
      /\b(?:offer|invitation|news|message|update|call|word|feedback|back)\s+from\s+|\b(?:position|role|job|post|opening|vacancy|opportunit(?:y|ies)|career|internship|placement|shift|interview|appointment|phone|employment|apply(?:ing)?|applied|application|candidacy|interest|time|work(?:ing)?|start|future|everyone|team|board|ceo|founders?|hiring(?:\s+manager)?|leadership)\s+(?:at|with(?:\s+the)?)\s+|\b(?:my|our|the|mon|notre|le|mi|nuestro|el|meu|nosso|o|mijn|onze|de|unser\w*|mein\w*)\s+(?:client|cliente|klant|opdrachtgever|kunden?),?\s+(?:(?:is|est|es|ist|é)\s+)?(?:(?:the|l[ea]|el|[oa]|de|die|der)\s+)?|\bour\s+(?:\w+\s+)?principal,?\s+(?!(?:dr|mrs?|ms|prof)\b)|\b(?:cv|resume|résumé|profile?|lebenslauf)\s+(?:to|naar|an|à|a|para|ao|in\s+front\s+of)\s+|\b(?:locked|booked|lined|set)\s+(?:you\s+)?(?:in|up)\s+with\s+/gi,
      2,
      'after',
    ],
    [
      /\b(?:join(?:ing)?|welcome\s+(?:you\s+)?to|interest\s+in(?:\s+joining|\s+working\s+for)?|appl(?:ying|ied|ication|y)\s+to|back\s+to|here\s+at|behalf\s+of)\s+(?:the\s+team\s+at\s+)?/giu,
      2.5,
      'after',
    ],
    // "it's Sandra from X", "this is Joan at X", "Pauline here from X": a caller or a writer saying where they are.
    [/\b(?:(?:[Ii]t['’]?s|[Tt]his is) \p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+ here,?) (?:from|at) (?:the )?/gu, 2.5, 'after'],
    // "search for X".
    [/\b(?:search|mandate|assignment|process|role|position|vacancy)\s+(?:for|with)\s+/giu, 1.5, 'after'],
    [/\s+(?:sent|invited|offered|proposed|shortlisted|selected|hired|chose)\s+you\b/gu, 2.5, 'before'],
    [
      /\s+(?:(?:is|are|were)\s+(?:very\s+|so\s+)?(?:pleased|delighted|happy|excited|thrilled|glad|hiring|committed|an?\s+equal)|(?:has|have)\s+(?:extended|decided|reviewed|come\s+back|came\s+back|asked|approved|selected|chosen|made|offered|called|proposed|sent|invited|resolved|shortlisted|filled|closed|hired|appointed|confirmed|agreed|requested|booked|arranged))\b/gu,
      2,
      'before',
    ],
    // An employer's wish or word, also as an agency reports it ("X rang back", "X just called: …"); the same wish in
    // the other five languages: "X möchte Sie kennenlernen", "X souhaite", "X wil graag".
    [
      /\s+(?:just\s+)?(?:would\s+like|wants|want|loves|called|rang|reviewed|liked|loved|came\s+back|got\s+back|accepted|updated)[\s:]+/gu,
      1.5,
      'before',
    ],
    // Other languages' frames (./words.ts), once they are added: "bei X", "chez X" (slots "at <languages>"; the
    // languages that share one give the same words); "en X", "pela X"; an agency saying who its client is ("se trata
    // de X", "es handelt sich um X") or passing on its answer ("la respuesta de X"); an employer's wish ("X möchte
    // Sie kennenlernen", "X souhaite").
    ...(
      [
        [['at de nl', 'at fr'], '', '', 'gu', 2, 'after'],
        [['at es pt'], '', '', 'gu', 1, 'after'],
        [['client is', 'answer of'], '\\b(?:', ')\\s+', 'gi', 2, 'after'],
        [['wish'], '\\s+(?:', ')[\\s:]+', 'gu', 1.5, 'before'],
      ] as const
    ).flatMap(([slots, head, tail, flags, weight, dir]): Array<[RegExp, number, 'after' | 'before']> => {
      const source = slots.map(wordsOf).filter(Boolean).join('|');
      return source ? [[new RegExp(head + source + tail, flags), weight, dir]] : [];
    }),
  ],
);

// A booking tool's event title, on its label's line or the next: "Event Type:⏎Acme – Recruiter Screen"; other
// languages' labels ("Ereignistyp", "Tipo de evento") are their words (slot "event label").
const EVENT_LINE = built(() => new RegExp(`^(?:event(?: type)?|what|title${more('event label')}):\\s*(.+)$`, 'gim'));

const SUBJECT_PATTERNS: RegExp[] = [
  /(?:\s(?:at|@|with|from|by|bei|von|chez|en|na|bij|in|to|for|con|com|avec|mit|met)\s+|@)([^|–—:()]+?)\s*(?:$|[|–—:(!])/giu,
  /^(?:(?:re|fwd?|aw|wg|tr|rv|sv|antw)\s*:\s*)*([^|–—:]+?)\s*[|–—:]\s/giu,
  // Every part after the first: "Interim FBP – Dunmore Foods – good news!".
  /[|–—:]\s*([^|–—:]+?)\s*(?=$|[|–—:])/giu,
  /\(([^()]+)\)/giu,
];

// Words that show the sender acts for someone else. No 'u' flag (nor \p{…} in any language's "client"
// words, which would need it): with 'i' it made the test eleven times slower (2 KB: 49 -> 4 µs).
const INTERMEDIARY = grows(
  'client',
  /\b(?:the|my|our|your)\s+(?:client|cliente|klant|opdrachtgever|kunden?)\b|\bour\s+(?:[A-Z][a-z]+\s+)?principal,?\s+(?!(?:Dr|Mrs?|Ms|Prof)\b)[A-Z]|\bclient['’]?s?\s+(?:note|message)|message\s+from\s+the\s+client|\bon\s+behalf\s+of\s+(?!the\s|our\s|everyone|all\s)|\b(?:search|mandate)\s+for\b|\bpassed\s+(?:on\s+(?:your|you)\b|your\s+(?:cv|resume|résumé|profile|application|details)\b)|\bsubmitted\s+you\b|\bpowered\s+by\b|\b(?:the|l['’]|der|el|o|de)\s*(?:employer|employeur|arbeitgeber|empleador|empregador|werkgever)\b/i,
);

/**
 * Employer key of another address in the text (its last label past test TLDs and public suffixes, as the
 * sender's labels are read), or '' for free-mail and test domains.
 */
function otherKey(domain: string): string {
  const main = domainLabels(domain).at(-1) ?? '';
  return main && !FREEMAIL.test(main) && !ATS.test(main) && main.length >= 3 ? main : '';
}

/** A job title ends in its head noun ("Store Manager"); "Swan Coastal Engineering", "Vetri Fintech" name a field. */
function looksLikeTitle(t: string): boolean {
  // "Assistant Professor of History": the head noun comes before its field.
  const head = t.split(/\s+(?:of|for|in|de|f[üu]r)\s+/)[0] ?? t;
  const last = head.split(/\s+/).pop() ?? '';
  return ROLE_HEAD.test(last) && !/(?:ing|ics|ology|ment|ance|ence|ies|ry|orate|ion|\Btech)$/i.test(last);
}

const AGENCY_KEY =
  /staff|tempor|recruit|rec$|rpo|contracts|talent|search|personnel|hunt|manpower|resourcing|placement|interim|uitzend|werving|ett$/;

/** A phrase written in lower case, shown in Title Case. */
const title = (p: string): string =>
  /\p{Lu}/u.test(p) ? p : p.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/**
 * Phrases of the text that spell the sender's domain: "Kingsreach Rail" for kingsreachrail,
 * "big sky outfitters" for bigskyoutfitters (written in lower case, shown in Title Case).
 */
function domainPhrases(text: string, key: string): string[] {
  const out: string[] = [];
  const k = key.replace(/[^a-z0-9]/g, '');
  if (k.length < 4) return out;
  // A German domain writes "ä" as "ae" ("Bäckerei Hofmann" for baeckerei-hofmann).
  const german = /ae|oe|ue/.test(k);
  const words = [...text.slice(0, 12_000).matchAll(/[\p{L}\d][\p{L}\d&'’.-]*|&/gu)];
  for (let i = 0; i < words.length && out.length < 6; i++) {
    const w0 = words[i];
    if (!w0) continue;
    const c0 = w0[0].charCodeAt(0) | 32;
    if (c0 < 128 && c0 !== k.charCodeAt(0)) continue;
    const s0 = squash(w0[0], german);
    // "Hospital São Lucas do Planalto" for hsaolucasplanalto: a capitalised first word may give its initial,
    // and then so may a word in lower case ("Centre hospitalier de Vernay" for ch-vernay).
    const initial = !k.startsWith(s0.slice(0, 3)) && /^\p{Lu}/u.test(w0[0]);
    if (!s0 || s0[0] !== k[0] || (!initial && !k.startsWith(s0.slice(0, Math.min(3, s0.length))))) continue;
    let acc = '';
    let part = '';
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      const wj = words[j];
      if (!wj) break;
      // Stop at a line break or punctuation between words.
      if (j > i) {
        const prev = words[j - 1];
        const gap = text.slice((prev?.index ?? 0) + (prev?.[0].length ?? 0), wj.index);
        if (!/^[ ]{1,2}$/.test(gap)) break;
      }
      const sj = squash(wj[0], german);
      // A linking word the domain leaves out: "Logística del Bajío" for logisticabajio.
      if (j > i && CONNECTOR.test(wj[0]) && !k.startsWith(acc + sj)) continue;
      // A capitalised word may give only its initial: "Juniper Peak Federal Credit Union" for juniperpeakfcu.
      acc +=
        (initial || (j > i && /^\p{Lu}/u.test(wj[0]))) && !k.startsWith(acc + sj) && !(acc + sj).startsWith(k)
          ? sj[0]
          : sj;
      if (acc === k || (acc.startsWith(k) && j > i && acc.length - k.length <= 8)) {
        // Carry on over capitalised company words: "Glenmore General" + "Hospital".
        let endAt = wj.index + wj[0].length;
        for (let x = j + 1; x < Math.min(words.length, j + 4); x++) {
          const wx = words[x];
          const px = words[x - 1];
          if (!wx || !px) break;
          const gap = text.slice(px.index + px[0].length, wx.index);
          // "Brennan Plumbing & Heating": the name goes on over "&" to the capitalised word after it (not after a legal
          // form: "GmbH & Co. KG" is read whole or not at all).
          if (wx[0] === '&' && gap === ' ' && !LEGAL_SUFFIX.test(` ${px[0]}`)) continue;
          // "Quasar Dynamics University Recruiting": a word qualifying a department is not the name's.
          if (
            !/^ $/.test(gap) ||
            !/^\p{Lu}/u.test(wx[0]) ||
            px[0].endsWith('.') ||
            generic(wx[0]) ||
            CAP_PRONOUN.test(wx[0]) ||
            FUNC.test(words[x + 1]?.[0] ?? '')
          )
            break;
          endAt = wx.index + wx[0].length;
        }
        // "University of Carrick", "Clínica Sorriso Pleno": a company word before the name is part of it.
        const lead = /\p{Lu}\p{L}+(?: of)? $/u.exec(text.slice(Math.max(0, w0.index - 30), w0.index))?.[0] ?? '';
        const from = COMPANY_WORD.test(lead) ? w0.index - lead.length : w0.index;
        out.push(title(text.slice(from, endAt).replace(/[.,]$/, '')));
        part = '';
        break;
      }
      if (!k.startsWith(acc)) break;
      // Two words or more spelling most of the domain: "olive pit" for olivepitgrill.
      if (j > i && acc.length >= k.length * 0.6) part = text.slice(w0.index, wj.index + wj[0].length);
    }
    if (part && !out.length) out.push(title(part.replace(/[.,]$/, '')));
  }
  return out;
}

/** Characters of the message body the phrase patterns read. */
const SCAN_CAP = 6_000;
/** Candidates weighed at most: a pathological email must not make grouping quadratic. */
const MAX_CANDS = 80;

type Source = 'field' | 'sig' | 'from' | 'body' | 'subject' | 'subject-weak' | 'domain' | 'other-domain';

/**
 * A form's line naming the employer ("Agency: …", "Organization: …", "Facility: …"); a
 * "Department:" line only when it names a whole organisation ("Department for Transport"), a
 * "Vacancy:" line only in a public body's own words ("Clerk, Department for Rural Affairs"). A
 * calendar's or a form's place ("Where  Tarnwell Analytics, 8 Cooper Row") may start with it.
 */
const FIELD =
  /^[ \t•*-]*(?:(where|location|venue|ort|lieu|lugar|local|locatie)|((?:(?:hiring|client)\s+)?organi[sz]ation|agency|employer|company|facility|client|empresa|unternehmen|entreprise|werkgever)|(department)|vacancy|position)(?:[ \t]*:|[ \t]{2})[ \t]*([^\n]{2,120})$/gimu;
const WHOLE_ORG = /^(?:department|office|agency|bureau|minist\S*)\s+(?:of|for|d\S*|van|voor)\b/i;

interface Cand {
  text: string;
  /** As first seen, before department words were stripped ("Sterling Oak Recruitment"). */
  raw: string;
  score: number;
  src: Source;
  sim: number;
}

/**
 * Addresses, links and bare domains. Each starts where no word character is before it and has an
 * "@", "." or ":" after a run of address characters: the two lookarounds in front say so, which
 * every alternative needs anyway, so that the scan passes over the middle of a word, and over a
 * word that no such character follows, without trying the four (on 2 KB of corpus text: 29 ->
 * 8 µs; three uses an extraction).
 */
const URLISH =
  /(?<!\w)(?=[\w.+-]*[@.:])(?:(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?:\/\/\S+|\bwww\.\S+|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.(?:example|com|org|net|io|co|de|fr|es|pt|nl|be|br|uk)\b[\w./?=&%#-]*)/giu;
/** A possessive or a greeting before a word, or "We're", "I'm", "Let's": a phrase that names nobody. */
const PRONOUN_LEAD = grows('pronoun', /^(?:your|our|my|dear|hi|hello)\s|^(?:we|i|you|they|it|let)['’]/i);
/**
 * PRONOUN_LEAD, but two capitals are an initialism ("TU Waalmond", a university), not French,
 * Spanish or Portuguese "tu": a Dutch email, which loads no such word, and the CLI, which has every
 * language's, must find the same name. Nor does a greeting end in a legal form: "Ola Analytics S.L."
 * is a company, not Portuguese "Olá" (a Spanish email loads no such word); "Ihr Recruiting-Team der
 * Nordhafen AG" is still a possessive.
 */
const pronounLead = (t: string): boolean =>
  PRONOUN_LEAD.test(t) && !/^\p{Lu}{2}\s/u.test(t) && !(GREETING.test(t) && LEGAL_SUFFIX.test(t));

/** A mailbox nobody reads: no-reply@, notifications@, jobs-noreply@, mailer@ (and "nao-responda@": MACHINE). */
const AUTOMATED = /reply|notif|mailer|messag/;
const isAutomated = (local: string): boolean => AUTOMATED.test(local) || MACHINE.test(local);
/** A domain named as a mail service: hirestream-mail, talentbridge-ats, acme-notify. */
const SERVICE_LABEL = /-(?:e?mail|ats|notif\w*|hire)$/;

/**
 * Whether the sender's domain belongs to a platform mailing for employers: the domain calls itself
 * a mail service, or an automated mailbox's name is a mail service's ("Hirestream Notifications")
 * or an organisation the domain does not spell (the employer, on the platform's domain).
 */
function isPlatform(prep: Prepared, key: string): boolean {
  const d = prep.sender.display;
  if (SERVICE_LABEL.test(key)) return true;
  if (!key || !isAutomated(prep.sender.local)) return false;
  if (/\b(?:notif\w*|mail|portal|bot)$/i.test(d)) return true;
  const org = stripDept(d);
  return !!org && !personName(org) && !deptOnly(org) && domainSim(org, key) < 0.5;
}

/** Whether the text writes a capitalised word in lower case too, as a word of its own. */
function inLowerCase(text: string, word: string): boolean {
  const l = word.toLowerCase();
  if (l === word) return false;
  for (let i = text.indexOf(l); i >= 0; i = text.indexOf(l, i + 1))
    if (!/[\p{L}\d]/u.test(text[i - 1] ?? '') && !/[\p{L}\d]/u.test(text[i + l.length] ?? '')) return true;
  return false;
}

// Each language's "invitation from", "powered by" (slot "footer"): one word pair each, so their order cannot
// change a match.
const FOOTER = built(
  () =>
    new RegExp(
      String.raw`(?:^\W*(?:(?:sent|powered|delivered)\s+(?:with|via|by|using)|invitation\s+from${more('footer')})|receiving this\b[^.]{0,60}? (?:through|via|on))\s+([\w-]+)`,
      'i',
    ),
);

export function findCompany(prep: Prepared, signer: Signer | null): string | null {
  // northgatefreight-careers: the careers site of Northgate Freight.
  let key = domainKey(prep).replace(/-(?:careers?|jobs)$/, '');
  // "Tidewater Payments via InterviewDesk" <notifications@interviewdesk…>: the tool's domain, the display's employer.
  const { tool: toolName, via, local: sentFrom } = prep.sender;
  const viaName = toolName || (isAutomated(sentFrom) ? via : '');
  const viaTool = !!viaName && domainSim(viaName, key) >= 0.7;
  if (viaTool) key = '';
  // A platform's domain says nothing of the employer, and its own name is nobody's employer.
  // An automated mailbox on a tracking system's or job platform's domain ("Rede Farmaviva" <nao-responda@gupy-mail…>)
  // is such a platform too (domainKey gives no key for it).
  const tool = key ? '' : trackingSystem(prep);
  const platform = tool && isAutomated(prep.sender.local) ? tool : isPlatform(prep, key) ? key : '';
  if (platform) key = '';
  const cands: Cand[] = [];
  const all = `${prep.subject}\n${prep.newest}\n${prep.quoted}`;
  const local = prep.sender.local.toLowerCase();
  const plain = all.replace(URLISH, ' ');
  // An automated platform's mail signs with the employer's name, however much it reads like a person's.
  const signerName = (!platform && signer?.name) || '';
  const tools = new Set<string>();
  const add = (raw: string | null, score: number, src: Source): void => {
    if (
      !raw ||
      cands.length >= MAX_CANDS ||
      tools.has(raw.toLowerCase()) ||
      (platform && src !== 'field' && domainSim(raw, platform) >= 0.6)
    )
      return;
    let t = raw
      .replace(/\s+\(?#\s*\d+.*$/, '')
      // "Farol Data (Lisbon)", "Adeyemi & Co. (Chartered Accountants)": a place or a gloss, not the name.
      .replace(/\s*\([^()]*\)?\s*$/, '')
      .replace(/\s+/g, ' ')
      // "Carrick Care Ltd is registered with …": a sentence about the employer ends the name at its verb.
      .replace(/ (?:is|are|was|has|ist|est|es|é|zijn) .*/u, '')
      // "Pagajá 💜": a trailing emoji is decoration, not part of the name.
      .replace(/^[\s"'“”‘’([{]+|(?:[\s"'“”‘’)\]},;:!?.–—\p{Extended_Pictographic}-]|\uFE0F)+$/gu, '')
      // "Kowalczyk Transport Sp. z o.o", "Le Préau asbl", "Orbit Space S.r.l", "Halvorsen Bio AS": forms people leave
      // out when they name the firm (a draft says "at Orbit Space"; Irish "DAC", Dutch "U.A.", "SE & Co. KG"), and a
      // country's or a region's code ("Torvik Energy UK").
      .replace(
        /,?\s+(?:S\.?A\.? de C\.?V|S\.L\.P|SA\/NV|asbl|vzw|scrl|L\.?P|Sp\. z o\.o|S\.r\.l|S\.A\.A|PartG?mbB|AS|AB|Oy|DAC|U\.A|SE & Co\. KG|(?:UK|USA?|NSW)(?: Ltd)?)\.?$/i,
        '',
      )
      // "Holloway & Co." keeps the dot of its abbreviation.
      .replace(/(\b(?:Co|Inc|Ltd|Corp|Bros|Pty|Pte|Ltda|Lda|S\.A|S\.L|B\.V|N\.V|S\.A\.S|e\.V))$/, '$1.');
    const whole = t;
    t = stripDept(t);
    // "Bluegum Recruitment" (bluegumrecruitment): the department-sounding word is part of the name.
    // "Ironbark Resources Recruitment" (ironbarkresources): only as far as the domain spells more, and spells
    // the word's start ("Harlan County Human Resources" <…@harlancounty-oh>: the "h" of "oh" is no "Human").
    if (key && whole.startsWith(t))
      for (const w of whole.slice(t.length + 1).split(' ')) {
        const u = `${t} ${w}`;
        if (
          !w ||
          !squash(key).includes(squash(w).slice(0, 3)) ||
          domainSim(u, key) < Math.max(0.5, domainSim(t, key) + 0.05)
        )
          break;
        t = u;
      }
    // "Selección Sur" (seleccionsur): a leading word the domain spells too.
    else if (domainSim(whole, key) >= Math.max(0.8, domainSim(t, key) + 0.3)) t = whole;
    // "Veteran Hiring Team – Corvane Defense Systems" (corvane): the part the domain spells, even one
    // that reads as a department ("Public Service Staffing – Employment Services Department", esd-gc).
    if (key)
      for (const p of whole.split(SEP))
        if (p !== t && p !== whole && domainSim(p, key) >= Math.max(0.5, domainSim(t, key))) {
          t = p;
          break;
        }
    // The words the domain spells are the employer; around them stand the team that writes ("Talento
    // Humano Clínica Santa Helena" <talentohumano@clinicasantahelena>, "HR Services Rheintal Transporte"),
    // its job ("Gurukul Live Tutor" <tutors@gurukullive>) or the branch the mailbox is named for
    // ("Penhallow & Finch Truro" <truro.store@penhallowfinch>): wrapper words or words the mailbox spells.
    const ws = t.split(' ');
    if (key && ws.length > 1) {
      const k = key.replace(/[^a-z0-9]/g, '');
      // Whether the word may stand around the name: `unit` only in the company of another.
      const around = (w: string, lead: boolean): number => {
        const q = squash(w);
        if (
          FUNC.test(w) ||
          (lead && (LEAD.test(w) || (AREA.test(w) && !CONNECTOR.test(w)))) ||
          (q.length > 2 && local.includes(q) && !k.includes(q))
        )
          return 2;
        return UNIT.test(w) || (lead && LEAD_JOIN.test(w)) ? 1 : 0;
      };
      let a = 0;
      let lead = 0;
      for (let x = 0; x < ws.length - 1; x++) {
        const v = around(ws[x] ?? '', true);
        if (!v) break;
        lead = Math.max(lead, v);
        if (lead > 1) a = x + 1;
      }
      let best = t;
      let floor = -1;
      for (let i = 0; i <= a; i += a || 1) {
        let tail = 0;
        for (let j = ws.length; j > i; j--) {
          const r = ws.slice(i, j).join(' ');
          if ((i > 0 || tail > 1) && /^\p{Lu}/u.test(r) && !CONNECTOR.test(ws[j - 1] ?? '')) {
            // The rest must be spelled by the domain at least as well as the whole.
            if (floor < 0) floor = Math.max(0.8, domainSim(t, key));
            const sim = domainSim(r, key);
            if (sim >= floor) {
              best = r;
              floor = sim;
            }
          }
          const v = around(ws[j - 1] ?? '', false);
          if (!v) break;
          tail = Math.max(tail, v);
        }
      }
      t = best;
    }
    // A signature line "Shannonside Legal Recruitment" names an agency, not a department of one.
    if (
      src === 'sig' &&
      signer &&
      signer.line >= 0 &&
      t !== whole &&
      / \S+$/.test(whole.slice(t.length)) &&
      AGENCY.test(whole.slice(t.length)) &&
      !COMPANY_WORD.test(t)
    )
      t = whole;
    // "Bluewren Insurance for the Claims Consultant role": the name ends before the job title.
    const forTitle = /^(.+?)\s+for\s+(?:the|an?)\s+(.+)$/u.exec(t);
    if (forTitle && looksLikeTitle(forTitle[2] ?? '')) t = forTitle[1] ?? t;
    if (deptOnly(t) && domainSim(t, key) < 0.5) return;
    if (CALENDAR.test(t)) return;
    if (!t || t.length < 2 || t.length > 80) return;
    if (generic(t) || pronounLead(t)) return;
    if ((t.match(/\d/g) ?? []).length * 4 > t.length) return;
    if (signerName && squash(t) === squash(signerName)) return;
    if ((src === 'body' || src === 'subject' || src === 'subject-weak') && namesPerson(prep.newest, t)) return;
    const pn = personName(t);
    const given = signerName.split(' ')[0] ?? '';
    if (pn && signerName && squash(pn.split(' ')[0] ?? '') === squash(given)) {
      // "Callum Frost Photography" under "Callum" from Callum Frost: a business named after its owner, when words
      // that are not a title follow the owner's whole name.
      const owner = personName(prep.sender.display) ?? '';
      const rest =
        / /.test(owner) && owner.startsWith(given) && t.startsWith(`${owner} `) ? t.slice(owner.length + 1) : '';
      if (!rest || TITLE_WORD.test(rest) || ROLE_HEAD.test(rest)) return;
    }
    // "Márcia Restaurante Sabor da Roça" from "Márcia": the first name signed, before the business.
    if (!pn && given === signerName && t.startsWith(`${given} `)) t = t.slice(given.length + 1);
    const sim = domainSim(t, key);
    // "Entrevue – Analyste …", "Proposta": a word the mail also writes in lower case is a common noun, not a name.
    if (sim < 0.5 && src !== 'domain' && !/\s/.test(t) && inLowerCase(plain, t)) return;
    // "Isabelle Vandersmissen" (labo-vandersmissen): the owner, whose surname alone the domain spells.
    if (pn && sim >= 0.5 && domainSim(t.slice(t.indexOf(' ') + 1), key) >= sim) score *= 0.3;
    // Job titles are not employers.
    if (looksLikeTitle(t) && !COMPANY_WORD.test(t) && sim < 0.6) score *= 0.3;
    cands.push({ text: t, raw: whole, score, src, sim });
  };

  // A tool's footer names the tool, no employer, wherever the message ends: "Sent with SlotWise", "Powered by
  // Hirewell", "Aangedreven door Afsprakenplanner", "You're receiving this because you applied through ShiftHub".
  for (const line of prep.lines) {
    const m = FOOTER().exec(line);
    if (m) tools.add((m[1] as string).toLowerCase());
  }
  // 1. Signature: lines after the signer's name (and the rest of the name line).
  const sig = prep.signature;
  const startLine = signer && signer.line >= 0 ? signer.line : 0;
  for (let i = startLine; i < Math.min(sig.length, startLine + 7); i++) {
    let line = sig[i] ?? '';
    if (i === startLine && signer && signer.line >= 0) {
      const last = signer.name.split(' ').pop() ?? signer.name;
      const at = line.indexOf(last);
      line = at >= 0 ? line.slice(at + last.length) : '';
    }
    if (FOOTER().test(line)) continue;
    // "Recruiting at Polaris Grid", "Tech Recruiter @ Capivara Labs"
    const atM = /\s(?:at|@|bei|chez|en|na|bij)\s+(\p{Lu}.+)$/u.exec(line);
    if (atM && TITLE_WORD.test(line.slice(0, atM.index))) {
      add(atM[1] ?? null, 4, 'sig');
      line = atM[1] ?? '';
    }
    // "Brackwater Freight Ltd. Registered office: …": a sentence ends a part ("St. Agnes", "Pvt. Ltd." go on).
    const parts = line.split(/\s*[|·•]\s*|\s+[-–—]\s+|,\s+(?=\p{Lu})|(?<=\p{Ll}{2}\.)\s+(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u);
    let afterTitle = false;
    for (const part of parts) {
      // "(Bäckerei Brandt)" on a line of its own: the business, in brackets.
      let p = part.trim().replace(/^\((\S+ .+)\)$/, '$1');
      // "Directeur OBS De Kompasroos": a title before the name the domain spells.
      const rest = p.slice(p.indexOf(' ') + 1);
      const w0 = p.split(' ')[0] ?? '';
      if (TITLE_WORD.test(w0) && domainSim(rest, key) >= Math.max(0.5, domainSim(p, key))) p = rest;
      const isTitle = TITLE_WORD.test(p) && !COMPANY_WORD.test(p);
      if (isCompanyLike(p, key)) {
        const sim = domainSim(p, key);
        let w = i - startLine <= 3 ? 4 : 2.5;
        // A lone word after the company ("Spinifex Talent | Perth") or a practice area after a title
        // ("Senior Consultant – Supply Chain") is weaker unless the domain spells it.
        if (sim < 0.5 && (afterTitle || (!/\s/.test(p) && parts.length > 1))) w = 2;
        add(p, w, 'sig');
      }
      afterTitle ||= isTitle;
    }
  }
  // 2. The sender's display name when it is an organisation, or "Person via Company".
  const s = prep.sender;
  // "Henk Verhoeven (Fruitteelt Verhoeven)": the business the person writes for.
  add(/\(([^()]+)\)$/.exec(s.display)?.[1] ?? null, 3, 'from');
  if (viaTool) add(s.person, 3, 'from');
  else if (s.via) add(s.via, 3, 'from');
  // "Tischlerei Huber", "Filialleitung Drogeriemarkt Sonnhof": a shop or a department is no person; nor is a name
  // on a free-mail address signed by someone else ("Bar Sol Naciente" <barsolnaciente@…>, signed "Lucía").
  else if (
    s.display &&
    (!personName(s.display) ||
      COMPANY_WORD.test(s.display) ||
      stripDept(s.display) !== s.display ||
      (!key && signerName && !squash(s.display).startsWith(squash(signerName).slice(0, 2))) ||
      domainSim(s.display, key) >= 0.7)
  )
    add(s.display, 3, 'from');
  // A platform's sender name is the employer's, though it may read like a person's ("Velora Fietsen"); on a tracking
  // system's domain such a name is the person's ("Tasha Greene" <notifications@calendly-mail…>) unless the message
  // names it too ("Tallgrass Outfitters has sent you an offer letter").
  else if (platform && !(tool && personName(s.display) && !plain.includes(s.display))) add(s.display, 1.5, 'from');

  // 3. Phrases in the newest message and the subject.
  const text = prep.lines.slice(0, prep.sigStart).join('\n').slice(0, SCAN_CAP).replace(URLISH, ' ');
  let n0 = 0;
  for (const m of text.matchAll(FIELD)) {
    if (++n0 > 6) break;
    for (const part of (m[4] ?? '').split(/,\s+|\s+[|–—]\s+/)) {
      const p = part.trim();
      const like = isCompanyLike(p, key);
      if (m[1]) add(like ? p : null, 1.5, 'body');
      else if (WHOLE_ORG.test(p) || ((m[2] || m[3]) && COMPANY_WORD.test(p)) || (m[2] && like)) add(p, 6, 'field');
      else continue;
      break;
    }
  }

  for (const [src, t] of [
    ['body', text],
    ['subject', prep.subject],
  ] as const) {
    for (const [re, w, dir] of BODY_PATTERNS()) {
      re.lastIndex = 0;
      let n = 0;
      for (let m = re.exec(t); m && n < 20; m = re.exec(t), n++) {
        const at = m.index + m[0].length;
        // "our client, a family-owned chain of garden centres, Pollard Garden Centres": past a description to the name.
        const org =
          dir === 'after'
            ? orgAt(t, at) || orgAt(t, at + (/^\p{Ll}[^,.\n]{2,80}, /u.exec(t.slice(at, at + 90))?.[0].length ?? 0))
            : orgBefore(t, m.index);
        add(org, w, src);
        if (!m[0].length) re.lastIndex++;
      }
    }
    // "Payroll Specialist at Thistlewood & Stroud", "their MD at X", "la DAF de X", "der CEO von X": a job
    // title, then "at" and the employer; an acronym's title in any language.
    let n = 0;
    for (const m of t.matchAll(/(\p{L}+)(?:\s+\([^()]*\))?\s+(?:(at|@)|de|von|van|da|do|del)\s+(?=\p{Lu})/gu)) {
      if (++n > 20) break;
      if ((m[2] && ROLE_HEAD.test(m[1] ?? '')) || /^[A-Z]{2,3}$/.test(m[1] ?? ''))
        add(orgAt(t, m.index + m[0].length), 2, src);
    }
  }
  // A name the newest text writes with its legal form is an organisation's: "um die Gruber Fördertechnik GmbH in
  // Gersthofen", "Corvane Motion Systems GmbH – Offer Letter.pdf" (a second form goes with the first: "Pty. Ltd.").
  for (const m of text.matchAll(/(?<!P(?:ty|vt)\.?) (?:GmbH|AG|Ltd|LLC|Inc|plc|B\.V|N\.V|S\.[AL])\b/g))
    add(orgBefore(text, m.index), 2.5, 'body');
  // A booking tool's event title reads like a subject: "Event: Interview – Paralegal (Thornbury LLP)", "Event Type:⏎Acme –
  // Recruiter Screen".
  for (const subj of [prep.subject, ...[...text.matchAll(EVENT_LINE())].map((m) => m[1] ?? '')])
    for (const re of SUBJECT_PATTERNS) {
      re.lastIndex = 0;
      // "Re: Availability": the colon of a reply's prefix separates nothing.
      for (const m of subj.replace(/^(?:(?:re|fwd?|aw|wg|tr|rv|sv|antw)\s*:\s*)+/i, '').matchAll(re)) {
        const part = (m[1] ?? '').trim();
        // "(BST)", "(PT)": a zone, not a name.
        if (!part || part.split(/\s+/).length > 6 || /^[A-Z]{1,3}[SD]?T$/.test(part)) continue;
        const org = orgAt(part, 0);
        // "Terugkoppeling Hollin Zuivel: uw sollicitatie": the subject's label word is not the name's.
        if (org && org.length >= part.length - 2 && !ROLE_HEAD.test(org) && !MED_GRADE.test(org))
          add(
            org.replace(/^\S+ /, (w) => (generic(w.trim()) && !pronounLead(w) ? '' : w)),
            1.5,
            'subject-weak',
          );
      }
    }
  // 4. Phrases spelling the sender's domain, in the message or its quoted history.
  if (key) {
    const seen = new Set<string>();
    for (const p of domainPhrases(plain, key)) {
      if (seen.has(p)) continue;
      seen.add(p);
      add(p, 1.5, 'domain');
    }
  }
  // 5. An intermediary (agency, search firm, platform) names its client; the client's own
  //    address in a forwarded part ("From: Gregor <g@harbourline.example>") spells its name.
  const intermediary =
    (key && AGENCY_KEY.test(key)) ||
    INTERMEDIARY.test(`${prep.subject}\n${prep.newest}`) ||
    // An agency's consultant signs as one: "Recruitment Consultant", "Personalberater", "Account Manager".
    /consult|berater|account\s+manager|placement|career/i.test(signer?.title ?? '');
  // A name of two words or more that the subject and the newest message both write is what the mail is about,
  // and an intermediary's mail is about its client: "Rückmeldung Sievers Maschinenbau" over "mit Sievers
  // Maschinenbau gesprochen", "Nordhaven Mining - difficult news" over "Nordhaven Mining told me". Not a job
  // title, a step or an acronym ("SAP FI Senior", "Technical Interview", "ADF").
  for (const name of echoedNames(prep.subject, text))
    if (!name.split(' ').some(notInName) && /\p{Ll}/u.test(name)) add(name, 2, 'subject');
  if (intermediary) {
    const seen = new Set<string>([key]);
    for (const m of all.matchAll(/[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g)) {
      const k2 = otherKey(m[1] ?? '');
      if (!k2 || seen.has(k2) || seen.size > 4) continue;
      seen.add(k2);
      for (const p of domainPhrases(plain, k2)) add(p, 2.5, 'other-domain');
    }
  }
  // "Quillmark Recruiting" <no-reply@quillmark-hire>: a hiring service naming no one else writes for itself; a
  // tracking or booking tool's own name ("Calendly" <notifications@calendly…>) is nobody's employer.
  if (!cands.length && !key)
    return (platform && domainSim(prep.sender.display, tool) < 0.6 && stripDept(prep.sender.display)) || null;

  // Group variants: "Saltmarsh" / "Saltmarsh Biosciences", "Larkfield" / "City of Larkfield".
  const wordsOf = (t: string): string[] => nameWords(t.replace(LEGAL_SUFFIX, '').replace(/^the\s+/i, ''));
  // "Juniper Peak FCU" abbreviates "Juniper Peak Federal Credit Union".
  const abbr = (long: string[], short: string[]): boolean => {
    const n = short.length - 1;
    const a = short[n] ?? '';
    return (
      n > 0 &&
      a.length > 1 &&
      a.length === long.length - n &&
      isPrefix(long, short.slice(0, n)) &&
      long.slice(n).every((w, i) => w[0] === a[i])
    );
  };
  const isPrefix = (long: string[], short: string[]): boolean => short.every((w, i) => long[i] === w);
  const contains = (long: string[], short: string[]): boolean => {
    if (abbr(long, short)) return true;
    if (!short.length || short.length > long.length) return false;
    return isPrefix(long, short) || isPrefix(long.slice(long.length - short.length), short);
  };
  interface Group {
    best: Cand;
    words: string[];
    score: number;
    sim: number;
    srcs: Set<Source>;
    agency: boolean;
    /** Strongest phrase in the body or subject naming it ("X has extended", "offer from X"). */
    actor: number;
    members: Cand[];
  }
  const groups: Group[] = [];
  for (const c of cands) {
    const wc = wordsOf(c.text);
    if (!wc.length) continue;
    let g = groups.find((x) => contains(x.words, wc) || contains(wc, x.words));
    if (!g) {
      g = { best: c, words: wc, score: 0, sim: 0, srcs: new Set(), agency: false, actor: 0, members: [] };
      groups.push(g);
    }
    g.score += c.score;
    g.sim = Math.max(g.sim, c.sim);
    g.srcs.add(c.src);
    g.members.push(c);
    if (c.src === 'body' || c.src === 'subject') g.actor = Math.max(g.actor, c.score);
    g.agency ||= AGENCY.test(c.text);
    // The fuller form wins when it comes from a source at least as strong.
    const bx = g.best;
    const rank = (x: Cand): number =>
      x.src === 'sig' || x.src === 'from' || x.src === 'field' ? 2 : x.src === 'domain' ? 0 : 1;
    if (rank(c) > rank(bx) || (rank(c) === rank(bx) && wc.length > g.words.length) || c.sim > bx.sim + 0.25) {
      g.best = c;
      if (wc.length > g.words.length) g.words = wc;
    }
  }
  // Within a group, "Glenmore General" grows into "Glenmore General Hospital", an abbreviation into its words.
  for (const g of groups) {
    let b = g.best;
    for (const c of g.members) {
      const bw = wordsOf(b.text);
      const cw = wordsOf(c.text);
      if (
        cw.length > bw.length &&
        ((isPrefix(cw, bw) && cw.slice(bw.length).every((w) => COMPANY_WORD.test(w))) || abbr(cw, bw))
      )
        b = c;
    }
    g.best = b;
  }
  const total = (g: Group): number => g.score + (g.sim >= 0.5 ? 4 * g.sim : 0) + g.srcs.size * 0.5;
  groups.sort((a, b) => total(b) - total(a));
  let pick = groups[0];
  // An agency names its client: prefer an employer named in the body or subject.
  // A marketplace's or an app's mailbox ("messages@", "no-reply@") relays the word of an employer.
  const relay = !intermediary && isAutomated(local);
  if (pick && (pick.agency || intermediary || relay) && pick.sim >= 0.5) {
    // An agency's subject may lead with its client: "RE: Lumenford – project controls role".
    const lead = pick.agency && /^(?:\w+:\s*)*(.+?)\s[|–—:-]/.exec(prep.subject)?.[1];
    const client = groups.find(
      (g) =>
        g !== pick &&
        g.sim < 0.5 &&
        // Another agency is no client, unless the subject names it too ("Tarrant Consulting - good news").
        (!g.agency || g.srcs.has('subject')) &&
        // What a relay names acting, its subject names too: "New message from Nordquist Studio".
        ((g.actor >= 1.5 &&
          (!relay || (/ /.test(g.best.text) && (g.srcs.has('subject') || g.srcs.has('subject-weak'))))) ||
          (!relay &&
            (g.srcs.has('other-domain') ||
              (g.srcs.has('subject-weak') &&
                / /.test(g.best.text) &&
                (g.srcs.has('body') || prep.newest.includes(g.best.text))) ||
              g.best.text === lead))) &&
        g.score >= 1.5,
    );
    // "On behalf of Larchmont Unified School District": the sender's own body, named as the actor, stays.
    if (client && (pick.agency || client.actor >= pick.actor)) pick = client;
  }
  // A form that names the employer outright settles it, whoever sent the form.
  pick = groups.find((g) => g.srcs.has('field')) ?? pick;
  if (pick && (total(pick) >= 2 || pick.sim >= 0.5)) return usual(pick.best, pick.members);
  // Not a tool's domain its footer names ("Powered by Slotwise").
  if (key && !tools.has(key)) return prettyDomain(key, prep.sender.display, prep.newest, prep.lang !== 'en');
  return pick ? pick.best.text : null;
}

/**
 * Whether the message writes a name as a person's: at an organisation ("Miriam at Orvian", "Hana Okafor (Northern
 * Food Policy Alliance)"), as a booking's host ("Host: Priya Raman"); a one-word name also as he or she in a
 * sentence that follows ("Simone called me. … She was clear").
 */
function namesPerson(text: string, name: string): boolean {
  const words = name.split(' ').length;
  const at = text.indexOf(name);
  if (at < 0 || words > 2 || (words > 1 && !personName(name))) return false;
  const after = text.slice(at + name.length, at + name.length + 300);
  return (
    /^ (?:at|from|bei|von|chez) \p{Lu}|^ \(\p{Lu}/u.test(after) ||
    /(?:host|organi[sz]er|interviewer)s?:\s*$/i.test(text.slice(Math.max(0, at - 16), at)) ||
    (words < 2 && /[.!?]\s+(?:He|She|His|Her)\b/.test(after))
  );
}

/**
 * Capitalised names of two words or more in `subject` that `text` writes too, whole words; the
 * longest from each place ("Update Zorggroep Lekstroom" gives "Zorggroep Lekstroom" when only that is
 * in the text).
 */
function echoedNames(subject: string, text: string): string[] {
  const names: string[] = [];
  let skip = 0;
  let n = 0;
  for (const m of subject.matchAll(/(?<![\p{L}\d&'’.+-])\p{Lu}/gu)) {
    if (m.index < skip || ++n > 12) continue;
    const words = (orgAt(subject, m.index) ?? '').split(' ');
    // Drop words from the right until the text has the rest: "Sievers Maschinenbau GmbH" → "Sievers Maschinenbau".
    for (let k = words.length; k > 1; k--) {
      const name = words.slice(0, k).join(' ');
      if (writesAsParty(text, name)) {
        names.push(name);
        skip = m.index + name.length;
        break;
      }
    }
  }
  return names;
}
/**
 * A word that says a subject's phrase is a job, a step or a team ("SAP FI Senior", "Technical Interview"), not an
 * employer (`generic` holds the hiring functions' words too).
 */
const notInName = (w: string): boolean => TITLE_WORD.test(w) || ROLE_HEAD.test(w) || generic(w) || /\d/.test(w);
// Where the message writes the name as an actor or a party, not as part of a title, a place or an event: opening
// a sentence or a line ("Nordhaven Mining told me", "Quick one: Vantaa Robotics had to"), after "with" ("spoken
// with Meridian Properties LLC", "gesprek met …"), after an adverb ("Regrettably X have …") or after "of" where it cannot begin a Romance job title ("la DRH
// des Fromageries Sauvin", "terugkoppeling van …"; "Analista de Procesos Junior" is a title); then a lower-case
// word or punctuation, not more capitalised words ("the Skyline NYE Festival"), save a legal form or an acronym.
const ECHO_BEFORE =
  /(?:\n[ \t]*|[.!?:][ \t]+|\Bly,?[ \t]+|\b(?:with|met|mit|com|con|avec|from|to|by|por|par|door|bei|bij|chez|des|du|der|van)[ \t]+)$/;
const ECHO_AFTER = /^(?:[ \t]+(?:\p{Ll}|(?:\p{Lu}{2,4}|GmbH|Ltd)\b)|[ \t]*(?:[,.;:!?()\n]|$))/u;

/**
 * Whether `text` writes `name` where a party stands (ECHO_BEFORE and ECHO_AFTER around it). Found by
 * indexOf and tested on the few characters around: a pattern made from each name was compiled anew for
 * every name and email (half a millisecond an email).
 */
function writesAsParty(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const end = i + name.length;
    if ((!i || ECHO_BEFORE.test(text.slice(Math.max(0, i - 9), i))) && ECHO_AFTER.test(text.slice(end, end + 9)))
      return true;
  }
  return false;
}

/**
 * The signature's form of the name over the sender's: "Velvet & Vine" signed, "Velvet & Vine Salon"
 * in the From line; "Sabor da Roça" signed, "Restaurante Sabor da Roça" sent.
 */
function usual(best: Cand, members: Cand[]): string {
  const { text, src } = best;
  return (
    (src === 'from' && members.find((m) => m.src === 'sig' && m.raw === m.text && text.includes(m.text))?.text) ||
    // "Carrow & Finch Ireland", "Harbourline Bank (Hong Kong) Limited" signed or sent, "Carrow & Finch" in the
    // message: the place after the name is the office's, not the employer's ("Tideline Analytics" keeps its word).
    (src !== 'body' &&
      members.find((m) => {
        const place = /^\(?(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)\)?$/u.exec(
          text.slice(m.text.length + 1).replace(LEGAL_SUFFIX, ''),
        )?.[1];
        return m.src === 'body' && text.startsWith(`${m.text} `) && !!place && isPlace(place);
      })?.text) ||
    text
  );
}

/**
 * "hollinsroofing" → ["hollins", "roofing"], "brightwaterhealth" → ["brightwater", "health"]: a
 * domain written as one word is cut after a word of the sender's name or of the mail ("estudioquimera"
 * where the mail says "estudio"), around a company word, or, in a mail not in English, at a linking
 * word ("casa do pixel"; in English "thunderbolt" holds a "de" that links nothing).
 */
function segment(word: string, names: string[], romance: boolean): string[] {
  for (const n of names) {
    if (n.length > 3 && word.length - n.length > 2 && word.startsWith(n)) return [n, word.slice(n.length)];
  }
  for (let i = 4; i <= word.length - 4; i++) {
    const rest = word.slice(i);
    if (COMPANY_WORD.test(rest)) return [word.slice(0, i), rest];
    const link = romance && /^(?:d(?:e[ls]?|[oa]s?)|van|von)(?=.{4})/.exec(rest)?.[0];
    if (link) return [word.slice(0, i), link, rest.slice(link.length)];
  }
  return [word];
}

/** Last resort: "acme-robotics" → "Acme Robotics", "brightwaterhealth" → "Brightwater Health". */
function prettyDomain(key: string, display: string, text: string, romance: boolean): string | null {
  const words = key.split(/[-_]+/).filter(Boolean);
  if (!words.length) return null;
  // Short parts between hyphens are initials ("northgate-rmc"); parts cut from one word are not.
  const parts =
    words.length === 1
      ? segment(
          words[0] ?? '',
          `${display} ${text}`.split(/[^\p{L}]+/u).map((w) => squash(w)),
          romance,
        )
      : words.map((w) => (w.length <= 3 ? w.toUpperCase() : w));
  // "thewestportchippy": a long label no word of the mail cuts holds words we cannot tell apart, and
  // a glued word is nobody's name.
  if ((parts[0]?.length ?? 0) > 12 && parts.length === 1) return null;
  // The linking word stays in lower case: "Casa do Pixel".
  return parts.map((w, i) => (i === 1 && parts.length > 2 ? w : w[0]?.toUpperCase() + w.slice(1))).join(' ');
}
