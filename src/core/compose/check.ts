/**
 * The graciousness checker: cheap regular-expression checks that run on every keystroke in the
 * popup (well under 1 ms on a 2 KB note). Word lists cover all six languages at once, so a note
 * written in another language than the one chosen is still checked.
 */
import type { Language, Situation, Tone } from '../settings';
import type { Warning, WarningCode } from './types';

export interface CheckContext {
  situation: Situation;
  tone: Tone;
  language?: Language | null;
  recipientName?: string | null;
  company?: string | null;
  /** Text the user supplied verbatim (names, job title, signature): never judged, and not counted for length. */
  exclude?: readonly (string | null | undefined)[];
}

const L = '\\p{L}';
const word = (alternatives: string) => new RegExp(`(?<![${L}])(?:${alternatives})`, 'iu');

const NEGATIVE = word(
  [
    // en
    `insult(?:ing|ed)?(?![${L}])|waste of (?:my |our )?time|wasted my time|low-?ball|unprofessional|disappointing|disappointed (?:in|by|with)|i expected (?:better|more)`,
    `ridiculous|terrible|awful|horrible|incompetent|rude(?![${L}])|disrespectful|toxic|shame on|pathetic|unacceptable|how dare|too low|underpaid|scam(?![${L}])|clueless|arrogant|poorly (?:run|managed|organi[sz]ed)|was a (?:mess|joke)`,
    // de
    'beleidigend|zeitverschwendung|unprofessionell|enttäuschend|enttäuscht von|lächerlich|unverschämt|frechheit|inakzeptabel|katastrophal|respektlos|toxisch|schlecht organisiert|zu niedrig|unterbezahlt|zumutung|inkompetent',
    // fr
    'insultant|perte de temps|(?:peu|non) professionnel|manque de professionnalisme|décevant|déçue? par|ridicule|inacceptable|scandaleu|honteu|irrespectueu|toxique|lamentable|trop bas|sous-payé|incompétent|méprisant',
    // es, pt
    'insultante|pérdida de tiempo|poco profesional|falta de profesionalidad|decepcionante|ridícul|inaceptable|vergonzos|irrespetuos|tóxic|demasiado baj|incompetente|una vergüenza|una broma',
    'ofensiv|perda de tempo|pouco profissional|falta de profissionalismo|inaceitável|vergonhos|desrespeitos|muito baix|uma piada',
    // nl
    'beledigend|tijdverspilling|zonde van (?:mijn|de) tijd|onprofessioneel|teleurstellend|belachelijk|onacceptabel|schandalig|respectloos|te laag|een grap',
  ].join('|'),
);

const APOLOGY = new RegExp(
  `(?<![${L}])(?:sorry|apologi[sz]e|apologies|entschuldig|tut mir (?:${L}+ )?leid|désolée?|m'excuse|excusez|pardon|lo siento|disculp|perdón|desculp|sinto muito|lamento|excuses|excuseer|het spijt me)`,
  'giu',
);
const INTENSE_APOLOGY = word(
  '(?:so|really|terribly|deeply|very|truly|so very) sorry|sincerely apologi|tut mir (?:so|sehr|wirklich|furchtbar|schrecklich) leid|vielmals|(?:vraiment|profondément|sincèrement) désolé|mille excuses|lo siento (?:mucho|muchísimo)|mil disculpas|mil desculpas|sinto muitíssimo|het spijt me (?:echt|heel erg|zeer|enorm)|heel erg sorry',
);
const THANKS = word(
  'thank|grateful|appreciat|dank|merci|remerci|reconnaissan|gracias|agradec|agradez|agradeç|obrigad|bedank',
);
const DOOR = word(
  'futur|stay(?:ing)? in touch|keep(?:ing)? in touch|(?:stay|keep) connected|in contact|paths cross|cross paths|keep me in mind|work together|kontakt|zukunft|zukünftig|künftig|wege|wiedersehen|contact|avenir|chemins|recroiser|contacto|caminos|contato|caminhos|toekomst|wegen',
);

const SALUTATION_ALONE = `dear|beste|geachte|liebe|lieber|sehr geehrte${L}*|cher|chère|estimad${L}*|prezad${L}*`;
const SALUTATION_GAP = 'hi|hello|hey|hallo|guten tag|bonjour|hola|olá|oi|hoi|goedendag|buenos días|bom dia';
const PLACEHOLDER = new RegExp(
  [
    '\\[[^\\]\\n]{0,40}\\]',
    '\\{[^}\\n]{0,40}\\}',
    '<\\s*[A-Za-z][\\w .-]{0,30}>',
    '(?<![\\w])(?:lorem ipsum|undefined)(?![\\w])',
    `(?:^|\\n)[ \\t]*(?:(?:${SALUTATION_ALONE})[ \\t]*|(?:${SALUTATION_GAP})[ \\t]+)[,:]`,
  ].join('|'),
  'iu',
);
/** Case matters: "todo" is Spanish for "all", "Nan" is a name. */
const MARKER = /(?<![\w])(?:[xX]{3,}|TODO|TBD|FIXME|NaN)(?![\w])/;
/** "null" is a word in German ("bei null anfangen"), so it is only a leftover elsewhere. */
const NULL_WORD = /(?<![\w])null(?![\w])/i;

/** Three capitalised words in a row, or one long one, reads as shouting. */
const SHOUTING = new RegExp(`(?<![${L}])(?:\\p{Lu}{2,}(?:[ \\t,]+\\p{Lu}{2,}){2,}|\\p{Lu}{7,})(?![${L}])`, 'u');

const WORD_LIMIT: Record<Tone, number> = { brief: 70, warm: 180, formal: 180 };
/** Romance languages and Dutch need more words for the same note. */
const LANGUAGE_FACTOR: Record<Language, number> = { en: 1, de: 1, fr: 1.15, es: 1.15, pt: 1.15, nl: 1.1 };
const DOOR_REQUIRED: readonly Situation[] = ['decline-offer', 'after-rejection', 'withdraw'];

/** The most words a note in this tone and language should have, not counting names and signature. */
export function wordLimit(tone: Tone, language: Language = 'en'): number {
  return Math.round(WORD_LIMIT[tone] * LANGUAGE_FACTOR[language]);
}

const OTHER = '\uE000';

/** Compiled whole-word matchers for user-supplied strings; the popup checks the same ones on every keystroke. */
const maskCache = new Map<string, RegExp>();

function matcher(text: string): RegExp {
  let re = maskCache.get(text);
  if (!re) {
    if (maskCache.size > 64) maskCache.clear();
    const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu');
    maskCache.set(text, re);
  }
  return re;
}

/** Replaces whole-word occurrences of text the user supplied verbatim by one neutral token, longest first. */
function mask(text: string, strings: readonly (string | null | undefined)[]): string {
  const list = strings
    .map((s) => s?.trim() ?? '')
    .filter((s) => s.length > 1)
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) if (out.includes(s)) out = out.replace(matcher(s), OTHER);
  return out;
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

const quote = (s: string) => `“${s.trim().slice(0, 60)}”`;

/** Whether user text is, or holds, a placeholder such as "[Name]" or "{company}". */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text) || MARKER.test(text);
}

/** Problems a short piece of user text would bring into a note (used to screen details before quoting them). */
export function badPhrase(text: string, language?: Language | null): string | undefined {
  return (
    NEGATIVE.exec(text)?.[0] ??
    PLACEHOLDER.exec(text)?.[0] ??
    MARKER.exec(text)?.[0] ??
    SHOUTING.exec(text)?.[0] ??
    (language !== 'de' ? NULL_WORD.exec(text)?.[0] : undefined)
  );
}

export function checkGraciousness(input: { subject?: string | null; body: string }, context: CheckContext): Warning[] {
  const language = context.language ?? 'en';
  const masked = mask(`${(input.subject ?? '').replace(/\n/g, ' ')}\n${input.body}`, [
    ...(context.exclude ?? []),
    context.recipientName,
    context.company,
  ]);
  const body = masked.slice(masked.indexOf('\n') + 1);
  const found: Warning[] = [];
  const add = (code: WarningCode, message: string, fix: string) => found.push({ code, message, fix });

  const placeholder =
    PLACEHOLDER.exec(masked)?.[0] ??
    MARKER.exec(masked)?.[0] ??
    (language !== 'de' ? NULL_WORD.exec(masked)?.[0] : undefined);
  if (placeholder) {
    add(
      'placeholder',
      `${quote(placeholder)} looks like a placeholder or a gap left in the note.`,
      'Replace it with the real name or words, or delete it.',
    );
  }
  const negative = NEGATIVE.exec(masked)?.[0];
  if (negative) {
    add(
      'negative-phrasing',
      `${quote(negative)} can read as criticism of them, and a critical last word burns a bridge.`,
      'Remove it. Say what you appreciated instead, and keep any reason short and neutral.',
    );
  }
  const shout = SHOUTING.exec(masked)?.[0];
  if (shout) {
    add(
      'shouting',
      `${quote(shout)} is written in capitals, which reads as shouting.`,
      'Write it in normal sentence case.',
    );
  }
  const apologies = body.match(APOLOGY)?.length ?? 0;
  if (apologies >= 2 || INTENSE_APOLOGY.test(body)) {
    add(
      'over-apology',
      apologies >= 2
        ? `The note apologises ${apologies} times; a clear, friendly decision needs no apology.`
        : 'A strong apology makes the note sound as if you did something wrong.',
      'Keep at most one short apology, or none, and thank them instead.',
    );
  }
  if (!THANKS.test(body)) {
    add(
      'missing-thanks',
      'The note does not thank them.',
      'Add a specific thank-you: for the offer, their time, or the conversation.',
    );
  }
  if (DOOR_REQUIRED.includes(context.situation) && !DOOR.test(body)) {
    add(
      'missing-door-open',
      'Nothing in the note keeps the door open for the future.',
      'End with a line such as “I would be glad to stay in touch, and I hope our paths cross again.”',
    );
  }
  const name = context.recipientName?.trim();
  if (name) {
    const lower = input.body.toLowerCase();
    const parts = name
      .toLowerCase()
      .split(/\s+/)
      .filter((p) => [...p].length > 1);
    if (parts.length && !parts.some((p) => lower.includes(p))) {
      add(
        'missing-name',
        `The note does not address ${name} by name.`,
        `Greet them by name, e.g. “Hi ${name.split(/\s+/)[0]},”.`,
      );
    }
  }
  const words = countWords(body);
  const limit = wordLimit(context.tone, language);
  if (words > limit) {
    add(
      'too-long',
      `The note has ${words} words; a ${context.tone} note reads best in ${limit} or fewer.`,
      'Keep the thanks, the point of the note and one closing line; cut the rest.',
    );
  }
  return found;
}
