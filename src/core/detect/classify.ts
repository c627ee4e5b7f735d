/**
 * classifyEmail: is this email an offer, a rejection, an interview invitation, or none of these?
 * The whole classifier: the engine (engine.ts) with the rules of every language added, and the
 * second opinion (opinion.ts) where the rules are undecided; for the CLI, tests and tools. The
 * content script loads the engine and one language's rules at a time instead (lazy.ts), and asks
 * the worker, which holds the second opinion, about an undecided email; so they agree.
 */
import { addRules, classifyEmail as classifyLoaded } from './engine';
import { decideUndecided } from './opinion';
import { RULES as DE } from './rules-de';
import { RULES as EN } from './rules-en';
import { RULES as EN_AGAINST } from './rules-en-against';
import { RULES as ES } from './rules-es';
import { RULES as FR } from './rules-fr';
import { RULES as NL } from './rules-nl';
import { RULES as PT } from './rules-pt';
import type { Classification, EmailInput, RulesClassification } from './types';

addRules('en', EN);
addRules('en-against', EN_AGAINST);
addRules('de', DE);
addRules('fr', FR);
addRules('es', ES);
addRules('pt', PT);
addRules('nl', NL);

export { type Analysis, analyse, decide, type Evidence, KINDS } from './engine';

/** What the phrase rules alone say (the content script's part of classifyEmail). Never throws. */
export function classifyByRules(email: EmailInput): RulesClassification {
  const result = classifyLoaded(email);
  // Every language's rules are there: the engine never asks for more.
  return typeof result === 'string'
    ? { kind: 'other', confidence: 0.5, evidence: [], language: result, undecided: false }
    : result;
}

/**
 * Classifies one email as offer, rejection, interview or other, with the phrases that decided
 * it. Never throws: malformed input is classified as 'other'.
 */
export function classifyEmail(email: EmailInput): Classification {
  const { undecided, onlyIfSure, overruleAbove, features, ...rules } = classifyByRules(email);
  return features ? decideUndecided(rules, features, { onlyIfSure, overruleAbove }) : rules;
}
