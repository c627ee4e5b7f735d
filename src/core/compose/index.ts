/**
 * Draft writer and graciousness checker: pure, no browser APIs. Loaded lazily on job emails.
 *
 * - `writeDraft` writes a thank-you note for one situation, tone, language and reader; its
 *   `warnings` are the checker's verdict on its own text, and always empty for a generated draft.
 *   English is always at hand; another language is written once `loadLanguage` has fetched its bank.
 * - `checkGraciousness` checks any note, including one the user has edited (runs on each keystroke).
 *
 * The user's reason for declining is never quoted, only matched to a kind sentence (see `reasonKind`).
 */
export { type CheckContext, checkGraciousness, wordLimit } from './check';
export { hasLanguage, loadLanguage } from './lang';
// The request's schema (./schema.ts) is for the command line; the extension builds its requests
// itself, so the writer it loads carries no validation library.
export type { DraftRequest } from './schema';
export { type Draft, ROLES, type Role, WARNING_CODES, type Warning, type WarningCode } from './types';
export { reasonKind, writeDraft } from './writer';
