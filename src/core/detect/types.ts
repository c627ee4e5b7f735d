/** Shapes shared by the two detection steps (contract 1 in ../shared/design.md). */
import type { Contact } from '../messages';
import type { Features } from './features';

export type EmailKind = 'offer' | 'rejection' | 'interview' | 'other';

/** The kinds in the order the classifier's scores and the second opinion's weights use. */
export const KINDS: readonly EmailKind[] = ['offer', 'rejection', 'interview', 'other'];

/** One email as the webmail adapters and the CLI hand it to detection. */
export interface EmailInput {
  subject: string;
  /** Like `Dana Lee <dana@acme.example>`, or a bare address. */
  from: string;
  to?: string;
  /** ISO-8601; relative dates in the body are read against it. */
  date?: string;
  /** Plain text, newest message first, quoted history possibly below. */
  body: string;
}

export interface Classification {
  kind: EmailKind;
  /** 0..1 */
  confidence: number;
  /** Short phrases from the email that decided the kind. */
  evidence: string[];
  /** ISO 639-1 code. */
  language: string;
}

/** How the second opinion weighs the rules' kind (RulesClassification). */
export interface SecondOpinionAsk {
  onlyIfSure?: boolean;
  overruleAbove?: number | undefined;
}

/**
 * The phrase rules' classification (engine.ts). `undecided`: the second opinion (opinion.ts) is
 * asked. It decides the kind when their score is close to their threshold (engine.ts,
 * UNDECIDED_BAND), may veto a job kind they gave by a small margin (engine.ts, VETO_BAND), and in
 * the two cases below it weighs their kind as they say.
 * `onlyIfSure` (then undecided too): they say "other" with a score further below the threshold
 * (engine.ts, DOUBT_BAND), and the second opinion may make it a job email only when it is sure;
 * absent means false. `overruleAbove` (then undecided too): they did decide, but not by much, on a
 * long enough email (engine.ts, CHECK_BAND); the second opinion overrules their kind when the log
 * of its odds for another kind against theirs is above this.
 */
export interface RulesClassification extends Classification, SecondOpinionAsk {
  undecided: boolean;
  /** What the second opinion reads, when undecided (features.ts). */
  features?: Features;
}

export interface Details {
  company: string | null;
  role: string | null;
  /** First name of the signer, or null for an unsigned no-reply message. */
  contact: string | null;
  contacts: Contact[];
  /** First concrete proposed start, ISO-8601 with its UTC offset, or null. */
  interviewAt: string | null;
  /**
   * The newest message says the interview moved to another time (interviewAt is then the new one).
   * Optional so that code building a Details by hand need not say it; absent means false.
   */
  rescheduled?: boolean;
}

export interface ExtractOptions {
  /** IANA zone used when the email states none (the CLI passes TZ; default UTC). */
  timeZone?: string;
  /**
   * What the classifier called the email, when the caller has asked it (the content script and the
   * CLI do). Only an interview then has an interview time, read without extraction's own rough
   * check for interview words, which stands in for the classifier when no kind is given (and misses
   * invitations worded as "a chat at the shop", "un premier échange", "een babbel").
   */
  kind?: EmailKind;
}
