import type { Situation } from '../settings';

export const ROLES = ['recruiter', 'hiring-manager', 'interviewer'] as const;
export type Role = (typeof ROLES)[number];

export const WARNING_CODES = [
  'placeholder',
  'negative-phrasing',
  'shouting',
  'over-apology',
  'missing-thanks',
  'missing-door-open',
  'missing-name',
  'too-long',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Why a note may hurt the last impression (`message`) and what to change (`fix`). */
export interface Warning {
  code: WarningCode;
  message: string;
  fix: string;
}

export interface Draft {
  subject: string;
  body: string;
  warnings: Warning[];
}

/** Phrases for one role each, in the order of `ROLES`. */
export type ByRole<T> = [recruiter: T, hiringManager: T, interviewer: T];
/** Phrases for one tone each: formal, warm, brief. */
export type ByTone<T> = [formal: T, warm: T, brief: T];

/**
 * Templates: `{co}`, `{job}`, `{title}`, `{day}`, `{by}`, `{topic}`, `{hl}`, `{tag}`, `{first}`, `{full}` are slots;
 * `{a|b}` picks `a` for the formal tone and `b` otherwise (`{a|b|c}`: formal, warm, brief);
 * `[x|y]` is the first option whose slots are all filled, or nothing.
 */
export interface SituationText {
  subj: string;
  /** Opening thanks, specific to who reads it. */
  thank: ByRole<string[]>;
  /** The point of the note: the decision, the acceptance, the request for time. */
  main: string[];
  /** The last line: keeps the door open or names the next step. */
  end: string[];
  /** The last line of a brief note. */
  short: string;
  /** Replaces the pack's role line (warm and formal only); '' drops it. */
  extra?: ByRole<string | null>;
}

export interface Pack {
  /** Salutations: formal (full name), warm and brief (first name), and without a name. */
  hi: [formal: string, warm: string, brief: string, none: string];
  bye: ByTone<string[]>;
  /** "the Senior Designer role" / "the role", ready for mid-sentence. */
  job(title: string): string;
  /** Weekday 0–6 (Sunday first) as "on Tuesday" or, with `by`, "by Tuesday". */
  day(weekday: number, by: boolean): string;
  /** Suffix for subjects naming the job and company, e.g. "[ — {title} at {co}| — {title}| — {co}]". */
  tag: string;
  /** Sentences around user details: the highlight, the interview topic, the request for feedback. */
  hl: string;
  topic: string;
  ask: string;
  /** Kind reasons: another offer, staying put, personal, not the right fit. */
  why: [other: string, stay: string, personal: string, fit: string];
  /** What this reader did for the candidate, in warm and formal notes. */
  extra: ByRole<string>;
  sit: Record<Situation, SituationText>;
  /** German starts the line after the salutation in lower case. */
  lower?: boolean;
  /** Rewrites a template for the formal tone (English expands contractions). */
  formal?(template: string): string;
}
