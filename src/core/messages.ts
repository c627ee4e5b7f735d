/**
 * The one typed message map of Gracious. Every message between contexts is named here with the
 * schema of its request; the worker's router validates each incoming message against it and
 * rejects anything else. Responses travel in a `Reply` envelope so errors are values, not throws.
 */
import * as v from 'valibot';
import { SITUATIONS } from './settings';
import { SettingsPatchSchema } from './settings-schema';

export const SITES = ['gmail', 'outlook'] as const;
export type Site = (typeof SITES)[number];

export const JOB_KINDS = ['offer', 'rejection', 'interview'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

const ShortText = v.pipe(v.string(), v.maxLength(500));
const Email = v.pipe(v.string(), v.maxLength(320));

export const ContactSchema = v.object({
  name: ShortText,
  email: v.nullable(Email),
  role: v.nullable(v.picklist(['recruiter', 'hiring-manager', 'interviewer'])),
});
export type Contact = v.InferOutput<typeof ContactSchema>;

/** What the content script reports about an open job email: metadata only, never the body. */
export const DetectionSchema = v.object({
  site: v.picklist(SITES),
  threadKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  kind: v.picklist(JOB_KINDS),
  company: v.nullable(ShortText),
  role: v.nullable(ShortText),
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(20)),
  interviewAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
  /** The newest email moves the interview to interviewAt (absent: false, so senders may leave it out). */
  rescheduled: v.optional(v.boolean()),
  /**
   * When the newest email was sent, as the page shows it (ISO-8601; absent when the page shows no
   * date). A reschedule read after the old interview's time still moves it, if it was sent before.
   * Free text within a length: a date the worker cannot read counts as absent, it fails nothing.
   */
  sentAt: v.optional(v.pipe(v.string(), v.maxLength(40))),
});
export type Detection = v.InferOutput<typeof DetectionSchema>;

const ReminderId = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A reminder the user asks for ("Remind me", a decision, or any note from the popup). */
export const ReminderRequestSchema = v.object({
  site: v.picklist(SITES),
  threadKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  situation: v.picklist(SITUATIONS),
  kind: v.optional(v.nullable(v.picklist(JOB_KINDS)), null),
  company: v.nullable(ShortText),
  role: v.nullable(ShortText),
  contacts: v.pipe(v.array(ContactSchema), v.maxLength(20)),
  interviewAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
  /** A due time the user chose (ms since the epoch); otherwise the settings decide. */
  dueAt: v.optional(v.nullable(Time), null),
});

/** A thread as the webmail site names it. */
export const ThreadRefSchema = v.object({
  site: v.picklist(SITES),
  threadKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

/**
 * The most feature hashes a second opinion is asked about: src/core/detect/features.ts reads at
 * most 1,000 words of the subject and 1,000 of the newest text, and a pair for each of the latter.
 */
export const SECOND_OPINION_FEATURES = 3000;

/** Who may send a message: a webmail tab's content script, or one of the extension's own pages. */
export type Origin = 'webmail' | 'extension-page';

const empty = v.optional(v.object({}), {});

/**
 * Messages handled by the service worker: name → request schema and where it may come from.
 * The response type of each lives in `WorkerResponses`.
 */
export const workerMessages = {
  ping: { from: ['webmail', 'extension-page'], request: empty },
  'settings/get': { from: ['webmail', 'extension-page'], request: empty },
  'settings/save': { from: ['extension-page'], request: SettingsPatchSchema },
  'data/export': { from: ['extension-page'], request: empty },
  /** The parsed export file; the handler validates it whole (see `readExportFile`) for a clear reason. */
  'data/import': { from: ['extension-page'], request: v.unknown() },
  'data/delete-all': { from: ['extension-page'], request: empty },
  detected: { from: ['webmail'], request: DetectionSchema },
  replied: {
    from: ['webmail'],
    request: v.object({
      site: v.picklist(SITES),
      threadKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
      to: v.pipe(v.array(Email), v.maxLength(50)),
      /** When the user's message was written, if the page shows it (ISO-8601); it decides whether a
       * reply can be an interview thank-you (written after the interview began). */
      at: v.optional(v.nullable(v.pipe(v.string(), v.isoTimestamp())), null),
    }),
  },
  /** Reminders: the popup lists all; a webmail page sees only its open thread's. */
  'reminders/list': { from: ['extension-page'], request: empty },
  'reminders/for-thread': {
    from: ['webmail', 'extension-page'],
    request: v.object({ site: v.picklist(SITES), threadKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) }),
  },
  'reminders/create': { from: ['webmail', 'extension-page'], request: ReminderRequestSchema },
  'reminders/decide': {
    from: ['webmail', 'extension-page'],
    request: v.object({ id: ReminderId, decision: v.picklist(['accept-offer', 'decline-offer', 'withdraw']) }),
  },
  /** `person` is a person's `key` on the reminder; without it, everyone on it. */
  'reminders/mark-sent': {
    from: ['webmail', 'extension-page'],
    request: v.object({ id: ReminderId, person: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(520))), null) }),
  },
  'reminders/snooze': {
    from: ['extension-page'],
    request: v.object({ id: ReminderId, until: v.optional(v.nullable(Time), null) }),
  },
  'reminders/dismiss': { from: ['webmail', 'extension-page'], request: v.object({ id: ReminderId }) },
  /** "Reminder set — Undo": closes an automatic reminder so the thread does not start it again. */
  'reminders/undo': { from: ['webmail', 'extension-page'], request: v.object({ id: ReminderId }) },
  /** "Not a job email": Gracious stays quiet on this thread from now on (kept in `hiddenThreads`). */
  'thread/hide': { from: ['webmail'], request: ThreadRefSchema },
  'thread/is-hidden': { from: ['webmail'], request: ThreadRefSchema },
  /** The site's hidden threads, read once when a webmail tab starts, so no thread open waits for the worker. */
  'thread/hidden-list': { from: ['webmail'], request: v.object({ site: v.picklist(SITES) }) },
  /**
   * The kind of an email the classifier's rules are undecided on (`kind`: what they lean to), from
   * the model the worker holds (src/core/detect/opinion.ts): the content script sends the hashes
   * of the email's words, not its text.
   */
  'second-opinion': {
    from: ['webmail'],
    request: v.object({
      kind: v.picklist([...JOB_KINDS, 'other']),
      /** The rules' "other" may become a job email only if the model is sure (RulesClassification). */
      onlyIfSure: v.optional(v.boolean()),
      /** The rules decided; the model overrules them only by more than this in log odds (RulesClassification). */
      overruleAbove: v.optional(v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(100))),
      features: v.pipe(
        v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffff_ffff))),
        v.maxLength(SECOND_OPINION_FEATURES),
      ),
    }),
  },
} as const satisfies Record<string, { from: readonly Origin[]; request: v.GenericSchema }>;

export type WorkerMessageName = keyof typeof workerMessages;
export type WorkerRequest<K extends WorkerMessageName> = v.InferInput<(typeof workerMessages)[K]['request']>;

export interface WorkerResponses {
  ping: { instanceId: string; startedAt: number; version: string };
  'settings/get': import('./settings').Settings;
  'settings/save': import('./settings').Settings;
  'data/export': import('./storage/schema').ExportFile;
  'data/import':
    | { imported: true }
    | { imported: false; problem: import('./storage/schema').ImportProblem; detail: string };
  'data/delete-all': { deleted: true };
  /** `reminder`: the thread's reminder for what was detected, if any; `created`: made just now (offer Undo). */
  detected: { acknowledged: true; reminder: ReminderView | null; created: boolean };
  /** `thanked`: how many people the reply marked thanked. */
  replied: { acknowledged: true; thanked: number };
  'reminders/list': { due: ReminderView[]; upcoming: ReminderView[]; now: number };
  'reminders/for-thread': { reminders: ReminderView[] };
  'reminders/create': ReminderResult;
  'reminders/decide': ReminderResult;
  'reminders/mark-sent': ReminderResult;
  'reminders/snooze': ReminderResult;
  'reminders/dismiss': ReminderResult;
  'reminders/undo': ReminderResult;
  'thread/hide': { hidden: true };
  'thread/is-hidden': { hidden: boolean };
  'thread/hidden-list': { threadKeys: string[] };
  'second-opinion': { kind: import('./detect/types').EmailKind };
}

type ReminderView = import('./reminders').ReminderView;
export interface ReminderResult {
  reminder: ReminderView;
  created: boolean;
}

/** Messages the worker or popup sends to a webmail tab's content script. */
export const tabMessages = {
  'insert-draft': {
    request: v.object({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)) }),
  },
} as const satisfies Record<string, { request: v.GenericSchema }>;

export type TabMessageName = keyof typeof tabMessages;
export type TabRequest<K extends TabMessageName> = v.InferInput<(typeof tabMessages)[K]['request']>;
export interface TabResponses {
  'insert-draft': { inserted: boolean; method: 'execCommand' | 'paste' | 'range' | 'none' };
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export interface Envelope<K extends string = string> {
  type: K;
  payload?: unknown;
}

export const EnvelopeSchema = v.object({
  type: v.pipe(v.string(), v.maxLength(100)),
  payload: v.optional(v.unknown()),
});

/** Turns a valibot failure into one line a developer can act on. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
