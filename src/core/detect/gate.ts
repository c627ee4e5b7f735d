/**
 * The eager part of detection for the content script: a cheap gate that tells whether an email
 * can be a job email at all, and `classifyLazily`, which loads the classifier with import() only
 * for emails that pass the gate: its engine with the rules that apply to every email (engine.ts,
 * rules.ts), and the rules of the email's language (rules-<code>.ts), the first time an email in
 * that language comes. The results are those of classifyEmail (classify.ts, which
 * holds every language's rules), except that an email the gate stops is 'other' with no
 * evidence. The gate looks for
 * word stems that every offer, rejection or interview email uses in one of the six languages; it
 * may let through emails that are not job emails (the classifier then says "other"), and is
 * checked on the corpus to let through every job email the classifier recognises.
 */
import { LOOKALIKE_FROM, LOOKALIKE_TO } from './lookalikes';
import type { Classification, EmailInput } from './types';

const STEMS = [
  // English
  'offer|interview|applica|applied|candida|position|role|job|hiring|hire|recruit|vacanc|opening|employ|salary|wage|stipend',
  'contract|intern|shortlist|unfortunat|regret|unsuccessful|sorry|schedul|availab|assessment|screen|trial|congrat|welcome',
  'talent|career|resume|decision|successful|rescind|withdr|select|onboard|join|start date|team|appointment|cv|pay|panel',
  'want you|want u|you to come|you to join|assignment|locum',
  // German, French, Spanish, Portuguese, Dutch
  'angebot|bewerb|stelle|gespr|vorstellung|einladung|zusage|absage|leider|vertrag|einstell|probe|termin|kandidat',
  'offre|poste|entretien|entrevue|embauche|recrut|malheureusement|propos|convoc|rencontr|stage|regret|retenu|cdi|cdd',
  'oferta|puesto|entrevista|lamentablemente|vacante|seleccion|propuesta|contrat|incorpora|cargo|plaza|camarer|unieras|prolong',
  'proposta|vaga|infelizmente|selecionad|contrata|admiss|convid|equipa|equipe|estagio|estágio',
  'ter como|bem-vind|aprovad|salari|salári|equipo|postula|posici|bring you on|aboard',
  'aanbod|sollicit|functie|vacature|gesprek|helaas|uitnodig|aangenomen|aanwerv|bieden|salaris|kennismak',
  'voorstel|bruto|vakantiegeld|arbeidsvoorwaarden',
].join('|');

const GATE = new RegExp(STEMS, 'i');
/** Zero-width and bidi controls and soft hyphens, which could split a stem. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Cyrillic and Greek letters that look like Latin ones. */
const LOOKALIKES = new RegExp(`[${LOOKALIKE_FROM}]`, 'g');

/** Subject and body (the first 64 KB) mention something a job email would. Linear, cheap. */
export function mightBeJobEmail(email: EmailInput): boolean {
  try {
    const subject = typeof email?.subject === 'string' ? email.subject.slice(0, 1000) : '';
    const body = typeof email?.body === 'string' ? email.body.slice(0, 65536) : '';
    const text = `${subject}\n${body}`.replace(INVISIBLE, '');
    return (
      GATE.test(text) || GATE.test(text.replace(LOOKALIKES, (c) => LOOKALIKE_TO.charAt(LOOKALIKE_FROM.indexOf(c))))
    );
  } catch {
    return true;
  }
}

const OTHER: Classification = { kind: 'other', confidence: 0.9, evidence: [], language: 'en' };

type Classify = (email: EmailInput) => Classification;
type Loader = typeof import('./loader');

let loader: Loader | null = null;
let loaderLoad: Promise<Loader> | null = null;
/** Emails classifyNow answered null for, for loadClassifier to load what they need. */
let deferred: EmailInput[] = [];

function load(): Promise<Loader> {
  loaderLoad ??= import('./loader').then((module) => {
    loader = module;
    return module;
  });
  return loaderLoad;
}

/**
 * Classifies synchronously when it can: 'other' for an email the gate stops (language not
 * detected: 'en'), the classifier's result once the engine and the rules the email needs are
 * loaded; null while they are not (their load is then started). The content script uses this to
 * put the control on screen in the same frame it read the email.
 */
export function classifyNow(email: EmailInput): Classification | null {
  if (!mightBeJobEmail(email)) return { ...OTHER };
  const result = loader?.classifyEmail(email);
  if (result !== undefined && typeof result !== 'string') return result;
  deferred.push(email);
  if (deferred.length > 8) deferred.shift();
  if (loader && result !== undefined) void loader.loadRules(result).catch(() => undefined);
  else void load().catch(() => undefined);
  return null;
}

/** Classifies like classifyEmail, loading the engine and the rules it needs only when the gate passes. */
export async function classifyLazily(email: EmailInput): Promise<Classification> {
  if (!mightBeJobEmail(email)) return { ...OTHER };
  return (await load()).classifyLoading(email);
}

/**
 * Loads the engine and the rules that the emails classifyNow answered null for need; resolves to
 * a synchronous classifier. (classifyLazily does the same for one email.) The classifier
 * classifies an email whose rules are still not loaded with the rules that are: await
 * classifyLazily for such an email instead.
 */
export async function loadClassifier(): Promise<Classify> {
  const loaded = await load();
  const waiting = deferred;
  deferred = [];
  await Promise.all(waiting.map((email) => loaded.classifyLoading(email)));
  return (email) => classifyNow(email) ?? loaded.classifyWithLoadedRules(email);
}
