/**
 * The eager part of detection for the content script: a cheap gate that tells whether an email
 * can be a job email at all, and `classifyLazily`, which loads the full classifier (rules for six
 * languages, ~20 KB gzip) with import() only for emails that pass the gate. The gate looks for
 * word stems that every offer, rejection or interview email uses in one of the six languages; it
 * may let through emails that are not job emails (the classifier then says "other"), and is
 * checked on the corpus to let through every job email the classifier recognises.
 */
import type { Classification, EmailInput } from './types';

const STEMS = [
  // English
  'offer|interview|applica|applied|candida|position|role|job|hiring|hire|recruit|vacanc|opening|employ|salary|wage|stipend',
  'contract|intern|shortlist|unfortunat|regret|unsuccessful|sorry|schedul|availab|assessment|screen|trial|congrat|welcome',
  'talent|career|resume|decision|successful|rescind|withdr|select|onboard|join|start date|team|appointment|cv|pay|panel',
  // German, French, Spanish, Portuguese, Dutch
  'angebot|bewerb|stelle|gespr|vorstellung|einladung|zusage|absage|leider|vertrag|einstell|probe|termin|kandidat',
  'offre|poste|entretien|embauche|recrut|malheureusement|propos|convoc|rencontr|stage|regret|retenu|cdi|cdd',
  'oferta|puesto|entrevista|lamentablemente|vacante|seleccion|propuesta|contrat|incorpora|cargo|plaza',
  'proposta|vaga|infelizmente|selecionad|contrata|admiss|convid|equipa|equipe|estagio|estágio',
  'aanbod|sollicit|functie|vacature|gesprek|helaas|uitnodig|aangenomen|aanwerv|bieden|salaris|kennismak',
].join('|');

const GATE = new RegExp(STEMS, 'i');
/** Zero-width and bidi controls and soft hyphens, which could split a stem. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** Cyrillic and Greek letters that look like Latin ones, and what they look like. */
const LOOKALIKES = /[АВЕКМНОРСТХаеорсухіјѕΑΒΕΗΙΚΜΝΟΡΤΧΥΖοιν]/g;
const LOOKALIKE_FROM = 'АВЕКМНОРСТХаеорсухіјѕΑΒΕΗΙΚΜΝΟΡΤΧΥΖοιν';
const LOOKALIKE_TO = 'ABEKMHOPCTXaeopcyxijsABEHIKMNOPTXYZoiv';

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
let classifier: Classify | null = null;
let loading: Promise<Classify> | null = null;

/** Loads the full classifier once; later calls share the same load. */
export function loadClassifier(): Promise<Classify> {
  loading ??= import('./classify').then((module) => {
    classifier = module.classifyEmail;
    return classifier;
  });
  return loading;
}

/**
 * Classifies synchronously when it can: 'other' for an email the gate stops (language not
 * detected: 'en'), the classifier's result once it is loaded; null while it is not loaded yet.
 * The content script uses this to put the control on screen in the same frame it read the email.
 */
export function classifyNow(email: EmailInput): Classification | null {
  if (!mightBeJobEmail(email)) return { ...OTHER };
  return classifier ? classifier(email) : null;
}

/** Classifies like classifyEmail, loading the classifier only when the gate passes. */
export async function classifyLazily(email: EmailInput): Promise<Classification> {
  return classifyNow(email) ?? (await loadClassifier())(email);
}
