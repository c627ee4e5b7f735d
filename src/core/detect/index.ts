/**
 * Detection: classifyEmail (offer / rejection / interview / other, with evidence and language)
 * and the text preprocessing it uses. Extraction (company, role, contacts, interview time) lives
 * in ./extract and is loaded with import() only for job emails, so it is not re-exported here.
 *
 * The full classifier holds the rules of six languages. A content script that must stay small
 * should use './lazy' instead: it loads the engine with import() and a language's rules only for
 * mail in that language, and returns the same results.
 */
export { classifyEmail } from './classify';
export { capInput, cleanText, INPUT_CAP, type MessageParts, newestMessage } from './text';
export type { Classification, Details, EmailInput, EmailKind, ExtractOptions } from './types';
