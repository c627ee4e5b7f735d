/**
 * extractDetails with the words of every language (words-<code>.ts), for the CLI, the tests and
 * the tools, as classify.ts is the classifier with every language's rules. The content script
 * imports ./lazy.ts instead, which loads a language's words only for mail in that language.
 */
import { looksLikeInterview } from './cue';
import { extractDetails } from './details';
import { setInterviewCheck } from './when';
import { addWords } from './words';
import { WORDS as de } from './words-de';
import { WORDS as es } from './words-es';
import { WORDS as fr } from './words-fr';
import { WORDS as nl } from './words-nl';
import { WORDS as pt } from './words-pt';

for (const words of [de, fr, es, pt, nl]) addWords(words);
// Callers that tell no kind (the tools, some tests) get extraction's own check for interview words.
setInterviewCheck(looksLikeInterview);

export type { Details, EmailInput, ExtractOptions } from './details';
export { extractDetails };
