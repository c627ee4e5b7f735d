/**
 * What a reminder is, as stored in `storage.local` under `reminders` (a record by id). Pure: the
 * schema here validates every stored reminder on read, one by one, so a single bad value is set
 * aside without touching the others.
 */
import * as v from 'valibot';
import { JOB_KINDS, SITES } from '../messages';
import { SITUATIONS } from '../settings';

/**
 * scheduled → due → snoozed → (due again) → done | dismissed. `due` is also reached by time alone:
 * read the state through `effectiveStatus`, which treats a passed `dueAt` as due.
 */
export const REMINDER_STATUSES = ['scheduled', 'due', 'snoozed', 'done', 'dismissed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** Why a reminder closed: every note sent (marked, or seen as a reply), a decision, or the user's choice. */
export const CLOSE_REASONS = ['sent', 'decided', 'dismissed', 'undone'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export const PERSON_ROLES = ['recruiter', 'hiring-manager', 'interviewer'] as const;

const ShortText = v.pipe(v.string(), v.maxLength(500));
const Time = v.pipe(v.number(), v.integer(), v.minValue(0));

export const PersonSchema = v.object({
  /** Stable within a reminder: the address in lower case, else `name:` and the name. */
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(520)),
  name: ShortText,
  email: v.nullable(v.pipe(v.string(), v.maxLength(320))),
  role: v.nullable(v.picklist(PERSON_ROLES)),
  thankedAt: v.nullable(Time),
  /** `marked`: the user said so; `reply`: the webmail showed the user's reply to this address. */
  thankedVia: v.nullable(v.picklist(['marked', 'reply'])),
});
export type Person = v.InferOutput<typeof PersonSchema>;

export const ReminderSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  key: v.pipe(v.string(), v.minLength(1), v.maxLength(400)),
  site: v.picklist(SITES),
  threadKey: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  situation: v.picklist(SITUATIONS),
  /** What the webmail detected in the thread; null when the user asked without a detection. */
  kind: v.nullable(v.picklist(JOB_KINDS)),
  company: v.nullable(ShortText),
  /** The job title. */
  role: v.nullable(ShortText),
  interviewAt: v.nullable(v.pipe(v.string(), v.isoTimestamp())),
  people: v.pipe(v.array(PersonSchema), v.maxLength(20)),
  status: v.picklist(REMINDER_STATUSES),
  /** true when created from a detection (so the panel can offer Undo), false when the user asked. */
  auto: v.boolean(),
  createdAt: Time,
  updatedAt: Time,
  dueAt: Time,
  snoozeCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** When the notification for the current due time was shown; cleared when the due time moves. */
  notifiedAt: v.nullable(Time),
  closedAt: v.nullable(Time),
  closedBy: v.nullable(v.picklist(CLOSE_REASONS)),
});
export type Reminder = v.InferOutput<typeof ReminderSchema>;

/** The stored shape: reminders by id. */
export type Reminders = Record<string, Reminder>;

export interface RejectedReminder {
  id: string;
  value: unknown;
  reason: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates stored reminders one by one. Returns the good ones and, separately, each value that
 * failed (not a reminder, stored under the wrong id, or a second reminder for a key already taken),
 * so the caller can set those aside. Never throws.
 */
export function parseReminders(raw: unknown): { reminders: Reminders; rejected: RejectedReminder[] } | null {
  if (!isRecord(raw)) return null;
  const reminders: Reminders = {};
  const rejected: RejectedReminder[] = [];
  const byKey = new Map<string, string>();
  for (const [id, value] of Object.entries(raw)) {
    const parsed = v.safeParse(ReminderSchema, value);
    if (!parsed.success) {
      const issue = parsed.issues[0];
      const path = issue?.path?.map((p) => String(p.key)).join('.');
      rejected.push({ id, value, reason: `not a reminder (${path ? `${path}: ` : ''}${issue?.message ?? 'invalid'})` });
      continue;
    }
    const reminder = parsed.output;
    if (reminder.id !== id) {
      rejected.push({ id, value, reason: `stored under "${id}" but its id is "${reminder.id}"` });
      continue;
    }
    const holder = byKey.get(reminder.key);
    const other = holder ? reminders[holder] : undefined;
    if (holder && other) {
      // Two reminders for one key break "re-detection updates, never duplicates": keep the newer.
      const [keep, drop] = other.updatedAt >= reminder.updatedAt ? [other, reminder] : [reminder, other];
      rejected.push({ id: drop.id, value: drop, reason: `a second reminder for the key of "${keep.id}"` });
      delete reminders[drop.id];
      reminders[keep.id] = keep;
      byKey.set(keep.key, keep.id);
      continue;
    }
    reminders[id] = reminder;
    byKey.set(reminder.key, id);
  }
  return { reminders, rejected };
}
