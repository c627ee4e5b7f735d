/**
 * classifyEmail: is this email an offer, a rejection, an interview invitation, or none of these?
 * The whole classifier: the engine (engine.ts) with the rules of every language added, for the
 * CLI, tests and tools. The content script loads the engine and one language's rules at a time
 * instead (lazy.ts); both apply the same rules to each email, so they agree.
 */
import { addRules, classifyEmail as classifyLoaded } from './engine';
import { RULES as DE } from './rules-de';
import { RULES as EN } from './rules-en';
import { RULES as EN_AGAINST } from './rules-en-against';
import { RULES as ES } from './rules-es';
import { RULES as FR } from './rules-fr';
import { RULES as NL } from './rules-nl';
import { RULES as PT } from './rules-pt';
import type { Classification, EmailInput } from './types';

addRules('en', EN);
addRules('en-against', EN_AGAINST);
addRules('de', DE);
addRules('fr', FR);
addRules('es', ES);
addRules('pt', PT);
addRules('nl', NL);

export { type Analysis, analyse, DEFAULT_PARAMS, decide, type Evidence, KINDS, type Params } from './engine';

/**
 * Classifies one email as offer, rejection, interview or other, with the phrases that decided
 * it. Never throws: malformed input is classified as 'other'.
 */
export function classifyEmail(email: EmailInput): Classification {
  const result = classifyLoaded(email);
  // Every language's rules are there: the engine never asks for more.
  return typeof result === 'string' ? { kind: 'other', confidence: 0.5, evidence: [], language: result } : result;
}
