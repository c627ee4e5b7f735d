/**
 * Detection, eager part: what the content script loads on every webmail page. Extraction
 * (company, role, contacts, interview time) lives in ./extract and is loaded with a dynamic
 * import() only for job emails, so it is deliberately not re-exported here.
 */
export { classifyEmail } from './classify';
export { capInput, cleanText, INPUT_CAP, type MessageParts, newestMessage } from './text';
export type { Classification, Details, EmailInput, EmailKind, ExtractOptions } from './types';
