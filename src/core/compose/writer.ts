/**
 * The draft writer: picks phrasings from the language's phrase bank and fills in what is known.
 * Pure and deterministic: the same request always gives the same text; the variant of each part
 * comes from a hash of (recipient name, role, situation), so two notes to the same company differ.
 */
import type { Language, Tone } from '../settings';
import { badPhrase, checkGraciousness, countWords, isPlaceholder } from './check';
import { packFor } from './lang';
import type { DraftRequest } from './schema';
import type { Draft, Pack, Role } from './types';
import { weekdayOf } from './weekday';

const TONE: Record<Tone, 0 | 1 | 2> = { formal: 0, warm: 1, brief: 2 };
const ROLE: Record<Role, 0 | 1 | 2> = { recruiter: 0, 'hiring-manager': 1, interviewer: 2 };

type Vars = Record<string, string>;

const ALTERNATIVE = /\{([^{}]*\|[^{}]*)\}/g;
const OPTIONAL = /\[([^[\]]*)\]/g;
const SLOT = /\{(\w+)\}/g;

/** Fills a template (syntax in `SituationText`); values are inserted last and never parsed. */
export function render(template: string, vars: Vars, tone: number): string {
  return template
    .replace(ALTERNATIVE, (_, options: string) => {
      const list = options.split('|');
      return list[Math.min(tone, list.length - 1)] ?? '';
    })
    .replace(
      OPTIONAL,
      (_, options: string) =>
        options.split('|').find((option) => [...option.matchAll(SLOT)].every((m) => vars[m[1]!])) ?? '',
    )
    .replace(SLOT, (_, key: string) => vars[key] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ ([,.])/g, '$1');
}

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function pick<T>(list: readonly T[], seed: number, part: number): T {
  let x = seed ^ Math.imul(part + 1, 0x9e3779b1);
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x ^= x >>> 13;
  return list[(x >>> 0) % list.length]!;
}

/**
 * One line of user text, without characters that would read as template syntax; a value that is
 * itself a placeholder ("[Name]", "{company}", "TBD") counts as missing.
 */
function clean(text: string | null | undefined): string {
  if (!text || isPlaceholder(text)) return '';
  return text
    .replace(/[\p{Cc}\p{Cf}[\]{}<>]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A detail the note quotes: cleaned, without end punctuation, and dropped if it would hurt the note. */
function fragment(text: string | null | undefined, language: Language, maxWords: number): string {
  if (!text || badPhrase(text, language)) return '';
  const value = clean(text).replace(/[\s.!?,;:]+$/, '');
  return countWords(value) <= maxWords ? value : '';
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|herr|frau|m|mme|mlle|sr|sra|srta|dhr|mevr|sig|sig\.ra)\.?$/i;
const TITLE = /^(?:dr|prof)\.?$/i;

/** Full and first name; gendered honorifics are dropped, "Lee, Dana" becomes "Dana Lee". */
export function personName(raw: string | null | undefined): { full: string; first: string } {
  let name = clean(raw).replace(/^[,;\s]+|[,;\s]+$/g, '');
  const comma = name.split(/\s*,\s*/);
  if (comma.length === 2 && comma[0] && comma[1]) name = `${comma[1]} ${comma[0]}`;
  const words = name.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w) && !HONORIFIC.test(w));
  const full = words.join(' ');
  const given = words.find((w) => !TITLE.test(w)) ?? '';
  // An initial ("J. Smith") or a token without letters is no first name: use the full name.
  return { full, first: (given.match(/\p{L}/gu)?.length ?? 0) > 1 ? given : full };
}

/**
 * The user's reason is never quoted: free text can carry criticism ("salary too low"), another
 * language or broken grammar into the note. It is matched to one of four kind sentences: another
 * offer, staying in the current job, personal reasons, or (for everything else, including any
 * complaint about the company) "not the right fit for me at this time". No reason, no sentence.
 */
export function reasonKind(reason: string): 0 | 1 | 2 | 3 {
  const r = reason.toLowerCase();
  if (
    /another (?:job|offer|role|position|company)|other (?:offer|role|position)|competing|offer elsewhere|different (?:offer|role|company)|anderes? (?:angebot|stelle|jobangebot)|andere(?:n)? (?:stelle|position)|autre (?:offre|poste|proposition)|otr[ao] (?:oferta|propuesta|puesto|empresa)|outr[ao] (?:proposta|oferta|vaga|empresa)|ander(?:e)? (?:aanbod|baan|functie)/.test(
      r,
    )
  ) {
    return 0;
  }
  if (
    /\bstay|current (?:role|job|employer|company|position|team)|counter-?offer|gegenangebot|bleib|aktuellen? (?:stelle|arbeitgeber|position)|rester|poste actuel|contre-?offre|quedarme|puesto actual|contraoferta|permanecer|ficar|emprego atual|contraproposta|blijf|blijven|huidige (?:baan|werkgever|functie)|tegenbod/.test(
      r,
    )
  ) {
    return 1;
  }
  if (
    /famil|personal|persönlich|personnel|pessoa|persoonlijk|health|gesundheit|santé|salud|saúde|gezondheid|relocat|moving|umzug|déménag|mudanza|mudança|verhuiz|private|privat|privé|timing/.test(
      r,
    )
  ) {
    return 2;
  }
  return 3;
}

/** Sentences that may be dropped, in this order, when a note would run over its tone's length. */
const OPTIONAL_PARTS = ['hl', 'extra', 'ask', 'why', 'topic'] as const;
type OptionalPart = (typeof OPTIONAL_PARTS)[number];

/** Writes in the request's language, whose bank must be loaded (`loadLanguage`); English always is. */
export function writeDraft(request: DraftRequest): Draft {
  const language: Language = request.language ?? 'en';
  const pack: Pack = packFor(language);
  const { situation } = request;
  const tone = TONE[request.tone];
  const role: Role = request.recipient.role ?? (situation === 'after-interview' ? 'interviewer' : 'recruiter');
  const r = ROLE[role];
  const text = pack.sit[situation];
  const { full, first } = personName(request.recipient.name);
  const seed = hash(`${full}|${role}|${situation}`);
  const details = request.details ?? {};

  const title = clean(request.jobTitle)
    .replace(/^the\s+/i, '')
    .replace(/\s+(?:role|position)$/i, '');
  const day = weekdayOf(details.interviewDate);
  const by = weekdayOf(details.replyBy);
  const vars: Vars = {
    co: clean(request.company),
    title,
    job: pack.job(title),
    day: day >= 0 ? pack.day(day, false) : '',
    by: by >= 0 ? pack.day(by, true) : '',
    first,
    full,
  };
  vars.topic = situation === 'after-interview' ? fragment(details.interviewTopic, language, 12) : '';
  vars.hl = fragment(details.highlight, language, 20);
  vars.tag = render(pack.tag, vars, tone);

  const fill = (template: string) =>
    render(tone === 0 && pack.formal ? pack.formal(template) : template, vars, tone).trim();
  const reason = clean(details.reason);
  const full_ = tone < 2;
  const extra = text.extra?.[r] ?? pack.extra[r];
  const optional: Record<OptionalPart, string> = {
    topic: vars.topic ? fill(pack.topic) : '',
    hl: full_ && vars.hl ? fill(pack.hl) : '',
    extra: full_ && extra ? fill(extra) : '',
    why:
      reason && (situation === 'decline-offer' || situation === 'withdraw') ? fill(pack.why[reasonKind(reason)]) : '',
    ask: full_ && situation === 'after-rejection' ? fill(pack.ask) : '',
  };

  const salutation = full ? fill(pack.hi[tone]) : fill(pack.hi[3]);
  const closing = pick(pack.bye[tone], seed, 5);
  const senderName = clean(request.sender.name);
  const signature = (request.sender.signature ?? '')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const sign = [closing];
  if (senderName && !signature.toLowerCase().startsWith(senderName.toLowerCase())) sign.push(senderName);
  if (signature) sign.push(signature);

  const thank = fill(pick(text.thank[r], seed, 1));
  const main = fill(pick(text.main, seed, 2));
  const end = fill(tone === 2 ? text.short : pick(text.end, seed, 3));
  const subject = fill(text.subj);
  const context = {
    situation,
    tone: request.tone,
    language,
    recipientName: full,
    company: vars.co,
    exclude: [senderName, signature, title, first],
  };

  const compose = (dropped: ReadonlySet<OptionalPart>): Draft => {
    const keep = (part: OptionalPart) => (dropped.has(part) ? '' : optional[part]);
    let opening = [thank, keep('topic'), keep('hl'), keep('extra')].filter(Boolean).join(' ');
    if (pack.lower) opening = opening.charAt(0).toLowerCase() + opening.slice(1);
    const middle = [main, keep('why'), keep('ask')].filter(Boolean).join(' ');
    const paragraphs = tone === 2 ? [opening, `${middle} ${end}`] : [opening, middle, end];
    const body = [salutation, ...paragraphs, sign.join('\n')].join('\n\n');
    return { subject, body, warnings: checkGraciousness({ subject, body }, context) };
  };

  const dropped = new Set<OptionalPart>();
  let draft = compose(dropped);
  for (const part of OPTIONAL_PARTS) {
    if (!draft.warnings.some((w) => w.code === 'too-long')) break;
    dropped.add(part);
    draft = compose(dropped);
  }
  return draft;
}
