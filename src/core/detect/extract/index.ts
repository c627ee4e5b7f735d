/**
 * extractDetails with the words of every language (words-<code>.ts), for the CLI, the tests and
 * the tools, as classify.ts is the classifier with every language's rules. The content script
 * imports ./lazy.ts instead, which loads a language's words only for mail in that language.
 */
import { classifyEmail } from '../classify';
import { looksLikeInterview } from './cue';
import { type Details, type EmailInput, type ExtractOptions, extractDetails as extractWithKind } from './details';
import { prepare } from './prepare';
import { addWords } from './words';
import { WORDS as de } from './words-de';
import { WORDS as es } from './words-es';
import { WORDS as fr } from './words-fr';
import { WORDS as nl } from './words-nl';
import { WORDS as pt } from './words-pt';

for (const words of [de, fr, es, pt, nl]) addWords(words);

export type { Details, EmailInput, ExtractOptions } from './details';

/**
 * The details of a job email. A caller that tells no kind gets the classifier's, as the content
 * script and the CLI pass theirs: no interview time for what it reads as an offer or a rejection,
 * whose first day ("start Monday at 8") or past interview is no proposed interview.
 */
export function extractDetails(email: EmailInput, options?: ExtractOptions): Details {
  if (options?.kind) return extractWithKind(email, options);
  const { kind } = classifyEmail(email);
  return extractWithKind(email, { ...options, kind: kind === 'other' && readsAsInterview(email) ? 'interview' : kind });
}

/**
 * For an email the classifier calls "other" (a caller may extract from a fragment it has too little
 * of), extraction's own check for interview words (./cue.ts) in the subject and the newest message
 * (a one-paragraph note taken whole for a signature, "Bonsoir Camille, ... RDV demain 9h30", is the
 * message) or, for a short reply, the message it quotes.
 */
function readsAsInterview(email: EmailInput): boolean {
  try {
    const prep = prepare(email);
    const body = prep.lines.slice(0, prep.sigStart).join('\n');
    const text = body.trim() ? body : prep.lines.slice(prep.sigStart).join('\n');
    return looksLikeInterview(prep.subject, text.slice(0, 40_000), prep.quoted);
  } catch {
    return false;
  }
}
