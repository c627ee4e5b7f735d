/**
 * Detection: classifyEmail (offer / rejection / interview / other, with evidence and language)
 * and the text preprocessing it uses. Extraction (company, role, contacts, interview time) lives
 * in ./extract and is loaded with import() only for job emails, so it is not re-exported here.
 *
 * The full classifier is about 23 KB gzip (rules for six languages). A content script that must
 * stay small should import `classifyLazily` from './gate' instead: a 1 KB gate that loads this
 * module with import() only for emails that can be job emails, and returns the same results.
 */
export { classifyEmail } from './classify';
export { capInput, cleanText, INPUT_CAP, type MessageParts, newestMessage } from './text';
export type { Classification, Details, EmailInput, EmailKind, ExtractOptions } from './types';
