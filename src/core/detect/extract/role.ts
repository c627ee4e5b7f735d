/** The job title as written, without "the", "position" or "role" around it. */

import { L, MON, R, WD } from './dates';
import { COMPANY_WORD, MED_GRADE, ORG_WORD, ROLE_HEAD } from './lexicon';
import type { Lang, Prepared } from './prepare';
import { built, grows, more, wordsOf } from './words';

interface Cand {
  text: string;
  score: number;
  /** Read from a subject part. */
  s?: boolean;
}

// Words that end a title read forwards: the noun naming it a job, a preposition, a clause, how often ("piano teacher
// once a fortnight"; not "team": "Warehouse Team Leader"). Other languages' words are in their files (slot "stop"),
// each language's own.
const STOP = grows(
  'stop',
  /^(?:position|role|job|opening|vacancy|post|spot|opportunity|gig|seat|req|requisition|group|at|with|on|for|to|from|starting|reporting|beginning|based|within|which|that|who|where|when|if|because|but|so|is|was|are|were|will|would|can|could|should|has|have|had|am|an|no|per|sur|once|here|there|today|tomorrow|tonight|this|next|last|you|we|i|it|they|he|she|after|before|until|by|as|a|arrive|salary|pay|rate|base|compensation|under|via|through|and\s+we|appointment|right|now|n|nr)$/i,
);
// Words that may link the parts of a title.
const LINK = /^(?:of|de|du|des|del|da|do|dos|das|ao|em|and|und|&|y|e|et|en|in|im|für|for|van|der|d['’]|di)$/i;
// Articles and possessives, which open a noun phrase (other languages' are in their files, slots "link stop" and
// "title lead"; "de" stays here: Portuguese and Spanish mail read it so with every language, as the CLI does).
const DET = 'the|a|an|our|this|your|that|their|my|de';
// Words after which a linking word ends the title instead ("… Administrativo e o tempo"); other languages' pronouns
// are in their files (slot "link stop").
const AFTER_LINK_STOP = grows('link stop', new RegExp(`^(?:${DET}|his|her|as|we|you|i|it)$`, 'i'));
// Words before a title that are no part of it: "the", "our next", "a regular"; other languages' in slot "title lead"
// (Flemish "ne", "nen": "we zoeken nog ne dakwerker"). One whole word each, so their order cannot change a match.
const LEAD = built(
  () =>
    new RegExp(
      String.raw`^(?:${DET}|his|her|new|next|year['’]s|regular|open|current|vacant|one|first(?:[- ]year)?${more('title lead')})\s+`,
      'i',
    ),
);
// The vacancy named before its title: "la vacante Asesor Comercial", "Poste d'Animateur 3D".
const FRAME_LEAD =
  /^(?:(?:vacante|vaga|vacature|betrekking|vervanging|oferta)\s+(?:(?:de|para|voor)\s+)?|(?:poste|puesto|functie|position|post|role)\s+(?:de\s+|d['’]|of\s+|van\s+|als\s+)|stage\s+d['’])/i;
// The word for the post after a title (other languages' in slot "trail noun": "Stelle", "vaga"; each runs to the end).
const TRAIL_NOUN = built(
  () =>
    new RegExp(
      String.raw`[ \t]+(?:position|role|job|opening|vacancy|post|spot|slot|opportunity|gig|seat|summer|season|thing|enquiry|cv|competition${more('trail noun')}|application|interview|offer|candidacy|contract|search|onsite|on-site|screen|loop|assessment|intake|recruitment|list|panel|places?|open house)(?: (?:\d|in |at ).*)?$`,
      'i',
    ),
);
const REF_PAREN =
  /\s*\((?:[^()]*\d[^()]*|ref[^()]*|req[^()]*|job\s*id[^()]*|[mwfdhv](?:\/[mwfdhv]){1,2}|all\s+genders?|revised|updated|new|draft|urgent|remote|hybrid|contract|permanent|cdi|cdd)\)/gi;
const NOT_ROLE = grows(
  'notrole',
  /\b(?:[Ww]e|[Yy]our?|[Oo]ur|us|me|my|he|she|they|it|is|are|was|were|be|been|will|would|could|should|can|have|has|had|did|[Pp]lease|[Tt]hanks?|offer|interview|application|[Cc]ongratulations|update|news|decision|feedback|next\s+steps?|call|chat|meeting|process|status|outcome|confirm|confirmed|confirmation|invitation|invite|schedule|scheduled|candidate|wir|ich|sie|nous|vous|je|usted|jij|ons|uw|Unfortunately|Following|Change|Let|Quick|Good|Great|Welcome|Hey|Hi|Hello|Dear|Plans?|Proposal|Extension|Round|Final|Next|Action|Reminder|Sow|SOW)\b/u,
);
const STAGE = / [–—-] [^–—|:-]*\b(?:interview|screen)$/i;
const ID_LEAD =
  /^(?!\d+(?:st|nd|rd|th)\s|[A-Z]{1,3}\d{1,2}\s|[A-Z]{1,4}-?\d{1,2}[\s-]\p{Lu})(?:[A-Z]{0,4}-?\d[\w-]*|#\s*\w+)\s+/u;
// A word shaped like a doer ("verger", "Kellermeister", "pescador", "sluiswachter"), and the words shaped like
// one that are not: "other", "further", "summer", "letter", "reminder", "Ihrer", "premier", "finalist"…
const AGENT =
  /^(?!(?:(?:an)?oth|und|furth|summ|ord|lett|numb|pap|remind|answ|ihr|premi|final|prop|lat|hac)(?:er|ist|ier)$)\p{L}{2,}(?:[^aeiou]er|[st]or|ist[ae]?|eur|euse|i[eè]re?|ei?r[oa]|dora?|ster|olo(?:og|gue?)|[óo]log[oa])(?:in|s)?$/iu;
const ORDINAL = /^\d+(?:st|nd|rd|th)$/;
// Words a number follows as part of a title: "Year 4", "Band 5", "groep 5", "Class 1 Driver".
const GRADE = grows('grade', /^(?:year|band|level|grade|class)$/i);
/** A programme or placement named alone is not a job title ("Summer Internship", "Apprenticeship"). */
const GENERIC_ONLY =
  /^(?:graduate|trainee)$|^(?:\p{L}+\s+)?(?:internships?|apprenticeship|traineeship|placement|program(?:me)?|scheme|opportunity|vacancy|opening|position|role|jobs?|work|contract|shift|stages?|pr[áa]cticas?|est[áa]gio|stageplek)$/iu;

// A qualifier that starts with one of these (after a comma or a linking word: "im Fachbereich 6") is a reference, a
// department or a season, not part of the title (nor is a date: DATE_WORD).
const REF_WORD = grows(
  'refword',
  /^(?:announcement|advt|ref|req|requisition|posting|number|r[ée]f[ée]rence|department|grade|ward|office|unit|station|summer|spring|fall|autumn|winter)$/i,
);

/**
 * A posting's reference written before or after the title, with a word that says so and a code with a digit:
 * "Posting LT-2026-044, Long Term Occasional Teacher", "Ausschreibung W-114/24, Wissenschaftliche/r …",
 * "Técnico Superior – Aviso n.º 4121/2025". (A bare code before the title is ID_LEAD's.)
 */
const REF_CODE = String.raw`(?:posting|ausschreibung|kennziffer|referenz|ref(?:erence)?|r[ée]f(?:[ée]rence)?|req(?:uisition)?|job\s+id|aviso|vacature(?:nummer)?)\.?\s*(?:n\.?\s*[º°o]\.?\s*)?[:#]?\s*[\p{L}\d][\w/.-]*\d[\w/.-]*`;
const REF_LEAD = new RegExp(String.raw`^${REF_CODE}\s*[,:–—-]\s+`, 'iu');
const REF_TRAIL = new RegExp(String.raw`\s*[,–—-]\s*${REF_CODE}$`, 'iu');

const word = (w: string): string => w.replace(/[,.;:!?)]+$/, '');
/** A day or a month ("maandag", "Tuesdays/Thursdays"): the title has ended in its start date or schedule. */
const DATE_WORD = new RegExp(`^(?:${WD}|${MON})s?(?:/|$)`, 'iu');

// The terms of a post before its title are not part of it ("part-time Pharmacy Technician", "Tenure-Track Assistant
// Professor", "a full-time bookseller"): the corpus labels leave them out, in any case.
const TERMS = /^(?:(?:part|full)[- ]time|tenure[- ]track|fixed[- ]term)\s+(?=\S)/i;
// Lower-case words before a capitalised word, which is captured ("casual Sales Assistant").
const LOWER_LEAD = /^(?:\p{Ll}[\p{Ll}-]*\s+){1,2}(?=([\p{Lu}\d]\S*))/u;

/** Reads a title forwards from the start of `raw`, stopping where the sentence moves on (`whole`: a subject part, where none does). */
function forward(raw: string, lang: Lang, whole: boolean): string {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ');
  const kept: string[] = [];
  const titleCase = /^[\p{Lu}\d]/u.test(words[0] ?? '');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const bare = word(w);
    if (i > 0) {
      if (LINK.test(bare)) {
        // "… and I'd love": the word before its apostrophe.
        const next = word(words[i + 1] ?? '').split(/['’]/)[0] ?? '';
        if (
          !next ||
          AFTER_LINK_STOP.test(next) ||
          STOP.test(next) ||
          /^\d/.test(next) ||
          DATE_WORD.test(next) ||
          // (but "Head of Department": a head is the head of something)
          (REF_WORD.test(next) && !/^head$/i.test(kept.join(' ')))
        )
          break;
        // "in"/"for" link only capitalised words: "Associate in Computational Ecology", not "in the lab";
        // "en" links only lower-case ones: "technicienne en laboratoire", not "Compras en Grupo Tláloc".
        // A title in lower case ends there: "biology tutor for Noah".
        if (/^(?:in|im|for|für)$/i.test(bare) && !(titleCase && /^\p{Lu}/u.test(next))) break;
        // Outside English "in" names a place or a schedule ("Leiter Logistik in Dietikon", "in Vollzeit").
        if (bare === 'in' && lang !== 'en') break;
        // Portuguese "em" links only an internship's field ("Estágio em Produto"; "Analista em São Paulo" is a place).
        if (bare === 'em' && !/gio$/.test(kept.at(-1) ?? '')) break;
        // German "im" names an occupation's team, office or department ("Backend-Entwickler im Payments-Team"), but
        // the field of a post that needs one ("Werkstudentin im Controlling", "Sachbearbeiterin im Vertrieb").
        if (
          bare === 'im' &&
          !/(?:hilfe|student|praktikant|kauf\S*|bearbeit\S*|assistent)(?:in|\/in)?$/i.test(kept.at(-1) ?? '')
        )
          break;
        if (/^en$/i.test(bare) && lang !== 'nl' && /^\p{Lu}/u.test(next)) break;
        // "and" joins a lower-case word only when it names a job too: "… Front-end e por ter dedicado", "recepcionista
        // e gostaria", "Product Designer Senior et avons choisi" went on into the sentence.
        if (/^(?:and|und|y|e|et)$/i.test(bare) && /^\p{Ll}/u.test(next) && !ROLE_HEAD.test(next)) break;
        // A roman numeral after a job noun is a grade, not "I" ("Claims Adjuster I").
      } else if (/^(?:à|aux?)$/.test(bare) && /^(?:agente?|pr[ée]pos[ée])/i.test(kept.at(-1) ?? '') && words[i + 1]) {
        // Québec's titles name the duty after "à": "Agent(e) à la réception", "Préposé aux bénéficiaires".
        kept.push(w);
        if (words[i + 1] === 'la') kept.push(words[++i] as string);
        continue;
      } else if (DATE_WORD.test(bare) || (/^[–—-]$/.test(w) && AFTER_LINK_STOP.test(word(words[i + 1] ?? '')))) break;
      else if (
        STOP.test(bare) &&
        !(bare === 'I' && (ROLE_HEAD.test(kept[i - 1] ?? '') || AGENT.test(kept[i - 1] ?? '')))
      )
        break;
      // A lower-case word that adds no job noun ends a title set in capitals once it has one
      // ("Assistant supporting Year 3", "Técnico de Suporte termina"; but "Journeyman electrician" goes on).
      // Elsewhere only right after a capitalised word, and never in a subject part, as titles there go on
      // in lower case ("Enfermeira de cuidados gerais", "Leerkracht lager onderwijs"); French titles always do.
      const enDe = lang === 'en' || lang === 'de';
      if (
        (enDe ? titleCase : !whole && lang !== 'fr' && /^[\p{Lu}(]/u.test(kept[i - 1] ?? '')) &&
        /^\p{Ll}/u.test(w) &&
        !LINK.test(bare) &&
        !/^(?:\(|[a-z]{1,3}\/)/.test(w) &&
        !/^\d/.test(words[i + 1] ?? '') &&
        !ROLE_HEAD.test(bare) &&
        // A doer after an acronym goes on: "MOT tester", "CNC setter".
        !(AGENT.test(bare) && /^\p{Lu}{2,}$/u.test(kept[i - 1] ?? '')) &&
        (enDe || ROLE_HEAD.test(kept.join(' ')))
      )
        break;
    }
    kept.push(w);
    if (/[.;:!?]$/.test(w) && !/^(?:Sr|Jr|St|Dr|Mgr|Asst|Assoc|Co)\.$/i.test(w)) break;
    if (/,$/.test(w)) {
      // A comma continues a title only into a short capitalised qualifier: "Registered Nurse, PICU".
      const next = words[i + 1] ?? '';
      const after = /,$/.test(words[i + 1] ?? '') ? '' : word(words[i + 2] ?? '');
      // A code is a grade or a reference: "Program Analyst, GS-0343-12".
      if (
        !/^\p{Lu}\D*$/u.test(next) ||
        STOP.test(word(next)) ||
        REF_WORD.test(word(next)) ||
        REF_WORD.test(after) ||
        DATE_WORD.test(word(next)) ||
        DATE_WORD.test(after) ||
        i > 5
      )
        break;
    }
  }
  return kept.join(' ');
}

/** Reads a title backwards from the end of `raw`: "… submitted for the Frontend Engineer" → "Frontend Engineer". */
function backward(raw: string): string {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 9; i--) {
    const w = words[i] ?? '';
    const bare = word(w);
    // A comma ends the title read backwards, unless a short capitalised qualifier follows a job
    // noun: "Senior Consultant, Supply Chain".
    if (
      w !== bare &&
      kept.length > 0 &&
      !w.endsWith(')') &&
      !(w.endsWith(',') && kept.length <= 3 && ROLE_HEAD.test(bare) && kept.every((k) => /^[\p{Lu}(]/u.test(k)))
    )
      break;
    // French "au" ends a title ("stagiaire au service RH"), but not the loanword "au pair" in any language's mail.
    const auPair = /^au$/i.test(bare) && /^pairs?\b/i.test(kept[0] ?? '');
    if ((STOP.test(bare) && !auPair) || LEAD().test(`${bare} `) || /^(?:for|about|in|regarding|re)$/i.test(bare)) break;
    // A number ends it as a reference, unless it is an ordinal or a grade ("4th Grade Teacher", "Year 4 teacher").
    if (
      /^(?:[A-Z]{0,4}-?\d[\w-]*|#\S*)$/.test(bare) &&
      kept.length > 0 &&
      !ORDINAL.test(bare) &&
      !GRADE.test(words[i - 1] ?? '')
    )
      break;
    kept.unshift(w);
  }
  return kept.join(' ');
}

/** Trims a captured phrase to the title it holds, or null when it is not a title. */
export function cleanRole(
  raw: string,
  strict = true,
  lang: Lang = 'en',
  dir: 'fwd' | 'back' | 'whole' = 'fwd',
): string | null {
  // The words that frame a title ("the post of …", "R-0092314 …"), off both ends of the reading: a subject's
  // "Application for the post of Accounts Assistant" would stop at "post" before reaching the title.
  const unframe = (s: string): string => {
    for (let n = 0; n < 3; n++)
      s = s
        .replace(ID_LEAD, '')
        .replace(LEAD(), '')
        .replace(/^(?:for|of|as|at|to|re|regarding|about|para|pour|f[üu]r|als|voor|van|como|comme|lo de)\s+/i, '')
        .replace(FRAME_LEAD, '')
        .replace(TERMS, '')
        // "casual Sales Assistant", "requisition R-0092314 Clinical …": lower-case words before a capitalised title.
        // Not a title that a day ends: "painter Monday to Friday"; nor a German adjective, which is the title's own
        // ("medizinische Fachangestellte").
        .replace(LOWER_LEAD, (lead, next: string) =>
          (lang === 'en' || (lang === 'de' && !/(?:isch|lich|ig)e\s/.test(lead))) && !DATE_WORD.test(word(next))
            ? ''
            : lead,
        );
    return s;
  };
  let t = dir === 'back' ? backward(raw) : forward(unframe(raw), lang, dir === 'whole');
  t = t.replace(/[.;:!?]+$/, '');
  t = t.replace(REF_PAREN, '').trim().replace(REF_LEAD, '').replace(REF_TRAIL, '');
  // "Werkstudentin im Bereich Online-Marketing": the field, without the frame around it.
  t = unframe(t.replace(/ im Bereich /, ' '));
  // "onsite loop for Firmware Engineer", "búsqueda de Analista de Siniestros": words naming no job, then a
  // preposition, frame the title written after it in capitals (a capitalised word before "of" is the title's own:
  // "Front of House Manager").
  const frame = /^(\S+(?: \S+)?) (?:for|(?<!^\p{Lu}\S* )of|de|da|do|del|du|van|für) (?=\p{Lu})(.*)/u.exec(t);
  const doer = (s = ''): boolean => ROLE_HEAD.test(s) || s.split(' ').some((w) => AGENT.test(w));
  if (frame && !doer(frame[1]) && doer(frame[2])) t = unframe(frame[2] ?? '');
  // "Police Constable Recruitment", "… Open House in Atlanta", "Sous Chef CV", "Prison Officer Competition"; a
  // programme after a person noun ("Management Trainee Programme", not "Graduate Programme").
  // The stage after a dash: "Solutions Engineer – Hiring Manager Interview", "Data Analyst - Phone Screen".
  t = t.replace(STAGE, '');
  for (let n = 0; n < 2; n++)
    t = t.replace(TRAIL_NOUN(), '').replace(/(?<!graduate)(?<=ee|er|or|ate|ot) program(?:me)?$/i, '');
  // The shop or branch after the title: "Dependiente/a tienda Zaragoza", "… – boutique Lyon Part-Dieu", "… im Lager
  // Pratteln" (not "Responsable de Tienda" nor "Gestora de Loja Online", titles).
  t = t.replace(
    /\s+(?:(?:[–—-]|da|im)\s+(?:[Tt]ienda|[Ll]oja|[Bb]outique|[Aa]gence|[Ll]ager)|tienda|loja|boutique|agence|[Ss]ucursal)\s+(?:de\s+)?\p{Lu}.*$/u,
    '',
  );
  // The department after a comma: "Profesora Asistente, Departamento de Ecología"; a centre, division, directorate or
  // street after a comma or a dash, where the job is: "Claims Handler – Leeds Service Centre", "Sous Chef, Mill Street".
  t = t.replace(
    /,\s+(?:Dep(?:t\.?|art\p{L}+)|Fa[ck]ul\p{L}+|School of)(?:\s.*)?$|(?:,| [–—-]) [^,]*\b(?:Cent(?:re|er|ro)|Division|Directorate|Street)\b.*/u,
    '',
  );
  // Years and seasons: "Secondary Mathematics Teacher 2026-27".
  t = t.replace(/[ \t]+(?:20\d\d(?:\s*[-–/]\s*\d{2,4})?)$/, '');
  t = t
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/^[\s,;:–—"'“‘-]+/, '')
    .replace(/["'”’]+$/, '')
    .trim();
  // Unbalanced parenthesis: drop the dangling part.
  if ((t.match(/\(/g) ?? []).length !== (t.match(/\)/g) ?? []).length) {
    t = t
      .replace(/\s*\([^)]*$/, '')
      .replace(/^[^(]*\)\s*/, '')
      .trim();
  }
  if (t.length < 2 || t.length > 80) return null;
  // A phrase opening with a linking word or, holding no job word, a clause's word: "and mixer", "after".
  const ws = t.split(' ');
  const w0 = ws[0] ?? '';
  if (/^\p{Ll}/u.test(w0) && (LINK.test(w0) || (STOP.test(w0) && !ROLE_HEAD.test(t)))) return null;
  const n = ws.length;
  if (n > 9) return null;
  if (NOT_ROLE.test(t) || GENERIC_ONLY.test(t)) return null;
  // A number, an address, a price; or a reference code alone ("Reference: AR-2025-118342"), which a field line
  // also gives.
  if (/^\d(?!\d*(?:st|nd|rd|th)\s)|@|https?:|\$|€|£|^(?=\S*\d)[A-Z\d]+(?:[-/][A-Z\d]+)+$/.test(t)) return null;
  // A head noun shaped like a doer names a job the word list has not met; the head is the last word in
  // en/de/nl ("relief milker"), the first in fr/es/pt ("marinero de puente").
  const headWord =
    t
      .replace(/\s*(?:[([]| [–—-] ).*/, '')
      .split(' ')
      .at(/^(?:fr|es|pt)$/.test(lang) ? 0 : -1)
      // "Reponedor/a", "Operador(a)": the word without its other gender's ending.
      ?.replace(/\/\p{L}{1,2}$|\(\p{L}{1,2}\)$/u, '') ?? '';
  // A doctor's grade names a training post whatever follows it: "ST1 Paediatrics".
  const head = ROLE_HEAD.test(t) || MED_GRADE.test(t) || (AGENT.test(headWord) && !DATE_WORD.test(headWord));
  if (!head) {
    if (strict) return null;
    // French, Spanish, Portuguese and Dutch write a title in lower case ("poste de polisseur"); after a strong
    // trigger that is no sign of prose unless it opens with a short function word ("que …", "foi …", "niet …").
    if (n > 5 || (!/^[\p{Lu}]/u.test(t) && (lang === 'en' || lang === 'de' || !/^\p{L}{5}/u.test(t)))) return null;
  }
  if (ORG_WORD.test(t) && !head) return null;
  return t;
}

// A title: words and the few symbols titles use, no sentence punctuation, no line break. (Square brackets too:
// "Senior Analyst [Grade 7]"; and German ":in": "Elektriker:in".)
const W = String.raw`(?:\.(?=\p{Lu}))?[\p{L}\d&([](?:[\p{L}\d&/'’+#.()[\]·\-–*]|:in\b)*`;
const T = String.raw`([\p{L}\d](?:[\p{L}\d&/'’+#.()[\]·\-–*]|:in\b)*(?:(?:,?[ \t]+|[ \t]+[–/-][ \t]+)${W}){0,9})`;
// The title read without consuming it, so that a trigger inside it ("for a visit as a finalist for the …") is
// still found.
const F = `(?=${T})`;
const ART = String.raw`(?:the\s+|a\s+|an\s+|our\s+|your\s+|this\s+|their\s+)?(?:(?:job|role|position|vacancy|opening)\s+)?["“]?`;

// [pattern, weight, read direction]
// 'fwd' reads a title forwards, 'back' backwards, 'cap' forwards when capitalised; 'lax' forwards
// after a trigger strong enough ("puesto de", "Role:") that a capitalised phrase without a known
// job word still counts.
type Dir = 'fwd' | 'back' | 'cap' | 'lax' | 'casual';
/**
 * The frame that other languages' words give slot "title <slot>" (./words.ts; the languages that
 * share a frame give the same words), before the title `then` reads; none until they are added.
 */
const frame = (slot: string, flags: string, weight: number, dir: Dir, then = F): Array<[RegExp, number, Dir]> => {
  const words = wordsOf(`title ${slot}`);
  // Grouped: languages that share a slot give one copy each (wordsOf keeps one of equal copies, both of two that differ).
  return words ? [[new RegExp(`(?:${words})${then}`, flags), weight, dir]] : [];
};
const BODY_PATTERNS = built(
  (): Array<[RegExp, number, Dir]> => [
    // Field lines: "Role: Senior Product Manager, Payments"; other languages' words (slot "field": "Poste",
    // "Stelle", "Vaga") in their place (every word that matches ends at the same colon).
    [
      new RegExp(
        String.raw`^[ \t•*-]*(?:(?:job|application)\s*)?(?:role|position|title|reference|post|posting|requisition|vacancy|opening${more('field')}|classification|job|application|rank)[ \t]*[:|][ \t]*${F}`,
        'gimu',
      ),
      5,
      'lax',
    ],
    // An app's job card: "Shift Supervisor · Camden", "Acme Health · Site Reliability Engineer".
    [new RegExp(String.raw`^${F}[^\n·]+·`, 'gmu'), 1.5, 'fwd'],
    [new RegExp(String.raw`^[^\n·]+·[ \t]+${F}`, 'gmu'), 1.5, 'fwd'],
    // An event's title: "Interview: Data Analyst", "Acme – Phone screen: Data Analyst", a scheduling tool's "30 Minute
    // Phone Screen – Field Technician", a booking tool's "Trial shift – kitchen porter". Other languages' words: slot
    // "event" ("Entrevista:", "Entretien:", "Gespräch:").
    [
      new RegExp(
        String.raw`^.{0,40}\b(?:interview|screen|call|offer letter|trial shift${more('event')})(?::| [–—-]|,) *(?=([\p{L}\d][^|\n]*))`,
        'gimu',
      ),
      3,
      'fwd',
    ],
    // "offer you the position of X", "extend you an offer for X", "application for the X", a title on the line after
    // its announcement ("the following position:")
    [
      new RegExp(
        String.raw`\b(?:offer(?:ing)?\s+you|extend(?:ing)?\s+(?:to\s+)?(?:you\s+)?(?:an?\s+)?(?:(?:formal|conditional|verbal|written)\s+)?offer(?:\s+of\s+employment)?\s+(?:for|of|as)|offer\s+(?:for|of)|appoint(?:ing)?\s+you\s+(?:as|to)|hire\s+you\s+(?:as|for)|(?:want|like|love)\s+(?:for\s+)?(?:you\s+)?(?:to\s+)?(?:be(?:come)?\s+)?(?:our|\p{Lu}\S*['’]s|to\s+have\s+you\s+(?:join\s+(?:us|\w+)\s+)?as)|interview(?:ing)?\s+(?:you\s+)?for|application\s+(?:for|to)|applying\s+(?:for|to)|applied\s+(?:for|to)|interest\s+in|candidacy\s+for|shortlisted\s+for|consideration\s+for|submission\s+for|(?:following|below)\s+(?:position|role|opportunity|vacancy|job|post):)\s+${ART}(?:(?:position|role|post|job|vacancy|opening)\s+(?:of|as)\s+(?:an?\s+)?)?${F}`,
        'giu',
      ),
      4,
      'fwd',
    ],
    // A programme named in capitals is the title itself (before "our … program" below, which wins ties otherwise): "places in our Summer Analyst Internship".
    [
      /\b(?:our|the|your|this)\s+((?:\p{Lu}[\p{L}&-]*\s+){1,5}(?:Internship|Programme|Program|Scheme|Apprenticeship|Fellowship))\b/gu,
      3,
      'cap',
    ],
    // "the X position/role/job/opening", "the X thing" (casual), "your X interview", "the X hiring team"
    [
      new RegExp(
        String.raw`\b(?:the|our|a|an|this|your|that|his|her|their)\s+${T}\s+(?:position|role|job|opening|vacancy|post|place|spot|opportunity|gig|seat|program|programme|scheme|appointment|hire|hiring team|search|recruitment|contract|onsite|on-site|interview|screen|loop|offer|thing)(?![\p{L}-])|\byour\s+${T}\s+(?:application|candidacy|take-home|assessment)\b`,
        'giu',
      ),
      3,
      'back',
    ],
    [new RegExp(String.raw`\bas\s+(?:an?|our|the|my|your)\s+(?:new\s+)?${F}`, 'giu'), 2.5, 'fwd'],
    // "as Contract Brand Designer", "als Tischlergeselle", "comme vendeuse", "como Cajero/a", "en qualité d'ingénieur"
    // (no article, so the title must hold a job noun); "opening for a X", "the role is X".
    [
      new RegExp(
        String.raw`\b(?:(?:as|als|como|comme|seas|sejas)\s+(?!(?:an?|the|our|my|your|o|os|el|la|los|las|le|les)\s)|en\s+qualit[ée]\s+d(?:e\s+|['’])|(?:opening|vacancy|position|role|opportunity|job|need|looking)\s+for\s+(?:an?|the|our)\s+|(?:role|position|job)\s+is(?:\s+(?:an?|the|our))?\s+)${F}`,
        'giu',
      ),
      3,
      'fwd',
    ],
    // de: "Stelle als …", "Position …"; a title joined to the word for the post: "die PTA-Stelle", "die
    // Backend-Engineer-Stelle", "de Monteur-vacature" (de, nl).
    ...frame('de', 'gu', 4, 'lax'),
    ...frame('de 2', 'gu', 2, 'fwd'),
    ...frame('joined', 'gu', 3, 'lax', ''),
    // "the post of X", "appointed to the office of Sexton"; fr; applied as: "beworben als …", "gesolliciteerd als …", "postularte para …".
    [
      new RegExp(
        String.raw`\b(?:(?:position|post|role|to\s+the\s+office)\s+of(?:\s+an?)?\s${['post of fr', 'post of de nl', 'post of es pt'].map(more).join('')})\s*${F}`,
        'giu',
      ),
      4,
      'lax',
    ],
    // es, pt, nl: "puesto de …", "vaga de …", "functie van …".
    ...frame('es pt nl', 'giu', 3, 'lax'),
    // Casual mail names the job in lower case in a frame: "be our regular dog walker", "hiring a vet receptionist",
    // "went with another nanny"; other languages' words (slot "need": "suchen", "zoeken", "buscamos") with them. "The
    // hiring manager" is a person, not a job hired for.
    [
      new RegExp(
        String.raw`\b(?:be(?:ing|come)?|hir\w*(?!\s+managers?\b)|need\w*|looking\s+for|seeking|use|(?:go\w*|went)\s+with|decided\s+on|stretch\s+to|room\s+for${more('need')})\s+(?:(?:the\s+\p{L}+['’]s?|${DET}|his|her|another)\s+)?${F}`,
        'giu',
      ),
      2,
      'casual',
    ],
    // Spanish and Portuguese name a job by "de" and the job noun in lower case, without an article: "nos quedamos
    // contigo, de camarero en la terraza", "precisam de ajudante de cozinha"; not "etapa de entrevista técnica"
    // (slot "title casual": case matters).
    ...frame('casual', 'gu', 2, 'casual'),
    // A title opening a sentence, a line or what follows a colon, before its hours or terms: "Apprentice electrician,
    // 4 days a week", "Labourer to start", "it's yours: Pipe Fitter, full time", "Analyst, base £60,000", "kitchen porter
    // sat sun 8 till 4".
    [
      new RegExp(
        String.raw`(?<=^[-•* ]*|[.!?:] +)(\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3})(?:, +(?=\d|[£$€]|(?:${WD})${R}|full|part|perm|temp|base\b|salary\b)| to start\b| (?=(?:${WD})${R}))`,
        'gimu',
      ),
      2,
      'casual',
    ],
    // A sentence that opens with the terms names the job after them: "Full-time Shift Electrician, rotating days".
    [
      /(?<=^[-•* ]*|[.!?:] +)(?:full|part)[- ]time (\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*){0,3})(?=[,.;])/gimu,
      2,
      'casual',
    ],
    // A platform relaying a message names the job it is about: "sent you a message about your application: Barista".
    [new RegExp(String.raw`\byour application: ${F}`, 'giu'), 3, 'lax'],
    // "next step for Assistant Store Manager", "entrevista para recepcionista": the weakest frame, last so that it
    // loses ties; a job noun required.
    [new RegExp(String.raw`\b(?:for|para|pour|voor)\s+(?:an?\s+|the\s+)?${F}`, 'giu'), 1, 'fwd'],
  ],
);

/** Words of a subject that are no title; other languages' (./words.ts, slot "subject noise"; no two of them match at the same place) after "trial". */
const SUBJECT_NOISE = built(
  () =>
    new RegExp(
      String.raw`\b(?:re|fwd?|aw|wg|tr|rv|antw|sv)\s*:|\b(?:(?:conditional|revised|formal|verbal|written|job|contract|final|your|our|an?|the|summer|seasonal)\s+)*(?:offer(?:\s+(?:of\s+(?:employment|contract|appointment)|letter|details|approval|inside|for|of))?)\b|\b(?:(?:phone|video|panel|technical|onsite|on-site|in-person|first|second|third|final|oral\s+board|working|virtual)\s+)*(?:interview|screen)(?:\s+(?:request|itinerary))?\b|\binvit(?:ation|ed?)(?:\s+to)?\b|\b(?:your\s+)?application(?:\s+(?:to|for|with|at|received))?\b|\bassessment\s+(?:day|centre|center)\b|\b(?:update|outcome|results?|status|decision|feedback|confirmed|confirmation|scheduled|rescheduling|reschedule|next\s+steps?|round\s+\w+|shortlist(?:ing|ed)?|selection|notice|regarding|about|re|candidate|following\s+up)\b|\b(?:\p{L}*(?:interview|procedure)|trial(?:\s+shift)?${more('subject noise')})\b`,
      'giu',
    ),
);
// Dates, references and years in a subject: "Tue 3/10", "March 10", "10 mars", "Ref #4471", "2026-27".
const SUBJECT_DATES = new RegExp(
  String.raw`${L}(?:${WD})${R}\.?|${L}(?:${MON})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}\s+(?:${MON})${R}|\b(?:today|tomorrow|tmrw|next\s+week)\b|[!?🎉🚀]+|\b(?:ref(?:erence)?|req|exam|job\s+id|referenz|kennziffer|r[ée]f|recruitment|announcement|posting|requisition|vacancy|vacaturenummer)\b\.?\s*#?\s*[\w-]*\d[\w/-]*|#\s*[\w-]*\d[\w-]*|\b20\d\d(?:\s*[-–/]\s*\d{2,4})?\b`,
  'giu',
);

/**
 * A subject part without the company's name (`lowCompany`, lower-cased): at its start when more
 * words follow ("Acme Analyst role" -> " Analyst role"), or at its end ("Analyst – Acme"), each
 * with the spaces around it. Compared in lower case rather than with a pattern made from the name:
 * each such pattern is compiled again, and every email names another company.
 */
function withoutCompany(part: string, lowCompany: string): string {
  const low = part.toLowerCase();
  // Lower-casing kept every length (it does for nearly all text): offsets in `low` are offsets in `part`.
  if (low.length !== part.length) return part;
  const start = low.length - low.trimStart().length;
  if (low.startsWith(lowCompany, start)) {
    // (another word follows, and a space after it)
    const rest = part.slice(start + lowCompany.length).trimStart();
    if (/^\S+\s/.test(rest)) return ` ${rest}`;
  }
  const end = low.trimEnd().length;
  return low.endsWith(lowCompany, end) ? `${part.slice(0, end - lowCompany.length).trimEnd()} ` : part;
}

function subjectParts(subject: string, company: string): string[][] {
  // Each subject part, and for titles with a qualifier ("Technician – QC Microbiology") the pair joined.
  // A quoted title: You've been invited to interview for "Video Editor for YouTube channel".
  const quoted = /["“]([^"“”]{3,80})["”]/u.exec(subject);
  if (quoted) return [[quoted[1] ?? '', '']];
  // German titles name both genders: "Berater:in", "Referentin / Referent".
  // A stage after a dash is no qualifier: "Solutions Engineer – Hiring Manager Interview".
  const raw = subject
    .replace(STAGE, '')
    .split(/\s*(?:[|–—]|:(?!in\b))\s*|\s+-\s+|\s+@\s+|(?<!\p{Ll}{3}in)\s+\/\s+|\s+\bat\b\s+/u);
  const parts: string[] = [];
  const lowCompany = company.toLowerCase();
  for (const p of raw) {
    let t = p.replace(REF_PAREN, ' ').replace(SUBJECT_NOISE(), ' ').replace(SUBJECT_DATES, ' ');
    if (company) t = withoutCompany(t, lowCompany);
    t = t.replace(/\s+/g, ' ').trim();
    parts.push(t);
  }
  return parts.map((p, i) => [p, parts[i + 1] ?? '']);
}

export function findRole(prep: Prepared, company: string | null): string | null {
  const cands: Cand[] = [];
  const co = company ? company.toLowerCase() : '';
  const cw = co.split(' ');
  const add = (raw: string | undefined, score: number, dir: Dir | 'whole' = 'fwd', strict = true): void => {
    if (!raw || cands.length >= 60) return;
    if (dir === 'cap' && !/^[\p{Lu}]/u.test(raw)) return;
    // A casual frame's title ends at its clause, is short, holds a job word and is more than a bare "hand" or "crew".
    // Read in lower case, so that a title in sentence case ("Kitchen porter") is not cut at its second word.
    if (dir === 'casual') raw = raw.split(/[,;:.!?]/)[0] ?? '';
    const low = dir === 'casual' ? raw.toLowerCase() : raw;
    let t = cleanRole(low, strict && dir !== 'lax', prep.lang, dir === 'back' || dir === 'whole' ? dir : 'fwd');
    if (t && low !== raw) t = raw.substr(low.indexOf(t), t.length);
    if (
      !t ||
      (dir === 'casual' && (t.split(' ').length > 4 || !ROLE_HEAD.test(t) || /^(?:on .*|hand|crew|staff)$/i.test(t)))
    )
      return;
    // "Coordenador de Logística da Vértice Logística", "Analyst, Acme", "Bookkeeper for Acme Dental" (Acme Dental
    // Group), "Cuisinier polyvalent – Maison Péclet Lyon Part-Dieu": the employer is not part of the title. (After a
    // dash, only a name with more after it or a company word: "Assistant Buyer – Outdoor Living" is a qualifier, whatever
    // the employer was taken to be.)
    const k = co ? t.toLowerCase().indexOf(cw.slice(0, 2).join(' ')) : -1;
    const before = t.slice(0, k);
    const tail =
      k > 0
        ? (/(?:,|(?:\s+\p{Ll}+){1,2})\s+$/u.exec(before) ??
          (t.length > k + co.length || COMPANY_WORD.test(co) ? / [–—-]\s+$/.exec(before) : null))
        : null;
    if (tail) t = t.slice(0, tail.index);
    // "the Acme Retail Management Trainee scheme": the employer's name before the title.
    else if (!k) {
      const ws = t.split(' ');
      let j = 0;
      while (j < ws.length && ws[j]?.toLowerCase() === cw[j]) j++;
      // "Border Force Officer": not down to a bare head noun.
      if (ROLE_HEAD.test(ws.slice(j).join(' ')) && ws.length - j > 1) t = ws.slice(j).join(' ');
    }
    if (co && t.toLowerCase() === co) return;
    cands.push({ text: t, score, s: dir === 'whole' });
  };
  // The subject's parts too, each a line, weighing little: "Sobre a vaga de ajudante de cozinha".
  const subjectLines = prep.subject.replace(/ [–—|-] |:(?!in\b)/g, '\n');
  const text = `${subjectLines}\n${prep.lines.slice(0, prep.sigStart).join('\n').slice(0, 6_000)}`;
  for (const [re, w, dir] of BODY_PATTERNS()) {
    // exec, not matchAll, which makes a copy of the pattern and an iterator for each of these
    // forty-odd patterns an extraction (about 1 µs each).
    re.lastIndex = 0;
    let n = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // An empty match moves on by a character (a code point), as matchAll does.
      if (!m[0]) re.lastIndex = m.index + (re.unicode && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      if (++n > 12) break;
      // "vacature intussen ingevuld": a lower-case phrase is a title only after a linking word ("poste de", "als").
      // "días Javier": \b falls inside a word after an accented letter.
      if (/\p{L}/u.test(text[(m.index ?? 0) - 1] ?? '')) continue;
      const linked = /(?:\b(?:de|del|da|do|van|voor|als|como|comme|para|que|of)|['’])\s*$/iu.test(m[0]);
      add(
        m[1],
        (m.index ?? 0) < subjectLines.length ? 0.5 : w,
        dir === 'lax' && !linked && !/^\p{Lu}/u.test(m[1] ?? '') ? 'fwd' : dir,
      );
    }
  }
  for (const [p, next] of subjectParts(prep.subject, co)) {
    if (!p) continue;
    const joined = next ? `${p} – ${next}` : '';
    const found = cands.length;
    if (joined && (text.includes(joined) || text.includes(joined.replace('–', '-')))) add(joined, 3.5, 'whole');
    else add(p, 3, 'whole');
    // A subject that is the job, in lower or sentence case ("tour guide", "Front desk", "junior dev thing"): read as
    // a casual frame's title is, so it must hold a job noun; weighing less than a title the body names.
    if (cands.length === found) add(p, 1, 'casual');
  }
  // A cover note naming no title: the forwarded or quoted message's words, all of them ("as a …" too).
  if (cands.length === 0 && prep.quoted) {
    for (const [re, w, dir] of BODY_PATTERNS()) {
      re.lastIndex = 0;
      for (const m of prep.quoted.matchAll(re)) add(m[1], w / 2, dir);
    }
  }
  if (cands.length === 0) return null;
  // Group by the title without qualifiers; agreement between sources adds up.
  const core = (t: string): string =>
    t
      .toLowerCase()
      .replace(/\([^)]*\)/g, '')
      .replace(/[^\p{L}\d]+/gu, ' ')
      .trim();
  interface Group {
    best: Cand;
    score: number;
  }
  const groups: Group[] = [];
  // A title written out further in one place ("Desarrollador Frontend Semi Senior" where the subject says
  // "Desarrollador") is the fuller title. Not after a comma or a bracket, which add a ward, a place or a note,
  // nor before a frame noun, which names the occasion ("Cabin Crew Assessment Day").
  const fuller = (x: string, y: string): boolean =>
    x.startsWith(y) &&
    // "Berater:in", "Sachbearbeiter*in", "Angestellte/r": the same word for both genders.
    /^(?:[:*]in|\/r)?(?: \p{L}|$)/u.test(x.slice(y.length)) &&
    x !== y &&
    !TRAIL_NOUN().test(x.slice(y.length).split(' ', 2).join(' '));
  for (const c of cands) {
    const k = core(c.text);
    let g = groups.find((x) => {
      const kx = core(x.best.text);
      return kx === k || (k.length >= 4 && kx.startsWith(`${k} `)) || (kx.length >= 4 && k.startsWith(`${kx} `));
    });
    if (!g) {
      g = { best: c, score: 0 };
      groups.push(g);
    }
    g.score += c.score;
    const b = g.best.text;
    // A subject's "front desk" does not replace the body's "Front desk receptionist", whatever their case; but a longer
    // reading replaces only a title in its own case (in lower case it is more often the sentence going on).
    if (
      fuller(c.text, b) ||
      (c.score > g.best.score && !fuller(b.toLowerCase(), c.text.toLowerCase())) ||
      (c.score === g.best.score && c.text.startsWith(`${b} `))
    )
      g.best = c;
  }
  groups.sort((a, b) => b.score - a.score);
  const top = groups[0]?.best.text ?? '';
  // "Care Assistant" in the subject, "as a Dementia Care Assistant" in the body: a title read in the body with a word
  // or two before the best is the title written out further (not a possessive: "Acme's QA Architect").
  const best =
    cands.find(
      (c) =>
        c.score >= 2 &&
        !c.s &&
        c.text.toLowerCase().endsWith(` ${top.toLowerCase()}`) &&
        /^[^\s'’]+ (?:[^\s'’]+ )?$/.test(c.text.slice(0, -top.length)),
    )?.text ??
    (top || null);
  // "Orderpicker Venlo", "ICU RN, Tucson", "Pflegefachkraft Station 4B": when the title is also written without
  // the name after it, and the email names that place on its own too ("klant in Venlo", "our Tucson campus"), the
  // name is where the job is, not part of its title.
  const place = best && /^(.*\p{L}\)?)(?:,|\s[–—-])?\s(\p{Lu}[\p{L}\d-]*(?: [\p{Lu}\d][\p{L}\d-]*)?)$/u.exec(best);
  return place?.[1] &&
    cands.some((c) => core(c.text) === core(place[1] ?? '')) &&
    prep.newest.split(place[2] ?? '').length > prep.newest.split(place[0]).length
    ? place[1]
    : best;
}
